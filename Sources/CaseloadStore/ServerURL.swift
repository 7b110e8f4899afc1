import Foundation

/// What caseload knows of a PostgreSQL URL without parsing it for libpq: whether a `--db` value is one, and how to show it.
public enum ServerURL {
    /// Whether the value names a PostgreSQL server (`postgresql://` or `postgres://`) rather than a SQLite file.
    public static func isServer(_ value: String) -> Bool {
        let lowered = value.lowercased()
        return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
    }

    /// Whether the value starts as a URL does, with a scheme (a letter, then letters, digits, `+`, `-` or `.`) and a
    /// colon: `postgresq://…`, `postgres:db`, `mysql://x`. Such a value is never taken for a file name.
    public static func looksLikeURL(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":"), let first = value.first, first.isASCII, first.isLetter else { return false }
        return value[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// The URL with its scheme in lower case, which is how libpq recognises it: `POSTGRESQL://h/db` is `postgresql://h/db`.
    public static func normalised(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        return url[..<scheme.lowerBound].lowercased() + url[scheme.lowerBound...]
    }

    /// The URL as it may be shown, any password replaced by `***`: `postgresql://caseload:***@host/force`, and
    /// `password=***` in its settings.
    public static func withoutPassword(_ url: String) -> String {
        var shown = url
        if let scheme = shown.range(of: "://") {
            let rest = shown[scheme.upperBound...]
            let authority = rest.prefix { $0 != "/" && $0 != "?" }
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                shown.replaceSubrange(shown.index(after: colon)..<at, with: "***")
            }
        }
        guard let query = shown.firstIndex(of: "?") else { return shown }
        let settings = shown[shown.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false).map { setting in
            let key = setting.split(separator: "=", maxSplits: 1).first.map { String($0).removingPercentEncoding ?? String($0) } ?? ""
            return key.lowercased().trimmingCharacters(in: .whitespaces) == "password" ? "password=***" : String(setting)
        }
        return shown[...query] + settings.joined(separator: "&")
    }
}
