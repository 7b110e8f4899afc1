/// Prints a report as text, saying in its first line when it comes from the demo force, or as JSON with `"demo": true`.
func printReport(_ text: String, isJSON: Bool, isDemo: Bool) {
    print(isDemo ? markedAsDemo(text, isJSON: isJSON) : text, terminator: "")
}

/// The report with the demo heading as its first line, or `"demo": true` as the first key of its JSON object.
func markedAsDemo(_ text: String, isJSON: Bool) -> String {
    guard isJSON else { return demoHeading + "\n" + text }
    guard text.hasPrefix("{\n") else { return text }
    return "{\n  \"demo\": true," + (text.dropFirst(2).hasPrefix("}") ? "\n" : "\n") + text.dropFirst(2)
}
