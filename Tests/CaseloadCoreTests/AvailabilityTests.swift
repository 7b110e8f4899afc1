import CaseloadCore
import Testing

/// Absences and reductions on a given day: who is away, whose cases need cover, whose limit shrinks.
@Suite("Availability on a day")
struct AvailabilityTests {
    static let day = Day("2026-11-15")!

    static func entry(_ kind: AvailabilityEntry.Kind, _ from: String, _ to: String?, fraction: Int? = nil, officer: OfficerID = "X") -> AvailabilityEntry {
        AvailabilityEntry(officerID: officer, kind: kind, from: Day(from)!, to: to.map { Day($0)! }, fractionMillionths: fraction, reason: "r")
    }

    @Test("a whole force stands on a day exactly as each officer does alone, with entries for others, past and future among them")
    func wholeForce() {
        let officers = (0..<40).map { Make.officer("OM\($0)") }
        var random = SeededRandom(seed: 9)
        let entries = (0..<120).map { index in
            let from = Self.day.adding(days: random.below(30) - 15)
            let to: Day? = index % 5 == 0 ? nil : from.adding(days: random.below(20))
            let kind: AvailabilityEntry.Kind = index % 3 == 0 ? .absence : .reduction
            return AvailabilityEntry(
                officerID: "OM\(random.below(50))", kind: kind, from: from, to: to, fractionMillionths: kind == .reduction ? 100_000 : nil, reason: "r")
        }
        #expect(officers.standing(on: Self.day, entries) == officers.map { $0.standing(on: Self.day, entries) })
        #expect(officers.standing(on: Self.day, entries).contains { $0.absence != nil })
        #expect(officers.standing(on: Self.day, entries).contains { $0.reductionMillionths > 0 })
    }

    @Test("the limit is floor(max × fte × (1 − reductions in force))", arguments: [
        ("1", 0, 50), ("1", 200_000, 40), ("0.5", 200_000, 20), ("0.5", 500_000, 12), ("0.8", 250_000, 30), ("1", 999_999, 0), ("0.7", 100_000, 31),
    ])
    func limit(fte: String, reduction: Int, expected: Int) {
        var officer = Make.officer("X", fte: fte)
        officer.reductionMillionths = reduction
        #expect(Limits.standard.caseLimit(for: officer) == expected)
    }

    @Test("an entry is in force from its first day to its last, both included, and lapses the day after", arguments: [
        ("2026-11-15", "2026-11-15", true), ("2026-11-01", "2026-11-15", true), ("2026-11-16", nil, false), ("2026-11-01", "2026-11-14", false),
        ("2026-11-01", nil, true),
    ])
    func covers(from: String, to: String?, covered: Bool) {
        let officer = Make.officer("X").standing(on: Self.day, [Self.entry(.absence, from, to)])
        #expect(officer.isActive == !covered)
    }

    @Test("reductions in force add up, capped below the whole; those not in force do nothing")
    func reductionsAddUp() {
        let entries = [
            Self.entry(.reduction, "2026-11-01", "2026-12-31", fraction: 300_000), Self.entry(.reduction, "2026-11-10", nil, fraction: 200_000),
            Self.entry(.reduction, "2026-10-01", "2026-10-31", fraction: 400_000), Self.entry(.reduction, "2026-11-01", nil, fraction: 100_000, officer: "Y"),
        ]
        #expect(Make.officer("X").standing(on: Self.day, entries).reductionMillionths == 500_000)
        let all = entries + [Self.entry(.reduction, "2026-11-01", nil, fraction: 900_000)]
        #expect(Make.officer("X").standing(on: Self.day, all).reductionMillionths == 999_999)
    }

