/// The catalog shipped inside the binary, generated at build time from `Resources/catalog`.
public enum BundledCatalog {
    /// The bundled catalog, merged and validated. Tests guard that it always loads.
    public static func load() throws(CatalogError) -> Catalog {
        try Catalog.load(files)
    }
}
