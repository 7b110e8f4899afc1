/// Everything a force holds at one moment: its officers and all their cases, allocated or not.
public struct Force: Sendable, Equatable {
    public var officers: [Officer]
    public var cases: [Case]
    /// The cover recorded for the day the force stands on: each case still with the officer it was covered for,
    /// within its dates and not ended. It counts only while that officer is away (`coveringOfficers`).
    public var covers: [Cover]

    public init(officers: [Officer], cases: [Case], covers: [Cover] = []) {
        self.officers = officers
        self.cases = cases
        self.covers = covers
    }

    /// The officer doing the work of each covered case, by case id: the covers whose officer of record is away.
    ///
    /// When the officer is back (the absence ended early, or the records system shows them active), their cases
    /// count for them again, whatever the cover's dates said.
    public var coveringOfficers: [CaseID: OfficerID] {
        guard !covers.isEmpty else { return [:] }
        let away = Set(officers.filter { !$0.isActive }.map(\.id))
        var covering: [CaseID: OfficerID] = [:]
        for cover in covers where away.contains(cover.officerID) { covering[cover.caseID] = cover.coveringID }
        return covering
    }

    /// Each officer's cases whose next risk review comes before `day`, by officer id; a covered case counts for the
    /// colleague doing its work, as every count does.
    public func reviewsOverdue(on day: Day) -> [OfficerID: Int] {
        let covering = coveringOfficers
        var overdue: [OfficerID: Int] = [:]
        for offender in cases {
            guard offender.isReviewOverdue(on: day), let holder = covering[offender.id] ?? offender.officerID else { continue }
            overdue[holder, default: 0] += 1
        }
        return overdue
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
        return cases.compactMap { offender in
            guard offender.mappa?.needsTrainedOfficer == true, let id = offender.officerID,
                let officer = untrained[id]
            else { return nil }
            return (offender, officer)
        }
    }
}
