import CaseloadCore

/// The changes to the state that the reducer and the screens share: opening a screen, sorting the Officers list,
/// and checking that a change may be made now.
extension AppState {
    static let noSupervisor = "Who is allocating? $USER and $LOGNAME are unset: start again with --by NAME."

    /// Opens a screen over the one in front, unless it is the one in front.
    mutating func push(_ screen: Screen) {
        if page.screen != screen { stack.append(Page(screen: screen)) }
    }

    /// Sorts by a column number; the same column again reverses it. Numbers sort largest first, words A to Z.
    mutating func sort(by number: Int) {
        guard let column = OfficerColumnKind(rawValue: number) else { return }
        if officerList.sortColumn == column {
            officerList.descending.toggle()
        } else {
            officerList.sortColumn = column
            officerList.descending = ![.name, .team, .mosovo].contains(column)
        }
    }

    /// Who is making a change, when one may be made now; nil, with the reason said, while the cases are still loading,
    /// when there is nothing to do, or when no one is known to record it against.
    mutating func readyToChange(_ data: DashboardData, nothingToDo: Bool = false) -> String? {
        guard data.isComplete else {
            message = "Still loading every case; try again in a moment."
            return nil
        }
        guard !nothingToDo else {
            message = "Nothing to apply."
            return nil
        }
        guard let supervisor else {
            message = Self.noSupervisor
            return nil
        }
        return supervisor
    }
}

extension DashboardData {
    /// The teams whose names contain the text, in order, for the team picker.
    func teams(matching filter: String) -> [String] {
        let needle = filter.lowercased()
        return needle.isEmpty ? teams : teams.filter { $0.lowercased().contains(needle) }
    }

    /// What a confirmation says on the demo force, before anything is allocated: that nothing will be saved.
    var demoWarning: String {
        isDemo ? " This is the demo force: the allocation is not saved and is gone when you quit." : ""
    }
}
