/// One case of the queue and the officer the plan gives it to.
public struct Placement: Hashable, Sendable {
    public let offender: Case
    public let officer: Officer
    /// Why this officer, in words true of their figures once this case and every placement before it are made.
    public let reasons: [Reason]
    /// For a placement in another team, why no officer of the case's own team took it, in words: "every officer there
    /// who may take it would be near a limit after it".
    public let whyNotOwnTeam: String?
    /// The officer is in another team from the case's: every officer of its own team who may take it was full,
    /// at their intake for the week, or would have been taken past the near threshold.
    public var otherTeam: Bool { officer.team != offender.team }

    /// The reasons in words, led by the other team where it is one and ended by why the case's own team could not
    /// take it, so a narrow column shows the reasons first: for the WHY column.
    public var why: String {
        let team = otherTeam ? ["another team (\(officer.team))"] : []
        let ownTeam = otherTeam ? whyNotOwnTeam.map { ["\(offender.team) could not take it: \($0)"] } ?? [] : []
        return (team + reasons.map(\.detail) + ownTeam).joined(separator: "; ")
    }

    public init(offender: Case, officer: Officer, reasons: [Reason], whyNotOwnTeam: String? = nil) {
        self.offender = offender
        self.officer = officer
        self.reasons = reasons
        self.whyNotOwnTeam = whyNotOwnTeam
    }
}

/// A case the plan cannot place, and why: the hard rules that stand in the way once the rest of the plan is
/// made, and how many officers the rules allow who have had their week's intake.
public struct Unplaced: Hashable, Sendable {
    public let offender: Case
    public let rules: [HardRule]
    /// Officers the rules allow who have already had `maxIntake` new cases within 7 days.
    public let atIntake: Int
    public let maxIntake: Int

    public init(offender: Case, rules: [HardRule], atIntake: Int = 0, maxIntake: Int = Limits.standard.maxIntake) {
        self.offender = offender
        self.rules = rules
        self.atIntake = atIntake
        self.maxIntake = maxIntake
    }

    /// Why, in words, with the setting that would change it where one would.
    public var explanation: String {
        var parts = rules.map(\.explanation)
        if atIntake > 0 {
            let officers = atIntake == 1 ? "1 officer who may take it has" : "\(atIntake) officers who may take it have"
            parts.insert("\(officers) had \(maxIntake) new cases within 7 days (--max-intake \(maxIntake + 1) would give them one more)", at: 0)
        }
        return parts.joined(separator: "; ")
    }
}

/// An allocation for every case that can be placed, and the cases that cannot.
public struct AllocationPlan: Hashable, Sendable {
    /// In the order placed: the most constrained cases first.
    public let placements: [Placement]
    /// In queue order.
    public let unplaced: [Unplaced]

    public init(placements: [Placement], unplaced: [Unplaced]) {
        self.placements = placements
        self.unplaced = unplaced
    }

    /// Placements with an officer of another team.
    public var otherTeamCount: Int { placements.count(where: \.otherTeam) }

    /// Who receives how many, and how many go to another team: "OM04 5, OM01 4, OM10 3; 2 in another team."
    public var receiversSentence: String {
        guard !placements.isEmpty else { return "" }
        let others = otherTeamCount
        return "Who receives: " + receivers.map { "\($0.officer.id) \($0.cases)" }.joined(separator: ", ")
            + (others == 0 ? "; all in the case's own team." : "; \(others) in another team.")
    }

    /// How many cases each officer receives, most first (ties by officer id).
    public var receivers: [(officer: Officer, cases: Int)] {
        let counts = Dictionary(grouping: placements, by: \.officer.id)
        return counts.values.map { ($0[0].officer, $0.count) }.sorted { ($1.cases, $0.officer.id) < ($0.cases, $1.officer.id) }
    }
}

/// Plans the whole unallocated queue the way a supervisor spreads new work: one placement at a time.
///
/// Each case goes to the best officer the hard rules allow as the force stands *after* every placement before it:
/// their counts, room and intake for the week change as they receive, so the next case is ranked on the new figures
/// and the work spreads instead of piling on whoever had most room. No officer receives more than `maxIntake` new
/// cases within 7 days (those already given count), nobody is taken past the near threshold of a limit while an
/// eligible officer below it remains (save that a high-risk case goes to a MOSOVO-trained officer before one awaiting
/// the course), and an officer of the case's own team comes before one of another. The most
/// constrained cases (MAPPA level 2/3, then high risk) are placed first, so a case few officers may take is not
/// starved by one that many could; a case left over is tried again once the rest are placed (low-risk cases may have
/// made room for a high-risk one), and then by moving one of the plan's own placements on to make room.
public struct AllocationPlanner: Sendable {
    let advisor: AllocationAdvisor
    let queue: [Case]

