import CaseloadCore
import CaseloadDemo
import CaseloadExport
import CaseloadStore
import Testing

/// The weeks ahead read from the store's date indexes agree with the weeks ahead counted from every case, on every
/// backend, with absences, cover and unallocated cases among them.
@Suite("The weeks ahead from the store")
struct AheadStoreTests {
    static let day = Day("2026-11-15")!

    @Test("aheadDates joined to the snapshot give exactly what counting every case of the loaded force gives", arguments: Backend.available)
    func sameAsCounting(backend: Backend) throws {
        let database = try backend.database()
        let store = try database.open()
        let force = try ImportFiles.load(officers: DemoForce.officersURL.path, cases: DemoForce.casesURL.path)
        try store.replaceForce(force, asOf: Self.day, availability: DemoForce.availability(around: Self.day))
        let away = try #require(store.loadForce(on: Self.day).officers.first { !$0.isActive && $0.status != .leave })
        let theirs = force.cases.filter { $0.officerID == away.id && !$0.risk.isHigh && ($0.endsOn != nil || $0.nextReviewOn != nil) }.prefix(4)
        #expect(theirs.count == 4)
        _ = try store.cover(
            theirs.enumerated().map { CoverRequest(caseID: $1.id, officerID: away.id, coveringID: $0 % 2 == 0 ? "OM15" : "OM14", until: nil, by: "t") },
            limits: .standard, on: Self.day, at: "t")

        for weeks in [1, 4, 12, 52] {
            let window = AheadWindow(asOf: Self.day, weeks: weeks)
            let (snapshot, dates) = try store.snapshotAndAheadDates(in: window)
            let stored = Ahead(figures: snapshot.figures(limits: .standard), dates: dates, snapshot: snapshot)
            let loaded = try store.loadForce(on: Self.day)
            let counted = Ahead(force: loaded, figures: loaded.figures(limits: .standard), asOf: Self.day, weeks: weeks)
            #expect(AheadReport(stored).json() == AheadReport(counted).json(), "\(weeks) weeks")
            #expect(stored.officers.contains { $0.figures.officer.id == "OM15" && $0.figures.workload.covering == 2 })
        }
    }
}

/// Overdue reviews as the store reads them: live on the day asked, kept in each month's snapshot, and copied.
@Suite("Overdue reviews in the store")
struct ReviewsOverdueStoreTests {
    @Test("the figures of a day count reviews before it, the month's snapshot keeps them, and a copy carries them", arguments: Backend.available)
    func counted(backend: Backend) throws {
        let database = try backend.database()
        let store = try database.open()
        var cases = (0..<4).map { Case(id: "C\($0)", officerID: "OM1", team: "North", risk: .low, location: .community) }
        cases[0].nextReviewOn = Day("2026-11-01")
        cases[1].nextReviewOn = Day("2026-11-20")
        let officer = Officer(id: "OM1", name: "A", team: "North", fte: .full, mosovo: .trained, approvedPremises: false, daSpecialist: false, status: .active)
        try store.replaceForce(Force(officers: [officer], cases: cases), asOf: Day("2026-11-15")!)
        #expect(try store.currentSnapshot(asOf: Day("2026-11-15")!).officers[0].reviewsOverdue == 1)
        #expect(try store.currentSnapshot(asOf: Day("2026-11-21")!).officers[0].reviewsOverdue == 2, "the count moves with the day, not the cases")
        #expect(try store.snapshot(of: Month("2026-11")!)?.officers[0].reviewsOverdue == 1, "the import's month keeps its day's count")
        let copy = try Backend.sqlite.database()
        try copy.open().restore(try store.archive())
        #expect(try copy.openExisting().snapshot(of: Month("2026-11")!)?.officers[0].reviewsOverdue == 1)
    }
}

/// The high-risk residents of an Approved Premises, kept as a count like every other.
@Suite("High-risk AP residents in the store")
struct ResidentsStoreTests {
    @Test("the kept count follows an allocation, the month's snapshot keeps it, and a copy carries it", arguments: Backend.available)
    func kept(backend: Backend) throws {
        let database = try backend.database()
        let store = try database.open()
        let day = Day("2026-11-15")!
        var cases = (0..<10).map { Case(id: "C\($0)", officerID: "OM1", team: "North", risk: $0 < 3 ? .high : .low, location: $0 < 2 ? .approvedPremises : .community) }
        cases.append(Case(id: "Q1", officerID: nil, team: "North", risk: .veryHigh, location: .approvedPremises))
        let officer = Officer(id: "OM1", name: "A", team: "North", fte: .full, mosovo: .trained, approvedPremises: true, daSpecialist: false, status: .active)
        try store.replaceForce(Force(officers: [officer], cases: cases), asOf: day)
        #expect(try store.currentSnapshot(asOf: day).officers[0].workload.highRiskResidents == 2)
        _ = try store.allocate([AllocationRequest(caseID: "Q1", from: nil, to: "OM1", by: "t", reason: nil, override: false)], limits: .standard, on: day, at: "t")
        let figures = try store.currentSnapshot(asOf: day).figures(limits: .standard).officers[0]
        #expect(figures.workload.highRiskResidents == 3)
        #expect(figures.highRiskStanding == .over && figures.explainedByApprovedPremises, "4 of 11 high risk; 1 of 11 without the residents")
        #expect(try store.snapshot(of: day.calendarMonth)?.officers[0].workload.highRiskResidents == 3)
        let copy = try Backend.sqlite.database()
        try copy.open().restore(try store.archive())
        #expect(try copy.openExisting().snapshot(of: day.calendarMonth)?.officers[0].workload.highRiskResidents == 3)
    }
}
