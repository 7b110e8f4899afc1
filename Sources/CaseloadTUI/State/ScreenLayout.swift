/// Where things sit on every screen, shared by the renderer and the reducer (for clicks and paging).
public enum ScreenLayout {
    /// The smallest terminal the dashboard draws in; below it, it asks to be enlarged.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public static let breadcrumbRow = 0
    /// The screen's own summary: the force figures, the officer, the case.
    public static let summaryRow = 1
    /// The screen's settings or a hint on the left, the list's counter on the right.
    public static let statusRow = 2
    public static let headerRow = 3
    public static let firstListRow = 4

    /// Rows of list that fit a terminal this tall: all but the top four and the message and key bars.
    public static func visibleRows(height: Int) -> Int { max(1, height - firstListRow - 2) }
}
