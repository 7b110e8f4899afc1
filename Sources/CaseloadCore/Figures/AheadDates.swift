/// What a store reads of the cases' dates for the weeks ahead, before it is joined to the day's snapshot: each officer
/// of record's releases, endings and reviews due, each team's referrals, and the cases covered that day.
///
/// Read apart from the snapshot, so the two can be read at once; `counts(with:)` joins them as counting every case
/// of the force would (`Ahead(force:figures:asOf:weeks:team:)`).
public struct AheadDates: Sendable {
    /// A case covered on the window's first day, with its cover.
    public struct Covered: Sendable {
        public let cover: Cover
        public let offender: Case

        public init(cover: Cover, offender: Case) {
            self.cover = cover
            self.offender = offender
        }
    }

    public let window: AheadWindow
    /// By the officer of record; no overdue reviews, which the snapshot counts.
    public let officers: [OfficerID: AheadCounts]
    /// By team.
    public let referrals: [String: Int]
    public let covered: [Covered]

    public init(window: AheadWindow, officers: [OfficerID: AheadCounts], referrals: [String: Int], covered: [Covered]) {
        self.window = window
        self.officers = officers
        self.referrals = referrals
        self.covered = covered
    }

    /// Each officer's counts on the snapshot's day: a covered case counts for the colleague covering it while its
    /// officer is away, and the overdue reviews are the snapshot's, cover already applied.
    public func counts(with snapshot: MonthSnapshot) -> [OfficerID: AheadCounts] {
        var counts = officers
        let away = snapshot.away
        for covered in covered where away.contains(covered.cover.officerID) {
            counts[covered.cover.officerID, default: AheadCounts()].add(covered.offender, in: window, sign: -1)
            counts[covered.cover.coveringID, default: AheadCounts()].add(covered.offender, in: window)
        }
        for entry in snapshot.officers where entry.reviewsOverdue > 0 || counts[entry.officer.id] != nil {
            counts[entry.officer.id, default: AheadCounts()].reviewsOverdue = entry.reviewsOverdue
        }
        return counts
    }
}
