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
    /// and its figures for that day; `weeks` is at least 1. Counts every case, in one pass.
    public init(force: Force, figures: Figures, asOf: Day, weeks: Int, team: String? = nil) {
        let window = AheadWindow(asOf: asOf, weeks: weeks)
        let covering = force.coveringOfficers
        var counts: [OfficerID: AheadCounts] = [:]
        var referrals: [String: Int] = [:]
        for offender in force.cases {
            if let referred = offender.referredOn, window.referrals.contains(referred) { referrals[offender.team, default: 0] += 1 }
            guard let holder = covering[offender.id] ?? offender.officerID else { continue }
            counts[holder, default: AheadCounts()].add(offender, in: window)
        }
        self.init(figures: figures, counts: counts, referrals: referrals, asOf: asOf, weeks: weeks, team: team)
    }

    /// The weeks ahead from a snapshot's figures and the dates a store read for the same day (`AheadDates`).
    public init(figures: Figures, dates: AheadDates, snapshot: MonthSnapshot, team: String? = nil) {
        self.init(
            figures: figures, counts: dates.counts(with: snapshot), referrals: dates.referrals, asOf: dates.window.asOf, weeks: dates.window.weeks,
            team: team)
    }

    /// The weeks ahead from each officer's figures and the counts of the cases they hold, by officer id, and each
    /// team's referrals in `AheadWindow.referrals`, by team: what a store reads without loading every case.
    public init(figures: Figures, counts: [OfficerID: AheadCounts], referrals: [String: Int], asOf: Day, weeks: Int, team: String? = nil) {
        self.asOf = asOf
        self.weeks = weeks
        limits = figures.limits
        let limits = figures.limits
        let chosen = team.map { team in figures.officers.filter { $0.officer.team == team } } ?? figures.officers
        let officers = chosen.map { OfficerAhead(figures: $0, counts: counts[$0.officer.id] ?? AheadCounts(), limits: limits) }
        self.officers = officers
        let byTeam = Dictionary(grouping: officers.indices, by: { officers[$0].figures.officer.team })
        teams = byTeam.keys.sorted().map { name in
            TeamAhead(team: name, officers: (byTeam[name] ?? []).lazy.map { officers[$0] }, referrals: referrals[name] ?? 0, weeks: weeks)
        }
    }
}

/// The days the weeks ahead look at: the window itself, each projected week's last day, and the weeks of referrals.
public struct AheadWindow: Sendable {
    public let asOf: Day
    public let weeks: Int
    /// The window's last day, as_of + 7w.
    public let end: Day
    /// The last day of each of `Ahead.projectionWeeks`.
    public let projected: [Day]
    /// The referrals a team's rate counts: the 12 weeks before as_of, as_of itself left out.
    public let referrals: Range<Day>
    /// The last end date anything counts: the window's end, or the last projected week's when that is later.
    public var endingsThrough: Day { max(end, projected.last ?? end) }

    public init(asOf: Day, weeks: Int) {
        self.asOf = asOf
        self.weeks = weeks
        end = asOf.adding(days: 7 * weeks)
        projected = Ahead.projectionWeeks.map { asOf.adding(days: 7 * $0) }
        referrals = asOf.adding(days: -7 * Ahead.referralWeeks)..<asOf
    }
}

/// What one officer's cases hold in the window: releases, endings (by each projected week too, and of those the
/// high-risk ones) and reviews due and overdue. Added to one date at a time, so a store can count each date from its
/// own index; `sign` -1 takes a case away again (one a colleague covers).
public struct AheadCounts: Hashable, Sendable {
    public var releases = 0
    public var ending = 0
    public var reviewsDue = 0
    public var reviewsOverdue = 0
    /// The cases and high-risk cases ending by each projected week, in the order of `Ahead.projectionWeeks`.
    public var endingBy = [Int](repeating: 0, count: Ahead.projectionWeeks.count)
    public var highRiskEndingBy = [Int](repeating: 0, count: Ahead.projectionWeeks.count)

    public init() {}

    /// Counts every date of a case.
    public mutating func add(_ offender: Case, in window: AheadWindow, sign: Int = 1) {
        if offender.location == .custody, let release = offender.releaseOn { addRelease(release, in: window, sign: sign) }
        if let endsOn = offender.endsOn { addEnding(endsOn, highRisk: offender.risk.isHigh, in: window, sign: sign) }
        if let review = offender.nextReviewOn { addReview(review, in: window, sign: sign) }
    }

    /// A custody case's release date: counted when it falls in the window.
    public mutating func addRelease(_ day: Day, in window: AheadWindow, sign: Int = 1) {
        if day >= window.asOf && day <= window.end { releases += sign }
    }

    /// A case's end date: ending when it falls in the window or has passed, and gone by each projected week it
    /// falls on or before.
    public mutating func addEnding(_ day: Day, highRisk: Bool, in window: AheadWindow, sign: Int = 1) {
        if day <= window.end { ending += sign }
        for (index, last) in window.projected.enumerated() where day <= last {
            endingBy[index] += sign
            if highRisk { highRiskEndingBy[index] += sign }
        }
    }

    /// A case's next risk review: overdue before as_of, due when it falls in the window.
    public mutating func addReview(_ day: Day, in window: AheadWindow, sign: Int = 1) {
        if day < window.asOf {
            reviewsOverdue += sign
        } else if day <= window.end {
            reviewsDue += sign
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

    init(figures: OfficerFigures, counts: AheadCounts, limits: Limits) {
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
    /// The team's cases at week `week` at the current rates: cases + w × (referrals − endings a week).
    public func forecast(week: Int) -> Double { Double(cases) + Double(week) * (referralsPerWeek - endingsPerWeek) }

    /// Cases of this team referred in the 12 weeks before the day, a week.
    public let referralsPerWeek: Double
    /// Its officers' cases ending in the window (or already past), a week.
    public let endingsPerWeek: Double
    /// The first whole week from now at which its cases would pass its capacity; 0 when over already, nil when not
    /// within a year at the current rates.
    public let weeksUntilOver: Int?

    init(team: String, officers: some Collection<OfficerAhead>, referrals: Int, weeks: Int) {
        self.team = team
        self.officers = officers.count
        var (cases, capacity, ending) = (0, 0, 0)
        for officer in officers {
            cases += officer.figures.cases
            if officer.figures.officer.isActive { capacity += officer.figures.caseLimit }
            ending += officer.ending
        }
        self.cases = cases
        self.capacity = capacity
        referralsPerWeek = Double(referrals) / Double(Ahead.referralWeeks)
        endingsPerWeek = Double(ending) / Double(weeks)
        // Whole counts over a common denominator, so the week is found exactly: cases + w × (r − e) > capacity.
        let growthTimesDenominator = referrals * weeks - ending * Ahead.referralWeeks
        let denominator = Ahead.referralWeeks * weeks
        weeksUntilOver = (0...Ahead.forecastWeeks).first { week in
            cases * denominator + week * growthTimesDenominator > capacity * denominator
        }
    }
}
