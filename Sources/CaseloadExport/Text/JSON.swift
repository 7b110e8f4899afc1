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

    /// An officer's or case's reference, as its text; nil is null.
    public static func id<Subject>(_ id: Identifier<Subject>?) -> JSON { id.map { .string($0.text) } ?? .null }

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
        var writer = JSONWriter()
        writer.value(self)
        return writer.rendered()
    }
}
