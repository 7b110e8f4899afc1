import CaseloadCore
import CaseloadExport
import Testing

@Suite("Rebalancing with the fewest moves")
struct RebalancerTests {
    static let today = Day("2026-11-22")!

    @Test("one officer 3 over on cases, another 2 over on high risk with no room to receive: exactly 5 moves")
    func fiveMoves() throws {
        let officers = [Make.officer("A"), Make.officer("B", fte: "0.9"), Make.officer("C"), Make.officer("D")]
        var cases = Make.cases("A", count: 53, high: 5, prefix: "a")
        cases += Make.cases("B", count: 45, high: 10, prefix: "b")
        cases += Make.cases("C", count: 20, prefix: "c")
        cases += Make.cases("D", count: 20, prefix: "d")
        let force = Force(officers: officers, cases: cases)
        let plan = Rebalancer(force: force, limits: .standard, today: Self.today, transfers: true).plan()
        #expect(plan.moves.count == 5)
        #expect(plan.moves.count(where: { $0.from.id == "A" }) == 3)
        #expect(plan.moves.filter { $0.from.id == "B" }.allSatisfy { $0.offender.risk.isHigh })
        #expect(plan.leftOver.isEmpty)
        #expect(Self.applying(plan.moves, to: force).figures(limits: .standard).officers.allSatisfy { !$0.has(.overCases) && !$0.has(.overHighRisk) })
    }

    @Test("no case goes to an officer already over: the over-on-cases officer's cases go to one with room, not to dilute another's share")
    func noDilution() throws {
        let officers = [Make.officer("A"), Make.officer("B"), Make.officer("C")]
        var cases = Make.cases("A", count: 53, prefix: "a")
        cases += Make.cases("B", count: 40, high: 9, prefix: "b")
        cases += Make.cases("C", count: 20, prefix: "c")
        let plan = Rebalancer(force: Force(officers: officers, cases: cases), limits: .standard, today: Self.today, transfers: true).plan()
        #expect(plan.moves.count == 5)
        #expect(plan.moves.allSatisfy { $0.to.id == "C" })
        #expect(plan.moves.filter { $0.from.id == "B" }.allSatisfy { $0.offender.risk.isHigh })
        #expect(plan.leftOver.isEmpty && plan.explained.isEmpty)
    }

    @Test("by default only what the rules require moves; every officer over a limit is listed on hold, with how far over")
    func mitigationNotChurn() throws {
        let officers = [Make.officer("A"), Make.officer("U", mosovo: .awaiting), Make.officer("R")]
        var cases = Make.cases("A", count: 53, high: 4, prefix: "a") + Make.cases("R", count: 20, prefix: "r")
        cases += Make.cases("U", count: 10, level: 2, prefix: "u")
        let plan = Rebalancer(force: Force(officers: officers, cases: cases), limits: .standard, today: Self.today).plan()
        #expect(plan.moves.map(\.from.id) == Array(repeating: "U", count: 10), "only the level 2 cases leave untrained hands")
        #expect(plan.moves.allSatisfy { $0.to.mosovo == .trained })
        #expect(plan.onHold.map(\.figures.officer.id) == ["A"])
        #expect(plan.onHold.first?.howFarOver == "3 cases over the limit of 50")
        #expect(plan.leftOver.isEmpty, "an officer on hold is mitigated, not left over")
        let report = RebalanceReport(plan: plan, before: Force(officers: officers, cases: cases).figures(limits: .standard)).table()
        #expect(report.contains("1 officer is on hold") && report.contains("(--transfers)"))
    }

    @Test("--transfers leaves alone an officer whom holding brings within before the weeks ahead end, and relieves one it does not",
          arguments: [(days: 30, moves: 0), (days: 83, moves: 0), (days: 84, moves: 1), (days: 200, moves: 1)])
    func heldWithinTheWeeksAhead(days: Int, moves: Int) throws {
        var cases = Make.cases("A", count: 51, prefix: "a") + Make.cases("B", count: 20, prefix: "b")
        cases[0].endsOn = Self.today.adding(days: days)
        let force = Force(officers: [Make.officer("A"), Make.officer("B")], cases: cases)
        let plan = Rebalancer(force: force, limits: .standard, today: Self.today, transfers: true).plan()
        #expect(plan.moves.count == moves)
        #expect(plan.onHold.first?.withinOn == Self.today.adding(days: days + 1))
        #expect(plan.leftOver.isEmpty, "held within, or relieved: either way not left over")
    }

