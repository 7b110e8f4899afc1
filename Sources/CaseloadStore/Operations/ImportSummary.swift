import CaseloadCore

/// What an import wrote.
public struct ImportSummary: Hashable, Sendable {
    public let officers: Int
    public let cases: Int
    public let unallocated: Int
    /// What became of the allocations and transfers made in caseload on or after the files' date.
    public var replay = ReplayReport()
    /// The absences and reductions recorded in caseload, as the import left them: kept on top of the file, or
    /// overruled by it. Read inside the import's transaction, so that nothing is read after it commits.
    public var recordedAvailability: [RecordedAvailability] = []

    public init(officers: Int, cases: Int, unallocated: Int) {
        self.officers = officers
        self.cases = cases
        self.unallocated = unallocated
    }
}
