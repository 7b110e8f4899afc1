@testable import CaseloadPostgres
import Testing

/// Whether caseload warns that a force crosses the network unencrypted: never for this machine, always for another.
@Suite("Warning of an unencrypted connection to a server")
struct PostgresTransportTests {
    @Test("another machine without TLS is warned of; TLS, a Unix socket or this machine is not", arguments: [
        ("db.force.police.uk", false, true),
        ("10.20.0.5", false, true),
        ("db.force.police.uk", true, false),
        ("/var/run/postgresql", false, false),
        ("localhost", false, false),
        ("127.0.0.1", false, false),
        ("::1", false, false),
    ])
    func warning(host: String, tls: Bool, warned: Bool) {
        let warning = PostgresStore.transportWarning(host: host, tls: tls, server: "postgresql://sgt.jones@\(host)/caseload")
        #expect((warning != nil) == warned)
        if let warning { #expect(warning.contains("sslmode=verify-full") && warning.contains(host)) }
    }
}
