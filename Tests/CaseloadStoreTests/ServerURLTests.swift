import CaseloadStore
import Testing

@Suite("URLs as shown")
struct ServerURLTests {
    @Test("a password is hidden however the URL spells its key, and nothing else is touched", arguments: [
        ("postgresql://om:SECRET@127.0.0.1:5432/force", "postgresql://om:***@127.0.0.1:5432/force"),
        ("postgresql://om@h/force?password=SECRET", "postgresql://om@h/force?password=***"),
        ("postgresql://om@h/force?pass%77ord=SECRET", "postgresql://om@h/force?password=***"),
        ("postgresql://om@h/force?PASSWORD=SECRET&sslmode=require", "postgresql://om@h/force?password=***&sslmode=require"),
        ("postgresql://om@h/force?%70assword=SECRET", "postgresql://om@h/force?password=***"),
        ("postgresql://om@h/force?passwordx=1", "postgresql://om@h/force?passwordx=1"),
    ])
    func hidden(url: String, shown: String) {
        #expect(ServerURL.withoutPassword(url) == shown)
    }

    @Test("what starts like a URL", arguments: [
        ("postgresq://x", true), ("postgres:db", true), ("mysql://x", true), ("a+b.c-d:x", true), ("force.sqlite", false),
        ("./postgres:db", false), ("/tmp/a:b", false), ("1x:y", false), ("", false),
    ])
    func urlLike(value: String, expected: Bool) {
        #expect(ServerURL.looksLikeURL(value) == expected)
    }
}