    /// How many cases left over are tried by moving a placement on: enough for the few a small force starves, and a
    /// bound on the work when a large queue outruns the force's room.
    static let roomMakingAttempts = 200

    /// How many officers beyond the case's own team, AP officers and previous officer are ranked before the whole
    /// force is searched.
    static let widerCandidates = 24

    public init(force: Force, limits: Limits, today: Day) {
        advisor = AllocationAdvisor(force: force, limits: limits, today: today)
        queue = force.cases.filter { $0.officerID == nil }
    }

    public func plan() -> AllocationPlan {
        var advisor = advisor
        let officers = advisor.officers
        let limits = advisor.limits
        let active = officers.indices.filter { officers[$0].isActive }
        var teamMembers: [String: [Int]] = [:]
        for position in active { teamMembers[officers[position].team, default: []].append(position) }
        let approvedPremises = active.filter { officers[$0].approvedPremises }
        let room = { (position: Int) in limits.caseLimit(for: officers[position]) - advisor.workloads[position].cases }
        let byRoom = active.sorted { (room($1), officers[$0].id) < (room($0), officers[$1].id) }
        var roomy = byRoom.filter { Self.staysBelowNear($0, advisor) }
        var open = byRoom.filter { Self.mayReceive($0, advisor) }
        let order = queue.indices.sorted { a, b in
            (queue[a].mappa?.needsTrainedOfficer == true ? 0 : 1, queue[a].risk.isHigh ? 0 : 1, a)
                < (queue[b].mappa?.needsTrainedOfficer == true ? 0 : 1, queue[b].risk.isHigh ? 0 : 1, b)
        }
        var given: [(caseIndex: Int, position: Int)] = []
        var unplacedIndices: [Int] = []
        /// The best officer for the case as the force now stands: its own team and the officers it has a claim on
        /// first, then those with most room, then, only when none of those may take it, every officer still open.
        func choose(_ offender: Case) -> Choice? {
            var shortlist = teamMembers[offender.team] ?? []
            if let previous = offender.previousOfficerID, let position = advisor.position(of: previous) { shortlist.append(position) }
            if offender.location == .approvedPremises { shortlist += approvedPremises }
            shortlist += open.prefix(Self.widerCandidates)
            var best = Self.best(for: offender, among: shortlist, advisor)
            if best?.pastNear != false { best = Self.better(best, Self.best(for: offender, among: roomy, advisor, enough: Self.widerCandidates)) }
            return best ?? Self.best(for: offender, among: open, advisor)
        }
        func give(_ caseIndex: Int, _ position: Int) {
            given.append((caseIndex, position))
            advisor.record(queue[caseIndex], from: nil, to: officers[position].id)
            if !Self.staysBelowNear(position, advisor) { roomy.removeAll { $0 == position } }
            if !Self.mayReceive(position, advisor) { open.removeAll { $0 == position } }
        }
        for caseIndex in order {
            if let best = choose(queue[caseIndex]) { give(caseIndex, best.position) } else { unplacedIndices.append(caseIndex) }
        }
        unplacedIndices.removeAll { caseIndex in
            guard let late = choose(queue[caseIndex]) else { return false }
            give(caseIndex, late.position)
            return true
        }
        var slots: [Int: [Int]] = [:]
        for (slot, placement) in given.enumerated() { slots[placement.position, default: []].append(slot) }
        for caseIndex in unplacedIndices.prefix(Self.roomMakingAttempts) {
            let offender = queue[caseIndex]
            var claims = teamMembers[offender.team] ?? []
            if offender.location == .approvedPremises { claims += approvedPremises }
            claims += slots.keys.sorted().prefix(Self.widerCandidates)
            if Self.makeRoom(for: caseIndex, queue, &given, &slots, &advisor, claims: claims, open: open) { unplacedIndices.removeAll { $0 == caseIndex } }
        }
        return AllocationPlan(placements: Self.placements(given, queue, self.advisor), unplaced: Self.unplaced(unplacedIndices.sorted(), queue, advisor))
    }

    /// Whether an officer may still receive some case: available, within both limits with a case's room, and
    /// short of the week's intake. Once not, they stay not for the rest of the plan.
    static func mayReceive(_ position: Int, _ advisor: AllocationAdvisor) -> Bool {
        let limits = advisor.limits
        let workload = advisor.workloads[position]
        let officer = advisor.officers[position]
        return officer.isActive && advisor.recent[position] < limits.maxIntake && workload.cases < limits.caseLimit(for: officer)
            && limits.highRiskStanding(highRisk: workload.highRisk, cases: workload.cases) != .over
    }

