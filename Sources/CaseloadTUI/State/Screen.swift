import CaseloadCore

/// The kinds of screen, for the key table.
public enum ScreenKind: String, Sendable, Hashable {
    case officers, officer, queue, suggest, monthly, help
}

/// One screen on the stack, with what it shows.
public enum Screen: Hashable, Sendable {
    case officers
    case officer(id: String)
    case queue
    case suggest(caseID: String)
    case monthly
    case help

    public var kind: ScreenKind {
        switch self {
        case .officers: .officers
        case .officer: .officer
        case .queue: .queue
        case .suggest: .suggest
        case .monthly: .monthly
        case .help: .help
        }
    }
}

/// A screen on the stack and where its list stands.
public struct Page: Hashable, Sendable {
    public var screen: Screen
    public var selected = 0
    public var top = 0

    public init(screen: Screen) { self.screen = screen }
}

/// How the Officers list is sorted and filtered.
public struct OfficerListSettings: Hashable, Sendable {
    public var sortColumn: OfficerColumnKind = .cases
    public var descending = true
    public var filterText = ""
    public var team: String?
    public var flaggedOnly = false

    public init() {}
}

/// A line of text being typed at the bottom of the screen.
public struct Prompt: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable { case search, filter }
    public var purpose: Purpose
    public var text: String
}

/// A question over the screen that must be answered before anything else.
public enum Dialog: Hashable, Sendable {
    /// Allocate? y or n.
    case confirm(AllocationRequest, summary: String)
    /// Which reason for overriding a hard rule.
    case reason(caseID: String, officerID: String, rules: [HardRule], selected: Int)
}

/// Work the reducer asks the dashboard to do outside the state.
public enum Effect: Hashable, Sendable {
    case allocate(AllocationRequest)
    case export(Month)
    case redraw
    case quit
}

/// Everything the dashboard shows that is not data: the screen stack, the list settings, prompts and dialogs.
public struct AppState: Hashable, Sendable {
    public var stack: [Page] = [Page(screen: .officers)]
    public var officerList = OfficerListSettings()
    public var prompt: Prompt?
    public var dialog: Dialog?
    public var lastSearch = ""
    public var message: String?
    /// Who is at the keyboard, for the audit log; nil when neither --by, $USER, $LOGNAME nor the login name says.
    public var supervisor: String?
    /// Rows of list shown at the current size, for paging.
    public var visibleRows = 10
    /// Columns at the current size, for clicks on the header.
    public var terminalWidth = 80

    public init(supervisor: String?) { self.supervisor = supervisor }

    public var page: Page {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }
}
