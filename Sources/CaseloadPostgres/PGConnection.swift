import CLibpq
import Foundation

/// What libpq or the server reported, kept only to be translated into a `StoreError`: its text is never shown.
struct PGFailure: Error {
    /// The server's five-character error code; nil when no server answered (connecting, or the connection broke).
    let sqlState: String?
    /// libpq's or the server's message, for telling connection failures apart; never printed.
    let message: String
    /// Whether it happened while connecting, before any statement ran.
    let connecting: Bool
    /// Whether the connection is gone, so no transaction on it can have committed.
    let connectionLost: Bool
    /// libpq's own judgement that the server asked for a password it was not given.
    var neededPassword = false
}

/// One connection to a PostgreSQL server through libpq: parameterised statements, COPY, notifications.
///
/// The only file that touches libpq's C API. Not safe to share between threads: `PostgresStore` uses it under a lock.
final class PGConnection {
    private let handle: OpaquePointer

    /// Connects with a libpq connection string or `postgresql://` URL; every libpq setting it holds (`sslmode`,
    /// `connect_timeout`, …) and the `PG*` variables and `~/.pgpass` apply as they would for psql. Text travels as
    /// UTF-8, whatever the client's locale.
    init(_ conninfo: String) throws(PGFailure) {
        let keywords = ["fallback_application_name", "client_encoding", "dbname"]
        let values = ["caseload", "UTF8", conninfo]
        let connection = Self.withCStrings(keywords) { keys in
            Self.withCStrings(values) { values in PQconnectdbParams(keys, values, 1) }
        }
        guard let connection else { throw PGFailure(sqlState: nil, message: "out of memory", connecting: true, connectionLost: true) }
        guard PQstatus(connection) == CONNECTION_OK else {
            let failure = PGFailure(
                sqlState: nil, message: String(cString: PQerrorMessage(connection)), connecting: true, connectionLost: true,
                neededPassword: PQconnectionNeedsPassword(connection) == 1)
            PQfinish(connection)
            throw failure
        }
        handle = connection
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    /// The server process serving this connection, which names it in notifications.
    var backendPID: Int32 { PQbackendPID(handle) }

    /// The server's host as libpq connected to it: a name, an address, or the folder of a Unix socket.
    var host: String { PQhost(handle).map { String(cString: $0) } ?? "" }

    /// Whether the connection is encrypted with TLS.
    var usesTLS: Bool { PQsslInUse(handle) == 1 }

    /// Whether the connection still works; after a failure that broke it, `reset` tries to make a new one.
    var isOpen: Bool { PQstatus(handle) == CONNECTION_OK }

    /// Reconnects with the same settings, after the server restarted or the network dropped; the statements
    /// prepared on the old connection are gone with it.
    func reset() {
        PQreset(handle)
        prepared.removeAll()
        sentWithNext.removeAll()
    }

    /// The name each statement was prepared under on this connection, by its text.
    private var prepared: [String: String] = [:]

    /// Runs one statement as `run` does, preparing it the first time this connection sees its text: the server then
    /// parses and plans it once, and each later run sends only its name and parameters.
    @discardableResult
    func runPrepared(_ sql: String, _ parameters: [String?]) throws(PGFailure) -> PGRows {
        if !sentWithNext.isEmpty { return try runPipelined([(sql, parameters)])[0] }
        let name = try preparedName(sql, parameters: parameters.count)
        let result = Self.withOptionalCStrings(parameters) { values in
            PQexecPrepared(handle, name, Int32(parameters.count), values, nil, nil, 0)
        }
        return try rows(result)
    }

    /// Runs prepared statements in libpq's pipeline mode: all are sent, then every answer is read, so that they cost
    /// one round trip between them. After the first failure the server skips the rest; that failure is thrown.
    func runPipelined(_ given: [(text: String, parameters: [String?])]) throws(PGFailure) -> [PGRows] {
        let waiting = sentWithNext.count
        let statements = sentWithNext.map { (text: $0, parameters: [String?]()) } + given
        sentWithNext = []
        let names = try statements.map { (statement) throws(PGFailure) in try preparedName(statement.text, parameters: statement.parameters.count) }
        guard PQenterPipelineMode(handle) == 1 else { throw failure(nil) }
        defer { _ = PQexitPipelineMode(handle) }
        for (name, statement) in zip(names, statements) {
            let sent = Self.withOptionalCStrings(statement.parameters) { values in
                PQsendQueryPrepared(handle, name, Int32(statement.parameters.count), values, nil, nil, 0)
            }
            guard sent == 1 else { throw failure(nil) }
        }
        guard PQpipelineSync(handle) == 1 else { throw failure(nil) }
        var results: [PGRows] = []
        var firstFailure: PGFailure?
        for _ in statements {
            guard let result = PQgetResult(handle) else { throw failure(nil) }
            while let extra = PQgetResult(handle) { PQclear(extra) }
            switch PQresultStatus(result) {
            case PGRES_COMMAND_OK, PGRES_TUPLES_OK: results.append(PGRows(result))
            default:
                if firstFailure == nil, PQresultStatus(result) != PGRES_PIPELINE_ABORTED { firstFailure = failure(result) }
                PQclear(result)
            }
        }
        while let result = PQgetResult(handle) {
            let synced = PQresultStatus(result) == PGRES_PIPELINE_SYNC
            PQclear(result)
            if synced { break }
        }
        if let firstFailure { throw firstFailure }
        return Array(results.dropFirst(waiting))
    }

    /// Statements without parameters that go ahead of the next one run, in its round trip: a writer's BEGIN and lock.
    private var sentWithNext: [String] = []

    /// Holds `statements` back to be sent with the next statement run, saving their round trip.
    func sendWithNext(_ statements: [String]) {
        sentWithNext += statements
    }

    /// Runs now what `sendWithNext` held back, if nothing has run since; or, when `discarding`, forgets it.
    func flushSentWithNext(discarding: Bool = false) throws(PGFailure) {
        guard !sentWithNext.isEmpty else { return }
        if discarding { sentWithNext = [] } else { _ = try runPipelined([]) }
    }

    /// The name `sql` is prepared under on this connection, preparing it the first time.
    private func preparedName(_ sql: String, parameters: Int) throws(PGFailure) -> String {
        if let known = prepared[sql] { return known }
        let name = "caseload_\(prepared.count + 1)"
        try rows(PQprepare(handle, name, sql, Int32(parameters), nil))
        prepared[sql] = name
        return name
    }

    /// Runs one statement with its parameters sent apart from the text (never spliced in); nil is SQL NULL.
    @discardableResult
    func run(_ sql: String, _ parameters: [String?] = []) throws(PGFailure) -> PGRows {
        try flushSentWithNext()
        let result = Self.withOptionalCStrings(parameters) { values in
            PQexecParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        return try rows(result)
    }

    /// Runs statements separated by semicolons, without parameters, in one round trip.
    func runScript(_ sql: String) throws(PGFailure) {
        try flushSentWithNext()
        try rows(PQexec(handle, sql))
    }

    /// Runs `COPY … FROM STDIN`, handing `feed` a function that sends bytes of COPY's text format.
    ///
    /// When `feed` throws, the COPY is abandoned (the server discards what it was sent) and the error is rethrown.
    func copy(_ sql: String, _ feed: (_ send: ([UInt8]) throws(PGFailure) -> Void) throws -> Void) throws {
        try flushSentWithNext()
        try rows(PQexec(handle, sql), expecting: PGRES_COPY_IN)
        do {
            try feed { (bytes: [UInt8]) throws(PGFailure) in
                let sent = bytes.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        PQputCopyData(handle, $0, Int32(buffer.count))
                    }
                }
                guard sent == 1 else { throw failure(nil) }
            }
        } catch {
            _ = PQputCopyEnd(handle, "caseload stopped the import")
            while let result = PQgetResult(handle) { PQclear(result) }
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else { throw failure(nil) }
        var outcome: PGFailure?
        while let result = PQgetResult(handle) {
            if outcome == nil, PQresultStatus(result) != PGRES_COMMAND_OK { outcome = failure(result) }
            PQclear(result)
        }
        if let outcome { throw outcome }
    }

    /// The server processes that sent the notifications that arrived since the last call, one entry each; reads
    /// what the socket holds without waiting and without a round trip to the server.
    func notificationSenders() throws(PGFailure) -> [Int32] {
        guard PQconsumeInput(handle) == 1 else { throw failure(nil) }
        var senders: [Int32] = []
        while let notification = PQnotifies(handle) {
            senders.append(notification.pointee.be_pid)
            PQfreemem(notification)
        }
        return senders
    }

    @discardableResult
    private func rows(_ result: OpaquePointer?, expecting expected: ExecStatusType? = nil) throws(PGFailure) -> PGRows {
        guard let result else { throw failure(nil) }
        let status = PQresultStatus(result)
        let succeeded = expected.map { status == $0 } ?? (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        guard succeeded else {
            let error = failure(result)
            PQclear(result)
            throw error
        }
        return PGRows(result)
    }

    /// The failure a result (or, without one, the connection) reports.
    private func failure(_ result: OpaquePointer?) -> PGFailure {
        let code = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "C"))) }.map { String(cString: $0) }
        let message = result.map { String(cString: PQresultErrorMessage($0)) } ?? String(cString: PQerrorMessage(handle))
        return PGFailure(sqlState: code, message: message, connecting: false, connectionLost: PQstatus(handle) != CONNECTION_OK)
    }

    private static func withCStrings<T>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        withOptionalCStrings(strings) { pointers in body(pointers + [nil]) }
    }

    private static func withOptionalCStrings<T>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        let copies = strings.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        return body(copies.map { UnsafePointer($0) })
    }
}

