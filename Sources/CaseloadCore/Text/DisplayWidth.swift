extension String {
    /// The number of terminal columns the text takes: wide East Asian characters count 2, combining marks 0.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + $1.displayWidth }
    }

    /// The text cut to fit `width` columns, with an ellipsis where it was cut.
    public func truncated(toWidth width: Int) -> String {
        guard displayWidth > width else { return self }
        guard width > 0 else { return "" }
        var result = ""
        var used = 0
        for character in self {
            let characterWidth = String(character).displayWidth
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// The text padded with spaces on the right (or left) to `width` columns, cut if longer.
    public func padded(toWidth width: Int, alignRight: Bool = false) -> String {
        let fitted = truncated(toWidth: width)
        let padding = String(repeating: " ", count: max(0, width - fitted.displayWidth))
        return alignRight ? padding + fitted : fitted + padding
    }
}

extension Unicode.Scalar {
    /// Terminal columns for one scalar, after the rules of wcwidth for the ranges that occur in names and text.
    public var displayWidth: Int {
        let value = value
        switch value {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
            0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x20D0...0x20FF, 0xFE00...0xFE0F,
            0xFE20...0xFE2F:
            return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
