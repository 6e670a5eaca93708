import LadderImport

/// libFuzzer entry point: any bytes as a Markdown framework, read with the choices a user can
/// make (`--table N`, `--cumulative`, `--no-cumulative`), taken from the first byte.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportMarkdownChoices(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let choice = data[0]
    let options = FrameworkImporter.Options(
        table: choice & 0b111 == 0 ? nil : Int(choice & 0b111),
        cumulative: [nil, true, false][Int(choice >> 3) % 3])
    return fuzzImport(data + 1, size - 1, file: "fuzz.md", options: options)
}
