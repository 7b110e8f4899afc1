import CaseloadStore

extension PostgresStore {
    /// The schema, one migration per released change, in order; never edit a migration once released.
    ///
    /// The same tables as the SQLite store's, in PostgreSQL's types. The four logs (allocations, availability,
    /// notices, covers) refuse UPDATE, DELETE and TRUNCATE in the server itself, whichever role asks.
    static let migrations: [(name: String, sql: String)] = [
        (
            "v1: the force, its kept counts, queue, logs and monthly snapshots",
            """
            CREATE FUNCTION caseload_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the % log is append-only', TG_TABLE_NAME USING ERRCODE = 'CL001';
            END $$;

            CREATE TABLE officers (
                position INTEGER PRIMARY KEY,
                officer_id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                team TEXT NOT NULL,
                fte_millionths INTEGER NOT NULL CHECK (fte_millionths > 0 AND fte_millionths <= 1000000),
                mosovo TEXT NOT NULL CHECK (mosovo IN ('trained', 'awaiting', 'none')),
                approved_premises BOOLEAN NOT NULL,
                da_specialist BOOLEAN NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('active', 'leave')),
                buddy_id TEXT,
                mosovo_course_on TEXT
            );
            CREATE TABLE cases (
                position INTEGER NOT NULL,
                case_id TEXT NOT NULL,
                officer_id TEXT,
                team TEXT NOT NULL,
                risk TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high', 'very_high')),
                mappa_category SMALLINT CHECK (mappa_category BETWEEN 1 AND 3),
                mappa_level SMALLINT CHECK (mappa_level BETWEEN 1 AND 3),
                location TEXT NOT NULL CHECK (location IN ('community', 'custody', 'approved_premises', 'hospital')),
                domestic_abuse BOOLEAN NOT NULL,
                allocated_on TEXT,
                previous_officer_id TEXT
            );
            \(casesIndexes);

            CREATE TABLE officer_workloads (
                officer_id TEXT PRIMARY KEY REFERENCES officers(officer_id),
                low INTEGER NOT NULL, medium INTEGER NOT NULL, high INTEGER NOT NULL, very_high INTEGER NOT NULL,
                community INTEGER NOT NULL, custody INTEGER NOT NULL, approved_premises_cases INTEGER NOT NULL, hospital INTEGER NOT NULL,
                level2 INTEGER NOT NULL, level3 INTEGER NOT NULL, domestic_abuse INTEGER NOT NULL
            );
            CREATE TABLE case_queue (case_id TEXT PRIMARY KEY, since TEXT NOT NULL);

            CREATE TABLE allocations (
                id BIGSERIAL PRIMARY KEY,
                case_id TEXT NOT NULL,
                from_officer TEXT,
                to_officer TEXT NOT NULL,
                at TEXT NOT NULL,
                "by" TEXT NOT NULL,
                reason TEXT,
                override BOOLEAN NOT NULL DEFAULT false,
                rules_overridden TEXT,
                note TEXT
            );
            CREATE INDEX allocations_by_case ON allocations(case_id);
            CREATE INDEX allocations_by_to_officer ON allocations(to_officer);
            CREATE INDEX allocations_by_from_officer ON allocations(from_officer);

            CREATE TABLE availability (
                id BIGSERIAL PRIMARY KEY,
                officer_id TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('absence', 'reduction')),
                from_day TEXT NOT NULL,
                to_day TEXT,
                fraction_millionths INTEGER CHECK (fraction_millionths IS NULL OR (fraction_millionths > 0 AND fraction_millionths < 1000000)),
                reason TEXT NOT NULL,
                at TEXT NOT NULL,
                "by" TEXT NOT NULL
            );
            CREATE TABLE availability_file (
                position INTEGER PRIMARY KEY,
                officer_id TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('absence', 'reduction')),
                from_day TEXT NOT NULL,
                to_day TEXT,
                fraction_millionths INTEGER,
                reason TEXT NOT NULL,
                as_of TEXT NOT NULL
            );
            CREATE TABLE notices (
                id BIGSERIAL PRIMARY KEY,
                officer_id TEXT NOT NULL,
                day TEXT NOT NULL,
                at TEXT NOT NULL,
                "by" TEXT NOT NULL,
                flags TEXT NOT NULL
            );
            \(["allocations", "availability", "notices"].map(appendOnly).joined(separator: "\n"))

            CREATE TABLE months (
                month TEXT PRIMARY KEY,
                as_of TEXT NOT NULL,
                unallocated INTEGER NOT NULL
            );
            CREATE TABLE month_officers (
                month TEXT NOT NULL REFERENCES months(month) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                officer_id TEXT NOT NULL,
                name TEXT NOT NULL,
                team TEXT NOT NULL,
                fte_millionths INTEGER NOT NULL,
                mosovo TEXT NOT NULL,
                approved_premises BOOLEAN NOT NULL,
                da_specialist BOOLEAN NOT NULL,
                status TEXT NOT NULL,
                buddy_id TEXT,
                mosovo_course_on TEXT,
                low INTEGER NOT NULL, medium INTEGER NOT NULL, high INTEGER NOT NULL, very_high INTEGER NOT NULL,
                community INTEGER NOT NULL, custody INTEGER NOT NULL, approved_premises_cases INTEGER NOT NULL, hospital INTEGER NOT NULL,
                level2 INTEGER NOT NULL, level3 INTEGER NOT NULL, domestic_abuse INTEGER NOT NULL,
                absent BOOLEAN NOT NULL DEFAULT false,
                absence_days INTEGER,
                reduction_millionths INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (month, officer_id)
            )
            """
        ),
        (
            "v2: each case's referral, release, end and next review dates",
            """
            ALTER TABLE cases ADD COLUMN referred_on TEXT, ADD COLUMN release_on TEXT, ADD COLUMN ends_on TEXT, ADD COLUMN next_review_on TEXT
            """
        ),
        (
            "v3: temporary cover and the imports, append-only logs; the counts keep cover and the most dangerous cases",
            """
            CREATE TABLE covers (
                id BIGSERIAL PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('start', 'end')),
                case_id TEXT NOT NULL,
                officer_id TEXT NOT NULL,
                covering_officer_id TEXT NOT NULL,
                from_day TEXT NOT NULL,
                to_day TEXT,
                at TEXT NOT NULL,
                "by" TEXT NOT NULL
            );
            CREATE INDEX covers_by_case ON covers(case_id);
            CREATE INDEX covers_by_colleague ON covers(covering_officer_id);
            CREATE TABLE imports (
                id BIGSERIAL PRIMARY KEY,
                as_of TEXT NOT NULL,
                at TEXT NOT NULL,
                "by" TEXT NOT NULL,
                officers INTEGER NOT NULL,
                cases INTEGER NOT NULL,
                unallocated INTEGER NOT NULL
            );
            \(appendOnly("covers"))
            \(appendOnly("imports"))
            ALTER TABLE officer_workloads \(coverCounts);
            UPDATE officer_workloads SET most_dangerous = (
                SELECT count(*) FROM cases WHERE cases.officer_id = officer_workloads.officer_id AND (risk = 'very_high' OR mappa_level = 3));
            ALTER TABLE month_officers \(coverCounts);
            UPDATE month_officers SET most_dangerous = least(low + medium + high + very_high, very_high + level3)
            """
        ),
        ("v4: indexes of the cases' dates, for the weeks ahead", CaseDateIndexes.create),
        ("v5: each month's snapshot keeps its officers' overdue risk reviews", "ALTER TABLE month_officers ADD COLUMN reviews_overdue INTEGER NOT NULL DEFAULT 0"),
        ("v6: each officer's high-risk Approved Premises residents, which explain an AP officer's share", CountMigrations.highRiskResidents),
    ]

