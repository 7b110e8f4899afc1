/// libFuzzer's entry point for the command line's dates, months and paths: any text, read as each, never crashes,
/// and what is accepted is exactly what the contract allows.
///
/// Built by fuzz/run.sh with Core's sources under `-sanitize=fuzzer,address`; a broken rule stops the run as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let text = String(decoding: start.map { UnsafeRawBufferPointer(start: $0, count: count) } ?? UnsafeRawBufferPointer(start: nil, count: 0), as: UTF8.self)
    if let day = Day(text) {
        guard Day.supportedYears.contains(day.year), day.description == text else { fatalError("accepted \(text) as \(day)") }
        _ = day.adding(days: -1461).adding(days: 1461 * 2)
        _ = day.calendarMonth.adding(months: -11).adding(months: 23)
    } else if text.utf8.count == 10, let year = Int(text.prefix(4)), Day.supportedYears.contains(year),
        let month = Int(text.dropFirst(5).prefix(2)), (1...12).contains(month), let dayOfMonth = Int(text.suffix(2)), (1...28).contains(dayOfMonth),
        text.utf8.allSatisfy({ (48...57).contains($0) || $0 == 45 }), Array(text.utf8)[4] == 45, Array(text.utf8)[7] == 45
    {
        fatalError("refused the real date \(text)")
    }
    if let month = Month(text) {
        guard Day.supportedYears.contains(month.year), month.description == text else { fatalError("accepted \(text) as \(month)") }
        for offset in -11...11 { _ = month.adding(months: offset) }
        _ = month.previous.lastDay
    }
    let folder = parentFolder(of: text)
    guard folder == "/" || folder.isEmpty || text.hasPrefix(folder) else { fatalError("\(folder) is not the folder of \(text)") }
    return 0
}
