import CaseloadCore
import Testing

@Suite("Text shown to people and tools")
struct TextTests {
    @Test("control characters and invisible formatting are shown escaped", arguments: [
        ("Aisha Khan", "Aisha Khan"),
        ("Zoë Ångström", "Zoë Ångström"),
        ("\u{1B}[2Jgone", "\\u{001B}[2Jgone"),
        ("\u{1B}]0;title\u{7}", "\\u{001B}]0;title\\u{0007}"),
        ("tab\there\nnew", "tab\\there\\nnew"),
        ("\u{202E}evil", "\\u{202E}evil"),
        ("zero\u{200B}width", "zero\\u{200B}width"),
        ("c1\u{9B}31m", "c1\\u{009B}31m"),
        ("del\u{7F}", "del\\u{007F}"),
    ])
    func escaped(raw: String, shown: String) {
        #expect(raw.escapedForDisplay == shown)
    }

    @Test("long values are cut in messages")
    func quotedForMessage() {
        let long = String(repeating: "x", count: 5000)
        #expect(long.quotedForMessage() == "'" + String(repeating: "x", count: 40) + "…' (5000 bytes)")
    }

    @Test("decimals round half away from zero", arguments: [
        (17.142857, "17.1"), (18.75, "18.8"), (20.0, "20.0"), (0.05, "0.1"), (0, "0.0"), (-0.04, "0.0"), (99.95, "100.0"),
    ])
    func decimals(value: Double, text: String) {
        #expect(formatDecimal(value) == text)
    }

    @Test("display width counts wide characters twice and combining marks not at all", arguments: [
        ("abc", 3), ("Zoë", 3), ("Zoe\u{308}", 3), ("王小明", 6), ("", 0),
    ])
    func displayWidth(text: String, width: Int) {
        #expect(text.displayWidth == width)
    }
}
