/// An officer who may take a case, ranked by score, with the effect on their figures and why.
public struct Candidate: Hashable, Sendable {
    public let officer: Officer
    public let score: Int
    public let reasons: [Reason]
    /// What the officer holds before and after the case.
    let before: Workload
    let after: Workload
    let limits: Limits

    public var casesBefore: Int { before.cases }
    public var casesAfter: Int { after.cases }
    public var caseLimit: Int { limits.caseLimit(for: officer) }
    public var highRiskPercentBefore: Double { limits.highRiskPercent(of: before) }
    public var highRiskPercentAfter: Double { limits.highRiskPercent(of: after) }

    /// "41 → 42 cases, 17.1% → 19.0% high risk"; on a small caseload both shares, plain and counted: "3 → 4 cases,
    /// 1 of 3 → 2 of 4 high risk (10.0% → 20.0% counted out of at least 10 cases)".
    public var effect: String {
        "\(casesBefore) → \(casesAfter) cases, " + limits.shareChangeWords(before, after)
    }
}

/// An officer who may not take a case, and the hard rules that say so.
public struct Exclusion: Hashable, Sendable {
    public let officer: Officer
    /// Their buddy as they stand that day, for the words of the buddy rule.
    public let buddy: Officer?
    public let rules: [HardRule]
    /// What the officer holds now, for the words.
    public let holding: Workload
    public let limits: Limits

    /// Each rule in words with the officer's figures, in the order of `rules`; written only when asked for, since a
    /// large force excludes thousands of officers from a case and shows a few.
    public var explanations: [String] { rules.map { $0.explanation(for: officer, buddy: buddy, holding: holding, limits: limits) } }
}

/// The ranked officers for one case and the officers excluded from it.
public struct Suggestion: Hashable, Sendable {
    public let offender: Case
    /// The best officers, best first: all who may take the case, or as many as the caller asked for.
    public let candidates: [Candidate]
    public let excluded: [Exclusion]
    /// How many officers may take the case, whether or not all are in `candidates`.
    public let eligibleCount: Int
}
