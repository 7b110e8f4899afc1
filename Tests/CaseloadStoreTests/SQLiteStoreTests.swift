import CaseloadCore
import CaseloadExport
import CaseloadSQLite
import CaseloadStore
import Foundation
import GRDB
import Testing

@Suite("The SQLite store")
struct SQLiteStoreTests {
    static let force = Force(
        officers: [
            Officer(id: "OM1", name: "Aisha Khan", team: "North", mosovo: .trained, daSpecialist: true),
            Officer(id: "OM2", name: "Zoë Ångström", team: "West", fte: FTE("0.5")!, mosovo: .awaiting, status: .leave),
        ],
        cases: [
            Case(id: "C1", officerID: "OM1", team: "North", risk: .veryHigh, mappa: Mappa(category: 2, level: 3), location: .approvedPremises, domesticAbuse: true, allocatedOn: Day("2026-10-01"), previousOfficerID: "OM9"),
            Case(id: "C2", officerID: "OM2", team: "West", risk: .medium, location: .custody),
            Case(id: "C3", officerID: nil, team: "West", risk: .low, mappa: Mappa(category: 1, level: 1)),
        ])

    @Test("a force read back is the force written, in the same order")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore.open(path: folder.path("db.sqlite"))
        try store.replaceForce(Self.force, asOf: Day("2026-11-22")!)
        #expect(try store.loadForce() == Self.force)
        let reopened = try SQLiteStore.open(path: folder.path("db.sqlite"))
        #expect(try reopened.loadForce() == Self.force)
    }

    @Test("a new database, or an empty file, is made with 8 KB pages; a released one keeps its 4 KB pages and takes an import", arguments: [
        ("new", 8192), ("empty", 8192), ("released", 4096),
    ])
    func pageSize(start: String, pageBytes: Int) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        switch start {
        case "empty": #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        case "released": try FileManager.default.copyItem(atPath: ReleasedDatabaseTests.folder.appendingPathComponent("schema-v11.sqlite").path, toPath: path)
        default: break
        }
        let store = try SQLiteStore.open(path: path)
        try store.replaceForce(Self.force, asOf: Day("2026-11-22")!)
        #expect(try store.loadForce() == Self.force)
        let size = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
        #expect(size == pageBytes)
    }

    @Test("the database and its WAL files are readable by their owner only")
    func permissions() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("sub/dir/db.sqlite")
        let store = try SQLiteStore.open(path: path)
        try store.replaceForce(Self.force, asOf: Day("2026-11-22")!)
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file) has mode \(String(mode ?? 0, radix: 8))")
        }
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path("sub/dir"))[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
    }

    @Test("the audit log and the availability log refuse UPDATE and DELETE")
    func auditIsAppendOnly() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        _ = try SQLiteStore.open(path: path)
        let database = try DatabaseQueue(path: path)
        try database.write { db in
            try db.execute(sql: "INSERT INTO allocations (case_id, from_officer, to_officer, at, by, reason) VALUES ('C1', NULL, 'OM1', '2026-11-22T10:00:00Z', 'sgt.jones', NULL)")
        }
        #expect(throws: DatabaseError.self) {
            try database.write { db in try db.execute(sql: "UPDATE allocations SET to_officer = 'OM2'") }
        }
        #expect(throws: DatabaseError.self) {
            try database.write { db in try db.execute(sql: "UPDATE allocations SET rules_overridden = 'on_leave', note = 'x'") }
        }
        #expect(throws: DatabaseError.self) {
            try database.write { db in try db.execute(sql: "DELETE FROM allocations") }
        }
        try database.write { db in
            try db.execute(sql: "INSERT INTO availability (officer_id, kind, from_day, reason, at, by) VALUES ('OM1', 'absence', '2026-11-01', 'sick', 't', 'x')")
        }
        #expect(throws: DatabaseError.self) {
            try database.write { db in try db.execute(sql: "UPDATE availability SET to_day = '2026-11-02'") }
        }
        #expect(throws: DatabaseError.self) {
            try database.write { db in try db.execute(sql: "DELETE FROM availability") }
        }
        let row = try #require(try database.read { db in try Row.fetchOne(db, sql: "SELECT count(*), max(to_officer) FROM allocations") })
        let count: Int = row[0]
        let officer: String = row[1]
        #expect(count == 1)
        #expect(officer == "OM1")
    }

    @Test("the cases table refuses a value outside the contract, and takes every value inside it", arguments: [
        ("risk", "'low'", true), ("risk", "'very_high'", true), ("risk", "'severe'", false), ("risk", "'High'", false), ("risk", "NULL", false),
        ("location", "'hospital'", true), ("location", "'approved_premises'", true), ("location", "'moon'", false),
        ("location", "''", false), ("domestic_abuse", "1", true), ("domestic_abuse", "2", false), ("domestic_abuse", "-1", false),
        ("mappa_level", "3", true), ("mappa_level", "NULL", true), ("mappa_level", "4", false), ("mappa_category", "0", false),
    ])
    func valueChecks(column: String, value: String, accepted: Bool) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        _ = try SQLiteStore.open(path: path)
        let database = try DatabaseQueue(path: path)
        var values = ["case_id": "'C1'", "team": "'North'", "risk": "'low'", "location": "'custody'", "domestic_abuse": "0"]
        values[column] = value
        let insert = "INSERT INTO cases (\(values.keys.joined(separator: ", "))) VALUES (\(values.values.joined(separator: ", ")))"
        if accepted {
            try database.write { db in try db.execute(sql: insert) }
        } else {
            #expect(throws: DatabaseError.self) { try database.write { db in try db.execute(sql: insert) } }
        }
    }

    @Test("a database whose checks were IN lists gets the faster checks on opening, its cases kept and its WAL folded in")
    func checksMigration() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        var force = ForceGenerator(officers: 50, cases: 20_000, seed: 8).generate()
        for index in force.cases.indices {
            (force.cases[index].referredOn, force.cases[index].releaseOn, force.cases[index].endsOn, force.cases[index].nextReviewOn) = (nil, nil, nil, nil)
        }
        try SQLiteStore.open(path: path).replaceForce(force, asOf: Day("2026-11-22")!)
        let database = try DatabaseQueue(path: path)
        try database.write { db in
            let sql = try #require(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'cases'"))
            let old = sql
                .replacing(/risk = 'low' OR .*? = 'very_high'/, with: "risk IN ('low', 'medium', 'high', 'very_high')")
                .replacing(/\(\s*location = 'community' OR .*? = 'hospital'\s*\)/.dotMatchesNewlines(), with: "(location IN ('community', 'custody', 'approved_premises', 'hospital'))")
                .replacing("domestic_abuse = 0 OR domestic_abuse = 1", with: "domestic_abuse IN (0, 1)")
            #expect(old.contains("risk IN (") && old.contains("location IN (") && old.contains("domestic_abuse IN ("))
            try db.execute(sql: "PRAGMA writable_schema = ON")
            try db.execute(sql: "UPDATE sqlite_master SET sql = ? WHERE name = 'cases'", arguments: [old])
            try db.execute(sql: "PRAGMA writable_schema = OFF")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v4%'")
            try db.execute(sql: CaseDateIndexes.drop)
            for column in ["referred_on", "release_on", "ends_on", "next_review_on"] { try db.execute(sql: "ALTER TABLE cases DROP COLUMN \(column)") }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v12%' OR identifier LIKE 'v14%'")
        }
        try database.close()
        let reopened = try SQLiteStore.open(path: path)
        let wal = try #require(try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int)
        #expect(wal <= 64 * 1024, "the WAL holds \(wal) bytes after rewriting 20,000 cases")
        #expect(try reopened.loadForce() == force)
        let schema = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'cases'") }
        #expect(schema?.contains(" IN (") == false)
        #expect(schema?.contains("risk = 'very_high'") == true)
    }

    @Test("the v5 migration keeps every audit row, an old override reading as one whose rules were not recorded")
    func auditMigration() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        try SQLiteStore.open(path: path).replaceForce(Self.force, asOf: Day("2026-11-22")!)
        let database = try DatabaseQueue(path: path)
        try database.write { db in
            try db.execute(sql: """
                DROP TRIGGER allocations_are_never_updated;
                DROP TRIGGER allocations_are_never_deleted;
                DROP INDEX allocations_by_to_officer;
                DROP INDEX allocations_by_from_officer;
                ALTER TABLE allocations DROP COLUMN rules_overridden;
                ALTER TABLE allocations DROP COLUMN note;
                CREATE TRIGGER allocations_are_never_updated BEFORE UPDATE ON allocations
                BEGIN SELECT RAISE(ABORT, 'the allocation audit log is append-only'); END;
                CREATE TRIGGER allocations_are_never_deleted BEFORE DELETE ON allocations
                BEGIN SELECT RAISE(ABORT, 'the allocation audit log is append-only'); END;
                INSERT INTO allocations (case_id, from_officer, to_officer, at, by, reason, override)
                VALUES ('C1', NULL, 'OM1', '2026-11-01T10:00:00Z', 'sgt.old', 'other', 1);
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v5%';
                """)
        }
        try database.close()
        let entries = try SQLiteStore.open(path: path).audit(.all)
        #expect(entries == [AuditEntry(caseID: "C1", from: nil, to: "OM1", at: "2026-11-01T10:00:00Z", by: "sgt.old", reason: "other", override: true)])
        #expect(AuditReport(entries: entries).table().contains("yes (rules not recorded)"))
    }

    @Test("a replacement that fails part-way leaves the previous force whole")
    func atomicReplace() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore.open(path: folder.path("db.sqlite"))
        try store.replaceForce(Self.force, asOf: Day("2026-11-22")!)
        var broken = Self.force
        broken.officers.removeLast()
        broken.cases.append(Case(id: "C4", officerID: "OM1", team: "North", risk: .low))
        #expect(throws: StoreError.self) { try store.replaceForce(broken, asOf: Day("2026-12-01")!) }
        #expect(try store.loadForce() == Self.force)
        #expect(try store.months() == [Month("2026-11")!])
    }

    @Test("each import records its month's snapshot, replacing an earlier one for that month")
    func snapshots() throws {
        let store = try SQLiteStore.inMemory()
        try store.replaceForce(Self.force, asOf: Day("2026-10-31")!)
        var grown = Self.force
        grown.cases.append(Case(id: "C4", officerID: "OM1", team: "North", risk: .high))
        try store.replaceForce(grown, asOf: Day("2026-11-03")!)
        try store.replaceForce(grown, asOf: Day("2026-11-22")!)
        #expect(try store.months() == [Month("2026-10")!, Month("2026-11")!])
        let october = try #require(try store.snapshot(of: Month("2026-10")!))
        #expect(october == MonthSnapshot(force: Self.force, asOf: Day("2026-10-31")!))
        let november = try #require(try store.snapshot(of: Month("2026-11")!))
        #expect(november.asOf == Day("2026-11-22"))
        #expect(november.officers.map(\.workload.cases) == [2, 1])
        #expect(november.unallocated == 1)
        #expect(try store.snapshot(of: Month("2026-09")!) == nil)
    }

    @Test("a file that is not a caseload database is refused with its path")
    func notADatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("notes.txt")
        try Data(String(repeating: "not sqlite at all\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try SQLiteStore.open(path: path) }
    }

    @Test("a file another process has only begun to create (GRDB's migrations table and nothing else) is taken as empty")
    func halfCreated() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        #expect(throws: StoreError.emptyFile(path: path)) { try SQLiteStore.openExisting(path: path) }
        try SQLiteStore.open(path: path).replaceForce(Self.force, asOf: Day("2026-11-22")!)
        #expect(try SQLiteStore.openExisting(path: path).loadForce() == Self.force)
    }
}
