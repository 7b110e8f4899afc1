import CaseloadCore

/// The parts around every screen: the breadcrumb, the status line and its counter, tables, the message or prompt
/// line, the key bar, dialogs.
enum Chrome {
    /// Columns kept free at the right of the status line for the list's counter, "1,234–1,256 of 25,000".
    static let counterWidth = 26

    static func drawBreadcrumb(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData) {
        canvas.clear(row: ScreenLayout.breadcrumbRow, style: .title)
        let trail = (["caseload"] + state.stack.map { $0.screen.definition.title(data) }).joined(separator: " › ")
        let limits = data.limits
        let right = "limits \(limits.maxCases)/\(formatFixedPoint(limits.maxHighRiskHundredths, places: 2))%  \(data.today) "
        let demo = data.isDemo ? " DEMO FORCE · not saved " : ""
        canvas.put(" " + trail, row: 0, column: 0, style: .title, limit: max(10, canvas.width - right.count - demo.count - 1))
        canvas.put(right, row: 0, column: canvas.width - right.count, style: .title)
        if data.isDemo { canvas.put(demo, row: 0, column: canvas.width - right.count - demo.count, style: .over) }
    }

    /// The screen's summary on the line under the breadcrumb.
    static func drawSummary(_ canvas: inout Canvas, _ text: String, style: Style = .header) {
        canvas.put(" " + text, row: ScreenLayout.summaryRow, column: 0, style: style)
    }

    /// The status line: the screen's settings or a hint on the left, never over the counter's place on the right.
    static func drawStatus(_ canvas: inout Canvas, _ text: String) {
        canvas.put(" " + text, row: ScreenLayout.statusRow, column: 0, style: .muted, limit: canvas.width - counterWidth - 1)
    }

    static func drawBottom(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData) {
        let messageRow = canvas.height - 2
        let barRow = canvas.height - 1
        if let prompt = state.prompt {
            let label = switch prompt.purpose {
            case .search: "Search: "
            case .filter: "Filter officers: "
            case .availability(let officerID): "Away or reduced, \(officerID): "
            }
            var hint = "  Enter keeps it, Esc cancels, Ctrl-U clears"
            var room = canvas.width - label.displayWidth - 40
            if case .availability = prompt.purpose {
                let guide = state.message ?? "e.g. " + AvailabilityLine.example + " (- for no end date)"
                canvas.clear(row: messageRow - 1, style: .header)
                canvas.put(" " + guide, row: messageRow - 1, column: 0, style: state.message == nil ? .header : .over)
                (hint, room) = ("", canvas.width - label.displayWidth - 2)
            }
            let end = canvas.put(label, row: messageRow, column: 0, style: .key)
            let text = prompt.text.displayWidth <= room ? prompt.text : "…" + String(prompt.text.suffix(max(0, room - 1)))
            let after = canvas.put(text, row: messageRow, column: end, limit: room)
            canvas.put("█", row: messageRow, column: after, style: .muted)
            if prompt.purpose == .search && !prompt.text.isEmpty {
                let matches = Search.matches(of: prompt.text, state, data).count
                hint = "  \(matches == 0 ? "no match" : "\(formatCount(matches)) match\(matches == 1 ? "" : "es")") · Enter keeps it, Esc cancels"
            }
            canvas.put(hint, row: messageRow, column: after + 1, style: .muted)
        } else if let message = state.message {
            canvas.put(message, row: messageRow, column: 0, style: .near)
        } else if let unreachable = state.unreachable {
            canvas.put(unreachable, row: messageRow, column: 0, style: .over)
        }
        canvas.clear(row: barRow, style: .muted)
        let kind = state.dialog?.kind ?? (state.prompt != nil ? .prompt : state.page.screen.kind)
        var column = 0
        for (label, word) in bar(KeyMap.bar(for: kind), width: canvas.width) {
            column = canvas.put(label, row: barRow, column: column, style: .key)
            column = canvas.put(" " + word + "  ", row: barRow, column: column, style: .muted)
        }
    }

    /// The bar's items that fit the width, always ending with help: items are dropped from the end of the rest.
    static func bar(_ items: [(label: String, word: String)], width: Int) -> [(label: String, word: String)] {
        let help = items.filter { $0.word == "help" }
        var rest = items.filter { $0.word != "help" }
        func length(_ items: [(label: String, word: String)]) -> Int { items.reduce(0) { $0 + $1.label.displayWidth + $1.word.displayWidth + 3 } }
        while !rest.isEmpty && length(rest + help) > width { rest.removeLast() }
        return rest + help
    }

