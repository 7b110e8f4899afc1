/// A value bound to a statement: each engine stores it in its own type (a boolean is 0/1 in SQLite, `t`/`f` in PostgreSQL).
public enum SQLValue: Hashable, Sendable {
    case null
    case integer(Int)
    case text(String)
    case bool(Bool)

    /// Text, or NULL for nil.
    public static func text(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }

    /// An integer, or NULL for nil.
    public static func integer(_ value: Int?) -> SQLValue { value.map(SQLValue.integer) ?? .null }
}
