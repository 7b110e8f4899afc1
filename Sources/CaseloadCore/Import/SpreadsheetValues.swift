/// How names and codes are read from files that spreadsheets and records systems save: one rule for every column of
/// every file, so `Officer ID` is `officer_id`, `Very High` is `very_high` and `05/12/2026` is 5 December 2026.
public enum SpreadsheetValues {
    /// A name or code as it is compared: lower case, with spaces, hyphens and underscores alike.
    public static func key(_ text: some StringProtocol) -> String {
        String(text.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    /// The enumeration's value whose name has the same key, if any.
    public static func choice<T: RawRepresentable<String> & CaseIterable>(_ text: String, as type: T.Type) -> T? {
        if let exact = T(rawValue: text) { return exact }
        let wanted = key(text)
        return T.allCases.first { key($0.rawValue) == wanted }
    }

    /// yes, y, true or 1; no, n, false or 0; nil for anything else.
    ///
    /// `yes` and `no` as the contract writes them are taken before the text is made a key, which costs a new string.
    public static func yesNo(_ text: String) -> Bool? {
        if text == "no" { return false }
        if text == "yes" { return true }
        return switch key(text) {
        case "yes", "y", "true", "1": true
        case "no", "n", "false", "0": false
        default: nil
        }
    }

    /// A date as `YYYY-MM-DD`, or as the UK writes it, `DD/MM/YYYY` (a one-digit day or month too).
    public static func day(_ text: String) -> Day? {
        if let day = Day(text) { return day }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        guard Day.supportedYears.contains(year) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// What a date column takes, for messages.
    public static let dateHelp = "use a date as YYYY-MM-DD or DD/MM/YYYY in the years 1900 to 2999, e.g. 2026-10-31 or 31/10/2026"
}
