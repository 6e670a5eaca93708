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
    ])
    func reportsTheFirstErrorWithItsPosition(text: String, expected: String) {
        #expect(JSONSyntaxCheck.firstError(in: text)?.description == expected)
    }
}
