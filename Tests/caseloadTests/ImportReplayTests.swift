import Foundation
import Testing

/// Re-importing the records system's files keeps the work done in caseload since their date, and says what it kept
/// and what the files overruled.
@Suite("Import keeps caseload's own work")
struct ImportReplayTests {
    static let demo = CaseloadProcess.root.appendingPathComponent("fixtures/demo")
    static let environment = ["USER": "sgt.replay", "CASELOAD_TODAY": "2026-11-15"]

    @Test("allocations and transfers made after an import survive the same files imported again, and are named")
    func sameFilesAgain() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        #expect(try caseload.run(["allocate", "C9005", "OM23"], environment: Self.environment).status == 0)
        #expect(try caseload.run(["transfer", "C1001", "--from", "OM01", "--to", "OM04", "--reason", "change_of_address"], environment: Self.environment).status == 0)
        let again = try caseload.run(CaseloadProcess.importing(Self.demo), environment: Self.environment)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("(5 unallocated)"))
        #expect(again.stdout.contains("Kept 2 changes made in caseload since 2026-11-15 that the files do not yet show:"))
        #expect(again.stdout.contains("  C9005 to OM23 ("))
        #expect(again.stdout.contains("  C1001 from OM01 to OM04 ("))
        #expect(try DatabaseState.holders(path: caseload.database, of: ["C9005", "C1001"]) == ["C9005": "OM23", "C1001": "OM04"])
        #expect(try DatabaseState(path: caseload.database).damage.isEmpty, "the kept counts must follow the replayed cases")
        #expect(try caseload.run(["export", "--month", "2026-11", "--format", "json"], environment: Self.environment).stdout.contains("\"unallocated\": 5"))
    }

    @Test("a change the new files contradict is dropped and named, and the files' version kept")
    func filesWin() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        #expect(try caseload.run(["allocate", "C9005", "OM23"], environment: Self.environment).status == 0)
        #expect(try caseload.run(["allocate", "C9004", "OM15"], environment: Self.environment).status == 0)
        let cases = try String(contentsOf: Self.demo.appendingPathComponent("cases.csv"), encoding: .utf8)
            .replacingOccurrences(of: "\nC9005,,", with: "\nC9005,OM17,")
        try Data(cases.utf8).write(to: home.url.appendingPathComponent("cases.csv"))
        try FileManager.default.copyItem(at: Self.demo.appendingPathComponent("officers.csv"), to: home.url.appendingPathComponent("officers.csv"))
        let result = try caseload.run(CaseloadProcess.importing(home.url), environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Kept 1 change made in caseload since 2026-11-15 that the files do not yet show:\n  C9004 to OM15 ("))
        #expect(result.stdout.contains("Dropped 1 change made in caseload since 2026-11-15 that the files contradict; the files' version was kept:"))
        #expect(result.stdout.contains("  C9005 to OM23 (") && result.stdout.contains("by sgt.replay): the files have it with OM17"))
        #expect(try DatabaseState.holders(path: caseload.database, of: ["C9005", "C9004"]) == ["C9005": "OM17", "C9004": "OM15"])
        #expect(try DatabaseState(path: caseload.database).damage.isEmpty)
    }

    @Test("work from before the files' date is not replayed: the files are the truth as of then")
    func olderWorkStaysOut() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        #expect(try caseload.run(["allocate", "C9005", "OM23"], environment: Self.environment).status == 0)
        let later = try caseload.run(CaseloadProcess.importing(Self.demo, asOf: "2999-01-01"), environment: Self.environment)
        #expect(later.status == 0, "\(later.stderr)")
        #expect(!later.stdout.contains("Kept") && !later.stdout.contains("Dropped"))
        #expect(try DatabaseState.holders(path: caseload.database, of: ["C9005"]).isEmpty)
    }
}

/// Absences and reductions recorded from the command line, and what they change.
@Suite("Absences and reductions")
struct AvailabilityCommandTests {
    static let environment = ["USER": "sgt.cover", "CASELOAD_TODAY": "2026-11-15"]

