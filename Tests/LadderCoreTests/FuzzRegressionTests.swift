import LadderCore
import Testing

/// Inputs the fuzzers found that crashed a loader, kept so they never do again.
@Suite struct FuzzRegressionTests {
    /// FuzzCatalog, 513 bytes of "[": JSONDecoder trapped on nesting past its limit.
    @Test func deeplyNestedJSONIsAProblemNotACrash() {
        let nested = String(repeating: "[", count: 513)
        do {
            _ = try Catalog.load([CatalogFile(name: "deep.json", text: nested)])
            Issue.record("deeply nested input loaded")
        } catch {
            #expect(error.description == "deep.json: not valid JSON: line 1, column 257: nested more than 256 deep")
        }
        // Objects five characters apart: the 257th opens at column 1281.
        #expect(throws: ProgressFileProblem.notJSON("line 1, column 1281: nested more than 256 deep")) {
            try ProgressFile.decode(Array(String(repeating: "{\"a\":", count: 300).utf8), fileDate: "2026-01-01")
        }
    }
}
