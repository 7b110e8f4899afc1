import CaseloadCore
import CaseloadDemo
import CaseloadSQLite
import CaseloadStore
import Testing

/// The demo force's figures: the README states these numbers, so a change to the demo must change both.
@Suite("The bundled demo force")
struct DemoForceTests {
    static func demo() throws -> Force {
        try ImportFiles.load(officers: DemoForce.officersURL.path, cases: DemoForce.casesURL.path)
    }

    @Test("imports cleanly and has the figures stated in the README")
    func figures() throws {
        let force = try Self.demo()
        let figures = force.figures(limits: .standard)
        #expect(figures.teams.map(\.team) == ["East", "North", "West"])
        #expect(figures.force.officers == 24)
        #expect(figures.force.cases == 1072)
        #expect(figures.force.unallocated == 6)
        #expect(formatDecimal(figures.force.averageCases) == "45.0")
        #expect(formatDecimal(try #require(figures.force.communityPercent)) == "65.1")
        #expect(figures.force.officersOverHighRisk == 4)
        #expect(figures.force.apOfficersOverHighRisk == 2)
        #expect(figures.force.officersOverCases == 1)
        #expect(force.officers.count(where: { $0.mosovo == .awaiting }) == 4)
        #expect(force.officers.count(where: { $0.fte.isPartTime }) == 1)
        #expect(force.officers.count(where: { $0.status == .leave }) == 1)
        #expect(force.officers.filter { $0.mosovo == .awaiting }.map { $0.buddyID ?? "" } == ["OM06", "OM14", "OM20", ""], "three of the four have a buddy")
        #expect(force.untrainedLevel2Or3Cases().map(\.officer.id) == ["OM10"])
        #expect(figures.flagged.count == 22)
        #expect(figures.breaching.map(\.officer.id) == ["OM03", "OM05", "OM07", "OM08", "OM10", "OM11", "OM19", "OM21"])
        #expect(figures.force.casesNeedingCover == 31, "OM08 is on leave holding 31 cases")
        #expect(!force.cases.contains { $0.mappa?.category == 3 && $0.mappa?.level == 1 }, "MAPPA manages category 3 at level 2 or 3")
    }

    @Test("goes into the store and comes back the same")
    func throughTheStore() throws {
        let store = try SQLiteStore.inMemory()
        let force = try Self.demo()
        try store.replaceForce(force, asOf: Day("2026-11-15")!)
        #expect(try store.loadForce() == force)
    }
}
