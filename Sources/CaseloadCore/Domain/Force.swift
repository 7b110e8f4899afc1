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
    public func workloads() -> [Workload] {
        var index: [String: Int] = [:]
        index.reserveCapacity(officers.count)
        for (position, officer) in officers.enumerated() { index[officer.id] = position }
        var workloads = [Workload](repeating: Workload(), count: officers.count)
        for item in cases {
            guard let officerID = item.officerID, let position = index[officerID] else { continue }
            workloads[position].add(item)
        }
        return workloads
    }

    /// Each officer paired with their counts, in the order of `officers`.
    public func officerWorkloads() -> [OfficerWorkload] {
        zip(officers, workloads()).map { OfficerWorkload(officer: $0, workload: $1) }
    }

    /// The number of cases waiting for an officer.
    public var unallocatedCount: Int { cases.count(where: { $0.officerID == nil }) }

    /// The figures for every officer, team and the force, under the given limits.
    public func figures(limits: Limits) -> Figures {
        Figures(officers: officerWorkloads(), unallocated: unallocatedCount, limits: limits)
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