    @Test("the day holding alone brings an officer within, from the days their cases end", arguments: [
        (endings: [10, 20, 30], within: 20), (endings: [10], within: nil), (endings: [], within: nil),
    ] as [(endings: [Int], within: Int?)])
    func withinByHolding(endings: [Int], within: Int?) throws {
        var cases = Make.cases("A", count: 52, prefix: "a")
        for (index, days) in endings.enumerated() { cases[index].endsOn = Self.today.adding(days: days) }
        let plan = Rebalancer(force: Force(officers: [Make.officer("A")], cases: cases), limits: .standard, today: Self.today).plan()
        #expect(plan.onHold.first?.withinOn == within.map { Self.today.adding(days: $0 + 1) }, "52 cases: within the day after the second ends")
    }

    @Test("an officer over only because a reduction shrinks their limit is explained by it, with the day it ends")
    func reductionExplains() throws {
        var reduced = Make.officer("A")
        reduced.reductionMillionths = 200_000
        reduced.reductionUntil = Self.today.adding(days: 14)
        let plan = Rebalancer(force: Force(officers: [reduced, Make.officer("R")], cases: Make.cases("A", count: 45, prefix: "a")), limits: .standard, today: Self.today, transfers: true).plan()
        #expect(plan.onHold.first?.explanation == "a reduction ending on \(Self.today.adding(days: 14))")
        #expect(plan.moves.isEmpty, "45 of 40 while the reduction lasts: held, not transferred")
    }

    @Test("transfers for volume never move a very high risk or level 3 offender unless asked", arguments: [false, true])
    func mostDangerousStay(includeVeryHigh: Bool) throws {
        var cases = Make.cases("A", count: 52, prefix: "a")
        for index in cases.indices { cases[index].risk = index % 2 == 0 ? .veryHigh : .low; cases[index].mappa = index % 2 == 0 ? nil : Mappa(category: 2, level: 3) }
        cases += Make.cases("R", count: 10, prefix: "r")
        let plan = Rebalancer(
            force: Force(officers: [Make.officer("A"), Make.officer("R")], cases: cases), limits: Limits(maxCases: 50, maxHighRiskHundredths: 10_000, nearThousandths: 900),
            today: Self.today, transfers: true, includeVeryHigh: includeVeryHigh).plan()
        #expect(plan.moves.count == (includeVeryHigh ? 2 : 0))
        #expect(plan.leftOver.map(\.officer.id) == (includeVeryHigh ? [] : ["A"]))
    }

    @Test("a case living in an Approved Premises never leaves its AP officer; one kept over only by such cases is explained")
    func approvedPremises() throws {
        var ap = Make.officer("P")
        ap.approvedPremises = true
        let officers = [ap, Make.officer("R")]
        var cases = Make.cases("P", count: 10, high: 10, location: .approvedPremises, prefix: "resident")
        cases += Make.cases("P", count: 30, high: 2, prefix: "p")
        cases += Make.cases("R", count: 10, prefix: "r")
        let kept = Rebalancer(force: Force(officers: officers, cases: cases), limits: .standard, today: Self.today, transfers: true).plan()
        #expect(kept.moves.isEmpty, "moving the 2 others cannot bring 12 of 40 within 20%, so nothing moves for nothing")
        #expect(kept.explained.map(\.officer.id) == ["P"])
        #expect(kept.leftOver.isEmpty)
        let report = RebalanceReport(plan: kept, before: Force(officers: officers, cases: cases).figures(limits: .standard)).table()
        #expect(report.contains("Over only because of cases living in their Approved Premises"))
        #expect(!report.contains("every officer is within"))

        let throughput = Make.cases("P", count: 4, high: 4, location: .approvedPremises, prefix: "resident")
            + Make.cases("P", count: 30, high: 6, prefix: "p") + Make.cases("R", count: 40, prefix: "r")
        let held = Rebalancer(force: Force(officers: officers, cases: throughput), limits: .standard, today: Self.today, transfers: true).plan()
        #expect(held.moves.isEmpty, "10 of 34 high risk, but without the 4 residents 6 of 34 is within: the AP's throughput explains it")
        #expect(held.onHold.map(\.explanation) == ["Approved Premises residents"])

        let mended = Make.cases("P", count: 2, high: 2, location: .approvedPremises, prefix: "resident")
            + Make.cases("P", count: 30, high: 10, prefix: "p") + Make.cases("R", count: 40, prefix: "r")
        let force = Force(officers: officers, cases: mended)
        let plan = Rebalancer(force: force, limits: .standard, today: Self.today, transfers: true).plan()
        #expect(plan.onHold.map(\.explanation) == [nil], "12 of 32, and 10 of 32 without the residents: not explained")
        #expect(plan.moves.count == 7, "7 high-risk cases that live elsewhere bring 5 of 25 within")
        #expect(plan.moves.allSatisfy { $0.offender.location != .approvedPremises })
        #expect(plan.explained.isEmpty && plan.leftOver.isEmpty)
    }

