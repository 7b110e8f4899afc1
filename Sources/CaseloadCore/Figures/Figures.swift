/// The figures for every officer, every team and the force under one set of limits.
public struct Figures: Hashable, Sendable {
    public let limits: Limits
    /// In the order given.
    public let officers: [OfficerFigures]
    /// Sorted by team name.
    public let teams: [TeamFigures]
    public let force: ForceFigures

    /// Computes every figure from each officer's counts and the number of cases waiting in the queue.
    public init(officers: [OfficerWorkload], unallocated: Int, limits: Limits) {
        self.limits = limits
        var available = Set<OfficerID>()
        for entry in officers where entry.officer.isActive { available.insert(entry.officer.id) }
        let figures = officers.map { entry in
            OfficerFigures(
                officer: entry.officer, workload: entry.workload, limits: limits,
                buddyAvailable: entry.officer.buddyID.map(available.contains) ?? false, reviewsOverdue: entry.reviewsOverdue)
        }
        self.officers = figures
        teams = Dictionary(grouping: figures, by: \.officer.team)
            .map { TeamFigures(team: $0.key, members: $0.value, limits: limits) }
            .sorted { $0.team < $1.team }
        force = ForceFigures(officers: figures, unallocated: unallocated)
    }

    /// The officers carrying at least one flag, near ones included, in the order given.
    public var flagged: [OfficerFigures] { officers.filter { !$0.flags.isEmpty } }

    /// The officers over a limit or breaking a rule, in the order given: those who need action, not watching.
    public var breaching: [OfficerFigures] { officers.filter(\.isBreaching) }
}
