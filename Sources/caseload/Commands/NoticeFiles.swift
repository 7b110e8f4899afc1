import CaseloadCore
import CaseloadExport
import Foundation

/// Where `notice --give` writes: one file an officer, named so that no two officers' ids can share one, and never
/// over a file already there.
struct NoticeFiles {
    let folder: String
    let day: Day
    let fileExtension: String

    /// The folder, checked before anything is written or recorded: named, a folder, and one we may write in.
    init(folder: String, day: Day, fileExtension: String) throws {
        guard !folder.allSatisfy(\.isWhitespace) else {
            throw CommandFailure.refused("--output is empty; name the folder the notices go in, e.g. --output notices")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure.refused("--output \(folder.quotedForMessage()) is not a folder; make it first (mkdir), then give the notices")
        }
        guard access(folder, W_OK) == 0 else {
            throw CommandFailure.refused("--output \(folder.quotedForMessage()) is a folder you may not write in; choose another")
        }
        self.folder = folder
        self.day = day
        self.fileExtension = fileExtension
    }

    /// The file for an officer: their id with anything but letters, digits, `.`, `_` and `-` made `_`, cut to 60
    /// characters, and a hash of the whole id added whenever that changed it, so `a/b`, `a_b` and `a\nb` get three files.
    func path(for officerID: String) -> String {
        let kept = String(officerID.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar)) ? Character(scalar) : "_"
        })
        var part = String(kept.prefix(60))
        if part != officerID || part.hasPrefix(".") { part += "-" + Self.hash(officerID) }
        return (folder as NSString).appendingPathComponent("notice-\(part)-\(day).\(fileExtension)")
    }

    /// Writes every notice, each as a new file; when one cannot be written, removes those already written and throws.
    func writeAll(_ texts: [(officerID: String, text: String)]) throws -> [String] {
        let paths = texts.map { path(for: $0.officerID) }
        if let taken = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw CommandFailure.refused("\(taken.escapedForDisplay) is already there and is never overwritten; move it, or give the notices into another folder")
        }
        var written: [String] = []
        for (path, notice) in zip(paths, texts) {
            do {
                try writeAtomically(Array(notice.text.utf8), to: path, replacing: false)
                written.append(path)
            } catch {
                removeAll(written)
                throw CommandFailure.environment("\(error.description); no notice was given, and none is recorded")
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
