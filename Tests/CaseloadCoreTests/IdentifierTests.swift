import CaseloadCore
import Foundation
import Testing

/// An id is made once, in Unicode NFC, whatever spelling it arrives in; everything after compares and stores its bytes.
@Suite("Officer and case ids")
struct IdentifierTests {
    @Test("an id is held in NFC from the moment it is made", arguments: [
        ("OM1", "OM1"), ("OMe\u{301}", "OM\u{E9}"), ("OM\u{E9}", "OM\u{E9}"), ("Zoe\u{308}", "Zo\u{EB}"),
        ("\u{212B}1", "\u{C5}1"), ("\u{1112}\u{1161}\u{11AB}", "\u{D55C}"), ("", ""),
    ])
    func normalised(spelling: String, stored: String) {
        let id = OfficerID(spelling)
        #expect(Array(id.text.utf8) == Array(stored.utf8))
        #expect(id == OfficerID(stored))
        #expect(Set([id, OfficerID(stored)]).count == 1)
    }

    @Test("text below U+0300, kept as it is without Foundation, is what NFC would make of it: each character and random runs")
    func belowCombiningMarks() {
        let scalars = (1..<0x300).compactMap(Unicode.Scalar.init)
        var random = SeededRandom(seed: 3)
        let runs = scalars.map { String(Character($0)) } + (0..<20_000).map { _ in
            String(String.UnicodeScalarView((0..<1 + random.below(6)).map { _ in scalars[random.below(scalars.count)] }))
        }
        for text in runs {
            #expect(Array(OfficerID(text).text.utf8) == Array(text.precomposedStringWithCanonicalMapping.utf8), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("made from a literal, an interpolation, a decoder or a CSV cell, an id is the same NFC text")
    func everyWayIn() throws {
        let literal: CaseID = "Ce\u{301}1"
        let suffix = "e\u{301}1"
        let interpolated: CaseID = "C\(suffix)"
        let decoded = try JSONDecoder().decode(CaseID.self, from: Data(#""Ce\u03011""#.utf8))
        for id in [literal, interpolated, decoded] { #expect(Array(id.text.utf8) == Array("C\u{E9}1".utf8)) }
        #expect(String(decoding: try JSONEncoder().encode(literal), as: UTF8.self) == "\"C\u{E9}1\"")

        let force = try ForceDecoder.decode(
            officersFile: "officers.csv", officers: Array("officer_id,name,team,mosovo\nOM\u{E9},A,N,trained\n".utf8),
            casesFile: "cases.csv", cases: Array("case_id,officer_id,team,risk,location,previous_officer_id\nCe\u{301}1,OMe\u{301},N,low,custody,OMe\u{301}\n".utf8)
        ).get()
        let offender = try #require(force.cases.first)
        #expect(Array(offender.id.text.utf8) == Array("C\u{E9}1".utf8))
        #expect(offender.officerID.map { Array($0.text.utf8) } == Array("OM\u{E9}".utf8))
        #expect(offender.previousOfficerID.map { Array($0.text.utf8) } == Array("OM\u{E9}".utf8))
    }

    @Test("ids sort by their text, and show as it")
    func orderAndText() {
        let ids: [OfficerID] = ["OM10", "OM02", "Zo\u{EB}", "OM1"]
        #expect(ids.sorted().map(\.text) == ["OM02", "OM1", "OM10", "Zo\u{EB}"])
        #expect("\(OfficerID("OMe\u{301}"))" == "OM\u{E9}")
        #expect(OfficerID("O\u{1B}[2J").escapedForDisplay == "O\\u{001B}[2J")
    }
}
