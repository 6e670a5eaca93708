import LadderCore
import LadderCatalog
import LadderImport

private let catalog = BundledCatalog.catalog

/// Any bytes as a framework file named `file` (its extension picks the format), read with
/// `options`: the import may refuse them with problems, never crash; what it accepts joins the
/// catalog and its text is free of escape sequences and bidi overrides.
func fuzzImport(
    _ data: UnsafePointer<UInt8>, _ size: Int, file: String,
    options: FrameworkImporter.Options = .init()
) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let framework = try FrameworkImporter.importText(
            text, file: file, name: "Fuzz", options: options, into: catalog)
        let merged = try catalog.adding([("fuzz", framework.document)])
        precondition(merged.skills.count == catalog.skills.count + (framework.document.skills?.count ?? 0))
        precondition(!framework.json.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    } catch let failure as ImportFailure {
        precondition(!failure.problems.isEmpty, "a refusal without a reason")
    } catch {
        preconditionFailure("an accepted framework did not join the catalog: \(error)")
    }
    return 0
}
