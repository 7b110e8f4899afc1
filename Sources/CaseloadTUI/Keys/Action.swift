/// Something a key asks the dashboard to do.
public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    case open, back
    case search, searchNext, searchPrevious
    case filter, cycleTeam, toggleFlagged
    case sortNextColumn, sortPreviousColumn, sortReverse, sortBy(Int)
    case queue, monthly, help
    case export
    case redraw
}
