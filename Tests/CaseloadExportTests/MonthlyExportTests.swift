import CaseloadCore
import CaseloadExport
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Exporting the monthly view")
struct MonthlyExportTests {
    static let hostileNames = [
        "=HYPERLINK(\"http://x\",\"y\")", "+44 20 7946 0000", "-1", "@SUM(A1)", "\u{1B}[2J\u{1B}]0;owned\u{7}Eve", "Zoë Ångström",
        "<script>alert(1)</script> & co", "\u{202E}evil",
    ]

    static func view(redacted: Bool = false) -> MonthlyView {
        let officers = hostileNames.enumerated().map { index, name in
            OfficerWorkload(
                officer: Officer(id: "OM\(index)", name: name, team: index % 2 == 0 ? "North" : "South", mosovo: .trained, approvedPremises: index == 1),
                workload: { var w = Workload(); w.low = 30 + index * 3; w.high = index * 2; w.community = 20; w.custody = 10 + index * 5; return w }())
        }
        let now = MonthSnapshot(month: Month("2026-11")!, asOf: Day("2026-11-15")!, officers: officers, unallocated: 4)
        let before = MonthSnapshot(month: Month("2026-10")!, asOf: Day("2026-10-31")!, officers: Array(officers.dropLast()), unallocated: 6)
        return MonthlyView(snapshot: now, previous: before, history: [before], limits: .standard, redacted: redacted)
    }

    static func allFormats(_ view: MonthlyView) -> [String: [UInt8]] {
        [
            "json": Array(MonthlyJSON.render(view).utf8), "csv": MonthlyCSV.render(view),
            "md": Array(MonthlyMarkdown.render(view).utf8), "html": Array(MonthlyHTML.render(view).utf8),
        ]
    }

    @Test("the reports a person reads say what a flag means, keep the marks, and cite no file of ours", arguments: ["md", "html"])
    func plainWords(format: String) throws {
        var view = Self.view()
        view.availability = AvailabilitySection(view: view, entries: [])
        let text = String(decoding: Self.allFormats(view)[format]!, as: UTF8.self)
        for flag in Flag.allCases where text.contains(flag.rawValue) { Issue.record("\(format) says \(flag.rawValue)") }
        for word in ["§", "seed", "buddy_id", "mosovo_course_on", "officer_id"] where text.contains(word) { Issue.record("\(format) says \(word)") }
        #expect(text.contains("over the high-risk limit") && text.contains("Recommendation 19"))
        #expect(text.contains("%" + (format == "md" ? " !" : " !")), "the over mark stays beside the figure")
    }

    @Test("the trend chart's average never sits on the limit line", arguments: [(100, 80), (83, 80), (86, 80), (90, 80), (70, 80), (75, 80)])
    func averageLabel(dot: Int, limit: Int) {
        let y = MonthlyHTML.averageLabelY(dot: dot, limit: limit)
        #expect(!(y - 11...y + 4).contains(limit), "label baseline \(y) touches the limit at \(limit)")
        #expect(y == dot - 6 || y == dot + 14)
    }

    @Test("no raw control character or escape sequence reaches any format", arguments: ["json", "csv", "md", "html"])
    func noControlBytes(format: String) throws {
        let bytes = try #require(Self.allFormats(Self.view())[format])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
    }

