import CaseloadCore
import CaseloadStore
import Foundation
import Testing

/// Databases written by the release before the store was written once still open, migrate and keep everything.
@Suite("Databases written by a released caseload")
struct ReleasedDatabaseTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Releases")

    /// A copy of the released database of this backend, opened (and so migrated) by this caseload.
    static func released(_ backend: Backend) throws -> (TestDatabase, any ForceStore) {
        let database = try backend.database()
        switch backend {
        case .sqlite:
            try FileManager.default.copyItem(atPath: folder.appendingPathComponent("schema-v11.sqlite").path, toPath: database.location)
        case .postgres:
            try database.execute(String(contentsOf: folder.appendingPathComponent("schema-v1.postgres.sql"), encoding: .utf8))
        }
        return (database, try database.openExisting())
    }

    @Test("every table arrives whole: force, queue, audit log, availability, notices and both months", arguments: Backend.available)
    func opensWhole(backend: Backend) throws {
        let (database, store) = try Self.released(backend)
        defer { withExtendedLifetime(database) {} }
        let archive = try store.archive()
        #expect(archive.force.officers.map(\.id) == ["OM001", "OM002", "OM003", "OM004", "OM005", "OM006"])
        #expect(archive.force.cases.count == 40)
        #expect(archive.force.cases.allSatisfy { $0.referredOn == nil && $0.releaseOn == nil && $0.endsOn == nil && $0.nextReviewOn == nil })
        #expect(try store.unallocatedCases().map(\.id) == ["C000004", "C000005"])
        #expect(archive.queuedSince == ["C000003": Day("2026-10-01")!, "C000004": Day("2026-10-01")!, "C000005": Day("2026-10-01")!])
        #expect(archive.audit.map { "\($0.caseID) \($0.from ?? "-") \($0.to)" } == ["C000003 - OM001", "C000001 OM006 OM005"])
        #expect(archive.availability.map { "\($0.entry.officerID) \($0.entry.kind.rawValue) \($0.fromFile)" } == [
            "OM003 absence true", "OM004 reduction true", "OM002 absence false", "OM005 reduction false",
        ])
        #expect(archive.notices.map(\.officerID) == ["OM001"])
        #expect(try store.months().map(\.description) == ["2026-10", "2026-11"])
        let november = try #require(try store.snapshot(of: Month("2026-11")!))
        #expect(november.unallocated == 2)
        #expect(november.officers.first { $0.officer.id == "OM005" }?.workload.cases == archive.force.cases.count { $0.officerID == "OM005" })
    }

    @Test("the kept counts still match the cases, and the force takes new work", arguments: Backend.available)
    func keepsWorking(backend: Backend) throws {
        let (database, store) = try Self.released(backend)
        defer { withExtendedLifetime(database) {} }
        let day = Day("2026-11-20")!
        #expect(try store.currentSnapshot(asOf: day).officers.map(\.workload) == MonthSnapshot(force: try store.loadForce(), asOf: day).officers.map(\.workload))
        let request = AllocationRequest(caseID: "C000005", from: nil, to: "OM001", by: "DS Lee", reason: nil, override: false, note: nil)
        let entries = try store.allocate([request], limits: .standard, on: day, at: "2026-11-20T10:00:00Z")
        #expect(entries.map { $0.to } == ["OM001"])
        #expect(try store.audit(.caseID("C000005")).count == 1)
        #expect(try store.unallocatedCases().map(\.id) == ["C000004"])
    }
}
