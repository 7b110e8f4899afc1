import CaseloadCore

/// How the Ahead screen orders its officers: by a column, most first for the counts; the force's order to begin with.
public struct AheadOrder: Hashable, Sendable {
    /// What the officers can be ordered by, in the order `<` and `>` step through them.
    public enum Key: Int, CaseIterable, Sendable {
        case officer = 1, cases, releases, ending, reviewsDue, overdue, inFourWeeks

        /// In words, for the status line.
        var words: String {
            switch self {
            case .officer: "officer"
            case .cases: "cases today"
            case .releases: "releases"
            case .ending: "cases ending"
            case .reviewsDue: "reviews due"
            case .overdue: "reviews overdue"
            case .inFourWeeks: "cases in 4 weeks"
            }
        }

        func value(_ officer: OfficerAhead) -> Int {
            switch self {
            case .officer: 0
            case .cases: officer.figures.cases
            case .releases: officer.releases
            case .ending: officer.ending
            case .reviewsDue: officer.reviewsDue
            case .overdue: officer.reviewsOverdue
            case .inFourWeeks: officer.projected.first?.cases ?? 0
            }
        }
    }

    public var key = Key.officer
    public var descending = false

    /// Orders by `key`, most first for a count; the same key again reverses it.
    public mutating func sort(by key: Key) {
        if self.key == key {
            descending.toggle()
        } else {
            self.key = key
            descending = key != .officer
        }
    }

    /// The officers in this order; ties keep the force's order.
    func ordered(_ officers: [OfficerAhead]) -> [OfficerAhead] {
        if key == .officer { return descending ? officers.reversed() : officers }
        return officers.enumerated().sorted { a, b in
            let (first, second) = (key.value(a.element), key.value(b.element))
            if first != second { return descending ? first > second : first < second }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The order in words: "ordered by reviews overdue, most first".
    var words: String {
        key == .officer ? "in the force's order" + (descending ? ", reversed" : "") : "ordered by \(key.words), \(descending ? "most" : "fewest") first"
    }
}
