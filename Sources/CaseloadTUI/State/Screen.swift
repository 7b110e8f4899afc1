import CaseloadCore

/// One screen on the stack, with what it shows.
public enum Screen: Hashable, Sendable {
    case officers
    case officer(id: OfficerID)
    case queue
    case suggest(caseID: CaseID)
    /// Officers ranked to take over a case from the officer who holds it.
    case transfer(caseID: CaseID, from: OfficerID)
    case plan
    case rebalance
    /// That officer away: the cases needing cover and the cover plan; nothing changes unless applied.
    case whatIf(officerID: OfficerID)
    /// The written notice to the officer, as they would read it; `a` gives it.
    case notice(officerID: OfficerID)
    case monthly
    /// The weeks ahead: releases, endings, reviews and each officer's caseload to come; each team's forecast.
    case ahead
    case help

    /// The screen of a kind that needs nothing more to show, such as the queue or the monthly view; nil for a kind
    /// that shows one officer or case, or is a dialog.
    public init?(_ kind: ScreenKind) {
        switch kind {
        case .officers: self = .officers
        case .queue: self = .queue
        case .plan: self = .plan
        case .rebalance: self = .rebalance
        case .monthly: self = .monthly
        case .ahead: self = .ahead
        case .help: self = .help
        case .officer, .suggest, .transfer, .whatIf, .notice, .confirm, .done, .reason, .prompt, .teams: return nil
        }
    }

    public var kind: ScreenKind {
        switch self {
        case .officers: .officers
        case .officer: .officer
        case .queue: .queue
        case .suggest: .suggest
        case .transfer: .transfer
        case .plan: .plan
        case .rebalance: .rebalance
        case .whatIf: .whatIf
        case .notice: .notice
        case .monthly: .monthly
        case .ahead: .ahead
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

    /// For a question to confirm a change: what `y` does, and the question.
    public var confirmation: (effect: Effect, summary: String)? {
        switch self {
        case .confirm(let requests, let summary): (.allocate(requests), summary)
        case .confirmCover(let requests, let summary): (.cover(requests), summary)
        case .confirmAvailability(let entry, let summary): (.recordAvailability(entry), summary)
        case .confirmNotice(let officerID, let summary): (.giveNotice(officerID: officerID), summary)
        case .reason, .teams, .done: nil
        }
    }

    /// Where the dialog's keys are looked up in the key table.
    public var kind: ScreenKind {
        switch self {
        case .confirm, .confirmCover, .confirmAvailability, .confirmNotice: .confirm
        case .done: .done
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
    public var stack: [Page] = [Page(screen: .officers)]
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

    public init(supervisor: String?) { self.supervisor = supervisor }

    public var page: Page {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }
}
