/// Everything a force holds at one moment: its officers and all their cases, allocated or not.
public struct Force: Sendable, Equatable {
    public var officers: [Officer]
    public var cases: [Case]

    public init(officers: [Officer], cases: [Case]) {
        self.officers = officers
        self.cases = cases
    }

    /// The cases waiting for an officer, in file order.
    public var unallocated: [Case] { cases.filter { $0.officerID == nil } }

    /// Each officer's counts, in the order of `officers`; cases naming an unknown officer count nowhere.
    public func workloads() -> [Workload] { WorkloadTally(self).workloads }

    /// The number of cases waiting for an officer.
    public var unallocatedCount: Int { cases.count(where: { $0.officerID == nil }) }

    /// The figures for every officer, team and the force, under the given limits.
    public func figures(limits: Limits) -> Figures {
        let tally = WorkloadTally(self)
        return Figures(officers: tally.officerWorkloads, unallocated: tally.unallocated, limits: limits)
    }

    /// MAPPA level 2 and 3 cases held by an officer who is not MOSOVO trained.
    public func untrainedLevel2Or3Cases() -> [(case: Case, officer: Officer)] {
        let untrained = Dictionary(
            officers.filter { !$0.mosovo.mayHoldLevel2Or3 }.map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        return cases.compactMap { item in
            guard item.mappa?.needsTrainedOfficer == true, let id = item.officerID,
                let officer = untrained[id]
            else { return nil }
            return (item, officer)
        }
    }
}