    /// The cases left over, each with the hard rules in the way and how many officers are at their week's intake;
    /// worked out once for each kind of case (high risk or not, level 2/3 or not), which is all the rules ask.
    static func unplaced(_ indices: [Int], _ queue: [Case], _ advisor: AllocationAdvisor) -> [Unplaced] {
        var byKind: [[Bool]: (rules: [HardRule], atIntake: Int)] = [:]
        return indices.map { caseIndex in
            let offender = queue[caseIndex]
            let kind = [offender.risk.isHigh, offender.mappa?.needsTrainedOfficer == true]
            if byKind[kind] == nil {
                var rules = Set<HardRule>()
                var atIntake = 0
                for position in advisor.officers.indices {
                    let broken = advisor.brokenRules(offender, position)
                    rules.formUnion(broken)
                    if broken.isEmpty && advisor.recent[position] >= advisor.limits.maxIntake { atIntake += 1 }
                }
                byKind[kind] = (HardRule.allCases.filter(rules.contains), atIntake)
            }
            let found = byKind[kind]!
            return Unplaced(offender: offender, rules: found.rules, atIntake: found.atIntake, maxIntake: advisor.limits.maxIntake)
        }
    }

    /// Places a case nobody could take by moving one case the plan gave an officer on to another who may take it,
    /// when that frees the first officer for this one; true when it did.
    ///
    /// Only the plan's own placements move, never a case an officer already holds, so nothing is transferred.
    static func makeRoom(
        for caseIndex: Int, _ queue: [Case], _ given: inout [(caseIndex: Int, position: Int)], _ slots: inout [Int: [Int]],
        _ advisor: inout AllocationAdvisor, claims: [Int], open: [Int]
    ) -> Bool {
        let offender = queue[caseIndex]
        let limits = advisor.limits
        for position in claims where advisor.recent[position] <= limits.maxIntake
            && !advisor.brokenRules(offender, position).contains(where: { ![.overCaseLimit, .overHighRiskLimit].contains($0) })
        {
            for slot in slots[position] ?? [] {
                let moved = queue[given[slot].caseIndex]
                let officerID = advisor.officers[position].id
                advisor.withdraw(moved, from: officerID)
                let freed = advisor.brokenRules(offender, position).isEmpty && advisor.recent[position] < limits.maxIntake
                if freed, let other = best(for: moved, among: open.filter { $0 != position }, advisor, enough: widerCandidates) {
                    advisor.record(moved, from: nil, to: advisor.officers[other.position].id)
                    if advisor.brokenRules(offender, position).isEmpty {
                        given[slot].position = other.position
                        slots[position]?.removeAll { $0 == slot }
                        slots[other.position, default: []].append(slot)
                        slots[position, default: []].append(given.count)
                        given.append((caseIndex, position))
                        advisor.record(offender, from: nil, to: officerID)
                        return true
                    }
                    advisor.withdraw(moved, from: advisor.officers[other.position].id)
                }
                advisor.record(moved, from: nil, to: officerID)
            }
        }
        return false
    }

    /// The placements in the order made, each with the reasons true once it and every one before it are made.
    ///
    /// A placement that `makeRoom` changed may break a rule at its old turn (a high-risk case counted before the
    /// low-risk cases that keep the share within); it waits until the placements after it make it valid, which
    /// the end state guarantees (every officer within, so their low-risk cases first, then the rest, is valid).
    static func placements(_ given: [(caseIndex: Int, position: Int)], _ queue: [Case], _ start: AllocationAdvisor) -> [Placement] {
        var advisor = start
        var pending = given
        var placements: [Placement] = []
        let teams = Dictionary(grouping: advisor.officers.indices, by: { advisor.officers[$0].team })
        while !pending.isEmpty {
            let next = pending.firstIndex { advisor.brokenRules(queue[$0.caseIndex], $0.position).isEmpty } ?? 0
            let (caseIndex, position) = pending.remove(at: next)
            let offender = queue[caseIndex]
            let officer = advisor.officers[position]
            let whyNot = officer.team == offender.team ? nil : whyNotOwnTeam(offender, among: teams[offender.team] ?? [], advisor)
            placements.append(Placement(offender: offender, officer: officer, reasons: advisor.candidate(offender, position).reasons, whyNotOwnTeam: whyNot))
            advisor.record(offender, from: nil, to: officer.id)
        }
        return placements
    }

