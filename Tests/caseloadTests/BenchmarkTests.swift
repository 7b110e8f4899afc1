import Foundation
import Testing

/// The benchmark at a tiny size: only that it runs and reports every work; its times are not checked here.
@Suite("The benchmark executable", .tags(.slow))
struct BenchmarkTests {
    @Test("a tiny run measures every work, prints both tables and writes JSON with a sample for each")
    func tinyRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("stdout.txt")
        #expect(FileManager.default.createFile(atPath: output.path, contents: nil), "made the file the process writes to")
        let json = folder.appendingPathComponent("results.json")

        let process = Process()
        process.executableURL = CaseloadProcess.binary.deletingLastPathComponent().appendingPathComponent("caseload-bench")
        process.arguments = [
            "--scale", "0.001", "--sizes", "200,400", "--repetitions", "2", "--data", folder.appendingPathComponent("data").path,
            "--json", json.path,
        ]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let table = try String(contentsOf: output, encoding: .utf8)
        for title in [
            "import and validate CSV", "figures for every officer, as flags reads them", "first frame of the dashboard, from opening the database",
            "key to frame: scroll", "key to frame: search as you type", "suggest for one case (best 10, with reasons)", "plan for the whole queue, from opening the database",
            "allocate one case (checked, audited, figures updated)", "monthly export, HTML",
        ] {
            #expect(table.contains(title), "the table lacks \(title)")
        }
        #expect(table.contains("How cost grows"))
        #expect(table.contains("sizes scaled by 0.001"))

        struct Entry: Decodable {
            let work: String
            let cases: Int
            let medianSeconds: Double
            let peakBytes: Int
            let samples: [Double]
        }
        struct Document: Decodable {
            let budgets: [Entry]
            let scaling: [Entry]
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let document = try decoder.decode(Document.self, from: Data(contentsOf: json))
        #expect(document.budgets.count == 19)
        #expect(Set(document.budgets.map(\.work)).count == 19)
        #expect(document.scaling.count == 12)
        #expect(Set(document.scaling.map(\.cases)) == [200, 400])
        for entry in document.budgets + document.scaling {
            #expect(!entry.samples.isEmpty && entry.medianSeconds > 0, "\(entry.work) has no time")
            #expect(entry.peakBytes > 1_000_000, "\(entry.work) has no peak memory")
        }
    }
}
