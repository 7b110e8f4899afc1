import CaseloadCore

/// What `caseload ahead` prints: each officer's weeks ahead, then each team's forecast, the same figures as a table
/// with sentences for people and as JSON for tools.
public struct AheadReport: Sendable {
    public let ahead: Ahead
    /// Names are left out: the JSON gives `"name": null`, as the monthly view does.
    public let redacted: Bool

    public init(_ ahead: Ahead, redacted: Bool = false) {
        self.ahead = ahead
        self.redacted = redacted
    }

    /// The officers' table, the teams' table and a sentence for each team.
    public func table() -> String {
        var output = "The \(ahead.weeks) week\(ahead.weeks == 1 ? "" : "s") ahead, from \(ahead.asOf) to \(ahead.end). Projected caseloads "
            + "count the cases that end; new referrals are not assumed. ! over a limit, ~ near it.\n\n"
        guard !ahead.officers.isEmpty else { return output + "No officer to show.\n" }
        var officers = TextTable(columns: [
            .init("OFFICER"), .init("NAME"), .init("TEAM"), .init("CASES", alignRight: true), .init("RELEASES", alignRight: true),
            .init("ENDING", alignRight: true), .init("REVIEWS DUE", alignRight: true), .init("OVERDUE", alignRight: true),
        ] + Ahead.projectionWeeks.map { .init("IN \($0) WEEKS", alignRight: true) })
        for officer in ahead.officers {
            let figures = officer.figures
            officers.append([
                figures.officer.id.text, figures.officer.name, figures.officer.team,
                "\(figures.cases)/\(figures.caseLimit)" + FlagsReport.mark(figures.caseStanding),
                String(officer.releases), String(officer.ending), String(officer.reviewsDue), String(officer.reviewsOverdue),
            ] + officer.projected.map { projection in
                let share = formatDecimal(projection.highRiskPercent) + "%"
                return "\(projection.cases)/\(figures.caseLimit)" + FlagsReport.mark(projection.caseStanding)
                    + String(repeating: " ", count: max(1, 7 - share.count)) + share + FlagsReport.mark(projection.highRiskStanding)
            })
        }
        output += officers.rendered() + "\n"
        var teams = TextTable(columns: [
            .init("TEAM"), .init("OFFICERS", alignRight: true), .init("CASES", alignRight: true), .init("CAPACITY", alignRight: true),
            .init("REFERRALS A WEEK", alignRight: true), .init("ENDINGS A WEEK", alignRight: true), .init("PASSES CAPACITY"),
        ])
        for team in ahead.teams {
            teams.append([
                team.team, String(team.officers), String(team.cases), String(team.capacity), formatDecimal(team.referralsPerWeek),
                formatDecimal(team.endingsPerWeek), team.weeksUntilOver.map { $0 == 0 ? "now" : "in \($0) week\($0 == 1 ? "" : "s")" } ?? "not within a year",
            ])
        }
        output += teams.rendered() + "\n"
        output += ahead.teams.map { sentence($0) + "\n" }.joined()
        return output
    }

    /// When the team passes its capacity, in words.
    public func sentence(_ team: TeamAhead) -> String {
        let rates = "\(formatDecimal(team.referralsPerWeek)) referrals and \(formatDecimal(team.endingsPerWeek)) endings a week"
        switch team.weeksUntilOver {
        case 0?:
            return "\(team.team) passes its capacity in 0 weeks: it is over now, with \(team.cases) cases for a capacity of \(team.capacity)."
        case let weeks?:
            return "\(team.team) passes its capacity in \(weeks) week\(weeks == 1 ? "" : "s"), about \(ahead.asOf.adding(days: 7 * weeks)), "
                + "at the current rate (\(rates)); \(team.cases) cases for a capacity of \(team.capacity) now."
        case nil:
            return "\(team.team): not within a year at the current rate (\(rates)); \(team.cases) cases for a capacity of \(team.capacity)."
        }
    }

    /// When the team passes its capacity, in a few words, for a narrow screen.
    public func shortSentence(_ team: TeamAhead) -> String {
        switch team.weeksUntilOver {
        case 0?: "\(team.team): over its capacity now, \(team.cases) cases for \(team.capacity)"
        case let weeks?: "\(team.team): passes its capacity in \(weeks) week\(weeks == 1 ? "" : "s"), about \(ahead.asOf.adding(days: 7 * weeks))"
        case nil: "\(team.team): not over its capacity within a year at the current rate"
        }
    }

    /// DESIGN.md's `ahead --format json`, written as it is made: at 25,000 officers it is some 17 MB.
    public func json() -> String {
        var writer = JSONWriter(reservingCapacity: 4096 + 700 * ahead.officers.count)
        writer.object { json in
            json.member("as_of", .string(ahead.asOf.description))
            json.member("weeks", .int(ahead.weeks))
            json.key("officers")
            json.array { json in
                for officer in ahead.officers { write(officer, to: &json) }
            }
            json.member("teams", .array(ahead.teams.map { team in
                .object([
                    ("team", .string(team.team)), ("officers", .int(team.officers)), ("cases", .int(team.cases)), ("capacity", .int(team.capacity)),
                    ("referrals_per_week", .decimal(team.referralsPerWeek, places: 2)), ("endings_per_week", .decimal(team.endingsPerWeek, places: 2)),
                    ("weeks_until_over", team.weeksUntilOver.map { .int($0) } ?? .null),
                ])
            }))
        }
        return writer.rendered()
    }

    /// The officer fields each officer of the JSON opens with, as `flags` and the monthly view write them.
    static let officerFields = OfficerField.named(["officer_id", "name", "team", "cases", "limit", "high_risk"])

    /// One officer of the JSON: their figures today, their dates and their projections.
    private func write(_ officer: OfficerAhead, to json: inout JSONWriter) {
        let row = OfficerField.Row(figures: officer.figures, redacted: redacted)
        json.object { json in
            for field in Self.officerFields { json.member(field.name, field.value(row).json) }
            json.member("releases", .int(officer.releases))
            json.member("ending", .int(officer.ending))
            json.member("reviews_due", .int(officer.reviewsDue))
            json.member("reviews_overdue", .int(officer.reviewsOverdue))
            json.key("projected")
            json.array { json in
                for projection in officer.projected {
                    json.object { json in
                        json.member("week", .int(projection.week))
                        json.member("cases", .int(projection.cases))
                        json.member("high_risk", .int(projection.highRisk))
                        json.member("high_risk_pct", .percent(projection.highRiskPercent))
                    }
                }
            }
        }
    }
}
