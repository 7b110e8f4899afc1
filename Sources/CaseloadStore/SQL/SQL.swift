import CaseloadCore

/// A statement with its values, written once for every engine: values are bound, never spliced into the text, and
/// the session's dialect numbers the placeholders.
///
/// Interpolating a `String`, `Int`, `Bool` or `SQLValue` binds it; only `raw:` (a table or column list the store
/// itself names) and another `SQL` become text.
public struct SQL: ExpressibleByStringInterpolation, Sendable {
    enum Part: Sendable {
        case text(String)
        case value(SQLValue)
    }

    private(set) var parts: [Part]

    public init(stringLiteral value: String) { parts = [.text(value)] }

    public init(stringInterpolation: StringInterpolation) { parts = stringInterpolation.parts }

    /// The text with each value replaced by the placeholder for its 1-based position, and the values in that order.
    public func rendered(placeholder: (Int) -> String) -> (text: String, values: [SQLValue]) {
        var text = ""
        var values: [SQLValue] = []
        for part in parts {
            switch part {
            case .text(let piece): text += piece
            case .value(let value):
                values.append(value)
                text += placeholder(values.count)
            }
        }
        return (text, values)
    }

    /// The statements joined by `separator`, their values kept in order.
    public static func joined(_ statements: [SQL], separator: String) -> SQL {
        var interpolation = StringInterpolation(literalCapacity: 0, interpolationCount: statements.count)
        for (index, statement) in statements.enumerated() {
            if index > 0 { interpolation.appendLiteral(separator) }
            interpolation.appendInterpolation(statement)
        }
        return SQL(stringInterpolation: interpolation)
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        fileprivate(set) var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { parts.append(.text(literal)) }

        /// Binds text; nil binds NULL.
        public mutating func appendInterpolation(_ value: String?) { parts.append(.value(.text(value))) }

        /// Binds an officer's or case's reference as its NFC text; nil binds NULL.
        public mutating func appendInterpolation<Subject>(_ id: Identifier<Subject>?) { parts.append(.value(.text(id?.text))) }

        /// Binds an integer; nil binds NULL.
        public mutating func appendInterpolation(_ value: Int?) { parts.append(.value(.integer(value))) }

        public mutating func appendInterpolation(_ value: Bool) { parts.append(.value(.bool(value))) }

        public mutating func appendInterpolation(_ value: SQLValue) { parts.append(.value(value)) }

        /// Splices in text the store itself wrote: a table name or a column list, never a value.
        public mutating func appendInterpolation(raw text: String) { parts.append(.text(text)) }

        /// Splices in another statement, its values bound in their place.
        public mutating func appendInterpolation(_ statement: SQL) { parts.append(contentsOf: statement.parts) }
    }
}
