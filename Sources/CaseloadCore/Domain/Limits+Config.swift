/// Reading limits from a config file of `setting = value` lines, `#` for comments.
extension Limits {
    /// A line of a config file that could not be used, located by file and line.
    public struct ConfigError: Error, Equatable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file.escapedForDisplay):\(line): \(message)" }
    }

    /// Applies every setting in a config file's text, in order; the first bad line throws.
    public mutating func apply(config text: String, file: String) throws(ConfigError) {
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmingSpaces
            guard !trimmed.isEmpty else { continue }
            let parts = trimmed.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else {
                throw ConfigError(file: file, line: index + 1, message: "\(String(trimmed).quotedForMessage()) is not a setting; write it as name = value, e.g. max-cases = 50")
            }
            do {
                try set(String(parts[0].trimmingSpaces), to: String(parts[1].trimmingSpaces))
            } catch {
                throw ConfigError(file: file, line: index + 1, message: error.description)
            }
        }
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[start...end]
    }
}
