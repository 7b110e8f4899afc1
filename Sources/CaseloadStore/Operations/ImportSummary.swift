import CaseloadCore

/// What an import wrote.
public struct ImportSummary: Hashable, Sendable {
    public let officers: Int
    public let cases: Int
    public let unallocated: Int
    /// What became of the allocations and transfers made in caseload on or after the files' date.
    public var replay = ReplayReport()

    public init(officers: Int, cases: Int, unallocated: Int) {
        self.officers = officers
        self.cases = cases
        self.unallocated = unallocated
    }
}
