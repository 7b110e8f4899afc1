import CaseloadCore

/// What `caseload suggest` prints: the best officers for one case, and who may not take it and why.
public struct SuggestReport: Sendable {
    public let suggestion: Suggestion
    public let top: Int
    public let limits: Limits
    /// For a waiting case: how many days it has waited, from its referral or when caseload first saw it.
    public var daysWaited: Int?

    public init(suggestion: Suggestion, top: Int, limits: Limits) {
        self.suggestion = suggestion
        self.top = top
        self.limits = limits
    }

    public func table() -> String {
        let offender = suggestion.offender
        let waited = daysWaited.map { ", waiting \($0) day\($0 == 1 ? "" : "s")" } ?? ""
        var output = offender.summary + (offender.officerID.map { "  (now with \($0.escapedForDisplay))" } ?? "  (unallocated\(waited))") + "\n"
        output += limits.sentence + "\n\n"
        let shown = suggestion.candidates.prefix(top)
        if shown.isEmpty {
            output += "No officer may take this case without breaking a rule.\n"
        } else {
            var table = TextTable(columns: [
                .init("#", alignRight: true), .init("OFFICER"), .init("NAME"), .init("TEAM"), .init("SCORE", alignRight: true),
                .init("EFFECT"), .init("WHY"),
            ])
            for (rank, candidate) in shown.enumerated() {
                table.append([
                    String(rank + 1), candidate.officer.id.text, candidate.officer.name, candidate.officer.team, String(candidate.score),
                    candidate.effect, candidate.reasons.map(\.detail).joined(separator: "; "),
                ])
            }
            output += table.rendered()
            if suggestion.eligibleCount > shown.count {
                output += "… and \(suggestion.eligibleCount - shown.count) more who may take it (--top to see them)\n"
            }
        }
        if !suggestion.excluded.isEmpty {
            output += "\nMay not take it:\n"
            var table = TextTable(columns: [.init("OFFICER"), .init("NAME"), .init("WHY NOT")])
            for exclusion in suggestion.excluded {
                table.append([exclusion.officer.id.text, exclusion.officer.name, exclusion.explanations.joined(separator: "; ")])
            }
            output += table.rendered()
        }
        return output
    }

    public func json() -> String {
        JSON.object([
            ("case_id", .id(suggestion.offender.id)),
            ("days_waited", daysWaited.map(JSON.int) ?? .null),
            ("limits", limits.json),
            ("suggestions", .array(suggestion.candidates.prefix(top).map { candidate in
                .object([
                    ("officer_id", .id(candidate.officer.id)),
                    ("score", .int(candidate.score)),
                    ("cases_before", .int(candidate.casesBefore)),
                    ("cases_after", .int(candidate.casesAfter)),
                    ("high_risk_pct_before", .percent(candidate.highRiskPercentBefore)),
                    ("high_risk_pct_after", .percent(candidate.highRiskPercentAfter)),
                    ("reasons", .array(candidate.reasons.map { .string($0.preference.rawValue) })),
                ])
            })),
            ("excluded", .array(suggestion.excluded.map { exclusion in
                .object([
                    ("officer_id", .id(exclusion.officer.id)),
                    ("rules", .array(exclusion.rules.map { .string($0.rawValue) })),
                ])
            })),
        ]).rendered()
    }
}
