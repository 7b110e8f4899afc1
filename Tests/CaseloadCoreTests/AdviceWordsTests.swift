import CaseloadCore
import Foundation
import Testing

/// Every sentence suggest, plan and rebalance can say about an officer, checked against the officer's figures for
/// officers over, at, near and within each limit: words a supervisor could repeat to an inspector.
@Suite("Advice in words that are true")
struct AdviceWordsTests {
    static let today = Day("2026-11-22")!
    /// Caseloads and high-risk counts on both sides of every boundary: 0, the share floor, near (45), at (50), over (51).
    static let states: [(cases: Int, high: Int)] = [
        (0, 0), (1, 1), (3, 2), (9, 2), (9, 3), (10, 2), (11, 3), (40, 8), (41, 8), (44, 8), (45, 9), (45, 10), (49, 9), (49, 10),
        (50, 10), (50, 11), (51, 5), (52, 12), (25, 5), (26, 4),
    ]

    @Test("each headroom, effect and refusal sentence states the officer's real figures", arguments: [Risk.low, .high])
    func sentences(risk: Risk) throws {
        let limits = Limits.standard
        for state in Self.states {
            let officer = Make.officer("X", fte: state == (25, 5) || state == (26, 4) ? "0.5" : "1")
            let advisor = AllocationAdvisor(
                force: Force(officers: [officer], cases: Make.cases("X", count: state.cases, high: state.high)), limits: limits, today: Self.today)
            let offender = Case(id: "NEW", officerID: nil, team: "North", risk: risk)
            let suggestion = advisor.suggest(for: offender)
            var after = advisor.workloads[0]
            after.add(offender)
            let limit = limits.caseLimit(for: officer.fte)
            let label = "\(state.cases) cases, \(state.high) high, a \(risk) case"
            for candidate in suggestion.candidates {
                let shares = "\(formatDecimal(limits.highRiskPercent(of: advisor.workloads[0])))% → \(formatDecimal(limits.highRiskPercent(of: after)))%"
                let plain = state.cases >= limits.shareFloor
                    ? "\(shares) high risk"
                    : "\(state.high) of \(state.cases) → \(after.highRisk) of \(after.cases) high risk (\(shares) counted out of at least 10 cases)"
                #expect(candidate.effect == "\(state.cases) → \(state.cases + 1) cases, \(plain)", "\(label)")
                for reason in candidate.reasons where reason.preference == .headroom {
                    try Self.checkHeadroom(reason.detail, after: after, limit: limit, limits: limits, label: label)
                }
            }
            for exclusion in suggestion.excluded {
                for (rule, words) in zip(exclusion.rules, exclusion.explanations) {
                    try Self.checkRefusal(rule, words, before: advisor.workloads[0], after: after, limit: limit, limits: limits, label: label)
                }
            }
        }
    }

    static func checkHeadroom(_ detail: String, after: Workload, limit: Int, limits: Limits, label: String) throws {
        let used = after.highRisk * 10_000
        let allowed = limits.maxHighRiskHundredths * limits.shareBase(cases: after.cases)
        if let match = detail.firstMatch(of: /^room for (\d+) more cases? after it/) {
            #expect(Int(match.1) == limit - after.cases && limit > after.cases, "\(label): \(detail)")
        } else {
            #expect(detail.hasPrefix("at the caseload limit of \(limit) after it") && after.cases == limit, "\(label): \(detail)")
        }
        let counted = after.cases < limits.shareFloor ? " (\(after.highRisk) of \(after.cases), counted out of at least 10 cases)" : ""
        #expect(counted.isEmpty || detail.contains(counted), "\(label): a share counted out of the floor shows the plain count too: \(detail)")
        let detail = detail.replacingOccurrences(of: counted, with: "")
        if detail.hasSuffix("at the 20% high-risk limit") {
            #expect(used == allowed, "\(label): \(detail)")
        } else if let match = detail.firstMatch(of: /; ([\d.]+)% high risk, under the 20% limit$/) {
            #expect(used < allowed, "\(label): \(detail)")
            #expect(String(match.1) == formatDecimal(limits.highRiskPercent(of: after), distinctFrom: 20), "\(label): \(detail)")
        } else {
            Issue.record("\(label): a headroom sentence no template makes: \(detail)")
        }
    }

    static func checkRefusal(_ rule: HardRule, _ words: String, before: Workload, after: Workload, limit: Int, limits: Limits, label: String) throws {
        let overBefore = limits.highRiskStanding(highRisk: before.highRisk, cases: before.cases) == .over
        switch rule {
        case .alreadyOverCaseLimit:
            #expect(before.cases > limit && words == "already over the caseload limit: \(before.cases) > \(limit) cases", "\(label): \(words)")
        case .alreadyOverHighRiskLimit:
            #expect(overBefore && words.hasPrefix("already over the high-risk limit: ") && words.hasSuffix("% > 20%"), "\(label): \(words)")
            let shown = try #require(Double(words.dropFirst("already over the high-risk limit: ".count).prefix { $0 != "%" }))
            #expect(shown > 20, "\(label): \(words)")
        case .overCaseLimit:
            #expect(before.cases <= limit && after.cases > limit && words == "would go over the caseload limit: \(after.cases) > \(limit) cases", "\(label): \(words)")
        case .overHighRiskLimit:
            #expect(!overBefore && limits.highRiskStanding(highRisk: after.highRisk, cases: after.cases) == .over, "\(label): \(words)")
            #expect(words.hasPrefix("would go over the high-risk limit: ") && words.hasSuffix("% > 20%"), "\(label): \(words)")
        case .onLeave, .untrainedForLevel2Or3, .noAvailableBuddy:
            Issue.record("\(label): \(rule) cannot apply to a trained, active officer")
        }
    }
}
