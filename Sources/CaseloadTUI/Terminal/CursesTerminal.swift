import CNcurses
import Foundation

/// The real terminal, through ncursesw: the only code in caseload that calls the C library.
@MainActor
public final class CursesTerminal: Terminal {
    /// Why the dashboard cannot start on this terminal.
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case dumbTerminal
        case unknownTerminal(String)

        public var description: String {
            switch self {
            case .notATerminal:
                "the dashboard needs a terminal, and standard output is not one; for reports use `caseload flags` or `caseload export`"
            case .dumbTerminal:
                "the dashboard needs a terminal that can move the cursor, and TERM is dumb or unset; for reports use `caseload flags`"
            case .unknownTerminal(let name):
                "the terminal type \(name.escapedForDisplay) is not known to this system (TERM); try TERM=xterm-256color"
            }
        }
    }

    private let screen: OpaquePointer
    private var previous: Canvas?
    private var theme: Theme = .monochrome
    private var stopped = false
    /// Whether the terminal can show colour.
    public let hasColour: Bool

    /// Takes over the terminal: checks it can, sets the locale for UTF-8, cbreak, no echo, keypad, mouse; a fatal
    /// signal from then on gives the terminal back before the process dies.
    public init(environment: [String: String]) throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { throw StartError.notATerminal }
        let name = environment["TERM"] ?? ""
        guard !name.isEmpty, name != "dumb" else { throw StartError.dumbTerminal }
        _ = caseload_setlocale()
        Self.receiveSignals()
        caseload_restore_terminal_on_fatal_signals()
        guard let screen = newterm(name, caseload_stdout(), caseload_stdin()) else { throw StartError.unknownTerminal(name) }
        self.screen = screen
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(caseload_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        _ = mousemask(caseload_mouse_mask(), nil)
        mouseinterval(0)
        hasColour = has_colors()
        if hasColour {
            start_color()
            use_default_colors()
            init_pair(1, Int16(COLOR_RED), -1)
            init_pair(2, Int16(COLOR_YELLOW), -1)
            init_pair(3, Int16(COLOR_GREEN), -1)
            init_pair(4, Int16(COLOR_CYAN), -1)
            init_pair(5, Int16(COLOR_BLACK), Int16(COLOR_CYAN))
            init_pair(6, Int16(COLOR_WHITE), Int16(COLOR_BLUE))
        }
    }

    /// Unblocks SIGWINCH, SIGTSTP and SIGCONT, which a parent may have blocked, so ncurses hears every resize and
    /// Ctrl-Z suspends (ncurses gives the terminal back, and takes it again on `fg`).
    private static func receiveSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for number in [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&signals, number) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Gives the terminal back and stops the process until `fg`, then draws everything again: Ctrl-Z read as a key.
    public func suspend() {
        endwin()
        raise(SIGTSTP)
        invalidate()
        wrefresh(caseload_stdscr())
    }

    /// Uses the theme's attributes from now on.
    public func use(_ theme: Theme) {
        self.theme = theme
        previous = nil
    }

    public var size: (width: Int, height: Int) { (Int(caseload_cols()), Int(caseload_lines())) }

    public func present(_ canvas: Canvas) {
        let window = caseload_stdscr()
        let sameSize = previous.map { $0.width == canvas.width && $0.height == canvas.height } ?? false
        if !sameSize { wclear(window) }
        for row in 0..<canvas.height {
            if sameSize, let previous, (0..<canvas.width).allSatisfy({ previous.cell(row: row, column: $0) == canvas.cell(row: row, column: $0) }) {
                continue
            }
            var column = 0
            while column < canvas.width {
                let style = canvas.cell(row: row, column: column).style
                var text = ""
                let start = column
                while column < canvas.width, canvas.cell(row: row, column: column).style == style {
                    text += canvas.cell(row: row, column: column).text
                    column += 1
                }
                wattrset(window, Int32(bitPattern: attributes(for: style)))
                if row == canvas.height - 1 && column == canvas.width {
                    _ = mvwaddstr(window, Int32(row), Int32(start), String(text.dropLast()))
                } else {
                    _ = mvwaddstr(window, Int32(row), Int32(start), text)
                }
            }
        }
        wattrset(window, Int32(bitPattern: caseload_a_normal()))
        wrefresh(window)
        previous = canvas
    }

    public func invalidate() {
        clearok(caseload_stdscr(), true)
        previous = nil
    }

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        let window = caseload_stdscr()
        wtimeout(window, Int32(timeoutMilliseconds))
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return special(Int32(character)) }
        switch character {
        case 10, 13: return .enter
        case 27: return escapeOrIgnoredSequence(window)
        case 8, 127: return .backspace
        case 9: return .tab
        case 1...26: return .control(Character(UnicodeScalar(UInt8(character + 96))))
        default:
            guard let scalar = UnicodeScalar(UInt32(character)) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Esc, or nothing for a sequence the terminal description does not know: after ESC, a `[` or `O` that is
    /// already waiting starts such a sequence, read to its final byte and dropped, so it is never taken for Esc and
    /// the keys after it. Any other key already waiting is put back and read next.
    private func escapeOrIgnoredSequence(_ window: UnsafeMutablePointer<WINDOW>?) -> Key? {
        wtimeout(window, 0)
        var next: wint_t = 0
        let result = wget_wch(window, &next)
        guard result != ERR else { return .escape }
        guard result != KEY_CODE_YES, next == 91 || next == 79 else {
            if result == KEY_CODE_YES { ungetch(Int32(next)) } else { unget_wch(wchar_t(next)) }
            return .escape
        }
        var count = 0
        while count < 32, wget_wch(window, &next) != ERR {
            count += 1
            if (64...126).contains(next) { break }
        }
        return nil
    }

    private func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_RESIZE: return .resize
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if event.bstate & caseload_button4() != 0 { return .scrollUp }
            if event.bstate & caseload_button5() != 0 { return .scrollDown }
            return .click(row: Int(event.y), column: Int(event.x))
        default:
            for number in 1...12 where code == caseload_key_f(Int32(number)) { return .function(number) }
            return nil
        }
    }

    private func attributes(for style: Style) -> attr_t {
        if theme.usesColour && hasColour {
            switch style {
            case .normal: return caseload_a_normal()
            case .title: return caseload_color_pair(6) | caseload_a_bold()
            case .header: return caseload_color_pair(4) | caseload_a_bold()
            case .over: return caseload_color_pair(1) | caseload_a_bold()
            case .near: return caseload_color_pair(2)
            case .within: return caseload_color_pair(3)
            case .muted: return caseload_a_dim()
            case .selected: return caseload_color_pair(5)
            case .key: return caseload_color_pair(4) | caseload_a_bold()
            }
        }
        switch style {
        case .normal, .near, .within: return caseload_a_normal()
        case .title: return caseload_a_reverse() | caseload_a_bold()
        case .header: return caseload_a_bold() | caseload_a_underline()
        case .over, .key: return caseload_a_bold()
        case .muted: return caseload_a_dim()
        case .selected: return caseload_a_reverse()
        }
    }

    /// Gives the terminal back as it was; safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        endwin()
        delscreen(screen)
        caseload_release_fatal_signals()
    }
}
