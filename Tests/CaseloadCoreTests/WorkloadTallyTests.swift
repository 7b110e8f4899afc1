import CaseloadCore
import Testing

/// Counting cases into officers' workloads finds each officer as Swift's string equality would.
@Suite("Counting cases by officer")
struct WorkloadTallyTests {
    @Test("each case counts for the officer whose id equals its officer_id, however the id is spelled", arguments: [
        ("OM1", "OM1", true), ("OM1", "OM10", false), ("OM1", "om1", false), ("OM1", "", false),
        ("Zoë", "Zoe\u{308}", true), ("Zoe\u{308}", "Zoë", true), ("王01", "王01", true), ("王01", "王02", false),
    ])
    func found(officerID: String, caseOfficerID: String, counted: Bool) {
        let officers = [Make.officer("OTHER"), Make.officer(OfficerID(officerID)), Make.officer("LAST")]
        let tally = WorkloadTally(Force(officers: officers, cases: Make.cases(OfficerID(caseOfficerID), count: 3, high: 1)))
        #expect(tally.workloads[1].cases == (counted ? 3 : 0))
        #expect(tally.workloads[1].high == (counted ? 1 : 0))
        #expect(tally.workloads[0].cases + tally.workloads[2].cases == 0)
        #expect(tally.cases == 3)
    }

    @Test("among 5,000 officers every case finds its own, as a dictionary would")
    func many() {
        let officers = (0..<5_000).map { Make.officer("OM\($0)") }
        var random = SeededRandom(seed: 9)
        let cases = (0..<40_000).map { index in
            let officer = random.below(5_200)
            return Case(id: "C\(index)", officerID: random.chance(permille: 20) ? nil : "OM\(officer)", team: "North", risk: .low, location: .custody)
        }
        let tally = WorkloadTally(Force(officers: officers, cases: cases))
        var expected: [OfficerID: Int] = [:]
        for offender in cases { if let id = offender.officerID { expected[id, default: 0] += 1 } }
        #expect(zip(officers, tally.workloads).allSatisfy { expected[$0.id, default: 0] == $1.cases && $1.custody == $1.cases })
        #expect(tally.unallocated == cases.count { $0.officerID == nil })
        #expect(tally.cases == 40_000)
    }
}

@Suite("The counts, defined once")
struct WorkloadCountTests {
    @Test("each count is its own slot, read and written by its name and by the enumeration alike", arguments: WorkloadCount.allCases)
    func slots(count: WorkloadCount) {
        var workload = Workload()
        workload[count] = 7
        #expect(WorkloadCount.allCases.map { workload[$0] } == WorkloadCount.allCases.map { $0 == count ? 7 : 0 })
        let named: [WorkloadCount: Int] = [
            .low: workload.low, .medium: workload.medium, .high: workload.high, .veryHigh: workload.veryHigh, .community: workload.community,
            .custody: workload.custody, .approvedPremises: workload.approvedPremises, .hospital: workload.hospital, .level2: workload.level2,
            .level3: workload.level3, .domesticAbuse: workload.domesticAbuse, .covering: workload.covering, .underCover: workload.underCover,
            .mostDangerous: workload.mostDangerous, .highRiskResidents: workload.highRiskResidents,
        ]
        #expect(named.count == WorkloadCount.allCases.count)
        #expect(named.allSatisfy { $0.value == ($0.key == count ? 7 : 0) })
        #expect(workload + workload == { var double = Workload(); double[count] = 14; return double }())
        #expect(workload != Workload() && Set([workload, workload]).count == 1)
    }

    @Test("the columns are the names the store, the demo's history and the monthly view use")
    func columns() {
        #expect(WorkloadCount.allCases.map(\.column) == [
            "low", "medium", "high", "very_high", "community", "custody", "approved_premises_cases", "hospital", "level2", "level3", "domestic_abuse",
            "covering", "under_cover", "most_dangerous", "high_risk_residents",
        ])
    }
}
