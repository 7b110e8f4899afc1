import CaseloadCore
import Foundation
import Testing

/// Every input in fuzz/corpus, including each crash the fuzzer ever found, keeps the import's invariants.
@Suite("Fuzz corpus", .tags(.slow))
struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = root.appendingPathComponent("fuzz/corpus")

    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test("the corpus holds the seeds and every crash found so far")
    func corpusIsThere() {
        #expect(Self.inputs.count >= 10)
    }

    @Test("each keeps the reader's and the decoder's invariants", arguments: inputs)
    func keepsInvariants(input: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(input)))
        #expect(ImportInvariants.violation(in: bytes) == nil)
    }

    @Test("a short fuzz run of each target (the import, and the command line's dates, months and paths), seeded alike every time, breaks no invariant")
    func shortRun() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-fuzz-\(UUID().uuidString).log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil), "made the file the process writes to")
        defer { try? FileManager.default.removeItem(at: log) }
        let run = Process()
        run.executableURL = Self.root.appendingPathComponent("fuzz/run.sh")
        run.arguments = ["--runs", "3000"]
        run.standardOutput = try FileHandle(forWritingTo: log)
        run.standardError = run.standardOutput
        try run.run()
        run.waitUntilExit()
        let output = try String(contentsOf: log, encoding: .utf8)
        #expect(run.terminationStatus == 0, "\(output)")
        #expect(output.components(separatedBy: "number_of_executed_units: 3000").count == 3, "both targets ran: \(output)")
    }

    @Test("no scalar of the Basic Multilingual Plane stays raw once escaped for display")
    func escapingLeavesNothingRaw() {
        let scalars = (0..<0x1_0000).compactMap(Unicode.Scalar.init)
        let raw = scalars.filter(ImportInvariants.isRaw)
        #expect(raw.count == 65 + 5 + 7 + 10 + 1)
        let escaped = String(String.UnicodeScalarView(scalars)).escapedForDisplay
        #expect(!escaped.unicodeScalars.contains(where: ImportInvariants.isRaw))
    }
}
