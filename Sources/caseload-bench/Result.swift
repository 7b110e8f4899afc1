/// One measured work: its samples, where it stands against its budget.
struct Result: Codable, Sendable {
    let work: Work
    let size: ForceSize
    /// Seconds, in the order measured.
    let samples: [Double]
    let peakBytes: Int
    /// The budget in seconds when it is not DESIGN.md's fixed one: PostgreSQL's import, 1.5 times `psql \copy`.
    var relativeBudget: Double?
    /// The load test's summary; nil for every other work.
    var load: LoadSummary?

    /// The budget this result is held to, in seconds; nil where DESIGN.md sets none.
    var budget: Double? { relativeBudget ?? work.budget }

    var median: Double {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var worst: Double { samples.max() ?? 0 }

    /// True, false, or nil where DESIGN.md sets no budget. The load test is held to its p99 and to losing nothing.
    var withinBudget: Bool? {
        guard let budget else { return nil }
        if let load { return load.p99 < budget && load.lostUpdates == 0 }
        return median < budget && peakBytes < (work.memoryBudget ?? .max)
    }
}

/// What a child measurement writes for its parent.
struct Samples: Codable {
    let samples: [Double]
    let peakBytes: Int
    var load: LoadSummary?
}
