import CaseloadCore

/// Why the store could not do what was asked, with the path or month it concerns.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The database file or its folder could not be created.
    case cannotCreate(path: String, reason: String)
    /// The file exists but is not a caseload database.
    case notADatabase(path: String)
    /// A database was named (by --db or $CASELOAD_DB) that does not exist.
    case noDatabase(path: String)
    /// The path is a folder, not a database file.
    case isAFolder(path: String)
    /// An empty file or an empty SQLite database, which only an import may make a caseload database.
    case emptyFile(path: String)
    /// The file could not be looked at, for the reason given.
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer caseload.
    case newerSchema(path: String)
    /// A stored value that the schema should have prevented: the file was changed outside caseload.
    case unexpectedValue(table: String, column: String, value: String)
    /// A write found no room: the disk is full.
    case diskFull
    /// The system had no memory (or address space) left for the work.
    case outOfMemory
    /// The operating system failed a read or a write.
    case ioError(detail: String)
    /// Another process held the database for longer than the wait allows.
    case busy
    /// The file or its folder may not be written.
    case readOnly
    /// SQLite found the file's structure broken.
    case damaged(detail: String)
    /// Something tried to change or delete a row of the audit log.
    case appendOnly
    /// Any other database failure, by SQLite's result code.
    case failed(code: Int)
    /// A copy's target already holds a force or its history.
    case notEmpty(location: String)
    /// The PostgreSQL server could not be reached: not running, a wrong host or port, or the network.
    case serverUnreachable(server: String)
    /// The URL has a setting libpq does not know, or a value it cannot take.
    case badServerURL(server: String)
    /// The PostgreSQL server refused the role: a wrong or missing password, or not allowed to connect.
    case authenticationFailed(server: String)
    /// The PostgreSQL server has no database of the name the URL gives.
    case noServerDatabase(server: String)
    /// The connection to the PostgreSQL server broke during the work, which was rolled back.
    case serverGone(server: String)
    /// The connection broke while the work was being committed, so whether it was made is not known.
    case commitUnknown(server: String)
    /// The URL names a connection service that no pg_service.conf defines.
    case noSuchService(server: String, service: String)
    /// The server cancelled the work when it ran past a statement or lock timeout.
    case timedOut(server: String)
    /// The role's sessions are read-only (`default_transaction_read_only`), so nothing may be written through it.
    case readOnlySession(server: String)
    /// The role has been granted nothing on caseload's tables: it may not even read them.
    case notGranted(server: String)
    /// The database has caseload's tables but no force: an interrupted copy, or a first import that never ran.
    case noForceYet(location: String)
    /// The PostgreSQL role may not do this: a role that may only read, asked to write.
    case notPermitted(server: String)
    /// An import (or a copy) replaces the whole force, which only the role that owns its tables may do.
    case notOwner(server: String)
    /// The PostgreSQL database's encoding is not UTF8, so some names could not be stored.
    case notUTF8(server: String, encoding: String)
    /// The PostgreSQL server stopped the work because it clashed with another at the same moment.
    case serverClash(server: String)
    /// Any other PostgreSQL failure, by its SQLSTATE code.
    case serverFailed(sqlState: String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason):
            "cannot create the database at \(path.escapedForDisplay): \(reason)"
        case .notADatabase(let path):
            "\(path.escapedForDisplay) is not a caseload database (it was left unchanged); give another path with --db or $CASELOAD_DB"
        case .noDatabase(let path) where ServerURL.isServer(path):
            "there is no caseload force in \(path.escapedForDisplay) yet; import one with `caseload import --db \(path.escapedForDisplay) …`, or copy one in with `caseload copy`"
        case .noDatabase(let path):
            "there is no database at \(path.escapedForDisplay); check the path, or create it with `caseload import --db \(path.escapedForDisplay) …`"
        case .isAFolder(let path):
            "\(path.escapedForDisplay) is a folder, not a database file; give the file's path, e.g. \(path.escapedForDisplay)/caseload.sqlite"
        case .emptyFile(let path):
            "\(path.escapedForDisplay) is an empty file, not a caseload database; import a force into it with `caseload import`, or give another path"
        case .cannotOpen(let path, let reason):
            "cannot open \(path.escapedForDisplay): \(reason.escapedForDisplay)"
        case .newerSchema(let path):
            "\(path.escapedForDisplay) was made by a newer caseload; it was left unchanged; update caseload to open it"
        case .unexpectedValue(let table, let column, let value):
            "the database holds \(value.quotedForMessage()) in \(table).\(column), which caseload never writes; was it edited by hand?"
        case .diskFull:
            "the database could not be written: the disk is full; nothing was changed"
        case .outOfMemory:
            "there was not enough memory to do this; nothing was changed; close other programs, or raise the memory limit (ulimit -v), and try again"
        case .ioError(let detail):
            "the database could not be read or written (\(detail.escapedForDisplay)); nothing was changed; check that its disk has room and works"
        case .busy:
            "the database is busy: another caseload has been writing to it for over 10 seconds; nothing was changed; try again"
        case .readOnly:
            "the database cannot be written: the file or its folder is read-only; nothing was changed"
        case .damaged(let detail):
            "the database file is damaged (\(detail.escapedForDisplay)); restore it from a backup"
        case .appendOnly:
            "the audit log is append-only: its rows are never changed or deleted; nothing was changed"
        case .failed(let code):
            "the database failed (SQLite result code \(code)); nothing was changed"
        case .notEmpty(let location):
            "\(location.escapedForDisplay) already holds a force or its history; nothing was copied; copy into a new, empty database"
        case .serverUnreachable(let server):
            "cannot reach the PostgreSQL server for \(server.escapedForDisplay): check that it is running and that the host and port are right; nothing was changed"
        case .badServerURL(let server):
            "\(server.escapedForDisplay) is not a PostgreSQL URL caseload can use: a setting is misspelled or has a value libpq does not accept; see the README for the URL forms; nothing was changed"
        case .authenticationFailed(let server):
            "the PostgreSQL server refused the login for \(server.escapedForDisplay): check the user name, and the password in ~/.pgpass or $PGPASSWORD (never in the URL); nothing was changed"
        case .noServerDatabase(let server):
            "the PostgreSQL server for \(server.escapedForDisplay) has no database of that name; create it first with createdb, or check the name; nothing was changed"
        case .serverGone(let server):
            "the connection to the PostgreSQL server for \(server.escapedForDisplay) was lost; the work was rolled back and nothing was changed; try again"
        case .commitUnknown(let server):
            "the connection to the PostgreSQL server for \(server.escapedForDisplay) was lost just as the change was being committed, so caseload "
                + "cannot tell whether it was made; once the server is back, look with `caseload audit` (or `caseload flags`) before doing it again"
        case .noSuchService(let server, let service):
            "\(server.escapedForDisplay) names the connection service \(service.quotedForMessage()), which neither ~/.pg_service.conf nor the system's "
                + "pg_service.conf defines; define it there, or give the host and database in the URL; nothing was changed"
        case .timedOut(let server):
            "the PostgreSQL server for \(server.escapedForDisplay) cancelled the work when it ran past a timeout (statement_timeout or lock_timeout, "
                + "set in the URL's options or the role's settings); nothing was changed; raise the timeout or leave it out, and try again"
        case .readOnlySession(let server):
            "your PostgreSQL role's sessions at \(server.escapedForDisplay) are read-only (default_transaction_read_only is on for the role or the "
                + "database), so caseload cannot write through it; nothing was changed; an administrator can run ALTER ROLE … SET "
                + "default_transaction_read_only = off, or use another role"
        case .notGranted(let server):
            "your PostgreSQL role has been granted nothing on the force at \(server.escapedForDisplay): it may not even read it; nothing was changed; "
                + "ask the owner to grant it (see the README's roles)"
        case .noForceYet(let location):
            "\(location.escapedForDisplay) has caseload's tables but no force yet (an interrupted copy leaves it so); import one with "
                + "`caseload import`, or copy one in with `caseload copy`"
        case .notPermitted(let server):
            "your PostgreSQL role may only read the force at \(server.escapedForDisplay), not change it; nothing was changed; allocate, import or record as a role granted those rights (see the README's roles)"
        case .notOwner(let server):
            "importing replaces the whole force at \(server.escapedForDisplay), which only the PostgreSQL role that owns its tables may do (the role of the first import); nothing was changed; import as that role"
        case .notUTF8(let server, let encoding):
            "\(server.escapedForDisplay) uses the encoding \(encoding.escapedForDisplay), which cannot hold every name; caseload needs a UTF8 database: create one with `createdb --encoding=UTF8 --template=template0 NAME`; nothing was changed"
        case .serverClash(let server):
            "the PostgreSQL server for \(server.escapedForDisplay) stopped this work because it clashed with another supervisor's at the same moment; nothing was changed; try again"
        case .serverFailed(let sqlState):
            "the PostgreSQL server refused the work (SQLSTATE \(sqlState)); nothing was changed"
        }
    }
}
