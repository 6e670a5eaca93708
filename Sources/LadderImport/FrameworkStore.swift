import LadderCore
import LadderFiles

/// Installed frameworks: catalog JSON files in the data directory, loaded on every start.
public struct FrameworkStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// `$XDG_DATA_HOME/ladder/frameworks`, else `~/.local/share/ladder/frameworks`.
    public init(environment: [String: String]) {
        directory = ProgressLocation.dataDirectory(environment: environment) + "/frameworks"
    }

    public func path(for id: String) -> String { "\(directory)/\(id).json" }

    /// Where the fast-load form of the framework whose JSON is at `path` is kept: beside it,
    /// under a name `installed()` never lists.
    public static func fastLoadPath(forJSONAt path: String) -> String { path + ".fast" }

    /// An installed framework's document: from its fast-load form when that was made from
    /// these very bytes, else decoded from the JSON, and the form made again (when it cannot
    /// be written, the next start decodes the JSON again; nothing else changes).
    public func document(of file: CatalogFile) throws(CatalogError) -> CatalogDocument {
        try document(of: file, fromForm: true)
    }

    /// - Parameter fromForm: false to read the JSON whatever the form says (a form that read
    ///   but did not load with the catalog), and make the form again.
    public func document(of file: CatalogFile, fromForm: Bool) throws(CatalogError) -> CatalogDocument {
        let json = Array(file.text.utf8)
        let formPath = Self.fastLoadPath(forJSONAt: file.name)
        if fromForm, FileIO.kind(of: formPath, followingLinks: false) == .regularFile,
            let form = try? FileIO.read(formPath, limit: FrameworkImporter.maximumBytes * 2),
            let document = FastLoadForm.decode(form, madeFrom: json)
        {
            return document
        }
        let document = try CatalogDocument.decode(file)
        if let form = try? FastLoadForm.encode(document, madeFrom: json) {
            // A writer killed mid-write leaves a temporary; the next write clears old ones.
            FileIO.removeStaleTemporaries(in: directory, holdingLock: false)
            try? FileIO.writeAtomically(form, to: formPath, mode: 0o644)
        }
        return document
    }

    /// Installed framework ids, sorted.
    public func installed() -> [String] {
        FileIO.names(in: directory).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// One installed framework: its file, or why it cannot be read.
    public struct Installed: Sendable {
        public let id: String
        public let path: String
        public let file: CatalogFile?
        public let problem: String?
    }

    /// Every installed framework, read. A file that is not a regular file (a FIFO, a device, a
    /// link to one) is never opened in a way that could block or read forever, and one larger
    /// than an import may be is refused: each is a problem, not a hang.
    public func load() -> [Installed] {
        installed().map { id in
            let path = path(for: id)
            do {
                guard let bytes = try FileIO.read(path, limit: FrameworkImporter.maximumBytes) else {
                    let dangling = FileIO.kind(of: path, followingLinks: false) == .symbolicLink
                    return Installed(
                        id: id, path: path, file: nil,
                        problem: "\(path): "
                            + (dangling ? "it is a symbolic link to nothing" : "it was removed while ladder read it"))
                }
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    return Installed(id: id, path: path, file: nil, problem: "\(path): not UTF-8 text")
                }
                return Installed(id: id, path: path, file: CatalogFile(name: path, text: text), problem: nil)
            } catch {
                return Installed(id: id, path: path, file: nil, problem: "\(error)")
            }
        }
    }

    /// The `--map` choices the installed framework `id` was imported with; empty when none
    /// (or when it is not installed or no longer loads).
    public func levelMaps(of id: String) -> [String: String] {
        guard installed().contains(id), let file = load().first(where: { $0.id == id })?.file,
            let document = try? CatalogDocument.decode(file)
        else { return [:] }
        return document.sources?.first { $0.id == id }?.levelMaps ?? [:]
    }

    /// The installed frameworks' files, to load with the catalog (those that cannot be read
    /// are reported, not loaded).
    public func files() -> (files: [CatalogFile], problems: [String]) {
        let all = load()
        return (all.compactMap(\.file), all.compactMap(\.problem))
    }

    /// Writes the framework (atomically, replacing an earlier import of the same name).
    @discardableResult
    public func install(_ framework: ImportedFramework) throws(FileError) -> String {
        try FileIO.createDirectories(directory)
        FileIO.removeStaleTemporaries(in: directory, holdingLock: false)
        let path = path(for: framework.id)
        let json = Array(framework.json.utf8)
        try FileIO.writeAtomically(json, to: path, mode: 0o644)
        // The form too, so the first start after an import is fast (the JSON says what the
        // document is; a test holds the two equal for every import shape).
        if let form = try? FastLoadForm.encode(framework.document, madeFrom: json) {
            try? FileIO.writeAtomically(form, to: Self.fastLoadPath(forJSONAt: path), mode: 0o644)
        }
        return path
    }

    /// Removes an installed framework; false when no installed framework has that id. Only a
    /// name `installed()` lists is ever joined to the folder, so no name reaches outside it.
    public func remove(_ id: String) throws(FileError) -> Bool {
        guard installed().contains(id) else { return false }
        // The form first, and only a file (or link) of ours: what else sits under its name is
        // not ladder's to remove, and must not make the removal half-fail.
        let form = Self.fastLoadPath(forJSONAt: path(for: id))
        if [.regularFile, .symbolicLink].contains(FileIO.kind(of: form, followingLinks: false)) {
            try? FileIO.remove(form)
        }
        try FileIO.remove(path(for: id))
        return true
    }
}
