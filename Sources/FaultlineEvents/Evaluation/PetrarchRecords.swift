import Foundation

/// One PETRARCH validation record: the text and the expected (source, target, event) codings.
public struct PetrarchRecord: Sendable, Hashable {
    /// The record id, e.g. "DEMO-01".
    public var id: String
    /// The report date.
    public var date: String
    /// The sentence text.
    public var text: String
    /// Expected codings; empty when the record expects none.
    public var codings: [PetrarchCoding]

    /// A record from its parts.
    public init(id: String, date: String, text: String, codings: [PetrarchCoding]) {
        self.id = id
        self.date = date
        self.text = text
        self.codings = codings
    }

    /// Reads the `<Sentence>` records of a PETRARCH validation XML file (comments ignored, the
    /// given parse ignored).
    public static func read(path: String) throws(EvaluationError) -> [PetrarchRecord] {
        guard let data = FileManager.default.contents(atPath: path), let raw = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
            throw .unreadable(path: path)
        }
        let text = stripComments(raw)
        var records: [PetrarchRecord] = []
        var searchStart = text.startIndex
        while let open = text.range(of: "<Sentence ", range: searchStart..<text.endIndex) {
            guard let close = text.range(of: "</Sentence>", range: open.upperBound..<text.endIndex) else {
                throw .malformed(path: path, reason: "a <Sentence> element is not closed")
            }
            let body = text[open.lowerBound..<close.lowerBound]
            searchStart = close.upperBound
            let header = body[..<(body.firstIndex(of: ">") ?? body.endIndex)]
            guard let sentenceText = element("Text", in: body) else { continue }
            var codings: [PetrarchCoding] = []
            var codingStart = body.startIndex
            while let coding = body.range(of: "<EventCoding", range: codingStart..<body.endIndex) {
                let end = body[coding.upperBound...].firstIndex(of: ">") ?? body.endIndex
                let attributes = body[coding.upperBound..<end]
                codingStart = end
                if let event = attribute("eventcode", in: attributes) {
                    codings.append(PetrarchCoding(
                        source: attribute("sourcecode", in: attributes) ?? "",
                        target: attribute("targetcode", in: attributes) ?? "", event: event))
                }
            }
            records.append(PetrarchRecord(
                id: attribute("id", in: header) ?? "#\(records.count)", date: attribute("date", in: header) ?? "",
                text: sentenceText.split(whereSeparator: \.isWhitespace).joined(separator: " "), codings: codings))
        }
        if records.isEmpty { throw .malformed(path: path, reason: "no <Sentence> records found") }
        return records
    }

    static func stripComments(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            result += rest[..<open.lowerBound]
            guard let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex) else { return result }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    static func element(_ name: String, in text: Substring) -> String? {
        guard let open = text.range(of: "<\(name)>"), let close = text.range(of: "</\(name)>", range: open.upperBound..<text.endIndex) else {
            return nil
        }
        return String(text[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func attribute(_ name: String, in text: Substring) -> String? {
        guard let key = text.range(of: "\(name)=\"") else { return nil }
        guard let end = text[key.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(text[key.upperBound..<end])
    }
}

/// An expected PETRARCH coding.
public struct PetrarchCoding: Sendable, Hashable {
    /// Source actor code, e.g. "ARN" or "USAGOV".
    public var source: String
    /// Target actor code.
    public var target: String
    /// CAMEO event code.
    public var event: String

    /// A coding.
    public init(source: String, target: String, event: String) {
        self.source = source
        self.target = target
        self.event = event
    }
}
