import Foundation
import GRDB

/// Everything a caseload database holds, read straight from SQLite, for telling one state from another.
///
/// Audit rows are compared without their id and time, which differ between two runs of the same change.
struct DatabaseState: Equatable {
    var officers: [String]
    var cases: [String]
    var workloads: [String]
    var months: [String]
    var monthOfficers: [String]
    var audit: [String]

    /// What SQLite and the schema's own rules say is wrong with the file; empty when nothing is.
    let damage: [String]

    static func == (left: Self, right: Self) -> Bool {
        (left.officers, left.cases, left.workloads, left.months, left.monthOfficers, left.audit)
            == (right.officers, right.cases, right.workloads, right.months, right.monthOfficers, right.audit)
    }

    init(
        officers: [String], cases: [String], workloads: [String], months: [String], monthOfficers: [String], audit: [String], damage: [String]
    ) {
        (self.officers, self.cases, self.workloads, self.months, self.monthOfficers, self.audit, self.damage) =
            (officers, cases, workloads, months, monthOfficers, audit, damage)
    }

    /// The database opened to be read, waiting its turn while another process holds a lock (a reader starting up
    /// as an import commits), as caseload itself does, instead of failing at once under a busy machine.
    static func open(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Opens the database as the next caseload would (recovering a WAL left by a killed process) and reads it.
    init(path: String) throws {
        let queue = try Self.open(path)
        defer { try? queue.close() }
        (officers, cases, workloads, months, monthOfficers, audit, damage) = try queue.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key broken: \($0)" }
            let kept = try Self.rows(db, "SELECT * FROM officer_workloads ORDER BY officer_id")
            let counted = try Self.rows(db, """
                SELECT officers.officer_id,
                       count(cases.risk = 'low' OR NULL) AS low, count(cases.risk = 'medium' OR NULL) AS medium,
                       count(cases.risk = 'high' OR NULL) AS high, count(cases.risk = 'very_high' OR NULL) AS very_high,
                       count(cases.location = 'community' OR NULL) AS community,
                       count(cases.location = 'custody' OR NULL) AS custody,
                       count(cases.location = 'approved_premises' OR NULL) AS approved_premises_cases,
                       count(cases.location = 'hospital' OR NULL) AS hospital,
                       count(cases.mappa_level = 2 OR NULL) AS level2, count(cases.mappa_level = 3 OR NULL) AS level3,
                       count(cases.domestic_abuse = 1 OR NULL) AS domestic_abuse,
                       0 AS covering, 0 AS under_cover,
                       count(cases.risk = 'very_high' OR cases.mappa_level = 3 OR NULL) AS most_dangerous,
                       count(cases.location = 'approved_premises' AND cases.risk IN ('high', 'very_high') OR NULL) AS high_risk_residents
                FROM officers LEFT JOIN cases ON cases.officer_id = officers.officer_id
                GROUP BY officers.officer_id ORDER BY officers.officer_id
                """)
            var damage = integrity == ["ok"] ? [] : integrity.map { "integrity: \($0)" }
            damage += foreignKeys
            if kept != counted { damage.append("officer_workloads differ from the counts of the cases") }
            return (
                try Self.rows(db, "SELECT * FROM officers ORDER BY position"),
                try Self.rows(db, "SELECT * FROM cases ORDER BY position"),
                kept,
                try Self.rows(db, "SELECT * FROM months ORDER BY month"),
                try Self.rows(db, "SELECT * FROM month_officers ORDER BY month, position"),
                try Self.rows(db, "SELECT case_id, from_officer, to_officer, by, reason, override FROM allocations ORDER BY id"),
                damage
            )
        }
    }

    /// Who holds each of the cases now; nil for a case that is unallocated.
    static func holders(path: String, of cases: [String]) throws -> [String: String] {
        let queue = try Self.open(path)
        defer { try? queue.close() }
        return try queue.read { db in
            var holders: [String: String] = [:]
            for caseID in cases {
                holders[caseID] = try String.fetchOne(db, sql: "SELECT officer_id FROM cases WHERE case_id = ?", arguments: [caseID])
            }
            return holders
        }
    }

    private static func rows(_ db: Database, _ sql: String) throws -> [String] {
        try Row.fetchAll(db, sql: sql).map(\.description)
    }
}

/// The files of a database (main, WAL, shared memory), copied aside and put back between runs.
struct DatabaseFiles {
    let path: String
    private let saved: [String: Data?]
    /// The WAL's modification time just after the last restore.
    private var restoredAt: Date?

    /// Copies the database's files as they are now.
    init(path: String) throws {
        self.path = path
        var saved: [String: Data?] = [:]
        for suffix in ["", "-wal", "-shm"] {
            let file = path + suffix
            saved[suffix] = FileManager.default.fileExists(atPath: file) ? try Data(contentsOf: URL(fileURLWithPath: file)) : nil
        }
        self.saved = saved
    }

    /// Whether the WAL has been written since the files were restored: a different size or a later modification.
    func walTouched() -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
        return attributes?[.size] as? Int != (saved["-wal"] ?? nil)?.count || attributes?[.modificationDate] as? Date != restoredAt
    }

    /// Puts the files back exactly as they were copied, removing any that did not exist then.
    mutating func restore() throws {
        for (suffix, data) in saved {
            let file = path + suffix
            try? FileManager.default.removeItem(atPath: file)
            if let data { try data.write(to: URL(fileURLWithPath: file)) }
        }
        restoredAt = try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.modificationDate] as? Date
    }
}

extension DatabaseState {
    /// The file's bytes, to check a refused command left it exactly as it was.
    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
