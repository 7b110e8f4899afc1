/// One case of the queue and the officer the plan gives it to.
public struct Placement: Hashable, Sendable {
    public let item: Case
    public let officer: Officer
    public let reasons: [Reason]
}

/// A case the plan cannot place, with the hard rules that stand in the way once the rest of the plan is applied.
public struct Unplaced: Hashable, Sendable {
    public let item: Case
    public let rules: [HardRule]
}

/// An allocation for every case that can be placed, and the cases that cannot.
public struct AllocationPlan: Hashable, Sendable {
    /// In queue order.
    public let placements: [Placement]
    /// In queue order.
    public let unplaced: [Unplaced]
}

/// Plans the whole unallocated queue at once: as many cases placed as the limits allow, then the best officers.
///
/// The queue is a flow network: each case may go to any officer the hard rules allow; each officer can
/// take as many cases as their caseload headroom, and as many high-risk cases as their high-risk headroom
/// (counted as if only high-risk cases were added, so no mix of cases can take them over). An officer already
/// over either limit has no headroom at all: no new offenders until within (seed 000, §3.8.16). Cases go first
/// to their best-scoring officer, the most constrained cases first; then every case left over is placed,
/// where it can be, along an augmenting path that moves earlier placements to other officers. So a case
/// that only one officer can take is never starved by a case that others could have taken, and the number
/// placed is the largest the limits allow.
public struct AllocationPlanner: Sendable {
    let advisor: AllocationAdvisor
    let queue: [Case]

    /// How many officers beyond the case's own team, AP officers and previous officer are kept as candidates.
    static let widerCandidates = 24

    public init(force: Force, limits: Limits, today: Day) {
        advisor = AllocationAdvisor(force: force, limits: limits, today: today)
        queue = force.cases.filter { $0.officerID == nil }
    }

    public func plan() -> AllocationPlan {
        var state = State(advisor: advisor, queue: queue)
        state.placeGreedily()
        state.augment()
        return state.result()
    }

    /// The capacities and assignments while planning.
    struct State {
        let advisor: AllocationAdvisor
        let queue: [Case]
        /// Cases each officer can still take.
        var caseRoom: [Int]
        /// High-risk cases each officer can still take.
        var highRoom: [Int]
        /// The officer position each queued case is given to, or nil.
        var assigned: [Int?]
        /// The queued cases given to each officer.
        var holding: [[Int]]
        /// Officers each case may go to under the rules that do not depend on capacity.
        let mayTake: (Case, Int) -> Bool
        let active: [Int]

        init(advisor: AllocationAdvisor, queue: [Case]) {
            self.advisor = advisor
            self.queue = queue
            let limits = advisor.limits
            caseRoom = advisor.officers.indices.map { position in
                let officer = advisor.officers[position]
                let workload = advisor.workloads[position]
                let overHighRisk = limits.highRiskStanding(highRisk: workload.highRisk, cases: workload.cases) == .over
                guard officer.isActive, !overHighRisk else { return 0 }
                return max(0, limits.caseLimit(for: officer) - workload.cases)
            }
            highRoom = advisor.workloads.indices.map { [caseRoom] position in
                let workload = advisor.workloads[position]
                var room = 0
                while room < caseRoom[position]
                    && limits.highRiskStanding(highRisk: workload.highRisk + room + 1, cases: workload.cases + room + 1) != .over
                {
                    room += 1
                }
                return room
            }
            assigned = Array(repeating: nil, count: queue.count)
            holding = Array(repeating: [], count: advisor.officers.count)
            let officers = advisor.officers
            mayTake = { item, position in
                let officer = officers[position]
                return officer.isActive && (item.mappa?.needsTrainedOfficer != true || officer.mosovo.mayHoldLevel2Or3)
            }
            active = officers.indices.filter { officers[$0].isActive }
        }

        func hasRoom(_ position: Int, for item: Case) -> Bool {
            caseRoom[position] > 0 && (!item.risk.isHigh || highRoom[position] > 0)
        }

