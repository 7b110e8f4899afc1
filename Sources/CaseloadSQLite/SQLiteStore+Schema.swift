import CaseloadStore
import GRDB

extension SQLiteStore {
    /// The schema, one migration per released change; never edit a migration once released.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: officers, cases, audit log, monthly snapshots") { db in
            try db.execute(sql: """
                CREATE TABLE officers (
                    position INTEGER PRIMARY KEY,
                    officer_id TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    team TEXT NOT NULL,
                    fte_millionths INTEGER NOT NULL CHECK (fte_millionths > 0 AND fte_millionths <= 1000000),
                    mosovo TEXT NOT NULL CHECK (mosovo IN ('trained', 'awaiting', 'none')),
                    approved_premises INTEGER NOT NULL CHECK (approved_premises IN (0, 1)),
                    da_specialist INTEGER NOT NULL CHECK (da_specialist IN (0, 1)),
                    status TEXT NOT NULL CHECK (status IN ('active', 'leave'))
                );
                CREATE TABLE cases (
                    position INTEGER PRIMARY KEY,
                    case_id TEXT NOT NULL UNIQUE,
                    officer_id TEXT REFERENCES officers(officer_id),
                    team TEXT NOT NULL,
                    risk TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high', 'very_high')),
                    mappa_category INTEGER CHECK (mappa_category BETWEEN 1 AND 3),
                    mappa_level INTEGER CHECK (mappa_level BETWEEN 1 AND 3),
                    location TEXT NOT NULL CHECK (location IN ('community', 'custody', 'approved_premises', 'hospital')),
                    domestic_abuse INTEGER NOT NULL CHECK (domestic_abuse IN (0, 1)),
                    allocated_on TEXT,
                    previous_officer_id TEXT
                );
                CREATE INDEX cases_by_officer ON cases(officer_id);

                CREATE TABLE allocations (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id TEXT NOT NULL,
                    from_officer TEXT,
                    to_officer TEXT NOT NULL,
                    at TEXT NOT NULL,
                    by TEXT NOT NULL,
                    reason TEXT,
                    override INTEGER NOT NULL DEFAULT 0 CHECK (override IN (0, 1))
                );
                CREATE INDEX allocations_by_case ON allocations(case_id);
                CREATE TRIGGER allocations_are_never_updated BEFORE UPDATE ON allocations
                BEGIN SELECT RAISE(ABORT, 'the allocation audit log is append-only'); END;
                CREATE TRIGGER allocations_are_never_deleted BEFORE DELETE ON allocations
                BEGIN SELECT RAISE(ABORT, 'the allocation audit log is append-only'); END;

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
                    approved_premises INTEGER NOT NULL,
                    da_specialist INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    low INTEGER NOT NULL,
                    medium INTEGER NOT NULL,
                    high INTEGER NOT NULL,
                    very_high INTEGER NOT NULL,
                    community INTEGER NOT NULL,
                    custody INTEGER NOT NULL,
                    approved_premises_cases INTEGER NOT NULL,
                    hospital INTEGER NOT NULL,
                    level2 INTEGER NOT NULL,
                    level3 INTEGER NOT NULL,
                    domestic_abuse INTEGER NOT NULL,
                    PRIMARY KEY (month, officer_id)
                );
                """)
        }
        migrator.registerMigration("v2: each officer's counts kept current, so figures need not read every case") { db in
            try db.execute(sql: """
                CREATE TABLE officer_workloads (
                    officer_id TEXT PRIMARY KEY REFERENCES officers(officer_id),
                    low INTEGER NOT NULL,
                    medium INTEGER NOT NULL,
                    high INTEGER NOT NULL,
                    very_high INTEGER NOT NULL,
                    community INTEGER NOT NULL,
                    custody INTEGER NOT NULL,
                    approved_premises_cases INTEGER NOT NULL,
                    hospital INTEGER NOT NULL,
                    level2 INTEGER NOT NULL,
                    level3 INTEGER NOT NULL,
                    domestic_abuse INTEGER NOT NULL
                ) WITHOUT ROWID;
                INSERT INTO officer_workloads
                SELECT officers.officer_id,
                       count(cases.risk = 'low' OR NULL), count(cases.risk = 'medium' OR NULL),
                       count(cases.risk = 'high' OR NULL), count(cases.risk = 'very_high' OR NULL),
                       count(cases.location = 'community' OR NULL), count(cases.location = 'custody' OR NULL),
                       count(cases.location = 'approved_premises' OR NULL), count(cases.location = 'hospital' OR NULL),
                       count(cases.mappa_level = 2 OR NULL), count(cases.mappa_level = 3 OR NULL),
                       count(cases.domestic_abuse = 1 OR NULL)
                FROM officers LEFT JOIN cases ON cases.officer_id = officers.officer_id
                GROUP BY officers.officer_id;
                """)
        }
        migrator.registerMigration("v3: case ids unique through a named index, so an import can build it once at the end") { db in
            try db.execute(sql: """
                CREATE TABLE new_cases (
                    position INTEGER PRIMARY KEY,
                    case_id TEXT NOT NULL,
                    officer_id TEXT REFERENCES officers(officer_id),
                    team TEXT NOT NULL,
                    risk TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high', 'very_high')),
                    mappa_category INTEGER CHECK (mappa_category BETWEEN 1 AND 3),
                    mappa_level INTEGER CHECK (mappa_level BETWEEN 1 AND 3),
                    location TEXT NOT NULL CHECK (location IN ('community', 'custody', 'approved_premises', 'hospital')),
                    domestic_abuse INTEGER NOT NULL CHECK (domestic_abuse IN (0, 1)),
                    allocated_on TEXT,
                    previous_officer_id TEXT
                );
                INSERT INTO new_cases SELECT * FROM cases;
                DROP TABLE cases;
                ALTER TABLE new_cases RENAME TO cases;
                CREATE UNIQUE INDEX cases_by_id ON cases(case_id);
                CREATE INDEX cases_by_officer ON cases(officer_id);
                """)
        }
        migrator.registerMigration("v4: value checks as comparisons, which SQLite runs far faster per row than IN lists") { db in
            try db.execute(sql: """
                CREATE TABLE new_cases (
                    position INTEGER PRIMARY KEY,
                    case_id TEXT NOT NULL,
                    officer_id TEXT REFERENCES officers(officer_id),
                    team TEXT NOT NULL,
                    risk TEXT NOT NULL CHECK (risk = 'low' OR risk = 'medium' OR risk = 'high' OR risk = 'very_high'),
                    mappa_category INTEGER CHECK (mappa_category BETWEEN 1 AND 3),
                    mappa_level INTEGER CHECK (mappa_level BETWEEN 1 AND 3),
                    location TEXT NOT NULL CHECK (
                        location = 'community' OR location = 'custody' OR location = 'approved_premises' OR location = 'hospital'
                    ),
                    domestic_abuse INTEGER NOT NULL CHECK (domestic_abuse = 0 OR domestic_abuse = 1),
                    allocated_on TEXT,
                    previous_officer_id TEXT
                );
                INSERT INTO new_cases SELECT * FROM cases;
                DROP TABLE cases;
                ALTER TABLE new_cases RENAME TO cases;
                CREATE UNIQUE INDEX cases_by_id ON cases(case_id);
                CREATE INDEX cases_by_officer ON cases(officer_id);
                """)
        }
        migrator.registerMigration("v5: the audit log keeps which rules an override broke, and a note") { db in
            try db.execute(sql: """
                ALTER TABLE allocations ADD COLUMN rules_overridden TEXT;
                ALTER TABLE allocations ADD COLUMN note TEXT;
                CREATE INDEX allocations_by_to_officer ON allocations(to_officer);
                CREATE INDEX allocations_by_from_officer ON allocations(from_officer);
                """)
        }
        migrator.registerMigration("v6: since when each waiting case has waited, kept across imports") { db in
            try db.execute(sql: """
                CREATE TABLE case_queue (case_id TEXT PRIMARY KEY, since TEXT NOT NULL) WITHOUT ROWID;
                INSERT INTO case_queue SELECT case_id, coalesce((SELECT max(as_of) FROM months), date('now')) FROM cases WHERE officer_id IS NULL;
                """)
        }
        migrator.registerMigration("v7: each officer's MOSOVO buddy and course date") { db in
            try db.execute(sql: """
                ALTER TABLE officers ADD COLUMN buddy_id TEXT;
                ALTER TABLE officers ADD COLUMN mosovo_course_on TEXT;
                ALTER TABLE month_officers ADD COLUMN buddy_id TEXT;
                ALTER TABLE month_officers ADD COLUMN mosovo_course_on TEXT;
                """)
        }
        migrator.registerMigration("v8: absences and reductions, an append-only log that is their audit trail") { db in
            try db.execute(sql: """
                CREATE TABLE availability (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    officer_id TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind = 'absence' OR kind = 'reduction'),
                    from_day TEXT NOT NULL,
                    to_day TEXT,
                    fraction_millionths INTEGER CHECK (fraction_millionths IS NULL OR (fraction_millionths > 0 AND fraction_millionths < 1000000)),
                    reason TEXT NOT NULL,
                    at TEXT NOT NULL,
                    by TEXT NOT NULL
                );
                CREATE TRIGGER availability_is_never_updated BEFORE UPDATE ON availability
                BEGIN SELECT RAISE(ABORT, 'the availability log is append-only'); END;
                CREATE TRIGGER availability_is_never_deleted BEFORE DELETE ON availability
                BEGIN SELECT RAISE(ABORT, 'the availability log is append-only'); END;
                """)
        }
        migrator.registerMigration("v9: the absences and reductions the last availability.csv held") { db in
            try db.execute(sql: """
                CREATE TABLE availability_file (
                    position INTEGER PRIMARY KEY,
                    officer_id TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind = 'absence' OR kind = 'reduction'),
                    from_day TEXT NOT NULL,
                    to_day TEXT,
                    fraction_millionths INTEGER,
                    reason TEXT NOT NULL,
                    as_of TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v10: the workload notices given to officers, an append-only record") { db in
            try db.execute(sql: """
                CREATE TABLE notices (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    officer_id TEXT NOT NULL,
                    day TEXT NOT NULL,
                    at TEXT NOT NULL,
                    by TEXT NOT NULL,
                    flags TEXT NOT NULL
                );
                CREATE TRIGGER notices_are_never_updated BEFORE UPDATE ON notices
                BEGIN SELECT RAISE(ABORT, 'the notices are append-only'); END;
                CREATE TRIGGER notices_are_never_deleted BEFORE DELETE ON notices
                BEGIN SELECT RAISE(ABORT, 'the notices are append-only'); END;
                """)
        }
        migrator.registerMigration("v11: each month's snapshot keeps the availability and the limit that applied") { db in
            try db.execute(sql: """
                ALTER TABLE month_officers ADD COLUMN absent INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE month_officers ADD COLUMN absence_days INTEGER;
                ALTER TABLE month_officers ADD COLUMN reduction_millionths INTEGER NOT NULL DEFAULT 0;
                """)
        }
        migrator.registerMigration("v12: each case's referral, release, end and next review dates") { db in
            try db.execute(sql: """
                ALTER TABLE cases ADD COLUMN referred_on TEXT;
                ALTER TABLE cases ADD COLUMN release_on TEXT;
                ALTER TABLE cases ADD COLUMN ends_on TEXT;
                ALTER TABLE cases ADD COLUMN next_review_on TEXT;
                """)
        }
        migrator.registerMigration("v13: temporary cover and the imports, append-only logs; the counts keep cover and the most dangerous cases") { db in
            try db.execute(sql: """
                CREATE TABLE covers (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind = 'start' OR kind = 'end'),
                    case_id TEXT NOT NULL,
                    officer_id TEXT NOT NULL,
                    covering_officer_id TEXT NOT NULL,
                    from_day TEXT NOT NULL,
                    to_day TEXT,
                    at TEXT NOT NULL,
                    by TEXT NOT NULL
                );
                CREATE INDEX covers_by_case ON covers(case_id);
                CREATE INDEX covers_by_colleague ON covers(covering_officer_id);
                \(SQLiteStore.appendOnly("covers", log: "the cover log"))
                CREATE TABLE imports (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    as_of TEXT NOT NULL,
                    at TEXT NOT NULL,
                    by TEXT NOT NULL,
                    officers INTEGER NOT NULL,
                    cases INTEGER NOT NULL,
                    unallocated INTEGER NOT NULL
                );
                \(SQLiteStore.appendOnly("imports", log: "the import log"))
                \(SQLiteStore.coverCounts("officer_workloads"))
                UPDATE officer_workloads SET most_dangerous = (
                    SELECT count(*) FROM cases WHERE cases.officer_id = officer_workloads.officer_id AND (risk = 'very_high' OR mappa_level = 3));
                \(SQLiteStore.coverCounts("month_officers"))
                UPDATE month_officers SET most_dangerous = min(low + medium + high + very_high, very_high + level3);
                """)
        }
        migrator.registerMigration("v14: indexes of the cases' dates, for the weeks ahead") { db in
            try db.execute(sql: CaseDateIndexes.create)
        }
        migrator.registerMigration("v15: each month's snapshot keeps its officers' overdue risk reviews") { db in
            try db.execute(sql: "ALTER TABLE month_officers ADD COLUMN reviews_overdue INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v16: each officer's high-risk Approved Premises residents, which explain an AP officer's share") { db in
            try db.execute(sql: CountMigrations.highRiskResidents)
        }
        return migrator
    }

    /// The triggers that refuse UPDATE and DELETE on a log, naming it in the refusal.
    private static func appendOnly(_ table: String, log: String) -> String {
        """
        CREATE TRIGGER \(table)_are_never_updated BEFORE UPDATE ON \(table)
        BEGIN SELECT RAISE(ABORT, '\(log) is append-only'); END;
        CREATE TRIGGER \(table)_are_never_deleted BEFORE DELETE ON \(table)
        BEGIN SELECT RAISE(ABORT, '\(log) is append-only'); END;
        """
    }

    /// The counts v13 adds to a table of counts.
    private static func coverCounts(_ table: String) -> String {
        ["covering", "under_cover", "most_dangerous"].map { "ALTER TABLE \(table) ADD COLUMN \($0) INTEGER NOT NULL DEFAULT 0;" }.joined(separator: "\n")
    }
}
