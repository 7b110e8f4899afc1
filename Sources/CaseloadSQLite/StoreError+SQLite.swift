import CaseloadStore
import GRDB

extension StoreError {
    /// What an SQLite failure means for the person running caseload; nil for any other error.
    public init?(sqliteFailure error: any Error) {
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_FULL: self = .diskFull
        case .SQLITE_IOERR: self = .ioError(detail: error.message ?? "disk I/O error")
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy
        case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .damaged(detail: error.message ?? "malformed")
        default: return nil
        }
    }

    /// What any SQLite failure means: the known ones in their own words, the audit log's triggers as a refusal, and
    /// anything else by its code, never by SQLite's message.
    public init(databaseError error: DatabaseError) {
        if let known = StoreError(sqliteFailure: error) {
            self = known
        } else if error.resultCode == .SQLITE_CONSTRAINT, error.message?.contains("append-only") == true {
            self = .appendOnly
        } else {
            self = .failed(code: Int(error.extendedResultCode.rawValue))
        }
    }
}
