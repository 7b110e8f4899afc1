/// The weeks ahead of a force: each officer's releases, endings and reviews in the window with their projected
/// caseload, and each team's forecast against its capacity at the current rate of referrals and endings.
///
/// Every figure is as DESIGN.md defines it for `ahead --format json`. A window of w weeks runs from `asOf` to
/// `asOf` + 7w, both days included; projections assume nothing about new cases.
public struct Ahead: Sendable {
    /// The weeks each officer is projected at.
    public static let projectionWeeks = [4, 8, 12]
    /// The weeks back whose referrals give a team's rate.
    public static let referralWeeks = 12
    /// The furthest a team's forecast looks, in weeks: a year.
    public static let forecastWeeks = 52

    public let asOf: Day
    public let weeks: Int
    public let limits: Limits
    public let officers: [OfficerAhead]
    public let teams: [TeamAhead]

    /// The last day of the window.
    public var end: Day { asOf.adding(days: 7 * weeks) }

    /// The weeks ahead of every officer (those of `team` only, when given) from the force as it stands on `asOf`
    /// and its figures for that day; `weeks` is at least 1.
    public init(force: Force, figures: Figures, asOf: Day, weeks: Int, team: String? = nil) {
        self.asOf = asOf
        self.weeks = weeks
        limits = figures.limits
        let end = asOf.adding(days: 7 * weeks)
        let covering = force.coveringOfficers
        let shown = figures.officers.filter { team == nil || $0.officer.team == team }
        let position = Dictionary(shown.enumerated().map { ($1.officer.id, $0) }, uniquingKeysWith: { first, _ in first })
        var counts = [Counts](repeating: Counts(), count: shown.count)
        var referrals: [String: Int] = [:]
        let referredFrom = asOf.adding(days: -7 * Self.referralWeeks)
        for item in force.cases {
            if let referred = item.referredOn, referred >= referredFrom, referred < asOf { referrals[item.team, default: 0] += 1 }
            guard let holder = covering[item.id] ?? item.officerID, let index = position[holder] else { continue }
            counts[index].add(item, asOf: asOf, end: end)
        }
        let limits = figures.limits
        officers = zip(shown, counts).map { OfficerAhead(figures: $0, counts: $1, limits: limits) }
        let byTeam = Dictionary(grouping: officers, by: \.figures.officer.team)
        teams = byTeam.keys.sorted().map { name in
            TeamAhead(team: name, officers: byTeam[name] ?? [], referrals: referrals[name] ?? 0, weeks: weeks)
        }
    }

    /// What one officer's cases hold in the window, counted in one pass over the force.
    struct Counts {
        var releases = 0
        var ending = 0
        var reviewsDue = 0
        var reviewsOverdue = 0
        /// The cases and high-risk cases ending by each projected week, in the order of `projectionWeeks`.
        var endingBy = [Int](repeating: 0, count: Ahead.projectionWeeks.count)
        var highRiskEndingBy = [Int](repeating: 0, count: Ahead.projectionWeeks.count)

        mutating func add(_ item: Case, asOf: Day, end: Day) {
            if item.location == .custody, let release = item.releaseOn, release >= asOf, release <= end { releases += 1 }
            if let endsOn = item.endsOn {
                if endsOn <= end { ending += 1 }
                for (index, week) in Ahead.projectionWeeks.enumerated() where endsOn <= asOf.adding(days: 7 * week) {
                    endingBy[index] += 1
                    if item.risk.isHigh { highRiskEndingBy[index] += 1 }
                }
            }
            if let review = item.nextReviewOn {
                if review < asOf {
                    reviewsOverdue += 1
                } else if review <= end {
                    reviewsDue += 1
                }
            }
        }
    }
}

/// One officer's weeks ahead.
public struct OfficerAhead: Sendable {
    public let figures: OfficerFigures
    /// Custody cases whose release falls in the window.
    public let releases: Int
    /// Cases whose `ends_on` falls in the window or has passed.
    public let ending: Int
    public let reviewsDue: Int
    /// Cases whose risk review date has passed.
    public let reviewsOverdue: Int
    /// At each of `Ahead.projectionWeeks`.
    public let projected: [Projection]

    init(figures: OfficerFigures, counts: Ahead.Counts, limits: Limits) {
        self.figures = figures
        releases = counts.releases
        ending = counts.ending
        reviewsDue = counts.reviewsDue
        reviewsOverdue = counts.reviewsOverdue
        projected = Ahead.projectionWeeks.enumerated().map { index, week in
            Projection(
                week: week, cases: max(0, figures.cases - counts.endingBy[index]),
                highRisk: max(0, figures.highRisk - counts.highRiskEndingBy[index]), caseLimit: figures.caseLimit, limits: limits)
        }
    }
}

/// An officer's caseload at a week ahead, with where it stands against their limits then.
public struct Projection: Hashable, Sendable {
    public let week: Int
    public let cases: Int
    public let highRisk: Int
    /// The high-risk share as the limits count it.
    public let highRiskPercent: Double
    public let caseStanding: Standing
    public let highRiskStanding: Standing

    init(week: Int, cases: Int, highRisk: Int, caseLimit: Int, limits: Limits) {
        self.week = week
        self.cases = cases
        self.highRisk = highRisk
        highRiskPercent = limits.highRiskPercent(highRisk: highRisk, cases: cases)
        caseStanding = limits.caseStanding(cases: cases, limit: caseLimit)
        highRiskStanding = limits.highRiskStanding(highRisk: highRisk, cases: cases)
    }
}

/// A team's forecast: its cases against the capacity of its available officers, at the current rates.
public struct TeamAhead: Hashable, Sendable {
    public let team: String
    public let officers: Int
    /// The cases its officers hold.
    public let cases: Int
    /// The sum of its available officers' limits.
    public let capacity: Int
    /// Cases of this team referred in the 12 weeks before the day, a week.
    public let referralsPerWeek: Double
    /// Its officers' cases ending in the window (or already past), a week.
    public let endingsPerWeek: Double
    /// The first whole week from now at which its cases would pass its capacity; 0 when over already, nil when not
    /// within a year at the current rates.
    public let weeksUntilOver: Int?

    init(team: String, officers: [OfficerAhead], referrals: Int, weeks: Int) {
        self.team = team
        self.officers = officers.count
        cases = officers.reduce(0) { $0 + $1.figures.cases }
        capacity = officers.filter { $0.figures.officer.isActive }.reduce(0) { $0 + $1.figures.caseLimit }
        referralsPerWeek = Double(referrals) / Double(Ahead.referralWeeks)
        let ending = officers.reduce(0) { $0 + $1.ending }
        endingsPerWeek = Double(ending) / Double(weeks)
        // Whole counts over a common denominator, so the week is found exactly: cases + w × (r − e) > capacity.
        let growthTimesDenominator = referrals * weeks - ending * Ahead.referralWeeks
        let denominator = Ahead.referralWeeks * weeks
        let (cases, capacity) = (cases, capacity)
        weeksUntilOver = (0...Ahead.forecastWeeks).first { week in
            cases * denominator + week * growthTimesDenominator > capacity * denominator
        }
    }
}
