import CaseloadCore
import Testing

@Suite("Suggesting officers for a case")
struct AllocationAdvisorTests {
    static let today = Day("2026-11-22")!

    static func advisor(_ officers: [Officer], _ cases: [Case], limits: Limits = .standard) -> AllocationAdvisor {
        AllocationAdvisor(force: Force(officers: officers, cases: cases), limits: limits, today: today)
    }

    static let lowCase = Case(id: "NEW", officerID: nil, team: "North", risk: .low)

    @Test("each hard rule alone excludes an officer", arguments: [
        ("on leave", Make.officer("X", status: .leave), 10, 0, lowCase, [HardRule.onLeave]),
        ("awaiting, no buddy, level 1", Make.officer("X", mosovo: .awaiting), 10, 0, lowCase, [.noAvailableBuddy]),
        ("awaiting, no buddy, level 2", Make.officer("X", mosovo: .awaiting), 10, 0, Case(id: "NEW", officerID: nil, team: "North", risk: .low, mappa: Mappa(category: 1, level: 2)), [.untrainedForLevel2Or3, .noAvailableBuddy]),
        ("none, no buddy, level 3", Make.officer("X", mosovo: .untrained), 10, 0, Case(id: "NEW", officerID: nil, team: "North", risk: .low, mappa: Mappa(category: 2, level: 3)), [.untrainedForLevel2Or3, .noAvailableBuddy]),
        ("at 50 cases", Make.officer("X"), 50, 0, lowCase, [.overCaseLimit]),
        ("part-time at 25", Make.officer("X", fte: "0.5"), 25, 0, lowCase, [.overCaseLimit]),
        ("high risk at 20.0%", Make.officer("X"), 40, 8, Case(id: "NEW", officerID: nil, team: "North", risk: .high), [.overHighRiskLimit]),
        ("51 cases: already over, even for a low-risk case", Make.officer("X"), 51, 0, lowCase, [.alreadyOverCaseLimit]),
        ("22.9% high risk: already over, even for a low-risk case", Make.officer("X"), 48, 11, lowCase, [.alreadyOverHighRiskLimit]),
        ("20.4% high risk: already over", Make.officer("X"), 49, 10, lowCase, [.alreadyOverHighRiskLimit]),
        ("over both", Make.officer("X"), 52, 12, lowCase, [.alreadyOverCaseLimit, .alreadyOverHighRiskLimit]),
        ("part-time at 26 of 25", Make.officer("X", fte: "0.5"), 26, 0, lowCase, [.alreadyOverCaseLimit]),
        ("on leave and over", Make.officer("X", status: .leave), 51, 0, lowCase, [.onLeave, .alreadyOverCaseLimit]),
        ("3 of 9 high risk: over at the share floor", Make.officer("X"), 9, 3, lowCase, [.alreadyOverHighRiskLimit]),
        ("2 of 2 high risk: a third would be 30%", Make.officer("X"), 2, 2, Case(id: "NEW", officerID: nil, team: "North", risk: .high), [.overHighRiskLimit]),
    ])
    func hardRule(_ label: String, officer: Officer, cases: Int, high: Int, offender: Case, rules: [HardRule]) throws {
        let advisor = Self.advisor([officer], Make.cases("X", count: cases, high: high))
        let suggestion = advisor.suggest(for: offender)
        #expect(suggestion.candidates.isEmpty)
        #expect(suggestion.excluded.map(\.rules) == [rules])
    }

    @Test("just inside each limit, the officer may take the case", arguments: [
        (49, 0, Risk.low), (40, 7, .high), (40, 8, .low), (39, 7, .veryHigh), (49, 9, .low),
        (0, 0, .high), (0, 0, .veryHigh), (1, 1, .high), (9, 1, .high), (48, 9, .low),
    ])
    func justInside(cases: Int, high: Int, risk: Risk) {
        let advisor = Self.advisor([Make.officer("X")], Make.cases("X", count: cases, high: high))
        let suggestion = advisor.suggest(for: Case(id: "NEW", officerID: nil, team: "North", risk: risk))
        #expect(suggestion.candidates.map(\.officer.id) == ["X"])
    }

