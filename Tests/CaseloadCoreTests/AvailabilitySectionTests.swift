import CaseloadCore
import Testing

@Suite("The reports' availability and training section")
struct AvailabilitySectionTests {
    static let day = Day("2026-11-15")!

    static func section(_ entries: [AvailabilityEntry], officers: [Officer] = [Make.officer("X")]) -> AvailabilitySection {
        let snapshot = MonthSnapshot(
            month: day.calendarMonth, asOf: day, officers: officers.map { OfficerWorkload(officer: $0, workload: Workload()) }, unallocated: 0)
        let view = MonthlyView(snapshot: snapshot, previous: nil, history: [], limits: .standard)
        return AvailabilitySection(view: view, entries: entries)
    }

    static func items(_ section: AvailabilitySection, _ title: String) -> [String] {
        section.parts.first { $0.title == title }?.items ?? []
    }

    @Test("an absence is listed while it runs and in the 28 days before; 14 days or fewer needs no cover", arguments: [
        ("ended yesterday", -10, -1, nil),
        ("ends today, 14 days", -13, 0, "away now, no new cases (14 days or fewer: no cover needed)"),
        ("15 days", -14, 0, "away now, more than 14 days: 0 cases need cover"),
        ("starts in 28 days", 28, 30, "booked"),
        ("starts in 29 days", 29, 30, nil),
    ] as [(String, Int, Int, String?)])
    func absence(_ label: String, from: Int, to: Int, ending: String?) {
        let entry = AvailabilityEntry(officerID: "X", kind: .absence, from: Self.day.adding(days: from), to: Self.day.adding(days: to), reason: "leave")
        let away = Self.items(Self.section([entry]), "Away")
        if let ending {
            #expect(away.count == 1 && away[0].hasSuffix(ending), "\(away)")
        } else {
            #expect(away == ["No one is away or booked to be in the next 28 days."])
        }
    }

    @Test("a reduction in force says when it ends, and asks for a review when that is within 28 days", arguments: [
        (28, true), (29, false),
    ])
    func reduction(endsIn days: Int, review: Bool) throws {
        let entry = AvailabilityEntry(
            officerID: "X", kind: .reduction, from: Self.day.adding(days: -5), to: Self.day.adding(days: days), fractionMillionths: 200_000,
            reason: "phased return")
        let offender = try #require(Self.items(Self.section([entry]), "Reductions in force").first)
        #expect(offender.hasPrefix("X Officer X: 20% reduction (phased return) from 2026-11-10"))
        #expect(offender.contains("review it") == review)
    }

    @Test("each officer awaiting the course is listed with their buddy and course date, or what is missing")
    func awaiting() {
        var withBuddy = Make.officer("A", mosovo: .awaiting)
        withBuddy.buddyID = "T"
        withBuddy.mosovoCourseOn = Day("2027-01-18")
        let alone = Make.officer("B", mosovo: .awaiting)
        let items = Self.items(Self.section([], officers: [withBuddy, alone, Make.officer("T")]), "Awaiting the MOSOVO course")
        #expect(items.contains { $0.hasSuffix("(awaiting): buddy T Officer T; course on 2027-01-18") })
        #expect(items.contains { $0.hasSuffix("(awaiting): no buddy named; no course place booked (wait list)") })
        #expect(items.count == 2)
    }
}
