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
}

@Suite struct ByteSearchTests {
    @Test func foldedBytesMatchFoldedText() {
        #expect(SearchFolding.foldedBytes("Senior PM") == Array("senior pm".utf8))
        #expect(SearchFolding.foldedBytes("Café Ñandú") == Array("cafe nandu".utf8))
    }

    @Test func findsNeedlesAnywhereAndOnlyWhole() {
        let haystack = Array("stakeholder alignment".utf8)
        haystack.withUnsafeBufferPointer { text in
            #expect(SearchFolding.contains(text, Array("align".utf8)))
            #expect(SearchFolding.contains(text, Array("stake".utf8)))
            #expect(SearchFolding.contains(text, Array("ment".utf8)))
            #expect(!SearchFolding.contains(text, Array("alignments".utf8)))
            #expect(!SearchFolding.contains(text, Array("holdr".utf8)))
            #expect(SearchFolding.contains(text, []))
        }
    }
}
