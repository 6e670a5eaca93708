import ArgumentParser
import LadderCore
import LadderText

struct PacketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packet",
        abstract:
            "A promotion packet for a target level: the experts' words, your ratings, evidence, gaps and check-ins.",
        discussion: """
            Area by area for the target level: what the experts who speak to it say (quoted and attributed), your \
            ratings and each opinion's, your dated evidence, what is still open, and your check-ins over time. \
            Markdown renders on GitHub; HTML is one printable file with the charts inline. `ladder report` is the \
            broader one for a 1:1.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    @Option(help: "The level to argue for (default: your target level).", completion: Completions.levels)
    var target: String?

    @Option(help: "markdown (renders on GitHub) or html (one self-contained, printable file).")
    var format: Format = .markdown

    @Option(
        help: ArgumentHelp(
            "Keep only the evidence and check-ins of a review period, from this day (YYYY-MM-DD).",
            discussion: "Ratings stay as they stand today.", valueName: "day"))
    var since: String?

    @Option(help: ArgumentHelp("The review period's last day (default: today); needs --since.", valueName: "day"))
    var until: String?

    @Option(
        help: ArgumentHelp(
            "Write the packet to this file (replaced atomically) instead of printing it.", valueName: "file"),
        completion: .file())
    var output: String?

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    /// The review period of `--since` and `--until`, or nil; a day that is not one, or a
    /// period that ends before it starts, is a usage error.
    func period() throws -> ReviewPeriod? {
        guard let since else {
            if until != nil {
                throw CommandFailure.usage("--until needs --since: give the review period's first day too")
            }
            return nil
        }
        let until = self.until ?? today()
        for (option, day) in [("--since", since), ("--until", until)] where !ProgressFile.isDate(day) {
            throw CommandFailure.usage(
                "\(option) \"\(Sanitizer.clean(day))\" is not a day: give YYYY-MM-DD, such as 2026-03-31")
        }
        guard since <= today() else {
            throw CommandFailure.usage("--since \(since) is after today: a review period starts on a day that has come")
        }
        guard since <= until else {
            throw CommandFailure.usage("the review period ends (\(until)) before it starts (\(since))")
        }
        return ReviewPeriod(since: since, until: until)
    }

    func run() throws {
        let catalog = try catalogOptions.load()
        let progress = try progressOptions.openStore().progress
        let level =
            try target.map { try catalog.requireLevel(named: $0) } ?? progress.targetLevel.flatMap(catalog.level(id:))
        guard let level else {
            throw CommandFailure.usage(
                "name the level to argue for: `ladder packet --target director` (or set a target with `ladder level set target`)"
            )
        }
        let packet = PromotionPacket(
            catalog: catalog, progress: progress, opinions: try progressOptions.opinions(),
            target: level, date: today(), period: try period())
        try write(
            format == .markdown ? packet.markdown() : packet.html(), to: output, what: "the packet",
            sparing: try progressOptions.path())
    }
}
