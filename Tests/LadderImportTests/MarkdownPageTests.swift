@testable import LadderImport
import Testing

/// The Markdown block scanner on what published ladders contain, and where Ink 0.6 (the
/// library tried first) goes wrong.
@Suite struct MarkdownPageTests {
    typealias Item = MarkdownPage.ListItem

    @Test func aListAfterASubListStaysAtItsOwnDepth() {
        let page = MarkdownPage("- Impact\n  - Ships features\n  - Measures launches\n- Craft\n  - Runs interviews\n")
        #expect(
            page.blocks.map(\.block) == [
                .list([
                    Item(
                        text: "Impact", line: 1,
                        children: [
                            Item(text: "Ships features", line: 2, children: []),
                            Item(text: "Measures launches", line: 3, children: []),
                        ]),
                    Item(text: "Craft", line: 4, children: [Item(text: "Runs interviews", line: 5, children: [])]),
                ])
            ])
    }

    @Test func aLineThatStartsNoItemContinuesTheItemBefore() {
        let page = MarkdownPage("* Runs customer interviews\n  and shares what they learned\n1. Numbered too\n")
        #expect(
            page.blocks.map(\.block) == [
                .list([
                    Item(text: "Runs customer interviews and shares what they learned", line: 1, children: []),
                    Item(text: "Numbered too", line: 3, children: []),
                ])
            ])
    }

    @Test func underscoresInsideWordsAreKeptAndEmphasisIsDropped() {
        let page = MarkdownPage("- Reads the `event_log` and the user_id column, **carefully**, with _care_\n")
        #expect(
            page.blocks.map(\.block) == [
                .list([
                    Item(
                        text: "Reads the event_log and the user_id column, carefully, with care", line: 1, children: [])
                ])
            ])
    }

    @Test func blocksKeepTheLinesTheyStartOn() {
        let text = """
            Title
            =====

            <!-- | Not | a | table | -->
            **Key Behaviors**:
            - One

            ```
            ## not a heading
            ```
            | Competency | L1 \\| L2 | L3 |
            |---|---|---|
            | Writing | a | b |
            """
        let page = MarkdownPage(text)
        #expect(page.blocks.map(\.line) == [1, 5, 6, 11])
        #expect(
            page.blocks.map(\.block) == [
                .heading(level: 1, text: "Title"), .label("Key Behaviors"),
                .list([Item(text: "One", line: 6, children: [])]),
                .table(header: ["Competency", "L1 | L2", "L3"], rows: [["Writing", "a", "b"]]),
            ])
    }
}
