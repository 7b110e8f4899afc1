import Foundation

extension String {
    /// The text in Unicode NFC, so two spellings of one id (é as one code point, or e and a combining accent) are
    /// stored and looked up as one; ASCII, which most ids are, is returned as it is without work.
    public var precomposed: String {
        utf8.allSatisfy { $0 < 0x80 } ? self : precomposedStringWithCanonicalMapping
    }
}

extension Optional<String> {
    /// The text in Unicode NFC; see `String.precomposed`.
    public var precomposed: String? { map(\.precomposed) }
}
