import CaseloadCore
import Foundation
import Mustache

/// A notice's layout: the Mustache template shipped in the binary, or a force's own (`--template`), checked before
/// any notice is written: a syntax error or a name the notice does not give is refused with its line.
public struct NoticeTemplate: Sendable {
    let template: MustacheTemplate

    /// The template that ships with caseload: a letter to the officer, for their supervisor to sign.
    public static let standard = try! NoticeTemplate(text: standardText, file: "the standard notice template")

    /// Reads a template, refusing one that does not parse or that uses a name not in `NoticeVariables`.
    public init(text: String, file: String) throws(NoticeTemplateError) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for name in Self.names(in: line) where !NoticeVariables.names.contains(name) {
                throw NoticeTemplateError(file: file, line: index + 1, problem: "{{\(name)}} is not a name a notice gives; the names are listed in docs/NOTICES.md")
            }
        }
        do {
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw NoticeTemplateError(file: file, line: error.context.lineNumber, problem: "the template does not parse here (\(error.error)); check that every {{#section}} is closed by its {{/section}}")
        } catch {
            throw NoticeTemplateError(file: file, line: 1, problem: "the template does not parse (\(error))")
        }
    }

    /// The names the tags on a line use, without their sigils: `{{name}}`, `{{#name}}`, `{{{name}}}`; comments skipped.
    static func names(in line: Substring) -> [String] {
        var names: [String] = []
        var rest = line[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { break }
            var tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            if tag.hasPrefix("{") { tag = String(tag.dropFirst()) }
            if let sigil = tag.first, "!%=>".contains(sigil) { continue }
            if let sigil = tag.first, "#^/&".contains(sigil) { tag = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if !tag.isEmpty && tag != "." { names.append(tag) }
        }
        return names
    }

    /// The notice, laid out.
    public func render(_ notice: WorkloadNotice, markdown: Bool) -> String {
        template.render(notice.values(markdown: markdown))
    }

    /// The standard template's text, as `docs/NOTICES.md` shows it.
    public static let standardText = """
        {{#markdown}}# {{/markdown}}Your workload: {{officer_name}}, {{team}}

        {{date}}

        Dear {{officer_name}},

        I have reviewed your workload against the limits {{force_name}} sets for offender managers: at most {{max_cases}} cases for a full-time officer, and no more than {{max_high_risk_pct}}% of them high or very high risk. We review these workloads, act where they are too high and tell the officers concerned because {{citation}} asks forces to do so.

        {{#markdown}}## {{/markdown}}Where you stand today

        {{#findings}}
        - {{sentence}}
        {{/findings}}

        {{#markdown}}## {{/markdown}}What we will do

        {{#actions}}
        - {{sentence}}
        {{/actions}}
        {{#has_transfers}}

        These cases have already moved to colleagues:

        {{/has_transfers}}
        {{#transfers}}
        - {{case}}, now with {{colleague}}
        {{/transfers}}

        I will review your workload with you on {{review_date}}. If anything here is wrong, or your workload is affecting you, please speak to me before then.
        {{#welfare}}

        {{welfare}}
        {{/welfare}}

        {{supervisor}}

        """
}

/// A notice template that cannot be used, with where and why.
public struct NoticeTemplateError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let problem: String
    public var description: String { "\(file.escapedForDisplay), line \(line): \(problem)" }
}