    @Test("an absent officer takes no new case and is left out of averages; after 14 days their cases need cover", arguments: [
        ("2026-11-10", "2026-11-20", false), ("2026-11-01", "2026-11-15", true), ("2026-11-01", "2026-11-14", false), ("2026-11-10", nil, true),
    ])
    func absent(from: String, to: String?, needsCover: Bool) {
        let officer = Make.officer("X").standing(on: Self.day, [Self.entry(.absence, from, to)])
        var workload = Workload()
        workload.low = 20
        let figures = OfficerFigures(officer: officer, workload: workload, limits: .standard)
        if to == "2026-11-14" {
            #expect(officer.isActive && !figures.has(.needsCover))
            return
        }
        #expect(!officer.isActive)
        #expect(figures.has(.needsCover) == needsCover)
        let rules = HardRule.broken(giving: Case(id: "N", officerID: nil, team: "North", risk: .low), to: officer, buddy: nil, holding: workload, limits: .standard)
        #expect(rules == [.onLeave])
        let force = Figures(
            officers: [OfficerWorkload(officer: officer, workload: workload), OfficerWorkload(officer: Make.officer("Y"), workload: Workload())],
            unallocated: 0, limits: .standard).force
        #expect(force.averageCases == 0, "the absent officer is not in the average")
        #expect(force.casesNeedingCover == (needsCover ? 20 : 0))
    }

    @Test("when cover is needed: open-ended is long, abutting absences are one, urgent cases after the shorter period", arguments: [
        (label: "14 days, low risk", absences: [("2026-11-10", "2026-11-23")], urgent: false, needsCover: false),
        (label: "15 days, low risk", absences: [("2026-11-10", "2026-11-24")], urgent: false, needsCover: true),
        (label: "open-ended from today", absences: [("2026-11-15", nil)], urgent: false, needsCover: true),
        (label: "two abutting 14-day absences", absences: [("2026-11-02", "2026-11-15"), ("2026-11-16", "2026-11-29")], urgent: false, needsCover: true),
        (label: "14 days then open-ended", absences: [("2026-11-02", "2026-11-15"), ("2026-11-16", nil)], urgent: false, needsCover: true),
        (label: "two absences with a day between", absences: [("2026-11-02", "2026-11-15"), ("2026-11-17", "2026-11-29")], urgent: false, needsCover: false),
        (label: "2 days, very high risk", absences: [("2026-11-15", "2026-11-16")], urgent: true, needsCover: false),
        (label: "3 days, very high risk", absences: [("2026-11-15", "2026-11-17")], urgent: true, needsCover: true),
        (label: "10 days, level 3", absences: [("2026-11-10", "2026-11-19")], urgent: true, needsCover: true),
    ] as [(label: String, absences: [(String, String?)], urgent: Bool, needsCover: Bool)])
    func coverPeriods(label: String, absences: [(String, String?)], urgent: Bool, needsCover: Bool) {
        let officer = Make.officer("X").standing(on: Self.day, absences.map { Self.entry(.absence, $0.0, $0.1) })
        var workload = Workload()
        workload.low = 20
        if urgent { workload.add(Case(id: "U", officerID: "X", team: "North", risk: label.contains("very high") ? .veryHigh : .medium, mappa: label.contains("level 3") ? Mappa(category: 2, level: 3) : nil)) }
        #expect(OfficerFigures(officer: officer, workload: workload, limits: .standard).has(.needsCover) == needsCover, "\(label)")
        var relaxed = Limits.standard
        relaxed.coverAfterDays = 40
        relaxed.urgentCoverAfterDays = 40
        #expect(!OfficerFigures(officer: officer, workload: workload, limits: relaxed).has(.needsCover) || absences.contains { $0.1 == nil }, "\(label): the periods are settings")
    }

    @Test("an officer on leave with cases needs cover; with none, nothing")
    func leave() {
        var workload = Workload()
        workload.low = 3
        #expect(OfficerFigures(officer: Make.officer("X", status: .leave), workload: workload, limits: .standard).has(.needsCover))
        #expect(!OfficerFigures(officer: Make.officer("X", status: .leave), workload: Workload(), limits: .standard).has(.needsCover))
    }
}

