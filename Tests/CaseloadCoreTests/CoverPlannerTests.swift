import CaseloadCore
import Testing

@Suite("Planning cover for officers who are away")
struct CoverPlannerTests {
    static let today = Day("2026-11-15")!

    /// A generated force with one or two officers away, some officers absent for a few days and some reduced.
    static func force(seed: UInt64) -> (force: Force, away: Set<OfficerID>) {
        var force = ForceGenerator(officers: 14, cases: 560, unallocated: 12, seed: seed, referenceDay: today).generate()
        var random = SeededRandom(seed: seed &+ 7)
        for index in force.officers.indices {
            if random.chance(permille: 100) { force.officers[index].absence = .some(5) }
            if random.chance(permille: 150) { force.officers[index].reductionMillionths = 200_000 + 100_000 * random.below(4) }
        }
        let holders = Array(Set(force.cases.compactMap(\.officerID))).sorted()
        let away = Set((0..<(1 + random.below(2))).map { _ in holders[random.below(holders.count)] })
        return (force, away)
    }

    @Test("cover never breaks an allocation rule, gives no one past max-intake, and accounts for every case of the officers away", arguments: 0..<40)
    func neverBreaksARule(seed: UInt64) {
        let (force, away) = Self.force(seed: seed)
        let planner = CoverPlanner(force: force, away: away, limits: .standard, today: Self.today)
        let plan = planner.plan()
        let before = force.figures(limits: .standard)
        let overAtStart = Set(before.officers.filter(\.isOverALimit).map(\.officer.id))
        for placement in plan.placements {
            #expect(!away.contains(placement.officer.id), "no case goes to an officer who is away")
            #expect(placement.officer.isActive, "no case goes to an officer who is unavailable")
            let tookResidents = placement.officer.approvedPremises
                && plan.placements.contains { $0.officer.id == placement.officer.id && $0.offender.location == .approvedPremises }
            #expect(
                !overAtStart.contains(placement.officer.id) || tookResidents,
                "no case goes to an officer already over a limit, save to an AP officer whose residents (allowed them) brought them within")
            if placement.offender.mappa?.needsTrainedOfficer == true { #expect(placement.officer.mosovo == .trained) }
        }
        let recipients = Set(plan.placements.map(\.officer.id)).subtracting(overAtStart)
        for officer in planner.figuresAfter(plan).officers where recipients.contains(officer.officer.id) {
            #expect(!officer.isOverALimit, "\(officer.officer.id) is over a limit after taking cover")
        }
        let held = force.cases.filter { $0.officerID.map(away.contains) ?? false }.count
        #expect(plan.placements.count + plan.unplaced.count == held)
        let advisor = AllocationAdvisor(force: force, limits: .standard, today: Self.today)
        for (officerID, given) in Dictionary(grouping: plan.placements, by: \.officer.id) {
            let recent = advisor.position(of: officerID).map { advisor.recent[$0] } ?? 0
            #expect(recent + given.count <= Limits.standard.maxIntake, "\(officerID) receives \(given.count) on top of \(recent) in the week")
        }
    }

    @Test("cases already waiting take no room from the cover", arguments: 0..<10)
    func waitingCasesTakeNoRoom(seed: UInt64) {
        let (force, away) = Self.force(seed: seed)
        var withoutQueue = force
        withoutQueue.cases.removeAll { $0.officerID == nil }
        let cover = CoverPlanner(force: force, away: away, limits: .standard, today: Self.today).plan()
        let alone = CoverPlanner(force: withoutQueue, away: away, limits: .standard, today: Self.today).plan()
        #expect(cover.placements.map(\.offender.id) == alone.placements.map(\.offender.id))
    }
}
