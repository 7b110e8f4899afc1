import ArgumentParser

/// How a report is printed: a table for people, JSON for other tools.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
