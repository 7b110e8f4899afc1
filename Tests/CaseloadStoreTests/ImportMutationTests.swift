import CaseloadCore
import CaseloadSQLite
import CaseloadStore
import Foundation
import Testing

/// The whole importer, SQLite included, on a valid force's files changed at random: what the decoder accepts is stored
/// exactly, with counts to match; what it refuses is refused with the same issues, and the stored force is untouched.
@Suite("The importer on mutated files")
struct ImportMutationTests {
    static let day = Day("2026-10-31")!
    static let mutations = 300

    @Test("300 seeded mutations: stored exactly when valid, nothing changed when not")
    func mutated() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore.open(path: folder.path("force.sqlite"))
        var current = ForceGenerator(officers: 4, cases: 60, seed: 1).generate()
        try store.replaceForce(current, asOf: Self.day)
        let base = ForceGenerator(officers: 6, cases: 120, unallocated: 10, seed: 2).generate()
        let officers = ForceEncoder.officersCSV(base.officers)
        let cases = ForceEncoder.casesCSV(base.cases)
        var random = SeededRandom(seed: 42)
        var outcomes = (stored: 0, refused: 0)

        for round in 0..<Self.mutations {
            let mutateOfficers = random.chance(permille: 200)
            let officerBytes = mutateOfficers ? Self.mutate(officers, &random, ids: base.officers.map(\.id.text)) : officers
            let caseBytes = mutateOfficers ? cases : Self.mutate(cases, &random, ids: base.officers.map(\.id.text))
            let expected = ForceDecoder.decode(officersFile: "officers.csv", officers: officerBytes, casesFile: "cases.csv", cases: caseBytes)
            let decoding = StreamingDecoder(officersFile: "officers.csv", officers: officerBytes, casesFile: "cases.csv", cases: caseBytes)
            switch expected {
            case .success(let force):
                let summary = try store.importForce(decoding, asOf: Self.day, availability: nil)
                #expect(summary == ImportSummary(officers: force.officers.count, cases: force.cases.count, unallocated: force.unallocatedCount))
                current = force
                outcomes.stored += 1
            case .failure(let failure):
                let error = #expect(throws: ImportFailure.self, "round \(round)") { try store.importForce(decoding, asOf: Self.day, availability: nil) }
                #expect(error?.description == failure.description, "round \(round)")
                outcomes.refused += 1
            }
            #expect(try store.loadForce() == current, "round \(round)")
            #expect(try store.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: current, asOf: Self.day), "round \(round)")
        }
        #expect(outcomes.stored >= 50 && outcomes.refused >= 50, "\(outcomes)")
    }

    /// The bytes with one change: a byte replaced by one that matters to CSV, a line lost, doubled or cut, or a
    /// value swapped for another that may be valid (another officer, no officer, another risk).
    static func mutate(_ bytes: [UInt8], _ random: inout SeededRandom, ids: [String]) -> [UInt8] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let line = 1 + random.below(max(1, lines.count - 2))
        switch random.below(7) {
        case 0:
            let special: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), 0x0D, 0, 0xFF, UInt8(ascii: "x"), 0x1B]
            var changed = bytes
            changed[random.below(changed.count)] = special[random.below(special.count)]
            return changed
        case 1: lines.remove(at: line)
        case 2: lines.insert(lines[line], at: line)
        case 3: return Array(bytes.prefix(random.below(bytes.count)))
        default:
            var fields = lines[line].split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map(Array.init)
            guard fields.count > 3 else { break }
            let replacements = ids + ["", "low", "medium", "high", "very_high", "OM999", "North"]
            fields[1 + random.below(3)] = Array(replacements[random.below(replacements.count)].utf8)
            lines[line] = Array(fields.joined(separator: [UInt8(ascii: ",")]))
        }
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }
}
