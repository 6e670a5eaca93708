/// libFuzzer entry point: any bytes as a CSV framework (see `fuzzImport`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    fuzzImport(data, size, file: "fuzz.csv")
}
