/// libFuzzer entry point: any bytes as a YAML progression framework (see `fuzzImport`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzImport(data, size, file: "fuzz.yml")
}
