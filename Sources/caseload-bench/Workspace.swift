import CaseloadCore
import CaseloadSQLite
import CaseloadStore
import Foundation

/// The folder of generated forces, each kept as CSV files and as an imported database, made once and reused.
struct Workspace {
    let folder: String
    /// The day the generated forces describe; every measurement runs as of it.
    static let today = ForceGenerator.defaultReferenceDay
    static let seed: UInt64 = 20_261_122

    /// The force's officers.csv and cases.csv, generated with the product's own generator when missing.
    func files(for size: ForceSize) throws -> (officers: String, cases: String) {
        let base = try forceFolder(size)
        let officers = base + "/officers.csv"
        let cases = base + "/cases.csv"
        if !FileManager.default.fileExists(atPath: cases) {
            let force = ForceGenerator(officers: size.officers, cases: size.cases, unallocated: size.unallocated, seed: Self.seed).generate()
            try Data(ForceEncoder.officersCSV(force.officers)).write(to: URL(fileURLWithPath: officers), options: .atomic)
            try Data(ForceEncoder.casesCSV(force.cases)).write(to: URL(fileURLWithPath: cases), options: .atomic)
        }
        return (officers, cases)
    }

    /// An availability.csv of one row for every five cases (200,000 at a million) for the force's officers, made once:
    /// for each officer in turn an absence of a week and a reduction of 0.2 for the week after, the next pair a month
    /// later, so that none clash.
    func availability(for size: ForceSize) throws -> String {
        let rows = max(2, size.cases / 5)
        let path = try forceFolder(size) + "/availability-\(rows).csv"
        guard !FileManager.default.fileExists(atPath: path) else { return path }
        let officersText = try String(contentsOfFile: try files(for: size).officers, encoding: .utf8)
        let ids = officersText.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
        var text = "officer_id,kind,from,to,fraction,reason\n"
        let start = Self.today.adding(days: -3_650)
        for row in 0..<rows {
            let officer = ids[row / 2 % ids.count]
            let from = start.adding(days: row / 2 / ids.count * 30 + (row % 2) * 7)
            text += row % 2 == 0
                ? "\(officer),absence,\(from),\(from.adding(days: 6)),,annual leave\n"
                : "\(officer),reduction,\(from),\(from.adding(days: 6)),0.2,phased return\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        return path
    }

    /// A database holding the force, imported when missing and opened once so that any new migration has run before
    /// it is measured; callers that write must work on a copy. Closing folds the WAL back, so the file alone is whole.
    func database(for size: ForceSize) throws -> String {
        let path = try forceFolder(size) + "/force.sqlite"
        if !FileManager.default.fileExists(atPath: path) {
            let (officers, cases) = try files(for: size)
            let building = path + ".building"
            try? FileManager.default.removeItem(atPath: building)
            do {
                let store = try SQLiteStore.open(path: building)
                _ = try store.importForce(ImportFiles.decoder(officers: officers, cases: cases), asOf: Self.today, availability: nil)
            }
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: building + suffix) }
            try FileManager.default.moveItem(atPath: building, toPath: path)
        }
        _ = try SQLiteStore.open(path: path)
        return path
    }

    /// A fresh path for a database a measurement creates or changes; removed with its WAL by `discard`.
    func scratch(_ name: String) throws -> String {
        let folder = folder + "/scratch"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        discard(path)
        return path
    }

    /// Removes a database file and its WAL and shared-memory files.
    func discard(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    private func forceFolder(_ size: ForceSize) throws -> String {
        let path = folder + "/" + size.key
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
