/// libFuzzer entry point: any bytes as a Markdown framework (see `fuzzImport`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzImport(data, size, file: "fuzz.md")
}
