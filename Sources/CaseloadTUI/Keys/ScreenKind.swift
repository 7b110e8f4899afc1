/// Where a key is pressed, for the key table: a kind of screen, or a dialog or prompt over it.
///
/// Each screen declares its kind in its own file, with the traits the global keys ask about (Enter opens its rows,
/// `a` applies what it proposes); the kinds of the dialogs and the prompt are here, as the key table names them.
public struct ScreenKind: Hashable, Sendable, CustomStringConvertible {
    /// What a screen offers that the global keys act on.
    public struct Traits: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// A list to move in, page, leave and ask Help from: every screen.
        public static let list = Traits(rawValue: 1 << 0)
        /// Enter opens the selected row.
        public static let opens = Traits(rawValue: 1 << 1)
        /// `a` applies what the screen proposes, after a confirmation.
        public static let applies = Traits(rawValue: 1 << 2)
        /// `/`, `n` and `N` search its rows.
        public static let searchable = Traits(rawValue: 1 << 3)
        /// `<`, `>` and `I` sort it.
        public static let sortable = Traits(rawValue: 1 << 4)
        /// It closes once the change it asked for is made: its ranking or proposal no longer holds.
        public static let closesWhenDone = Traits(rawValue: 1 << 5)
    }

    /// The name Help shows in its "where" column: "officers", "whatIf".
    public let name: String
    public let traits: Traits

    public init(_ name: String, _ traits: Traits = []) {
        self.name = name
        self.traits = traits
    }

    public var description: String { name }

    public static func == (left: ScreenKind, right: ScreenKind) -> Bool { left.name == right.name }

    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension ScreenKind {
    /// A question to confirm a change.
    public static let confirm = ScreenKind("confirm")
    /// A list to read, closed by any key: what a change just did, or why a proposal places a case.
    public static let done = ScreenKind("done")
    /// A choice from the list of reasons.
    public static let reason = ScreenKind("reason")
    /// A line of text being typed: a search or a filter.
    public static let prompt = ScreenKind("prompt")
    /// A list of teams to choose from, narrowed as you type.
    public static let teams = ScreenKind("teams")
}

/// Where a key binding works.
public enum KeyScope: Sendable, ExpressibleByArrayLiteral {
    /// On every screen, dialog and prompt.
    case everywhere
    /// On these screens, dialogs or prompts.
    case on(Set<ScreenKind>)
    /// On every screen with all these traits.
    case screens(ScreenKind.Traits)

    public init(arrayLiteral kinds: ScreenKind...) { self = .on(Set(kinds)) }

    public func contains(_ kind: ScreenKind) -> Bool {
        switch self {
        case .everywhere: true
        case .on(let kinds): kinds.contains(kind)
        case .screens(let traits): kind.traits.isSuperset(of: traits)
        }
    }
}
