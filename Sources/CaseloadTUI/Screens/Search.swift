/// Search as you type over the rows of the screen in front.
enum Search {
    /// The rows of the current screen whose search text contains the text, in order.
    static func matches(of text: String, _ state: AppState, _ data: DashboardData) -> [Int] {
        let needle = text.lowercased()
        guard !needle.isEmpty else { return [] }
        let texts = data.searchTexts(state.page.screen, state) { state.page.screen.definition.searchTexts(state, data) }
        let bytes = Array(needle.utf8)
        return texts.indices.filter { contains(texts[$0], bytes: bytes) }
    }

    /// Whether the text's UTF-8 holds the needle's bytes: for search texts already in lower case, and cheap enough to
    /// search 25,000 officers as you type, which `String.contains` is not.
    static func contains(_ text: String, bytes needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            guard let first = needle.first else { return true }
            guard needle.count <= haystack.count else { return false }
            for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                var matched = 1
                while matched < needle.count && haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            return false
        }
    }
}
