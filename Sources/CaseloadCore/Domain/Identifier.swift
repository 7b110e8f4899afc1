import Foundation

/// The reference that names one officer or one case, held in Unicode NFC from the moment it is made.
///
/// Swift compares strings by canonical equivalence but databases compare bytes, so "é" typed as one code point and
/// "e" followed by a combining accent must be made the same text before either is stored or looked up. Making every
/// id through this type does that once, here; no other code normalises.
public struct Identifier<Subject>: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The reference as written in the files and the database, in NFC.
    public let text: String

    public init(_ text: String) {
        self.text = Self.isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Whether every character is below U+0300, where the combining marks begin: such text is already NFC (no
    /// character there decomposes or composes), and it is what nearly every id is. One pass over the bytes: a UTF-8
    /// byte below 0xCC is ASCII, a continuation byte, or the lead byte of a character below U+0300.
    private static func isSurelyNFC(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0xCC } } ?? false
    }

    public init(stringLiteral text: String) { self.init(text) }

    public init(stringInterpolation: DefaultStringInterpolation) { self.init(String(stringInterpolation: stringInterpolation)) }

    public var description: String { text }

    /// Whether the reference is empty, as an optional column left blank reads.
    public var isEmpty: Bool { text.isEmpty }

    public static func < (left: Self, right: Self) -> Bool { left.text < right.text }
}

/// An officer's reference, as officers.csv gives it.
public typealias OfficerID = Identifier<Officer>

/// An offender's reference (a case's id), as cases.csv gives it.
public typealias CaseID = Identifier<Case>

extension Identifier: Codable {
    /// Reads the reference from a plain string, as it is written.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
