import CaseloadCore
import Testing

@Suite("Planning the whole queue")
struct AllocationPlannerTests {
    static let today = Day("2026-11-22")!

    /// Each case in queue order to its best officer with room; what the plan must beat.
    static func greedyByQueueOrder(_ force: Force, limits: Limits) -> Int {
        var advisor = AllocationAdvisor(force: force, limits: limits, today: today)
        var placed = 0
        for offender in force.unallocated {
            guard let best = advisor.suggest(for: offender).candidates.first else { continue }
            advisor.record(offender, from: nil, to: best.officer.id)
            placed += 1
        }
        return placed
    }

    @Test("a case only one officer may take is not starved by an earlier case that others could take")
    func notStarved() throws {
        var supported = Make.officer("U", team: "South", mosovo: .awaiting)
        supported.buddyID = "T"
        let officers = [Make.officer("T", team: "North"), supported]
        let cases = Make.cases("T", count: 49, prefix: "t") + Make.cases("U", count: 49, prefix: "u") + [
            Case(id: "Q1", officerID: nil, team: "North", risk: .low),
            Case(id: "Q2", officerID: nil, team: "South", risk: .low, mappa: Mappa(category: 1, level: 2)),
        ]
        let force = Force(officers: officers, cases: cases)
        #expect(Self.greedyByQueueOrder(force, limits: .standard) == 1)
        let plan = AllocationPlanner(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.unplaced.isEmpty)
        #expect(plan.placements.map { "\($0.offender.id)→\($0.officer.id)" } == ["Q2→T", "Q1→U"], "the level 2 case is placed first")
    }

    /// A goes first (fewer officers may take it) and takes X's last place; only X has high-risk room for B.
    @Test("a high-risk case's only room is freed by moving an earlier placement on")
    func augmentingPath() throws {
        let officers = [
            Make.officer("X", team: "North"), Make.officer("Y", team: "South", mosovo: .awaiting), Make.officer("Z", team: "South"),
        ]
        var cases = Make.cases("X", count: 49, high: 9, prefix: "x")
        cases += Make.cases("Y", count: 40, high: 8, prefix: "y")
        cases += Make.cases("Z", count: 40, high: 8, prefix: "z")
        cases.append(Case(id: "A", officerID: nil, team: "North", risk: .low, mappa: Mappa(category: 1, level: 2)))
        cases.append(Case(id: "B", officerID: nil, team: "South", risk: .high))
        let force = Force(officers: officers, cases: cases)
        #expect(Self.greedyByQueueOrder(force, limits: .standard) == 1)
        let plan = AllocationPlanner(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.unplaced.isEmpty)
        #expect(plan.placements.map { "\($0.offender.id)→\($0.officer.id)" } == ["A→Z", "B→X"])
    }

    @Test("a case that no officer may take is listed with the rules in the way")
    func unplaced() throws {
        let force = Force(
            officers: [Make.officer("A", mosovo: .awaiting), Make.officer("B", status: .leave)],
            cases: [Case(id: "Q", officerID: nil, team: "North", risk: .low, mappa: Mappa(category: 1, level: 3))])
        let plan = AllocationPlanner(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.placements.isEmpty)
        #expect(plan.unplaced.map(\.offender.id) == ["Q"])
        #expect(plan.unplaced.first?.rules == [.onLeave, .untrainedForLevel2Or3, .noAvailableBuddy])
        #expect(plan.unplaced.first?.explanation.contains("no buddy available") == true)
    }

