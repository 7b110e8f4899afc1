import CaseloadCore
import CaseloadPostgres
import CaseloadStore
import Foundation
import Testing

/// The guarantees every store gives, proved the same way on SQLite and, when `CASELOAD_TEST_POSTGRES` names a
/// server, on PostgreSQL.
@Suite("The store contract, on every backend")
struct StoreContractTests {
    static let day = Day("2026-10-31")!
    static let force = Force(
        officers: [
            Officer(id: "OM1", name: "Aisha Khan", team: "North", mosovo: .trained, daSpecialist: true),
            Officer(id: "OM2", name: "Zoë Ångström\t\"Tab\"\\", team: "West", fte: FTE("0.5")!, mosovo: .awaiting, status: .leave, buddyID: "OM1",
                    mosovoCourseOn: Day("2027-01-18")),
            Officer(id: "OM3", name: "Ben\nWalker", team: "North", mosovo: .trained, approvedPremises: true),
        ],
        cases: [
            Case(id: "C1", officerID: "OM1", team: "North", risk: .veryHigh, mappa: Mappa(category: 2, level: 3), location: .approvedPremises,
                 domesticAbuse: true, allocatedOn: Day("2026-10-01"), previousOfficerID: "OM9", referredOn: Day("2026-09-20"),
                 endsOn: Day("2031-03-31"), nextReviewOn: Day("2026-12-01")),
            Case(id: "C3", officerID: "OM1", team: "North", risk: .low, location: .custody, releaseOn: Day("2027-02-14")),
            Case(id: "C2", officerID: "OM2", team: "West", risk: .medium, location: .custody),
            Case(id: "Q1", officerID: nil, team: "West", risk: .low, mappa: Mappa(category: 1, level: 1)),
            Case(id: "Q2", officerID: nil, team: "North", risk: .high),
        ])

    static func request(_ caseID: CaseID, from: OfficerID? = nil, to: OfficerID, by: String = "sgt.jones") -> AllocationRequest {
        AllocationRequest(caseID: caseID, from: from, to: to, by: by, reason: nil, override: false, note: nil)
    }

    @Test("a force read back is the force written, in the same order, after reopening too", arguments: Backend.available)
    func roundTrip(backend: Backend) throws {
        let database = try backend.database()
        try database.open().replaceForce(Self.force, asOf: Self.day, availability: nil)
        #expect(try database.openExisting().loadForce() == Self.force)
        #expect(try database.openExisting().unallocatedCases().map(\.id) == ["Q1", "Q2"])
        #expect(try database.openExisting().cases(heldBy: ["OM2", "OM1"]).map(\.id) == ["C1", "C3", "C2"])
        #expect(try database.openExisting().level2Or3Cases(heldBy: ["OM2", "OM1"]).map(\.id) == ["C1"])
        #expect(try database.openExisting().workloads(in: Self.day.calendarMonth).mapValues(\.cases) == ["OM1": 2, "OM2": 1, "OM3": 0])
        #expect(try database.openExisting().workloads(in: Self.day.calendarMonth.previous).isEmpty)
    }

    @Test("the cases held by officers whose ids hold quotes, backslashes and control characters are found by those ids",
          arguments: Backend.available)
    func hostileIDs(backend: Backend) throws {
        let ids: [OfficerID] = ["O\"1", "O\\2", "O\u{1}3", "O\u{1F}4", "Zoë"]
        let officers = ids.map { Officer(id: $0, name: $0.text, team: "North", mosovo: .trained) }
        let cases = ids.enumerated().map { Case(id: "C\($0)", officerID: $1, team: "North", risk: .low) }
        let database = try backend.database()
        try database.open().replaceForce(Force(officers: officers, cases: cases), asOf: Self.day, availability: nil)
        #expect(try database.openExisting().cases(heldBy: ids).map(\.id) == ["C0", "C1", "C2", "C3", "C4"])
        #expect(try database.openExisting().cases(heldBy: ["O\\2", "O\u{1F}4"]).map(\.id) == ["C1", "C3"])
    }

