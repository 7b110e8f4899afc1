import CaseloadCore
import Foundation

/// Why a file could not be written, with its path.
public struct FileWriteError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes a file whole or not at all: a temporary file beside it, readable by its owner only, flushed, then renamed over it.
///
/// With `replacing` false, a file already at the path is left as it is and the write fails ("File exists"). Temporary
/// files that a killed caseload left in the folder are removed first (`removeStaleTemporaryFiles`).
public func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool = true) throws(FileWriteError) {
    let folder = parentFolder(of: path).isEmpty ? "." : parentFolder(of: path)
    removeStaleTemporaryFiles(in: folder)
    let temporary = folder + "/\(temporaryPrefix)\(getpid())-\(UUID().uuidString).tmp"
    let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw FileWriteError(path: path, reason: String(cString: strerror(errno))) }
    var written = 0
    let failed = bytes.withUnsafeBytes { buffer -> Bool in
        while written < buffer.count {
            let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            if result < 0 { return true }
            written += result
        }
        return fsync(descriptor) != 0
    }
    close(descriptor)
    guard !failed, replacing ? rename(temporary, path) == 0 : link(temporary, path) == 0 else {
        let reason = String(cString: strerror(errno))
        unlink(temporary)
        throw FileWriteError(path: path, reason: reason)
    }
    if !replacing { unlink(temporary) }
}

/// How a temporary file of `writeAtomically` is named before the writing process's id.
let temporaryPrefix = ".caseload-"

/// Removes this user's temporary files of `writeAtomically` in a folder whose process has gone: a caseload killed
/// between writing and renaming. A file named without a process id (an older caseload's) goes once an hour old.
public func removeStaleTemporaryFiles(in folder: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(temporaryPrefix) && name.hasSuffix(".tmp") {
        let path = folder + "/" + name
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == getuid() else { continue }
        let owner = name.dropFirst(temporaryPrefix.count).split(separator: "-").first.flatMap { pid_t($0) }
        let gone: Bool
        if let owner {
            gone = owner != getpid() && kill(owner, 0) != 0 && errno == ESRCH
        } else {
            gone = Double(time(nil) - status.st_mtim.tv_sec) > 3_600
        }
        if gone { unlink(path) }
    }
}
