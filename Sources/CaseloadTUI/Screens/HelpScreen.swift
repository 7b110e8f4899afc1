/// Every key, from the same table that handles them, so Help can never be out of date.
enum HelpScreen {
    static func draw(_ canvas: inout Canvas, _ state: AppState) {
        canvas.put(" Keys, and the screens where they work. Colours: red over a limit (!), amber near it (~), green within.", row: 1, column: 0, style: .header)
        canvas.put(" Mouse: click a row to select it, a column heading to sort, the wheel to scroll.", row: 2, column: 0, style: .muted)
        Chrome.drawHeader(&canvas, [("KEYS", 12), ("DOES", 50), ("WHERE", 40)])
        let bindings = KeyTable.bindings
        Chrome.drawList(&canvas, state, count: bindings.count) { canvas, index, row in
            let binding = bindings[index]
            let screens = binding.screens.map { $0.map(\.rawValue).sorted().joined(separator: ", ") } ?? "everywhere"
            canvas.put(binding.label, row: row, column: 1, style: .key, limit: 12)
            canvas.put(binding.help, row: row, column: 14, limit: 50)
            canvas.put(screens, row: row, column: 65, style: .muted, limit: max(0, canvas.width - 66))
        }
    }
}
