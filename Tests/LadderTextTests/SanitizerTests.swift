import LadderText
import Testing

@Suite struct SanitizerTests {
    @Test func controlsBidiMarksAndSpacesAloneShowNothing() {
        #expect(!Sanitizer.showsSomething("\u{202E}\u{2066}\u{7F}"))
        #expect(!Sanitizer.showsSomething(" \u{1B}[31m \t\u{0}"))
        #expect(Sanitizer.showsSomething("\u{202E}ok"))
        #expect(Sanitizer.showsSomething("製品"))
    }

    @Test func plainTextIsUnchanged() {
        #expect(
            Sanitizer.clean("Defines the strategy — “for real”, café 製品")
                == "Defines the strategy — “for real”, café 製品")
    }

    @Test func csiSequencesAreRemovedWhole() {
        #expect(Sanitizer.clean("red \u{1B}[31mALERT\u{1B}[0m done") == "red ALERT done")
        #expect(Sanitizer.clean("\u{1B}[2J\u{1B}[Hcleared") == "cleared")
    }

    @Test func oscSequencesAreRemovedUpToTheirTerminator() {
        #expect(Sanitizer.clean("a\u{1B}]0;evil title\u{07}b") == "ab")
        #expect(Sanitizer.clean("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b") == "alinkb")
    }

    @Test func otherControlsBecomeVisibleReplacements() {
        #expect(Sanitizer.clean("bell\u{07}null\u{0}c1\u{9B}") == "bell\u{FFFD}null\u{FFFD}c1\u{FFFD}")
    }

    @Test func bidiControlsAreRemoved() {
        #expect(Sanitizer.clean("abc\u{202E}fed\u{202C} \u{2067}x\u{2069}") == "abcfed x")
    }

    @Test func newlinesAreKeptOnlyWhenAsked() {
        #expect(Sanitizer.clean("one\ntwo\r\n\tthree") == "one two  three")
        #expect(Sanitizer.clean("one\ntwo", keepNewlines: true) == "one\ntwo")
    }

    /// An escape sequence that never ends is no sequence: its ESC shows as U+FFFD and the rest
    /// stays. (An OSC with no terminator used to swallow the rest of a message, newline included.)
    @Test func anUnfinishedEscapeShowsAndSwallowsNothing() {
        #expect(Sanitizer.clean("tail\u{1B}") == "tail\u{FFFD}")
        #expect(Sanitizer.clean("tail\u{1B}[12") == "tail\u{FFFD}[12")
        #expect(
            Sanitizer.clean("/home/u\u{1B}]x/p.json is damaged\n", keepNewlines: true)
                == "/home/u\u{FFFD}]x/p.json is damaged\n")
        #expect(Sanitizer.clean("/c\u{1B}[\u{E9}/p.json") == "/c\u{FFFD}[\u{E9}/p.json")
        #expect(Sanitizer.clean("a\u{1B}\u{1B}[31mb") == "a\u{FFFD}b")
    }
}
