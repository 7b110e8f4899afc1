import CaseloadCore

/// Writes pretty-printed JSON straight into UTF-8 bytes: two-space indents, one member or element a line, `{}` and
/// `[]` when empty, keys in the order written. `JSON.rendered()` writes through it, so every output is laid out alike.
///
/// A report of 25,000 officers need not build a tree of values first: it opens, fills and closes its objects and
/// arrays here, and only its small values are `JSON`.
public struct JSONWriter {
    private var bytes: [UInt8] = []
    /// For each object or array open, whether anything is in it yet.
    private var filled: [Bool] = []
    /// Whether a key was just written, so the next value is its value rather than a new element.
    private var afterKey = false

    public init(reservingCapacity capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON written, with a final newline; the newline goes in before the bytes become text, so that 17 MB of
    /// them are not copied again to make room for it.
    public consuming func rendered() -> String {
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes a value: the next element of the array being written, the value of the key just written, or the whole
    /// document.
    public mutating func value(_ value: JSON) {
        beginValue()
        write(value)
    }

    /// Writes a member of the object being written.
    public mutating func member(_ key: String, _ value: JSON) {
        self.key(key)
        self.value(value)
    }

    /// Writes a key of the object being written; its value follows, written by `value`, `object` or `array`.
    public mutating func key(_ key: String) {
        newLine()
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        afterKey = true
    }

    /// Writes an object in place of a value; `body` writes its members.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes an array in place of a value; `body` writes its elements.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if !filled.isEmpty {
            newLine()
        }
    }

    /// Ends the line before the next member or element, with a comma after any before it, and indents the new line.
    private mutating func newLine() {
        if filled[filled.count - 1] {
            bytes.append(UInt8(ascii: ","))
        } else {
            filled[filled.count - 1] = true
        }
        bytes.append(UInt8(ascii: "\n"))
        indent(filled.count)
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        filled.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        if filled.removeLast() {
            bytes.append(UInt8(ascii: "\n"))
            indent(filled.count)
        }
        bytes.append(bracket)
    }

    private mutating func write(_ value: JSON) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): writeInteger(value)
        case .decimal(let value, let places): writeDecimal(value, places: places)
        case .exact(let literal): bytes.append(contentsOf: literal.utf8)
        case .string(let value): writeString(value)
        case .array(let items):
            open(UInt8(ascii: "["))
            for item in items { self.value(item) }
            close(UInt8(ascii: "]"))
        case .object(let members):
            open(UInt8(ascii: "{"))
            for (key, item) in members { member(key, item) }
            close(UInt8(ascii: "}"))
        }
    }

    /// Two spaces a level.
    private mutating func indent(_ level: Int) {
        if level * 2 <= Self.spaces.count {
            bytes.append(contentsOf: Self.spaces[..<(level * 2)])
        } else {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

    /// Writes the digits of a whole number without making a `String` of each: reports of 25,000 officers hold
    /// hundreds of thousands of numbers.
    private mutating func writeInteger(_ value: Int) {
        if (0..<10).contains(value) { return bytes.append(UInt8(ascii: "0") + UInt8(value)) }
        if (10..<100).contains(value) {
            bytes.append(UInt8(ascii: "0") + UInt8(value / 10))
            return bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
        }
        guard value != .min else { return bytes.append(contentsOf: String(value).utf8) }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = abs(value)
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// Writes a number rounded to `places` decimals, as `formatDecimal` does, digit by digit.
    private mutating func writeDecimal(_ value: Double, places: Int) {
        guard value.isFinite, abs(value) < 1e15, places <= 6 else { return bytes.append(contentsOf: formatDecimal(value, places: places).utf8) }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero))
        if value < 0 && scaled != 0 { bytes.append(UInt8(ascii: "-")) }
        writeInteger(scaled / scale)
        guard places > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var fraction = scaled % scale
        var divisor = scale / 10
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// Writes a JSON string, escaping quotes, backslashes, every control character and invisible formatting.
    ///
    /// A value with nothing to escape, as nearly every id, name and key is, is appended whole rather than one scalar
    /// at a time. Plain ASCII is told apart by its bytes first, which is cheaper than looking at each scalar.
    private mutating func writeString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        let plain = value.utf8.withContiguousStorageIfAvailable { utf8 in
            !utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 >= 0x7F }
        } ?? false
        guard !plain && value.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" || $0.needsEscape }) else {
            bytes.append(contentsOf: value.utf8)
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": bytes.append(contentsOf: "\\\"".utf8)
            case "\\": bytes.append(contentsOf: "\\\\".utf8)
            case "\n": bytes.append(contentsOf: "\\n".utf8)
            case "\r": bytes.append(contentsOf: "\\r".utf8)
            case "\t": bytes.append(contentsOf: "\\t".utf8)
            default:
                if scalar.needsEscape {
                    let hex = String(scalar.value, radix: 16)
                    bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
        }
    }
}
