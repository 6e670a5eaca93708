import Foundation

/// A fresh temporary directory, removed when the value goes away.
public final class ScratchDirectory {
    public let path: String

    public init() {
        var template = Array((NSTemporaryDirectory() + "ladder-test-XXXXXX").utf8CString)
        path = String(cString: mkdtemp(&template)!)
    }

    deinit {
        // Undo any permission changes a test made, so everything can be removed.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }

    public func file(_ name: String) -> String { path + "/" + name }

    public func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
    }

    public func bytes(_ name: String) -> Data? {
        FileManager.default.contents(atPath: file(name))
    }

    public func text(_ name: String) -> String? {
        bytes(name).map { String(decoding: $0, as: UTF8.self) }
    }

    public func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }
}
