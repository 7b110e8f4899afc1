import CaseloadCore
import Foundation

/// Reads officers.csv and cases.csv from disk and validates them into a force, touching no database.
public enum ImportFiles {
    /// The force the two files describe, or every issue found in them.
    public static func load(officers officersPath: String, cases casesPath: String) throws(ImportFailure) -> Force {
        var decoding = try decoder(officers: officersPath, cases: casesPath)
        return try decoding.decodeAll().get()
    }

    /// A decoder over both files' bytes, for `ForceStore.importForce`; throws when either cannot be read.
    public static func decoder(officers officersPath: String, cases casesPath: String) throws(ImportFailure) -> StreamingDecoder {
        var unreadable: [ImportIssue] = []
        let officerBytes = readBytes(officersPath, issues: &unreadable)
        let caseBytes = readBytes(casesPath, issues: &unreadable)
        guard let officerBytes, let caseBytes else {
            throw ImportFailure(issues: unreadable, total: unreadable.count)
        }
        return StreamingDecoder(officersFile: officersPath, officers: officerBytes, casesFile: casesPath, cases: caseBytes)
    }

    /// The absences and reductions availability.csv holds, checked against the officers in officers.csv.
    public static func availability(_ path: String, officers officersPath: String) throws(ImportFailure) -> [AvailabilityEntry] {
        var unreadable: [ImportIssue] = []
        let bytes = readBytes(path, issues: &unreadable)
        let officerBytes = readBytes(officersPath, issues: &unreadable)
        guard let bytes, let officerBytes else { throw ImportFailure(issues: unreadable, total: unreadable.count) }
        var officers = StreamingDecoder(officersFile: officersPath, officers: officerBytes, casesFile: "", cases: [])
        let ids = Set((officers.officers() ?? []).map(\.id))
        return try AvailabilityDecoder.decode(file: path, bytes: bytes, officersFile: officersPath, officerIDs: ids).get()
    }

    /// The largest file read: a national picture of a million cases is under 100 MB.
    public static let maximumFileBytes = 1_000_000_000

    /// The whole file as bytes, or nil with an issue saying why it cannot be read.
    ///
    /// Only a regular file is read, and only up to `maximumFileBytes`, so a device, a pipe or a huge file given by
    /// mistake is refused at once instead of being read for ever. It is opened without blocking, since opening a
    /// pipe with no writer would otherwise wait.
    static func readBytes(_ path: String, issues: inout [ImportIssue]) -> [UInt8]? {
        func refuse(_ message: String) -> [UInt8]? {
            issues.append(ImportIssue(file: path, line: 0, column: nil, message: message))
            return nil
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: return refuse("no such file")
            case EACCES, EPERM: return refuse("cannot be read: permission denied; check its permissions")
            default: return refuse("cannot be read: \(String(cString: strerror(errno)))")
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return refuse("cannot be read: \(String(cString: strerror(errno)))") }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return refuse("is a folder; give the path of a CSV file")
        default: return refuse("is not a regular file (a device, pipe or socket); give the path of a CSV file")
        }
        let size = Int(status.st_size)
        guard size <= maximumFileBytes else {
            return refuse("is \(formatCount(size / 1_000_000)) MB; caseload reads CSV files of at most \(formatCount(maximumFileBytes / 1_000_000)) MB")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                return count == 0 ? refuse("changed while it was being read; try again") : refuse("cannot be read: \(String(cString: strerror(errno)))")
            }
            filled += count
        }
        return bytes
    }
}
