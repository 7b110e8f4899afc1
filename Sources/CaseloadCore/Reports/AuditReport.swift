/// What `caseload audit` prints: the allocation history, newest first.
public struct AuditReport: Sendable {
    public let entries: [AuditEntry]

    public init(entries: [AuditEntry]) { self.entries = entries }

    public func table() -> String {
        guard !entries.isEmpty else { return "No allocations recorded yet. (Importing a force is not an allocation.)\n" }
        var table = TextTable(columns: [.init("AT"), .init("CASE"), .init("FROM"), .init("TO"), .init("BY"), .init("REASON"), .init("OVERRIDE")])
        for entry in entries {
            table.append([
                entry.at, entry.caseID, entry.from ?? "(queue)", entry.to, entry.by,
                entry.reason.flatMap(AllocationReason.init(rawValue:))?.words ?? entry.reason ?? "", entry.override ? "yes" : "",
            ])
        }
        return table.rendered()
    }

    public func json() -> String {
        JSON.object([
            ("entries", .array(entries.map { entry in
                .object([
                    ("case_id", .string(entry.caseID)),
                    ("from", entry.from.map(JSON.string) ?? .null),
                    ("to", .string(entry.to)),
                    ("at", .string(entry.at)),
                    ("by", .string(entry.by)),
                    ("reason", entry.reason.map(JSON.string) ?? .null),
                    ("override", .bool(entry.override)),
                ])
            })),
        ]).rendered()
    }
}
