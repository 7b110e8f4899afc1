import CaseloadStore
import GRDB
import Testing

/// SQLite's failures, told in words a supervisor can act on.
@Suite("SQLite failures explained")
struct StoreErrorTests {
    @Test("each failure a disk, a lock or a damaged file gives has its own explanation", arguments: [
        (ResultCode.SQLITE_FULL, StoreError.diskFull),
        (.SQLITE_IOERR_WRITE, .ioError(detail: "disk I/O error")),
        (.SQLITE_BUSY, .busy), (.SQLITE_LOCKED, .busy),
        (.SQLITE_READONLY_DBMOVED, .readOnly), (.SQLITE_PERM, .readOnly),
        (.SQLITE_CORRUPT, .damaged(detail: "database disk image is malformed")),
    ])
    func explained(code: ResultCode, expected: StoreError) {
        let message: String? = switch expected {
        case .ioError(let detail), .damaged(let detail): detail
        default: nil
        }
        #expect(StoreError(sqliteFailure: DatabaseError(resultCode: code, message: message)) == expected)
    }

    @Test("other errors are left for the caller", arguments: [ResultCode.SQLITE_CONSTRAINT, .SQLITE_MISUSE])
    func notExplained(code: ResultCode) {
        #expect(StoreError(sqliteFailure: DatabaseError(resultCode: code)) == nil)
        #expect(StoreError(sqliteFailure: CancellationError()) == nil)
    }
}