    @Test("an absence makes an officer unavailable and their cases need cover; a reduction shrinks the limit; both are listed")
    func recordAndUse() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let absence = try caseload.run(["absence", "OM06", "--from", "2026-11-01", "--to", "2026-12-31", "--reason", "sickness"], environment: Self.environment)
        #expect(absence.status == 0, "\(absence.stderr)")
        #expect(absence.stdout == "Recorded an absence for OM06 from 2026-11-01 to 2026-12-31; recorded by sgt.cover.\n")
        #expect(try caseload.run(["reduction", "OM09", "--fraction", "0.4", "--from", "2026-11-10", "--reason", "phased return"], environment: Self.environment).status == 0)

        let flags = try caseload.run(["flags"], environment: Self.environment).stdout
        #expect(flags.contains("OM06     Farid Iqbal      North  48/50 ~   8 16.7%    near_cases, needs_cover"), "\(flags)")
        #expect(flags.contains("OM09     Imogen Clarke    East   48/30 !   8 16.7%    over_cases"), "\(flags)")
        let suggest = try caseload.run(["suggest", "C9001", "--format", "json"], environment: Self.environment).stdout
        #expect(suggest.contains("\"officer_id\": \"OM06\",\n      \"rules\": [\n        \"on_leave\""), "\(suggest)")
        let month = try caseload.run(["export", "--month", "2026-11", "--format", "json"], environment: Self.environment).stdout
        #expect(month.contains("\"limit\": 30,\n      \"reduction\": 0.4,\n      \"available\": true"), "OM09")
        #expect(month.contains("\"limit\": 50,\n      \"reduction\": 0.0,\n      \"available\": false"), "OM06")
        #expect(month.contains("\"cases_needing_cover\": 79"), "OM08's 31 and OM06's 48")

