/// Decodes officers.csv, then cases.csv a chunk at a time, so that an importer can write the first cases while later
/// ones are still being read; the import is valid only if `failure` is nil once every chunk has been handed over.
public struct StreamingDecoder: Sendable {
    public let officersFile: String
    public let casesFile: String
    private let officerBytes: [UInt8]
    private let caseBytes: [UInt8]
    private var log = IssueLog(cap: ForceDecoder.issueCap)
    /// The officer ids; nil until officers.csv is read, or when it is unreadable.
    private var officerIDs: IDTable<Officer>?

    public init(officersFile: String, officers: [UInt8], casesFile: String, cases: [UInt8]) {
        self.officersFile = officersFile
        self.casesFile = casesFile
        officerBytes = officers
        caseBytes = cases
    }

    /// The valid officers, or nil when officers.csv has no usable header; call before `cases`.
    public mutating func officers() -> [Officer]? {
        var lines: [OfficerID: Int] = [:]
        let officers = ForceDecoder.decodeOfficers(file: officersFile, bytes: officerBytes, knownIDs: &lines, log: &log)
        officerIDs = officers == nil ? nil : IDTable(ids: Array(lines.keys))
        return officers
    }

    /// Hands the valid cases to `emit`, `chunk` at a time, in file order.
    public mutating func cases(chunk: Int, emit: ([Case]) -> Void) {
        ForceDecoder.decodeCases(
            file: casesFile, bytes: caseBytes, officerIDs: officerIDs, officersFile: officersFile, log: &log, chunk: chunk,
            emit: emit)
    }

    /// Both files decoded whole: the force only if both are entirely valid.
    public mutating func decodeAll() -> Result<Force, ImportFailure> {
        let officers = officers()
        var cases: [Case] = []
        cases.reserveCapacity(caseBytes.count / 48)
        self.cases(chunk: 4096) { cases.append(contentsOf: $0) }
        guard let officers, log.isEmpty else { return .failure(log.failure) }
        return .success(Force(officers: officers, cases: cases))
    }

    /// Everything wrong with the files so far; nil when nothing is.
    public var failure: ImportFailure? { log.isEmpty ? nil : log.failure }
}