    @Test("a case placed in another team says why none of its own team took it", arguments: [
        ("own team has room", nil),
        ("near", "every officer there who may take it would be near a limit after it"),
        ("intake", "every officer there who may take it has had 5 new cases within 7 days"),
        ("untrained", "every officer there who may take it is awaiting the MOSOVO course, for a high-risk case"),
        ("intake and near", "every officer there who may take it has had 5 new cases within 7 days or would be near a limit after it"),
        ("none may", "no officer there may take it"),
    ] as [(String, String?)])
    func whyNotOwnTeam(_ label: String, words: String?) throws {
        var east = Make.officer("E", team: "East")
        var eastCases = Make.cases("E", count: 30, team: "East", prefix: "e")
        var officers = [Make.officer("W", team: "West")]
        var risk = Risk.low
        switch label {
        case "near":
            eastCases = Make.cases("E", count: 44, team: "East", prefix: "e")
        case "intake":
            for index in 0..<5 { eastCases[index].allocatedOn = Self.today.adding(days: -index) }
        case "untrained":
            east.mosovo = .awaiting
            east.buddyID = "W"
            risk = .high
        case "intake and near":
            for index in 0..<5 { eastCases[index].allocatedOn = Self.today.adding(days: -index) }
            officers.append(Make.officer("F", team: "East"))
            eastCases += Make.cases("F", count: 44, team: "East", prefix: "f")
        case "none may":
            east.status = .leave
        default:
            break
        }
        officers.append(east)
        let cases = eastCases + Make.cases("W", count: 20, team: "West", prefix: "w") + [Case(id: "Q", officerID: nil, team: "East", risk: risk)]
        let plan = AllocationPlanner(force: Force(officers: officers, cases: cases), limits: .standard, today: Self.today).plan()
        let placement = try #require(plan.placements.first)
        #expect(placement.officer.id == (words == nil ? "E" : "W"))
        #expect(placement.whyNotOwnTeam == words)
        if let words {
            #expect(placement.why.hasPrefix("another team (West); "))
            #expect(placement.why.hasSuffix("; East could not take it: \(words)"))
        }
    }

    @Test("on small random forces the plan places as many cases as any assignment can", arguments: 0..<60)
    func maximal(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var officers = (0..<3).map { index in
            Make.officer("O\(index)", team: ["N", "S"][random.below(2)], mosovo: random.chance(permille: 300) ? .awaiting : .trained)
        }
        let trained = officers.first { $0.mosovo == .trained }?.id
        for index in officers.indices where officers[index].mosovo != .trained { officers[index].buddyID = trained }
        var cases: [Case] = []
        for (index, officer) in officers.enumerated() {
            let count = 44 + random.below(7)
            cases += Make.cases(officer.id, count: count, high: random.below(count / 4), prefix: "o\(index)")
        }
        for index in 0..<6 {
            cases.append(Case(
                id: "Q\(index)", officerID: nil, team: ["N", "S"][random.below(2)], risk: random.chance(permille: 400) ? .high : .low,
                mappa: random.chance(permille: 300) ? Mappa(category: 1, level: 2) : nil))
        }
        let force = Force(officers: officers, cases: cases)
        let plan = AllocationPlanner(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.placements.count == Self.bruteForceMaximum(force, limits: .standard), "\(plan.placements.map { "\($0.offender.id)→\($0.officer.id)" }) \(officers.map { "\($0.id) \($0.mosovo) \($0.buddyID ?? "-")" }) \(force.workloads().map { "\($0.cases)/\($0.highRisk)" }) \(force.unallocated.map { "\($0.id) \($0.risk) \($0.mappa?.level ?? 1)" })")
    }

    /// The most queued cases any assignment can place, trying them all: to an officer who may take new cases at all
    /// (available, not already over either limit, trained or with an available buddy), no more than `maxIntake` to
    /// one officer, every officer within both limits at the end.
    static func bruteForceMaximum(_ force: Force, limits: Limits) -> Int {
        let queue = force.unallocated
        let start = force.workloads()
        let open = force.officers.indices.map { position in
            let officer = force.officers[position]
            let supported = officer.mosovo == .trained || force.officers.contains { $0.id == officer.buddyID && $0.isActive }
            return officer.isActive && supported && limits.caseStanding(cases: start[position].cases, limit: limits.caseLimit(for: officer)) != .over
                && limits.highRiskStanding(highRisk: start[position].highRisk, cases: start[position].cases) != .over
        }
        var best = 0
        func search(_ index: Int, _ placed: Int, _ workloads: [Workload], _ given: [Int]) {
            guard index < queue.count else {
                let within = force.officers.indices.allSatisfy { position in
                    workloads[position].cases <= limits.caseLimit(for: force.officers[position])
                        && (given[position] == 0 || limits.highRiskStanding(highRisk: workloads[position].highRisk, cases: workloads[position].cases) != .over)
                }
                if within { best = max(best, placed) }
                return
            }
            let offender = queue[index]
            for position in force.officers.indices where open[position] && given[position] < limits.maxIntake {
                guard offender.mappa?.needsTrainedOfficer != true || force.officers[position].mosovo == .trained else { continue }
                var next = workloads
                next[position].add(offender)
                var counts = given
                counts[position] += 1
                search(index + 1, placed + 1, next, counts)
            }
            search(index + 1, placed, workloads, given)
        }
        search(0, 0, start, Array(repeating: 0, count: force.officers.count))
        return best
    }
}
