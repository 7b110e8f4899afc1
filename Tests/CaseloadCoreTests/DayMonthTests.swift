import Foundation
import CaseloadCore
import Testing

@Suite("Days and months")
struct DayMonthTests {
    @Test("ISO dates parse only when they exist", arguments: [
        ("2026-10-31", true), ("2024-02-29", true), ("2000-02-29", true), ("1900-02-29", false), ("2026-02-29", false),
        ("2026-04-31", false), ("2026-13-01", false), ("2026-1-01", false), ("26-01-01", false), ("2026/01/01", false), ("", false),
        ("1900-01-01", true), ("2999-12-31", true), ("1899-12-31", false), ("3000-01-01", false), ("0001-01-01", false),
        ("9999-12-31", false), ("0000-01-01", false), ("2026-00-10", false), ("2026-10-00", false),
        ("2026-10-3a", false), ("2026-10-031", false), ("2026-10+31", false), ("٢٠٢٦-١٠-٣١", false), ("2026-1０-31", false),
    ])
    func parse(text: String, valid: Bool) {
        #expect((Day(text) != nil) == valid)
        if valid { #expect(Day(text)?.description == text) }
    }

    @Test("months parse only in the years 1900 to 2999, so no month arithmetic can leave the calendar", arguments: [
        ("1900-01", true), ("2999-12", true), ("1899-12", false), ("3000-01", false), ("0001-06", false), ("2026-13", false),
    ])
    func months(text: String, valid: Bool) {
        #expect((Month(text) != nil) == valid)
        if let month = Month(text) {
            #expect(month.adding(months: -11).adding(months: 11) == month)
            #expect(month.previous < month)
        }
    }

    @Test("every day of four centuries writes as YYYY-MM-DD and reads back as itself")
    func everyDay() {
        let first = Day("1900-01-01")!.daysSinceEpoch
        let last = Day("2299-12-31")!.daysSinceEpoch
        let mismatches = (first...last).map(Day.init(daysSinceEpoch:)).filter { day in
            let text = day.description
            return Day(text) != day || text != String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
        }
        #expect(mismatches.isEmpty)
    }

    @Test("day arithmetic crosses months, years and leap days")
    func dayArithmetic() {
        #expect(Day("2026-12-31")!.adding(days: 1) == Day("2027-01-01"))
        #expect(Day("2024-03-01")!.adding(days: -1) == Day("2024-02-29"))
        #expect(Day("1970-01-01")!.daysSinceEpoch == 0)
        #expect(Day("2026-11-22")!.adding(days: -7) == Day("2026-11-15"))
        #expect(Day(daysSinceEpoch: Day("2031-07-09")!.daysSinceEpoch) == Day("2031-07-09"))
    }

    @Test("months step across year ends", arguments: [
        ("2026-01", -1, "2025-12"), ("2025-12", 1, "2026-01"), ("2026-10", -12, "2025-10"), ("2026-03", 22, "2028-01"),
    ])
    func monthArithmetic(start: String, months: Int, expected: String) {
        #expect(Month(start)!.adding(months: months).description == expected)
    }

    @Test("a month knows its first and last day")
    func monthDays() {
        #expect(Month("2024-02")!.lastDay == Day("2024-02-29"))
        #expect(Month("2026-02")!.lastDay == Day("2026-02-28"))
        #expect(Day("2026-11-22")!.calendarMonth == Month("2026-11"))
    }
}
