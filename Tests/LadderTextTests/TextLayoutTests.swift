import LadderText
import Testing

@Suite struct TextLayoutTests {
    @Test func aVeryLongWordIsBrokenIntoFullLinesWithNothingLost() {
        let word = String(repeating: "https://x.example/", count: 4_000)
        let lines = TextLayout.wrap("see " + word, width: 70)
        #expect(lines.first == "see")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.count == 70 })
        #expect(lines.dropFirst().joined() == word)
    }

    @Test func wrapsAtSpaces() {
        #expect(TextLayout.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func breaksWordsLongerThanTheLine() {
        #expect(TextLayout.wrap("abcdefghij kl", width: 4) == ["abcd", "efgh", "ij", "kl"])
    }

    @Test func keepsParagraphBreaks() {
        #expect(TextLayout.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
    }

    @Test func wrapsDoubleWidthTextByColumns() {
        let lines = TextLayout.wrap("製品管理者 製品", width: 6)
        #expect(lines == ["製品管", "理者", "製品"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 6 })
    }

    @Test func truncatesWithAnEllipsis() {
        #expect(TextLayout.truncate("Senior Product Manager", width: 10) == "Senior Pr…")
        #expect(TextLayout.truncate("short", width: 10) == "short")
        #expect(TextLayout.truncate("製品管理", width: 4) == "製…")
    }

    @Test func padsToAnExactWidth() {
        #expect(TextLayout.pad("PM", width: 5) == "PM   ")
        #expect(TextLayout.pad("製品", width: 5) == "製品 ")
        #expect(TextLayout.pad("Director", width: 5) == "Dire…")
    }
}

@Suite struct TextLayoutSpacingTests {
    @Test func runsOfSpacesInsideALineAreKept() {
        #expect(TextLayout.wrap("Staff PM   -> none", width: 40) == ["Staff PM   -> none"])
    }

    @Test func spacesAtABreakAreDropped() {
        #expect(TextLayout.wrap("abc    def", width: 4) == ["abc", "def"])
    }
}

@Suite struct ShortenedTests {
    @Test func aLongSummaryIsCutAtAWordWithAnEllipsis() {
        let text = String(repeating: "word ", count: 40) + "end"
        let short = TextLayout.shortened(text, limit: 160)
        #expect(short.count <= 160 && short.hasSuffix("word…"))
        #expect(TextLayout.shortened("fits", limit: 160) == "fits")
        // One long word is cut where it must.
        #expect(
            TextLayout.shortened(String(repeating: "x", count: 200), limit: 160) == String(repeating: "x", count: 159)
                + "…")
    }
}
