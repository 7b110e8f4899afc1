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
        (highRisk: 1, cases: 1, expected: .within),
    ])
    func highRiskStanding(highRisk: Int, cases: Int, expected: Standing) {
        #expect(Limits.standard.highRiskStanding(highRisk: highRisk, cases: cases) == expected)
    }

    @Test("the share floor: a share is counted out of at least 10 cases, so a small caseload is not over on one case", arguments: [
        (highRisk: 0, cases: 0, percent: "0.0", expected: Standing.within),
        (highRisk: 1, cases: 1, percent: "10.0", expected: .within),
        (highRisk: 1, cases: 5, percent: "10.0", expected: .within),
        (highRisk: 2, cases: 3, percent: "20.0", expected: .near),
        (highRisk: 2, cases: 9, percent: "20.0", expected: .near),
        (highRisk: 3, cases: 9, percent: "30.0", expected: .over),
        (highRisk: 2, cases: 10, percent: "20.0", expected: .near),
        (highRisk: 3, cases: 10, percent: "30.0", expected: .over),
        (highRisk: 2, cases: 11, percent: "18.2", expected: .near),
        (highRisk: 3, cases: 11, percent: "27.3", expected: .over),
        (highRisk: 1, cases: 11, percent: "9.1", expected: .within),
    ])
    func shareFloor(highRisk: Int, cases: Int, percent: String, expected: Standing) {
        let limits = Limits.standard
        #expect(limits.highRiskStanding(highRisk: highRisk, cases: cases) == expected)
        #expect(formatDecimal(limits.highRiskPercent(highRisk: highRisk, cases: cases)) == percent)
        var workload = Workload()
        workload.low = cases - highRisk
        workload.high = highRisk
        let figures = OfficerFigures(officer: Make.officer("X"), workload: workload, limits: limits)
        #expect(formatDecimal(figures.highRiskPercent) == percent, "every report shows the same share")
        #expect(figures.highRiskStanding == expected)
        #expect(figures.workload.highRisk == highRisk && figures.workload.cases == cases, "the raw counts are kept")
    }

    @Test("the share floor is a setting: 0 counts the share of the caseload itself")
    func shareFloorSetting() throws {
        var limits = Limits.standard
        try limits.set("share-floor", to: "0")
        #expect(limits.highRiskStanding(highRisk: 1, cases: 1) == .over)
        #expect(limits.highRiskStanding(highRisk: 0, cases: 0) == .within)
        try limits.apply(config: "share-floor = 20\r\n", file: "config")
        #expect(limits.shareFloor == 20)
        #expect(limits.highRiskStanding(highRisk: 4, cases: 12) == .near)
        #expect(limits.highRiskStanding(highRisk: 5, cases: 12) == .over)
        #expect(throws: Limits.InvalidValue.self) { try limits.set("share-floor", to: "-1") }
        #expect(throws: Limits.InvalidValue.self) { try limits.set("share-floor", to: "ten") }
    }

    @Test("the proposals' settings: intake within 7 days and when cover is needed, each with its bounds", arguments: [
        (setting: "max-intake", value: "3", accepted: true), (setting: "max-intake", value: "0", accepted: false),
        (setting: "max-intake", value: "1001", accepted: false), (setting: "cover-after-days", value: "0", accepted: true),
        (setting: "cover-after-days", value: "21", accepted: true), (setting: "cover-after-days", value: "-1", accepted: false),
        (setting: "urgent-cover-after-days", value: "365", accepted: true), (setting: "urgent-cover-after-days", value: "366", accepted: false),
        (setting: "urgent-cover-after-days", value: "two", accepted: false),
    ])
    func proposalSettings(setting: String, value: String, accepted: Bool) throws {
        var limits = Limits.standard
        #expect((limits.maxIntake, limits.coverAfterDays, limits.urgentCoverAfterDays) == (5, 14, 2))
        do {
            try limits.apply(config: "\(setting) = \(value)\n", file: "config")
            #expect(accepted)
            let read = ["max-intake": limits.maxIntake, "cover-after-days": limits.coverAfterDays, "urgent-cover-after-days": limits.urgentCoverAfterDays]
            #expect(read[setting] == Int(value))
        } catch {
            #expect(!accepted)
            #expect(error.description.contains(setting) && error.description.contains("config:1"))
        }
    }

    @Test("a config file with CRLF line endings is read like one with LF")
    func crlfConfig() throws {
        var limits = Limits.standard
        try limits.apply(config: "# policy\r\nmax-cases = 45\r\nmax-high-risk = 18\r\n", file: "config")
        #expect(limits.maxCases == 45)
        #expect(limits.maxHighRiskHundredths == 1800)
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
