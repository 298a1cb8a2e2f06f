import Foundation

/// One input the runner will read: a file (or `-` for standard input), or a path that could not
/// be used at all.
enum IngestInput: Sendable, Hashable {
    case file(String)
    case unusable(path: String, reason: String)
}

/// Expands the paths given on the command line into the files to read, in a stable order.
enum InputWalker {
    /// Files stay as given, `-` is standard input, directories are walked recursively with their
    /// files in sorted order (hidden files and directories skipped). Files of `skipping` (the
    /// database itself, when a run is pointed at the folder holding it) are left out of walks.
    static func inputs(for paths: [String], skipping: Set<String> = []) -> [IngestInput] {
        let skipped = Set(skipping.map(standardized))
        guard !skipped.isEmpty else { return expand(paths) }
        // Resolving a path (a lookup per component) is only needed when it can name a skipped
        // file: its last component is a skipped file's name, or is a symbolic link. Any other
        // path resolves to a file of another name.
        let skippedNames = Set(skipped.map(lastComponent))
        return expand(paths).filter { input in
            guard case .file(let path) = input, path != "-" else { return true }
            guard skippedNames.contains(lastComponent(path)) || isSymbolicLink(path) else { return true }
            return !skipped.contains(standardized(path))
        }
    }

    private static func lastComponent(_ path: String) -> Substring {
        path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path)
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func expand(_ paths: [String]) -> [IngestInput] {
        var inputs: [IngestInput] = []
        for path in paths {
            if path == "-" {
                inputs.append(.file(path))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inputs.append(.unusable(path: path, reason: "no such file or directory; check the path"))
                continue
            }
            if isDirectory.boolValue {
                inputs += walk(directory: path)
            } else {
                inputs.append(.file(path))
            }
        }
        return inputs
    }

    private static func walk(directory: String) -> [IngestInput] {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            return [.unusable(path: directory, reason: "cannot list the directory; check its permissions")]
        }
        var inputs: [IngestInput] = []
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inputs.append(.unusable(path: path, reason: "broken link or vanished file; check the path"))
                continue
            }
            inputs += isDirectory.boolValue ? walk(directory: path) : [.file(path)]
        }
        return inputs
    }
}
