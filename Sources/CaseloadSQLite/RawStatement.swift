import CaseloadStore
import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C interface, where GRDB's per-row values cost more than SQLite itself
/// (importing a million cases, loading them back). The only file that touches the C API.
struct RawStatement {
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?

    /// The statement for `sql`, prepared once per connection and kept (GRDB's statement cache), its bindings cleared.
    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    // MARK: Writing

    /// Binds text to the 1-based parameter; SQLite copies it.
    func bind(_ index: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bytes in
            _ = sqlite3_bind_text(handle, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
        }
    }

    /// Binds bytes the caller keeps alive and unchanged until the statement has run; SQLite does not copy them.
    func bind(_ index: Int32, borrowing bytes: UnsafeBufferPointer<UInt8>) {
        _ = sqlite3_bind_text(handle, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
    }

    func bind(_ index: Int32, _ text: String?) {
        if let text { bind(index, text) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Int?) {
        if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Bool) { sqlite3_bind_int64(handle, index, value ? 1 : 0) }

    /// Binds a value: text copied, a boolean as 0 or 1.
    func bind(_ index: Int32, _ value: SQLValue) {
        switch value {
        case .null: sqlite3_bind_null(handle, index)
        case .integer(let number): sqlite3_bind_int64(handle, index, Int64(number))
        case .text(let text): bind(index, text)
        case .bool(let flag): bind(index, flag)
        }
    }

    /// Readies the statement for a new run: stepped back, every binding cleared.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Runs the bound statement once and readies it for the next row.
    func execute() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    // MARK: Reading

    /// The 0-based index of the column the result names `name`; nil when it has none.
    func column(named name: String) -> Int32? {
        (0..<sqlite3_column_count(handle)).first { index in sqlite3_column_name(handle, index).map { String(cString: $0) } == name }
    }

    /// Steps to the next row; false when there are no more.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw error(code)
        }
    }

    /// The 0-based column as text; nil when it is NULL.
    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    /// The 0-based column as an integer; nil when it is NULL.
    func integer(_ column: Int32) -> Int? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, column))
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: connection.map { String(cString: sqlite3_errmsg($0)) },
            sql: statement.sql)
    }

    /// Writes the open transaction's changed pages to the WAL now, as its commit would, so that a page cache smaller
    /// than they are lets them go.
    ///
    /// SQLite leaves the connection's message unset when this fails, so the error carries the words for its code.
    static func writeChangedPages(_ db: Database) throws {
        let code = sqlite3_db_cacheflush(db.sqliteConnection)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errstr(code))) }
    }

    /// Keeps the WAL file when the last connection closes (after folding it back into the database), so that the
    /// next opening finds it and need not write to create it: opening and closing then leaves the file's bytes alone.
    static func keepWALFile(_ db: Database) {
        var keep: Int32 = 1
        _ = sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, &keep)
    }

    /// SQLITE_TRANSIENT, which Swift cannot import: SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
