import CaseloadCore
import Foundation

/// Reads officers.csv and cases.csv from disk and validates them into a force, touching no database.
public enum ImportFiles {
    /// The force the two files describe, or every issue found in them.
    public static func load(officers officersPath: String, cases casesPath: String) throws(ImportFailure) -> Force {
        var decoding = try decoder(officers: officersPath, cases: casesPath)
        return try decoding.decodeAll().get()
    }

    /// A decoder over both files' bytes, for `SQLiteStore.importForce`; throws when either cannot be read.
    public static func decoder(officers officersPath: String, cases casesPath: String) throws(ImportFailure) -> StreamingDecoder {
        var unreadable: [ImportIssue] = []
        let officerBytes = readBytes(officersPath, issues: &unreadable)
        let caseBytes = readBytes(casesPath, issues: &unreadable)
        guard let officerBytes, let caseBytes else {
            throw ImportFailure(issues: unreadable, total: unreadable.count)
        }
        return StreamingDecoder(officersFile: officersPath, officers: officerBytes, casesFile: casesPath, cases: caseBytes)
    }

    /// The whole file as bytes, or nil with an issue saying why it cannot be read.
    static func readBytes(_ path: String, issues: inout [ImportIssue]) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            issues.append(ImportIssue(file: path, line: 0, column: nil, message: "no such file"))
            return nil
        }
        guard !isDirectory.boolValue else {
            issues.append(ImportIssue(file: path, line: 0, column: nil, message: "is a folder; give the path of a CSV file"))
            return nil
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            issues.append(ImportIssue(file: path, line: 0, column: nil, message: "cannot be read; check its permissions"))
            return nil
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            issues.append(ImportIssue(file: path, line: 0, column: nil, message: "cannot be read: \(error.localizedDescription)"))
            return nil
        }
    }
}
