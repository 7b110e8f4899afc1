/// A JSON value whose objects keep their keys in the order written, for stable output other tools can rely on.
public indirect enum JSON: Sendable {
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
    public static func percent(_ value: Double?) -> JSON {
        value.map { .decimal($0, places: 1) } ?? .null
    }

    /// A fixed-point value written exactly, with at least one decimal: 2000 hundredths gives 20.0.
    public static func fixedPoint(_ value: Int, places: Int) -> JSON {
        let text = formatFixedPoint(value, places: places)
        return .exact(text.contains(".") ? text : text + ".0")
    }

    /// The value as pretty-printed JSON with two-space indents and a final newline.
    public func rendered() -> String {
        var output = ""
        write(to: &output, indent: 0)
        output.append("\n")
        return output
    }

    private func write(to output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .decimal(let value, let places): output += formatDecimal(value, places: places)
        case .exact(let literal): output += literal
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                item.write(to: &output, indent: indent + 1)
                output += index < items.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += String(repeating: "  ", count: indent + 1)
                Self.writeString(key, to: &output)
                output += ": "
                value.write(to: &output, indent: indent + 1)
                output += index < members.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// Writes a JSON string, escaping quotes, backslashes, every control character and invisible formatting.
    ///
    /// A value with nothing to escape, as nearly every id, name and key is, is appended whole: appending it one
    /// scalar at a time was two fifths of the JSON monthly export's time (perf, 2,500 officers).
    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        defer { output += "\"" }
        guard value.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" || $0.needsEscape }) else {
            output += value
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.needsEscape {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }
}
