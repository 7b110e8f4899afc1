/// Parses a non-negative decimal such as "0.75" into an integer count of 10^-places units, exactly.
///
/// Returns nil for anything but digits with at most one point and at most `places` digits after it,
/// so that limits can be compared with integer arithmetic and never suffer binary rounding.
public func parseFixedPoint(_ text: some StringProtocol, places: Int) -> Int? {
    var whole = 0
    var fraction = 0
    var fractionDigits = 0
    var seenPoint = false
    var seenDigit = false
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            seenDigit = true
            let digit = Int(byte - UInt8(ascii: "0"))
            if seenPoint {
                fractionDigits += 1
                guard fractionDigits <= places else { return nil }
                fraction = fraction * 10 + digit
            } else {
                guard whole < 1_000_000_000 else { return nil }
                whole = whole * 10 + digit
            }
        case UInt8(ascii: "."):
            guard !seenPoint else { return nil }
            seenPoint = true
        default:
            return nil
        }
    }
    guard seenDigit else { return nil }
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    var fractionScale = 1
    for _ in 0..<(places - fractionDigits) { fractionScale *= 10 }
    return whole * scale + fraction * fractionScale
}

/// Formats an integer count of 10^-places units as a decimal without trailing zeros ("0.5", "1").
public func formatFixedPoint(_ value: Int, places: Int) -> String {
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let whole = value / scale
    var fraction = value % scale
    guard fraction != 0 else { return String(whole) }
    var digits = places
    while fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
    }
    let text = String(fraction)
    return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
}
