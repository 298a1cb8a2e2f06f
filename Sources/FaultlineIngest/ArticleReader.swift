import FaultlineCore
import Foundation

/// Reads articles from files or bytes in any ``InputFormat``: checks the bytes, detects the
/// format and extracts clean article text and metadata.
///
/// ```swift
/// let articles = try ArticleReader().read(contentsOf: "report.html", defaultPublished: nil)
/// print(articles[0].metadata.title ?? "", articles[0].cleanText)
/// ```
public struct ArticleReader: Sendable {
    /// Inputs larger than this many bytes are refused without being read.
    public var maxBytes: Int

    /// A reader that refuses inputs above `maxBytes` (20 MB by default).
    public init(maxBytes: Int = 20_000_000) {
        self.maxBytes = maxBytes
    }

    /// Reads the file at `path` (`-` reads standard input). The size is checked before reading,
    /// so an oversized file is refused without loading it. `defaultPublished` is used for
    /// articles whose input states no date and whose URL has none in its path (see ``URLDate``).
    public func read(contentsOf path: String, defaultPublished: CivilDate?) throws(IngestError) -> [IngestedArticle] {
        let bytes: [UInt8]
        if path == "-" {
            bytes = try readStandardInput()
        } else {
            var info = stat()
            guard stat(path, &info) == 0 else { throw .unreadable(reason: String(cString: strerror(errno))) }
            if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(reason: "is a directory") }
            guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(reason: "not a regular file") }
            if Int(info.st_size) > maxBytes { throw .tooLarge(bytes: Int(info.st_size), limit: maxBytes) }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw .unreadable(reason: access(path, R_OK) != 0 ? "permission denied" : "cannot open")
            }
            defer { try? handle.close() }
            do {
                // One byte more than the limit: catches files that grew since stat.
                let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
                bytes = [UInt8](data)
            } catch {
                throw .unreadable(reason: "read failed")
            }
        }
        return try read(bytes: bytes, origin: path, defaultPublished: defaultPublished)
    }

    /// Reads articles from bytes; `origin` names them (a path, URL or "-") and its extension
    /// helps detect the format.
    public func read(bytes: [UInt8], origin: String, defaultPublished: CivilDate?) throws(IngestError) -> [IngestedArticle] {
        if bytes.count > maxBytes { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
        if Gzip.isGzip(bytes) {
            // A compressed page or feed: read what it holds, named without the .gz suffix.
            let inner = try Gzip.decompress(bytes, limit: maxBytes)
            let innerOrigin = origin.hasSuffix(".gz") ? String(origin.dropLast(3)) : origin
            var articles = try read(bytes: inner, origin: innerOrigin, defaultPublished: defaultPublished)
            for index in articles.indices { articles[index].origin = origin + articles[index].origin.dropFirst(innerOrigin.count) }
            return articles
        }
        var content = InputBytes.droppingByteOrderMark(bytes)
        if InputBytes.isBlank(content) { throw .empty }
        if InputBytes.looksBinary(content) { throw .binary }
        let text: String
        if let utf8 = InputBytes.decodeUTF8(content) {
            text = utf8
        } else if let converted = DeclaredCharset.decode(content) {
            // A page or feed in a legacy encoding it declares: read as UTF-8 from here on.
            text = converted
            content = Array(converted.utf8)[...]
        } else {
            throw .invalidUTF8
        }
        let format = FormatDetector.detect(content, origin: origin)
        var articles: [IngestedArticle]
        switch format {
        case .text:
            articles = [PlainTextExtractor().article(text: text, origin: origin)]
        case .html:
            articles = [try HTMLArticleExtractor().article(bytes: content, rawText: text, origin: origin)]
        case .articleJSON, .jsonLines:
            articles = try ArticleJSONReader().articles(text: text, format: format, origin: origin)
        case .rss, .atom:
            articles = try FeedReader().articles(bytes: content, format: format, origin: origin)
        }
        articles = articles.filter { !$0.cleanText.isEmpty }
        if articles.isEmpty {
            if format == .html { throw .malformed(format: .html, detail: "no article text found in the page body") }
            throw .empty
        }
        for index in articles.indices where articles[index].metadata.published == nil {
            // The day in the article's own URL beats a date given for the whole run.
            articles[index].metadata.published = articles[index].metadata.url.flatMap(URLDate.day(in:)) ?? defaultPublished
        }
        return articles
    }

    private func readStandardInput() throws(IngestError) -> [UInt8] {
        do {
            let data = try FileHandle.standardInput.read(upToCount: maxBytes + 1) ?? Data()
            if data.count > maxBytes { throw IngestError.tooLarge(bytes: data.count, limit: maxBytes) }
            return [UInt8](data)
        } catch let error as IngestError {
            throw error
        } catch {
            throw .unreadable(reason: "cannot read standard input")
        }
    }
}
