import LadderCore

/// Any bytes as a progress file: decoding may refuse them, never crash; what it accepts
/// survives writing and reading back unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProgressFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let contents = try? ProgressFile.decode(bytes, fileDate: "2026-01-01") else { return 0 }
    let again = try? ProgressFile.decode(Array(ProgressFile.encode(contents.progress).utf8), fileDate: "2026-01-01")
    precondition(again?.progress == contents.progress, "progress changed in a round trip")
    return 0
}