        let listed = try caseload.run(["availability"], environment: Self.environment).stdout
        #expect(listed.contains("OM06     absence    2026-11-01  2026-12-31            current  sickness       sgt.cover"), "\(listed)")
        #expect(listed.contains("OM09     reduction  2026-11-10  open-ended       0.4  current  phased return  sgt.cover"), "\(listed)")
        let later = try caseload.run(["flags"], environment: ["CASELOAD_TODAY": "2027-01-01"]).stdout
        let farid = later.split(separator: "\n").first { $0.hasPrefix("OM06 ") }.map(String.init) ?? ""
        #expect(!farid.contains("needs_cover") && later.contains("48/30 !"), "the absence lapsed the day after its last; the reduction is open-ended: \(farid)")
    }

    @Test("availability.csv is imported with the force, checked line by line, and kept until the next one")
    func importFile() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let demo = CaseloadProcess.root.appendingPathComponent("fixtures/demo")
        let good = home.url.appendingPathComponent("availability.csv")
        try Data("officer_id,kind,from,to,fraction,reason\nOM06,absence,2026-11-01,2026-12-31,,sickness\nOM09,reduction,2026-11-10,,0.4,phased return\n".utf8).write(to: good)
        let imported = try caseload.run(CaseloadProcess.importing(demo) + ["--availability", good.path], environment: Self.environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported 1 absence and 1 reduction from"))
        let flags = try caseload.run(["flags"], environment: Self.environment).stdout
        #expect(flags.contains("near_cases, needs_cover") && flags.contains("48/30 !"), "\(flags)")
        let december = try caseload.run(["export", "--month", "2026-11", "--format", "json"], environment: ["CASELOAD_TODAY": "2026-12-15"])
        let officers = try #require((try JSONSerialization.jsonObject(with: december.stdoutBytes) as? [String: Any])?["officers"] as? [[String: Any]])
        let om09 = try #require(officers.first { $0["officer_id"] as? String == "OM09" })
        let om06 = try #require(officers.first { $0["officer_id"] as? String == "OM06" })
        #expect(om09["limit"] as? Int == 30 && om09["reduction"] as? Double == 0.4, "November's snapshot keeps the limit that applied")
        #expect(om06["available"] as? Bool == false && (om06["flags"] as? [String])?.contains("needs_cover") == true)
        #expect(try caseload.run(CaseloadProcess.importing(demo), environment: Self.environment).status == 0)
        #expect(try caseload.run(["availability"], environment: Self.environment).stdout.contains("OM06     absence    2026-11-01  2026-12-31"), "kept without --availability")

        let bad = home.url.appendingPathComponent("bad.csv")
        try Data("""
            officer_id,kind,from,to,fraction,reason
            OM99,absence,2026-11-01,,,x
            OM06,absence,2026-11-01,2026-10-01,,y
            OM06,reduction,2026-11-01,,1.5,z
            OM07,absence,2026-11-01,2026-11-30,,a
            OM07,absence,2026-11-20,,,b
            OM08,absence,2026-11-01,,0.5,c

            """.utf8).write(to: bad)
        let before = try DatabaseState.bytes(caseload.database)
        let refused = try caseload.run(CaseloadProcess.importing(demo) + ["--availability", bad.path], environment: Self.environment)
        #expect(refused.status == 1)
        for message in [
            "bad.csv:2: officer_id: 'OM99' is not in", "bad.csv:3: to: 2026-10-01 is before from (2026-11-01)",
            "bad.csv:4: fraction: '1.5' takes the whole of the officer's time; record an absence instead",
            "bad.csv:6: from: shares days with the absence of 'OM07' on line 5", "bad.csv:7: fraction: an absence takes all of the officer's time",
        ] {
            #expect(refused.stderr.contains(message), "\(message): \(refused.stderr)")
        }
        #expect(try DatabaseState.bytes(caseload.database) == before)
    }

    @Test("absences and reductions recorded in caseload are replayed over a later availability.csv; one it holds again counts once")
    func replayAvailability() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let demo = CaseloadProcess.root.appendingPathComponent("fixtures/demo")
        #expect(try caseload.importDemo().status == 0)
        #expect(try caseload.run(["absence", "OM06", "--from", "2026-11-01", "--to", "2026-12-31", "--reason", "sickness"], environment: Self.environment).status == 0)
        #expect(try caseload.run(["reduction", "OM09", "--fraction", "0.4", "--from", "2026-11-10", "--reason", "phased return"], environment: Self.environment).status == 0)
        let file = home.url.appendingPathComponent("availability.csv")
        try Data("officer_id,kind,from,to,fraction,reason\nOM09,reduction,2026-11-10,,0.4,phased return\n".utf8).write(to: file)

        let again = try caseload.run(CaseloadProcess.importing(demo) + ["--availability", file.path], environment: Self.environment)
        #expect(again.stdout.contains("Kept 1 absence or reduction recorded in caseload since 2026-11-15:\n  OM06 absence 2026-11-01 to 2026-12-31 ("), "\(again.stdout)")
        #expect(again.stdout.contains("1 recorded in caseload is overruled by availability.csv, which holds the same or an overlapping entry as of 2026-11-15:\n  OM09 reduction"))
        let flags = try caseload.run(["flags"], environment: Self.environment).stdout
        #expect(flags.contains("OM09     Imogen Clarke    East   48/30 !"), "the reduction in both counts once: 0.4, not 0.8")
        #expect(flags.contains("OM06     Farid Iqbal      North  48/50 ~   8 16.7%    near_cases, needs_cover"), "the absence recorded since is kept")

        try Data("officer_id,kind,from,to,fraction,reason\nOM06,absence,2026-11-01,2026-11-20,,sick\n".utf8).write(to: file)
        let later = try caseload.run(CaseloadProcess.importing(demo, asOf: "2999-12-01") + ["--availability", file.path], environment: Self.environment)
        #expect(later.stdout.contains("overruled by availability.csv, which holds the same or an overlapping entry as of 2999-12-01:\n  OM06 absence"), "\(later.stdout)")
        let listed = try caseload.run(["availability", "OM06"], environment: Self.environment).stdout
        #expect(listed.contains("OM06     absence  2026-11-01  2026-12-31            overruled  sickness"), "\(listed)")
    }

    @Test("what cannot be recorded is refused, saying what would be right, and nothing is written", arguments: [
        (["absence", "OM06", "--from", "2026-11-20", "--reason", "leave"], "OM06 already has an absence from 2026-11-01 to 2026-12-31"),
        (["absence", "OM07", "--from", "2026-11-20", "--to", "2026-11-19", "--reason", "leave"], "--to 2026-11-19 is before --from 2026-11-20"),
        (["absence", "OM99", "--from", "2026-11-20", "--reason", "leave"], "there is no officer 'OM99'"),
        (["reduction", "OM07", "--fraction", "1", "--from", "2026-11-20", "--reason", "x"], "--fraction '1' takes the whole of the officer's time; record an absence instead"),
        (["reduction", "OM07", "--fraction", "-0.1", "--from", "2026-11-20", "--reason", "x"], "--fraction '-0.1' is below 0; use a share above 0 and below 1"),
        (["reduction", "OM07", "--fraction", "0.33333333333", "--from", "2026-11-20", "--reason", "x"], "--fraction '0.33333333333' has more than six decimals; round it to six, e.g. 0.333333"),
        (["reduction", "OM07", "--fraction", "0.2", "--from", "0001-01-01", "--reason", "x"], "--from '0001-01-01' is not a date caseload can use"),
        (["absence", "OM07", "--from", "2026-11-20", "--reason", "  "], "--reason must say why"),
        (["availability", "OM99"], "there is no officer 'OM99'"),
    ])
    func refused(arguments: [String], message: String) throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        #expect(try caseload.run(["absence", "OM06", "--from", "2026-11-01", "--to", "2026-12-31", "--reason", "sickness"], environment: Self.environment).status == 0)
        let result = try caseload.run(arguments, environment: Self.environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try caseload.run(["availability", "--format", "json"], environment: Self.environment).stdout.components(separatedBy: "\"officer_id\"").count == 2)
    }
}

