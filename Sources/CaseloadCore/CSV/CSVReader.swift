/// Reads RFC 4180 CSV from UTF-8 bytes, one record at a time, noting every problem with its line.
///
/// Quoted fields may hold commas, doubled quotes and newlines; CRLF and a UTF-8 byte order mark are
/// accepted; values are trimmed of spaces, tabs and line breaks. A record with a problem is skipped and
/// the problem kept in `problems`; a problem that makes the rest unreadable (an unterminated quote, a
/// file in another encoding) ends the reading. A value longer than `maximumFieldBytes`, or a record of more
/// than `maximumFields` fields, is a problem found without copying it, so a hostile file costs no more memory
/// than its own bytes.
public struct CSVReader: Sendable {
    /// The longest value accepted: every value in the contract is an id, a name, a team or a code.
    public static let maximumFieldBytes = 1_000
    /// The most fields a record may have: the contract's files have ten columns or fewer.
    public static let maximumFields = 1_000

    private let bytes: [UInt8]
    private var position: Int
    private var line = 1
    /// Problems found so far, in line order; take them with `takeProblems()`.
    public private(set) var problems: [CSVProblem] = []
    /// Set once the rest of the file cannot be read.
    public private(set) var stopped = false
    /// Whether the whole file is valid UTF-8, so fields need no checking one by one.
    private let isValidUTF8: Bool
    /// Fields in the last record read, to size the next one's array at once rather than growing it.
    private var lastFieldCount = 0

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        position = 0
        isValidUTF8 = Self.isValidUTF8(bytes)
        if let problem = Self.encodingProblem(bytes) {
            problems.append(problem)
            stopped = true
            position = bytes.count
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
        }
    }

    /// Returns the problems found so far and forgets them.
    public mutating func takeProblems() -> [CSVProblem] {
        defer { problems.removeAll(keepingCapacity: true) }
        return problems
    }

    /// The next well-formed record, skipping blank lines and records with problems; nil at the end.
    public mutating func next() -> CSVRecord? {
        let bytes = self.bytes
        return bytes.withUnsafeBufferPointer { buffer in
            while !stopped && position < buffer.count {
                if let record = readRecord(buffer) { return record }
            }
            return nil
        }
    }

    private mutating func readRecord(_ buffer: UnsafeBufferPointer<UInt8>) -> CSVRecord? {
        let end = buffer.count
        if let length = lineBreakLength(buffer, at: position) {
            position += length
            line += 1
            return nil
        }
        let recordLine = line
        var fields: [CSVField] = []
        fields.reserveCapacity(lastFieldCount)
        var problem: CSVProblem?
        while true {
            let fieldLine = line
            if fields.count == Self.maximumFields && problem == nil {
                problem = CSVProblem(
                    line: line, field: fields.count,
                    message: "the row has more than \(formatCount(Self.maximumFields)) fields; check that this is the right file")
            }
            var p = position
            while p < end && (buffer[p] == .space || buffer[p] == .tab) { p += 1 }
            var value: String?
            if p < end && buffer[p] == .quote {
                p += 1
                let start = p
                var hasDoubledQuotes = false
                while true {
                    guard p < end else {
                        problems.append(CSVProblem(
                            line: fieldLine, field: fields.count,
                            message: "a quoted field opens here and is never closed; end it with a \" before the next comma"))
                        stopped = true
                        position = end
                        return nil
                    }
                    let byte = buffer[p]
                    if byte == .quote {
                        if p + 1 < end && buffer[p + 1] == .quote {
                            hasDoubledQuotes = true
                            p += 2
                            continue
                        }
                        break
                    }
                    if byte == .lineFeed { line += 1 }
                    p += 1
                }
                let contentEnd = p
                p += 1
                while p < end && (buffer[p] == .space || buffer[p] == .tab) { p += 1 }
                if p < end && buffer[p] != .comma && lineBreakLength(buffer, at: p) == nil {
                    problem = problem ?? CSVProblem(
                        line: line, field: fields.count,
                        message: "text follows the closing quote; put the whole value inside the quotes")
                    p = skipToLineEnd(buffer, from: p)
                }
                if problem == nil {
                    value = decodeField(buffer, start..<contentEnd, unescape: hasDoubledQuotes, line: fieldLine, field: fields.count, problem: &problem)
                }
            } else {
                let start = position
                while p < end {
                    let byte = buffer[p]
                    if byte == .comma || byte == .lineFeed || (byte == .carriageReturn && p + 1 < end && buffer[p + 1] == .lineFeed) { break }
                    if byte == .quote && problem == nil {
                        problem = CSVProblem(
                            line: line, field: fields.count,
                            message: "a quote inside an unquoted value; quote the whole value and double the quote (\"\")")
                    }
                    p += 1
                }
                if problem == nil {
                    value = decodeField(buffer, start..<p, unescape: false, line: fieldLine, field: fields.count, problem: &problem)
                }
            }
            if let value { fields.append(CSVField(value: value, line: fieldLine)) }
            if p < end && buffer[p] == .comma {
                position = p + 1
                continue
            }
            if let length = lineBreakLength(buffer, at: p) {
                p += length
                line += 1
            }
            position = p
            break
        }
        if let problem {
            problems.append(problem)
            return nil
        }
        lastFieldCount = fields.count
        return CSVRecord(line: recordLine, fields: fields)
    }

    private func decodeField(
        _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, unescape: Bool, line: Int, field: Int,
        problem: inout CSVProblem?
    ) -> String? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && buffer[lower].isTrimmable { lower += 1 }
        while upper > lower && buffer[upper - 1].isTrimmable { upper -= 1 }
        let slice = UnsafeBufferPointer(rebasing: buffer[lower..<upper])
        let length = unescape ? slice.count - slice.count(where: { $0 == .quote }) / 2 : slice.count
        if length > Self.maximumFieldBytes {
            problem = CSVProblem(
                line: line, field: field,
                message: "the value is \(formatCount(length)) bytes long; a value may be at most \(formatCount(Self.maximumFieldBytes))")
            return nil
        }
        if slice.contains(0) {
            problem = CSVProblem(line: line, field: field, message: "contains a NUL byte; save the file as UTF-8 text")
            return nil
        }
        let text: String?
        if unescape {
            var unescaped: [UInt8] = []
            unescaped.reserveCapacity(slice.count)
            var index = 0
            while index < slice.count {
                unescaped.append(slice[index])
                index += slice[index] == .quote ? 2 : 1
            }
            text = isValidUTF8 ? String(decoding: unescaped, as: UTF8.self) : String(validating: unescaped, as: UTF8.self)
        } else {
            text = isValidUTF8 ? String(decoding: slice, as: UTF8.self) : String(validating: slice, as: UTF8.self)
        }
        guard let text else {
            problem = CSVProblem(line: line, field: field, message: "contains bytes that are not UTF-8; save the file as UTF-8")
            return nil
        }
        return text
    }

    private func lineBreakLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index < buffer.count else { return nil }
        if buffer[index] == .lineFeed { return 1 }
        if buffer[index] == .carriageReturn && index + 1 < buffer.count && buffer[index + 1] == .lineFeed { return 2 }
        return nil
    }

    private func skipToLineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var p = start
        while p < buffer.count && buffer[p] != .lineFeed { p += 1 }
        return p < buffer.count ? p : buffer.count
    }

    /// Whether the bytes are well-formed UTF-8, checked eight ASCII bytes at a time where it can.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                if index + 8 <= count {
                    let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                let minimum: UInt32
                switch lead {
                case 0xC2...0xDF: length = 2; minimum = 0x80
                case 0xE0...0xEF: length = 3; minimum = 0x800
                case 0xF0...0xF4: length = 4; minimum = 0x10000
                default: return false
                }
                guard index + length <= count else { return false }
                var scalar = UInt32(lead) & (0xFF >> (length + 1))
                for offset in 1..<length {
                    let next = buffer[index + offset]
                    guard next & 0xC0 == 0x80 else { return false }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
                guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return false }
                index += length
            }
            return true
        }
    }

    /// Whether the header line ends with a carriage return not followed by a line feed: a file whose every line
    /// would otherwise read as one, with a false error for each field after the first row's.
    static func endsFirstLineWithCROnly(_ bytes: [UInt8]) -> Bool {
        guard let end = bytes.firstIndex(where: { $0 == .lineFeed || $0 == .carriageReturn }), bytes[end] == .carriageReturn else { return false }
        return end + 1 < bytes.count && bytes[end + 1] != .lineFeed
    }

    /// A problem that stops the file being read as UTF-8 CSV at all, judged from its first bytes.
    static func encodingProblem(_ bytes: [UInt8]) -> CSVProblem? {
        let message: String
        if bytes.isEmpty {
            message = "the file is empty; it needs a header row and at least one data row"
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            message = "the file is UTF-16; save it as CSV UTF-8"
        } else if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            message = "the file is a spreadsheet workbook (xlsx or ods), not CSV; save it as CSV UTF-8"
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            message = "the file is an Excel 97-2003 workbook, not CSV; save it as CSV UTF-8"
        } else if endsFirstLineWithCROnly(bytes) {
            message = "the file's lines end with a carriage return alone (old Mac style); save it as CSV UTF-8 with Windows (CRLF) or Unix (LF) line endings"
        } else {
            return nil
        }
        return CSVProblem(line: 1, field: nil, message: message)
    }
}

extension UInt8 {
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let lineFeed = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let tab = UInt8(ascii: "\t")

    fileprivate var isTrimmable: Bool { self == .space || self == .tab || self == .lineFeed || self == .carriageReturn }
}
