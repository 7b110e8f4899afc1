/// The force's figures, named and counted exactly as DESIGN.md's monthly view says.
public struct ForceFigures: Hashable, Sendable {
    public let officers: Int
    /// Every case, allocated or not.
    public let cases: Int
    public let allocated: Int
    public let unallocated: Int
    /// Cases held by active officers ÷ active officers.
    public let averageCases: Double
    /// The share of allocated cases in the community; nil with nothing allocated.
    public let communityPercent: Double?
    public let officersOverCases: Int
    public let officersOverHighRisk: Int
    /// The Approved Premises officers among those over the high-risk limit.
    public let apOfficersOverHighRisk: Int
    /// Allocated cases at MAPPA level 2 or 3.
    public let l2L3Cases: Int
    /// The share of `l2L3Cases` held by a trained officer; nil with no such cases.
    public let l2L3WithTrainedPercent: Double?
    /// Officers whose MOSOVO status is `awaiting`.
    public let officersAwaitingMosovo: Int
    /// Officers awaiting the course (or not booked on it) who hold cases with no buddy named.
    public let awaitingWithoutBuddy: Int
    /// Cases held by officers away long enough that their cases need cover.
    public let casesNeedingCover: Int
    /// Cases whose next risk review has passed.
    public let reviewsOverdue: Int

    init(officers figures: [OfficerFigures], unallocated: Int) {
        officers = figures.count
        let total = figures.reduce(Workload()) { $0 + $1.workload }
        allocated = total.cases
        self.unallocated = unallocated
        cases = allocated + unallocated
        averageCases = averageOfActive(figures)
        communityPercent = allocated == 0 ? nil : Double(total.community) * 100 / Double(allocated)
        officersOverCases = figures.count(where: { $0.has(.overCases) })
        officersOverHighRisk = figures.count(where: { $0.has(.overHighRisk) })
        apOfficersOverHighRisk = figures.count(where: { $0.has(.overHighRisk) && $0.officer.approvedPremises })
        l2L3Cases = total.level2Or3
        let trained = figures.reduce(0) { $0 + ($1.officer.mosovo.mayHoldLevel2Or3 ? $1.workload.level2Or3 : 0) }
        l2L3WithTrainedPercent = l2L3Cases == 0 ? nil : Double(trained) * 100 / Double(l2L3Cases)
        officersAwaitingMosovo = figures.count(where: { $0.officer.mosovo == .awaiting })
        awaitingWithoutBuddy = figures.count(where: { $0.has(.awaitingWithoutBuddy) })
        casesNeedingCover = figures.reduce(0) { $0 + $1.casesNeedingCover }
        reviewsOverdue = figures.reduce(0) { $0 + $1.reviewsOverdue }
    }
}
