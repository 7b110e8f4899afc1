import CaseloadCore
import CaseloadStore
import Testing

/// Reductions in force on one day stay below the whole of an officer's capacity.
@Suite("Stacked reductions")
struct ReductionLimitTests {
    static func reduction(_ fraction: Int, _ from: Int, _ to: Int, _ reason: String = "r") -> AvailabilityEntry {
        let start = Day("2026-12-01")!
        return AvailabilityEntry(
            officerID: "OM1", kind: .reduction, from: start.adding(days: from), to: start.adding(days: to), fractionMillionths: fraction * 10_000, reason: reason)
    }

    static let inForce = [reduction(50, 10, 20, "phased return"), reduction(40, 15, 25, "union duties")]

    @Test("a reduction is refused on the first day the reductions in force would reach the whole, naming them", arguments: [
        (reduction(20, 0, 30), "2026-12-16", ["phased return", "union duties"]),
        (reduction(9, 16, 18), nil, []),
        (reduction(10, 16, 18), "2026-12-17", ["phased return", "union duties"]),
        (reduction(50, 0, 12), "2026-12-11", ["phased return"]),
        (reduction(49, 0, 12), nil, []),
        (reduction(60, 26, 30), nil, []),
        (reduction(99, 21, 30), "2026-12-22", ["union duties"]),
    ] as [(AvailabilityEntry, String?, [String])])
    func stacked(entry: AvailabilityEntry, refusedOn day: String?, naming reasons: [String]) {
        do {
            try entry.checkClash(with: Self.inForce)
            #expect(day == nil, "accepted, though it reaches the whole on \(day ?? "")")
        } catch {
            guard case .reductionsReachWhole(_, let on, let existing) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(on.description == day && existing.map(\.reason) == reasons)
            #expect(error.description.contains("Reductions in force together stay below 1"))
        }
    }
}
