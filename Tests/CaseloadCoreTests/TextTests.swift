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

    @Test("JSON strings escape what a terminal or parser would act on")
    func jsonEscaping() {
        let json = JSON.object([("name", .string("a\"b\\c\n\u{1B}\u{202E}")), ("pct", .percent(17.15)), ("none", .percent(nil))]).rendered()
        #expect(json == "{\n  \"name\": \"a\\\"b\\\\c\\n\\u001b\\u202e\",\n  \"pct\": 17.2,\n  \"none\": null\n}\n")
    }

    @Test("decimals round half away from zero", arguments: [
        (17.142857, "17.1"), (18.75, "18.8"), (20.0, "20.0"), (0.05, "0.1"), (0, "0.0"), (-0.04, "0.0"), (99.95, "100.0"),
    ])
    func decimals(value: Double, text: String) {
        #expect(formatDecimal(value) == text)
    }


    @Test("JSON writes numbers exactly as the text does: whole numbers as String does, decimals as formatDecimal", arguments: [
        (0.0, 1), (17.142857, 1), (-0.04, 1), (-1.25, 2), (99.95, 1), (20.0, 0), (0.005, 2), (123456.789, 3), (-7.5, 0), (1e16, 1),
    ])
    func jsonNumbers(value: Double, places: Int) {
        #expect(JSON.decimal(value, places: places).rendered() == formatDecimal(value, places: places) + "\n")
        for whole in [0, 7, -7, 10, 1_000_000, Int.max, Int.min, -100] {
            #expect(JSON.int(whole).rendered() == String(whole) + "\n")
        }
    }
    @Test("display width counts wide characters twice and combining marks not at all", arguments: [
        ("abc", 3), ("Zoë", 3), ("Zoe\u{308}", 3), ("王小明", 6), ("", 0),
    ])
    func displayWidth(text: String, width: Int) {
        #expect(text.displayWidth == width)
    }

    @Test("text tables align by display width")
    func table() {
        var table = TextTable(columns: [.init("NAME"), .init("CASES", alignRight: true)])
        table.append(["Zoë Ångström", "47"])
        table.append(["王小明", "5"])
        #expect(table.rendered() == "NAME          CASES\nZoë Ångström     47\n王小明            5\n")
    }
}
