/// Where a key is pressed, for the key table: a kind of screen, or a dialog or prompt over it.
public enum ScreenKind: String, Sendable, Hashable, CaseIterable {
    case officers, officer, queue, suggest, transfer, plan, rebalance, whatIf, notice, monthly, ahead, help
    /// A question to confirm a change.
    case confirm
    /// The list of what a change just did, closed by any key.
    case done
    /// A choice from the list of reasons.
    case reason
    /// A line of text being typed: a search or a filter.
    case prompt
    /// A list of teams to choose from, narrowed as you type.
    case teams
}
