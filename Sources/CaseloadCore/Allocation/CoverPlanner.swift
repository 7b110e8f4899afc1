/// Plans cover for officers who are away: their cases placed with officers who may take them, under every rule of
/// allocation, high-risk and MAPPA level 2/3 cases first, as many as the limits allow.
///
/// The away officers' cases become a queue that the planner places one at a time (the away officers themselves take
/// none, being unavailable, and nor does anyone whose buddy they are), so cover follows exactly the rules of `plan`:
/// MAPPA level 2/3 and high-risk cases first, spread rather than piled.
public struct CoverPlanner: Sendable {
    let force: Force
    let limits: Limits
    let today: Day
    /// The officers whose cases need cover.
    let away: Set<OfficerID>
    /// Only their very high risk and level 3 cases: the absence is past the shorter period but not the longer.
    public let onlyMostDangerous: Bool

    public init(force: Force, away: Set<OfficerID>, limits: Limits, today: Day, onlyMostDangerous: Bool = false) {
        self.force = force
        self.away = away
        self.limits = limits
        self.today = today
        self.onlyMostDangerous = onlyMostDangerous
    }

    /// A planner for what the away officers' absences call for, as `need` says: only the very high risk and level 3
    /// cases for `.mostDangerous`, every case otherwise (cover asked for before it is due is still planned whole).
    public init(force: Force, away: Set<OfficerID>, limits: Limits, today: Day, need: CoverNeed) {
        self.init(force: force, away: away, limits: limits, today: today, onlyMostDangerous: need == .mostDangerous)
    }

    /// The force with the away officers unavailable and their cases not yet under cover waiting, and the ids of
    /// those cases.
    func asQueue() -> (force: Force, moved: Set<CaseID>) {
        var force = awayForce
        var moved = Set<CaseID>()
        let covered = force.coveringOfficers
        for index in force.cases.indices {
            guard let holder = force.cases[index].officerID, away.contains(holder), covered[force.cases[index].id] == nil,
                !onlyMostDangerous || force.cases[index].isMostDangerous
            else { continue }
            moved.insert(force.cases[index].id)
            force.cases[index].officerID = nil
        }
        return (force, moved)
    }

    /// The cover: each away officer's case and who takes it, and those that cannot be placed and why.
    ///
    /// Cases already waiting for an officer are left out of the planning, so they take no room the cover needs.
    public func plan() -> AllocationPlan {
        var (queued, moved) = asQueue()
        queued.cases.removeAll { $0.officerID == nil && !moved.contains($0.id) }
        let plan = AllocationPlanner(force: queued, limits: limits, today: today).plan()
        let holders = Dictionary(force.cases.filter { moved.contains($0.id) }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return AllocationPlan(
            placements: plan.placements.compactMap { placement in
                holders[placement.offender.id].map { Placement(offender: $0, officer: placement.officer, reasons: placement.reasons, whyNotOwnTeam: placement.whyNotOwnTeam) }
            },
            unplaced: plan.unplaced.compactMap { unplaced in
                holders[unplaced.offender.id].map { Unplaced(offender: $0, rules: unplaced.rules, atIntake: unplaced.atIntake, maxIntake: unplaced.maxIntake) }
            })
    }

    /// Every officer's figures once the cover is made, with the away officers unavailable: each placed case counts
    /// for the officer covering it, and as under cover for its own.
    public func figuresAfter(_ plan: AllocationPlan) -> Figures {
        var force = awayForce
        force.covers += plan.placements.compactMap { placement in
            placement.offender.officerID.map { Cover(caseID: placement.offender.id, officerID: $0, coveringID: placement.officer.id, from: today, to: nil) }
        }
        return force.figures(limits: limits)
    }

    /// The force with the away officers unavailable.
    private var awayForce: Force {
        var force = force
        for index in force.officers.indices where away.contains(force.officers[index].id) && force.officers[index].isActive {
            force.officers[index].status = .leave
        }
        return force
    }
}
