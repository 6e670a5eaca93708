@testable import LadderCore
import Testing

@Suite struct JSONSyntaxCheckTests {
    @Test func validJSONHasNoError() {
        #expect(JSONSyntaxCheck.firstError(in: #"{"a": [1, -2.5e3, true, false, null, "x\"y"], "b": {}}"#) == nil)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "line 1, column 9: trailing comma before '}'"),
        ("{\n  \"a\": 1\n  \"b\": 2\n}", "line 3, column 3: expected ',' or '}'"),
        ("[\"open", "line 1, column 2: this string is never closed"),
        ("", "line 1, column 1: unexpected end of file; expected a value"),
        ("{\"a\" 1}", "line 1, column 6: expected ':' after the key"),
        ("[tru]", "line 1, column 2: expected a value (a string, number, object, array, true, false or null)"),
        ("{\"é\": x}", "line 1, column 7: unexpected character 'x'; expected a value"),
        ("[1] [2]", "line 1, column 5: unexpected text after the end of the JSON value"),
        // JSON's number grammar, which Double() and Int64() alone let through or misname.
        ("[03]", "line 1, column 2: 03 is not a number as JSON writes one"),
        ("[1-2]", "line 1, column 2: 1-2 is not a number as JSON writes one"),
        ("[3.]", "line 1, column 2: 3. is not a number as JSON writes one"),
        ("[1e]", "line 1, column 2: 1e is not a number as JSON writes one"),
    ])
    func reportsTheFirstErrorWithItsPosition(text: String, expected: String) {
        #expect(JSONSyntaxCheck.firstError(in: text)?.description == expected)
    }

    /// Valid JSON the decoder cannot read is said as what it is, with where in the document.
    @Test(arguments: [
        (
            #"{"a": [{"b": "x\ud800"}]}"#, JSONSyntaxCheck.Numbers.any, "a[0].b",
            "line 1, column 16: \\ud800 is half of a character (a lone surrogate); write the whole character"
        ),
        (#"{"a": [1, 1e400]}"#, .any, "a[1]", "line 1, column 11: 1e400 is too large a number"),
        (#"{"a": {"b": 2.5}}"#, .whole, "a.b", "line 1, column 13: expected a whole number, not 2.5"),
        (#"{"k": 1, "\u006b": 2}"#, .any, "", "line 1, column 10: the key \"k\" appears twice in this object"),
    ])
    func contentTheDecoderCannotReadIsFoundWithItsPath(
        text: String, numbers: JSONSyntaxCheck.Numbers, path: String, expected: String
    ) throws {
        let failure = try #require(JSONSyntaxCheck.firstError(in: text, numbers: numbers))
        #expect(!failure.isSyntax)
        #expect(failure.path == path)
        #expect(failure.description == expected)
    }

    @Test func escapesAndSurrogatePairsAreValid() {
        #expect(
            JSONSyntaxCheck.firstError(in: #"{"\ud83d\ude00": "\u00e9\n\t\"\\\/", "b": -12}"#, numbers: .whole) == nil)
    }
}