/// Cover for an away officer, and what-if: the same rules as plan, and nothing changes unless applied.
@Suite("Cover and what-if")
struct CoverCommandTests {
    static let environment = ["USER": "sgt.cover", "CASELOAD_TODAY": "2026-11-15"]

    @Test("cover places every case of the officer on leave with officers who may take them, and --apply makes it in one go")
    func coverOnLeave() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let preview = try caseload.run(["cover", "OM08", "--format", "json"], environment: Self.environment)
        #expect(preview.status == 0, "\(preview.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: preview.stdoutBytes) as? [String: Any])
        let placements = try #require(object["placements"] as? [[String: Any]])
        #expect(object["cases_needing_cover"] as? Int == 31)
        #expect(placements.count == 31 && placements.allSatisfy { $0["from"] as? String == "OM08" })
        let held: Set<String> = ["OM05", "OM07", "OM19"]
        #expect(placements.allSatisfy { !held.contains($0["to"] as? String ?? "") }, "no case to an officer on hold (OM03 and OM11 may take AP residents)")
        #expect((object["over_after"] as? [Any])?.isEmpty == true)

        let table = try caseload.run(["cover", "OM08"], environment: Self.environment).stdout
        let receivers = Set(placements.compactMap { $0["to"] as? String })
        for officer in ["OM03", "OM11"] where receivers.contains(officer) {
            #expect(!table.contains("given none: ") || !table.components(separatedBy: "given none: ")[1].prefix(40).contains(officer),
                    "\(officer) took residents of their AP, so is not said to be given none")
        }
        let applied = try caseload.run(["cover", "OM08", "--apply"], environment: Self.environment)
        #expect(applied.status == 0 && applied.stderr.contains("applied: 31 cases under cover"), "\(applied.stderr)")
        #expect(applied.stderr.contains("until caseload cover --end OM08"), "leave has no end date: cover lasts until ended")
        let flagged = { try caseload.run(["flags", "--format", "json"], environment: Self.environment).stdout }
        #expect(try !flagged().contains("needs_cover"))
        let audit = try caseload.run(["audit", "--officer", "OM08", "--format", "json"], environment: Self.environment).stdout
        #expect(audit.components(separatedBy: "\"kind\": \"cover_started\"").count - 1 == 31)
        #expect(try DatabaseState(path: caseload.database).damage.isEmpty)

        let again = try caseload.run(["cover", "OM08", "--format", "json"], environment: Self.environment)
        let remaining = try #require(try JSONSerialization.jsonObject(with: again.stdoutBytes) as? [String: Any])
        #expect(remaining["already_covered"] as? Int == 31 && (remaining["placements"] as? [Any])?.isEmpty == true)

        let ended = try caseload.run(["cover", "--end", "OM08", "--by", "sgt.cover"], environment: Self.environment)
        #expect(ended.status == 0 && ended.stdout.contains("Cover ended for 31 of OM08's cases"), "\(ended.stdout)\(ended.stderr)")
        #expect(ended.stderr.contains("still recorded as away"))
        #expect(try flagged().contains("needs_cover"), "back with OM08, who is still on leave")

        let permanent = try caseload.run(["cover", "OM08", "--apply", "--permanent"], environment: Self.environment)
        #expect(permanent.status == 0 && permanent.stderr.contains("applied: 31 transfers"), "\(permanent.stderr)")
        let transfers = try caseload.run(["audit", "--officer", "OM08", "--format", "json"], environment: Self.environment).stdout
        #expect(transfers.components(separatedBy: "\"reason\": \"officer_left\"").count - 1 == 31)
        #expect(try DatabaseState(path: caseload.database).damage.isEmpty)
    }

    @Test("cover for an absence, then the clock moved past it: every figure is as it would have been without the cover")
    func coverLapses() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let absence = ["absence", "OM12", "--from", "2026-11-10", "--to", "2026-11-30", "--reason", "sickness", "--by", "sgt.cover"]
        #expect(try caseload.run(absence, environment: Self.environment).status == 0)
        let later = ["USER": "sgt.cover", "CASELOAD_TODAY": "2026-12-01"]
        let flags = { (environment: [String: String]) in try caseload.run(["flags", "--format", "json"], environment: environment).stdout }
        let withoutCover = try flags(later)
        #expect(try flags(Self.environment).contains("needs_cover"))

        let applied = try caseload.run(["cover", "OM12", "--apply"], environment: Self.environment)
        #expect(applied.status == 0 && applied.stderr.contains("it ends by itself after 2026-11-30"), "\(applied.stderr)")
        let during = try #require(try JSONSerialization.jsonObject(with: Data(flags(Self.environment).utf8)) as? [String: Any])
        let officers = try #require(during["officers"] as? [[String: Any]])
        #expect(!officers.contains { $0["officer_id"] as? String == "OM12" }, "OM12's cases are covered, so nothing flags them")
        #expect(officers.contains { ($0["covering"] as? Int ?? 0) > 0 })

        let thisMonth = { (json: String) in json.split(separator: "\n").filter { !$0.contains("\"change_cases\"") && !$0.contains("\"change_high_risk_pct\"") } }
        #expect(try thisMonth(flags(later)) == thisMonth(withoutCover), "the day after the absence every figure is back (the changes from November apart, when the cover was worked)")
        let trail = try caseload.run(["audit", "--officer", "OM12"], environment: later).stdout
        let covered = try #require(applied.stderr.components(separatedBy: "applied: ").last?.split(separator: " ").first.flatMap { Int($0) })
        #expect(covered > 0 && trail.components(separatedBy: "cover ended").count - 1 == covered)
        #expect(trail.contains("the absence ended on 2026-11-30"))
        let kinds = try caseload.run(["audit", "--officer", "OM12", "--kind", "absence", "cover_ended", "--format", "json"], environment: later).stdout
        #expect(kinds.components(separatedBy: "\"kind\": \"cover_ended\"").count - 1 == covered)
        #expect(kinds.components(separatedBy: "\"kind\": \"absence\"").count - 1 == 1 && !kinds.contains("cover_started"))
        let unknown = try caseload.run(["audit", "--kind", "holiday"], environment: later)
        #expect(unknown.status == 64 || unknown.status == 2, "\(unknown.status)")
        #expect(unknown.stderr.contains("not a kind of entry; use one of allocation, transfer, override"))
    }

    @Test("cover for an officer who is not away is refused; what-if changes nothing and says who would need cover")
    func whatIf() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let refused = try caseload.run(["cover", "OM06"], environment: Self.environment)
        #expect(refused.status == 1 && refused.stderr.contains("OM06 is not away on 2026-11-15"), "\(refused.stderr)")
        let before = try DatabaseState(path: caseload.database)
        let result = try caseload.run(["whatif", "--absent", "OM06", "OM13", "--from", "2026-11-20", "--to", "2026-12-20"], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("What if Farid Iqbal (OM06), Megan Foster (OM13) were away from 2026-11-20 to 2026-12-20? Nothing has changed."))
        #expect(result.stdout.contains("97 cases need cover: "))
        #expect(try DatabaseState(path: caseload.database) == before)
        let unknown = try caseload.run(["whatif", "--absent", "OM99"], environment: Self.environment)
        #expect(unknown.status == 1 && unknown.stderr.contains("there is no officer 'OM99'"))
    }

    @Test("an absence of 14 days or fewer needs no cover; one of 15 does (urgent cases' shorter period set aside)", arguments: [
        ("2026-11-29", 0, "A 14-day absence: the 48 cases held stay and need no cover"), ("2026-11-30", 48, "48 cases need cover: "),
    ])
    func shortAbsence(to: String, needing: Int, words: String) throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let arguments = ["whatif", "--absent", "OM06", "--from", "2026-11-16", "--to", to, "--urgent-cover-after-days", "30"]
        let table = try caseload.run(arguments, environment: Self.environment)
        #expect(table.stdout.contains(words), "\(table.stdout)")
        let json = try caseload.run(arguments + ["--format", "json"], environment: Self.environment)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        #expect(object["cases_needing_cover"] as? Int == needing && object["cases_held"] as? Int == 48)
    }
}