    @Test("a replacement that fails part-way leaves the previous force, its counts and snapshot whole", arguments: Backend.available)
    func importIsAtomic(backend: Backend) throws {
        let database = try backend.database()
        let store = try database.open()
        try store.replaceForce(Self.force, asOf: Self.day, availability: nil)
        var broken = ForceGenerator(officers: 5, cases: 200, seed: 3).generate()
        broken.cases.append(Case(id: "X1", officerID: "NOBODY", team: "North", risk: .low))
        #expect(throws: (any Error).self) { try store.replaceForce(broken, asOf: Self.day, availability: nil) }
        #expect(try store.loadForce() == Self.force)
        #expect(try store.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: Self.force, asOf: Self.day))
        #expect(try store.snapshot(of: Self.day.calendarMonth) == MonthSnapshot(force: Self.force, asOf: Self.day))
    }

    @Test("files with a bad row after many chunks leave the previous force: nothing is committed before both are valid",
          arguments: Backend.available)
    func validationBeforeWrite(backend: Backend) throws {
        let database = try backend.database()
        let store = try database.open()
        try store.replaceForce(Self.force, asOf: Self.day, availability: nil)
        let folder = try TemporaryFolder()
        let force = ForceGenerator(officers: 50, cases: 30_000, seed: 2).generate()
        try Data(ForceEncoder.officersCSV(force.officers)).write(to: URL(fileURLWithPath: folder.path("officers.csv")))
        try Data(ForceEncoder.casesCSV(force.cases) + Array("X1,,North,severe,,,community,no,,\n".utf8))
            .write(to: URL(fileURLWithPath: folder.path("cases.csv")))
        let decoding = try ImportFiles.decoder(officers: folder.path("officers.csv"), cases: folder.path("cases.csv"))
        #expect(throws: ImportFailure.self) { try store.importForce(decoding, asOf: Self.day, availability: nil) }
        #expect(try store.loadForce() == Self.force)
        #expect(try store.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: Self.force, asOf: Self.day))
    }

    @Test("the kept counts equal the cases after an import, and after allocations and transfers", arguments: Backend.available)
    func keptCounts(backend: Backend) throws {
        let database = try backend.database()
        let store = try database.open()
        let generated = ForceGenerator(officers: 12, cases: 400, unallocated: 30, seed: 5).generate()
        try store.replaceForce(generated, asOf: Self.day, availability: nil)
        #expect(try store.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: generated, asOf: Self.day))
        var random = SeededRandom(seed: 5)
        for step in 0..<40 {
            let force = try store.loadForce()
            let offender = force.cases[random.below(force.cases.count)]
            let position = random.below(force.officers.count)
            guard force.officers[position].id != offender.officerID else { continue }
            let rules = AllocationAdvisor(force: force, limits: .standard, today: Self.day).brokenRules(offender, position)
            let request = AllocationRequest(
                caseID: offender.id, from: offender.officerID, to: force.officers[position].id, by: "test", reason: .caseloadAdjustment,
                override: !rules.isEmpty)
            _ = try store.allocate([request], limits: .standard, on: Self.day.adding(days: step / 20 * 31), at: "t\(step)")
        }
        let force = try store.loadForce()
        #expect(try store.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: force, asOf: Self.day))
        let month = Self.day.adding(days: 31).calendarMonth
        #expect(try store.snapshot(of: month) == MonthSnapshot(force: force, asOf: Self.day.adding(days: 31)))
    }

