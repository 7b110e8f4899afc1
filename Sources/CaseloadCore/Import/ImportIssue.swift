/// One thing wrong in an import file, located for the person who has to fix it.
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// The physical line, header = 1.
    public var line: Int
    /// The column the issue is in; nil when it is about the whole file or row.
    public var column: String?
    public var message: String
    /// How many later lines have the same mistake (the same value in the same column), reported with this one.
    public var repeats = 0
    /// The first few of those lines.
    public var alsoOn: [Int] = []

    public init(file: String, line: Int, column: String?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE: column: message`, or `FILE:LINE: message` without a column; a repeated mistake adds how many
    /// more lines have it and the first few of them.
    public var description: String {
        let place = "\(file.escapedForDisplay):\(line): "
        let text = column.map { place + $0.escapedForDisplay + ": " + message } ?? place + message
        guard repeats > 0 else { return text }
        let lines = alsoOn.map(String.init).joined(separator: ", ") + (repeats > alsoOn.count ? ", …" : "")
        return text + "; the same on \(formatCount(repeats)) more line\(repeats == 1 ? "" : "s") (\(lines))"
    }

    /// The mistakes this issue reports: itself and its repeats.
    var count: Int { 1 + repeats }
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
        let reported = issues.reduce(0) { $0 + $1.count }
        if total > reported { lines.append("… and \(formatCount(total - reported)) more") }
        return lines.joined(separator: "\n")
    }
}

/// Collects import issues in the order found: a mistake repeated (the same message in the same column of the same
/// file) is kept once with the lines it recurs on; the first `cap` different mistakes are kept and the rest counted.
struct IssueLog: Sendable {
    let cap: Int
    private(set) var issues: [ImportIssue] = []
    private(set) var total = 0
    private var found: [String: Int] = [:]
    /// How many of a repeated mistake's lines are listed.
    static let linesListed = 5

    init(cap: Int) { self.cap = cap }

    mutating func add(_ issue: ImportIssue) {
        total += 1
        let key = issue.file + "\u{0}" + (issue.column ?? "") + "\u{0}" + issue.message
        if let position = found[key] {
            issues[position].repeats += 1
            if issues[position].alsoOn.count < Self.linesListed { issues[position].alsoOn.append(issue.line) }
        } else if issues.count < cap {
            found[key] = issues.count
            issues.append(issue)
        }
    }

    var isEmpty: Bool { total == 0 }
    var failure: ImportFailure { ImportFailure(issues: issues, total: total) }
}
