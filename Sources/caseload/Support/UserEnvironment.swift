import Foundation

/// The user's folders and name, read from the environment as every Unix tool reads them.
enum UserEnvironment {
    static var variables: [String: String] { ProcessInfo.processInfo.environment }

    /// A variable's value, nil when it is unset or empty.
    static func value(_ name: String) -> String? {
        variables[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `$HOME`, else the password file's home folder.
    static var home: String { value("HOME") ?? NSHomeDirectory() }

    /// `$XDG_DATA_HOME`, else `$HOME/.local/share`.
    static var dataHome: String { value("XDG_DATA_HOME") ?? home + "/.local/share" }

    /// `$XDG_CONFIG_HOME`, else `$HOME/.config`.
    static var configHome: String { value("XDG_CONFIG_HOME") ?? home + "/.config" }

    /// Who is making a change: `$USER`, else `$LOGNAME`, else the login name; nil when none is known.
    static var userName: String? {
        if let name = value("USER") ?? value("LOGNAME") { return name }
        guard let login = getlogin() else { return nil }
        let name = String(cString: login)
        return name.isEmpty ? nil : name
    }
}

/// Who is making a change, for the audit log: `--by`, else `$USER`, `$LOGNAME` or the login name.
///
/// With none of them there is no one to record, so the change is refused (exit 2) and asks for `--by`.
func changeMaker(_ by: String?) throws -> String {
    if let by {
        guard !by.allSatisfy(\.isWhitespace) else { throw CommandFailure.environment("--by must name who is making the change") }
        return by
    }
    guard let name = UserEnvironment.userName else {
        throw CommandFailure.environment("who is making this change? $USER, $LOGNAME and the login name are all unknown; name yourself with --by")
    }
    return name
}
