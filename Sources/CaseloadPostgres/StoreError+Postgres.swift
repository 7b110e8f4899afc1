import CaseloadStore

extension StoreError {
    /// What a PostgreSQL failure means for the person running caseload, in words: never the server's own text.
    init(_ failure: PGFailure, server: String) {
        if failure.connecting {
            self = Self.connecting(failure, server: server)
            return
        }
        if failure.connectionLost {
            self = .serverGone(server: server)
            return
        }
        switch failure.sqlState ?? "" {
        case "42501": self = .notPermitted(server: server)
        case "25006": self = .readOnlySession(server: server)
        case "CL001": self = .appendOnly
        case "53100": self = .diskFull
        case "40001", "40P01": self = .serverClash(server: server)
        case "55P03", "57014": self = .timedOut(server: server)
        case "57P01", "57P02", "57P03": self = .serverGone(server: server)
        case let code where code.hasPrefix("08"): self = .serverGone(server: server)
        case "XX001", "XX002": self = .damaged(detail: "SQLSTATE \(failure.sqlState ?? "")")
        case let code: self = .serverFailed(sqlState: code.isEmpty ? "none" : code)
        }
    }

    /// Why a connection could not be made, from libpq's judgement and message (which is never shown).
    private static func connecting(_ failure: PGFailure, server: String) -> StoreError {
        let message = failure.message.lowercased()
        if failure.neededPassword || message.contains("authentication") || message.contains("password") || message.contains("no pg_hba.conf entry") {
            return .authenticationFailed(server: server)
        }
        if message.contains("database") && message.contains("does not exist") { return .noServerDatabase(server: server) }
        if message.contains("role") && message.contains("does not exist") { return .authenticationFailed(server: server) }
        if let service = failure.message.range(of: #"definition of service ""#).map({ failure.message[$0.upperBound...].prefix { $0 != "\"" } }) {
            return .noSuchService(server: server, service: String(service))
        }
        if message.contains("invalid") || message.contains("missing") || message.contains("unrecognized") || message.contains("forbidden value")
            || message.contains("percent-encoded")
        {
            return .badServerURL(server: server)
        }
        return .serverUnreachable(server: server)
    }
}

extension PostgresStore {
    /// Runs work, turning a libpq or server failure into the `StoreError` that says what it means.
    static func translatingErrors<T>(_ server: String, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let failure as PGFailure {
            throw StoreError(failure, server: server)
        }
    }
}
