import CaseloadCore

/// Draws the whole dashboard for a state into a canvas: chrome, the screen on top of the stack, any dialog.
public enum Renderer {
    public static func render(_ state: AppState, _ data: DashboardData, theme: Theme, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        guard width >= ScreenLayout.minimumWidth, height >= ScreenLayout.minimumHeight else {
            drawTooSmall(&canvas)
            return canvas
        }
        Chrome.drawBreadcrumb(&canvas, state, data)
        let screen = state.page.screen
        screen.definition.draw(&canvas, state, data, theme)
        Chrome.drawBottom(&canvas, state, data)
        if let dialog = state.dialog { Chrome.drawDialog(&canvas, dialog, data) }
        return canvas
    }

    /// Says how large the terminal must be, wrapped to whatever width there is, and shorter when even that does not fit.
    static func drawTooSmall(_ canvas: inout Canvas) {
        let needed = "\(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)"
        let full = wrap(
            "caseload needs a terminal of at least \(needed); this one is \(canvas.width)×\(canvas.height). Enlarge it, or press q to quit.",
            width: canvas.width)
        let lines = full.count <= canvas.height ? full : wrap("needs \(needed); q quits", width: canvas.width)
        let top = max(0, (canvas.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            canvas.put(line, row: top + index, column: max(0, (canvas.width - line.displayWidth) / 2), style: index == 0 ? .over : .normal)
        }
    }

    /// The words of `text` in lines of at most `width` columns, a word longer than that on a line of its own.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.displayWidth + 1 + word.description.displayWidth <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Draws one list row's selection highlight across the width.
    static func highlight(_ canvas: inout Canvas, row: Int) {
        canvas.paint(row: row, from: 0, width: canvas.width, style: .selected)
    }
}

/// A bar that fills in proportion to a value against its limit, coloured (or, in monochrome, drawn) by standing.
enum Bar {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    static func draw(_ canvas: inout Canvas, row: Int, column: Int, width: Int, fraction: Double, standing: Standing, theme: Theme) {
        let clamped = max(0, min(1, fraction))
        let style = Style(standing: standing)
        let exact = clamped * Double(width)
        let full = Int(exact)
        var text = String(repeating: theme.barFill(standing), count: full)
        if theme.usesColour, full < width {
            let remainder = Int((exact - Double(full)) * 8)
            if remainder > 0 { text.append(eighths[remainder - 1]) }
        }
        let filled = text.count
        canvas.put(text, row: row, column: column, style: style)
        canvas.put(String(repeating: theme.barTrack, count: max(0, width - filled)), row: row, column: column + filled, style: .muted)
    }
}
