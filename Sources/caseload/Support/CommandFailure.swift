import CaseloadCore
import CaseloadStore

/// A command that could not do its work, with the message for the supervisor and the exit status.
struct CommandFailure: Error {
    let message: String
    let status: Int32

    /// Bad input or a refused action: exit 1.
    static func refused(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 1) }

    /// A usage or environment problem: exit 2.
    static func environment(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 2) }
}

/// Runs store work, printing the store's own sentences: a refused allocation is exit 1, a store failure exit 2.
func withStore<T>(_ work: () throws -> T) throws -> T {
    do {
        return try work()
    } catch let error as AllocationError {
        throw CommandFailure.refused(error.description)
    } catch let error as StoreError {
        throw CommandFailure.environment(error.description)
    }
}
