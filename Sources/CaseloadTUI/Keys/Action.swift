/// Something a key asks the dashboard to do.
public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    /// Enter: open the selected row.
    case open
    /// Esc: back; on the home screen, clear the search, filter, team and flagged-only.
    case back
    /// q: quit from the home screen, back from any other.
    case quit
    case search, searchNext, searchPrevious
    case filter, nextTeam, previousTeam, pickTeam, toggleFlagged
    case sortNextColumn, sortPreviousColumn, sortReverse, sortBy(Int)
    /// Go to a screen that shows the whole force (the queue, a plan, the monthly view), over the one in front.
    case go(ScreenKind)
    case whatIf, help
    /// c: the officer's cover plan. A: record an absence or reduction for them. L: their notice, a letter to them.
    case cover, recordAvailability, notice
    /// a: apply the plan or rebalance shown, after a confirmation.
    case apply
    case export
    case redraw
    case suspend
    /// In a dialog: yes, no, choose the selected item.
    case yes, no, choose
    /// In a prompt or the team picker: delete a character, clear the text.
    case deleteCharacter, clearText
}