        mutating func give(_ caseIndex: Int, to position: Int) {
            assigned[caseIndex] = position
            holding[position].append(caseIndex)
            caseRoom[position] -= 1
            if queue[caseIndex].risk.isHigh { highRoom[position] -= 1 }
        }

        mutating func take(_ caseIndex: Int, from position: Int) {
            assigned[caseIndex] = nil
            holding[position].removeAll { $0 == caseIndex }
            caseRoom[position] += 1
            if queue[caseIndex].risk.isHigh { highRoom[position] += 1 }
        }

        /// Each case to its best officer with room, the cases with fewest possible officers first.
        ///
        /// Scores are worked out once per candidate and the sorts compare only them: a closure that calls a method
        /// of this state copied the whole state on each call, which was most of a plan's time (perf: 10,000 cases).
        mutating func placeGreedily() {
            let officers = advisor.officers
            let trainedActive = active.count(where: { officers[$0].mosovo.mayHoldLevel2Or3 })
            let queue = self.queue
            let everyone = active.count
            let order = queue.indices.sorted { a, b in
                let keyA = (queue[a].mappa?.needsTrainedOfficer == true ? trainedActive : everyone, queue[a].risk.isHigh ? 0 : 1, a)
                let keyB = (queue[b].mappa?.needsTrainedOfficer == true ? trainedActive : everyone, queue[b].risk.isHigh ? 0 : 1, b)
                return keyA < keyB
            }
            var byBase: [(position: Int, score: Int)] = []
            for position in active { byBase.append((position, baseScore(position))) }
            byBase.sort { ($0.score, officers[$1.position].id) > ($1.score, officers[$0.position].id) }
            var teamMembers: [String: [Int]] = [:]
            for position in active { teamMembers[officers[position].team, default: []].append(position) }
            let approvedPremises = active.filter { officers[$0].approvedPremises }
            for caseIndex in order {
                let item = queue[caseIndex]
                var shortlist = Set(teamMembers[item.team] ?? [])
                if let previous = item.previousOfficerID, let position = advisor.position(of: previous) { shortlist.insert(position) }
                if item.location == .approvedPremises { shortlist.formUnion(approvedPremises) }
                shortlist.formUnion(byBase.prefix(AllocationPlanner.widerCandidates).map(\.position))
                var ranked: [(position: Int, score: Int)] = []
                for position in shortlist where mayTake(item, position) { ranked.append((position, score(item, position))) }
                ranked.sort { ($0.score, officers[$1.position].id) > ($1.score, officers[$0.position].id) }
                var best: Int?
                for candidate in ranked where hasRoom(candidate.position, for: item) {
                    best = candidate.position
                    break
                }
                if best == nil {
                    for candidate in byBase where mayTake(item, candidate.position) && hasRoom(candidate.position, for: item) {
                        best = candidate.position
                        break
                    }
                }
                if let best { give(caseIndex, to: best) }
            }
        }

        /// Places each case left over along an augmenting path, where one exists.
        mutating func augment() {
            var dead = Set<Need>()
            for caseIndex in queue.indices where assigned[caseIndex] == nil {
                guard let path = augmentingPath(for: caseIndex, dead: &dead) else { continue }
                apply(path.reversed())
                if caseRoom.contains(where: { $0 < 0 }) || highRoom.contains(where: { $0 < 0 }) {
                    apply(path.map { Step(caseIndex: $0.caseIndex, from: $0.to, to: $0.from ?? -1) })
                }
                dead.removeAll()
            }
        }

        /// Moves each step's case; a step to -1 returns the case to the queue.
        mutating func apply(_ steps: some Sequence<Step>) {
            for step in steps {
                if let from = step.from { take(step.caseIndex, from: from) }
                if step.to >= 0 { give(step.caseIndex, to: step.to) }
            }
        }

