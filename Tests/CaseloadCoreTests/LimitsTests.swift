import CaseloadCore
import Testing

@Suite("Limits at their boundaries")
struct LimitsTests {
    @Test("caseload standing: at the limit is near, one over is over", arguments: [
        (cases: 0, fte: "1", expected: Standing.within),
        (cases: 44, fte: "1", expected: .within),
        (cases: 45, fte: "1", expected: .near),
        (cases: 49, fte: "1", expected: .near),
        (cases: 50, fte: "1", expected: .near),
        (cases: 51, fte: "1", expected: .over),
        (cases: 25, fte: "0.5", expected: .near),
        (cases: 26, fte: "0.5", expected: .over),
        (cases: 22, fte: "0.5", expected: .within),
        (cases: 23, fte: "0.5", expected: .near),
        (cases: 35, fte: "0.7", expected: .near),
        (cases: 36, fte: "0.7", expected: .over),
    ])
    func caseStanding(cases: Int, fte: String, expected: Standing) throws {
        let limits = Limits.standard
        let limit = limits.caseLimit(for: try #require(FTE(fte)))
        #expect(limits.caseStanding(cases: cases, limit: limit) == expected)
    }

    @Test("pro-rata limits round down", arguments: [
        ("1", 50), ("0.5", 25), ("0.7", 35), ("0.33", 16), ("0.999999", 49), ("0.02", 1), ("0.01", 0),
    ])
    func proRata(fte: String, limit: Int) throws {
        #expect(Limits.standard.caseLimit(for: try #require(FTE(fte))) == limit)
    }

    @Test("high-risk standing: 20.0% is near, 20.1% over, compared exactly", arguments: [
        (highRisk: 0, cases: 0, expected: Standing.within),
        (highRisk: 0, cases: 40, expected: .within),
        (highRisk: 179, cases: 1000, expected: .within),
        (highRisk: 180, cases: 1000, expected: .near),
        (highRisk: 199, cases: 1000, expected: .near),
        (highRisk: 200, cases: 1000, expected: .near),
        (highRisk: 201, cases: 1000, expected: .over),
        (highRisk: 10, cases: 50, expected: .near),
        (highRisk: 11, cases: 50, expected: .over),
        (highRisk: 1, cases: 1, expected: .over),
    ])
    func highRiskStanding(highRisk: Int, cases: Int, expected: Standing) {
        #expect(Limits.standard.highRiskStanding(highRisk: highRisk, cases: cases) == expected)
    }

    @Test("configured limits move the boundaries")
    func configured() throws {
        var limits = Limits.standard
        try limits.set("max-cases", to: "40")
        try limits.set("max-high-risk", to: "17.5")
        try limits.set("near", to: "0.8")
        #expect(limits.caseStanding(cases: 31, limit: 40) == .within)
        #expect(limits.caseStanding(cases: 32, limit: 40) == .near)
        #expect(limits.caseStanding(cases: 41, limit: 40) == .over)
        #expect(limits.highRiskStanding(highRisk: 175, cases: 1000) == .near)
        #expect(limits.highRiskStanding(highRisk: 176, cases: 1000) == .over)
        #expect(limits.highRiskStanding(highRisk: 139, cases: 1000) == .within)
        #expect(limits.highRiskStanding(highRisk: 140, cases: 1000) == .near)
    }

    @Test("bad limit values are refused with what would be right", arguments: [
        ("max-cases", "0"), ("max-cases", "fifty"), ("max-high-risk", "0"), ("max-high-risk", "100.5"),
        ("max-high-risk", "20.001"), ("near", "1.1"), ("near", "0"), ("speed", "1"),
    ])
    func badValues(setting: String, value: String) {
        var limits = Limits.standard
        #expect(throws: Limits.InvalidValue.self) { try limits.set(setting, to: value) }
        #expect(limits == .standard)
    }

    @Test("a config file sets limits and reports the line of a bad setting")
    func configFile() throws {
        var limits = Limits.standard
        try limits.apply(config: "# policy\nmax-cases = 45  # force policy\n\nmax-high-risk=18\n", file: "config")
        #expect(limits.maxCases == 45)
        #expect(limits.maxHighRiskHundredths == 1800)
        let error = #expect(throws: Limits.ConfigError.self) {
            try limits.apply(config: "near = 0.9\nnear = lots\n", file: "config")
        }
        #expect(error?.description == "config:2: near: 'lots' is not valid; use a fraction above 0 and at most 1 with up to three decimals, e.g. 0.9")
    }

    @Test("fixed-point parsing is exact and strict", arguments: [
        ("1", 6, 1_000_000), ("0.5", 6, 500_000), ("0.333333", 6, 333_333), ("20", 2, 2000), ("17.25", 2, 1725), (".5", 3, 500),
    ])
    func fixedPoint(text: String, places: Int, value: Int) {
        #expect(parseFixedPoint(text, places: places) == value)
        #expect(parseFixedPoint(formatFixedPoint(value, places: places), places: places) == value)
    }

    @Test("fixed-point parsing refuses what is not a plain decimal", arguments: ["", ".", "1.2.3", "-1", "1e3", "0.1234567", " 1", "1,5"])
    func fixedPointRefuses(text: String) {
        #expect(parseFixedPoint(text, places: 6) == nil)
    }
}