    /// Two officers alike in every way, A before B by id; each row gives B one preference and expects B first.
    @Test("each soft preference alone puts an officer first", arguments: [
        ("trained, for a high-risk case", Preference.trainedForHighRisk),
        ("same team", .sameTeam),
        ("held before", .heldBefore),
        ("DA specialist", .daSpecialist),
        ("Approved Premises", .approvedPremises),
        ("headroom", .headroom),
        ("few recent allocations", .fewRecentAllocations),
    ])
    func softPreference(_ label: String, preference: Preference) throws {
        var a = Make.officer("A", team: "East")
        var b = Make.officer("B", team: "East")
        var offender = Case(id: "NEW", officerID: nil, team: "East", risk: .low)
        var cases = Make.cases("A", count: 30, prefix: "a") + Make.cases("B", count: 30, prefix: "b")
        switch preference {
        case .trainedForHighRisk:
            a.mosovo = .awaiting
            a.buddyID = "B"
            offender.risk = .high
        case .sameTeam:
            a.team = "West"
        case .heldBefore:
            offender.previousOfficerID = "B"
        case .daSpecialist:
            offender.domesticAbuse = true
            b.daSpecialist = true
        case .approvedPremises:
            offender.location = .approvedPremises
            b.approvedPremises = true
        case .headroom:
            cases = Make.cases("A", count: 30, prefix: "a") + Make.cases("B", count: 20, prefix: "b")
        case .fewRecentAllocations:
            for index in 0..<2 { cases[index].allocatedOn = Self.today.adding(days: -index) }
        case .buddy:
            return
        }
        let tied = Self.advisor([Make.officer("A", team: "East"), Make.officer("B", team: "East")], Make.cases("A", count: 30, prefix: "a") + Make.cases("B", count: 30, prefix: "b"))
        #expect(tied.suggest(for: Case(id: "NEW", officerID: nil, team: "East", risk: .low)).candidates.map(\.officer.id) == ["A", "B"])

        let suggestion = Self.advisor([a, b], cases).suggest(for: offender)
        #expect(suggestion.candidates.map(\.officer.id) == ["B", "A"])
        let best = try #require(suggestion.candidates.first)
        #expect(best.reasons.contains { $0.preference == preference })
        #expect(!best.reasons.contains { $0.detail.contains("allowed:") }, "within both limits, nothing needs allowing")
    }

    @Test("an officer awaiting the course is given their buddy as a reason for a MAPPA level 1 case, and only then", arguments: [
        ("awaiting, with a buddy, level 1", MosovoStatus.awaiting, "T", Mappa(category: 1, level: 1), true),
        ("none, with a buddy, level 1", .untrained, "T", Mappa(category: 2, level: 1), true),
        ("awaiting, with a buddy, not MAPPA", .awaiting, "T", nil, false),
        ("awaiting, no buddy, level 1", .awaiting, nil, Mappa(category: 1, level: 1), false),
        ("trained, level 1", .trained, "T", Mappa(category: 1, level: 1), false),
    ] as [(String, MosovoStatus, OfficerID?, Mappa?, Bool)])
    func buddyReason(_ label: String, mosovo: MosovoStatus, buddy: OfficerID?, mappa: Mappa?, said: Bool) throws {
        var officer = Make.officer("X", mosovo: mosovo)
        officer.buddyID = buddy
        officer.mosovoCourseOn = Day("2027-01-18")
        let advisor = Self.advisor([officer, Make.officer("T")], [])
        let suggestion = advisor.suggest(for: Case(id: "NEW", officerID: nil, team: "North", risk: .low, mappa: mappa))
        if mosovo != .trained && buddy == nil {
            #expect(suggestion.excluded.first { $0.officer.id == "X" }?.explanations == ["no buddy recorded to support them"])
            return
        }
        let candidate = try #require(suggestion.candidates.first { $0.officer.id == "X" })
        let reason = candidate.reasons.first { $0.preference == .buddy }
        #expect((reason != nil) == said)
        if said {
            #expect(reason?.detail == "supported by their buddy T until their MOSOVO course on 2027-01-18")
            #expect(reason?.points == 0)
        }
    }

    @Test("an untrained officer whose buddy is away takes no new case, and the words say where the buddy is", arguments: [
        (label: "away until a date", absence: Int??.some(20), until: Day("2027-01-04"), leave: false, words: "their buddy T is away until 2027-01-04"),
        (label: "away, open-ended", absence: .some(nil), until: nil, leave: false, words: "their buddy T is away with no end date"),
        (label: "on leave", absence: nil, until: nil, leave: true, words: "their buddy T is on leave"),
    ] as [(label: String, absence: Int??, until: Day?, leave: Bool, words: String)])
    func buddyAway(label: String, absence: Int??, until: Day?, leave: Bool, words: String) throws {
        var officer = Make.officer("X", mosovo: .awaiting)
        officer.buddyID = "T"
        var buddy = Make.officer("T", status: leave ? .leave : .active)
        buddy.absence = absence
        buddy.awayUntil = until
        let suggestion = Self.advisor([officer, buddy], []).suggest(for: Self.lowCase)
        #expect(suggestion.candidates.isEmpty, "\(label)")
        let exclusion = try #require(suggestion.excluded.first { $0.officer.id == "X" })
        #expect(exclusion.rules == [.noAvailableBuddy])
        #expect(exclusion.explanations == [words])
        buddy = Make.officer("T")
        #expect(Self.advisor([officer, buddy], []).suggest(for: Self.lowCase).candidates.map(\.officer.id).contains("X"), "back at work, the buddy supports them again")
    }

