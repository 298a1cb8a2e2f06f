import FaultlineCore

/// A TimeML (`.tml`) document: its raw text, its creation time and its gold TIMEX3 annotations.
///
/// The text is the content of `<TEXT>` with every tag removed and the five XML entities
/// decoded; annotation ranges are UTF-8 byte offsets into it.
public struct TimeMLDocument: Sendable, Hashable {
    /// The document id (`<DOCID>`, else the name given to the reader).
    public var id: String
    /// The document creation time (the TIMEX3 with `functionInDocument="CREATION_TIME"`).
    public var creationDate: CivilDate?
    /// The text inside `<TEXT>`, tags removed.
    public var text: String
    /// The gold time expressions in the text (the creation time itself excluded).
    public var timeExpressions: [TimeExpression]

    /// Why a TimeML file cannot be read.
    public enum ReadError: Error, CustomStringConvertible {
        /// No `<TEXT>` element.
        case missingText(String)
        /// A TIMEX3 opened and not closed, or closed and not opened.
        case unbalanced(String)

        /// What went wrong and what to do about it.
        public var description: String {
            switch self {
            case .missingText(let name): return "\(name): neither <TEXT> nor a <TimeML> root; is this a TimeML (.tml) file?"
            case .unbalanced(let name): return "\(name): a TIMEX3 tag is not closed; check the file is well-formed TimeML"
            }
        }
    }

    /// Parses the contents of a `.tml` file; `name` is used in messages and as a fallback id.
    public init(parsing contents: String, name: String) throws(ReadError) {
        let bytes = Array(contents.utf8)
        id = Self.element("DOCID", in: bytes).map { String(decoding: $0, as: UTF8.self) } ?? name
        creationDate = nil
        // The creation time: a TIMEX3 marked CREATION_TIME anywhere in the file.
        var search = 0
        while let open = Self.find(Array("<TIMEX3".utf8), in: bytes, from: search) {
            guard let close = Self.find([0x3E], in: bytes, from: open) else { break }
            let attributes = Self.attributes(bytes[open..<close])
            if attributes["functionInDocument"] == "CREATION_TIME", let value = attributes["value"] {
                creationDate = CivilDate(iso: value)
                break
            }
            search = close
        }
        // The text: <TEXT> as in TempEval-3 files, else the whole <TimeML> body as in TimeBank 1.2.
        let bodyStart: Int
        let bodyEnd: Int
        if let textTag = Self.find(Array("<TEXT".utf8), in: bytes, from: 0), let textOpen = Self.find([0x3E], in: bytes, from: textTag),
           let textEnd = Self.find(Array("</TEXT>".utf8), in: bytes, from: textOpen) {
            (bodyStart, bodyEnd) = (textOpen + 1, textEnd)
        } else if let rootTag = Self.find(Array("<TimeML".utf8), in: bytes, from: 0), let rootOpen = Self.find([0x3E], in: bytes, from: rootTag),
                  let rootEnd = Self.find(Array("</TimeML>".utf8), in: bytes, from: rootOpen) {
            (bodyStart, bodyEnd) = (rootOpen + 1, rootEnd)
        } else {
            throw .missingText(name)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bodyEnd - bodyStart)
        var expressions: [TimeExpression] = []
        var open: (start: Int, kind: TimeExpression.Kind, value: String, isCreationTime: Bool)?
        var index = bodyStart
        while index < bodyEnd {
            let byte = bytes[index]
            if byte == 0x3C {  // <
                guard let close = Self.find([0x3E], in: bytes, from: index) else { break }
                let tag = bytes[(index + 1)..<close]
                if tag.starts(with: Array("TIMEX3".utf8)) {
                    let attributes = Self.attributes(tag)
                    let kind = TimeExpression.Kind(rawValue: attributes["type"] ?? "") ?? .date
                    open = (output.count, kind, attributes["value"] ?? "", attributes["functionInDocument"] == "CREATION_TIME")
                } else if tag.starts(with: Array("/TIMEX3".utf8)) {
                    guard let started = open else { throw .unbalanced(name) }
                    if started.isCreationTime {
                        // The creation time is not scored; its words were blanked so nothing is found there.
                        open = nil
                        index = close + 1
                        continue
                    }
                    let range = started.start..<output.count
                    expressions.append(TimeExpression(
                        range: range, text: String(decoding: output[range], as: UTF8.self),
                        kind: started.kind, value: started.value))
                    open = nil
                }
                index = close + 1
            } else if byte == 0x26, let semicolon = Self.find([0x3B], in: bytes, from: index), semicolon - index <= 6 {  // &
                let entity = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
                let decoded: String? = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"][entity]
                if let decoded {
                    output.append(contentsOf: decoded.utf8)
                    index = semicolon + 1
                } else {
                    output.append(byte)
                    index += 1
                }
            } else {
                let blank = open?.isCreationTime == true && byte != 0x0A
                output.append(blank ? 0x20 : byte)
                index += 1
            }
        }
        if open != nil { throw .unbalanced(name) }
        text = String(decoding: output, as: UTF8.self)
        timeExpressions = expressions
    }

    private static func element(_ name: String, in bytes: [UInt8]) -> ArraySlice<UInt8>? {
        guard let open = find(Array("<\(name)>".utf8), in: bytes, from: 0),
              let close = find(Array("</\(name)>".utf8), in: bytes, from: open) else { return nil }
        var start = open + name.utf8.count + 2
        var end = close
        while start < end, bytes[start] <= 0x20 { start += 1 }
        while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
        return bytes[start..<end]
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// `name="value"` pairs of a tag.
    private static func attributes(_ tag: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        var index = tag.startIndex
        while index < tag.endIndex {
            guard let equals = tag[index...].firstIndex(of: 0x3D) else { break }
            var nameStart = equals
            while nameStart > index, tag[nameStart - 1] > 0x20 { nameStart -= 1 }
            let name = String(decoding: tag[nameStart..<equals], as: UTF8.self)
            guard equals + 1 < tag.endIndex, tag[equals + 1] == 0x22 || tag[equals + 1] == 0x27 else {
                index = equals + 1
                continue
            }
            let quote = tag[equals + 1]
            guard let close = tag[(equals + 2)...].firstIndex(of: quote) else { break }
            result[name] = String(decoding: tag[(equals + 2)..<close], as: UTF8.self)
            index = close + 1
        }
        return result
    }
}