/// The written notice to affected staff (Recommendation 19): a letter to the officer, previewed, then given and
/// recorded, all or none.
@Suite("Notices to affected staff")
struct NoticeCommandTests {
    static let environment = ["USER": "insp.notice", "CASELOAD_TODAY": "2026-11-15"]

    /// A force with one officer of each kind a notice speaks to: over on cases, over on risk, reduced, part-time,
    /// untrained without a course (and no buddy), away; and a colleague with room who took a case from one of them.
    static func kindsOfOfficer(_ home: URL) throws -> CaseloadProcess {
        let caseload = CaseloadProcess(home: home)
        let officers = """
            officer_id,name,team,fte,mosovo,approved_premises,da_specialist,status,buddy_id,mosovo_course_on
            CASES,Ada Byrne,North,1,trained,no,no,active,,
            RISK,Ben Cole,North,1,trained,no,no,active,,
            REDUCED,Cara Dunn,North,1,trained,no,no,active,,
            PART,Dev Ellis,North,0.5,trained,no,no,active,,
            UNTRAINED,Eve Ford,North,1,none,no,no,active,,
            AWAY,Finn Gale,North,1,trained,no,no,active,,
            ROOM,Gita Hart,North,1,trained,no,no,active,,

            """
        var rows = ["case_id,officer_id,team,risk,mappa_category,mappa_level,location,domestic_abuse,allocated_on,previous_officer_id"]
        func add(_ officer: String, _ count: Int, high: Int = 0, level2: Int = 0) {
            for index in 0..<count {
                let mappa = index < level2 ? "1,2" : ","
                rows.append("\(officer)-\(index),\(officer),North,\(index < high ? "high" : "low"),\(mappa),community,no,,")
            }
        }
        add("CASES", 53, high: 5)
        add("RISK", 30, high: 8)
        add("REDUCED", 45, high: 4)
        add("PART", 27, high: 2)
        add("UNTRAINED", 20, level2: 1)
        add("AWAY", 30, high: 3)
        add("ROOM", 20)
        try Data(officers.utf8).write(to: home.appendingPathComponent("officers.csv"))
        try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: home.appendingPathComponent("cases.csv"))
        #expect(try caseload.run(CaseloadProcess.importing(home, asOf: "2026-11-01")).status == 0)
        let setup: [[String]] = [
            ["reduction", "REDUCED", "--fraction", "0.2", "--from", "2026-11-01", "--to", "2027-01-31", "--reason", "phased return", "--by", "insp.notice"],
            ["absence", "AWAY", "--from", "2026-11-01", "--to", "2026-12-31", "--reason", "sickness", "--by", "insp.notice"],
            ["transfer", "CASES-52", "--from", "CASES", "--to", "ROOM", "--by", "insp.notice", "--reason", "caseload_adjustment"],
        ]
        for command in setup { #expect(try caseload.run(command, environment: environment).status == 0) }
        return caseload
    }

