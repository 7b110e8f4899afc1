/// Schema changes that add a kept count (`WorkloadCount`), the same on every engine, so each is written once.
public enum CountMigrations {
    /// `high_risk_residents`: each officer's high-risk cases living in an Approved Premises, counted from the cases
    /// for the force as it stands; months recorded before it keep 0, not knowing.
    public static let highRiskResidents = """
        ALTER TABLE officer_workloads ADD COLUMN high_risk_residents INTEGER NOT NULL DEFAULT 0;
        UPDATE officer_workloads SET high_risk_residents = (
            SELECT count(*) FROM cases WHERE cases.officer_id = officer_workloads.officer_id
            AND location = 'approved_premises' AND risk IN ('high', 'very_high'));
        ALTER TABLE month_officers ADD COLUMN high_risk_residents INTEGER NOT NULL DEFAULT 0
        """
}
