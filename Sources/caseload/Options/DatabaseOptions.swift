import ArgumentParser
import CaseloadCore
import CaseloadDemo
import CaseloadPostgres
import CaseloadSQLite
import CaseloadStore
import Foundation

/// Where the database is: `--db`, else `$CASELOAD_DB`, else caseload.sqlite in the user's data folder.
///
/// A database named by `--db` or `$CASELOAD_DB` must exist for every command but `import`. Only when nothing names
/// one and the default file does not exist do the read-only commands show the bundled demo force, and say so.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database: a file, or a postgresql:// URL (default: $CASELOAD_DB, else caseload.sqlite in $XDG_DATA_HOME/caseload).",
        valueName: "path-or-url"))
    var db: String?

    /// Refuses, before anything is opened or created, a name with a space at either end and one that starts like a
    /// URL but is not a PostgreSQL one: a mistyped URL must never become a file, its password a folder's name.
    func validate() throws {
        guard let value = named else { return }
        try Self.check(value, source: db != nil ? "--db" : "$CASELOAD_DB")
    }

    /// Refuses a database name with a space at either end, or one that starts like a URL but is not a PostgreSQL one;
    /// warns once of a password typed on the command line.
    static func check(_ value: String, source: String) throws {
        if value.first?.isWhitespace == true || value.last?.isWhitespace == true {
            throw ValidationError("\(source) has a space at its start or end; give the file path or URL without it")
        }
        if !ServerURL.isServer(value) && ServerURL.looksLikeURL(value) {
            let scheme = value[..<value.firstIndex(of: ":")!]
            throw ValidationError(
                "\(source) starts like a URL ('\(String(scheme).escapedForDisplay):'), but caseload takes only postgresql:// or postgres:// "
                    + "URLs, or a file path; nothing was created")
        }
        if source.hasPrefix("--") && ServerURL.isServer(value) && ServerURL.withoutPassword(value) != value {
            printError("warning: the password in \(source) can be seen by anyone on this machine who lists processes (ps); "
                + "leave it out of the URL and keep it in ~/.pgpass, or in $PGPASSWORD")
        }
    }

    /// The options as if `--db` named this path or URL: for commands that take two databases.
    static func naming(_ value: String) -> DatabaseOptions {
        var options = DatabaseOptions()
        options.db = value
        return options
    }

    /// The database named by `--db` or `$CASELOAD_DB`, or nil when neither names one.
    var named: String? { db ?? UserEnvironment.value("CASELOAD_DB") }

    /// The default database file: caseload/caseload.sqlite in the user's data folder.
    static var defaultPath: String { UserEnvironment.dataHome + "/caseload/caseload.sqlite" }

    var path: String { named ?? Self.defaultPath }

    /// The database as it may be shown: the path, or the URL with any password hidden.
    var shown: String { ServerURL.withoutPassword(path) }

    /// Whether the database is on a PostgreSQL server, named by a `postgresql://` or `postgres://` URL.
    var isServer: Bool { ServerURL.isServer(path) }

    /// Opens the database for `import` and `copy`, creating it (or, on a server, its tables) when missing.
    func openForWriting() throws -> any ForceStore {
        if isServer { return try withStore { try warned(PostgresStore.open(url: path)) } }
        return try withStore { try warned(SQLiteStore.open(path: path)) }
    }

    /// Opens the database for a command that changes a force, which must have been imported first.
    func openExisting() throws -> any ForceStore {
        if isServer { return try withStore { try warned(PostgresStore.openExisting(url: path)) } }
        if named == nil && !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure.environment("no database at \(path.escapedForDisplay) yet; import your force first with `caseload import`")
        }
        return try withStore { try warned(SQLiteStore.openExisting(path: path)) }
    }

    /// Opens the database for reading, or the bundled demo force when nothing names a database and there is none.
    func openForReading() throws -> OpenedStore {
        if !isServer && named == nil && !FileManager.default.fileExists(atPath: path) {
            printError("no database at \(path.escapedForDisplay) yet, so this is the bundled demo force; load your own with `caseload import`")
            return OpenedStore(store: try Self.demo(), isDemo: true)
        }
        return OpenedStore(store: try openExisting(), isDemo: false)
    }

    /// The bundled demo force, in memory: nothing done to it is saved.
    static func demo() throws -> SQLiteStore {
        try withStore {
            let store = try SQLiteStore.inMemory()
            let today = try Day.today()
            let force = DemoForce.placed(try ImportFiles.load(officers: DemoForce.officersURL.path, cases: DemoForce.casesURL.path), around: today)
            for snapshot in try DemoForce.history(before: today.calendarMonth, officers: force.officers) {
                try store.record(snapshot)
            }
            try store.replaceForce(force, asOf: today, availability: DemoForce.availability(around: today))
            return store
        }
    }

    /// Prints a warning for a database or WAL other users can read, or a server reached unencrypted, then hands the
    /// store on.
    private func warned(_ store: some ForceStore) -> some ForceStore {
        for warning in store.permissionWarnings { printError("warning: " + warning) }
        return store
    }
}

/// A store opened for reading, and whether it is the bundled demo force rather than the user's own.
struct OpenedStore {
    let store: any ForceStore
    let isDemo: Bool
}

/// The line every table printed from the demo force starts with.
let demoHeading = "DEMO FORCE: the bundled, fictional demo, not your data; nothing done here is saved. Load your own with `caseload import`."
