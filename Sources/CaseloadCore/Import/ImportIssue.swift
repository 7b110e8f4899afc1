/// One thing wrong in an import file, located for the person who has to fix it.
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// The physical line, header = 1.
    public var line: Int
    /// The column the issue is in; nil when it is about the whole file or row.
    public var column: String?
    public var message: String

    public init(file: String, line: Int, column: String?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE: column: message`, or `FILE:LINE: message` without a column.
    public var description: String {
        let place = "\(file.escapedForDisplay):\(line): "
        guard let column else { return place + message }
        return place + column.escapedForDisplay + ": " + message
    }
}

/// Why an import was refused: the issues found, up to a cap, and how many there were in all.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let issues: [ImportIssue]
    public let total: Int

    public init(issues: [ImportIssue], total: Int) {
        self.issues = issues
        self.total = total
    }

    public var description: String {
        var lines = issues.map(\.description)
        if total > issues.count { lines.append("… and \(total - issues.count) more") }
        return lines.joined(separator: "\n")
    }
}

/// Collects import issues in the order found, keeping the first `cap` and counting the rest.
struct IssueLog: Sendable {
    let cap: Int
    private(set) var issues: [ImportIssue] = []
    private(set) var total = 0

    init(cap: Int) { self.cap = cap }

    mutating func add(_ issue: ImportIssue) {
        total += 1
        if issues.count < cap { issues.append(issue) }
    }

    var isEmpty: Bool { total == 0 }
    var failure: ImportFailure { ImportFailure(issues: issues, total: total) }
}
