/// A calendar date with no time or zone, written YYYY-MM-DD.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// The years a date given as text may fall in; any other is refused as bad input, so that no arithmetic on a
    /// date (the months before it, a week after it) can leave the calendar.
    public static let supportedYears = 1900...2999
    /// The first day a date may name.
    public static let supportedStart = Day(year: supportedYears.lowerBound, month: 1, day: 1)!
    /// The last day a date may name, standing in for "no end".
    public static let supportedEnd = Day(year: supportedYears.upperBound, month: 12, day: 31)!

    /// The day, moved into the supported years if it lies outside them.
    public var clampedToSupportedYears: Day { min(max(self, Self.supportedStart), Self.supportedEnd) }

    /// Parses exactly YYYY-MM-DD and checks the date exists (2026-02-29 does not) and its year is supported.
    ///
    /// Reads the bytes in place, as a million cases' dates need; not generic, so that other modules call it
    /// specialised rather than through the runtime's type metadata.
    public init?(_ text: String) {
        var text = text
        guard let day = text.withUTF8(Self.parse), Self.supportedYears.contains(day.year) else { return nil }
        self = day
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10 else { return nil }
        var parts = (year: 0, month: 0, day: 0)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch index {
            case ..<4: parts.year = parts.year * 10 + digit
            case ..<7: parts.month = parts.month * 10 + digit
            default: parts.day = parts.day * 10 + digit
            }
        }
        return Day(year: parts.year, month: parts.month, day: parts.day)
    }

    /// YYYY-MM-DD, written digit by digit into the string's own storage, as a million cases' dates need.
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            Self.write(year, digits: 4, endingAt: 3, in: buffer)
            buffer[4] = UInt8(ascii: "-")
            Self.write(month, digits: 2, endingAt: 6, in: buffer)
            buffer[7] = UInt8(ascii: "-")
            Self.write(day, digits: 2, endingAt: 9, in: buffer)
            return 10
        }
    }

    /// Writes `value` as `digits` decimal digits, zero-padded, the last at `last`.
    private static func write(_ value: Int, digits: Int, endingAt last: Int, in buffer: UnsafeMutableBufferPointer<UInt8>) {
        var rest = value
        for position in stride(from: last, to: last - digits, by: -1) {
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }

    /// The month this day falls in.
    public var calendarMonth: Month { Month(year: year, month: month)! }

    /// Days since 1970-01-01, for differences between days.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day a number of days after this one (negative for before).
    public func adding(days: Int) -> Day {
        Day(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The day a number of days after 1970-01-01.
    public init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        storedYear = Int16(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

extension Day {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// The day as a letter writes it: "6 December 2026".
    public var words: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }
}
