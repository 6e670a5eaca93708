import LadderConfig

/// Any bytes as `config.toml`: reading refuses them with problems, each on a line of the
/// file, or gives a config; it never crashes (TOMLKit's parser aborts on some headers, so
/// the reader must keep those from it).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    do {
        _ = try Config.parse(text, file: "config.toml")
    } catch {
        let lineCount = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
        for problem in error.problems {
            precondition(
                problem.line.map { (1...lineCount).contains($0) } ?? true,
                "a problem on line \(problem.line!) of \(lineCount)")
        }
    }
    return 0
}