        /// An officer who must make room, and whether the room must be for a high-risk case.
        struct Need: Hashable {
            let officer: Int
            let high: Bool
        }

        struct Step {
            let caseIndex: Int
            let from: Int?
            let to: Int
        }

        /// The steps that led to a need, from the last back to the queued case's own.
        func pathBack(from need: Need, parent: [Need: (Step, Need?)]) -> [Step] {
            var path: [Step] = []
            var link: Need? = need
            while let current = link, let (step, previous) = parent[current] {
                path.append(step)
                link = previous
            }
            return path
        }

        /// What the officer must shed to take the case, or nil when they have room.
        func need(_ position: Int, for item: Case) -> Need? {
            if hasRoom(position, for: item) { return nil }
            return Need(officer: position, high: item.risk.isHigh && highRoom[position] == 0)
        }

        /// Breadth-first through officers who would have room if one of their planned cases moved on.
        ///
        /// Each officer appears at most once on a path, so applying it never counts one officer's room twice.
        func augmentingPath(for caseIndex: Int, dead: inout Set<Need>) -> [Step]? {
            let item = queue[caseIndex]
            var parent: [Need: (Step, Need?)] = [:]
            var frontier: [Need] = []
            var visited = Set<Int>()
            for position in active where mayTake(item, position) {
                guard let need = need(position, for: item) else { return [Step(caseIndex: caseIndex, from: nil, to: position)] }
                if !dead.contains(need) && visited.insert(position).inserted {
                    parent[need] = (Step(caseIndex: caseIndex, from: nil, to: position), nil)
                    frontier.append(need)
                }
            }
            var explored = frontier
            while !frontier.isEmpty {
                var next: [Need] = []
                for current in frontier {
                    for moved in holding[current.officer] where !current.high || queue[moved].risk.isHigh {
                        let movedItem = queue[moved]
                        for position in active where position != current.officer && mayTake(movedItem, position) {
                            let step = Step(caseIndex: moved, from: current.officer, to: position)
                            if hasRoom(position, for: movedItem) {
                                let path = [step] + pathBack(from: current, parent: parent)
                                if !path.contains(where: { $0.to == position && $0.caseIndex != moved }) { return path }
                                continue
                            }
                            guard !visited.contains(position), let onward = need(position, for: movedItem), !dead.contains(onward) else { continue }
                            visited.insert(position)
                            parent[onward] = (step, current)
                            next.append(onward)
                        }
                    }
                }
                explored += next
                frontier = next
            }
            dead.formUnion(explored)
            return nil
        }

        /// The points an officer scores for any case: headroom and how few recent allocations they have had.
        func baseScore(_ position: Int) -> Int {
            let officer = advisor.officers[position]
            var after = advisor.workloads[position]
            after.low += 1
            let recent = advisor.recent[position]
            return advisor.headroomPoints(after: after, caseLimit: advisor.limits.caseLimit(for: officer))
                + max(0, Preference.fewRecentAllocations.maximumPoints - Preference.pointsLostPerRecentAllocation * recent)
        }

        func score(_ item: Case, _ position: Int) -> Int {
            advisor.score(item, position)
        }

        func result() -> AllocationPlan {
            var advisor = advisor
            var placements: [Placement] = []
            for (caseIndex, position) in assigned.enumerated() {
                guard let position else { continue }
                placements.append(Placement(item: queue[caseIndex], officer: advisor.officers[position], reasons: advisor.candidate(queue[caseIndex], position).reasons))
            }
            for placement in placements { advisor.record(placement.item, from: nil, to: placement.officer.id) }
            let unplaced = queue.indices.filter { assigned[$0] == nil }.map { caseIndex in
                let item = queue[caseIndex]
                let rules = Set(advisor.officers.indices.flatMap { advisor.brokenRules(item, $0) })
                return Unplaced(item: item, rules: HardRule.allCases.filter(rules.contains))
            }
            return AllocationPlan(placements: placements, unplaced: unplaced)
        }
    }
}
