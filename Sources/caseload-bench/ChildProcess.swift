import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// This program run again with other arguments, so that each measurement has a process, and a peak memory, of its own.
///
/// The child reads its own peak from /proc: a spawned child's `ru_maxrss` starts from the parent's.
enum ChildProcess {
    /// Runs the arguments to completion and returns the exit status (128 + the signal when killed).
    static func run(_ arguments: [String]) throws -> Int32 {
        try wait(for: start(arguments))
    }

    /// Starts the arguments in a child process and returns its id, without waiting for it.
    static func start(_ arguments: [String]) throws -> pid_t {
        let executable = try selfPath()
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, nil, nil, argv, environ)
        guard spawned == 0 else { throw BenchFailure("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        return pid
    }

    /// Waits for a child `start` began and returns its exit status (128 + the signal when killed).
    static func wait(for pid: pid_t) throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchFailure("lost the measuring process: \(String(cString: strerror(errno)))") }
        }
        let exited = status & 0x7f == 0
        return exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    private static func selfPath() throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { throw BenchFailure("cannot find this program's own path") }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// This process's peak resident memory in bytes (VmHWM), which starts afresh at exec.
func peakResidentBytes() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) * 1024
}