    @Test("a level 2 or 3 case in untrained hands moves to a trained officer, and is never said to need nothing")
    func untrainedLevel2Or3() throws {
        let officers = [Make.officer("U", mosovo: .awaiting), Make.officer("W", mosovo: .awaiting), Make.officer("T", team: "South")]
        let cases = Make.cases("U", count: 1, level: 3, prefix: "u") + Make.cases("U", count: 20, prefix: "v") + Make.cases("T", count: 20, prefix: "t")
        let force = Force(officers: officers, cases: cases)
        let plan = Rebalancer(force: force, limits: .standard, today: Self.today, transfers: true).plan()
        #expect(plan.moves.map { "\($0.offender.id)→\($0.to.id)" } == ["u-0→T"])
        let report = RebalanceReport(plan: plan, before: force.figures(limits: .standard)).table()
        #expect(!report.contains("nothing needs to move"))
        #expect(report.contains("every MAPPA level 2 and 3 case is with a MOSOVO-trained officer"))

        let nobody = Force(officers: [officers[0], officers[1]], cases: Array(cases.prefix(21)))
        let stuck = Rebalancer(force: nobody, limits: .standard, today: Self.today, transfers: true).plan()
        #expect(stuck.moves.isEmpty)
        #expect(stuck.leftOver.map(\.officer.id) == ["U"])
        #expect(!RebalanceReport(plan: stuck, before: nobody.figures(limits: .standard)).table().contains("nothing needs to move"))
    }

    @Test("high-risk cases go to a trained officer before one awaiting the course, even one in the same team")
    func highRiskToTrained() throws {
        let officers = [Make.officer("B"), Make.officer("W", mosovo: .awaiting), Make.officer("T", team: "South")]
        let cases = Make.cases("B", count: 40, high: 9, prefix: "b") + Make.cases("W", count: 10, prefix: "w") + Make.cases("T", count: 40, prefix: "t")
        let plan = Rebalancer(force: Force(officers: officers, cases: cases), limits: .standard, today: Self.today, transfers: true).plan()
        #expect(plan.moves.count == 2)
        #expect(plan.moves.allSatisfy { $0.to.id == "T" })
    }

    @Test("the most recently allocated case moves first, and within the team where it can")
    func recentAndSameTeam() throws {
        let officers = [Make.officer("A", team: "North"), Make.officer("N", team: "North"), Make.officer("S", team: "South")]
        var cases = Make.cases("A", count: 51, team: "North", prefix: "a")
        for index in cases.indices { cases[index].allocatedOn = Day("2025-01-01")!.adding(days: index) }
        cases += Make.cases("N", count: 30, team: "North", prefix: "n") + Make.cases("S", count: 10, team: "South", prefix: "s")
        let plan = Rebalancer(force: Force(officers: officers, cases: cases), limits: .standard, today: Self.today, transfers: true).plan()
        #expect(plan.moves.map(\.offender.id) == ["a-50"])
        #expect(plan.moves.map(\.to.id) == ["N"])
    }

    @Test("when no move can help, the officer is left over and said to be")
    func leftOver() throws {
        let officers = [Make.officer("A"), Make.officer("B", status: .leave)]
        let plan = Rebalancer(force: Force(officers: officers, cases: Make.cases("A", count: 52)), limits: .standard, today: Self.today, transfers: true).plan()
        #expect(plan.moves.isEmpty)
        #expect(plan.leftOver.map(\.officer.id) == ["A"])
        #expect(plan.leftOver.first?.flags == [.overCases])
    }