/// A reduction's share as a person types it, at every edge of (0, 1) and six decimals.
@Suite("Reduction share")
struct ReductionShareTests {
    @Test("a share above 0 and below 1 with up to six decimals is read exactly", arguments: [
        ("0.4", 400_000), (" 0.4 ", 400_000), (".5", 500_000), ("0.000001", 1), ("0.999999", 999_999), ("0.333333", 333_333),
    ])
    func read(text: String, millionths: Int) {
        #expect(ReductionShare.millionths(text) == .success(millionths))
    }

    @Test("anything else is refused in a sentence that names what is wrong", arguments: [
        ("", "is empty; a reduction needs a share above 0 and below 1"),
        ("0", "'0' takes nothing away"),
        ("0.0000001", "'0.0000001' has more than six decimals; use a share above 0"),
        ("0.2500004", "'0.2500004' has more than six decimals; round it to six, e.g. 0.25"),
        ("1", "'1' takes the whole of the officer's time; record an absence instead"),
        ("1.0", "'1.0' takes the whole of the officer's time"),
        ("-0.1", "'-0.1' is below 0"),
        ("40%", "'40%' is a percentage; write it as a share, e.g. 40% is 0.4"),
        ("0.33333333333", "'0.33333333333' has more than six decimals; round it to six, e.g. 0.333333"),
        ("0,4", "'0,4' is not a number"),
        ("half", "'half' is not a number"),
    ])
    func refused(text: String, sentence: String) throws {
        guard case .failure(let problem) = ReductionShare.millionths(text) else { Issue.record("\(text) was accepted"); return }
        #expect(problem.description.hasPrefix(sentence), "\(problem)")
    }
}

/// availability.csv's clashes between rows: found wherever the rows sit in the file, and named with both lines.
@Suite("Availability file clashes")
struct AvailabilityClashTests {
    static let header = "officer_id,kind,from,to,fraction,reason\n"

    func decode(_ rows: String) -> [String] {
        switch AvailabilityDecoder.decode(file: "a.csv", bytes: Array((Self.header + rows).utf8), officersFile: "o.csv", officerIDs: ["OM01", "OM02"]) {
        case .success: []
        case .failure(let failure): failure.issues.map(\.description)
        }
    }

    @Test("reductions of one officer that reach 1 together on some day are refused, naming the others; below 1 they stand", arguments: [
        ("OM01,reduction,2026-11-01,,0.6,a\nOM01,reduction,2026-11-10,2026-11-20,0.4,b\n",
         ["a.csv:3: fraction: with the reduction of 0.6 on line 2, 'OM01' would have no capacity left on 2026-11-10; reductions in force together stay below 1"]),
        ("OM01,reduction,2026-12-01,,0.9,c\nOM01,reduction,2026-11-01,,0.6,a\nOM01,reduction,2026-11-15,,0.3,b\n",
         ["a.csv:2: fraction: with the reductions of 0.6 on line 3 and 0.3 on line 4, 'OM01' would have no capacity left on 2026-12-01"]),
        ("OM01,reduction,2026-11-01,2026-11-09,0.6,a\nOM01,reduction,2026-11-10,,0.6,b\nOM02,reduction,2026-11-01,,0.6,c\n", []),
        ("OM01,reduction,2026-11-01,,0.5,a\nOM01,reduction,2026-11-01,,0.499999,b\n", []),
    ])
    func stackedReductions(rows: String, issues: [String]) {
        let found = decode(rows)
        #expect(found.count == issues.count, "\(found)")
        for (issue, prefix) in zip(found, issues) { #expect(issue.hasPrefix(prefix), "\(issue)") }
    }

    @Test("absences of one officer that share a day are refused on the later line, whichever starts first")
    func overlappingAbsences() {
        let found = decode("""
            OM01,absence,2026-11-20,2026-11-30,,a
            OM02,absence,2026-11-01,,,b
            OM01,absence,2026-11-01,2026-11-20,,c
            OM01,absence,2026-12-01,2026-12-02,,d

            """)
        #expect(found == ["a.csv:4: from: shares days with the absence of 'OM01' on line 2; one officer's absences may not overlap"])
    }
}
