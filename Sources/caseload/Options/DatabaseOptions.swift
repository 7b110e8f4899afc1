import ArgumentParser
import CaseloadCore
import CaseloadDemo
import CaseloadStore
import Foundation

/// Where the database is: `--db`, else `$CASELOAD_DB`, else caseload.sqlite in the user's data folder.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"))
    var db: String?

    var path: String {
        if let db { return db }
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["CASELOAD_DB"], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (dataHome as NSString).appendingPathComponent("caseload/caseload.sqlite")
    }

    /// Opens the database for a command that creates it when missing.
    func openForWriting() throws -> SQLiteStore {
        try withStore { try SQLiteStore.open(path: path) }
    }

    /// Opens the database for a command that changes a force, which must have been imported first.
    func openExisting() throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure.environment("no database at \(path) yet; import your force first with `caseload import`")
        }
        return try openForWriting()
    }

    /// Opens the database, or the bundled demo force in memory when there is no database yet.
    func openForReading() throws -> SQLiteStore {
        if FileManager.default.fileExists(atPath: path) { return try openForWriting() }
        printError("no database at \(path) yet, so this is the bundled demo force; load your own with `caseload import`")
        return try withStore {
            let store = try SQLiteStore.inMemory()
            let force = try ImportFiles.load(officers: DemoForce.officersURL.path, cases: DemoForce.casesURL.path)
            let today = Day.today
            for snapshot in try DemoForce.history(before: today.calendarMonth, officers: force.officers) {
                try store.record(snapshot)
            }
            try store.replaceForce(force, asOf: today)
            return store
        }
    }
}
