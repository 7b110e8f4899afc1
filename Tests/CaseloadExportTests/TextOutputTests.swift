import CaseloadCore
import CaseloadExport
import Testing

/// JSON and text tables as caseload writes them for tools and people.
@Suite("JSON and tables")
struct TextOutputTests {
    @Test("JSON strings escape what a terminal or parser would act on")
    func jsonEscaping() {
        let json = JSON.object([("name", .string("a\"b\\c\n\u{1B}\u{202E}")), ("pct", .percent(17.15)), ("none", .percent(nil))]).rendered()
        #expect(json == "{\n  \"name\": \"a\\\"b\\\\c\\n\\u001b\\u202e\",\n  \"pct\": 17.2,\n  \"none\": null\n}\n")
    }

    @Test("JSON written as it is made is laid out as the same value built first: nesting, empty objects and arrays, escapes")
    func streamed() {
        let tree = JSON.object([
            ("id", .string("O\"1")), ("none", .object([])), ("empty", .array([])),
            ("rows", .array([.object([("n", .int(1)), ("tags", .array([.string("a"), .null]))]), .int(-20), .array([])])),
            ("last", .decimal(2.345, places: 2)),
        ])
        var writer = JSONWriter()
        writer.object { json in
            json.member("id", .string("O\"1"))
            json.key("none")
            json.object { _ in }
            json.key("empty")
            json.array { _ in }
            json.key("rows")
            json.array { json in
                json.object { json in
                    json.member("n", .int(1))
                    json.member("tags", .array([.string("a"), .null]))
                }
                json.value(.int(-20))
                json.array { _ in }
            }
            json.member("last", .decimal(2.345, places: 2))
        }
        #expect(writer.rendered() == tree.rendered())
        #expect(tree.rendered() == """
            {
              "id": "O\\"1",
              "none": {},
              "empty": [],
              "rows": [
                {
                  "n": 1,
                  "tags": [
                    "a",
                    null
                  ]
                },
                -20,
                []
              ],
              "last": 2.35
            }

            """)
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

    @Test("text tables align by display width")
    func table() {
        var table = TextTable(columns: [.init("NAME"), .init("CASES", alignRight: true)])
        table.append(["Zoë Ångström", "47"])
        table.append(["王小明", "5"])
        #expect(table.rendered() == "NAME          CASES\nZoë Ångström     47\n王小明            5\n")
    }
}
