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
    let away: Set<String>

    public init(force: Force, away: Set<String>, limits: Limits, today: Day) {
        self.force = force
        self.away = away
        self.limits = limits
        self.today = today
    }

    /// The force with the away officers unavailable and their cases waiting, and the ids of those cases.
    func asQueue() -> (force: Force, moved: Set<String>) {
        var force = force
        var moved = Set<String>()
        for index in force.officers.indices where away.contains(force.officers[index].id) { force.officers[index].status = .leave }
        for index in force.cases.indices {
            guard let holder = force.cases[index].officerID, away.contains(holder) else { continue }
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
                holders[placement.item.id].map { Placement(item: $0, officer: placement.officer, reasons: placement.reasons) }
            },
            unplaced: plan.unplaced.compactMap { unplaced in
                holders[unplaced.item.id].map { Unplaced(item: $0, rules: unplaced.rules, atIntake: unplaced.atIntake, maxIntake: unplaced.maxIntake) }
            })
    }

    /// Every officer's figures once the cover is made, with the away officers unavailable.
    public func figuresAfter(_ plan: AllocationPlan) -> Figures {
        var (force, _) = asQueue()
        let destination = Dictionary(plan.placements.map { ($0.item.id, $0.officer.id) }, uniquingKeysWith: { first, _ in first })
        for index in force.cases.indices {
            if let to = destination[force.cases[index].id] { force.cases[index].officerID = to }
        }
        for index in force.cases.indices where force.cases[index].officerID == nil {
            if let original = self.force.cases[index].officerID, away.contains(original) { force.cases[index].officerID = original }
        }
        return force.figures(limits: limits)
    }
}
