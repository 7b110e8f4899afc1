import CaseloadCore

/// A grid of styled cells that screens draw into; the in-memory screen the tests read and terminals copy out.
public struct Canvas: Sendable, Equatable {
    /// One cell: a character (or "" for the right half of a wide one) and its style.
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var style: Style
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(text: " ", style: .normal), count: self.width * self.height)
    }

    /// Writes text from a column, escaped for display, cut to `limit` columns; returns the column after it.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard row >= 0, row < height, column < width else { return column }
        let end = min(width, column + (limit ?? width))
        let fitted = text.escapedForDisplay.truncated(toWidth: max(0, end - column))
        var x = column
        for character in fitted {
            let characterWidth = String(character).displayWidth
            guard characterWidth > 0 else { continue }
            guard x + characterWidth <= end else { break }
            if x >= 0 {
                cells[row * width + x] = Cell(text: String(character), style: style)
                if characterWidth == 2 && x + 1 < width { cells[row * width + x + 1] = Cell(text: "", style: style) }
            }
            x += characterWidth
        }
        return x
    }

    /// Paints the style over a run of cells, keeping their text.
    public mutating func paint(row: Int, from column: Int, width count: Int, style: Style) {
        guard row >= 0, row < height else { return }
        for x in max(0, column)..<min(width, column + count) { cells[row * width + x].style = style }
    }

    /// Fills a row with spaces in one style.
    public mutating func clear(row: Int, style: Style = .normal) {
        guard row >= 0, row < height else { return }
        for x in 0..<width { cells[row * width + x] = Cell(text: " ", style: style) }
    }

    public func cell(row: Int, column: Int) -> Cell { cells[row * width + column] }

    /// The screen as text, one line per row, trailing spaces kept so the size shows.
    public var text: String {
        (0..<height).map { row in (0..<width).map { cells[row * width + $0].text }.joined() }.joined(separator: "\n")
    }

    /// The style of every cell, one letter each (see `Style`), for tests that check meaning, not colour.
    public var styleMap: String {
        (0..<height).map { row in String((0..<width).map { cells[row * width + $0].style.rawValue }) }.joined(separator: "\n")
    }
}
