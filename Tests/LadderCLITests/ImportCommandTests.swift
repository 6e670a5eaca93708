import Foundation
import LadderCore
import LadderTestSupport
import Testing

/// `ladder import`, `ladder frameworks` and `--framework` as a user runs them, with the data
/// directory in a scratch folder.
@Suite struct ImportCommandTests {
    let scratch = ScratchDirectory()
    var environment: [String: String] {
        ["XDG_DATA_HOME": scratch.file("data"), "LADDER_PROGRESS": scratch.file("progress.json")]
    }

    static let csv = #"""
        Category,Competency,Junior PM,Senior PM,Staff PM
        Craft,Discovery,Joins customer interviews,"Runs discovery, ""end to end""",Sets how discovery is done
        People,Mentoring,,Mentors one junior PM,"Grows several PMs
        across teams"

        """#

    private func ladder(_ arguments: String...) throws -> LadderProcess.Result {
        try LadderProcess.run(arguments, environment: environment)
    }

    @Test func aDryRunShowsWhatWasUnderstoodAndInstallsNothing() throws {
        try scratch.write(Self.csv, to: "acme.csv")
        let result = try ladder("import", scratch.file("acme.csv"), "--name", "Acme", "--dry-run")
        #expect(result.status == 0)
        let output = result.standardOutput
        #expect(output.replacing("\n  ", with: " ").contains("CSV, ',' delimited, imported as \"Acme\" (id acme)"))
        #expect(output.contains("  Junior PM  -> Associate Product Manager (apm)"))
        #expect(output.contains("  Staff PM   -> no match: on this framework's own track only"))
        #expect(output.contains("2 competencies, 5 entries (1 empty or placeholder cell skipped)."))
        #expect(output.hasSuffix("Dry run: nothing installed.\n"))
        #expect(FileManager.default.fileExists(atPath: scratch.file("data")) == false)
    }

    @Test func installTickEditReimportKeepsTheTicks() throws {
        try scratch.write(Self.csv, to: "acme.csv")
        let installed = try ladder(
            "import", scratch.file("acme.csv"), "--name", "Acme", "--map", "Staff PM=principal-pm")
        #expect(installed.status == 0)
        #expect(installed.standardOutput.contains("  Staff PM   -> Principal Product Manager (principal-pm), by --map"))
        #expect(FileManager.default.fileExists(atPath: scratch.file("data/ladder/frameworks/acme.json")))
        #expect(try ladder("frameworks").standardOutput.hasPrefix("acme: Acme, 3 levels, 5 skills"))

        // Its skills sit beside the experts at the matched level, and can be ticked.
        let show = try ladder("show", "senior-pm", "--expert", "acme")
        #expect(show.standardOutput.contains("acme-craft-discovery-senior-pm"))
        #expect(try ladder("tick", "acme-craft-discovery-senior-pm", "acme-people-mentoring-staff-pm").status == 0)

        // The company edits its spreadsheet and it is imported again: the ticks still count.
        try scratch.write(Self.csv.replacing("Mentors one junior PM", with: "Mentors a junior PM"), to: "acme.csv")
        #expect(
            try ladder("import", scratch.file("acme.csv"), "--name", "Acme", "--map", "Staff PM=principal-pm").status
                == 0)
        let progress = try ladder("progress", "--json")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(progress.standardOutput.utf8)) as? [String: Any])
        #expect((json["orphanedRatings"] as? [Any])?.isEmpty == true)
        let principal = (json["levels"] as? [[String: Any]])?.first { $0["id"] as? String == "principal-pm" }
        #expect(principal?["ticked"] as? Int == 1)

        // Removed, its ticks stay, as orphans.
        #expect(try ladder("frameworks", "remove", "acme").status == 0)
        let after = try ladder("progress")
        #expect(after.standardOutput.contains("acme-craft-discovery-senior-pm (meeting,"))
    }

    @Test func nothingIsInstalledFromABadFile() throws {
        try scratch.write("Competency,Junior PM,Senior PM\nWriting\n", to: "ragged.csv")
        let result = try ladder("import", scratch.file("ragged.csv"))
        #expect(result.status == 2)
        #expect(
            result.standardError == "ladder: cannot import \(scratch.file("ragged.csv")); nothing was installed:\n"
                + "\(scratch.file("ragged.csv")):2: this row has 1 cell but the header has 3\n")
        #expect(FileManager.default.fileExists(atPath: scratch.file("data")) == false)
    }

    @Test func aFrameworkForOneRunIsNotInstalled() throws {
        try scratch.write(Self.csv, to: "acme.csv")
        let result = try ladder("compare", "senior-pm", "--expert", "acme", "--framework", scratch.file("acme.csv"))
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Speaking to Senior PM: acme\n"))
        #expect(try ladder("frameworks").standardOutput.hasPrefix("No frameworks installed."))
    }

    @Test func hostileTextNeverReachesTheOutputRaw() throws {
        try scratch.write(
            "Competency,Junior PM,Senior PM\n\"Evil\u{1B}]0;pwned\u{07}\",\"Red \u{1B}[31mtext\u{202E}\",x\n",
            to: "hostile.csv")
        #expect(try ladder("import", scratch.file("hostile.csv"), "--name", "Hostile").status == 0)
        for arguments in [
            ["show", "apm", "--expert", "hostile"], ["show", "apm", "--expert", "hostile", "--json"],
            ["catalog", "--json"],
        ] {
            let output = try LadderProcess.run(arguments, environment: environment).standardOutput
            #expect(output.contains("Red text"), "\(arguments)")
            #expect(!output.unicodeScalars.contains { [0x1B, 0x07, 0x202E].contains($0.value) }, "\(arguments)")
            #expect(!output.contains("\\u001b"), "\(arguments)")
        }
    }

    @Test func aBrokenInstalledFrameworkIsSkippedWithAWarning() throws {
        try FileManager.default.createDirectory(
            atPath: scratch.file("data/ladder/frameworks"), withIntermediateDirectories: true)
        try scratch.write("{ not json", to: "data/ladder/frameworks/broken.json")
        let result = try ladder("tracks")
        #expect(result.status == 0)
        #expect(
            result.standardError.hasPrefix(
                "ladder: warning: skipped the installed framework \(scratch.file("data/ladder/frameworks/broken.json"))"
            ))
    }

    /// A ladder shaped like the ones companies publish: a category of risks beside the skills.
    @Test func risksAreImportedAsWatchOutsNeverTicked() throws {
        try scratch.write(
            """
            Category,Parameter,Description,Junior PM,Senior PM,Staff PM
            Impact,Leadership,"How you lead","Owns tasks","Leads a team's direction","Leads across teams"
            Potential Misalignments,Ownership,,"Waits to be told","Can be overly hands-on, leading to bottlenecks",""
            """, to: "ladder.csv")
        let result = try ladder("import", scratch.file("ladder.csv"), "--name", "Risky")
        #expect(result.status == 0, "\(result.standardError)")
        let words = result.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            words.contains("2 competencies, 5 entries: 3 skills, 2 watch-outs (1 empty or placeholder cell skipped)."))
        #expect(result.standardOutput.contains("- 2 cells read as watch-outs (risks, never ticked or counted)"))
        let show = try ladder("show", "senior-pm", "--expert", "risky", "--json")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(show.standardOutput.utf8)) as? [String: Any])
        let watchOuts = try #require(json["watchOuts"] as? [[String: Any]])
        #expect(
            watchOuts.flatMap { ($0["skills"] as? [[String: Any]]) ?? [] }.map { $0["id"] as? String } == [
                "risky-potential-misalignments-ownership-senior-pm"
            ])
        let tick = try ladder("tick", "risky-potential-misalignments-ownership-senior-pm")
        #expect(tick.status == 2)
        // An imported level is found by its own title too ("Staff PM" is no level of ladder's).
        #expect(try ladder("show", "Staff PM").status == 0)
    }

    /// A framework's long level ids once pushed every track's lines past 80 columns.
    @Test func tracksFitEightyColumnsWithLongFrameworkIds() throws {
        try scratch.write(
            "Competency,Associate Product Manager Level One,Senior Product Manager Level Three\nWriting,Specs,Memos\n",
            to: "long.csv")
        #expect(try ladder("import", scratch.file("long.csv"), "--name", "Northwind Product Org").status == 0)
        let lines = try ladder("tracks").standardOutput.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        #expect(lines.contains { $0.hasSuffix(" northwind-product-org-senior-product-manager-level-three") })
    }

    /// Each framework level says what it matches in `tracks` and `progress`; one whose match
    /// stands no higher than a lower level's says why it stands above it.
    @Test func tracksAndProgressSayWhatEachFrameworkLevelMatches() throws {
        try scratch.write(
            """
            Competency,Senior Product Manager,Staff Product Manager,Group Product Manager
            Writing,Writes specs,Writes strategy,Writes the group's plan

