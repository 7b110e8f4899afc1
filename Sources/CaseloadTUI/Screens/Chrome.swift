import CaseloadCore

/// The parts around every screen: the breadcrumb, the message or prompt line, the key bar, dialogs.
enum Chrome {
    static func drawBreadcrumb(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData) {
        canvas.clear(row: ScreenLayout.breadcrumbRow, style: .title)
        let trail = (["caseload"] + state.stack.map { title($0.screen, data) }).joined(separator: " › ")
        let limits = data.limits
        let right = "limits \(limits.maxCases)/\(formatFixedPoint(limits.maxHighRiskHundredths, places: 2))%  \(data.today) "
        let demo = data.isDemo ? " DEMO FORCE · not saved " : ""
        canvas.put(" " + trail, row: 0, column: 0, style: .title, limit: max(10, canvas.width - right.count - demo.count - 1))
        canvas.put(right, row: 0, column: canvas.width - right.count, style: .title)
        if data.isDemo { canvas.put(demo, row: 0, column: canvas.width - right.count - demo.count, style: .over) }
    }

    static func title(_ screen: Screen, _ data: DashboardData) -> String {
        switch screen {
        case .officers: return "Officers"
        case .officer(let id):
            let name = data.force.officers.first { $0.id == id }?.name ?? id
            return "\(name) (\(id))"
        case .queue: return "Unallocated"
        case .suggest(let caseID): return "Suggest for \(caseID)"
        case .monthly: return "Monthly \(data.today.calendarMonth)"
        case .help: return "Help"
        }
    }

    static func drawBottom(_ canvas: inout Canvas, _ state: AppState) {
        let messageRow = canvas.height - 2
        let barRow = canvas.height - 1
        if let prompt = state.prompt {
            let label = prompt.purpose == .search ? "Search: " : "Filter officers: "
            let end = canvas.put(label, row: messageRow, column: 0, style: .key)
            let after = canvas.put(prompt.text, row: messageRow, column: end)
            canvas.put("█", row: messageRow, column: after, style: .muted)
            canvas.put("  Enter to apply, Esc to cancel", row: messageRow, column: after + 2, style: .muted)
        } else if let message = state.message {
            canvas.put(message, row: messageRow, column: 0, style: .near)
        }
        canvas.clear(row: barRow, style: .muted)
        var column = 0
        for (label, word) in KeyTable.bar(for: state.page.screen.kind) {
            guard column + label.count + word.count + 2 < canvas.width else { break }
            column = canvas.put(label, row: barRow, column: column, style: .key)
            column = canvas.put(" " + word + "  ", row: barRow, column: column, style: .muted)
        }
    }

    static func drawDialog(_ canvas: inout Canvas, _ dialog: Dialog) {
        var lines: [(String, Style)]
        switch dialog {
        case .confirm(_, let summary):
            lines = wrap(summary, width: 60).map { ($0, .normal) } + [("", .normal), ("y  allocate      n  cancel", .key)]
        case .reason(let caseID, let officerID, let rules, let selected):
            lines = [("\(officerID) may not take \(caseID):", .over)]
            lines += rules.map { ("  " + $0.explanation, .over) }
            lines += [("Override for which reason? (↑ ↓, Enter; Esc cancels)", .normal)]
            lines += AllocationReason.sayingEnough.enumerated().map { index, reason in
                ((index == selected ? "▶ " : "  ") + reason.words, index == selected ? .selected : .normal)
            }
        }
        let width = min(canvas.width - 4, max(44, lines.map { $0.0.displayWidth }.max() ?? 0) + 4)
        let height = lines.count + 2
        let top = max(1, (canvas.height - height) / 2)
        let left = (canvas.width - width) / 2
        canvas.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: .header)
        for (index, (text, style)) in lines.enumerated() {
            let row = top + 1 + index
            canvas.put("│" + String(repeating: " ", count: width - 2) + "│", row: row, column: left, style: .header)
            canvas.put(text, row: row, column: left + 2, style: style, limit: width - 4)
        }
        canvas.put("└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, style: .header)
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.displayWidth + word.count + 1 > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Draws one row of cells, each cut to its width, with one space between.
    static func drawCells(_ canvas: inout Canvas, _ cells: [(String, Int, Style)], row: Int) {
        var x = 1
        for (text, width, style) in cells {
            canvas.put(text, row: row, column: x, style: style, limit: width)
            x += width + 1
        }
    }

    /// Draws a header row of titled columns.
    static func drawHeader(_ canvas: inout Canvas, _ columns: [(String, Int)]) {
        canvas.clear(row: ScreenLayout.headerRow, style: .header)
        var column = 1
        for (title, width) in columns {
            canvas.put(title, row: ScreenLayout.headerRow, column: column, style: .header, limit: width)
            column += width + 1
        }
    }

    /// Draws the visible rows of a list: each row drawn by `draw`, the selected one highlighted.
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
        if count > visible {
            let counter = "\(page.top + 1)–\(min(count, page.top + visible)) of \(count) "
            canvas.put(counter, row: ScreenLayout.headerRow - 1, column: canvas.width - counter.count, style: .muted)
        }
    }
}
