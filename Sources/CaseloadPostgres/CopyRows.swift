import CaseloadStore

/// Rows in the text format of PostgreSQL's `COPY … FROM STDIN`: tab between values, newline after each row, `\N` for
/// NULL, `t`/`f` for booleans, and backslash, tab, newline and carriage return inside a value escaped.
enum CopyRows {
    /// Bytes of rows sent to the server at once.
    static let batchBytes = 1 << 20

    /// Appends one row.
    static func append(_ row: [SQLValue], to buffer: inout [UInt8]) {
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            switch value {
            case .null: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")])
            case .integer(let number): buffer.append(contentsOf: String(number).utf8)
            case .bool(let flag): buffer.append(flag ? UInt8(ascii: "t") : UInt8(ascii: "f"))
            case .text(let text): append(text, to: &buffer)
            }
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    /// Appends text, escaped.
    private static func append(_ value: String, to buffer: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\t"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "\n"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default: buffer.append(byte)
            }
        }
    }
}
