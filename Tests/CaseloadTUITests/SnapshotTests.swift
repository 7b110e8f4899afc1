import CaseloadCore
import CaseloadTUI
import Foundation
import Testing

/// Every screen of the demo rendered into the in-memory terminal, compared as text (and the meaning of every cell)
/// with files under Tests/CaseloadTUITests/Snapshots. After a deliberate change, regenerate them with
/// `CASELOAD_UPDATE_GOLDEN=1 swift test --filter SnapshotTests` and read the diff before committing.
@Suite("Screens as text")
struct SnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static let screens: [(name: String, keys: [Key])] = [
        ("officers", []),
        ("officer", [.down, .enter]),
        ("flagged-officer", [.enter]),
        ("transfer", [.enter, .enter]),
        ("transfer-reason", [.enter, .enter, .enter]),
        ("queue", [.character("u")]),
        ("suggest", [.character("u"), .enter]),
        ("confirm", [.character("u"), .enter, .enter]),
        ("override", [.character("u"), .enter, .end, .enter]),
        ("plan", [.character("p")]),
        ("rebalance", [.character("R")]),
        ("whatif", [.character("w")]),
        ("notice", [.enter, .character("L")]),
        ("teams", [.control("t")]),
        ("search", [.character("/")] + DemoData.typing("an")),
        ("monthly", [.character("m")]),
        ("ahead", [.character("a")]),
        ("help", [.character("?")]),
    ]

    static let sizes = [(80, 24), (120, 40), (200, 60)]

    static let cases: [(String, Int, Int, Bool)] = screens.flatMap { screen in
        sizes.flatMap { size in [true, false].map { (screen.name, size.0, size.1, $0) } }
    }

    @Test("each screen at 80x24, 120x40 and 200x60 keeps its promises: help ends the bar, no heading is cut, the counter stands clear",
          arguments: screens.flatMap { screen in sizes.map { (screen.name, $0.0, $0.1) } })
    func promises(name: String, width: Int, height: Int) throws {
        let data = try DemoData.data()
        let (state, _) = DemoData.state(after: Self.screens.first { $0.name == name }!.keys, data: data, height: height)
        let canvas = Renderer.render(state, data, theme: .monochrome, width: width, height: height)
        let lines = canvas.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let bar = lines[height - 1].trimmingCharacters(in: .whitespaces)
        #expect(bar.hasSuffix("? help") || bar.hasSuffix("F1 help"), "the bar: \(bar)")
        let headings = lines[ScreenLayout.headerRow]
        #expect(!headings.contains("…"), "a heading is cut: \(headings)")
        let status = lines[ScreenLayout.statusRow]
        if let counter = status.firstMatch(of: /([\d,]+) of ([\d,]+) $/) {
            let start = status.distance(from: status.startIndex, to: counter.range.lowerBound)
            let before = status.prefix(start)
            #expect(before.hasSuffix(" "), "the counter touches the status text: \(status)")
            #expect(start >= width - 26, "the counter is out of its place: \(status)")
        }
        for line in lines { #expect(line.displayWidth <= width) }
    }

    @Test("the home screen's summary keeps every fact of the force at every size, in full where it fits", arguments: sizes)
    func summaryWhole(width: Int, height: Int) throws {
        let data = try DemoData.data()
        let summary = Renderer.render(AppState(supervisor: "x"), data, theme: .monochrome, width: width, height: height).text
            .split(separator: "\n")[ScreenLayout.summaryRow]
        for fact in ["24", "Cases 1,072", "Queue 6", "Avg 45.0", "1", "4 (AP 2)", "L2/3"] {
            #expect(summary.contains(fact), "\(fact) is missing at \(width): \(summary)")
        }
        #expect(!summary.contains("…"))
        #expect(summary.contains("Over high risk 4 (AP 2)") == (width >= 120), "short forms only where the full ones do not fit")
    }

    @Test("every flagged officer's reasons are read whole on their screen at 80 columns, in short words where sentences do not fit")
    func reasonsWhole() throws {
        let data = try DemoData.data()
        for officer in data.figures.breaching {
            var state = AppState(supervisor: "x")
            state.stack.append(Page(screen: .officer(id: officer.officer.id)))
            let status = Renderer.render(state, data, theme: .monochrome, width: 80, height: 24).text
                .split(separator: "\n")[ScreenLayout.statusRow]
            #expect(!status.contains("…"), "\(officer.officer.id): \(status)")
        }
    }

    @Test("200 columns show more of the officers than 120, and 120 more than 80")
    func widerShowsMore() throws {
        let data = try DemoData.data()
        let state = AppState(supervisor: "x")
        let headings = [80, 120, 200].map { width in
            Renderer.render(state, data, theme: .monochrome, width: width, height: 40).text.split(separator: "\n")[ScreenLayout.headerRow]
                .split(separator: " ").filter { Int($0) != nil }.count
        }
        #expect(headings[0] < headings[1] && headings[1] < headings[2], "columns at 80, 120, 200: \(headings)")
    }

    @Test("each screen at 80x24, 120x40 and 200x60, in colour and monochrome, matches its snapshot", arguments: cases)
    func snapshot(name: String, width: Int, height: Int, colour: Bool) throws {
        let data = try DemoData.data()
        let keys = Self.screens.first { $0.name == name }!.keys
        let (state, _) = DemoData.state(after: keys, data: data, height: height)
        let canvas = Renderer.render(state, data, theme: colour ? .colour : .monochrome, width: width, height: height)
        let rendered = canvas.text + "\n--- meaning of each cell (see Style) ---\n" + canvas.styleMap + "\n"
        let file = Self.folder.appendingPathComponent("\(name)-\(width)x\(height)-\(colour ? "colour" : "mono").txt")
        if ProcessInfo.processInfo.environment["CASELOAD_UPDATE_GOLDEN"] == "1" {
            try Data(rendered.utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(rendered == expected, "\(file.lastPathComponent) differs; see the suite's doc comment to regenerate")
    }

    @Test("below 80x24 the screen says how large it must be, wrapped to fit, shorter when space is short", arguments: [
        (79, 24, ["caseload needs a terminal of at least 80×24; this one is 79×24. Enlarge it, or", "press q to quit."]),
        (60, 20, ["caseload needs a terminal of at least 80×24; this one is", "60×20. Enlarge it, or press q to quit."]),
        (20, 10, ["caseload needs a", "terminal of at least", "80×24; this one is", "20×10. Enlarge it,", "or press q to quit."]),
        (10, 5, ["needs", "80×24; q", "quits"]),
        (1, 1, ["…"]),
    ])
    func tooSmall(width: Int, height: Int, lines: [String]) throws {
        let canvas = Renderer.render(AppState(supervisor: "x"), try DemoData.data(), theme: .colour, width: width, height: height)
        let shown = canvas.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for line in lines { #expect(shown.contains(line), "\(width)x\(height): \(shown)") }
    }

    @Test("monochrome bars carry the meaning in their glyphs; colour bars in their style")
    func themes() throws {
        let data = try DemoData.data()
        let mono = Renderer.render(AppState(supervisor: "x"), data, theme: .monochrome, width: 120, height: 40).text
        let colour = Renderer.render(AppState(supervisor: "x"), data, theme: .colour, width: 120, height: 40).text
        #expect(mono.contains("52/50! !!!!!!!"))
        #expect(mono.contains("~~~~~~"))
        #expect(!mono.contains("█"))
        #expect(colour.contains("52/50! ███████"))
    }
}
