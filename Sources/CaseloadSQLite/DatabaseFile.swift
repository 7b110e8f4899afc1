import CaseloadCore
import CaseloadStore
import Foundation
import GRDB

/// What lies at a database path, found by reading only, so a wrong path is named for what it is and left untouched.
enum DatabaseFile: Equatable {
    case missing
    /// A file of no bytes, or an SQLite database with no tables but GRDB's list of migrations: nothing to lose by making
    /// it a caseload database.
    case empty
    case caseload

    /// Looks at the path without writing to it; throws for a folder, a file that is not caseload's, or a newer caseload's.
    static func inspect(_ path: String, migrator: DatabaseMigrator) throws -> DatabaseFile {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return .missing }
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw StoreError.isAFolder(path: path) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw StoreError.notADatabase(path: path) }
        if status.st_size == 0 { return .empty }
        guard try header(of: path) == Array("SQLite format 3\u{0}".utf8) else { throw StoreError.notADatabase(path: path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let tables: [String]
        let superseded: Bool
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            (tables, superseded) = try queue.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                return (tables, tables.contains("grdb_migrations") ? try migrator.hasBeenSuperseded(db) : false)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(sqliteFailure: error) ?? StoreError.notADatabase(path: path)
        }
        // GRDB makes its `grdb_migrations` table before the first migration's transaction, so another process
        // creating this file at this moment leaves it holding that table alone for a while: still nothing to lose.
        if tables.allSatisfy({ $0 == "grdb_migrations" }) { return .empty }
        guard tables.contains("grdb_migrations") && tables.contains("officers") else { throw StoreError.notADatabase(path: path) }
        if superseded { throw StoreError.newerSchema(path: path) }
        return .caseload
    }

    /// The first 16 bytes of the file, where SQLite writes its name.
    private static func header(of path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 16)
        let count = read(descriptor, &bytes, 16)
        return count == 16 ? bytes : []
    }

    /// Makes the database and its WAL and shared-memory files readable and writable by their owner alone, whatever
    /// mode they were given, and says what it changed; a file it may not change keeps a warning with the command
    /// that fixes it.
    static func restrictToOwner(_ path: String) -> [String] {
        [path, path + "-wal", path + "-shm"].compactMap { file in
            var status = stat()
            guard stat(file, &status) == 0, status.st_mode & 0o077 != 0 else { return nil }
            let mode = String(status.st_mode & 0o777, radix: 8)
            if chmod(file, 0o600) == 0 {
                return "\(file.escapedForDisplay) could be read by other users (mode \(mode)); caseload made it 600, as it holds personal data"
            }
            return "\(file.escapedForDisplay) can be read by other users (mode \(mode)); it holds personal data: run chmod 600 \(file.escapedForDisplay)"
        }
    }
}
