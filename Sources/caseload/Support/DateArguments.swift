import CaseloadCore

/// A date given on the command line, or bad input (exit 1) saying what would be right.
func parseDay(_ text: String, option: String) throws -> Day {
    guard let day = Day(text) else {
        throw CommandFailure.refused("\(option) \(text.quotedForMessage()) is not a date caseload can use; use YYYY-MM-DD with a year from 1900 to 2999, e.g. 2026-10-31")
    }
    return day
}

/// A month given on the command line, or bad input (exit 1) saying what would be right.
func parseMonth(_ text: String, option: String) throws -> Month {
    guard let month = Month(text) else {
        throw CommandFailure.refused("\(option) \(text.quotedForMessage()) is not a month caseload can use; use YYYY-MM with a year from 1900 to 2999, e.g. 2026-10")
    }
    return month
}
