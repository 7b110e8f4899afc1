import Foundation
import Testing

/// A disk that fills while caseload writes: a clear message, exit 2, and the database as it was.
@Suite("A full disk", .tags(.slow))
struct DiskFaultTests {
    @Test("an import that cannot grow the database is refused with exit 2 and leaves the force before")
    func importOnFullDisk() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let before = try DatabaseState(path: caseload.database)
        let next = try caseload.generate("next", officers: 200, cases: 20_000, seed: 5)
        let files = [caseload.database, caseload.database + "-wal"].filter { FileManager.default.fileExists(atPath: $0) }
        let sizes = try files.map { try FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int ?? 0 }
        let blocks = (sizes.max() ?? 0) / 512 + 200
        let result = try caseload.run(
            after: "trap '' XFSZ && ulimit -f \(blocks)", [CaseloadProcess.binary.path] + CaseloadProcess.importing(next, asOf: "2026-11-20"))
        #expect(result.status == 2)
        #expect(result.stderr == "caseload: the database could not be read or written (disk I/O error); nothing was changed; check that its disk has room and works\n")
        let after = try DatabaseState(path: caseload.database)
        #expect(after.damage.isEmpty)
        #expect(after == before)
    }
}