    @Test("an AP officer over on high risk only because of AP residents may still take an AP resident, and nothing else", arguments: [
        (location: Location.approvedPremises, risk: Risk.low, takes: true), (.approvedPremises, .high, true),
        (.community, .low, false), (.community, .high, false),
    ])
    func apException(location: Location, risk: Risk, takes: Bool) {
        var ap = Make.officer("P")
        ap.approvedPremises = true
        let cases = Make.cases("P", count: 10, high: 10, location: .approvedPremises, prefix: "resident") + Make.cases("P", count: 30, high: 2, prefix: "p")
        let advisor = Self.advisor([ap], cases)
        let offender = Case(id: "NEW", officerID: nil, team: "North", risk: risk, location: location)
        let candidates = advisor.suggest(for: offender).candidates
        #expect(candidates.map(\.officer.id) == (takes ? ["P"] : []))
        if let reasons = candidates.first?.reasons.map(\.detail).joined(separator: "; ") {
            #expect(reasons.contains("over the 20% limit (allowed: AP residents stay with their AP officer)"), "the words say why: \(reasons)")
        }
        var unexplained = cases
        for index in unexplained.indices where unexplained[index].id.text.hasPrefix("p") && index < 25 { unexplained[index].risk = .high }
        #expect(Self.advisor([ap], unexplained).suggest(for: offender).candidates.isEmpty, "over on their own high-risk cases: held for every case")
    }

    @Test("each refusal is said with the officer's figures", arguments: [
        (51, 0, Risk.low, "already over the caseload limit: 51 > 50 cases"),
        (48, 11, .low, "already over the high-risk limit: 22.9% > 20%"),
        (50, 0, .low, "would go over the caseload limit: 51 > 50 cases"),
        (40, 8, .high, "would go over the high-risk limit: 22.0% > 20%"),
    ])
    func refusalWords(cases: Int, high: Int, risk: Risk, words: String) throws {
        let advisor = Self.advisor([Make.officer("X")], Make.cases("X", count: cases, high: high))
        let exclusion = try #require(advisor.suggest(for: Case(id: "NEW", officerID: nil, team: "North", risk: risk)).excluded.first)
        #expect(exclusion.explanations == [words])
    }

    @Test("a share just over the limit is never shown as the limit itself")
    func distinctShare() throws {
        let limits = Limits(maxCases: 100_000, maxHighRiskHundredths: 2000, nearThousandths: 900)
        let advisor = Self.advisor([Make.officer("X")], Make.cases("X", count: 10_000, high: 2001), limits: limits)
        let exclusion = try #require(advisor.suggest(for: Self.lowCase).excluded.first)
        #expect(exclusion.explanations == ["already over the high-risk limit: 20.01% > 20%"])
    }

    @Test("a trained officer outranks one awaiting the course for a high-risk case, whatever else applies")
    func trainingFirst() throws {
        var awaiting = Make.officer("A", team: "East", mosovo: .awaiting, daSpecialist: true)
        awaiting.approvedPremises = true
        awaiting.buddyID = "T"
        let trained = Make.officer("T", team: "West")
        let offender = Case(
            id: "NEW", officerID: nil, team: "East", risk: .veryHigh, location: .approvedPremises, domesticAbuse: true, previousOfficerID: "A")
        let cases = Make.cases("A", count: 5, prefix: "a") + Make.cases("T", count: 45, high: 8, prefix: "t")
        let suggestion = Self.advisor([awaiting, trained], cases).suggest(for: offender)
        #expect(suggestion.candidates.map(\.officer.id) == ["T", "A"])
        #expect(suggestion.candidates.first?.reasons.first?.detail == "MOSOVO trained, for a high-risk case")
        let low = Self.advisor([awaiting, trained], cases).suggest(for: Case(id: "NEW", officerID: nil, team: "East", risk: .low, previousOfficerID: "A"))
        #expect(low.candidates.map(\.officer.id) == ["A", "T"], "for a low-risk case training gives no points")
    }

    @Test("the effect is said as before → after")
    func effect() throws {
        let advisor = Self.advisor([Make.officer("X")], Make.cases("X", count: 41, high: 7))
        let candidate = try #require(advisor.suggest(for: Case(id: "NEW", officerID: nil, team: "North", risk: .high)).candidates.first)
        #expect(candidate.effect == "41 → 42 cases, 17.1% → 19.0% high risk")
        #expect(candidate.casesBefore == 41 && candidate.casesAfter == 42)
    }

    @Test("the quick score always equals the score with its reasons")
    func scoreMatchesCandidate() {
        let force = ForceGenerator(officers: 40, cases: 1800, unallocated: 60, seed: 9).generate()
        let advisor = AllocationAdvisor(force: force, limits: .standard, today: Self.today)
        for offender in force.unallocated {
            for position in force.officers.indices {
                #expect(advisor.score(offender, position) == advisor.candidate(offender, position).score)
            }
        }
    }

    @Test("the preference table is what the documentation says")
    func weights() {
        #expect(Preference.allCases.map(\.maximumPoints) == [150, 30, 25, 20, 15, 20, 10, 0])
        let others = Preference.allCases.filter { $0 != .trainedForHighRisk }.reduce(0) { $0 + $1.maximumPoints }
        #expect(Preference.trainedForHighRisk.maximumPoints > others, "training must outrank every other preference together")
    }
}
