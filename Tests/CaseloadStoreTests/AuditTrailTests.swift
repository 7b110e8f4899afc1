import CaseloadCore
import CaseloadStore
import Foundation
import Testing

/// One audit trail: every kind of event, newest first, narrowed by case or officer, on every backend.
@Suite("One audit trail, on every backend")
struct AuditTrailTests {
    static let day = Day("2026-12-01")!

    static let force = Force(
        officers: ["OM1", "OM2", "OM3"].map { Officer(id: $0, name: "Officer \($0)", team: "North", mosovo: $0 == "OM3" ? .awaiting : .trained, buddyID: $0 == "OM3" ? "OM1" : nil) },
        cases: [
            Case(id: "C1", officerID: "OM1", team: "North", risk: .low),
            Case(id: "C2", officerID: "OM1", team: "North", risk: .medium),
            Case(id: "Q1", officerID: nil, team: "North", risk: .low),
            Case(id: "Q2", officerID: nil, team: "North", risk: .low, mappa: Mappa(category: 1, level: 2)),
        ])

    /// A store with one of every kind of event, each a second after the one before, from an import of the files.
    static func storeWithEveryEvent(_ backend: Backend) throws -> (TestDatabase, any ForceStore) {
        let database = try backend.database()
        let store = try database.open()
        let folder = try TemporaryFolder()
        try Data(ForceEncoder.officersCSV(force.officers)).write(to: URL(fileURLWithPath: folder.path("officers.csv")))
        try Data(ForceEncoder.casesCSV(force.cases)).write(to: URL(fileURLWithPath: folder.path("cases.csv")))
        let decoder = try ImportFiles.decoder(officers: folder.path("officers.csv"), cases: folder.path("cases.csv"))
        _ = try store.importForce(decoder, asOf: day, availability: nil, by: "sgt.import", at: "2026-12-01T08:00:00Z")
        let at = { (second: Int) in "2026-12-01T09:00:\(second < 10 ? "0" : "")\(second)Z" }
        let request = { (caseID: CaseID, from: OfficerID?, to: OfficerID, override: Bool) in
            AllocationRequest(caseID: caseID, from: from, to: to, by: "sgt.jones", reason: override || from != nil ? .other : nil, override: override, note: "n")
        }
        _ = try store.allocate([request("Q1", nil, "OM2", false)], limits: .standard, on: day, at: at(1))
        _ = try store.allocate([request("C2", "OM1", "OM2", false)], limits: .standard, on: day, at: at(2))
        _ = try store.allocate([request("Q2", nil, "OM3", true)], limits: .standard, on: day, at: at(3))
        try store.record(AvailabilityEntry(officerID: "OM1", kind: .absence, from: day, to: Day("2026-12-20")!, reason: "sickness"), by: "sgt.jones", at: at(4))
        try store.record(
            AvailabilityEntry(officerID: "OM2", kind: .reduction, from: day, to: nil, fractionMillionths: 400_000, reason: "phased return"), by: "sgt.jones", at: at(5))
        _ = try store.cover([CoverRequest(caseID: "C1", officerID: "OM1", coveringID: "OM2", until: Day("2026-12-20")!, by: "sgt.jones")], limits: .standard, on: day, at: at(6))
        _ = try store.endCover(of: "OM1", on: Day("2026-12-02")!, by: "sgt.jones", at: at(7))
        try store.recordNotices([(officerID: "OM2", flags: [.overCases])], on: day, by: "sgt.jones", at: at(8))
        return (database, store)
    }

    @Test("audit lists every kind of event, newest first, each with its kind; imports and notices included", arguments: Backend.available)
    func everyKind(backend: Backend) throws {
        let (database, store) = try Self.storeWithEveryEvent(backend)
        defer { withExtendedLifetime(database) {} }
        let trail = try store.audit(.all, on: Day("2026-12-31")!)
        #expect(trail.map(\.kind) == [.notice, .coverEnded, .coverStarted, .reduction, .absence, .override, .transfer, .allocation, .import])
        #expect(Set(trail.map(\.kind)) == Set(AuditKind.allCases))
        #expect(trail.map(\.at) == trail.map(\.at).sorted(by: >))
        #expect(trail.last?.by == "sgt.import" && trail.last?.note?.contains("4 cases (2 waiting)") == true)
        #expect(trail.first { $0.kind == .reduction }?.note == "0.4 of capacity from 2026-12-01, with no end date")
        #expect(trail.first { $0.kind == .notice }?.note == "given on 2026-12-01: over the caseload limit")
        #expect(trail.first { $0.kind == .override }?.rulesOverridden == [HardRule.untrainedForLevel2Or3.rawValue])
        let activity = try store.activity(in: Self.day.calendarMonth)
        #expect(activity == MonthActivity(notices: 1, transfers: 1, overrides: 1, coverStarted: 1))
    }

    @Test("an officer's trail is what concerns them; a case's is its own; imports belong to the whole trail only", arguments: Backend.available)
    func narrowed(backend: Backend) throws {
        let (database, store) = try Self.storeWithEveryEvent(backend)
        defer { withExtendedLifetime(database) {} }
        #expect(try store.audit(.officerID("OM1"), on: Self.day).map(\.kind) == [.coverEnded, .coverStarted, .absence, .transfer])
        #expect(try store.audit(.officerID("OM2"), on: Self.day).map(\.kind) == [.notice, .coverEnded, .coverStarted, .reduction, .transfer, .allocation])
        #expect(try store.audit(.caseID("C1"), on: Self.day).map(\.kind) == [.coverEnded, .coverStarted])
    }

    @Test("the cover and import logs refuse UPDATE and DELETE in the database itself, and copy whole", arguments: Backend.available)
    func appendOnly(backend: Backend) throws {
        let (database, store) = try Self.storeWithEveryEvent(backend)
        var statements = ["UPDATE imports SET cases = 0", "DELETE FROM imports", "UPDATE covers SET to_day = NULL", "DELETE FROM covers"]
        if backend == .postgres { statements += ["TRUNCATE imports", "TRUNCATE covers"] }
        for statement in statements { #expect(database.refuses(statement), "\(statement) was allowed") }
        let copy = try backend.database()
        try copy.open().restore(store.archive())
        #expect(try copy.openExisting().audit(.all, on: Self.day) == store.audit(.all, on: Self.day))
    }
}