    /// The counts v3 adds to a table of counts.
    private static let coverCounts = ["covering", "under_cover", "most_dangerous"].map { "ADD COLUMN \($0) INTEGER NOT NULL DEFAULT 0" }
        .joined(separator: ", ")

    /// The cases' indexes and their foreign key, which an import drops and builds once after the rows are in.
    static let casesIndexes = """
        CREATE UNIQUE INDEX cases_by_id ON cases(case_id);
        CREATE INDEX cases_by_officer ON cases(officer_id);
        CREATE UNIQUE INDEX cases_by_position ON cases(position);
        ALTER TABLE cases ADD CONSTRAINT cases_officer_fk FOREIGN KEY (officer_id) REFERENCES officers(officer_id)
        """

    private static func appendOnly(_ table: String) -> String {
        """
        CREATE TRIGGER \(table)_are_never_changed BEFORE UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION caseload_append_only();
        CREATE TRIGGER \(table)_are_never_truncated BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION caseload_append_only();
        """
    }

    /// Brings the schema up to date, refusing a newer one, a database that holds other tables but not caseload's, and
    /// one whose encoding cannot hold every name (anything but UTF8).
    ///
    /// Reads first and writes only when a migration is due, so a role that may only read can open a current force.
    /// Two processes opening an empty database at once: the second waits on the writers' lock and finds it done.
    func migrate(creating: Bool) throws {
        let (version, encoding): (Int?, String)
        do {
            (version, encoding) = try inspecting { connection in
                (try Self.schemaVersion(connection), try connection.run("SHOW server_encoding").text(0, 0) ?? "")
            }
        } catch StoreError.notPermitted(let server) {
            throw StoreError.notGranted(server: server)
        }
        guard encoding == "UTF8" else { throw StoreError.notUTF8(server: location, encoding: encoding) }
        if let version, version > Self.migrations.count { throw StoreError.newerSchema(path: location) }
        if version == Self.migrations.count { return }
        if version == nil {
            let tables = try inspecting { connection in
                try connection.run("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").integer(0, 0) ?? 0
            }
            guard tables == 0 else { throw StoreError.notADatabase(path: location) }
            guard creating else { throw StoreError.noDatabase(path: location) }
        }
        try writingConnection { connection in
            let current = try Self.schemaVersion(connection) ?? 0
            if current == 0 { try connection.runScript("CREATE TABLE caseload_schema (version INTEGER NOT NULL); INSERT INTO caseload_schema VALUES (0)") }
            guard current <= Self.migrations.count else { throw StoreError.newerSchema(path: location) }
            for migration in Self.migrations.dropFirst(current) {
                try connection.runScript(migration.sql)
            }
            try connection.run("UPDATE caseload_schema SET version = $1", [String(Self.migrations.count)])
        }
    }

    /// The schema's version, or nil when the database has no caseload tables.
    ///
    /// Asks the catalog with an ordinary query, whose snapshot is taken after the writers' lock was granted:
    /// `to_regclass` reads a cached catalog that can miss a table another process created meanwhile.
    private static func schemaVersion(_ connection: PGConnection) throws -> Int? {
        let exists = "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'caseload_schema'"
        guard try connection.run(exists).integer(0, 0) == 1 else { return nil }
        return try connection.run("SELECT version FROM caseload_schema").integer(0, 0)
    }
}
