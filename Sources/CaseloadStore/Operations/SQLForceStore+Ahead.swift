import CaseloadCore

extension SQLForceStore {
    /// Each officer's dates in the weeks ahead, read from one index range each (`CaseDateIndexes`) and counted here:
    /// the reviews due in the window, the end dates up to the last projected week, the releases in the window and the
    /// referrals of the 12 weeks before; with the cases covered that day, for `AheadDates.counts(with:)` to move.
    /// `AheadStoreTests` holds it to what `AheadCounts.add` counts from every case.
    ///
    /// The rows are counted in Swift rather than grouped by the engine: SQLite groups by sorting, which for the
    /// 180,000 reviews due at a million cases costs twice what reading them in the index's order and counting does.
    /// They are counted by the officer_id as stored, already NFC, and made ids once an officer at the end.
    public func aheadDates(in window: AheadWindow) throws -> AheadDates {
        try reading { session in
            var counts: [String: AheadCounts] = [:]
            let (asOf, end) = (window.asOf.description, window.end.description)
            try session.eachRow(
                "SELECT officer_id FROM cases WHERE next_review_on >= \(asOf) AND next_review_on <= \(end) AND officer_id IS NOT NULL",
                ["officer_id"]
            ) { text in
                counts[text[0], default: AheadCounts()].reviewsDue += 1
            }
            try session.eachRow(
                "SELECT officer_id, ends_on, risk FROM cases WHERE ends_on <= \(window.endingsThrough.description) AND officer_id IS NOT NULL",
                ["officer_id", "ends_on", "risk"]
            ) { text in
                guard let day = Day(text[1]) else { throw StoreError.unexpectedValue(table: "cases", column: "ends_on", value: text[1]) }
                counts[text[0], default: AheadCounts()].addEnding(day, highRisk: Risk(rawValue: text[2])?.isHigh ?? false, in: window)
            }
            try session.eachRow(
                """
                SELECT officer_id FROM cases
                WHERE location = 'custody' AND release_on >= \(asOf) AND release_on <= \(end) AND officer_id IS NOT NULL
                """,
                ["officer_id"]
            ) { text in
                counts[text[0], default: AheadCounts()].releases += 1
            }
            var referrals: [String: Int] = [:]
            try session.eachRow(
                "SELECT team FROM cases WHERE referred_on >= \(window.referrals.lowerBound.description) AND referred_on < \(asOf)", ["team"]
            ) { text in
                referrals[text[0], default: 0] += 1
            }
            let covered = try session.coveredCases(on: window.asOf).map { AheadDates.Covered(cover: $0.cover, offender: $0.offender) }
            return AheadDates(
                window: window, officers: Dictionary(uniqueKeysWithValues: counts.map { (OfficerID($0.key), $0.value) }), referrals: referrals,
                covered: covered)
        }
    }
}
