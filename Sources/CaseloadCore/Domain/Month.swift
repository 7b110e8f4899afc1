/// A calendar month, written YYYY-MM; the unit of the monthly performance view.
public struct Month: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses exactly YYYY-MM, with a year in `Day.supportedYears`.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            let year = Day.number(bytes[0..<4]), let month = Day.number(bytes[5..<7]), Day.supportedYears.contains(year)
        else { return nil }
        self.init(year: year, month: month)
    }

    public var description: String { Day.pad(year, 4) + "-" + Day.pad(month, 2) }

    /// The month before: 2026-01 gives 2025-12.
    public var previous: Month { adding(months: -1) }

    /// The month a number of months after this one (negative for before), across year ends.
    public func adding(months: Int) -> Month {
        let index = year * 12 + (month - 1) + months
        return Month(year: index / 12, month: index % 12 + 1)!
    }

    public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }

    public static func < (lhs: Month, rhs: Month) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
