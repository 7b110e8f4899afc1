/// A key or other event from the terminal, named for what it is rather than its byte codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab
    case function(Int)
    /// A click at a screen position (row, column from 0).
    case click(row: Int, column: Int)
    case scrollUp, scrollDown
    case resize
}

/// Where screens are shown and keys come from: ncurses for people, memory for tests and benchmarks.
@MainActor
public protocol Terminal: AnyObject {
    /// Columns and rows now.
    var size: (width: Int, height: Int) { get }
    /// Shows the canvas, drawing only what changed.
    func present(_ canvas: Canvas)
    /// Clears the screen and draws everything again on the next `present` (Ctrl-L).
    func invalidate()
    /// The next key, or nil when none came within the timeout.
    func nextKey(timeoutMilliseconds: Int) -> Key?
    /// Gives the terminal back and stops the process, as Ctrl-Z does, until the shell's `fg`; then draws everything again.
    func suspend()
}

/// A terminal in memory: keys are queued by the test, and the last canvas shown can be read back as text.
@MainActor
public final class MemoryTerminal: Terminal {
    public var size: (width: Int, height: Int)
    public private(set) var presented: Canvas?
    public private(set) var presentCount = 0
    public var keys: [Key] = []

    public init(width: Int, height: Int) { size = (width, height) }

    public func present(_ canvas: Canvas) {
        presented = canvas
        presentCount += 1
    }

    public func invalidate() {}

    public func suspend() {}

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }
}
