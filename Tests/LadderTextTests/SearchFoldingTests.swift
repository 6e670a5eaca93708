import LadderText
import Testing

@Suite struct SearchFoldingTests {
    @Test func foldsCaseAndDiacritics() {
        #expect(SearchFolding.fold("Café Ñandú ÅSTRÖM") == "cafe nandu astrom")
        #expect(SearchFolding.fold("Straße Æsir") == "strasse aesir")
    }

    @Test func dropsCombiningMarks() {
        #expect(SearchFolding.fold("Cafe\u{301}") == "cafe")
    }

    @Test func leavesOtherScriptsLowercased() {
        #expect(SearchFolding.fold("ПРОДУКТ 製品") == "продукт 製品")
    }

    @Test func matchesRequireEveryTerm() {
        let text = SearchFolding.fold("Natalia Baryshnikova: vision setting")
        #expect(SearchFolding.matches(query: "VISION baryshnikova", in: text))
        #expect(!SearchFolding.matches(query: "vision roadmap", in: text))
        #expect(!SearchFolding.matches(query: "   ", in: text))
    }
}
