/// What a cell means; a theme decides how each meaning looks, so no screen ever names a colour.
public enum Style: Character, CaseIterable, Sendable {
    case normal = "."
    case title = "T"
    case header = "h"
    case over = "o"
    case near = "n"
    case within = "w"
    case muted = "m"
    case selected = "s"
    case key = "k"
}