/// The rows a statement returned, read as text (libpq's text format) by row and 0-based column.
final class PGRows {
    private let result: OpaquePointer

    fileprivate init(_ result: OpaquePointer) { self.result = result }

    deinit { PQclear(result) }

    var count: Int { Int(PQntuples(result)) }

    var columns: Int { Int(PQnfields(result)) }

    /// The 0-based index of the column the result names `name`; nil when it has none.
    func column(named name: String) -> Int? {
        let index = Int(PQfnumber(result, "\"" + name + "\""))
        return index < 0 ? nil : index
    }

    /// How many rows an UPDATE, INSERT or DELETE changed.
    var changed: Int { Int(String(cString: PQcmdTuples(result))) ?? 0 }

    /// The value as text; nil for NULL.
    func text(_ row: Int, _ column: Int) -> String? {
        guard PQgetisnull(result, Int32(row), Int32(column)) == 0 else { return nil }
        let bytes = UnsafeRawPointer(PQgetvalue(result, Int32(row), Int32(column))!).assumingMemoryBound(to: UInt8.self)
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(PQgetlength(result, Int32(row), Int32(column)))), as: UTF8.self)
    }

    /// The value as an integer; nil for NULL or for text that is not one.
    func integer(_ row: Int, _ column: Int) -> Int? {
        guard PQgetisnull(result, Int32(row), Int32(column)) == 0 else { return nil }
        return Int(String(cString: PQgetvalue(result, Int32(row), Int32(column))))
    }

    /// A boolean column, which libpq's text format gives as `t` or `f`.
    func bool(_ row: Int, _ column: Int) -> Bool { PQgetvalue(result, Int32(row), Int32(column))?.pointee == CChar(UInt8(ascii: "t")) }
}