    @Test("redacted, no officer name appears in any format", arguments: ["json", "csv", "md", "html"])
    func redacted(format: String) throws {
        let text = String(decoding: try #require(Self.allFormats(Self.view(redacted: true))[format]), as: UTF8.self)
        for name in ["HYPERLINK", "+44 20", "SUM(A1)", "owned", "Zoë", "alert(1)", "evil"] {
            #expect(!text.contains(name), "\(format) shows \(name)")
        }
        #expect(text.contains("OM5"))
    }

    /// The rows of a CSV rendering, header first.
    static func csvRows(_ bytes: [UInt8]) -> [[String]] {
        var reader = CSVReader(bytes: bytes)
        var rows: [[String]] = []
        while let record = reader.next() { rows.append(record.fields.map(\.value)) }
        #expect(reader.takeProblems().isEmpty)
        return rows
    }

    @Test("CSV: a byte order mark, the header first, a row per officer, team or the force as asked; formulas neutralised",
          arguments: [(MonthlyCSV.Rows.officers, 8), (.teams, 2), (.force, 1)])
    func csv(rows kind: MonthlyCSV.Rows, count: Int) throws {
        let bytes = MonthlyCSV.render(Self.view(), rows: kind)
        #expect(Array(bytes.prefix(3)) == MonthlyCSV.byteOrderMark)
        let rows = Self.csvRows(Array(bytes))
        #expect(rows.first == MonthlyCSV.columns(kind))
        #expect(rows.count == count + 1 && rows.allSatisfy { $0.count == MonthlyCSV.columns(kind).count })
        #expect(rows.dropFirst().allSatisfy { $0[0] == "2026-11" })
        if kind == .officers {
            #expect(rows.dropFirst().prefix(4).map { $0[2] } == ["'=HYPERLINK(\"http://x\",\"y\")", "'+44 20 7946 0000", "'-1", "'@SUM(A1)"])
        }
    }

    @Test("on the demo, every row says so in a demo column, and no banner line comes before the header")
    func demoColumn() {
        var view = Self.view()
        view.isDemo = true
        let rows = Self.csvRows(Array(MonthlyCSV.render(view)))
        #expect(rows.first?.first == "month" && rows.first?.last == "demo")
        #expect(rows.dropFirst().allSatisfy { $0.last == "yes" })
    }

    @Test("JSON keeps DESIGN.md's names in order")
    func jsonKeys() throws {
        let json = MonthlyJSON.render(Self.view())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["month", "limits", "officers", "teams", "force"])
        let officer = try #require((object["officers"] as? [[String: Any]])?.first)
        #expect(Set(officer.keys) == [
            "officer_id", "name", "team", "fte", "mosovo", "approved_premises", "cases", "high_risk", "high_risk_pct", "community",
            "custody", "approved_premises_cases", "hospital", "level2", "level3", "limit", "reduction", "available", "very_high", "covering",
            "under_cover", "on_hold", "explained_by_ap", "reviews_overdue", "change_high_risk_pct", "flags", "change_cases",
        ])
        let keyOrder = json.components(separatedBy: "\n").prefix(40).compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("\""), let end = trimmed.dropFirst().firstIndex(of: "\"") else { return nil }
            return String(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
        }
        #expect(Array(keyOrder.prefix(6)) == ["month", "limits", "max_cases", "max_high_risk_pct", "near", "officers"])
        let last = try #require((object["officers"] as? [[String: Any]])?.last)
        #expect(last["change_cases"] is NSNull)

        var demo = Self.view()
        demo.isDemo = true
        #expect(MonthlyJSON.render(demo).hasPrefix("{\n  \"demo\": true,\n  \"month\": "), "the demo says so first")
    }

    @Test("HTML is well-formed XML with one cases bar and one risk bar per officer")
    func html() throws {
        let html = MonthlyHTML.render(Self.view())
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "parse error: \(String(describing: parser.parserError))")
        #expect(counter.classes["cases-bar"] == 8)
        #expect(counter.classes["risk-bar"] == 8)
        #expect(counter.elements["svg"] == 3)
        #expect(counter.elements["script"] == nil)
        #expect(!html.contains("http://x\""))
    }
}

/// Counts elements and class names as an XML parser meets them.
final class ElementCounter: NSObject, XMLParserDelegate {
    var elements: [String: Int] = [:]
    var classes: [String: Int] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements[name, default: 0] += 1
        for offender in (attributes["class"] ?? "").split(separator: " ") { classes[String(offender), default: 0] += 1 }
    }

    @Test("the month grows up: each officer's change in high-risk share, the force's median wait and overdue reviews, in every format")
    func newFields() throws {
        var view = MonthlyExportTests.view()
        view.activity.medianWaitDays = 12.5
        let json = try #require(try JSONSerialization.jsonObject(with: Data(MonthlyJSON.render(view).utf8)) as? [String: Any])
        let officers = try #require(json["officers"] as? [[String: Any]])
        let force = try #require(json["force"] as? [String: Any])
        #expect(force["median_wait_days"] as? Double == 12.5 && force["reviews_overdue"] as? Int == 0)
        #expect(officers.first?["change_high_risk_pct"] as? Double == 0.0, "same share as the month before")
        #expect(officers.last?["change_high_risk_pct"] is NSNull, "not in the month before")
        let csv = String(decoding: MonthlyCSV.render(view), as: UTF8.self)
        #expect(csv.contains("change_cases,change_high_risk_pct"))
        let forceCSV = String(decoding: MonthlyCSV.render(view, rows: .force), as: UTF8.self)
        #expect(forceCSV.contains("median_wait_days,reviews_overdue") && forceCSV.contains(",12.5,0,"))
        for format in ["md", "html"] {
            let text = String(decoding: MonthlyExportTests.allFormats(view)[format]!, as: UTF8.self)
            #expect(text.contains("The cases allocated this month waited a median of 12.5 days from referral."), "\(format)")
            #expect(text.contains("High-risk change"), "\(format)")
        }
    }

    @Test("the HTML draws each team's next 12 weeks against its capacity when the month is the current one, and not otherwise")
    func aheadChart() throws {
        var view = MonthlyExportTests.view()
        #expect(!MonthlyHTML.render(view).contains("the next 12 weeks"))
        view.ahead = Ahead(figures: view.figures, counts: [:], referrals: ["North": 24], asOf: view.asOf, weeks: 12)
        let html = MonthlyHTML.render(view)
        for team in view.figures.teams {
            #expect(html.contains("<h3>\(team.team): the next 12 weeks</h3>"))
            #expect(html.contains("<title id=\"ahead-\(team.team)-title\">\(team.team): cases against capacity over the next 12 weeks</title>"))
        }
        #expect(html.contains("line: cases at 2.0 referrals and 0.0 endings a week"))
        #expect(html.components(separatedBy: "<polyline class=\"line\"").count - 1 == 1 + view.figures.teams.count, "the trend and one a team")
    }
}
