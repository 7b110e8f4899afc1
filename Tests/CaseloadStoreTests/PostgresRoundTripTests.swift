import CaseloadCore
import CaseloadPostgres
import CaseloadStore
import Testing

/// The PostgreSQL session's ways of saving round trips: statements sent together, queries answered from a prefetch,
/// and a writer's BEGIN sent with its first statement. Each must behave as if every statement ran on its own.
@Suite("PostgreSQL round trips saved without changing what happens", .enabled(if: Backend.server != nil))
struct PostgresRoundTripTests {
    static let day = StoreContractTests.day

    /// A store holding the contract's force, on a scratch database.
    static func store() throws -> (TestDatabase, PostgresStore) {
        let database = try Backend.postgres.database()
        try database.open().replaceForce(StoreContractTests.force, asOf: day, availability: nil)
        return (database, try PostgresStore.openExisting(url: database.location))
    }

    static func unallocated(_ session: PostgresSession) throws -> Int? {
        var value: Int?
        try session.forEachRow("SELECT unallocated FROM months") { row in value = row.integer(try row.column("unallocated")) }
        return value
    }

    @Test("statements sent together: the failing one is thrown, nothing of the transaction stays, and the store goes on")
    func executeAllFailure() throws {
        let (database, store) = try Self.store()
        defer { withExtendedLifetime(database) {} }
        let before = try store.currentSnapshot(asOf: Self.day)
        #expect {
            try store.writing { session in
                try session.executeAll([
                    "UPDATE months SET unallocated = 77",
                    "UPDATE cases SET risk = \("severe") WHERE case_id = \("C1")",
                    "UPDATE months SET unallocated = 78",
                ])
            }
        } throws: { error in
            error is StoreError
        }
        #expect(try store.currentSnapshot(asOf: Self.day) == before)
        #expect(try store.loadForce() == StoreContractTests.force)
        let counts = try store.writing { session in
            try session.executeAll(["UPDATE months SET unallocated = 5", "UPDATE cases SET team = team WHERE case_id = \("nobody")"])
        }
        #expect(counts == [1, 0])
    }

    @Test("a prefetched query is answered once, with what it found when sent; run again, it asks the server")
    func prefetchAnsweredOnce() throws {
        let (database, store) = try Self.store()
        defer { withExtendedLifetime(database) {} }
        let seen = try store.writing { session in
            try session.prefetch(["SELECT unallocated FROM months"])
            try session.execute("UPDATE months SET unallocated = 41")
            return [try Self.unallocated(session), try Self.unallocated(session)]
        }
        let before = MonthSnapshot(force: StoreContractTests.force, asOf: Self.day).unallocated
        #expect(seen == [before, 41])
    }

    @Test("a writer whose first statement fails leaves nothing behind, and the next writer's BEGIN is its own")
    func deferredBeginFailure() throws {
        let (database, store) = try Self.store()
        defer { withExtendedLifetime(database) {} }
        #expect(throws: StoreError.self) {
            try store.writing { session in try session.execute("UPDATE cases SET risk = \("severe")") }
        }
        _ = try store.allocate([StoreContractTests.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "2026-11-02T09:00:00Z")
        #expect {
            try store.writing { session in
                try session.execute("UPDATE months SET unallocated = 99")
                try session.execute("UPDATE cases SET risk = \("severe")")
            }
        } throws: { $0 is StoreError }
        #expect(try store.audit(.all).map(\.caseID) == ["Q1"])
        #expect(try store.currentSnapshot(asOf: Self.day).unallocated == (try store.unallocatedCases().count))
    }
}
