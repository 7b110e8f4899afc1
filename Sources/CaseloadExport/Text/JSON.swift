import CaseloadCore

/// A JSON value whose objects keep their keys in the order written, for stable output other tools can rely on.
public enum JSON: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number shown with a fixed count of decimals.
    case decimal(Double, places: Int)
    /// A number already written exactly, such as a fixed-point limit.
    case exact(String)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    /// A number rounded to one decimal, or null.
    /// An officer's or case's reference, as its text; nil is null.
    public static func id<Subject>(_ id: Identifier<Subject>?) -> JSON { id.map { .string($0.text) } ?? .null }

    public static func percent(_ value: Double?) -> JSON {
        value.map { .decimal($0, places: 1) } ?? .null
    }

    /// A fixed-point value written exactly, with at least one decimal: 2000 hundredths gives 20.0.
    public static func fixedPoint(_ value: Int, places: Int) -> JSON {
        let text = formatFixedPoint(value, places: places)
        return .exact(text.contains(".") ? text : text + ".0")
    }

    /// The value as pretty-printed JSON with two-space indents and a final newline.
    ///
    /// Written as UTF-8 bytes and made a string once, which costs far less than appending to a `String` piece by
    /// piece.
    public func rendered() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    private func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): Self.writeInteger(value, to: &output)
        case .decimal(let value, let places): Self.writeDecimal(value, places: places, to: &output)
        case .exact(let literal): output.append(contentsOf: literal.utf8)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(contentsOf: "[\n".utf8)
            for (index, element) in items.enumerated() {
                Self.indent(indent + 1, &output)
                element.write(to: &output, indent: indent + 1)
                output.append(contentsOf: (index < items.count - 1 ? ",\n" : "\n").utf8)
            }
            Self.indent(indent, &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
            output.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in members.enumerated() {
                Self.indent(indent + 1, &output)
                Self.writeString(key, to: &output)
                output.append(contentsOf: ": ".utf8)
                value.write(to: &output, indent: indent + 1)
                output.append(contentsOf: (index < members.count - 1 ? ",\n" : "\n").utf8)
            }
            Self.indent(indent, &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Two spaces a level.
    private static func indent(_ level: Int, _ output: inout [UInt8]) {
        if level * 2 <= spaces.count {
            output.append(contentsOf: spaces[..<(level * 2)])
        } else {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

    /// Writes the digits of a whole number without making a `String` of each: reports of 25,000 officers hold
    /// hundreds of thousands of numbers.
    private static func writeInteger(_ value: Int, to output: inout [UInt8]) {
        guard value != .min else { return output.append(contentsOf: String(value).utf8) }
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = abs(value)
        let start = output.count
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        output[start...].reverse()
    }

    /// Writes a number rounded to `places` decimals, as `formatDecimal` does, digit by digit.
    private static func writeDecimal(_ value: Double, places: Int, to output: inout [UInt8]) {
        guard value.isFinite, abs(value) < 1e15, places <= 6 else { return output.append(contentsOf: formatDecimal(value, places: places).utf8) }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero))
        if value < 0 && scaled != 0 { output.append(UInt8(ascii: "-")) }
        writeInteger(scaled / scale, to: &output)
        guard places > 0 else { return }
        output.append(UInt8(ascii: "."))
        var fraction = scaled % scale
        var divisor = scale / 10
        while divisor > 0 {
            output.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// Writes a JSON string, escaping quotes, backslashes, every control character and invisible formatting.
    ///
    /// A value with nothing to escape, as nearly every id, name and key is, is appended whole rather than one scalar
    /// at a time. Plain ASCII is told apart by its bytes first, which is cheaper than looking at each scalar.
    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        defer { output.append(UInt8(ascii: "\"")) }
        let plain = !value.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 >= 0x7F }
        guard !plain && value.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" || $0.needsEscape }) else {
            output.append(contentsOf: value.utf8)
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: "\\\"".utf8)
            case "\\": output.append(contentsOf: "\\\\".utf8)
            case "\n": output.append(contentsOf: "\\n".utf8)
            case "\r": output.append(contentsOf: "\\r".utf8)
            case "\t": output.append(contentsOf: "\\t".utf8)
            default:
                if scalar.needsEscape {
                    let hex = String(scalar.value, radix: 16)
                    output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    output.append(contentsOf: String(scalar).utf8)
                }
            }
        }
    }
}
