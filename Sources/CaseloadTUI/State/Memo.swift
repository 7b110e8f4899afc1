import Foundation

/// One value worked out from the data and kept while its key stays the same, so that moving, scrolling and redrawing
/// do not sort or rank again. Lives and dies with its `DashboardData`.
final class Memo<Key: Equatable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: (key: Key, value: Value)?

    /// The value for `key`, worked out by `compute` only when the key changed.
    func value(for key: Key, compute: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let kept, kept.key == key { return kept.value }
        let value = compute()
        kept = (key, value)
        return value
    }
}
