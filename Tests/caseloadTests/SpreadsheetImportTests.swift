import CaseloadCore
import Foundation
import GRDB
import Testing

/// A force as Excel saves it imports as it is, and is stored in canonical form.
@Suite("Files as spreadsheets save them")
struct SpreadsheetImportTests {
    @Test("title-case headers, typed codes, y/n and 1/0, UK dates, a BOM and CRLF all import, stored canonical")
    func excelSaved() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let folder = CaseloadProcess.root.appendingPathComponent("fixtures/excel")
        let result = try caseload.run(["import", "--officers", folder.appendingPathComponent("officers.csv").path,
                                       "--cases", folder.appendingPathComponent("cases.csv").path, "--as-of", "2026-12-05"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 4 officers and 5 cases (1 unallocated)"))
        let queue = try DatabaseQueue(path: caseload.database)
        let officers = try queue.read { try Row.fetchAll($0, sql: "SELECT officer_id, mosovo, approved_premises, da_specialist, status, mosovo_course_on FROM officers ORDER BY position") }
        #expect(officers.map { "\($0[0] as String)|\($0[1] as String)|\($0[2] as Int)|\($0[3] as Int)|\($0[4] as String)|\(($0[5] as String?) ?? "")" } == [
            "P4411|trained|0|1|active|", "P4412|awaiting|0|0|active|2027-01-05", "P4413|trained|1|0|leave|", "P4414|none|0|0|active|",
        ])
        let cases = try queue.read { try Row.fetchAll($0, sql: "SELECT case_id, risk, location, domestic_abuse, allocated_on, referred_on FROM cases ORDER BY position") }
        #expect(cases.map { "\($0[0] as String)|\($0[1] as String)|\($0[2] as String)|\($0[3] as Int)|\(($0[4] as String?) ?? "")|\(($0[5] as String?) ?? "")" } == [
            "K100|very_high|approved_premises|1|2026-12-05|", "K101|very_high|community|0|2026-11-30|2026-11-01", "K102|medium|custody|0|2026-12-01|",
            "K103|low|hospital|1||", "K104|high|community|0||2026-11-28",
        ])
    }

    @Test("the import's summary counts in words that agree: one officer, one case; two of each", arguments: [
        (1, "Imported 1 officer and 1 case (0 unallocated)", "The files are valid: 1 officer and 1 case (0 waiting"),
        (2, "Imported 2 officers and 2 cases (0 unallocated)", "The files are valid: 2 officers and 2 cases (0 waiting"),
    ])
    func summaryWords(count: Int, imported: String, checked: String) throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let officers = home.url.appendingPathComponent("officers.csv")
        let cases = home.url.appendingPathComponent("cases.csv")
        try ("officer_id,name,team,mosovo\n" + (1...count).map { "OM\($0),Name \($0),North,trained\n" }.joined()).write(to: officers, atomically: true, encoding: .utf8)
        try ("case_id,officer_id,team,risk,location\n" + (1...count).map { "C\($0),OM\($0),North,low,community\n" }.joined()).write(to: cases, atomically: true, encoding: .utf8)
        let files = ["--officers", officers.path, "--cases", cases.path, "--as-of", "2026-12-05"]
        let check = try caseload.run(["import", "--check"] + files)
        #expect(check.stdout.hasPrefix(checked), "\(check.stdout)")
        let result = try caseload.run(["import"] + files)
        #expect(result.stdout.hasPrefix(imported), "\(result.stdout)\(result.stderr)")
    }

    @Test("one rule reads every name and code: case, spaces, hyphens and underscores alike", arguments: [
        ("Very High", "very_high"), ("very-high", "very_high"), ("VERY_HIGH", "very_high"), ("Approved Premises", "approved_premises"),
        ("approved-premises", "approved_premises"), ("Community", "community"),
    ])
    func codes(text: String, canonical: String) {
        #expect(SpreadsheetValues.choice(text, as: Risk.self)?.rawValue ?? SpreadsheetValues.choice(text, as: Location.self)?.rawValue == canonical)
    }

    @Test("yes/no and dates as spreadsheets write them, and what is still refused", arguments: [
        ("Yes", "true"), ("y", "true"), ("TRUE", "true"), ("1", "true"), ("No", "false"), ("n", "false"), ("0", "false"), ("maybe", "nil"),
    ])
    func yesNo(text: String, expected: String) {
        #expect(SpreadsheetValues.yesNo(text).map { String($0) } ?? "nil" == expected)
    }

    @Test("dates: ISO or the UK's day first, and nothing that is not a real day", arguments: [
        ("2026-12-05", "2026-12-05"), ("05/12/2026", "2026-12-05"), ("5/1/2027", "2027-01-05"), ("31/02/2026", "nil"), ("12/31/2026", "nil"),
        ("05/12/26", "nil"), ("05-12-2026", "nil"), ("01/01/3000", "nil"), ("٠٥/١٢/٢٠٢٦", "nil"),
    ])
    func dates(text: String, expected: String) {
        #expect(SpreadsheetValues.day(text)?.description ?? "nil" == expected)
    }

    @Test("import --check says what would come in and who would be flagged, and writes nothing, byte for byte")
    func check() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let files = [caseload.database, caseload.database + "-wal", caseload.database + "-shm"]
        let bytes = { try files.filter { FileManager.default.fileExists(atPath: $0) }.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } }
        let before = try bytes()
        let folder = CaseloadProcess.root.appendingPathComponent("fixtures/excel")
        let checked = try caseload.run(["import", "--check", "--officers", folder.appendingPathComponent("officers.csv").path,
                                        "--cases", folder.appendingPathComponent("cases.csv").path, "--as-of", "2026-12-05"])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("The files are valid: 4 officers and 5 cases (1 waiting for an officer) as of 2026-12-05. Nothing was written"))
        #expect(checked.stdout.contains("P4413 Lee Chan: away, with cases that need cover"), "\(checked.stdout)")
        #expect(try bytes() == before)
        let bad = CaseloadProcess.root.appendingPathComponent("fixtures/bad/repeated-mistakes")
        let refused = try caseload.run(["import", "--check", "--officers", bad.appendingPathComponent("officers.csv").path,
                                        "--cases", bad.appendingPathComponent("cases.csv").path])
        #expect(refused.status == 1 && refused.stderr.contains("the same on 10 more lines"))
        #expect(try bytes() == before)
    }
}
