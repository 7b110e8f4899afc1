import CaseloadCore
import Foundation
import Testing

@testable import CaseloadExport

@Suite("The notice template")
struct NoticeTemplateTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/NOTICES.md")

    @Test("docs/NOTICES.md lists exactly the names a notice gives, and shows the standard template as it ships")
    func documented() throws {
        let text = try String(contentsOf: Self.docs, encoding: .utf8)
        let listed = Set(text.split(separator: "\n").filter { $0.hasPrefix("| `") }.compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) })
        #expect(listed == NoticeVariables.names)
        let shipped = NoticeTemplate.standardText.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : String($0) }
        #expect(text.contains(shipped.joined(separator: "\n").trimmingCharacters(in: .newlines)))
    }

    @Test("the names a line's tags use, whatever the tag", arguments: [
        ("{{a}} {{#b}}{{/b}} {{^c}}", ["a", "b", "b", "c"]), ("{{{d}}} {{& e}} {{! a comment }}", ["d", "e"]),
        ("{{.}} text {{% CONTENT_TYPE: TEXT}}", []), ("{{ spaced }}", ["spaced"]), ("{{unclosed", []),
    ])
    func names(line: String, expected: [String]) {
        #expect(NoticeTemplate.names(in: line[...]) == expected)
    }

    @Test("a template is refused with its line, for a name no notice gives or a section never closed", arguments: [
        ("a\n{{nope}}\n", 2, "{{nope}} is not a name"), ("{{#findings}}\n{{sentence}}\n", 1, "does not parse"),
    ])
    func refused(text: String, line: Int, problem: String) {
        #expect {
            try NoticeTemplate(text: text, file: "t.mustache")
        } throws: { error in
            guard let error = error as? NoticeTemplateError else { return false }
            return error.line >= line && error.description.contains(problem) && error.description.hasPrefix("t.mustache, line")
        }
    }
}
