import ArgumentParser
import LadderCore
import LadderImport
import LadderText
import LadderFiles

extension FrameworksCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List installed frameworks.")

        @OptionGroup var catalogOptions: CatalogOptions
        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = FrameworkStore(environment: processEnvironment())
            let installed = store.installed()
            guard !installed.isEmpty else {
                try emit("No frameworks installed. `ladder import FILE` installs one (\(store.directory)).")
                return
            }
            var page = Page(width: OutputWidth.current)
            // Counted from each file itself: a catalog JSON framework names its own sources and tracks.
            for framework in store.load() {
                func notLoaded(_ problem: String) {
                    let remedy =
                        FileIO.kind(of: framework.path, followingLinks: false) == .directory
                        ? "a folder, not a framework ladder installed: remove it by hand"
                        : "`ladder frameworks remove \(framework.id)` removes it"
                    page.wrapped("\(framework.id): not loaded: \(problem) (\(remedy))", hanging: 2)
                }
                guard let file = framework.file else {
                    notLoaded(framework.problem ?? "it cannot be read")
                    continue
                }
                let document: CatalogDocument
                do {
                    document = try CatalogDocument.decode(file)
                } catch {
                    notLoaded("\(error)")
                    continue
                }
                let title = document.sources?.first?.title ?? framework.id
                let skills = document.skills?.count { $0.kind == .skill } ?? 0
                page.wrapped(
                    "\(framework.id): \(title), \(Plural.count(document.levels?.count ?? 0, "level")), "
                        + "\(Plural.count(skills, "skill")) (\(framework.path))", hanging: 2)
            }
            try emit(page.text, terminator: "")
        }
    }
}
