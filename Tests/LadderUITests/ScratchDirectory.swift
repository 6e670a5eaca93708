import Foundation

/// A fresh temporary directory, removed when the value goes away.
final class ScratchDirectory {
    let path: String

    init() {
        var template = Array((NSTemporaryDirectory() + "ladder-test-XXXXXX").utf8CString)
        path = String(cString: mkdtemp(&template)!)
    }

    deinit {
        // Undo any permission changes a test made, so everything can be removed.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
    }

    func bytes(_ name: String) -> Data? {
        FileManager.default.contents(atPath: file(name))
    }

    func text(_ name: String) -> String? {
        bytes(name).map { String(decoding: $0, as: UTF8.self) }
    }

    func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }
}
