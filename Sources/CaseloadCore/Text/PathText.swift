/// The folder part of a path, as the shell's `dirname` gives it: "" for a bare name, "/" for a file at the root.
///
/// Written on the path's text alone, for paths of any length or shape: Foundation's path methods crashed on some.
public func parentFolder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
}
