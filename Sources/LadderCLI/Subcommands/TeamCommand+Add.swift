import ArgumentParser
import LadderCore
import LadderText
import LadderFiles

extension TeamCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Keep a copy of a report's progress file under a name.")

        @Argument(help: ArgumentHelp("Their progress file.", valueName: "file"), completion: .file())
        var file: String

        @Option(help: "What to call them: letters, digits, - and _, such as ana or pm-2.")
        var name: String

        @Flag(help: "Replace the copy kept under that name (a newer version of their file).")
        var replace = false

        @Flag(
            help:
                "The file holds your own ratings of them (rated blind), kept beside their copy to show calibration drift."
        )
        var myRatings = false

        @OptionGroup var progressOptions: ProgressOptions

        func run() throws {
            let store = TeamStore(progressPath: try progressOptions.path())
            let done: String
            do throws(OpinionError) {
                if myRatings {
                    let (kept, ratings) = try store.addManagerRatings(file: file, name: name, replace: replace)
                    done =
                        "Kept your \(Plural.count(ratings.count, "rating")) of \(kept) from \(file) "
                        + "(\(store.managerRatingsPath(for: kept))). `ladder team` shows where you and \(kept) differ by two steps or more."
                } else {
                    let member = try store.add(file: file, name: name, replace: replace)
                    done =
                        "Kept \(Plural.count(member.progress.ratings.count, "rating")) from \(file) as \(member.name) "
                        + "(\(store.path(for: member.name))). `ladder team` shows your team."
                }
            } catch .cannotKeep(let error) {
                throw CommandFailure.failed("could not keep the copy: \(error)")
            } catch .cannotUseFolder(let problem) {
                throw CommandFailure.failed("could not keep the copy: \(problem)")
            } catch .duplicate(let name) {
                let what = myRatings ? "your ratings of \(name) are" : "\(name) is"
                throw CommandFailure.usage("\(what) already kept; --replace keeps this file instead. Nothing was kept")
            } catch {
                throw CommandFailure.usage("\(error); nothing was kept")
            }
            try emit(done)
        }
    }
}
