import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// `caseload import`: validate both files, then replace the force in one transaction.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Validate officers.csv and cases.csv, then replace the current force with them.",
        discussion: "Nothing is written unless both files are entirely valid. The month of --as-of gets a snapshot for the monthly view."
    )

    @Option(help: ArgumentHelp("The officers file.", valueName: "file")) var officers: String
    @Option(help: ArgumentHelp("The cases file.", valueName: "file")) var cases: String
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day the files describe, YYYY-MM-DD (default today).", valueName: "date"))
    var asOf: String?
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let day = try asOf.map { try parseDay($0, option: "--as-of") } ?? Day.today()
        let decoding = try ImportFiles.decoder(officers: officers, cases: cases)
        let existed = FileManager.default.fileExists(atPath: database.path)
        let summary: ImportSummary
        do {
            let store = try database.openForWriting()
            summary = try withStore { try store.importForce(decoding, asOf: day) }
        } catch {
            if !existed {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
            }
            throw error
        }
        print("Imported \(formatCount(summary.officers)) officers and \(formatCount(summary.cases)) cases (\(formatCount(summary.unallocated)) unallocated) as of \(day) into \(database.path.escapedForDisplay); recorded the \(day.calendarMonth) snapshot.")
    }
}
