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
/// With `replacing` false, a file already at the path is left as it is and the write fails ("File exists").
public func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool = true) throws(FileWriteError) {
    let folder = parentFolder(of: path)
    let temporary = (folder.isEmpty ? "." : folder) + "/.caseload-\(UUID().uuidString).tmp"
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
