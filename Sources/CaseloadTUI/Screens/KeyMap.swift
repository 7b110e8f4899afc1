/// Every screen and every key, registered once: the screens the dashboard has, and the global keys of `KeyTable`
/// with each screen's own in the one order the key handling, the bottom bars and Help read them.
///
/// A new screen is its file, declaring its kind, its keys and the keys that open it, and its lines here.
enum KeyMap {
    /// Every screen the dashboard has.
    static let screens: [any ScreenDefinition.Type] = [
        OfficersScreen.self, OfficerScreen.self, QueueScreen.self, SuggestScreen.self, TransferScreen.self, PlanScreen.self,
        RebalanceScreen.self, WhatIfScreen.self, NoticeScreen.self, MonthlyScreen.self, AheadScreen.self, HelpScreen.self,
    ]

    static let bindings: [KeyBinding] =
        KeyTable.moving + OfficerScreen.keys
        + QueueScreen.opening + MonthlyScreen.opening + AheadScreen.opening + PlanScreen.opening + RebalanceScreen.opening
        + KeyTable.searching + OfficersScreen.keys + WhatIfScreen.opening + KeyTable.applying + MonthlyScreen.keys + KeyTable.dialogs

    /// The action a key has on a screen, dialog or prompt, if any.
    static func action(for key: Key, on screen: ScreenKind) -> Action? { KeyTable.action(for: key, on: screen, in: bindings) }

    /// The bottom bar for a screen, dialog or prompt: its keys and what they do, in this order.
    static func bar(for screen: ScreenKind) -> [(label: String, word: String)] { KeyTable.bar(for: screen, in: bindings) }

    /// The kinds a binding works on, as Help lists them; nil for everywhere.
    static func kinds(_ scope: KeyScope) -> Set<ScreenKind>? {
        switch scope {
        case .everywhere: nil
        case .on(let kinds): kinds
        case .screens: Set(screens.map { $0.kind }.filter(scope.contains))
        }
    }
}

extension Screen {
    /// The screen of a kind that needs nothing more to show, such as the queue or the monthly view; nil for a kind
    /// that shows one officer or case, or is a dialog.
    init?(_ kind: ScreenKind) {
        guard let screen = KeyMap.screens.first(where: { $0.kind == kind })?.wholeForceScreen else { return nil }
        self = screen
    }
}

extension ScreenDefinition {
    /// `wholeForce` on the stack.
    static var wholeForceScreen: Screen? { wholeForce.map { Screen($0) } }
}
