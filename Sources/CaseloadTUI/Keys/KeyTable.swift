/// One key binding: the keys, what they do, where, and how the bottom bar and Help describe them.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// The keys as Help and the bottom bar write them: "↑ k".
    public let label: String
    public let action: Action
    public let help: String
    /// The screens where the binding works; nil for every screen.
    public let screens: Set<ScreenKind>?
    /// Whether the bottom bar shows it (Help shows all).
    public let inBar: Bool
    /// A shorter word for the bottom bar.
    public let barWord: String

    public func applies(to screen: ScreenKind) -> Bool { screens?.contains(screen) ?? true }
}

/// The one table of keys: it drives the key handling, the bottom bar of each screen and the Help screen.
public enum KeyTable {
    public static let sortableScreens: Set<ScreenKind> = [.officers]
    static let lists: Set<ScreenKind> = [.officers, .officer, .queue, .suggest, .monthly, .help]

    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑ k", action: .up, help: "move up", screens: lists, inBar: false, barWord: ""),
        KeyBinding(keys: [.down, .character("j")], label: "↓ j", action: .down, help: "move down", screens: lists, inBar: false, barWord: ""),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: .pageUp, help: "page up", screens: lists, inBar: false, barWord: ""),
        KeyBinding(keys: [.pageDown, .character(" ")], label: "PgDn Space", action: .pageDown, help: "page down", screens: lists, inBar: false, barWord: ""),
        KeyBinding(keys: [.home, .character("g")], label: "Home g", action: .top, help: "first row", screens: lists, inBar: false, barWord: ""),
        KeyBinding(keys: [.end, .character("G")], label: "End G", action: .bottom, help: "last row", screens: lists, inBar: false, barWord: ""),
        KeyBinding(keys: [.enter], label: "Enter", action: .open, help: "open the selected row (officer, case, allocation)", screens: [.officers, .queue, .suggest, .monthly], inBar: true, barWord: "open"),
        KeyBinding(keys: [.escape, .character("q")], label: "Esc q", action: .back, help: "back; quit from the Officers screen", screens: nil, inBar: true, barWord: "back"),
        KeyBinding(keys: [.character("/")], label: "/", action: .search, help: "search by name or id", screens: [.officers, .officer, .queue, .monthly], inBar: true, barWord: "search"),
        KeyBinding(keys: [.character("n")], label: "n", action: .searchNext, help: "next match", screens: [.officers, .officer, .queue, .monthly], inBar: false, barWord: ""),
        KeyBinding(keys: [.character("N")], label: "N", action: .searchPrevious, help: "previous match", screens: [.officers, .officer, .queue, .monthly], inBar: false, barWord: ""),
        KeyBinding(keys: [.character("\\")], label: "\\", action: .filter, help: "filter officers by text (empty to clear)", screens: [.officers], inBar: true, barWord: "filter"),
        KeyBinding(keys: [.character("t")], label: "t", action: .cycleTeam, help: "show one team, then the next, then all", screens: [.officers], inBar: true, barWord: "team"),
        KeyBinding(keys: [.character("!")], label: "!", action: .toggleFlagged, help: "show only flagged officers, or all", screens: [.officers], inBar: true, barWord: "flagged"),
        KeyBinding(keys: [.character(">")], label: ">", action: .sortNextColumn, help: "sort by the next column", screens: sortableScreens, inBar: false, barWord: ""),
        KeyBinding(keys: [.character("<")], label: "<", action: .sortPreviousColumn, help: "sort by the previous column", screens: sortableScreens, inBar: true, barWord: "sort"),
        KeyBinding(keys: (1...9).map { .character(Character(String($0))) }, label: "1-9", action: .sortBy(0), help: "sort by that column (numbered in the header)", screens: sortableScreens, inBar: false, barWord: ""),
        KeyBinding(keys: [.character("I")], label: "I", action: .sortReverse, help: "reverse the sort", screens: sortableScreens, inBar: false, barWord: ""),
        KeyBinding(keys: [.character("u")], label: "u", action: .queue, help: "the unallocated queue", screens: [.officers, .officer, .monthly], inBar: true, barWord: "queue"),
        KeyBinding(keys: [.character("m")], label: "m", action: .monthly, help: "the monthly performance view", screens: [.officers, .officer, .queue], inBar: true, barWord: "monthly"),
        KeyBinding(keys: [.character("e")], label: "e", action: .export, help: "export the monthly view as HTML and Markdown", screens: [.monthly], inBar: true, barWord: "export"),
        KeyBinding(keys: [.character("?"), .function(1)], label: "? F1", action: .help, help: "this help", screens: nil, inBar: true, barWord: "help"),
        KeyBinding(keys: [.control("l")], label: "Ctrl-L", action: .redraw, help: "redraw the screen", screens: nil, inBar: false, barWord: ""),
    ]

    /// The action a key has on a screen, if any.
    public static func action(for key: Key, on screen: ScreenKind) -> Action? {
        for binding in bindings where binding.applies(to: screen) && binding.keys.contains(key) {
            if case .sortBy = binding.action, case .character(let character) = key, let column = character.wholeNumberValue {
                return .sortBy(column)
            }
            return binding.action
        }
        return nil
    }

    /// The bottom bar for a screen: its keys and what they do, in table order.
    public static func bar(for screen: ScreenKind) -> [(label: String, word: String)] {
        bindings.filter { $0.inBar && $0.applies(to: screen) }.map { (String($0.label.split(separator: " ")[0]), $0.barWord) }
    }
}
