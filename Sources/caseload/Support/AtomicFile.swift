import Foundation

/// Writes a file whole or not at all: a temporary file beside it, readable by its owner only, then renamed over it.
func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.caseload-\(UUID().uuidString).tmp"
    let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
        throw CommandFailure.environment("cannot write \(path): \(String(cString: strerror(errno)))")
    }
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
    guard !failed, rename(temporary, path) == 0 else {
        let reason = String(cString: strerror(errno))
        unlink(temporary)
        throw CommandFailure.environment("cannot write \(path): \(reason)")
    }
}
