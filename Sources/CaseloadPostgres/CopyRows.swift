import CaseloadCore

/// Rows in the text format of PostgreSQL's `COPY … FROM STDIN`: tab between values, newline after each row, `\N` for
/// NULL, and backslash, tab, newline and carriage return inside a value escaped.
enum CopyRows {
    /// Bytes of rows sent to the server at once.
    static let batchBytes = 1 << 20

    /// Copies the rows into `target` ("table (columns)") in batches.
    static func write(into target: String, _ rows: [[String?]], _ connection: PGConnection) throws {
        guard !rows.isEmpty else { return }
        try connection.copy("COPY \(target) FROM STDIN") { send in
            var buffer: [UInt8] = []
            for row in rows {
                append(row, to: &buffer)
                if buffer.count >= batchBytes {
                    try send(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            if !buffer.isEmpty { try send(buffer) }
        }
    }

    /// Appends one row.
    static func append(_ row: [String?], to buffer: inout [UInt8]) {
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            append(value, to: &buffer)
        }
        buffer.append(UInt8(ascii: "\n"))
    }

    /// Appends one value, escaped; `\N` for nil.
    static func append(_ value: String?, to buffer: inout [UInt8]) {
        guard let value else {
            buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")])
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\t"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "\n"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default: buffer.append(byte)
            }
        }
    }

    static func bool(_ value: Bool) -> String { value ? "t" : "f" }

    /// An officer's values, in the order of `StoreColumns.officers`, ids in NFC.
    static func values(_ officer: Officer) -> [String?] {
        [
            officer.id.precomposed, officer.name, officer.team, String(officer.fte.millionths), officer.mosovo.rawValue,
            bool(officer.approvedPremises), bool(officer.daSpecialist), officer.status.rawValue, officer.buddyID.precomposed,
            officer.mosovoCourseOn?.description,
        ]
    }

    /// The counts, in the order of `WorkloadCount`.
    static func values(_ workload: Workload) -> [String?] {
        WorkloadCount.allCases.map { String(workload[$0]) }
    }

    /// Appends a case at `position`, in the order of `StoreColumns.cases` after the position, ids in NFC.
    static func append(_ item: Case, at position: Int, to buffer: inout [UInt8]) {
        append(
            [
                String(position), item.id.precomposed, item.officerID.precomposed, item.team, item.risk.rawValue,
                item.mappa.map { String($0.category) }, item.mappa.map { String($0.level) }, item.location.rawValue,
                bool(item.domesticAbuse), item.allocatedOn?.description, item.previousOfficerID.precomposed,
            ], to: &buffer)
    }
}
