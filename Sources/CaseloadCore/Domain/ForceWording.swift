/// How a force names itself in what its officers read, from the config file: `force-name` and `welfare-contact`.
public struct ForceWording: Hashable, Sendable {
    /// As notices and reports name the force: "Surrey Police"; "the force" until set.
    public var forceName = "the force"
    /// A line notices add for officers whose workload affects them: who to speak to, how.
    public var welfareContact: String?

    public static let forceNameSetting = "force-name"
    public static let welfareContactSetting = "welfare-contact"
    public static let settings: Set<String> = [forceNameSetting, welfareContactSetting]

    public init(forceName: String = "the force", welfareContact: String? = nil) {
        self.forceName = forceName
        self.welfareContact = welfareContact
    }

    /// Takes the wording from a config file's text; the limits' settings are left to `Limits.apply`.
    public mutating func apply(config text: String, file: String) throws(Limits.ConfigError) {
        for setting in try ConfigLines.parse(text, file: file) where Self.settings.contains(setting.name) {
            guard !setting.value.isEmpty, setting.value.count <= 500 else {
                throw Limits.ConfigError(file: file, line: setting.line, message: "\(setting.name) needs some words, at most 500 characters, e.g. \(setting.name) = "
                    + (setting.name == Self.forceNameSetting ? "Surrey Police" : "Occupational Health on 01234 567890"))
            }
            if setting.name == Self.forceNameSetting { forceName = setting.value } else { welfareContact = setting.value }
        }
    }
}

/// The `name = value` lines of a config file, `#` starting a comment; LF or CRLF.
enum ConfigLines {
    static func parse(_ text: String, file: String) throws(Limits.ConfigError) -> [(line: Int, name: String, value: String)] {
        var settings: [(line: Int, name: String, value: String)] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmingSpaces
            guard !trimmed.isEmpty else { continue }
            let parts = trimmed.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else {
                throw Limits.ConfigError(
                    file: file, line: index + 1, message: "\(String(trimmed).quotedForMessage()) is not a setting; write it as name = value, e.g. max-cases = 50")
            }
            settings.append((index + 1, String(parts[0].trimmingSpaces), String(parts[1].trimmingSpaces)))
        }
        return settings
    }
}
