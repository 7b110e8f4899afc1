import CaseloadCore
import CaseloadSQLite
import CaseloadStore
import Foundation
import GRDB
import Testing

@Suite("Each officer's counts kept current in the store")
struct CurrentFiguresTests {
    static let day = Day("2026-10-31")!

    @Test("after an import the kept counts equal the counts of the cases")
    func afterImport() throws {
        let store = try SQLiteStore.inMemory()
        let force = ForceGenerator(officers: 30, cases: 1_200, unallocated: 40, seed: 7).generate()
        try store.replaceForce(force, asOf: Self.day)
        #expect(try store.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: force, asOf: Self.day))
    }

    @Test("after allocations and transfers the kept counts equal the counts of the cases", arguments: [1, 2, 3] as [UInt64])
    func afterAllocations(seed: UInt64) throws {
        let store = try SQLiteStore.inMemory()
        try store.replaceForce(ForceGenerator(officers: 12, cases: 400, unallocated: 30, seed: seed).generate(), asOf: Self.day)
        var random = SeededRandom(seed: seed)
        for step in 0..<60 {
            let force = try store.loadForce()
            let offender = force.cases[random.below(force.cases.count)]
            let position = random.below(force.officers.count)
            let officer = force.officers[position]
            guard officer.id != offender.officerID else { continue }
            let rules = AllocationAdvisor(force: force, limits: .standard, today: Self.day).brokenRules(offender, position)
            let request = AllocationRequest(
                caseID: offender.id, from: offender.officerID, to: officer.id, by: "test", reason: .caseloadAdjustment, override: !rules.isEmpty)
            _ = try store.allocate([request], limits: .standard, on: Self.day.adding(days: step / 20 * 31), at: "t\(step)")
        }
        let force = try store.loadForce()
        #expect(try store.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: force, asOf: Self.day))
    }

    @Test("a kept count no force could have is refused as a damaged table, not trusted or crashed on", arguments: [
        ("officer_workloads", 2_147_483_647, true), ("officer_workloads", 2_147_483_648, false), ("officer_workloads", -1, false),
        ("month_officers", 4_000_000_000, false),
    ])
    func impossibleCount(table: String, value: Int, accepted: Bool) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("db.sqlite")
        let store = try SQLiteStore.open(path: path)
        try store.replaceForce(ForceGenerator(officers: 3, cases: 20, seed: 1).generate(), asOf: Self.day)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "UPDATE \(table) SET custody = ? WHERE officer_id = 'OM001'", arguments: [value]) }
        let read = { table == "month_officers" ? try store.snapshot(of: Self.day.calendarMonth)! : try store.currentSnapshot(asOf: Self.day) }
        if accepted {
            #expect(try read().officers.first?.workload.custody == value)
        } else {
            #expect(throws: StoreError.unexpectedValue(table: table, column: "custody", value: String(value))) { try read() }
        }
    }

    @Test("a database from before the counts were kept gets them on opening")
    func migration() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        let force = ForceGenerator(officers: 5, cases: 200, seed: 3).generate()
        do {
            let store = try SQLiteStore.open(path: path)
            try store.replaceForce(force, asOf: Self.day)
        }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                DROP TABLE officer_workloads; DROP TABLE covers; DROP TABLE imports;
                ALTER TABLE month_officers DROP COLUMN covering; ALTER TABLE month_officers DROP COLUMN under_cover;
                ALTER TABLE month_officers DROP COLUMN most_dangerous; ALTER TABLE month_officers DROP COLUMN high_risk_residents;
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v2:%' OR identifier LIKE 'v13:%' OR identifier LIKE 'v16:%'
                """)
        }
        try queue.close()
        let reopened = try SQLiteStore.open(path: path)
        #expect(try reopened.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: force, asOf: Self.day))
    }

    @Test("importing files twice in one month replaces that month's snapshot and the kept counts")
    func importTwice() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore.open(path: folder.path("force.sqlite"))
        for seed in [5, 6] as [UInt64] {
            let force = ForceGenerator(officers: 8, cases: 300, unallocated: 9, seed: seed).generate()
            try Data(ForceEncoder.officersCSV(force.officers)).write(to: URL(fileURLWithPath: folder.path("officers.csv")))
            try Data(ForceEncoder.casesCSV(force.cases)).write(to: URL(fileURLWithPath: folder.path("cases.csv")))
            let summary = try store.importForce(ImportFiles.decoder(officers: folder.path("officers.csv"), cases: folder.path("cases.csv")), asOf: Self.day, availability: nil)
            #expect(summary == ImportSummary(officers: 8, cases: 300, unallocated: 9))
            #expect(try store.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: force, asOf: Self.day))
            #expect(try store.snapshot(of: Self.day.calendarMonth) == MonthSnapshot(force: force, asOf: Self.day))
        }
    }

    @Test("a bad row after many chunks have been written leaves the previous force, and the decoder stops")
    func lateFailure() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore.open(path: folder.path("force.sqlite"))
        let before = ForceGenerator(officers: 4, cases: 100, seed: 1).generate()
        try store.replaceForce(before, asOf: Self.day)
        let force = ForceGenerator(officers: 50, cases: 30_000, seed: 2).generate()
        try Data(ForceEncoder.officersCSV(force.officers)).write(to: URL(fileURLWithPath: folder.path("officers.csv")))
        try Data(ForceEncoder.casesCSV(force.cases) + Array("X1,,North,severe,,,community,no,,\n".utf8))
            .write(to: URL(fileURLWithPath: folder.path("cases.csv")))
        let decoding = try ImportFiles.decoder(officers: folder.path("officers.csv"), cases: folder.path("cases.csv"))
        #expect(throws: ImportFailure.self) { try store.importForce(decoding, asOf: Self.day, availability: nil) }
        #expect(try store.loadForce() == before)
        #expect(try store.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: before, asOf: Self.day))
    }

    @Test("cases held by some officers come back in import order")
    func casesHeld() throws {
        let store = try SQLiteStore.inMemory()
        let force = ForceGenerator(officers: 6, cases: 300, seed: 4).generate()
        try store.replaceForce(force, asOf: Self.day)
        let chosen = [force.officers[4].id, force.officers[1].id]
        #expect(try store.cases(heldBy: chosen) == force.cases.filter { chosen.contains($0.officerID ?? "") })
        #expect(try store.cases(heldBy: []) == [])
    }

    @Test("an import folds the WAL into the file and leaves it a few pages long; reopening then changes no byte")
    func closingCheckpoints() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("force.sqlite")
        let force = ForceGenerator(officers: 50, cases: 20_000, seed: 3).generate()
        do {
            try SQLiteStore.open(path: path).replaceForce(force, asOf: Self.day)
        }
        let wal = try #require(try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int)
        #expect((1...64 * 1024).contains(wal), "the WAL holds \(wal) bytes")
        let copy = folder.path("copy.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        #expect(try SQLiteStore.open(path: copy).loadForce() == force)
        let closed = try [path, path + "-wal"].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        do {
            _ = try SQLiteStore.open(path: path).loadForce()
        }
        #expect(try [path, path + "-wal"].map { try Data(contentsOf: URL(fileURLWithPath: $0)) } == closed)
    }
}