    /// Why none of the case's own team took it, as the force stands at its turn: nobody the rules allow, or each one
    /// the rules allow at their week's intake, awaiting the course for a high-risk case, or taken near a limit by it,
    /// read from the same `Choice` the planner ranks them by. Nil when one of them could have taken it.
    static func whyNotOwnTeam(_ offender: Case, among team: [Int], _ advisor: AllocationAdvisor) -> String? {
        let choices = team.compactMap { choice(for: offender, $0, advisor) }
        guard !choices.isEmpty else { return "no officer there may take it" }
        var held = Set<Held>()
        for choice in choices {
            guard let reason = Held(choice, advisor) else { return nil }
            held.insert(reason)
        }
        return "every officer there who may take it " + Held.allCases.filter(held.contains).map { $0.words(advisor.limits) }.joined(separator: " or ")
    }

    /// What keeps an officer the rules allow from being the planner's choice for a case, in the order it weighs them.
    enum Held: CaseIterable {
        case atIntake, awaitingCourse, nearAfter

        /// What holds the officer back; nil when nothing does.
        init?(_ choice: Choice, _ advisor: AllocationAdvisor) {
            if advisor.recent[choice.position] >= advisor.limits.maxIntake {
                self = .atIntake
            } else if choice.untrainedForHighRisk {
                self = .awaitingCourse
            } else if choice.pastNear {
                self = .nearAfter
            } else {
                return nil
            }
        }

        func words(_ limits: Limits) -> String {
            switch self {
            case .atIntake: "has had \(limits.maxIntake) new cases within 7 days"
            case .awaitingCourse: "is awaiting the MOSOVO course, for a high-risk case"
            case .nearAfter: "would be near a limit after it"
            }
        }
    }

    /// One officer who may take a case, and how they rank: for a high-risk case a MOSOVO-trained officer first
    /// (one awaiting the course, even with a buddy, comes after); then below the near threshold afterwards, then the
    /// case's own team, then the advisor's score, then officer id.
    struct Choice {
        let position: Int
        let untrainedForHighRisk: Bool
        let pastNear: Bool
        let otherTeam: Bool
        let score: Int
        let id: OfficerID

        var rank: (Int, Int, Int, Int) { (untrainedForHighRisk ? 1 : 0, pastNear ? 1 : 0, otherTeam ? 1 : 0, -score) }

        func isBetter(than other: Choice) -> Bool {
            rank != other.rank ? rank < other.rank : id < other.id
        }
    }

    /// Whether one more low-risk case leaves the officer below the near threshold of both limits: the officers
    /// searched beyond a case's own team, kept as a list so that a large force is not searched whole for each case.
    static func staysBelowNear(_ position: Int, _ advisor: AllocationAdvisor) -> Bool {
        var after = advisor.workloads[position]
        after.low += 1
        return !advisor.limits.isNear(after, caseLimit: advisor.limits.caseLimit(for: advisor.officers[position]))
    }

    /// The best of `positions` for the case as the force stands in `advisor`, or nil when none may take it: a hard
    /// rule stands in the way, or they have had their week's intake. Stops once `enough` officers who stay below
    /// the near threshold have been found. An officer listed twice (their team's and the case's previous officer,
    /// say) is weighed twice to the same result, which costs less than remembering whom it has seen in a set.
    static func best(for offender: Case, among positions: [Int], _ advisor: AllocationAdvisor, enough: Int = .max, checkingIntake: Bool = true) -> Choice? {
        let limits = advisor.limits
        var best: Choice?
        var found = 0
        for position in positions {
            if found >= enough { break }
            guard !checkingIntake || advisor.recent[position] < limits.maxIntake, let choice = choice(for: offender, position, advisor) else { continue }
            if !choice.pastNear { found += 1 }
            if best.map({ choice.isBetter(than: $0) }) ?? true { best = choice }
        }
        return best
    }

    /// The officer at `position` as a choice for the case, ranked as the force stands in `advisor`; nil when a hard
    /// rule stands in the way. Their week's intake is the caller's to weigh.
    static func choice(for offender: Case, _ position: Int, _ advisor: AllocationAdvisor) -> Choice? {
        guard advisor.brokenRules(offender, position).isEmpty else { return nil }
        let limits = advisor.limits
        let officer = advisor.officers[position]
        var after = advisor.workloads[position]
        after.add(offender)
        return Choice(
            position: position, untrainedForHighRisk: offender.risk.isHigh && officer.mosovo != .trained,
            pastNear: limits.isNear(after, caseLimit: limits.caseLimit(for: officer)), otherTeam: officer.team != offender.team,
            score: advisor.score(offender, position), id: officer.id)
    }

    static func better(_ a: Choice?, _ b: Choice?) -> Choice? {
        guard let a else { return b }
        guard let b else { return a }
        return b.isBetter(than: a) ? b : a
    }
}
