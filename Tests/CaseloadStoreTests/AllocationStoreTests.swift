import CaseloadCore
import CaseloadSQLite
import CaseloadStore
import Testing

@Suite("Allocations and transfers in the store")
struct AllocationStoreTests {
    static let day = Day("2026-11-22")!

    static func store() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        let force = Force(
            officers: [
                Officer(id: "OM1", name: "Aisha Khan", team: "North", mosovo: .trained),
                Officer(id: "OM2", name: "Ben Walker", team: "North", mosovo: .awaiting, buddyID: "OM1"),
            ],
            cases: [
                Case(id: "C1", officerID: "OM1", team: "North", risk: .low),
                Case(id: "Q1", officerID: nil, team: "North", risk: .medium, location: .custody),
                Case(id: "Q2", officerID: nil, team: "North", risk: .low, mappa: Mappa(category: 1, level: 2)),
            ])
        try store.replaceForce(force, asOf: day)
        return store
    }

    static func request(
        _ caseID: CaseID, from: OfficerID? = nil, to: OfficerID, override: Bool = false, reason: AllocationReason? = nil, note: String? = nil
    ) -> AllocationRequest {
        AllocationRequest(caseID: caseID, from: from, to: to, by: "sgt.jones", reason: reason, override: override, note: note)
    }

    @Test("an allocation writes the case, one audit row and the month's snapshot")
    func allocate() throws {
        let store = try Self.store()
        let entries = try store.allocate([Self.request("Q1", to: "OM2")], limits: .standard, on: Self.day, at: "2026-11-22T10:00:00Z")
        #expect(entries == [AuditEntry(caseID: "Q1", from: nil, to: "OM2", at: "2026-11-22T10:00:00Z", by: "sgt.jones", reason: nil, override: false)])
        let force = try store.loadForce()
        let q1 = try #require(force.cases.first { $0.id == "Q1" })
        #expect(q1.officerID == "OM2")
        #expect(q1.allocatedOn == Self.day)
        #expect(try store.audit(.all) == entries)
        let snapshot = try #require(try store.snapshot(of: Month("2026-11")!))
        #expect(snapshot == MonthSnapshot(force: force, asOf: Self.day))
        #expect(snapshot.unallocated == 1)
    }

    @Test("an allocation in a month with no snapshot records the whole month")
    func newMonth() throws {
        let store = try Self.store()
        let december = Day("2026-12-02")!
        _ = try store.allocate([Self.request("Q1", to: "OM1")], limits: .standard, on: december, at: "2026-12-02T09:00:00Z")
        #expect(try store.months() == [Month("2026-11")!, Month("2026-12")!])
        #expect(try store.snapshot(of: Month("2026-12")!) == MonthSnapshot(force: try store.loadForce(), asOf: december))
        #expect(try store.snapshot(of: Month("2026-11")!)?.unallocated == 2)
    }

    @Test("a refused allocation changes nothing and says which rule")
    func refused() throws {
        let store = try Self.store()
        let before = try store.loadForce()
        let words = "not MOSOVO trained, and the case is MAPPA level 2 or 3"
        #expect(throws: AllocationError.refused(caseID: "Q2", officer: "OM2", rules: [.untrainedForLevel2Or3], explanations: [words])) {
            try store.allocate([Self.request("Q2", to: "OM2")], limits: .standard, on: Self.day, at: "t")
        }
        #expect(try store.loadForce() == before)
        #expect(try store.audit(.all).isEmpty)
    }

    @Test("an override needs a reason, and its audit row names each rule it broke, with the note")
    func override() throws {
        let store = try Self.store()
        #expect(throws: AllocationError.overrideNeedsReason(caseID: "Q2")) {
            try store.allocate([Self.request("Q2", to: "OM2", override: true)], limits: .standard, on: Self.day, at: "t")
        }
        let entries = try store.allocate(
            [Self.request("Q2", to: "OM2", override: true, reason: .noSuitableOfficerAvailable, note: "buddy OM1 supervises")],
            limits: .standard, on: Self.day, at: "t")
        #expect(entries.first?.override == true)
        #expect(entries.first?.reason == "no_suitable_officer_available")
        #expect(entries.first?.rulesOverridden == ["untrained_for_l2_l3"])
        #expect(try store.audit(.caseID("Q2")) == entries)
        #expect(try store.audit(.caseID("Q2")).first?.note == "buddy OM1 supervises")
    }

    @Test("while an untrained officer's buddy is away they take no new case; an override names the buddy rule")
    func buddyAway() throws {
        let store = try Self.store()
        try store.record(
            AvailabilityEntry(officerID: "OM1", kind: .absence, from: Self.day, to: Self.day.adding(days: 20), reason: "sick"), by: "x", at: "t")
        #expect {
            try store.allocate([Self.request("Q1", to: "OM2")], limits: .standard, on: Self.day, at: "t")
        } throws: { error in
            guard case AllocationError.refused(_, _, let rules, let explanations) = error else { return false }
            return rules == [.noAvailableBuddy] && explanations == ["their buddy OM1 is away until \(Self.day.adding(days: 20))"]
        }
        #expect(try store.audit(.all).map(\.kind) == [.absence], "the buddy's absence, and no allocation")
        let entries = try store.allocate(
            [Self.request("Q1", to: "OM2", override: true, reason: .noSuitableOfficerAvailable, note: "OM3 supervises meanwhile")],
            limits: .standard, on: Self.day, at: "t")
        #expect(entries.first?.rulesOverridden == ["no_available_buddy"])
        _ = try store.allocate([Self.request("Q1", from: "OM2", to: "OM1", override: true, reason: .other, note: "back")], limits: .standard, on: Self.day, at: "t")
        let back = Self.day.adding(days: 21)
        let moved = try store.allocate([Self.request("Q1", from: "OM1", to: "OM2", reason: .caseloadAdjustment)], limits: .standard, on: back, at: "t2")
        #expect(moved.first?.override == false, "once the buddy is back the officer may take cases again")
    }

    @Test("the store lets an AP officer held only by their residents' risk take an AP resident, and refuses them anything else")
    func approvedPremisesResident() throws {
        let store = try SQLiteStore.inMemory()
        var cases = (0..<10).map { Case(id: "R\($0)", officerID: "P", team: "North", risk: .high, location: .approvedPremises) }
        cases += (0..<30).map { Case(id: "O\($0)", officerID: "P", team: "North", risk: $0 < 2 ? .high : .low) }
        cases += [Case(id: "QR", officerID: nil, team: "North", risk: .high, location: .approvedPremises), Case(id: "QC", officerID: nil, team: "North", risk: .low)]
        try store.replaceForce(Force(officers: [Officer(id: "P", name: "Pat", team: "North", mosovo: .trained, approvedPremises: true)], cases: cases), asOf: Self.day)
        #expect(try store.allocate([Self.request("QR", to: "P")], limits: .standard, on: Self.day, at: "t").first?.override == false)
        #expect(throws: AllocationError.self) { try store.allocate([Self.request("QC", to: "P")], limits: .standard, on: Self.day, at: "t") }
    }

    @Test("an override with no rule in the way is refused as nothing to override, and nothing is written")
    func nothingToOverride() throws {
        let store = try Self.store()
        #expect(throws: AllocationError.nothingToOverride(caseID: "Q1", officer: "OM1")) {
            try store.allocate([Self.request("Q1", to: "OM1", override: true, reason: .other, note: "x")], limits: .standard, on: Self.day, at: "t")
        }
        #expect(try store.audit(.all).isEmpty)
        #expect(try store.loadForce().cases.first { $0.id == "Q1" }?.officerID == nil)
    }

    @Test("reason other needs a note; a blank note is no note", arguments: [nil, "", "   "])
    func otherNeedsNote(note: String?) throws {
        let store = try Self.store()
        #expect(throws: AllocationError.otherNeedsNote(caseID: "C1")) {
            try store.allocate([Self.request("C1", from: "OM1", to: "OM2", reason: .other, note: note)], limits: .standard, on: Self.day, at: "t")
        }
        #expect(try store.audit(.all).isEmpty)
    }

    @Test("a waiting case keeps the day it joined the queue across imports; a case that leaves it is forgotten")
    func queuedSince() throws {
        let store = try Self.store()
        #expect(try store.queuedSince() == ["Q1": Self.day, "Q2": Self.day])
        var force = try store.loadForce()
        force.cases[force.cases.firstIndex { $0.id == "Q1" }!].officerID = "OM1"
        force.cases[force.cases.firstIndex { $0.id == "C1" }!].officerID = nil
        let later = Day("2026-12-10")!
        try store.replaceForce(force, asOf: later)
        #expect(try store.queuedSince() == ["Q2": Self.day, "C1": later])
    }

    @Test("the audit log by officer holds what they were given and what was taken from them; an unknown id is an error")
    func auditScopes() throws {
        let store = try Self.store()
        _ = try store.allocate([Self.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "2026-11-22T10:00:00Z")
        _ = try store.allocate([Self.request("C1", from: "OM1", to: "OM2", reason: .caseloadAdjustment)], limits: .standard, on: Self.day, at: "2026-11-22T11:00:00Z")
        #expect(try store.audit(.officerID("OM1")).map(\.caseID) == ["C1", "Q1"])
        #expect(try store.audit(.officerID("OM2")).map(\.caseID) == ["C1"])
        #expect(try store.audit(.caseID("Q2")).isEmpty)
        #expect(throws: AllocationError.noSuchCase("C9999")) { try store.audit(.caseID("C9999")) }
        #expect(throws: AllocationError.noSuchOfficer("OM9")) { try store.audit(.officerID("OM9")) }
    }

    @Test("a batch with one bad request writes none of them")
    func batchIsAtomic() throws {
        let store = try Self.store()
        let before = try store.loadForce()
        #expect(throws: AllocationError.self) {
            try store.allocate([Self.request("Q1", to: "OM1"), Self.request("Q2", to: "OM2")], limits: .standard, on: Self.day, at: "t")
        }
        #expect(try store.loadForce() == before)
        #expect(try store.audit(.all).isEmpty)
        #expect(try store.snapshot(of: Month("2026-11")!)?.unallocated == 2)
    }

    @Test("a case allocated meanwhile, or no longer with --from, is refused with who has it", arguments: [
        (AllocationRequest(caseID: "C1", from: nil, to: "OM2", by: "x", reason: nil, override: false), AllocationError.alreadyAllocated(caseID: "C1", to: "OM1", by: nil, at: nil)),
        (AllocationRequest(caseID: "C1", from: "OM2", to: "OM1", by: "x", reason: .other, override: false), .notWithOfficer(caseID: "C1", expected: "OM2", actual: "OM1")),
        (AllocationRequest(caseID: "Q1", from: "OM1", to: "OM2", by: "x", reason: .other, override: false), .notWithOfficer(caseID: "Q1", expected: "OM1", actual: nil)),
        (AllocationRequest(caseID: "C1", from: "OM1", to: "OM1", by: "x", reason: .other, override: false), .alreadyWithOfficer(caseID: "C1", officer: "OM1")),
        (AllocationRequest(caseID: "C9", from: nil, to: "OM1", by: "x", reason: nil, override: false), .noSuchCase("C9")),
        (AllocationRequest(caseID: "Q1", from: nil, to: "OM9", by: "x", reason: nil, override: false), .noSuchOfficer("OM9")),
    ])
    func stale(request: AllocationRequest, error: AllocationError) throws {
        let store = try Self.store()
        #expect(throws: error) { try store.allocate([request], limits: .standard, on: Self.day, at: "t") }
    }

    @Test("a transfer moves the case, keeps the old officer as previous, and the audit reads newest first")
    func transfer() throws {
        let store = try Self.store()
        _ = try store.allocate([Self.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "2026-11-22T10:00:00Z")
        _ = try store.allocate([Self.request("Q1", from: "OM1", to: "OM2", reason: .changeOfAddress)], limits: .standard, on: Self.day, at: "2026-11-22T11:00:00Z")
        let q1 = try #require(try store.loadForce().cases.first { $0.id == "Q1" })
        #expect(q1.officerID == "OM2")
        #expect(q1.previousOfficerID == "OM1")
        #expect(try store.audit(.caseID("Q1")).map(\.to) == ["OM2", "OM1"])
        #expect(try store.audit(.caseID("C1")).isEmpty)
        let snapshot = try #require(try store.snapshot(of: Month("2026-11")!))
        #expect(snapshot.officers.map(\.workload.cases) == [1, 1])
    }
}
