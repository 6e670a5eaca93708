import ArgumentParser
import LadderCore
import LadderText

struct PacketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packet",
        abstract: "A promotion packet for a target level: the experts' words, your ratings, evidence, gaps and check-ins.",
        discussion: """
            Area by area for the target level: what the experts who speak to it say (quoted and attributed), your \
            ratings and each opinion's, your dated evidence, what is still open, and your check-ins over time. \
            Markdown renders on GitHub; HTML is one printable file with the charts inline. `ladder report` is the \
            broader one for a 1:1.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    @Option(help: "The level to argue for (default: your target level).")
    var target: String?

    @Option(help: "markdown (renders on GitHub) or html (one self-contained, printable file).")
    var format: Format = .markdown

    @Option(help: ArgumentHelp("Write the packet to this file (replaced atomically) instead of printing it.", valueName: "file"))
    var output: String?

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let catalog = try catalogOptions.load()
        let progress = try progressOptions.openStore().progress
        let level = try target.map(catalog.requireLevel(named:)) ?? progress.targetLevel.flatMap(catalog.level(id:))
        guard let level else {
            throw CommandFailure.usage("name the level to argue for: `ladder packet --target director` (or set a target with `ladder level set target`)")
        }
        let packet = PromotionPacket(catalog: catalog, progress: progress, opinions: try progressOptions.opinions(),
                                     target: level, date: today())
        try write(format == .markdown ? packet.markdown() : packet.html(), to: output, what: "the packet",
                  sparing: try progressOptions.path())
    }
}