    static func drawDialog(_ canvas: inout Canvas, _ dialog: Dialog, _ data: DashboardData) {
        var lines: [(String, Style)]
        let width = min(canvas.width - 4, 76)
        switch dialog {
        case .confirm, .confirmCover, .confirmAvailability, .confirmNotice:
            lines = wrap(dialog.confirmation?.summary ?? "", width: width - 4).map { ($0, .normal) } + [("", .normal), ("y  yes, make it      n  no", .key)]
        case .reason(_, let rules, let summary, let selected):
            lines = wrap(summary, width: width - 4).map { ($0, rules.isEmpty ? .normal : .over) }
            lines += [(rules.isEmpty ? "Why? (↑ ↓, Enter; Esc cancels)" : "Override for which reason? (↑ ↓, Enter; Esc cancels)", .normal)]
            lines += AllocationReason.sayingEnough.enumerated().map { index, reason in
                ((index == selected ? "▶ " : "  ") + reason.words, index == selected ? .selected : .normal)
            }
        case .done(let summary, let done):
            let room = max(1, canvas.height - 8 - wrap(summary, width: width - 4).count)
            lines = wrap(summary, width: width - 4).map { ($0, .header) } + [("", .normal)]
            lines += done.prefix(done.count > room ? room - 1 : room).map { ($0, .normal) }
            if done.count > room { lines.append(("… and \(done.count - room + 1) more: caseload audit lists them all", .muted)) }
            lines += [("", .normal), ("any key closes this", .key)]
        case .reasons(let summary, let reasons):
            lines = wrap(summary, width: width - 4).map { ($0, .header) } + [("", .normal)]
            let bullets = reasons.flatMap { reason in wrap(reason, width: width - 6).enumerated().map { ($0.offset == 0 ? "· " : "  ") + $0.element } }
            lines += bullets.prefix(max(1, canvas.height - 10)).map { ($0, .normal) }
            lines += [("", .normal), ("any key closes this", .key)]
        case .teams(let filter, let selected):
            let teams = data.teams(matching: filter)
            lines = [("Show which team? Type to narrow: \(filter)█", .normal)]
            let shown = max(1, canvas.height - 8)
            let first = max(0, min(selected - shown + 1, teams.count - shown))
            lines += [((selected == -1 ? "▶ " : "  ") + "all teams", selected == -1 ? .selected : .normal)]
            for index in teams.indices.dropFirst(first).prefix(shown) {
                lines.append(((index == selected ? "▶ " : "  ") + teams[index], index == selected ? .selected : .normal))
            }
            if teams.isEmpty { lines.append(("  no team matches", .muted)) }
        }
        let height = min(lines.count + 2, canvas.height - 2)
        let top = max(1, (canvas.height - height) / 2)
        let left = (canvas.width - width) / 2
        canvas.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: .header)
        for (index, (text, style)) in lines.prefix(height - 2).enumerated() {
            let row = top + 1 + index
            canvas.put("│" + String(repeating: " ", count: width - 2) + "│", row: row, column: left, style: .header)
            canvas.put(text, row: row, column: left + 2, style: style, limit: width - 4)
        }
        canvas.put("└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, style: .header)
    }

    /// The words of `text` in lines of at most `width` columns, a word longer than that on a line of its own.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.displayWidth + word.description.displayWidth + 1 > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Draws one row of cells into the layout's columns, each cut to its width, with one space between.
    static func drawCells(_ canvas: inout Canvas, _ layout: TableLayout, _ columns: [TableColumn], _ cells: [(String, Style)], row: Int) {
        var x = 1
        for (index, width) in layout.shown {
            let (text, style) = cells[index]
            canvas.put(columns[index].alignRight ? text.padded(toWidth: width, alignRight: true) : text, row: row, column: x, style: style, limit: width)
            x += width + 1
        }
    }

    /// Draws the headings of the layout's columns, each whole.
    static func drawHeadings(_ canvas: inout Canvas, _ layout: TableLayout, _ headings: [String]) {
        canvas.clear(row: ScreenLayout.headerRow, style: .header)
        var column = 1
        for (index, width) in layout.shown {
            canvas.put(headings[index], row: ScreenLayout.headerRow, column: column, style: .header, limit: width)
            column += width + 1
        }
    }

    /// Draws the visible rows of a list, the selected one highlighted, and the counter in its place on the status line.
    static func drawList(_ canvas: inout Canvas, _ state: AppState, count: Int, draw: (inout Canvas, Int, Int) -> Void) {
        let page = state.page
        let visible = ScreenLayout.visibleRows(height: canvas.height)
        for offset in 0..<visible {
            let index = page.top + offset
            guard index < count else { break }
            let row = ScreenLayout.firstListRow + offset
            draw(&canvas, index, row)
            if index == page.selected { Renderer.highlight(&canvas, row: row) }
        }
        if count == 0 { canvas.put("  Nothing to show.", row: ScreenLayout.firstListRow, column: 0, style: .muted) }
        if count > 0 {
            let counter = "\(formatCount(page.selected + 1)) of \(formatCount(count)) "
            canvas.put(counter, row: ScreenLayout.statusRow, column: canvas.width - counter.count, style: .muted)
        }
    }
}
