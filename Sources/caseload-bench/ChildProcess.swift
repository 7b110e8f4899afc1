import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// This program run again with other arguments, so that each measurement has a process, and a peak memory, of its own.
enum ChildProcess {
    /// What the child left behind: its exit status and its peak resident memory in bytes.
    struct Outcome {
        let status: Int32
        let peakBytes: Int
    }

    static func run(_ arguments: [String]) throws -> Outcome {
        let executable = try selfPath()
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, nil, nil, argv, environ)
        guard spawned == 0 else { throw BenchFailure("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchFailure("lost the measuring process: \(String(cString: strerror(errno)))") }
        }
        let exited = status & 0x7f == 0
        return Outcome(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), peakBytes: usage.ru_maxrss * 1024)
    }

    private static func selfPath() throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { throw BenchFailure("cannot find this program's own path") }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
