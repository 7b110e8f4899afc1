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

    public init(columns: [Column]) { self.columns = columns }

    /// Adds a row; every cell is escaped for display.
    public mutating func append(_ cells: [String]) {
        rows.append(cells.map(\.escapedForDisplay))
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
