import CaseloadTUI
import Testing

@Suite("The in-memory screen")
struct CanvasTests {
    @Test("wide characters take two cells; combining marks none; text is cut to fit")
    func wide() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.put("王小明 ok", row: 0, column: 0)
        canvas.put("Zoë Ångström is long", row: 1, column: 0, limit: 10)
        #expect(canvas.text == "王小明 ok   \nZoë Ångst…  ")
        #expect(canvas.cell(row: 0, column: 1).text == "")
    }

    @Test("control characters and escape sequences never reach a cell raw", arguments: [
        "\u{1B}[2J\u{1B}]0;owned\u{7}", "a\u{202E}b", "tab\there", "\u{9B}31m",
    ])
    func escaped(text: String) {
        var canvas = Canvas(width: 40, height: 1)
        canvas.put(text, row: 0, column: 0)
        #expect(!canvas.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
        #expect(canvas.text.contains("\\"))
    }

    @Test("writing past the edges is clipped, not a crash")
    func clipped() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.put("abcdefgh", row: 0, column: 3)
        canvas.put("x", row: 4, column: 0)
        canvas.put("y", row: 0, column: -2)
        #expect(canvas.text == "   a…")
    }
}
