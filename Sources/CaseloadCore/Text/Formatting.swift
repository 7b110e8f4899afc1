/// Formats a number with a fixed count of decimals, rounding half away from zero: 17.14 gives "17.1".
public func formatDecimal(_ value: Double, places: Int = 1) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded(.toNearestOrAwayFromZero))
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard places > 0 else { return sign + String(scaled) }
    let divisor = Int(scale)
    let fraction = String(scaled % divisor)
    return sign + String(scaled / divisor) + "." + String(repeating: "0", count: places - fraction.count) + fraction
}

/// Formats a whole number with thousands separators: 1086 gives "1,086".
public func formatCount(_ value: Int) -> String {
    let digits = String(abs(value))
    var result = ""
    for (index, character) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(character)
    }
    return value < 0 ? "-" + result : result
}

/// Formats a value that differs from `other` so the two never read the same: one decimal, or more where one would
/// round a value just above a limit to the limit itself (20.04% shown as "20.04", not "20.0", beside 20%).
public func formatDecimal(_ value: Double, distinctFrom other: Double) -> String {
    for places in 1...4 {
        let text = formatDecimal(value, places: places)
        if value == other || text != formatDecimal(other, places: places) { return text }
    }
    return formatDecimal(value, places: 4)
}
