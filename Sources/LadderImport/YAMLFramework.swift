import LadderCore
import LadderText
import Yams

/// The open "progression framework" shape (Monzo's, and its many forks): YAML, alone or as a
/// Markdown page's front matter, with a `title`, `levels: N` and `topics`, each topic's
/// `content` listing, per `level: N`, its `criteria`:
///
/// ```yaml
/// title: Product
/// levels: 3
/// topics:
///   - name: craft
///     title: Product craft
///     content:
///       - level: 1
///         criteria:
///           - Runs user interviews with support
/// ```
///
/// Each criterion becomes an entry, its topic the competency, on levels "Level 1" to "Level N".
enum YAMLFramework {
    /// The YAML of a file in this shape and the line it starts on: a `.yml`/`.yaml` file whole,
    /// or the front matter of a Markdown page that has `topics:`. Nil for anything else.
    static func yaml(in text: String, path: String) -> (yaml: String, firstLine: Int)? {
        let lower = path.lowercased()
        if lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") { return (text, 1) }
        // Split on any line break: "\r\n" is one Character.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        func isFence(_ line: Substring) -> Bool { String(line).trimmingWhitespace() == "---" }
        guard let first = lines.first, isFence(first), let end = lines.dropFirst().firstIndex(where: isFence) else {
            return nil
        }
        let frontMatter = lines[1..<end]
        guard frontMatter.contains(where: { $0.hasPrefix("topics:") }) else { return nil }
        return (frontMatter.joined(separator: "\n"), 2)
    }

    /// The framework's own title, if its YAML has one (its name when `--name` is not given).
    static func title(in text: String, path: String) -> String? {
        guard let (yaml, _) = yaml(in: text, path: path), let root = try? Yams.compose(yaml: yaml) else { return nil }
        return root["title"]?.string.map { Sanitizer.clean($0).trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The levels and criteria as an outline of sections, one per level.
    static func read(_ yaml: String, firstLine: Int, file: String) throws(ImportFailure) -> FrameworkOutline {
        func fail(_ message: String, line: Int? = nil) -> ImportFailure {
            ImportFailure([ImportProblem(file: file, line: line, message: message)])
        }
        func line(_ node: Node?) -> Int { (node?.mark?.line ?? 1) + firstLine - 1 }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw fail("not valid YAML: \(Sanitizer.clean("\(error)"))")
        } catch {
            throw fail("not valid YAML")
        }
        guard let root, root.mapping != nil else { throw fail("the YAML is not a mapping with topics") }
        guard let topics = root["topics"]?.sequence, !topics.isEmpty else {
            throw fail(
                "no topics: this shape lists `topics:`, each with `content:` of `level:` and `criteria:`",
                line: line(root))
        }
        var declared: Int?
        if let levels = root["levels"] {
            guard let count = levels.int, (1...FrameworkImporter.maximumLevels).contains(count) else {
                throw fail(
                    "levels: must be a whole number from 1 to \(FrameworkImporter.maximumLevels)", line: line(levels))
            }
            declared = count
        }
        // Level number -> its bullets, each under its topic's title.
        var bullets: [Int: [FrameworkOutline.Bullet]] = [:]
        for topic in topics {
            guard
                let label = (topic["title"]?.string ?? topic["name"]?.string).map({
                    Sanitizer.clean($0).trimmingWhitespace()
                }),
                !label.isEmpty
            else {
                throw fail("a topic needs a name or a title", line: line(topic))
            }
            for content in topic["content"]?.sequence ?? [] {
                guard let level = content["level"]?.int, level >= 1,
                    level <= (declared ?? FrameworkImporter.maximumLevels)
                else {
                    let most = declared.map { "from 1 to \($0), as levels: says" } ?? "a whole number from 1"
                    throw fail("\(label): level must be \(most)", line: line(content["level"] ?? content))
                }
                for criterion in content["criteria"]?.sequence ?? [] {
                    guard let raw = criterion.string else {
                        throw fail("\(label): a criterion must be text", line: line(criterion))
                    }
                    let text = Sanitizer.clean(MarkdownInline.text(raw)).trimmingWhitespace()
                    guard !FrameworkReader.isPlaceholder(text) else { continue }
                    bullets[level, default: []].append(.init(label: label, text: text, line: line(criterion)))
                }
            }
        }
        guard !bullets.isEmpty else { throw fail("no criteria under any topic's content", line: line(root)) }
        let count = declared ?? bullets.keys.max() ?? 1
        let sections = (1...count).map { level in
            FrameworkOutline.Section(
                title: "Level \(level)", line: bullets[level]?.first?.line ?? line(root), bullets: bullets[level] ?? [])
        }
        var outline = FrameworkOutline(levels: sections, everyLevel: nil, cumulativeStatement: nil)
        outline.format = "YAML progression framework (topics, levels, criteria)"
        outline.cumulativeAssumption = "this shape lists what each level adds to the ones below"
        outline.notes.append(
            "\(Plural.count(count, "level")) (\(declared == nil ? "the highest level: named" : "levels: \(count)")), "
                + "\(Plural.count(topics.count, "topic")); each criterion is an entry, its topic the competency")
        return outline
    }
}
