import LadderConfig
import LadderCore
import LadderCatalog
import LadderText
import LadderImport
import LadderFiles

/// The catalog a run uses: the bundled one, the installed frameworks and `--framework` files.
struct CatalogSelection {
    var frameworkFiles: [String] = []

    /// The tracks of the frameworks `--framework` names, by file or by an installed one's name.
    func namedFrameworks(in catalog: Catalog) throws -> [Track] {
        try frameworkFiles.map { value in
            let track =
                FileIO.kind(of: value) == nil
                ? catalog.frameworkTrack(named: value)
                : catalog.track(id: FrameworkImporter.name(given: nil, file: value).slug)
            guard let track else { throw Self.noFramework(value, in: catalog) }
            return track
        }
    }

    private static func noFramework(_ value: String, in catalog: Catalog) -> CommandFailure {
        let installed = catalog.frameworkTracks.map(\.id)
        return CommandFailure.usage(
            "no framework \"\(Sanitizer.clean(value))\": give a framework file or an installed framework's name "
                + "(installed: \(installed.isEmpty ? "none" : installed.joined(separator: ", ")))")
    }

    /// The bundled catalog, then every installed framework (one that no longer loads is
    /// skipped, with a warning unless `warnings` is false), then the `--framework` files
    /// (which must load).
    func load(skippingInstalled skipped: String? = nil, warnings: Bool = true) throws -> Catalog {
        var catalog = BundledCatalog.catalog
        let store = FrameworkStore(environment: processEnvironment())
        let installed = store.files()
        let writeToStandardError: (String) -> Void = warnings ? { LadderCLI.writeToStandardError($0) } : { _ in }
        for problem in installed.problems {
            writeToStandardError("ladder: warning: skipped an installed framework: \(problem)\n")
        }
        for file in installed.files where file.name != skipped.map(store.path(for:)) {
            do {
                do {
                    catalog = try catalog.adding([(file.name, try store.document(of: file))])
                } catch {
                    // A form that reads but does not load (made by hand, or by another ladder):
                    // the JSON decides, and the form is made again from it.
                    catalog = try catalog.adding([(file.name, try store.document(of: file, fromForm: false))])
                }
            } catch {
                writeToStandardError(
                    "ladder: warning: skipped the installed framework \(file.name):\n\(error)\n"
                        + "  (`ladder frameworks remove NAME` removes it; importing the file again replaces it)\n")
            }
        }
        for path in frameworkFiles {
            // An installed framework's name (for `compare LEVEL --framework NAME`) is loaded already.
            if FileIO.kind(of: path) == nil, FileIO.kind(of: path, followingLinks: false) == nil {
                guard catalog.frameworkTrack(named: path) == nil else { continue }
                throw Self.noFramework(path, in: catalog)
            }
            do {
                let framework = try FrameworkImporter.importFile(path, into: catalog)
                catalog = try framework.mergedCatalog ?? catalog.adding([(path, framework.document)])
            } catch let failure as ImportFailure {
                throw CommandFailure.usage("cannot load the framework:\n\(failure)")
            } catch {
                throw CommandFailure.usage("cannot load the framework \(path):\n\(error)")
            }
        }
        return catalog
    }
}
