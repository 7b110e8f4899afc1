/// Counts cases into each officer's workload as they arrive, for a force read whole or a file read in chunks.
public struct WorkloadTally: Sendable {
    public let officers: [Officer]
    /// In the order of `officers`.
    public private(set) var workloads: [Workload]
    /// Cases with no officer; cases naming an unknown officer count nowhere.
    public private(set) var unallocated = 0
    public private(set) var cases = 0
    private let positions: [String: Int]

    public init(officers: [Officer]) {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(officers.count)
        for (position, officer) in officers.enumerated() { positions[officer.id] = position }
        self.positions = positions
        self.officers = officers
        workloads = [Workload](repeating: Workload(), count: officers.count)
    }

    /// The tally of a whole force.
    public init(_ force: Force) {
        self.init(officers: force.officers)
        count(force.cases)
    }

    /// Each officer paired with their counts, in the order of `officers`.
    public var officerWorkloads: [OfficerWorkload] {
        zip(officers, workloads).map { OfficerWorkload(officer: $0, workload: $1) }
    }

    public mutating func count(_ items: some Sequence<Case>) {
        for item in items {
            cases += 1
            guard let officerID = item.officerID else {
                unallocated += 1
                continue
            }
            if let position = positions[officerID] { workloads[position].add(item) }
        }
    }
}
