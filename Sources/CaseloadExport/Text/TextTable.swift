import CaseloadCore

/// A plain-text table for the command line: a header row and columns padded to their widest cell.
public struct TextTable: Sendable {
    /// A column's heading and whether its cells are right-aligned (numbers).
    public struct Column: Sendable {
        public var heading: String
        public var alignRight: Bool

        public init(_ heading: String, alignRight: Bool = false) {
            self.heading = heading
            self.alignRight = alignRight
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []
    /// The widest a cell may be in any column but the last, so that one hostile or mistaken value cannot push
    /// every other row of the table off the screen; the last column pads nothing, so it is never cut.
    public let maximumCellWidth: Int

    /// A table whose cells are cut at `maximumCellWidth` (40 unless the text is the program's own).
    public init(columns: [Column], maximumCellWidth: Int = 40) {
        self.columns = columns
        self.maximumCellWidth = maximumCellWidth
    }

    /// Adds a row; every cell is escaped for display, and cut to `maximumCellWidth` unless it is in the last column.
    public mutating func append(_ cells: [String]) {
        rows.append(cells.enumerated().map { index, cell in
            index == columns.count - 1 ? cell.escapedForDisplay : cell.escapedForDisplay.truncated(toWidth: maximumCellWidth)
        })
    }

    /// The table as lines joined by newlines, two spaces between columns, no trailing spaces.
    public func rendered() -> String {
        let widths = columns.indices.map { index in
            rows.reduce(columns[index].heading.displayWidth) { max($0, $1[index].displayWidth) }
        }
        func line(_ cells: [String]) -> String {
            var text = cells.enumerated().map { index, cell in
                cell.padded(toWidth: widths[index], alignRight: columns[index].alignRight)
            }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        return ([line(columns.map(\.heading))] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
