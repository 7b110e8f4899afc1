/// Every key in one order: the global keys of `KeyTable` with each screen's own, as the key handling, the bottom
/// bars and Help read them. A screen with keys of its own declares them beside itself and is listed here once.
enum KeyMap {
    static let bindings: [KeyBinding] =
        KeyTable.moving + OfficerScreen.keys + KeyTable.goingTo + KeyTable.searching + OfficersScreen.keys + KeyTable.proposing
        + MonthlyScreen.keys + KeyTable.dialogs

    /// The action a key has on a screen, dialog or prompt, if any.
    static func action(for key: Key, on screen: ScreenKind) -> Action? { KeyTable.action(for: key, on: screen, in: bindings) }

    /// The bottom bar for a screen, dialog or prompt: its keys and what they do, in this order.
    static func bar(for screen: ScreenKind) -> [(label: String, word: String)] { KeyTable.bar(for: screen, in: bindings) }
}
