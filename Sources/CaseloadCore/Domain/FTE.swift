/// An officer's full-time equivalent, 0 < fte <= 1, held exactly in millionths.
public struct FTE: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The FTE in millionths: 1,000,000 is full time.
    public let millionths: Int

    public static let full = FTE(millionths: 1_000_000)!
    public static let places = 6

    public init?(millionths: Int) {
        guard millionths > 0, millionths <= 1_000_000 else { return nil }
        self.millionths = millionths
    }

    /// Parses "0.5" or "1"; nil when not a decimal in (0, 1] with at most six places.
    public init?(_ text: some StringProtocol) {
        guard let value = parseFixedPoint(text, places: Self.places) else { return nil }
        self.init(millionths: value)
    }

    public var value: Double { Double(millionths) / 1_000_000 }
    public var isPartTime: Bool { millionths < 1_000_000 }
    public var description: String { formatFixedPoint(millionths, places: Self.places) }

    public static func < (lhs: FTE, rhs: FTE) -> Bool { lhs.millionths < rhs.millionths }
}
