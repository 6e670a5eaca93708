/// libFuzzer entry point: any bytes as the rows of a long-format CSV (a row per level and
/// skill), so every input reaches the pivot rather than stopping at the header.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportLongCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let header = Array("Role Level,Skill Name,Skill Level,Skill Level Description\n".utf8)
    let rows = Array(UnsafeBufferPointer(start: data, count: size))
    return (header + rows).withUnsafeBufferPointer { fuzzImport($0.baseAddress!, $0.count, file: "fuzz.csv") }
}
