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

    @Test("any other failure leaves the store as a sentence with SQLite's code, never SQLite's own text", arguments: [
        ResultCode.SQLITE_CONSTRAINT, .SQLITE_MISUSE, .SQLITE_ERROR,
    ])
    func otherFailures(code: ResultCode) {
        #expect(StoreError(sqliteFailure: DatabaseError(resultCode: code)) == nil)
        #expect(StoreError(sqliteFailure: CancellationError()) == nil)
        let error = StoreError(databaseError: DatabaseError(resultCode: code, message: "near \"SELEC\": syntax error in sqlite_master"))
        #expect(error == .failed(code: Int(code.rawValue)))
        #expect(!error.description.contains("sqlite") && !error.description.contains("SELEC"))
        #expect(error.description.hasSuffix("nothing was changed"))
    }

    @Test("the audit log's triggers come out as a refusal in words")
    func appendOnly() {
        let trigger = DatabaseError(resultCode: .SQLITE_CONSTRAINT_TRIGGER, message: "the allocation audit log is append-only")
        #expect(StoreError(databaseError: trigger) == .appendOnly)
        #expect(StoreError.appendOnly.description == "the audit log is append-only: its rows are never changed or deleted; nothing was changed")
    }
}