    @Test("each import records its month's snapshot, replacing an earlier one; an allocation in a new month records it whole",
          arguments: Backend.available)
    func snapshots(backend: Backend) throws {
        let database = try backend.database()
        let store = try database.open()
        let first = ForceGenerator(officers: 4, cases: 60, unallocated: 5, seed: 1).generate()
        try store.replaceForce(first, asOf: Self.day, availability: nil)
        try store.replaceForce(Self.force, asOf: Self.day, availability: nil)
        #expect(try store.months() == [Self.day.calendarMonth])
        #expect(try store.snapshot(of: Self.day.calendarMonth) == MonthSnapshot(force: Self.force, asOf: Self.day))
        let november = Day("2026-11-02")!
        _ = try store.allocate([Self.request("Q1", to: "OM1")], limits: .standard, on: november, at: "2026-11-02T09:00:00Z")
        #expect(try store.months() == [Self.day.calendarMonth, november.calendarMonth])
        #expect(try store.snapshot(of: november.calendarMonth) == MonthSnapshot(force: try store.loadForce(), asOf: november))
        #expect(try store.snapshot(of: Self.day.calendarMonth)?.unallocated == 2)
    }

    @Test("the audit log, the availability log and the notices refuse UPDATE and DELETE in the database itself",
          arguments: Backend.available)
    func appendOnly(backend: Backend) throws {
        let database = try backend.database()
        let store = try database.open()
        try store.replaceForce(Self.force, asOf: Self.day, availability: nil)
        _ = try store.allocate([Self.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "2026-10-31T10:00:00Z")
        try store.record(AvailabilityEntry(officerID: "OM1", kind: .absence, from: Self.day, to: nil, reason: "sick"), by: "x", at: "t")
        try store.recordNotices([(officerID: "OM1", flags: [.overCases])], on: Self.day, by: "x", at: "t")
        var statements = [
            "UPDATE allocations SET to_officer = 'OM2'", "UPDATE allocations SET note = 'x'", "DELETE FROM allocations",
            "UPDATE availability SET to_day = '2026-11-02'", "DELETE FROM availability",
            "UPDATE notices SET flags = ''", "DELETE FROM notices",
        ]
        if backend == .postgres { statements += ["TRUNCATE allocations", "TRUNCATE availability", "TRUNCATE notices"] }
        for statement in statements { #expect(database.refuses(statement), "\(statement) was allowed") }
        #expect(try store.audit(.all).filter { $0.kind == .allocation }.map(\.to) == ["OM1"])
        #expect(try store.availability(of: nil).count == 1)
        #expect(try store.activity(in: Self.day.calendarMonth).notices == 1)
    }

    @Test("several connections allocating one case at once: exactly one wins, the rest are told who has it",
          arguments: Backend.available)
    func race(backend: Backend) throws {
        let database = try backend.database()
        try database.open().replaceForce(Self.force, asOf: Self.day, availability: nil)
        let stores = try (0..<6).map { _ in try database.openExisting() }
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: stores.count) { index in
            let officer: OfficerID = ["OM1", "OM3"][index % 2]
            do {
                _ = try stores[index].allocate([Self.request("Q2", to: officer, by: "s\(index)")], limits: .standard, on: Self.day, at: "t\(index)")
                outcomes.add(nil)
            } catch {
                outcomes.add(error)
            }
        }
        #expect(outcomes.errors.count == stores.count - 1)
        #expect(outcomes.errors.allSatisfy {
            if case AllocationError.alreadyAllocated(caseID: "Q2", _, _, _) = $0 { true } else { false }
        }, "\(outcomes.errors)")
        let store = try database.openExisting()
        #expect(try store.audit(.caseID("Q2")).count == 1)
        #expect(try store.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: try store.loadForce(), asOf: Self.day))
    }

    @Test("a database made by a newer caseload is refused, opened either way, and left as it was", arguments: Backend.available)
    func newerSchema(backend: Backend) throws {
        let database = try backend.database()
        try database.open().replaceForce(Self.force, asOf: Self.day, availability: nil)
        try database.makeNewer()
        for _ in 0..<2 {
            #expect { try database.open() } throws: { ($0 as? StoreError).map { if case .newerSchema = $0 { true } else { false } } ?? false }
            #expect { try database.openExisting() } throws: { ($0 as? StoreError).map { if case .newerSchema = $0 { true } else { false } } ?? false }
        }
        #expect(try database.count("officers") == Self.force.officers.count)
        #expect(try database.count("cases") == Self.force.cases.count)
    }

    @Test("an empty database gets the schema once, even opened by several at once; opened as existing it is refused",
          arguments: Backend.available)
    func migrations(backend: Backend) throws {
        let database = try backend.database()
        if backend == .postgres {
            #expect { try database.openExisting() } throws: { ($0 as? StoreError).map { if case .noDatabase = $0 { true } else { false } } ?? false }
        }
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do {
                _ = try database.open()
                outcomes.add(nil)
            } catch {
                outcomes.add(error)
            }
        }
        #expect(outcomes.errors.isEmpty, "\(outcomes.errors)")
        try database.open().replaceForce(Self.force, asOf: Self.day, availability: nil)
        #expect(try database.openExisting().loadForce() == Self.force)
    }

    @Test("another connection's change moves the data version; nothing changing leaves it", arguments: Backend.available)
    func dataVersion(backend: Backend) throws {
        let database = try backend.database()
        try database.open().replaceForce(Self.force, asOf: Self.day, availability: nil)
        let watcher = try database.openExisting()
        let first = try watcher.dataVersion()
        #expect(try watcher.dataVersion() == first)
        _ = try database.openExisting().allocate([Self.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "t")
        let deadline = Date().addingTimeInterval(2)
        while try watcher.dataVersion() == first && Date() < deadline { usleep(10_000) }
        #expect(try watcher.dataVersion() != first)
    }

    @Test("a whole force copies to an empty store with its history, audit log, absences, notices and snapshots; a store that is not empty is refused",
          arguments: Backend.available.flatMap { from in Backend.available.map { (from, $0) } })
    func copy(from: Backend, to: Backend) throws {
        let sourceDatabase = try from.database()
        let source = try sourceDatabase.open()
        try source.replaceForce(
            Self.force, asOf: Day("2026-09-30")!,
            availability: [AvailabilityEntry(officerID: "OM3", kind: .reduction, from: Self.day, to: nil, fractionMillionths: 200_000, reason: "phased")])
        try source.replaceForce(Self.force, asOf: Self.day, availability: nil)
        _ = try source.allocate([Self.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "2026-10-31T10:00:00Z")
        try source.record(AvailabilityEntry(officerID: "OM1", kind: .absence, from: Self.day, to: Day("2026-11-30"), reason: "leave"), by: "x", at: "t")
        try source.recordNotices([(officerID: "OM2", flags: [.overHighRisk])], on: Self.day, by: "x", at: "t")
        let archive = try source.archive()
        let targetDatabase = try to.database()
        let target = try targetDatabase.open()
        try target.restore(archive)
        let copied = try target.archive()
        #expect(copied.force == archive.force)
        #expect(copied.audit == archive.audit)
        #expect(copied.availability == archive.availability)
        #expect(copied.notices == archive.notices)
        #expect(copied.snapshots == archive.snapshots)
        #expect(copied.queuedSince == archive.queuedSince)
        #expect(try target.currentSnapshot(asOf: Self.day) == (try source.currentSnapshot(asOf: Self.day)))
        #expect { try target.restore(archive) } throws: { ($0 as? StoreError).map { if case .notEmpty = $0 { true } else { false } } ?? false }
    }
}

/// What each of several concurrent attempts came to, collected under a lock.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [(any Error)?] = []

    func add(_ error: (any Error)?) {
        lock.lock()
        all.append(error)
        lock.unlock()
    }

    var errors: [any Error] {
        lock.lock()
        defer { lock.unlock() }
        return all.compactMap { $0 }
    }
}
