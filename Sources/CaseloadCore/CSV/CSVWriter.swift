/// Writes RFC 4180 CSV into a byte buffer, quoting only where needed.
public struct CSVWriter: Sendable {
    /// Whether text cells are guarded against being run as formulas when opened in a spreadsheet.
    public enum Audience: Sendable {
        /// For caseload and other programs: text written exactly.
        case program
        /// For people opening it in a spreadsheet or reading it on a terminal: control characters shown escaped,
        /// and a text cell starting `=`, `+`, `-`, `@`, tab or CR gets a leading `'`.
        case spreadsheet
    }

    public private(set) var bytes: [UInt8] = []
    private let audience: Audience

    public init(audience: Audience, reservingCapacity capacity: Int = 0) {
        self.audience = audience
        bytes.reserveCapacity(capacity)
    }

    /// Appends one row of text cells.
    public mutating func writeRow(_ cells: [String]) {
        writeRow(cells.map(CSVCell.text))
    }

    /// Appends one row whose cells are numbers (written as they are) or text (guarded for the audience).
    public mutating func writeRow(_ cells: [CSVCell]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            switch cell {
            case .text(let text): writeText(text)
            case .number(let number): bytes.append(contentsOf: number.utf8)
            }
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func writeText(_ raw: String) {
        let text = audience == .spreadsheet ? Self.neutralised(raw.escapedForDisplay) : raw
        let needsQuotes = text.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        } || text.utf8.first == UInt8(ascii: " ") || text.utf8.last == UInt8(ascii: " ")
        guard needsQuotes else {
            bytes.append(contentsOf: text.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The text with a leading `'` if a spreadsheet would otherwise run it as a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first else { return text }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            return "'" + text
        default:
            return text
        }
    }
}

/// One cell of a CSV row: a number written as it is, or text that may need guarding.
public enum CSVCell: Hashable, Sendable {
    case text(String)
    case number(String)
}
