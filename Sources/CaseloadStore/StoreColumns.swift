import CaseloadCore

/// The column lists both stores read and write in the same order, so the two schemas cannot drift apart.
public enum StoreColumns {
    /// The case columns, in the order a case is read and written.
    public static let cases = """
        case_id, officer_id, team, risk, mappa_category, mappa_level, location, domestic_abuse, allocated_on, previous_officer_id
        """

    /// The officer columns, in the order an officer is read and written.
    public static let officers = "officer_id, name, team, fte_millionths, mosovo, approved_premises, da_specialist, status, buddy_id, mosovo_course_on"

    /// How many columns `officers` names.
    public static let officerCount = 10

    /// The count columns, one for each `WorkloadCount`, in its order.
    public static let workloads = WorkloadCount.allCases.map(\.column).joined(separator: ", ")

    /// The audit log's columns, in the order an entry is read and written (`by` quoted: PostgreSQL reserves it).
    public static let audit = #"case_id, from_officer, to_officer, at, "by", reason, override, rules_overridden, note"#

    /// The columns of `month_officers` that keep how each officer stood that month: absent, for how long, reduced.
    public static let standing = "absent, absence_days, reduction_millionths"
}
