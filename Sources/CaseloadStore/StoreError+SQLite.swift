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
}
