import CaseloadCore

extension SQLForceStore {
    /// Counted by the engine, one index range for each date (`CaseDateIndexes`): the reviews due in the window, the
    /// end dates up to the last projected week, the releases in the window and the referrals of the 12 weeks before;
    /// with the cases covered that day, for `AheadDates.counts(with:)` to move. `AheadStoreTests` holds it to what
    /// `AheadCounts.add` counts from every case.
    public func aheadDates(in window: AheadWindow) throws -> AheadDates {
        try reading { session in
            var counts: [OfficerID: AheadCounts] = [:]
            let (asOf, end) = (window.asOf.description, window.end.description)
            let fence = session.subqueryFence
            try session.eachOfficer("""
                SELECT officer_id, count(*) AS due
                FROM (SELECT officer_id FROM cases WHERE next_review_on >= \(asOf) AND next_review_on <= \(end) \(raw: fence)) AS reviews
                GROUP BY officer_id
                """, ["due"]) { officer, values in
                counts[officer, default: AheadCounts()].reviewsDue += values[0]
            }
            let weeks = window.projected.map(\.description)
            let byWeek = SQL.joined(weeks.enumerated().map { index, last in
                """
                sum(CASE WHEN ends_on <= \(last) THEN 1 ELSE 0 END) AS \(raw: "by_\(index)"),
                sum(CASE WHEN ends_on <= \(last) AND risk IN ('high', 'very_high') THEN 1 ELSE 0 END) AS \(raw: "high_by_\(index)")
                """
            }, separator: ", ")
            try session.eachOfficer("""
                SELECT officer_id, sum(CASE WHEN ends_on <= \(end) THEN 1 ELSE 0 END) AS ending, \(byWeek)
                FROM (SELECT officer_id, ends_on, risk FROM cases WHERE ends_on <= \(window.endingsThrough.description) \(raw: fence)) AS endings
                GROUP BY officer_id
                """, ["ending"] + weeks.indices.flatMap { ["by_\($0)", "high_by_\($0)"] }) { officer, values in
                var officerCounts = counts[officer] ?? AheadCounts()
                officerCounts.ending += values[0]
                for index in weeks.indices {
                    officerCounts.endingBy[index] += values[1 + 2 * index]
                    officerCounts.highRiskEndingBy[index] += values[2 + 2 * index]
                }
                counts[officer] = officerCounts
            }
            try session.eachOfficer("""
                SELECT officer_id, count(*) AS releases
                FROM (SELECT officer_id FROM cases WHERE location = 'custody' AND release_on >= \(asOf) AND release_on <= \(end) \(raw: fence)) AS releasing
                GROUP BY officer_id
                """, ["releases"]) { officer, values in
                counts[officer, default: AheadCounts()].releases += values[0]
            }
            var referrals: [String: Int] = [:]
            try session.forEachRow("""
                SELECT team, count(*) AS referred
                FROM (SELECT team FROM cases WHERE referred_on >= \(window.referrals.lowerBound.description) AND referred_on < \(asOf) \(raw: fence)) AS referring
                GROUP BY team
                """) { row in
                referrals[row.text(try row.column("team")) ?? "", default: 0] += row.integer(try row.column("referred")) ?? 0
            }
            let covered = try session.coveredCases(on: window.asOf).map { AheadDates.Covered(cover: $0.cover, offender: $0.offender) }
            return AheadDates(window: window, officers: counts, referrals: referrals, covered: covered)
        }
    }
}

extension SQLSession {
    /// Each row of a query grouped by `officer_id`, with the named counts in order; the group of cases waiting for an
    /// officer is skipped.
    fileprivate func eachOfficer(_ sql: SQL, _ names: [String], _ body: (OfficerID, [Int]) throws -> Void) throws {
        var columns: (officer: Int, values: [Int])?
        var values = [Int](repeating: 0, count: names.count)
        try forEachRow(sql) { row in
            if columns == nil { columns = (try row.column("officer_id"), try names.map { try row.column($0) }) }
            guard let officer = row.text(columns!.officer) else { return }
            for (index, column) in columns!.values.enumerated() { values[index] = row.integer(column) ?? 0 }
            try body(OfficerID(officer), values)
        }
    }
}
