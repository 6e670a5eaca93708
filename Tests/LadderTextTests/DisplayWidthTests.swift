import LadderText
import Testing

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("Senior PM") == 9)
    }

    @Test func eastAsianAndEmojiAreTwoColumns() {
        #expect(DisplayWidth.of("製品") == 4)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of(Character("\u{2764}\u{FE0F}")) == 2)
    }

    @Test func combiningMarksAndControlsTakeNoColumns() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\u{200B}") == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x07)) == 0)
    }

    @Test func accentedLatinIsOneColumn() {
        #expect(DisplayWidth.of("Café") == 4)
    }
}
