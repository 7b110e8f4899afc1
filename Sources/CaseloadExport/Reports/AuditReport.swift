import CaseloadCore

/// What `caseload audit` prints: the whole audit trail, newest first.
public struct AuditReport: Sendable {
    public let entries: [AuditEntry]

    public init(entries: [AuditEntry]) { self.entries = entries }

    public func table() -> String {
        guard !entries.isEmpty else { return "Nothing recorded yet.\n" }
        var table = TextTable(columns: [
            .init("AT"), .init("WHAT"), .init("CASE"), .init("OFFICER"), .init("FROM"), .init("TO"), .init("BY"), .init("REASON"),
            .init("RULES OVERRIDDEN"), .init("NOTE"),
        ])
        for entry in entries {
            let concernsACase = !entry.caseID.isEmpty
            table.append([
                entry.at, entry.kind.words, entry.caseID.text, entry.officerID?.text ?? "", concernsACase ? entry.from?.text ?? "(queue)" : "", entry.to.text, entry.by,
                entry.reason.flatMap(AllocationReason.init(rawValue:))?.words ?? entry.reason ?? "", Self.overridden(entry), entry.note ?? "",
            ])
        }
        return table.rendered()
    }

    /// The rules an override broke, in a few words; "yes" for an override recorded before the rules were kept.
    static func overridden(_ entry: AuditEntry) -> String {
        guard entry.override else { return "" }
        guard !entry.rulesOverridden.isEmpty else { return "yes (rules not recorded)" }
        return entry.rulesOverridden.map { HardRule(rawValue: $0)?.shortWords ?? $0 }.joined(separator: ", ")
    }

    public func json() -> String {
        JSON.object([
            ("entries", .array(entries.map { entry in
                .object([
                    ("kind", .string(entry.kind.rawValue)),
                    ("case_id", entry.caseID.isEmpty ? .null : .id(entry.caseID)),
                    ("officer_id", .id(entry.officerID)),
                    ("from", .id(entry.from)),
                    ("to", entry.to.isEmpty ? .null : .id(entry.to)),
                    ("at", .string(entry.at)),
                    ("by", .string(entry.by)),
                    ("reason", entry.reason.map(JSON.string) ?? .null),
                    ("override", .bool(entry.override)),
                    ("rules_overridden", .array(entry.rulesOverridden.map(JSON.string))),
                    ("note", entry.note.map(JSON.string) ?? .null),
                ])
            })),
        ]).rendered()
    }
}
