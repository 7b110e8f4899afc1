import CaseloadCore
import Testing

@Suite("The synthetic force generator")
struct ForceGeneratorTests {
    @Test("the same counts and seed give the same bytes; another seed does not")
    func deterministic() {
        let first = ForceGenerator(officers: 40, cases: 2000, seed: 7).generate()
        let again = ForceGenerator(officers: 40, cases: 2000, seed: 7).generate()
        let other = ForceGenerator(officers: 40, cases: 2000, seed: 8).generate()
        #expect(ForceEncoder.casesCSV(first.cases) == ForceEncoder.casesCSV(again.cases))
        #expect(ForceEncoder.officersCSV(first.officers) == ForceEncoder.officersCSV(again.officers))
        #expect(ForceEncoder.casesCSV(first.cases) != ForceEncoder.casesCSV(other.cases))
    }

    @Test("its CSV decodes back to the same force")
    func roundTrip() throws {
        let force = ForceGenerator(officers: 60, cases: 3000, seed: 42).generate()
        let decoded = try ForceDecoder.decode(
            officersFile: "officers.csv", officers: ForceEncoder.officersCSV(force.officers),
            casesFile: "cases.csv", cases: ForceEncoder.casesCSV(force.cases)
        ).get()
        #expect(decoded == force)
    }

    @Test("the queue is the size asked for", arguments: [(1000, nil, 10), (1000, 250, 250), (7, 7, 7), (100, 0, 0), (0, nil, 0)] as [(Int, Int?, Int)])
    func queue(cases: Int, unallocated: Int?, expected: Int) {
        let force = ForceGenerator(officers: 5, cases: cases, unallocated: unallocated, seed: 3).generate()
        #expect(force.unallocatedCount == expected)
        #expect(force.cases.count == cases)
    }

    @Test("its distributions are shaped like the published MAPPA figures")
    func distributions() {
        let force = ForceGenerator(officers: 1000, cases: 45_000, seed: 1).generate()
        let figures = force.figures(limits: .standard).force
        let mappa = force.cases.compactMap(\.mappa)
        let level1 = Double(mappa.count(where: { $0.level == 1 })) / Double(mappa.count)
        let categories = (1...3).map { category in mappa.count(where: { $0.category == category }) }
        #expect(level1 > 0.95)
        #expect(categories[0] > 3 * categories[1] && categories[1] > 3 * categories[2])
        let community = figures.communityPercent ?? 0
        #expect((60...70).contains(community))
        #expect((400...500).contains(figures.unallocated))
        let teams = Set(force.officers.map(\.team))
        #expect(teams.allSatisfy { team in force.officers.contains { $0.team == team && $0.daSpecialist } })
        #expect(force.officers.contains { $0.approvedPremises })
        #expect(force.officers.contains { $0.mosovo == .awaiting })
        #expect(force.officers.contains { $0.fte.isPartTime })
        #expect(force.officers.contains { $0.status == .leave })
        #expect((35...50).contains(figures.averageCases))
    }
}
