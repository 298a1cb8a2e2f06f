import Foundation

extension KnowledgeBase {
    /// The knowledge base bundled with Faultline (Sources/FaultlineActors/KnowledgeBase).
    public static func bundled() throws -> KnowledgeBase {
        try load(directories: [])
    }

    /// The bundled base with the YAML files of `directories` on top (later ones override
    /// earlier entries with the same id).
    public static func load(directories: [URL], includeBundled: Bool = true) throws -> KnowledgeBase {
        var contents = KnowledgeBaseContents()
        if includeBundled { contents = try loadContents(directory: bundledDirectory) }
        for directory in directories { contents.merge(try loadContents(directory: directory)) }
        return KnowledgeBase(contents: contents)
    }

    /// The folder of the bundled YAML files.
    public static var bundledDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("KnowledgeBase")
    }

    /// The YAML files of a directory, sorted by name (subdirectories included).
    public static func yamlFiles(in directory: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw KnowledgeBaseError(
                SourceLocation(file: directory.path, line: 0), "no such knowledge-base directory; pass a folder of .yaml files")
        }
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "yaml" || url.pathExtension == "yml" { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Reads a directory's YAML files, from the binary cache when it matches them.
    public static func loadContents(directory: URL) throws -> KnowledgeBaseContents {
        let files = try yamlFiles(in: directory)
        var texts: [(String, Data)] = []
        var hasher = ContentHasher()
        for file in files {
            let data = try Data(contentsOf: file)
            hasher.add(file.lastPathComponent)
            hasher.add(data)
            texts.append((file.path, data))
        }
        let cacheFile = KnowledgeBaseCache.location(for: directory, hash: hasher.value)
        if let cached = try? Data(contentsOf: cacheFile), let contents = KnowledgeBaseCache.decode(cached, hash: hasher.value) {
            return contents
        }
        var contents = KnowledgeBaseContents()
        for (path, data) in texts {
            let text = String(decoding: data, as: UTF8.self)
            contents.merge(try YAMLReader(file: path).read(text))
        }
        // A cache that cannot be written only costs speed next time.
        try? FileManager.default.createDirectory(at: cacheFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(KnowledgeBaseCache.encode(contents, hash: hasher.value)).write(to: cacheFile, options: .atomic)
        return contents
    }

    /// Reads one YAML file (no cache), e.g. for `kb check`.
    public static func readFile(_ url: URL) throws -> KnowledgeBaseContents {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try YAMLReader(file: url.path).read(text)
    }
}

/// FNV-1a over the files' names and bytes: detects a stale cache.
struct ContentHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) { add(Data(text.utf8)) }

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { buffer in
            for byte in buffer {
                value ^= UInt64(byte)
                value = value &* 0x100_0000_01b3
            }
        }
    }
}
