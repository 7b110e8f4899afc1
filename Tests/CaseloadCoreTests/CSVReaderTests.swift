import CaseloadCore
import Testing

@Suite("Reading RFC 4180 CSV")
struct CSVReaderTests {
    /// Reads every record of the text, returning the values with their lines, and the problems.
    static func read(_ bytes: [UInt8]) -> (records: [[String]], lines: [Int], problems: [CSVProblem]) {
        var reader = CSVReader(bytes: bytes)
        var records: [[String]] = []
        var lines: [Int] = []
        while let record = reader.next() {
            records.append(record.fields.map(\.value))
            lines.append(record.line)
        }
        return (records, lines, reader.takeProblems())
    }

    static func read(_ text: String) -> (records: [[String]], lines: [Int], problems: [CSVProblem]) { read(Array(text.utf8)) }

    @Test("well-formed input", arguments: [
        ("a,b\n1,2\n", [["a", "b"], ["1", "2"]], [1, 2]),
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]], [1, 2]),
        ("a,b\n1,2", [["a", "b"], ["1", "2"]], [1, 2]),
        ("\u{FEFF}a,b\n1,2\n", [["a", "b"], ["1", "2"]], [1, 2]),
        ("a,b\n\"x, y\",2\n", [["a", "b"], ["x, y", "2"]], [1, 2]),
        ("a,b\n\"say \"\"hi\"\"\",2\n", [["a", "b"], ["say \"hi\"", "2"]], [1, 2]),
        ("a,b\n\"two\nlines\",2\n3,4\n", [["a", "b"], ["two\nlines", "2"], ["3", "4"]], [1, 2, 4]),
        ("a,b\n\n1,2\n\r\n3,4\n", [["a", "b"], ["1", "2"], ["3", "4"]], [1, 3, 5]),
        ("a,b\n  1 ,\t2\t\n", [["a", "b"], ["1", "2"]], [1, 2]),
        ("a,b\n \"q\" , x\n", [["a", "b"], ["q", "x"]], [1, 2]),
        ("a,b\n,\n", [["a", "b"], ["", ""]], [1, 2]),
        ("a\n\"\"\n", [["a"], [""]], [1, 2]),
        ("a,b\nx\u{1B}[2J,2\n", [["a", "b"], ["x\u{1B}[2J", "2"]], [1, 2]),
        ("a\nZoë Ångström\n", [["a"], ["Zoë Ångström"]], [1, 2]),
    ])
    func wellFormed(text: String, records: [[String]], lines: [Int]) {
        let result = Self.read(text)
        #expect(result.problems.isEmpty)
        #expect(result.records == records)
        #expect(result.lines == lines)
    }

    @Test("syntax problems name the line and field, and the reading goes on where it can", arguments: [
        ("a,b\n1,\"open\n2,3\n", 2, 1, "never closed", [["a", "b"]]),
        ("a,b\n1,x\"y\n2,3\n", 2, 1, "quote inside an unquoted value", [["a", "b"], ["2", "3"]]),
        ("a,b\n\"x\"y,1\n2,3\n", 2, 0, "text follows the closing quote", [["a", "b"], ["2", "3"]]),
        ("a,b\n\"multi\nline\" z,1\n2,3\n", 3, 0, "text follows the closing quote", [["a", "b"], ["2", "3"]]),
        ("a,b\n1,x\u{0}y\n2,3\n", 2, 1, "NUL byte", [["a", "b"], ["2", "3"]]),
    ])
    func problems(text: String, line: Int, field: Int, message: String, records: [[String]]) throws {
        let result = Self.read(text)
        let problem = try #require(result.problems.first)
        #expect(result.problems.count == 1)
        #expect(problem.line == line)
        #expect(problem.field == field)
        #expect(problem.message.contains(message))
        #expect(result.records == records)
    }

    @Test("invalid UTF-8 in a field is a problem on its line", arguments: [
        [0xC3, 0x28], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF],
        [0xF8, 0x88, 0x80, 0x80, 0x80],
    ] as [[UInt8]])
    func invalidUTF8(sequence: [UInt8]) throws {
        let result = Self.read(Array("a,b\n1,".utf8) + sequence + Array("\n2,3\n".utf8))
        let problem = try #require(result.problems.first)
        #expect(problem.line == 2 && problem.field == 1 && problem.message.contains("not UTF-8"))
        #expect(result.records == [["a", "b"], ["2", "3"]])
    }

    @Test("valid multi-byte UTF-8 of every length reads back unchanged")
    func validUTF8() {
        let text = "a\nZoë Ångström €5 王 𝄞 — long enough to cross eight-byte words\n"
        #expect(Self.read(text).records == [["a"], ["Zoë Ångström €5 王 𝄞 — long enough to cross eight-byte words"]])
    }

    @Test("files that are not UTF-8 CSV at all stop at line 1", arguments: [
        ([UInt8](), "empty"),
        ([0xFF, 0xFE, 0x61, 0x00], "UTF-16"),
        ([0xFE, 0xFF, 0x00, 0x61], "UTF-16"),
        ([0x50, 0x4B, 0x03, 0x04, 0x00], "spreadsheet workbook"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1], "Excel 97-2003"),
    ])
    func notCSV(bytes: [UInt8], message: String) throws {
        let result = Self.read(bytes)
        #expect(result.records.isEmpty)
        let problem = try #require(result.problems.first)
        #expect(problem.line == 1 && problem.message.contains(message))
    }

    @Test("a value may be 1,000 bytes long after trimming and undoubling quotes, and no longer", arguments: [
        (999, false, true), (1_000, false, true), (1_001, false, false),
        (999, true, true), (1_000, true, true), (1_001, true, false),
    ])
    func fieldLength(length: Int, quoted: Bool, accepted: Bool) throws {
        let inner = String(repeating: "x", count: length - 2)
        let value = quoted ? "\"" + inner + "\"" : "<" + inner + ">"
        let field = quoted ? "\"\"\"" + inner + "\"\"\"" : value
        let result = Self.read("a,b\n" + field + "  ,1\n2,3\n")
        if accepted {
            #expect(result.problems.isEmpty)
            #expect(result.records == [["a", "b"], [value, "1"], ["2", "3"]])
        } else {
            let problem = try #require(result.problems.first)
            #expect(problem.line == 2 && problem.field == 0)
            #expect(problem.message == "the value is 1,001 bytes long; a value may be at most 1,000")
            #expect(result.records == [["a", "b"], ["2", "3"]])
        }
    }

    @Test("a record may have 1,000 fields and no more, wherever it is", arguments: [
        (999, true), (1_000, true), (1_001, false),
    ])
    func fieldCount(count: Int, accepted: Bool) throws {
        let wide = Array(repeating: "v", count: count).joined(separator: ",")
        let result = Self.read("a,b\n" + wide + "\n2,3\n" + wide + "\n")
        if accepted {
            #expect(result.problems.isEmpty)
            #expect(result.records.map(\.count) == [2, count, 2, count])
        } else {
            #expect(result.problems.map(\.line) == [2, 4])
            #expect(result.problems.allSatisfy { $0.field == 1_000 && $0.message.hasPrefix("the row has more than 1,000 fields") })
            #expect(result.records == [["a", "b"], ["2", "3"]])
        }
    }

    @Test("the writer's output reads back as the same values", arguments: [
        ["plain", "with, comma", "with \"quotes\"", "two\nlines", " padded ", "", "Zoë"],
    ])
    func roundTrip(values: [String]) {
        var writer = CSVWriter(audience: .program)
        writer.writeRow(values)
        let result = Self.read(writer.bytes)
        #expect(result.problems.isEmpty)
        #expect(result.records == [values.map { $0.trimmingCharacters(in: " ") }])
    }

    @Test("for spreadsheets, formulas get a leading quote and control characters show escaped; numbers are kept", arguments: [
        ("=1+1", "'=1+1"), ("+44 20", "'+44 20"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "\\tx"),
        ("\rx", "\\rx"), ("Smith", "Smith"), ("a=b", "a=b"), ("\u{1B}[2J", "\\u{001B}[2J"),
    ])
    func formulaGuard(text: String, written: String) {
        var writer = CSVWriter(audience: .spreadsheet)
        writer.writeRow([.text(text), .number("-3.5")])
        #expect(String(decoding: writer.bytes, as: UTF8.self) == written + ",-3.5\n")
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return String(text)
    }
}
