// Compiled twice: into these tests, and with Core's sources into the fuzzer (fuzz/run.sh), where there is no
// CaseloadCore module to import because Core's code is part of the fuzzer's own module.
#if canImport(CaseloadCore)
import CaseloadCore
#endif

/// What must hold for any bytes at all given to the CSV reader and the import decoder; the fuzzer and the tests share it.
enum ImportInvariants {
    /// The byte that splits a fuzz input into officers.csv and cases.csv (ASCII record separator).
    static let separator: UInt8 = 0x1E

    /// A valid officers.csv, used when an input has no separator, so the fuzzer reaches the cases with officers to match.
    static let officers = Array("""
        officer_id,name,team,fte,mosovo,approved_premises,da_specialist,status
        OM1,Aisha Khan,North,1,trained,no,yes,active
        OM2,Ben Walker,North,0.5,awaiting,no,no,leave

        """.utf8)

    /// The first invariant the input breaks, described; nil when all hold.
    static func violation(in input: [UInt8]) -> String? {
        if let broken = readerViolation(in: input) { return "reader: " + broken }
        let officerBytes: [UInt8]
        let caseBytes: [UInt8]
        if let split = input.firstIndex(of: separator) {
            officerBytes = Array(input[..<split])
            caseBytes = Array(input[(split + 1)...])
        } else {
            officerBytes = officers
            caseBytes = input
        }
        return decoderViolation(officers: officerBytes, cases: caseBytes).map { "decoder: " + $0 }
    }

    /// Records come in line order, within the reader's limits, trimmed and free of NUL; problems have real lines.
    static func readerViolation(in bytes: [UInt8]) -> String? {
        var reader = CSVReader(bytes: bytes)
        let lastLine = bytes.count(where: { $0 == UInt8(ascii: "\n") }) + 1
        var previousLine = 0
        while let record = reader.next() {
            guard record.line > previousLine, record.line <= lastLine else { return "record on line \(record.line) after \(previousLine)" }
            previousLine = record.line
            guard record.fields.count <= CSVReader.maximumFields else { return "\(record.fields.count) fields on line \(record.line)" }
            for field in record.fields {
                guard field.line >= record.line, field.line <= lastLine else { return "field on line \(field.line) in record \(record.line)" }
                let value = Array(field.value.utf8)
                guard value.count <= CSVReader.maximumFieldBytes else { return "a \(value.count)-byte value on line \(field.line)" }
                guard !value.contains(0) else { return "a NUL kept on line \(field.line)" }
                let trimmable: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
                guard value.first.map({ !trimmable.contains($0) }) ?? true, value.last.map({ !trimmable.contains($0) }) ?? true else {
                    return "an untrimmed value on line \(field.line)"
                }
            }
        }
        for problem in reader.takeProblems() where problem.line < 1 || problem.line > lastLine {
            return "a problem on line \(problem.line) of \(lastLine)"
        }
        return nil
    }

    /// Decoding whole and in chunks agree; a force holds only consistent data and reads back the same once written;
    /// a failure has issues within the cap, and never a raw control character in its message.
    static func decoderViolation(officers: [UInt8], cases: [UInt8]) -> String? {
        let whole = ForceDecoder.decode(officersFile: "officers.csv", officers: officers, casesFile: "cases.csv", cases: cases)
        var streaming = StreamingDecoder(officersFile: "officers.csv", officers: officers, casesFile: "cases.csv", cases: cases)
        let streamedOfficers = streaming.officers()
        var streamedCases: [Case] = []
        streaming.cases(chunk: 3) { streamedCases.append(contentsOf: $0) }
        switch whole {
        case .success(let force):
            guard streaming.failure == nil, streamedOfficers == force.officers, streamedCases == force.cases else {
                return "streaming in chunks of 3 disagrees with decoding whole"
            }
            return forceViolation(force)
        case .failure(let failure):
            guard let streamed = streaming.failure, streamed.description == failure.description else {
                return "streaming in chunks of 3 reports other issues than decoding whole"
            }
            guard !failure.issues.isEmpty, failure.issues.count <= ForceDecoder.issueCap, failure.total >= failure.issues.count else {
                return "\(failure.issues.count) issues of \(failure.total)"
            }
            if let raw = failure.description.unicodeScalars.first(where: { isRaw($0) && $0 != "\n" }) {
                return "U+\(String(raw.value, radix: 16)) raw in the message \(failure.description.debugDescription)"
            }
            return nil
        }
    }

    private static func forceViolation(_ force: Force) -> String? {
        let officerIDs = Set(force.officers.map(\.id))
        guard officerIDs.count == force.officers.count else { return "duplicate officer ids accepted" }
        guard Set(force.cases.map(\.id)).count == force.cases.count else { return "duplicate case ids accepted" }
        guard force.officers.allSatisfy({ !$0.id.isEmpty && !$0.name.isEmpty && !$0.team.isEmpty }) else { return "an empty required officer field" }
        guard force.cases.allSatisfy({ !$0.id.isEmpty && !$0.team.isEmpty }) else { return "an empty required case field" }
        guard force.cases.allSatisfy({ $0.officerID.map(officerIDs.contains) ?? true }) else { return "a case held by an unknown officer" }
        let again = ForceDecoder.decode(
            officersFile: "officers.csv", officers: ForceEncoder.officersCSV(force.officers),
            casesFile: "cases.csv", cases: ForceEncoder.casesCSV(force.cases))
        guard case .success(let reread) = again else { return "the written force is refused on reading: \(again)" }
        guard reread == force else { return "the written force reads back differently" }
        return nil
    }

    /// Whether a scalar would act on a terminal or hide text (C0, DEL, C1, bidirectional and zero-width formatting).
    static func isRaw(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true
        default: false
        }
    }
}
