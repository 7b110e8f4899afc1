/// The indexes the weeks ahead read, the same on every engine: each holds only the cases that have its date, with
/// what `aheadDates` asks of it, so each of its queries reads one range of one index and never the cases table.
public enum CaseDateIndexes {
    /// Creates them, on a schema's migration and again at the end of an import.
    public static let create = """
        CREATE INDEX cases_by_review ON cases(next_review_on, officer_id) WHERE next_review_on IS NOT NULL;
        CREATE INDEX cases_by_end ON cases(ends_on, officer_id, risk) WHERE ends_on IS NOT NULL;
        CREATE INDEX cases_by_release ON cases(release_on, officer_id) WHERE release_on IS NOT NULL AND location = 'custody';
        CREATE INDEX cases_by_referral ON cases(referred_on, team) WHERE referred_on IS NOT NULL
        """

    /// Drops them at the start of an import, to be built once the new cases are in.
    public static let drop = "DROP INDEX cases_by_review; DROP INDEX cases_by_end; DROP INDEX cases_by_release; DROP INDEX cases_by_referral"
}
