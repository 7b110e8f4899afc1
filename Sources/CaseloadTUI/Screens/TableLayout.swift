/// One column of a table on screen: its heading, how wide its values are, and how long it stays as the screen narrows.
struct TableColumn {
    let heading: String
    /// Columns its values need; the column is never narrower than its heading, so a heading is never cut.
    let width: Int
    /// Lower stays longer: columns are dropped whole, highest first, when the screen is too narrow for them all.
    let priority: Int
    /// Takes the room the other columns leave, up to `maximum`.
    var flexible = false
    var maximum = Int.max
    var alignRight = false

    /// The width the column gets when it is not flexible: its values or its heading, whichever is wider.
    var fixedWidth: Int { max(width, heading.displayWidth) }
}

/// Which columns fit a width, and how wide each is: whole columns dropped by priority, never a heading cut.
struct TableLayout {
    /// The columns shown, in table order, as indices into the columns given, with their widths.
    let shown: [(index: Int, width: Int)]

    /// Fits the columns to `width` (a space before each): flexible columns first get their own width, then share
    /// what is left.
    static func fit(_ columns: [TableColumn], width: Int) -> TableLayout {
        var chosen = Set<Int>()
        var used = 0
        for index in columns.indices.sorted(by: { (columns[$0].priority, $0) < (columns[$1].priority, $1) }) {
            let need = columns[index].fixedWidth + 1
            guard used + need <= width else { continue }
            chosen.insert(index)
            used += need
        }
        var widths = Dictionary(uniqueKeysWithValues: chosen.map { ($0, columns[$0].fixedWidth) })
        var spare = width - used
        for index in chosen.sorted() where columns[index].flexible && spare > 0 {
            let grow = min(spare, columns[index].maximum - widths[index]!)
            if grow > 0 {
                widths[index]! += grow
                spare -= grow
            }
        }
        return TableLayout(shown: chosen.sorted().map { ($0, widths[$0]!) })
    }

    /// The column under a screen column, as an index into the columns given.
    func column(at x: Int) -> Int? {
        var start = 1
        for (index, width) in shown {
            if x >= start && x < start + width { return index }
            start += width + 1
        }
        return nil
    }
}
