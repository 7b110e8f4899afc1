import CaseloadCore
import CaseloadStore
import Foundation
import Testing

/// Temporary cover in the store, on every backend: started, counted, ended early or lapsing, surviving an import.
@Suite("Temporary cover in the store, on every backend")
struct CoverStoreTests {
    static let day = Day("2026-12-01")!
    static let lastDay = Day("2026-12-20")!

    /// OM1 away from the 1st to the 20th with 4 cases (C-0 high risk); OM2 and OM3 trained colleagues with 10 each.
    static func storeWithAbsence(_ backend: Backend) throws -> TestDatabase {
        let database = try backend.database()
        let store = try database.open()
        let force = Force(
            officers: ["OM1", "OM2", "OM3"].map { Officer(id: $0, name: "Officer \($0)", team: "North", mosovo: .trained) },
            cases: cases("OM1", 4, prefix: "C", high: 1) + cases("OM2", 10) + cases("OM3", 10))
        try store.replaceForce(force, asOf: day)
        try store.record(
            AvailabilityEntry(officerID: "OM1", kind: .absence, from: day, to: lastDay, reason: "sickness"), by: "sgt.jones", at: "2026-12-01T08:00:00Z")
        return database
    }

    static func cases(_ officerID: OfficerID, _ count: Int, prefix: String? = nil, high: Int = 0) -> [Case] {
        (0..<count).map { Case(id: "\(prefix ?? officerID.text)-\($0)", officerID: officerID, team: "North", risk: $0 < high ? .high : .low) }
    }

    static func requests(_ pairs: [(CaseID, OfficerID)]) -> [CoverRequest] {
        pairs.map { CoverRequest(caseID: $0.0, officerID: "OM1", coveringID: $0.1, until: lastDay, by: "sgt.jones") }
    }

    /// Each officer's cases, covering and under-cover counts on a day, from the kept counts.
    static func counts(_ store: any ForceStore, on day: Day) throws -> [OfficerID: [Int]] {
        Dictionary(uniqueKeysWithValues: try store.currentSnapshot(asOf: day).officers.map {
            ($0.officer.id, [$0.workload.cases, $0.workload.covering, $0.workload.underCover])
        })
    }

    @Test("cover counts for the colleague while the absence lasts, and every figure is back the day after it ends",
          arguments: Backend.available)
    func coverAndLapse(backend: Backend) throws {
        let database = try Self.storeWithAbsence(backend)
        let store = try database.openExisting()
        let before = try Self.counts(store, on: Day("2026-12-21")!)
        let entries = try store.cover(Self.requests([("C-0", "OM2"), ("C-1", "OM2"), ("C-2", "OM3")]), limits: .standard, on: Self.day, at: "2026-12-01T09:00:00Z")
        #expect(entries.map(\.kind) == [.coverStarted, .coverStarted, .coverStarted])
        #expect(try Self.counts(store, on: Self.day) == ["OM1": [1, 0, 3], "OM2": [12, 2, 0], "OM3": [11, 1, 0]])
        #expect(try store.snapshot(of: Self.day.calendarMonth)?.officers.map(\.workload.covering) == [0, 2, 1])
        #expect(try store.loadForce(on: Self.lastDay).figures(limits: .standard).officers.map(\.cases) == [1, 12, 11])
        #expect(try store.loadForce().cases.filter { $0.officerID == "OM1" }.count == 4, "the officer of record stays")

        let after = Day("2026-12-21")!
        #expect(try Self.counts(store, on: after) == before)
        #expect(try store.loadForce(on: after).figures(limits: .standard).officers.map(\.cases) == [4, 10, 10], "every case counts for its officer again")
        #expect(try store.loadForce(on: after).covers.isEmpty)
        let trail = try store.audit(.caseID("C-0"), on: after)
        #expect(trail.map(\.kind) == [.coverEnded, .coverStarted])
        #expect(trail.first?.at == "2026-12-21T00:00:00Z" && trail.first?.by == "caseload")
        #expect(try store.audit(.caseID("C-0"), on: Self.lastDay).map(\.kind) == [.coverStarted], "no lapse before the last day has passed")
    }

