import LadderCore

/// The catalog shipped inside the binary. `document` is generated at build time from
/// `Resources/catalog`, and validated then (a broken catalog fails the build), so a start
/// parses and checks no JSON: the catalog is Swift values from the first instruction.
public enum BundledCatalog {
    /// The bundled catalog. Tests guard that it is exactly what the JSON files say.
    public static let catalog = Catalog(validated: document)
}
