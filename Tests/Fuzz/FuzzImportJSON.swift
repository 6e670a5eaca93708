/// libFuzzer entry point: any bytes as a JSON framework (see `fuzzImport`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzImport(data, size, file: "fuzz.json")
}
