/// Counts cases into each officer's workload as they arrive, for a force read whole or a file read in chunks.
public struct WorkloadTally: Sendable {
    public let officers: [Officer]
    /// In the order of `officers`.
    public private(set) var workloads: [Workload]
    /// Cases with no officer; cases naming an unknown officer count nowhere.
    public private(set) var unallocated = 0
    public private(set) var cases = 0
    private let index: IDTable<Officer>

    public init(officers: [Officer]) {
        index = IDTable(ids: officers.map(\.id))
        self.officers = officers
        workloads = [Workload](repeating: Workload(), count: officers.count)
    }

    /// The tally of a whole force.
    public init(_ force: Force) {
        self.init(officers: force.officers)
        count(force.cases, covering: force.coveringOfficers)
    }

    /// Each officer paired with their counts, in the order of `officers`.
    public var officerWorkloads: [OfficerWorkload] {
        zip(officers, workloads).map { OfficerWorkload(officer: $0, workload: $1) }
    }

    /// Counts each case into its officer's workload, reading the cases in place rather than copying each one.
    ///
    /// A case in `covering` counts for the officer covering it, who does the work, and as under cover for its own.
    public mutating func count(_ offenders: [Case], covering: [CaseID: OfficerID] = [:]) {
        cases += offenders.count
        offenders.withUnsafeBufferPointer { buffer in
            for position in buffer.indices {
                guard let officerID = buffer[position].officerID else {
                    unallocated += 1
                    continue
                }
                guard var officer = index.position(of: officerID) else { continue }
                if !covering.isEmpty, let coveringID = covering[buffer[position].id], let colleague = index.position(of: coveringID) {
                    workloads[officer][.underCover] += 1
                    workloads[colleague][.covering] += 1
                    officer = colleague
                }
                let risk = buffer[position].risk
                let location = buffer[position].location
                let mappaLevel = buffer[position].mappa?.level
                let domesticAbuse = buffer[position].domesticAbuse
                workloads[officer].add(risk, location, mappaLevel, domesticAbuse)
            }
        }
    }
}
