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
        ("queue", [.character("u")]),
        ("suggest", [.character("u"), .enter]),
        ("confirm", [.character("u"), .enter, .enter]),
        ("monthly", [.character("m")]),
        ("help", [.character("?")]),
    ]

    static let cases: [(String, Int, Int, Bool)] = screens.flatMap { screen in
        [(80, 24), (120, 40)].flatMap { size in [true, false].map { (screen.name, size.0, size.1, $0) } }
    }

    @Test("each screen at 80x24 and 120x40, in colour and monochrome, matches its snapshot", arguments: cases)
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
