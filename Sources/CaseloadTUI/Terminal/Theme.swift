import CaseloadCore

/// How meanings are drawn: in colour, or in monochrome where marks and bar glyphs carry the meaning.
public struct Theme: Sendable, Equatable {
    public let usesColour: Bool

    public static let colour = Theme(usesColour: true)
    public static let monochrome = Theme(usesColour: false)

    /// The theme for this environment: monochrome when asked (`NO_COLOR`, `--no-color`) or when the terminal has no colour.
    public static func choose(noColorFlag: Bool, environment: [String: String], terminalHasColour: Bool) -> Theme {
        if noColorFlag || !(environment["NO_COLOR"] ?? "").isEmpty || !terminalHasColour { return .monochrome }
        return .colour
    }

    /// The glyph that fills a bar: one solid block in colour; `|`, `~` or `!` in monochrome, as htop does.
    func barFill(_ standing: Standing) -> Character {
        guard !usesColour else { return "█" }
        switch standing {
        case .within: return "|"
        case .near: return "~"
        case .over: return "!"
        }
    }

    /// The glyph for the empty part of a bar.
    var barTrack: Character { usesColour ? "░" : " " }

    /// The mark after a figure: `!` over, `~` near, in both themes.
    static func mark(_ standing: Standing) -> String {
        switch standing {
        case .over: "!"
        case .near: "~"
        case .within: " "
        }
    }
}

extension Style {
    /// The style for where a figure stands.
    init(standing: Standing) {
        switch standing {
        case .over: self = .over
        case .near: self = .near
        case .within: self = .within
        }
    }
}
