import CaseloadCore
import CaseloadStore
import CaseloadTUI
import Foundation
import Testing

/// Every screen drawn with fixtures/hostile, whose names, ids and teams hold terminal escapes, bidi overrides,
/// zero-width characters and very long text: what reaches the terminal is escaped, and still fits the screen.
@Suite("Hostile text on every screen")
struct HostileScreenTests {
    static func data() throws -> DashboardData {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fixtures/hostile")
        let force = try ImportFiles.load(
            officers: folder.appendingPathComponent("officers.csv").path, cases: folder.appendingPathComponent("cases.csv").path)
        return DashboardData(force: force, snapshots: [], limits: .standard, today: DemoData.today)
    }

    /// The keys to every screen: the list, each officer, the queue, each case's suggestions and confirmation, the month, help, a search.
    static let journeys: [[Key]] = [[], [.character("m")], [.character("?")], [.character("u")]]
        + (0..<9).map { Array(repeating: Key.down, count: $0) + [.enter] }
        + (0..<4).flatMap { row in
            let suggest = [Key.character("u")] + Array(repeating: Key.down, count: row) + [.enter]
            return [suggest, suggest + [.enter]]
        }
        + [[.character("/")] + DemoData.typing("\u{1B}[2J"), [.character("/")] + DemoData.typing("Zero")]

    @Test("no raw control, bidi or zero-width character is drawn, at 80x24 and 200x50", arguments: [(80, 24), (200, 50)])
    func nothingRaw(width: Int, height: Int) throws {
        let data = try Self.data()
        for keys in Self.journeys {
            let (state, _) = DemoData.state(after: keys, data: data, height: height)
            let canvas = Renderer.render(state, data, theme: .colour, width: width, height: height)
            let lines = canvas.text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count <= height)
            for line in lines {
                #expect(String(line).escapedForDisplay == line, "\(keys): \(line.debugDescription)")
                #expect(String(line).displayWidth <= width, "\(keys): a line is wider than the screen")
            }
        }
    }

    @Test("the escapes are visible as text, so a supervisor can see what is in the data")
    func visible() throws {
        let data = try Self.data()
        let list = Renderer.render(DemoData.state(after: [], data: data, height: 50).0, data, theme: .colour, width: 200, height: 50).text
        #expect(list.contains("\\u{001B}[2J\\u{001B}[HClear"))
        #expect(list.contains("Bidi \\u{202E}loot\\u{202C} N…"), "a name is cut to its column")
        let queue = Renderer.render(DemoData.state(after: [.character("u")], data: data, height: 50).0, data, theme: .colour, width: 200, height: 50).text
        #expect(queue.contains(" C\\u{001B}…        – =1+1"), "the id cut to its column, escaped, beside the team")
    }
}
