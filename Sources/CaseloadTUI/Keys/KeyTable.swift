/// One key binding: the keys, what they do, where, and how the bottom bar and Help describe them.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// The keys as Help and the bottom bar write them: "↑ k".
    public let label: String
    public let action: Action
    public let help: String
    /// Where the binding works.
    public let screens: KeyScope
    /// Whether the bottom bar shows it (Help shows all).
    public let inBar: Bool
    /// A shorter word for the bottom bar.
    public let barWord: String

    public func applies(to screen: ScreenKind) -> Bool { screens.contains(screen) }
}

/// The keys that work wherever they make sense, whatever the screen: moving, opening, going back, searching,
/// applying what a screen proposes, help, and the keys of dialogs and prompts. They name no screen, only the traits
/// a screen declares (`ScreenKind.Traits`). A screen's own keys, and the keys that open it, are declared beside it
/// (`OfficersScreen.keys`, `QueueScreen.opening`); `KeyMap` puts them all in one order for the key handling, the
/// bottom bars and Help.
public enum KeyTable {
    static let lists = KeyScope.screens(.list)
    static let choosing: Set<ScreenKind> = [.reason, .teams]
    static let typing: Set<ScreenKind> = [.prompt, .teams]

    /// Moving in a list or a dialog, opening, going back and quitting.
    static let moving: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑ k", action: .up, help: "move up", screens: lists, inBar: false, barWord: ""),
        KeyBinding(keys: [.down, .character("j")], label: "↓ j", action: .down, help: "move down", screens: lists, inBar: false, barWord: ""),
        KeyBinding(keys: [.up], label: "↑", action: .up, help: "the item above", screens: .on(choosing), inBar: true, barWord: "up"),
        KeyBinding(keys: [.down], label: "↓", action: .down, help: "the item below", screens: .on(choosing), inBar: true, barWord: "down"),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: .pageUp, help: "page up", screens: lists, inBar: false, barWord: ""),
        KeyBinding(keys: [.pageDown, .character(" ")], label: "PgDn Space", action: .pageDown, help: "page down", screens: lists, inBar: false, barWord: ""),
        KeyBinding(keys: [.home, .character("g")], label: "Home g", action: .top, help: "first row", screens: lists, inBar: false, barWord: ""),
        KeyBinding(keys: [.end, .character("G")], label: "End G", action: .bottom, help: "last row", screens: lists, inBar: false, barWord: ""),
        KeyBinding(
            keys: [.enter], label: "Enter", action: .open, help: "open the selected row (officer, case, allocation, transfer, a proposed change's reasons)",
            screens: .screens(.opens), inBar: true, barWord: "open"),
        KeyBinding(keys: [.escape], label: "Esc", action: .back, help: "back; on Officers, clear the search, filter and team", screens: lists, inBar: true, barWord: "back"),
        KeyBinding(keys: [.character("q")], label: "q", action: .quit, help: "quit from Officers; back from any other screen", screens: lists, inBar: true, barWord: "quit"),
    ]

    /// Searching the list shown.
    static let searching: [KeyBinding] = [
        KeyBinding(keys: [.character("/")], label: "/", action: .search, help: "search by name or id, as you type", screens: .screens(.searchable), inBar: true, barWord: "search"),
        KeyBinding(keys: [.character("n")], label: "n", action: .searchNext, help: "next match", screens: .screens(.searchable), inBar: false, barWord: ""),
        KeyBinding(keys: [.character("N")], label: "N", action: .searchPrevious, help: "previous match", screens: .screens(.searchable), inBar: false, barWord: ""),
    ]

    /// Applying what a screen proposes.
    static let applying: [KeyBinding] = [
        KeyBinding(keys: [.character("a")], label: "a", action: .apply, help: "apply the plan or rebalance shown, start the cover of an officer away, or give the notice shown, after you confirm", screens: .screens(.applies), inBar: true, barWord: "apply"),
    ]

    /// Help, the terminal's own keys, and the keys of dialogs and prompts.
    static let dialogs: [KeyBinding] = [
        KeyBinding(keys: [.character("?"), .function(1)], label: "? F1", action: .help, help: "this help", screens: lists, inBar: true, barWord: "help"),
        KeyBinding(keys: [.control("l")], label: "Ctrl-L", action: .redraw, help: "redraw the screen", screens: .everywhere, inBar: false, barWord: ""),
        KeyBinding(keys: [.control("z")], label: "Ctrl-Z", action: .suspend, help: "suspend to the shell; fg comes back", screens: .everywhere, inBar: false, barWord: ""),
        KeyBinding(keys: [.character("y"), .character("Y")], label: "y", action: .yes, help: "yes: make the change", screens: [.confirm], inBar: true, barWord: "yes"),
        KeyBinding(keys: [.character("n"), .character("N"), .escape, .character("q")], label: "n Esc", action: .no, help: "no: change nothing", screens: [.confirm], inBar: true, barWord: "no"),
        KeyBinding(keys: [.enter], label: "Enter", action: .choose, help: "choose the selected item; keep the text typed", screens: .on(choosing.union(typing)), inBar: true, barWord: "choose"),
        KeyBinding(keys: [.escape], label: "Esc", action: .no, help: "cancel", screens: .on(choosing.union(typing)), inBar: true, barWord: "cancel"),
        KeyBinding(keys: [.backspace], label: "Backspace", action: .deleteCharacter, help: "delete the last character", screens: .on(typing), inBar: false, barWord: ""),
        KeyBinding(keys: [.control("u")], label: "Ctrl-U", action: .clearText, help: "clear the text typed", screens: .on(typing), inBar: true, barWord: "clear"),
        KeyBinding(keys: [.enter, .escape, .character(" ")], label: "any", action: .no, help: "any key closes the list shown: what was just done, or why a case goes where it does", screens: [.done], inBar: true, barWord: "key closes this"),
        KeyBinding(keys: [.function(1)], label: "F1", action: .help, help: "help, leaving the dialog or prompt", screens: [.confirm, .reason, .teams, .prompt, .done], inBar: true, barWord: "help"),
    ]

    /// The action a key has on a screen, if any, from `bindings` in their order.
    static func action(for key: Key, on screen: ScreenKind, in bindings: [KeyBinding]) -> Action? {
        for binding in bindings where binding.applies(to: screen) && binding.keys.contains(key) {
            if case .sortBy = binding.action, case .character(let character) = key, let column = character.wholeNumberValue {
                return .sortBy(column)
            }
            return binding.action
        }
        return nil
    }

    /// The bottom bar for a screen, dialog or prompt from `bindings`: its keys and what they do, in their order.
    static func bar(for screen: ScreenKind, in bindings: [KeyBinding]) -> [(label: String, word: String)] {
        bindings.filter { $0.inBar && $0.applies(to: screen) }.map { (String($0.label.split(separator: " ")[0]), $0.barWord) }
    }
}
