import CaseloadCore

/// The line typed after `A` on an Officer screen, read as an absence or a reduction for that officer.
///
/// `absence FROM [TO] REASON…` or `reduction FRACTION FROM [TO] REASON…`; dates are YYYY-MM-DD, and `-` for TO leaves
/// the entry open-ended. "today" stands for today's date.
public enum AvailabilityLine {
    /// What to type, as the prompt shows it.
    public static let example = "absence 2026-12-07 2026-12-20 sickness · reduction 0.4 2026-12-07 - phased return"

    /// The entry the line describes, or what is wrong with it in a sentence.
    public static func parse(_ text: String, officerID: OfficerID, today: Day) -> Result<AvailabilityEntry, Problem> {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first?.lowercased(), let kind = AvailabilityEntry.Kind(rawValue: first) else {
            return .failure(Problem("start with absence or reduction, e.g. \(example)"))
        }
        words.removeFirst()
        var fraction: Int?
        if kind == .reduction {
            guard let word = words.first else {
                return .failure(Problem("a reduction needs the share of capacity taken away, e.g. reduction 0.4 \(today) - phased return"))
            }
            switch ReductionShare.millionths(word) {
            case .success(let millionths): fraction = millionths
            case .failure(let problem): return .failure(Problem("the share \(problem)"))
            }
            words.removeFirst()
        }
        func day(_ word: String?) -> Day? { word?.lowercased() == "today" ? today : word.flatMap(Day.init) }
        guard let from = day(words.first), Day.supportedYears.contains(from.year) else {
            return .failure(Problem("give the first day as YYYY-MM-DD (or today) after \(kind.rawValue)\(kind == .reduction ? " and the share" : "")"))
        }
        words.removeFirst()
        var to: Day?
        if let word = words.first, word == "-" || day(word) != nil {
            to = day(word)
            words.removeFirst()
            if let to, !Day.supportedYears.contains(to.year) { return .failure(Problem("\(to) is not a date caseload can use")) }
            if let to, to < from { return .failure(Problem("the last day, \(to), is before the first, \(from)")) }
        }
        guard !words.isEmpty else { return .failure(Problem("say why at the end, e.g. sickness, annual leave, phased return")) }
        return .success(AvailabilityEntry(
            officerID: officerID, kind: kind, from: from, to: to, fractionMillionths: fraction, reason: words.joined(separator: " ")))
    }

    /// What is wrong with a line, in a sentence.
    public struct Problem: Error, Equatable, Sendable {
        public let sentence: String
        init(_ sentence: String) { self.sentence = sentence }
    }
}