            """, to: "acme.csv")
        #expect(
            try ladder(
                "import", scratch.file("acme.csv"), "--name", "Acme", "--map", "Staff Product Manager=principal-pm"
            ).status == 0)
        let note =
            "Acme's Group Product Manager matches Group PM, yet stands above its Staff Product Manager, which matches Principal PM, a rung as high."
        for command in ["tracks", "progress"] {
            let result = try ladder(command)
            #expect(result.status == 0)
            let words = result.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for match in ["matches Senior PM", "matches Principal PM", "matches Group PM", note] {
                #expect(words.contains(match), "\(command): \(match)\n\(result.standardOutput)")
            }
        }
    }

    static func handbook(_ company: String) -> String {
        """
        # \(company) product ladder

        Expectations for a level add to the expectations of earlier levels.

        ## IC3: Senior Product Manager
        - Craft
          - Owns the roadmap for a product area

        ## IC4: Staff Product Manager
        - Craft
          - Sets direction across several teams

        """
    }

    /// On a handbook page `--map` takes a level's code, its title or the whole heading, and
    /// the code is a level's name wherever one is typed.
    @Test func mapTakesACodeATitleOrTheWholeHeading() throws {
        try scratch.write(Self.handbook("Northwind"), to: "northwind.md")
        for name in ["IC4", "Staff Product Manager", "IC4: Staff Product Manager"] {
            let result = try ladder(
                "import", scratch.file("northwind.md"), "--name", "Northwind", "--map", "\(name)=principal-pm",
                "--dry-run")
            #expect(result.status == 0, "\(name): \(result.standardError)")
            #expect(result.standardOutput.contains("-> Principal Product Manager (principal-pm),"), "\(name)")
        }
        #expect(try ladder("import", scratch.file("northwind.md"), "--name", "Northwind").status == 0)
        let shown = try ladder("show", "IC4")
        #expect(shown.status == 0, "\(shown.standardError)")
        #expect(
            shown.standardOutput.hasPrefix(
                "Northwind: IC4: Staff Product Manager (northwind-ic4-staff-product-manager)"))
    }

    /// Importing again without `--map` places the levels as the installed version's maps did,
    /// and says so; a new `--map` replaces them.
    @Test func mapsAreRememberedOnReimport() throws {
        try scratch.write(Self.handbook("Northwind"), to: "northwind.md")
        #expect(
            try ladder("import", scratch.file("northwind.md"), "--name", "Northwind", "--map", "IC4=principal-pm")
                .status == 0)
        let again = try ladder("import", scratch.file("northwind.md"), "--name", "Northwind", "--dry-run")
        #expect(again.status == 0, "\(again.standardError)")
        let words = again.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            words.contains("IC4: Staff Product Manager -> Principal Product Manager (principal-pm), by --map"),
            "\(words)")
        #expect(
            words.contains(
                "Maps remembered from the installed northwind: --map \"IC4=principal-pm\" (give --map to choose others)."
            ))
        #expect(words.contains("no entry changes."))
        let other = try ladder(
            "import", scratch.file("northwind.md"), "--name", "Northwind", "--map", "IC4=group-pm", "--dry-run")
        #expect(other.standardOutput.contains("-> Group Product Manager (group-pm), by --map"))
        #expect(!other.standardOutput.contains("Maps remembered"))
    }

    /// A name two frameworks share is asked about, never resolved silently; the track-qualified
    /// names it lists work.
    @Test func aLevelNameTwoFrameworksShareIsAskedAbout() throws {
        for company in ["Northwind", "Contoso"] {
            try scratch.write(Self.handbook(company), to: "\(company).md")
            #expect(try ladder("import", scratch.file("\(company).md"), "--name", company).status == 0)
        }
        let ambiguous = try ladder("show", "Staff Product Manager")
        #expect(ambiguous.status == 2)
        #expect(
            ambiguous.standardError == "ladder: \"Staff Product Manager\" is a level of several tracks; give one of "
                + "\"contoso:Staff Product Manager\", \"northwind:Staff Product Manager\" "
                + "(or an id: contoso-ic4-staff-product-manager, northwind-ic4-staff-product-manager)\n")
        let qualified = try ladder("show", "contoso:Staff Product Manager")
        #expect(qualified.status == 0, "\(qualified.standardError)")
        #expect(qualified.standardOutput.hasPrefix("Contoso: IC4: Staff Product Manager"))
        #expect(try ladder("level", "set", "target", "IC4").status == 2)
        #expect(try ladder("level", "set", "target", "northwind:IC4").status == 0)
    }

    /// Two installed frameworks sharing a level name never keep a third from loading (the
    /// catalog they were merged into was checked as one file, and the third was skipped).
    @Test func frameworksSharingANameNeverUnloadAnother() throws {
        for company in ["Northwind", "Contoso"] {
            try scratch.write(Self.handbook(company), to: "\(company).md")
            #expect(try ladder("import", scratch.file("\(company).md"), "--name", company).status == 0)
        }
        try scratch.write(Self.csv, to: "acme.csv")
        #expect(try ladder("import", scratch.file("acme.csv"), "--name", "Acme").status == 0)
        let tracks = try ladder("tracks")
        #expect(tracks.standardError.isEmpty, "\(tracks.standardError)")
        for title in ["Northwind", "Contoso", "Acme"] {
            #expect(tracks.standardOutput.contains("\n\(title)\n"), "\(title)")
        }
    }

    /// `compare LEVEL --framework NAME` holds the company's level matched to LEVEL against the
    /// experts there: in words, and in JSON with the areas each side alone speaks to.
    @Test func compareHoldsTheCompanysLevelAgainstTheExperts() throws {
        try scratch.write(Self.csv, to: "acme.csv")
        #expect(try ladder("import", scratch.file("acme.csv"), "--name", "Acme").status == 0)
        let text = try ladder("compare", "senior-pm", "--framework", "acme")
        #expect(text.status == 0, "\(text.standardError)")
        #expect(
            text.standardOutput.hasPrefix("Acme's Senior PM held against what the experts say of Senior PM (senior-pm)")
        )
        #expect(text.standardOutput.contains("What the experts ask at Senior PM that Acme's level says nothing about:"))
        let json = try ladder("compare", "senior-pm", "--framework", "acme", "--json")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(object.first?["frameworkLevel"] as? String == "acme-senior-pm")
        let expertOnly = try #require(object.first?["expertOnlyAreas"] as? [String])
        let shared = try #require(object.first?["sharedAreas"] as? [String])
        #expect(!expertOnly.isEmpty && Set(expertOnly).isDisjoint(with: shared))
        #expect(Set(shared).isSuperset(of: ["user-science", "management"]))
        // A file for this run works as an installed name does; a level nothing matched, or no such framework, exits 2.
        try scratch.write(Self.csv, to: "globex.csv")
        let file = try ladder("compare", "senior-pm", "--framework", scratch.file("globex.csv"))
        #expect(file.standardOutput.hasPrefix("globex's Senior PM held against"), "\(file.standardError)")
        let unmatched = try ladder("compare", "director", "--framework", "acme")
        #expect(unmatched.status == 2)
        #expect(
            unmatched.standardError
                == "ladder: none of Acme's levels is matched to Director; `ladder tracks` shows what each matches\n")
        let missing = try ladder("compare", "senior-pm", "--framework", "initech")
        #expect(
            missing.standardError
                == "ladder: no framework \"initech\": give a framework file or an installed framework's name (installed: acme)\n"
        )
    }

    /// A name that is ladder's own and a company level's title finds ladder's, and says how to
    /// reach the company's (a usability test took one for the other).
    @Test func aCompanyLevelTitledAsOneOfLaddersIsPointedTo() throws {
        try scratch.write(Self.csv, to: "acme.csv")
        #expect(try ladder("import", scratch.file("acme.csv"), "--name", "Acme").status == 0)
        let shown = try ladder("show", "Senior PM")
        #expect(shown.status == 0)
        #expect(shown.standardOutput.hasPrefix("Senior Product Manager (senior-pm)"))
        #expect(
            shown.standardError
                == "ladder: note: Acme has a level titled \"Senior PM\" too; \"acme:Senior PM\" shows it\n")
        #expect(try ladder("show", "acme:Senior PM").standardOutput.hasPrefix("Acme: Senior PM (acme-senior-pm)"))
        // Saving is different: a name that is also the company's title is refused, never guessed.
        let ambiguous = try ladder("level", "set", "current", "Senior PM")
        #expect(ambiguous.status == 2)
        #expect(
            ambiguous.standardError == "ladder: \"Senior PM\" names more than one level; give one of senior-pm "
                + "(ladder's Senior Product Manager) or \"acme:Senior PM\" (Acme's). Nothing was saved\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("progress.json")))
        // An id typed as it is names one level: no note.
        #expect(try ladder("show", "senior-pm").standardError.isEmpty)
        // A message naming both Senior PMs tells them apart.
        #expect(try ladder("level", "set", "target", "senior-pm").status == 0)
        let moved = try ladder("level", "set", "current", "acme:Senior PM")
        #expect(
            moved.standardOutput.contains(
                "Your target, Senior PM, was cleared: Senior PM is not above your current level, "
                    + "Senior PM (Acme), on any track"))
    }

    /// Beside an installed framework's JSON sits a fast-load form: written by import,
    /// used while the JSON is the one it was made from, made again after a hand edit or damage,
    /// removed with the framework.
    @Test func theFastLoadFormFollowsTheJSONAndIsRemovedWithIt() throws {
        try scratch.write(Self.csv, to: "acme.csv")
        #expect(try ladder("import", scratch.file("acme.csv"), "--name", "Acme").status == 0)
        let json = scratch.file("data/ladder/frameworks/acme.json"), form = json + ".fast"
        // Import writes it; a load that finds it current leaves it as it is.
        let made = try #require(FileManager.default.contents(atPath: form))
        #expect(try ladder("tracks").status == 0)
        #expect(FileManager.default.contents(atPath: form) == made)
        #expect(try ladder("frameworks").standardOutput.contains("acme"))
        #expect(!(try ladder("frameworks").standardOutput.contains(".fast")))
        // A hand edit of the JSON shows at once; the form is made again from it.
        let text = try String(contentsOfFile: json, encoding: .utf8)
        try text.replacing("Runs discovery", with: "Leads discovery").write(
            toFile: json, atomically: true, encoding: .utf8)
        #expect(try ladder("show", "acme:Senior PM").standardOutput.contains("Leads discovery"))
        #expect(FileManager.default.contents(atPath: form) != made)
        // A damaged form is never used, and is replaced.
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: form))
        let shown = try ladder("show", "acme:Senior PM")
        #expect(shown.status == 0 && shown.standardOutput.contains("Leads discovery") && shown.standardError.isEmpty)
        #expect(FileManager.default.contents(atPath: form).map { $0.count > 100 } == true)
        // A form that reads but does not load (made by hand: an entry at a level there is not)
        // is set aside for the JSON, quietly, and made again.
        let document = try CatalogDocument.decode(
            CatalogFile(name: json, text: try String(contentsOfFile: json, encoding: .utf8)))
        var broken = document
        let first = try #require(broken.skills?.first)
        broken.skills![0] = SkillEntry(
            id: first.id, scope: first.scope, levels: ["no-such-level"], kind: first.kind, source: first.source,
            expert: first.expert, area: first.area, summary: first.summary, quote: first.quote, locator: first.locator)
        let jsonBytes = Array(try String(contentsOfFile: json, encoding: .utf8).utf8)
        try Data(try FastLoadForm.encode(broken, madeFrom: jsonBytes)).write(to: URL(fileURLWithPath: form))
        let recovered = try ladder("show", "acme:Senior PM")
        #expect(recovered.status == 0 && recovered.standardError.isEmpty, "\(recovered.standardError)")
        #expect(
            FastLoadForm.decode(Array(try #require(FileManager.default.contents(atPath: form))), madeFrom: jsonBytes)
                == document)
        #expect(try ladder("frameworks", "remove", "acme").status == 0)
        #expect(!FileManager.default.fileExists(atPath: form))
        // Something else under the form's name is not ladder's: removal neither touches it nor half-fails.
        #expect(try ladder("import", scratch.file("acme.csv"), "--name", "Acme").status == 0)
        try FileManager.default.removeItem(atPath: form)
        try FileManager.default.createDirectory(atPath: form, withIntermediateDirectories: false)
        let removed = try ladder("frameworks", "remove", "acme")
        #expect(removed.status == 0, "\(removed.standardError)")
        #expect(!FileManager.default.fileExists(atPath: json))
    }

    /// Blanking a cell removes its entry; the cell above, whose words are the same, is not
    /// "changed" (a usability test counted it so, and asked the user to recheck its rating).
    @Test func blankingACellChangesOnlyThatEntry() throws {
        try scratch.write(Self.csv, to: "acme.csv")
        #expect(try ladder("import", scratch.file("acme.csv"), "--name", "Acme").status == 0)
        try scratch.write(Self.csv.replacing("Joins customer interviews", with: ""), to: "acme.csv")
        let again = try ladder("import", scratch.file("acme.csv"), "--name", "Acme", "--dry-run")
        let words = again.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("0 added, 1 removed, 0 changed."), "\(again.standardOutput)")
    }
}