    /// Every notice of the force of every kind, against Golden/notices-kinds.md; regenerate as the other goldens are.
    @Test("a golden notice for each kind of officer: over on cases, over on risk, reduced, part-time, untrained without a course, away")
    func golden() throws {
        let home = try TemporaryFolder()
        let caseload = try Self.kindsOfOfficer(home.url)
        let result = try caseload.run(["notice", "--over", "--include-away", "--by", "DI Sarah Wells", "--review-on", "2026-12-01"], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let file = ExportCommandTests.golden.appendingPathComponent("notices-kinds.md")
        if ProcessInfo.processInfo.environment["CASELOAD_UPDATE_GOLDEN"] == "1" { try result.stdoutBytes.write(to: file) }
        #expect(result.stdoutBytes == (try Data(contentsOf: file)), "differs from notices-kinds.md")
        for (officer, words) in [
            ("Ada Byrne", "You hold 52 cases against your limit of 50: 2 more than it allows."),
            ("Ada Byrne", "- CASES-52, now with Gita Hart"),
            ("Ben Cole", "8 of your 30 cases are high or very high risk, 26.7%, above the limit of 20%."),
            ("Cara Dunn", "your limit of 40, while your reduced workload continues (until 31 January 2027): 5 more than it allows"),
            ("Dev Ellis", "your limit of 25, pro rata for your 0.5 full-time equivalent: 2 more than it allows"),
            ("Eve Ford", "No course place is booked for you yet"),
            ("Finn Gale", "You are away until 31 December 2026"),
        ] {
            let letter = result.stdout.components(separatedBy: "\n---\n").first { $0.contains("Dear \(officer),") } ?? ""
            #expect(letter.contains(words), "\(officer): \(letter)")
        }
        #expect(!result.stdout.contains("Dear Gita Hart"), "an officer within every limit gets no notice")
    }

    @Test("an AP officer whose residents explain their share is told so, and still given residents; one over without an AP is given nothing")
    func explainedByTheirAP() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let explained = try caseload.run(["notice", "OM03"], environment: Self.environment)
        #expect(explained.status == 0)
        #expect(explained.stdout.contains("live in the Approved Premises you work with; without them your share would be within the limit"))
        #expect(explained.stdout.contains("Offenders living in the Approved Premises you work with will still be allocated to you"))
        #expect(!explained.stdout.contains("No new offenders will be allocated to you") && !explained.stdout.contains("I may move some high-risk cases"))
        let over = try caseload.run(["notice", "OM19"], environment: Self.environment)
        #expect(over.stdout.contains("No new offenders will be allocated to you until you are back within both limits."))
        #expect(over.stdout.contains("I may move some high-risk cases") && !over.stdout.contains("Approved Premises you work with"))
    }

