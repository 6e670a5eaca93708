import LadderCore

/// Any bytes as a catalog file (the bundled-catalog schema): loading may refuse them with
/// problems, never crash; a catalog it accepts has every reference resolved.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let catalog = try Catalog.load([CatalogFile(name: "fuzz.json", text: text)])
        for skill in catalog.skills {
            precondition(catalog.source(id: skill.source) != nil && catalog.expert(id: skill.expert) != nil)
            precondition(
                catalog.area(id: skill.area) != nil && skill.levels.allSatisfy { catalog.level(id: $0) != nil })
        }
        for level in catalog.levels { _ = catalog.sideBySide(at: level.id); _ = catalog.consensus(at: level.id) }
        _ = catalog.search(String(text.prefix(8)))
    } catch {
        precondition(!error.problems.isEmpty, "a refusal without a reason")
    }
    return 0
}
