import Foundation

/// One thing the benchmark times, at the size DESIGN.md's budget names.
enum Work: String, CaseIterable, Codable, Sendable {
    case importCSV = "import"
    case importAvailability = "import-availability"
    case figures
    case storedFigures = "figures-stored"
    case firstFrame = "first-frame"
    case keySort = "key-sort"
    case keyFilter = "key-filter"
    case keyScroll = "key-scroll"
    case keySearch = "key-search"
    case suggest
    case plan
    case rebalance
    case cover
    case ahead
    case allocate
    case exportCSV = "export-csv"
    case exportJSON = "export-json"
    case exportMarkdown = "export-md"
    case exportHTML = "export-html"
    case postgresImport = "pg-import"
    case psqlCopy = "pg-psql-copy"
    case postgresFigures = "pg-figures-stored"
    case postgresAllocate = "pg-allocate"
    case postgresFirstFrame = "pg-first-frame"
    case postgresLoad = "pg-load"

    /// The works that need a PostgreSQL server (`--postgres`).
    static let onPostgres: [Work] = [.postgresImport, .psqlCopy, .postgresFigures, .postgresAllocate, .postgresFirstFrame, .postgresLoad]

    /// What the work is, as the table says it.
    var title: String {
        switch self {
        case .importCSV: "import and validate CSV"
        case .importAvailability: "import with availability.csv, a row per 5 cases (budget: import + 2 s)"
        case .figures: "figures for every officer, from the cases"
        case .storedFigures: "figures for every officer, as flags reads them"
        case .firstFrame: "first frame of the dashboard, from opening the database"
        case .keySort: "key to frame: sort"
        case .keyFilter: "key to frame: filter"
        case .keyScroll: "key to frame: scroll"
        case .keySearch: "key to frame: search as you type"
        case .suggest: "suggest for one case (best 10, with reasons)"
        case .plan: "plan for the whole queue, from opening the database"
        case .rebalance: "rebalance, from opening the database"
        case .cover: "cover proposal for 2,000 cases of 50 away officers (force loaded)"
        case .ahead: "ahead, 12 weeks, as JSON, from opening the database (as the command reads it)"
        case .allocate: "allocate one case (checked, audited, figures updated)"
        case .exportCSV: "monthly export, CSV"
        case .exportJSON: "monthly export, JSON"
        case .exportMarkdown: "monthly export, Markdown"
        case .exportHTML: "monthly export, HTML"
        case .postgresImport: "PostgreSQL: import and validate CSV (COPY, indexes after)"
        case .psqlCopy: "PostgreSQL: psql \\copy of the same cases.csv into a table like cases"
        case .postgresFigures: "PostgreSQL: figures for every officer, as flags reads them"
        case .postgresAllocate: "PostgreSQL: allocate one case (checked, audited, figures updated)"
        case .postgresFirstFrame: "PostgreSQL: first frame of the dashboard, from opening the database"
        case .postgresLoad: "PostgreSQL: 16 processes at once, each allocate or transfer (budget on p99)"
        }
    }

    /// DESIGN.md's budget in seconds; nil where it sets none.
    var budget: Double? {
        switch self {
        case .importCSV: 5
        case .figures, .storedFigures: 0.2
        case .firstFrame: 0.3
        case .keySort, .keyFilter, .keyScroll, .keySearch: 0.016
        case .suggest: 0.01
        case .plan: 2
        case .cover: 1
        case .ahead: 0.3
        case .rebalance, .allocate, .psqlCopy, .importAvailability: nil
        case .exportCSV, .exportJSON, .exportMarkdown, .exportHTML: 0.1
        case .postgresImport: nil
        case .postgresFigures: 0.2
        case .postgresAllocate: 0.005
        case .postgresFirstFrame: nil
        case .postgresLoad: 0.02
        }
    }

    /// DESIGN.md's memory budget in bytes; nil where it sets none.
    var memoryBudget: Int? { self == .importCSV ? 500 * 1024 * 1024 : nil }

    /// The force DESIGN.md's budget names, scaled by `scale` for quick runs.
    func force(scale: Double) -> ForceSize {
        switch self {
        case .importCSV, .importAvailability, .ahead, .figures, .storedFigures, .firstFrame, .keySort, .keyFilter, .keyScroll, .keySearch, .cover, .postgresImport, .psqlCopy, .postgresFigures,
            .postgresAllocate, .postgresFirstFrame, .postgresLoad:
            .cases(1_000_000, scale: scale)
        case .allocate, .exportCSV, .exportJSON, .exportMarkdown, .exportHTML:
            .cases(100_000, scale: scale)
        case .suggest: .officers(20_000, scale: scale)
        case .plan, .rebalance: .queue(10_000, officers: 2_500, scale: scale)
        }
    }

    /// The works measured again at every size of the scaling table.
    static let scaling: [Work] = [.importCSV, .figures, .storedFigures, .firstFrame, .keySort, .allocate]
}

/// A generated force: how many officers and cases, and how many of the cases wait unallocated.
struct ForceSize: Hashable, Codable, Sendable {
    var officers: Int
    var cases: Int
    var unallocated: Int

    /// A force of `cases` cases with forty per officer, as in a real team.
    static func cases(_ cases: Int, scale: Double) -> ForceSize {
        let count = max(100, Int(Double(cases) * scale))
        return ForceSize(officers: max(3, count / 40), cases: count, unallocated: count / 100)
    }

    /// A force of `officers` officers with forty cases each.
    static func officers(_ officers: Int, scale: Double) -> ForceSize {
        let count = max(3, Int(Double(officers) * scale))
        return ForceSize(officers: count, cases: count * 40, unallocated: count * 40 / 100)
    }

    /// A force with a queue of `queue` cases on top of forty allocated cases per officer.
    static func queue(_ queue: Int, officers: Int, scale: Double) -> ForceSize {
        let officerCount = max(3, Int(Double(officers) * scale))
        let queued = max(10, Int(Double(queue) * scale))
        return ForceSize(officers: officerCount, cases: officerCount * 40 + queued, unallocated: queued)
    }

    /// The size as the table writes it.
    var label: String {
        var parts = ["\(Self.short(cases)) cases", "\(Self.short(officers)) officers"]
        if unallocated * 100 != cases { parts.append("\(Self.short(unallocated)) queued") }
        return parts.joined(separator: ", ")
    }

    /// The folder name the force's files are kept under.
    var key: String { "o\(officers)-c\(cases)-u\(unallocated)" }

    static func short(_ count: Int) -> String {
        if count >= 1_000_000 && count % 100_000 == 0 { return formatted(Double(count) / 1_000_000) + "M" }
        if count >= 1_000 && count % 100 == 0 { return formatted(Double(count) / 1_000) + "k" }
        return String(count)
    }

    private static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