    @Test("cover --end brings the cases back from that day, audited; a second end has nothing to end", arguments: Backend.available)
    func endEarly(backend: Backend) throws {
        let database = try Self.storeWithAbsence(backend)
        let store = try database.openExisting()
        _ = try store.cover(Self.requests([("C-0", "OM2"), ("C-1", "OM3")]), limits: .standard, on: Self.day, at: "2026-12-01T09:00:00Z")
        let ended = try store.endCover(of: "OM1", on: Day("2026-12-10")!, by: "sgt.jones", at: "2026-12-10T09:00:00Z")
        #expect(Set(ended.map(\.caseID)) == ["C-0", "C-1"] && ended.allSatisfy { $0.kind == .coverEnded && $0.to == "OM1" })
        #expect(try Self.counts(store, on: Day("2026-12-09")!)["OM1"] == [2, 0, 2])
        #expect(try Self.counts(store, on: Day("2026-12-10")!)["OM1"] == [4, 0, 0])
        #expect(throws: AllocationError.nothingCovered(officer: "OM1")) {
            try store.endCover(of: "OM1", on: Day("2026-12-10")!, by: "sgt.jones", at: "2026-12-10T10:00:00Z")
        }
        #expect(try store.audit(.caseID("C-0"), on: Day("2026-12-30")!).map(\.kind) == [.coverEnded, .coverStarted], "ended early, so no lapse too")
    }

    @Test("cover is refused, all or nothing: a case already covered, or not with the officer, or a colleague a rule forbids",
          arguments: Backend.available)
    func refusals(backend: Backend) throws {
        let database = try Self.storeWithAbsence(backend)
        let store = try database.openExisting()
        _ = try store.cover(Self.requests([("C-0", "OM2")]), limits: .standard, on: Self.day, at: "2026-12-01T09:00:00Z")
        #expect(throws: AllocationError.alreadyCovered(caseID: "C-0", by: "OM2")) {
            try store.cover(Self.requests([("C-1", "OM3"), ("C-0", "OM3")]), limits: .standard, on: Self.day, at: "t")
        }
        #expect(try Self.counts(store, on: Self.day)["OM3"] == [10, 0, 0], "the first cover of the refused batch was not kept")
        #expect(throws: AllocationError.notWithOfficer(caseID: "OM2-0", expected: "OM1", actual: "OM2")) {
            try store.cover(Self.requests([("OM2-0", "OM3")]), limits: .standard, on: Self.day, at: "t")
        }
        #expect { try store.cover(Self.requests([("C-1", "OM1")]), limits: .standard, on: Self.day, at: "t") } throws: {
            if case AllocationError.refused(_, _, let rules, _) = $0 { rules.contains(.onLeave) } else { false }
        }
    }

    @Test("cover survives an import while the case stays with its officer, and lapses for a case the files move", arguments: Backend.available)
    func survivesImport(backend: Backend) throws {
        let database = try Self.storeWithAbsence(backend)
        let store = try database.openExisting()
        _ = try store.cover(Self.requests([("C-0", "OM2"), ("C-1", "OM2")]), limits: .standard, on: Self.day, at: "2026-12-01T09:00:00Z")
        var force = try store.loadForce()
        force.cases[force.cases.firstIndex { $0.id == "C-1" }!].officerID = "OM3"
        try store.replaceForce(force, asOf: Day("2026-12-05")!)
        #expect(try store.loadForce(on: Day("2026-12-05")!).covers.map(\.caseID) == ["C-0"])
        #expect(try Self.counts(store, on: Day("2026-12-05")!) == ["OM1": [2, 0, 1], "OM2": [11, 1, 0], "OM3": [11, 0, 0]])
        #expect(try store.snapshot(of: Self.day.calendarMonth)?.officers.map(\.workload.underCover) == [1, 0, 0])
    }

    @Test("the cover log refuses UPDATE and DELETE in the database itself, and copies whole to another store",
          arguments: Backend.available.flatMap { from in Backend.available.map { (from, $0) } })
    func appendOnlyAndCopied(from: Backend, to: Backend) throws {
        let database = try Self.storeWithAbsence(from)
        let store = try database.openExisting()
        _ = try store.cover(Self.requests([("C-0", "OM2")]), limits: .standard, on: Self.day, at: "2026-12-01T09:00:00Z")
        _ = try store.endCover(of: "OM1", on: Day("2026-12-03")!, by: "sgt.jones", at: "2026-12-03T09:00:00Z")
        for statement in ["UPDATE covers SET covering_officer_id = 'OM3'", "DELETE FROM covers"] {
            #expect(throws: (any Error).self) { try database.execute(statement) }
        }
        let target = try to.database()
        try target.open().restore(store.archive())
        let copied = try target.openExisting()
        #expect(try copied.audit(.all, on: Day("2026-12-30")!) == store.audit(.all, on: Day("2026-12-30")!))
        #expect(try copied.archive().covers == store.archive().covers)
    }
}
