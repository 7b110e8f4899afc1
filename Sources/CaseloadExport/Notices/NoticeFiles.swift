import CaseloadCore
import Foundation

/// Where notices are given: one file an officer, named so that no two officers' ids can share one, and never over a
/// file already there.
public struct NoticeFiles: Sendable {
    let folder: String
    let day: Day
    let fileExtension: String

    /// The folder, checked before anything is written or recorded: named, a folder, and one we may write in.
    public init(folder: String, day: Day, fileExtension: String) throws(NoticeFileError) {
        guard !folder.allSatisfy(\.isWhitespace) else {
            throw NoticeFileError(message: "--output is empty; name the folder the notices go in, e.g. --output notices")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw NoticeFileError(message: "--output \(folder.quotedForMessage()) is not a folder; make it first (mkdir), then give the notices")
        }
        guard access(folder, W_OK) == 0 else {
            throw NoticeFileError(message: "--output \(folder.quotedForMessage()) is a folder you may not write in; choose another")
        }
        self.folder = folder
        self.day = day
        self.fileExtension = fileExtension
    }

    /// The file for an officer: their id with anything but letters, digits, `.`, `_` and `-` made `_`, cut to 60
    /// characters, and a hash of the whole id added whenever that changed it, so `a/b`, `a_b` and `a\nb` get three files.
    public func path(for officerID: OfficerID) -> String {
        let id = officerID.text
        let kept = String(id.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar)) ? Character(scalar) : "_"
        })
        var part = String(kept.prefix(60))
        if part != id || part.hasPrefix(".") { part += "-" + Self.hash(id) }
        return (folder as NSString).appendingPathComponent("notice-\(part)-\(day).\(fileExtension)")
    }

    /// Gives the notices, all or none: writes every file, then records them with `record`; when a file cannot be
    /// written or the record fails, the files already written are removed and the failure thrown.
    public func give(_ texts: [(officerID: OfficerID, text: String)], record: () throws -> Void) throws -> [String] {
        let written = try writeAll(texts)
        do {
            try record()
        } catch {
            removeAll(written)
            throw error
        }
        return written
    }

    /// Writes every notice, each as a new file; when one cannot be written, removes those already written and throws.
    func writeAll(_ texts: [(officerID: OfficerID, text: String)]) throws(NoticeFileError) -> [String] {
        let paths = texts.map { path(for: $0.officerID) }
        if let taken = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw NoticeFileError(message: "\(taken.escapedForDisplay) is already there and is never overwritten; move it, or give the notices into another folder")
        }
        var written: [String] = []
        for (path, notice) in zip(paths, texts) {
            do {
                try writeAtomically(Array(notice.text.utf8), to: path, replacing: false)
                written.append(path)
            } catch {
                removeAll(written)
                throw NoticeFileError(message: "\(error.description); no notice was given, and none is recorded", refused: false)
            }
        }
        return written
    }

    func removeAll(_ paths: [String]) {
        for path in paths { unlink(path) }
    }

    /// FNV-1a over the id's UTF-8, as 8 hex digits: the same id, the same name, on every machine.
    static func hash(_ text: String) -> String {
        var value: UInt32 = 2_166_136_261
        for byte in text.utf8 { value = (value ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// Why notices could not be given as files, in a sentence; nothing was given.
public struct NoticeFileError: Error, Equatable, CustomStringConvertible {
    public let message: String
    /// The folder or a file name was refused before anything was written; false when a write failed.
    public var refused = true
    public var description: String { message }
}
