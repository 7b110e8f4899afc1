import CaseloadCore
import CaseloadExport
import Foundation

/// The tables the benchmark prints, and the JSON it writes for other tools.
struct Report {
    let budgets: [Result]
    let scaling: [Result]
    let scale: Double

    /// Wide enough for every work's title, which the benchmark writes itself.
    static let workTitleWidth = 80

    func table() -> String {
        var output = ""
        if !budgets.isEmpty {
            output += "Budgets (DESIGN.md, Scale and speed)" + (scale == 1 ? "" : ", sizes scaled by \(scale): not the budgets' sizes") + "\n"
            var table = TextTable(columns: [
                .init("WORK"), .init("SIZE"), .init("MEDIAN", alignRight: true), .init("WORST", alignRight: true),
                .init("BUDGET", alignRight: true), .init("PEAK MEMORY", alignRight: true), .init("WITHIN"),
            ], maximumCellWidth: Self.workTitleWidth)
            for result in budgets {
                let budget = result.budget.map(Self.time) ?? "-"
                let memoryBudget = result.work.memoryBudget.map { " (< \(Self.memory($0)))" } ?? ""
                let within = result.withinBudget.map { $0 ? "yes" : "NO" } ?? "-"
                table.append([
                    result.work.title, result.size.label, Self.time(result.median), Self.time(result.worst), budget,
                    Self.memory(result.peakBytes) + memoryBudget, within,
                ])
            }
            output += table.rendered()
            for load in budgets.compactMap(\.load) { output += "\nMany supervisors at once: " + load.sentence + "\n" }
        }
        if !scaling.isEmpty {
            if !output.isEmpty { output += "\n" }
            let sizes = Array(Set(scaling.map(\.size.cases))).sorted()
            output += "How cost grows (median; forty cases per officer)\n"
            var table = TextTable(
                columns: [.init("WORK")] + sizes.map { .init(ForceSize.short($0) + " cases", alignRight: true) },
                maximumCellWidth: Self.workTitleWidth)
            for work in Work.scaling {
                let row = sizes.map { cases in
                    scaling.first { $0.work == work && $0.size.cases == cases }.map { Self.time($0.median) } ?? "-"
                }
                if row.contains(where: { $0 != "-" }) { table.append([work.title] + row) }
            }
            output += table.rendered()
        }
        return output
    }

    func json(machine: String) throws -> Data {
        struct Document: Codable {
            let machine: String
            let scale: Double
            let budgets: [Entry]
            let scaling: [Entry]
        }
        struct Entry: Codable {
            let work: String
            let title: String
            let officers: Int
            let cases: Int
            let unallocated: Int
            let medianSeconds: Double
            let worstSeconds: Double
            let budgetSeconds: Double?
            let peakBytes: Int
            let withinBudget: Bool?
            let samples: [Double]
            let load: LoadSummary?

            init(_ result: Result) {
                work = result.work.rawValue
                title = result.work.title
                officers = result.size.officers
                cases = result.size.cases
                unallocated = result.size.unallocated
                medianSeconds = result.median
                worstSeconds = result.worst
                budgetSeconds = result.budget
                peakBytes = result.peakBytes
                withinBudget = result.withinBudget
                samples = result.samples
                load = result.load
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(Document(machine: machine, scale: scale, budgets: budgets.map(Entry.init), scaling: scaling.map(Entry.init)))
    }

    static func time(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%.2f s", seconds) }
        if seconds >= 0.01 { return String(format: "%.0f ms", seconds * 1000) }
        return String(format: "%.2f ms", seconds * 1000)
    }

    static func memory(_ bytes: Int) -> String { "\(bytes / (1024 * 1024)) MB" }
}
