import CaseloadCore
import CaseloadPostgres
import CaseloadStore
import Foundation

/// The pg-* works: the same work on a PostgreSQL server, each on a scratch database dropped afterwards.
extension Measure {
    /// The server, which `run` checked was given.
    private var postgres: String {
        get throws {
            guard let server else { throw BenchFailure("a pg-* work needs --postgres") }
            return server
        }
    }

    /// Each repetition imports the files into a new, empty database: connecting, validating, COPY, indexes, counts
    /// and the month's snapshot all count; making the empty database does not.
    func postgresImportSamples() throws -> [Double] {
        let (officers, cases) = try workspace.files(for: size)
        return try (0..<repetitions).map { _ in
            let scratch = try ScratchDatabase(server: try postgres)
            _ = try PostgresStore.open(url: scratch.url)
            return try Self.seconds {
                _ = try PostgresStore.open(url: scratch.url)
                    .importForce(ImportFiles.decoder(officers: officers, cases: cases), asOf: Workspace.today, availability: nil)
            }
        }
    }

    /// `psql \copy` of the same cases.csv into a table like caseload's cases (its checks and indexes, not its foreign
    /// key, which would need the officers first), the whole psql process timed.
    func psqlCopySamples() throws -> [Double] {
        let (_, cases) = try workspace.files(for: size)
        let columns = """
            case_id, officer_id, team, risk, mappa_category, mappa_level, location, domestic_abuse, allocated_on, previous_officer_id, \
            referred_on, release_on, ends_on, next_review_on
            """
        return try (0..<repetitions).map { _ in
            let scratch = try ScratchDatabase(server: try postgres)
            _ = try PostgresStore.open(url: scratch.url)
            try scratch.execute("CREATE TABLE cases_copy (LIKE cases INCLUDING ALL); ALTER TABLE cases_copy ALTER position DROP NOT NULL")
            let psql = Process()
            psql.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            psql.arguments = [
                "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", scratch.url, "-c",
                "\\copy cases_copy (\(columns)) FROM '\(cases)' WITH (FORMAT csv, HEADER)",
            ]
            let seconds = try Self.seconds {
                try psql.run()
                psql.waitUntilExit()
            }
            guard psql.terminationStatus == 0 else { throw BenchFailure("psql \\copy failed with status \(psql.terminationStatus); is psql installed?") }
            return seconds
        }
    }

    /// The force imported once into a scratch database; each repetition opens it afresh and runs `body`.
    func onPostgres(_ body: (PostgresStore) throws -> Void) throws -> [Double] {
        let scratch = try importedScratch()
        return try (0..<repetitions).map { _ in try Self.seconds { try body(try PostgresStore.openExisting(url: scratch.url)) } }
    }

    func postgresAllocateSamples() throws -> [Double] {
        let scratch = try importedScratch()
        return try allocateSamples(try PostgresStore.openExisting(url: scratch.url))
    }

    /// A scratch database with the force imported and vacuumed, so that what is measured is the server's steady state,
    /// not autovacuum catching up with a million new rows on the same two cores (which tripled allocate's time).
    func postgresFirstFrameSamples() throws -> [Double] {
        let scratch = try importedScratch()
        return try firstFrameSamples { try PostgresStore.openExisting(url: scratch.url) }
    }

    func importedScratch() throws -> ScratchDatabase {
        let (officers, cases) = try workspace.files(for: size)
        let scratch = try ScratchDatabase(server: try postgres)
        _ = try PostgresStore.open(url: scratch.url)
            .importForce(ImportFiles.decoder(officers: officers, cases: cases), asOf: Workspace.today, availability: nil)
        try scratch.execute("VACUUM (ANALYZE) officers, cases, officer_workloads")
        return scratch
    }
}