    @Test("over many generated forces, plan and rebalance follow every rule, no officer past max-intake, every case accounted for", arguments: 1...12)
    func properties(seed: UInt64) throws {
        var force = ForceGenerator(officers: 12 + Int(seed) * 3, cases: 600 + Int(seed) * 150, seed: seed).generate()
        var random = SeededRandom(seed: seed &* 7919)
        for index in force.cases.indices where random.chance(permille: 80) { force.cases[index].officerID = nil }
        let limits = Limits.standard
        let overBefore = Self.overCount(force, limits)

        let plan = AllocationPlanner(force: force, limits: limits, today: Self.today).plan()
        var advisor = AllocationAdvisor(force: force, limits: limits, today: Self.today)
        let queued = force.cases.filter { $0.officerID == nil }.map(\.id)
        #expect((plan.placements.map(\.offender.id) + plan.unplaced.map(\.offender.id)).sorted() == queued.sorted(), "every queued case placed or listed, once")
        for (officerID, given) in Dictionary(grouping: plan.placements, by: \.officer.id) {
            let recent = advisor.recent[try #require(advisor.position(of: officerID))]
            #expect(recent + given.count <= limits.maxIntake, "\(officerID) receives \(given.count) on top of \(recent) in the week")
        }
        var planned = force
        for placement in plan.placements {
            let position = try #require(advisor.position(of: placement.officer.id))
            #expect(advisor.brokenRules(placement.offender, position).isEmpty, "plan breaks a rule with \(placement.offender.id)")
            advisor.record(placement.offender, from: nil, to: placement.officer.id)
            planned = Self.applying([(placement.offender.id, placement.officer.id)], to: planned)
        }
        #expect(Self.overCount(planned, limits) <= overBefore)

        let rebalance = Rebalancer(force: planned, limits: limits, today: Self.today, transfers: true).plan()
        let start = planned.figures(limits: limits)
        let overAtStart = Set(start.officers.filter(\.isOverALimit).map(\.officer.id))
        let breachingAtStart = Set(start.breaching.map(\.officer.id))
        advisor = AllocationAdvisor(force: planned, limits: limits, today: Self.today)
        for move in rebalance.moves {
            let position = try #require(advisor.position(of: move.to.id))
            #expect(advisor.brokenRules(move.offender, position).isEmpty, "rebalance breaks a rule with \(move.offender.id)")
            #expect(!overAtStart.contains(move.to.id), "\(move.offender.id) goes to \(move.to.id), who was over at the start")
            #expect(breachingAtStart.contains(move.from.id), "\(move.offender.id) moves from \(move.from.id), who was within and breaking no rule")
            let requiredByRecommendation18 = move.offender.mappa?.needsTrainedOfficer == true && !move.from.mosovo.mayHoldLevel2Or3
            #expect(
                requiredByRecommendation18 || !(move.offender.location == .approvedPremises && move.from.approvedPremises),
                "\(move.offender.id) leaves its Approved Premises officer for no rule")
            advisor.record(move.offender, from: move.from.id, to: move.to.id)
        }
        let rebalanced = Self.applying(rebalance.moves, to: planned)
        let after = rebalanced.figures(limits: limits)
        let stillOut = Set(after.officers.filter { $0.isOverALimit || $0.has(.untrainedL2L3) }.map(\.officer.id))
        let named = Set((rebalance.leftOver + rebalance.explained).map(\.officer.id))
        let horizon = Self.today.adding(days: Rebalancer.aheadDays)
        let heldWithin = Set(rebalance.onHold.filter { ($0.withinOn ?? .supportedEnd) <= horizon }.map(\.figures.officer.id))
        #expect(named.isSubset(of: stillOut))
        #expect(stillOut.subtracting(named).isSubset(of: heldWithin), "over after, yet neither named nor brought within by their cases' ends")
        #expect(Self.overCount(rebalanced, limits) <= Self.overCount(planned, limits))
        let finalAdvisor = AllocationAdvisor(force: rebalanced, limits: limits, today: Self.today)
        for (offender, officer) in rebalanced.untrainedLevel2Or3Cases() {
            let room = finalAdvisor.officers.indices.filter { position in
                finalAdvisor.officers[position].id != officer.id && !overAtStart.contains(finalAdvisor.officers[position].id)
                    && finalAdvisor.brokenRules(offender, position).isEmpty
            }
            #expect(room.isEmpty, "\(offender.id) stays with untrained \(officer.id) though \(room.count) trained officers had room")
        }
        let words = RebalanceReport(plan: rebalance, before: start).table()
        if words.contains("every officer is within both limits") { #expect(stillOut.isEmpty, "the report says all is well when it is not") }
    }

    @Test("on small random forces the moves are as few as any set of moves under the rules", arguments: 0..<100)
    func fewestMoves(seed: UInt64) throws {
        var random = SeededRandom(seed: seed &+ 1000)
        let limits = Limits(maxCases: 6, maxHighRiskHundredths: 3400, nearThousandths: 900, shareFloor: 3)
        var officers: [Officer] = []
        var cases: [Case] = []
        for index in 0..<4 {
            var officer = Make.officer("O\(index)", team: ["N", "S"][random.below(2)], mosovo: random.chance(permille: 250) ? .awaiting : .trained)
            officer.approvedPremises = random.chance(permille: 250)
            officers.append(officer)
            for number in 0..<(2 + random.below(7)) {
                cases.append(Case(
                    id: "o\(index)-\(number)", officerID: officer.id, team: officer.team, risk: random.chance(permille: 350) ? .high : .low,
                    mappa: random.chance(permille: 150) ? Mappa(category: 1, level: 2) : nil,
                    location: random.chance(permille: 150) ? .approvedPremises : .community,
                    allocatedOn: Self.today.adding(days: -random.below(400))))
            }
        }
        let force = Force(officers: officers, cases: cases)
        let plan = Rebalancer(force: force, limits: limits, today: Self.today, transfers: true).plan()
        guard plan.leftOver.isEmpty && plan.explained.isEmpty else { return }
        #expect(plan.moves.count == Self.fewestMoves(force, limits: limits), "seed \(seed)")
    }

    /// The fewest moves, found by trying every set of cases and every officer for each, that leave every officer within
    /// both limits and no level 2 or 3 case untrained, moving only from officers over or breaking a rule, to officers
    /// who were not over at the start, are active, and are trained for a level 2 or 3 case, never an AP resident off an
    /// AP officer.
    static func fewestMoves(_ force: Force, limits: Limits) -> Int {
        let start = force.figures(limits: limits).officers
        let index = Dictionary(uniqueKeysWithValues: force.officers.enumerated().map { ($1.id, $0) })
        let movable = force.cases.filter { offender in
            guard let holder = offender.officerID.flatMap({ index[$0] }), start[holder].isBreaching else { return false }
            return !(offender.location == .approvedPremises && force.officers[holder].approvedPremises)
        }
        func valid(_ destinations: [(Case, Int)]) -> Bool {
            var workloads = start.map(\.workload)
            var untrained = force.cases.filter { $0.mappa?.needsTrainedOfficer == true && !force.officers[index[$0.officerID ?? ""] ?? 0].mosovo.mayHoldLevel2Or3 && $0.officerID != nil }.map(\.id)
            for (offender, to) in destinations {
                workloads[index[offender.officerID!]!].remove(offender)
                workloads[to].add(offender)
                untrained.removeAll { $0 == offender.id }
            }
            return untrained.isEmpty && force.officers.indices.allSatisfy { position in
                !OfficerFigures(officer: force.officers[position], workload: workloads[position], limits: limits).isOverALimit
            }
        }
        func receivers(_ offender: Case) -> [Int] {
            force.officers.indices.filter { position in
                let officer = force.officers[position]
                return officer.id != offender.officerID && !start[position].isOverALimit && officer.isActive
                    && (offender.mappa?.needsTrainedOfficer != true || officer.mosovo.mayHoldLevel2Or3)
            }
        }
        func search(_ size: Int, from first: Int, _ chosen: [(Case, Int)]) -> Bool {
            if chosen.count == size { return valid(chosen) }
            guard first < movable.count else { return false }
            for next in first..<movable.count {
                for to in receivers(movable[next]) where search(size, from: next + 1, chosen + [(movable[next], to)]) { return true }
            }
            return false
        }
        for size in 0...movable.count where search(size, from: 0, []) { return size }
        return Int.max
    }

    static func overCount(_ force: Force, _ limits: Limits) -> Int {
        force.figures(limits: limits).officers.count { $0.has(.overCases) || $0.has(.overHighRisk) }
    }

    static func applying(_ moves: [Move], to force: Force) -> Force {
        applying(moves.map { ($0.offender.id, $0.to.id) }, to: force)
    }

    static func applying(_ moves: [(caseID: CaseID, to: OfficerID)], to force: Force) -> Force {
        var result = force
        let destination = Dictionary(moves.map { ($0.caseID, $0.to) }, uniquingKeysWith: { _, last in last })
        for index in result.cases.indices {
            if let to = destination[result.cases[index].id] { result.cases[index].officerID = to }
        }
        return result
    }
}
