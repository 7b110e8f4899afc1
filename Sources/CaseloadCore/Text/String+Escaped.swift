extension String {
    /// The text with control characters and invisible formatting shown as visible escapes, safe for any terminal.
    ///
    /// Tab, newline and carriage return become `\t`, `\n`, `\r`; every other C0 or C1 control, DEL,
    /// bidirectional override and zero-width character becomes `\u{XXXX}`, so an escape sequence
    /// in a name can never reach the terminal raw, and a hidden character can never hide.
    public var escapedForDisplay: String {
        guard unicodeScalars.contains(where: \.needsEscape) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            guard scalar.needsEscape else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u{" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "}"
            }
        }
        return result
    }

    /// The text escaped for display, cut to at most `limit` characters with an ellipsis, for quoting in messages.
    public func quotedForMessage(limit: Int = 40) -> String {
        let escaped = escapedForDisplay
        guard escaped.count > limit else { return "'" + escaped + "'" }
        return "'" + escaped.prefix(limit) + "…' (\(utf8.count) bytes)"
    }
}

extension Unicode.Scalar {
    /// Whether a scalar would act on a terminal, or hide or reorder text, rather than show as itself.
    public var needsEscape: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB: true
        default: false
        }
    }
}

extension Identifier {
    /// The reference as it may be shown on a terminal; see `String.escapedForDisplay`.
    public var escapedForDisplay: String { text.escapedForDisplay }

    /// The reference quoted for an error message; see `String.quotedForMessage`.
    public func quotedForMessage(limit: Int = 40) -> String { text.quotedForMessage(limit: limit) }
}
