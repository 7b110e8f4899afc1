import CaseloadCore
import Foundation
import Testing

/// A force whose names, ids and teams hold terminal escapes, bidi overrides, zero-width characters, markup, formulas
/// and very long text (fixtures/hostile): no command lets a raw control character out, and no CSV cell is a formula.
@Suite("Hostile text in every output")
struct HostileTextTests {
    static let hostile = CaseloadProcess.root.appendingPathComponent("fixtures/hostile")
    static let queue = ["C\u{1B}]52;c;ZXZpbA==\u{07}clip", "Q\u{202E}2", "Q3\r\nfake: line", "Q4" + String(repeating: "x", count: 900)]

    /// The commands run, each with the formats it offers; the allocation commands change the database in this order.
    static let commands: [[String]] = [
        ["flags"], ["flags", "--format", "json"], ["flags", "--format", "csv"],
        ["audit"], ["plan"], ["plan", "--format", "json"], ["rebalance"], ["rebalance", "--format", "json"],
    ] + queue.flatMap { [["suggest", $0], ["suggest", $0, "--format", "json"]] } + [
        ["allocate", queue[1], "OM\u{202E}3", "--by", "sgt\u{1B}[2J", "--override", "--reason", "other", "--note", "n\u{1B}[2J\u{202E}"],
        ["transfer", queue[1], "--from", "OM\u{202E}3", "--to", "OM\u{1B}[31m7", "--by", "sgt\u{1B}[2J", "--reason", "other", "--note", "\u{9B}31m", "--override"],
        ["allocate", "NOPE\u{1B}]0;pwned\u{07}", "OM1", "--by", "x"],
        ["allocate", queue[1], "OM1", "--by", "x"],
        ["transfer", queue[1], "--from", "OM\u{9B}9", "--to", "OM1", "--by", "x", "--reason", "other", "--note", "x"],
        ["audit", "--format", "json"], ["audit", queue[1]],
        ["rebalance", "--apply", "--by", "sgt\u{200B}"], ["plan", "--apply", "--by", "sgt\u{2066}"],
        ["notice", "--over", "--by", "sgt\u{1B}[2J"], ["notice", "--over", "--format", "txt", "--by", "x"], ["availability"],
        ["whatif", "--absent", "OM1"], ["whatif", "--absent", "OM1", "--format", "json"],
    ] + ["csv", "json", "md", "html"].flatMap { format in
        [["export", "--month", "2026-11", "--format", format], ["export", "--month", "2026-11", "--format", format, "--redact"]]
    }

    @Test("no command writes a raw control, bidi or zero-width character to standard output or error (a CSV's BOM aside)",
          arguments: Backend.available)
    func nothingRaw(backend: Backend) throws {
        let home = try TemporaryFolder()
        let database = try CommandDatabase(backend, home: home.url)
        let caseload = database.caseload
        let imported = try caseload.run(CaseloadProcess.importing(Self.hostile))
        #expect(imported.status == 0, "\(imported.stderr)")
        var outputs = 0
        for command in [["import"]] + Self.commands {
            let result = command == ["import"] ? imported : try caseload.run(command)
            #expect(result.status != 2 && !result.stderr.contains("Error: "), "\(command): \(result.stderr)")
            let bom = "\u{FEFF}"
            let stdout = command.contains("csv") && result.stdout.hasPrefix(bom) ? String(result.stdout.dropFirst()) : result.stdout
            for (stream, text) in [("stdout", stdout), ("stderr", result.stderr)] {
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    #expect(String(line).escapedForDisplay == line, "\(command) \(stream) line \(number + 1): \(line.debugDescription)")
                }
                outputs += text.isEmpty ? 0 : 1
            }
        }
        #expect(outputs >= Self.commands.count)
    }

    @Test("hostile arguments are echoed escaped in usage errors", arguments: [
        ["flags", "--format", "\u{1B}[2Jx"], ["\u{1B}]0;pwned\u{07}"], ["export", "--month", "\u{9B}6n", "--format", "csv"],
        ["import", "--officers", "\u{1B}[2J.csv", "--cases", "\u{202E}.csv"], ["flags", "--db", "/nowhere/\u{1B}[2J/x.sqlite"],
    ])
    func hostileArguments(command: [String]) throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(command)
        #expect(!result.stderr.isEmpty)
        for line in (result.stdout + result.stderr).split(separator: "\n") {
            #expect(String(line).escapedForDisplay == line, "\(command): \(line.debugDescription)")
        }
    }

    @Test("the hostile text is shown escaped, not dropped")
    func shownEscaped() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        _ = try caseload.run(CaseloadProcess.importing(Self.hostile))
        let flags = try caseload.run(["flags"]).stdout
        #expect(flags.contains("\\u{001B}[2J\\u{001B}[HClear Screen"))
        #expect(flags.contains("Title\\u{001B}]0;pwned\\u{0007}Set"))
        #expect(flags.contains("OM\\u{202E}3"))
        #expect(flags.contains("Zero\\u{200B}Width\\u{2060}Joiner"))
        #expect(flags.contains("Long " + String(repeating: "W", count: 34) + "…"), "a long name is cut in a table")
        let json = try caseload.run(["flags", "--format", "json"]).stdout
        #expect(json.contains("\\u001b[2J\\u001b[HClear Screen"))
        #expect(json.contains("Long " + String(repeating: "W", count: 990)), "JSON keeps the whole value")
    }

    @Test("CSV written for spreadsheets starts no cell with a formula character", arguments: [
        ["flags", "--format", "csv"], ["export", "--month", "2026-11", "--format", "csv"],
    ])
    func noFormulas(command: [String]) throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        _ = try caseload.run(CaseloadProcess.importing(Self.hostile))
        let output = try caseload.run(command)
        var reader = CSVReader(bytes: Array(output.stdoutBytes))
        var cells: [String] = []
        while let record = reader.next() { cells += record.fields.map(\.value) }
        #expect(reader.takeProblems().isEmpty)
        #expect(cells.contains("'=HYPERLINK(\"http://evil.example\",\"open\")"), "the formula is kept, neutralised")
        for cell in cells {
            guard let first = cell.first, "=+-@\t\r".contains(first) else { continue }
            #expect(Double(cell) != nil, "\(command): the cell \(cell.debugDescription) would run as a formula")
        }
    }
}