    @Test("no code word and no reference to our own files in any notice, in either format")
    func plainWords() throws {
        let home = try TemporaryFolder()
        let caseload = try Self.kindsOfOfficer(home.url)
        for format in ["md", "txt"] {
            let text = try caseload.run(["notice", "--over", "--include-away", "--format", format], environment: Self.environment).stdout
            #expect(text.contains("Recommendation 19 of the 2022 joint inspection"))
            for word in Self.codeWords where text.contains(word) { Issue.record("\(format) notice says \(word.debugDescription)") }
        }
    }

    /// What a person must never read: flag, column and JSON names, and references to caseload's own source files.
    static let codeWords = ["seed", "§", "000_", "001_", "buddy_id", "mosovo_course_on", "officer_id", "case_limit", "a watch, not a flag", "(buddy"]
        + ["over_cases", "near_cases", "over_high_risk", "near_high_risk", "untrained_l2_l3", "needs_cover", "awaiting_without_buddy", "on_leave"]

    @Test("a preview records nothing; --give writes every file and records every notice, never over a file already there")
    func preview() throws {
        let home = try TemporaryFolder()
        let caseload = try Self.kindsOfOfficer(home.url)
        let audit = { try caseload.run(["audit", "--kind", "notice"], environment: Self.environment).stdout }
        let preview = try caseload.run(["notice", "--over"], environment: Self.environment)
        #expect(preview.status == 0 && preview.stderr.contains("preview: nothing is recorded"))
        #expect(preview.stderr.contains("not given to AWAY (away until 2026-12-31); --include-away gives them one"))
        #expect(try audit().hasPrefix("Nothing recorded yet"))
        let folder = home.url.appendingPathComponent("notices")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let given = try caseload.run(["notice", "--over", "--give", "--output", folder.path, "--format", "txt"], environment: Self.environment)
        #expect(given.status == 0, "\(given.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["CASES", "PART", "REDUCED", "RISK", "UNTRAINED"].map { "notice-\($0)-2026-11-15.txt" })
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(files[0]).path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try audit().components(separatedBy: "notice given").count - 1 == 5)
        let again = try caseload.run(["notice", "CASES", "--give", "--output", folder.path, "--format", "txt"], environment: Self.environment)
        #expect(again.status == 1 && again.stderr.contains("is already there and is never overwritten"), "\(again.stderr)")
        #expect(try audit().components(separatedBy: "notice given").count - 1 == 5, "nothing recorded for a notice not given")
        let month = try caseload.run(["export", "--month", "2026-11", "--format", "json"], environment: Self.environment).stdout
        #expect(month.contains("\"notices_sent\": 5"))
    }

    @Test("officer ids that would share a file name get one each; a 250-character id fits; nothing is half given", arguments: [
        ["a/b", "a_b", "a\nb"], [String(repeating: "X", count: 250), "Y"],
    ])
    func fileNames(ids: [String]) throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let header = "officer_id,name,team,fte,mosovo,approved_premises,da_specialist,status,buddy_id,mosovo_course_on\n"
        let officers = header + ids.enumerated().map { "\"\($1)\",Officer \($0),North,1,trained,no,no,active,,\n" }.joined()
        let cases = "case_id,officer_id,team,risk,mappa_category,mappa_level,location,domestic_abuse,allocated_on,previous_officer_id\n"
            + ids.enumerated().flatMap { officer, id in (1...51).map { "C\(officer)-\($0),\"\(id)\",North,low,,,community,no,,\n" } }.joined()
        try Data(officers.utf8).write(to: home.url.appendingPathComponent("officers.csv"))
        try Data(cases.utf8).write(to: home.url.appendingPathComponent("cases.csv"))
        #expect(try caseload.run(CaseloadProcess.importing(home.url)).status == 0)
        let folder = home.url.appendingPathComponent("notices")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try caseload.run(["notice", "--over", "--give", "--output", folder.path], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == ids.count && files.allSatisfy { $0.utf8.count < 100 && !$0.contains("/") }, "\(files)")
        let audit = try caseload.run(["audit", "--kind", "notice"], environment: Self.environment).stdout
        #expect(audit.components(separatedBy: "notice given").count - 1 == ids.count)
    }

    @Test("an --output that cannot be used is refused before anything is written or recorded", arguments: [
        ([String](), "--give needs --output"), (["--output", ""], "--output is empty"), (["--output", "/nonexistent/notices"], "is not a folder"),
    ])
    func unusableOutput(arguments: [String], message: String) throws {
        let home = try TemporaryFolder()
        let caseload = try Self.kindsOfOfficer(home.url)
        let result = try caseload.run(["notice", "--over", "--give"] + arguments, environment: Self.environment)
        #expect(result.status != 0 && result.stderr.contains(message), "\(result.stderr)")
        #expect(try caseload.run(["audit", "--kind", "notice"], environment: Self.environment).stdout.hasPrefix("Nothing recorded yet"))
    }

    @Test("a force's own template is used; one with an unknown name or a section left open is refused with its line", arguments: [
        ("Dear {{officer_name}}, {{cases}} of {{case_limit}}.\n", true, "Dear Ada Byrne, 52 of 50."),
        ("Dear {{officer_name}},\n{{shoe_size}}\n", false, "line 2: {{shoe_size}} is not a name a notice gives"),
        ("Dear {{officer_name}},\n\n{{#findings}}\n- {{sentence}}\n", false, "does not parse"),
    ])
    func ownTemplate(text: String, accepted: Bool, expected: String) throws {
        let home = try TemporaryFolder()
        let caseload = try Self.kindsOfOfficer(home.url)
        let file = home.url.appendingPathComponent("letter.mustache")
        try Data(text.utf8).write(to: file)
        let result = try caseload.run(["notice", "CASES", "--template", file.path], environment: Self.environment)
        if accepted {
            #expect(result.status == 0 && result.stdout.contains(expected), "\(result.stdout)\(result.stderr)")
        } else {
            #expect(result.status == 1 && result.stderr.contains(expected), "\(result.stderr)")
        }
    }

    @Test("a notice needs officers or --over, and an officer that exists", arguments: [
        ([String](), Int32(2), "name the officers, or give --over"), (["OM99"], 1, "there is no officer 'OM99'"),
    ])
    func refused(arguments: [String], status: Int32, message: String) throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let result = try caseload.run(["notice"] + arguments, environment: Self.environment)
        #expect(result.status == status && result.stderr.contains(message), "\(result.stderr)")
    }
}
