/// Reading limits from a config file of `setting = value` lines, `#` for comments.
extension Limits {
    /// A line of a config file that could not be used, located by file and line.
    public struct ConfigError: Error, Equatable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file.escapedForDisplay):\(line): \(message)" }
    }

    /// Applies every limit in a config file's text, in order, leaving the force's wording (`ForceWording`) to be read
    /// apart; the first bad line throws.
    public mutating func apply(config text: String, file: String) throws(ConfigError) {
        for setting in try ConfigLines.parse(text, file: file) where !ForceWording.settings.contains(setting.name) {
            do {
                try set(setting.name, to: setting.value)
            } catch {
                throw ConfigError(file: file, line: setting.line, message: error.description)
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
