/// Reads the share of capacity a reduction takes away, as a person types it: above 0, below 1, up to six decimals.
public enum ReductionShare {
    /// What a reduction's share must be, in words.
    public static let rule = "a share above 0 and below 1 with up to six decimals, e.g. 0.4"

    /// The share in millionths, or why the text is not one, in a sentence that names the text.
    public static func millionths(_ text: String) -> Result<Int, Problem> {
        let trimmed = String(Substring(text).trimmingSpaces)
        guard !trimmed.isEmpty else { return .failure(Problem("is empty; a reduction needs \(rule)")) }
        let quoted = trimmed.quotedForMessage()
        if let value = parseFixedPoint(trimmed, places: 6) {
            if value == 0 { return .failure(Problem("\(quoted) takes nothing away; use \(rule)")) }
            if value >= 1_000_000 { return .failure(Problem("\(quoted) takes the whole of the officer's time; record an absence instead, or use \(rule)")) }
            return .success(value)
        }
        if trimmed.hasPrefix("-") { return .failure(Problem("\(quoted) is below 0; use \(rule)")) }
        if trimmed.hasSuffix("%"), parseFixedPoint(trimmed.dropLast(), places: 4) != nil {
            return .failure(Problem("\(quoted) is a percentage; write it as a share, e.g. 40% is 0.4"))
        }
        if let dot = trimmed.firstIndex(of: "."), case let places = trimmed.distance(from: dot, to: trimmed.endIndex) - 1, places <= 18,
            let value = parseFixedPoint(trimmed, places: places)
        {
            var scale = 1
            for _ in 0..<(places - 6) { scale *= 10 }
            let rounded = (value + scale / 2) / scale
            let example = (1..<1_000_000).contains(rounded) ? "round it to six, e.g. \(formatFixedPoint(rounded, places: 6))" : "use \(rule)"
            return .failure(Problem("\(quoted) has more than six decimals; \(example)"))
        }
        return .failure(Problem("\(quoted) is not a number; use \(rule)"))
    }

    /// Why a text is not a reduction's share.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }
}
