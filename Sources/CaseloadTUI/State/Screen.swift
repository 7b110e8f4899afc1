import CaseloadCore

/// One screen on the stack: the value that draws it, holding what it shows.
public struct Screen: Hashable, Sendable {
    let definition: any ScreenDefinition

    init(_ definition: some ScreenDefinition) { self.definition = definition }

    public var kind: ScreenKind { type(of: definition).kind }

    public static func == (left: Screen, right: Screen) -> Bool { AnyHashable(left.definition) == AnyHashable(right.definition) }

    public func hash(into hasher: inout Hasher) { hasher.combine(AnyHashable(definition)) }
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
    public enum Purpose: Hashable, Sendable {
        case search, filter
        /// An absence or reduction for the officer, as `AvailabilityLine` reads it.
        case availability(officerID: OfficerID)
    }
    public var purpose: Purpose
    public var text: String
    /// Where the selection was when a search began, so Esc can put it back.
    public var startedAt = 0
}

/// A question over the screen that must be answered before anything else.
public enum Dialog: Hashable, Sendable {
    /// Make these allocations or transfers? y or n; the summary names the officers and says the effect.
    case confirm([AllocationRequest], summary: String)
    /// Which reason, from the list: for a transfer, or for overriding `rules`; then the confirmation.
    case reason(AllocationRequest, rules: [HardRule], summary: String, selected: Int)
    /// Which team to show: the teams whose names contain `filter`, one of them selected.
    case teams(filter: String, selected: Int)
    /// Start this cover? y or n.
    case confirmCover([CoverRequest], summary: String)
    /// Record this absence or reduction? y or n.
    case confirmAvailability(AvailabilityEntry, summary: String)
    /// Give this officer their notice? y or n.
    case confirmNotice(officerID: OfficerID, summary: String)
    /// What was just done, a line a change, shown until any key dismisses it.
    case done(summary: String, lines: [String])
    /// Why a proposal gives a case to whom it does, a reason a line, shown until any key dismisses it: the WHY that a
    /// narrow terminal cuts short.
    case reasons(summary: String, lines: [String])

    /// For a question to confirm a change: what `y` does, and the question.
    public var confirmation: (effect: Effect, summary: String)? {
        switch self {
        case .confirm(let requests, let summary): (.allocate(requests), summary)
        case .confirmCover(let requests, let summary): (.cover(requests), summary)
        case .confirmAvailability(let entry, let summary): (.recordAvailability(entry), summary)
        case .confirmNotice(let officerID, let summary): (.giveNotice(officerID: officerID), summary)
        case .reason, .teams, .done, .reasons: nil
        }
    }

    /// Where the dialog's keys are looked up in the key table.
    public var kind: ScreenKind {
        switch self {
        case .confirm, .confirmCover, .confirmAvailability, .confirmNotice: .confirm
        case .done, .reasons: .done
        case .reason: .reason
        case .teams: .teams
        }
    }
}

/// Work the reducer asks the dashboard to do outside the state.
public enum Effect: Hashable, Sendable {
    /// Make every change in one transaction, as the command line's allocate, plan --apply and rebalance --apply do.
    case allocate([AllocationRequest])
    /// Start cover of an away officer's cases, in one transaction, as `caseload cover --apply` does.
    case cover([CoverRequest])
    /// Record an absence or reduction, as `caseload absence` and `caseload reduction` do.
    case recordAvailability(AvailabilityEntry)
    /// Write the officer's notice into the export folder and record it, as `caseload notice --give` does.
    case giveNotice(officerID: OfficerID)
    case export(Month)
    case redraw
    case suspend
    case quit
}

/// Everything the dashboard shows that is not data: the screen stack, the list settings, prompts and dialogs.
public struct AppState: Hashable, Sendable {
    public var stack: [Page]
    public var officerList = OfficerListSettings()
    public var aheadOrder = AheadOrder()
    public var prompt: Prompt?
    public var dialog: Dialog?
    public var lastSearch = ""
    public var message: String?
    /// Set while the database cannot be reached: the figures shown are as they were, and nothing can be changed.
    /// Cleared by itself once a reload succeeds.
    public var unreachable: String?
    /// Who is at the keyboard, for the audit log; nil when neither --by, $USER, $LOGNAME nor the login name says.
    public var supervisor: String?
    /// Rows of list shown at the current size, for paging.
    public var visibleRows = 10
    /// Columns at the current size, for clicks on the header and the notice's lines.
    public var terminalWidth = 80
    /// How notices name the force, and its welfare line.
    public var wording = ForceWording()

    /// The state on the `home` screen, before any key.
    public init(home: Screen, supervisor: String?) {
        stack = [Page(screen: home)]
        self.supervisor = supervisor
    }

    public var page: Page {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }
}
