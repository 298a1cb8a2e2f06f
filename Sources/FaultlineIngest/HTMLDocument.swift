import CLibXML2

/// An HTML page parsed by libxml2's forgiving HTML parser; frees the tree when done.
///
/// Not `Sendable`: it owns a C tree and lives only inside one extraction call.
final class HTMLDocument {
    typealias Node = UnsafeMutablePointer<xmlNode>
    let document: htmlDocPtr

    /// Parses UTF-8 HTML; `nil` when libxml2 cannot build any tree.
    init?(bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard let document = htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, "UTF-8", options)
        else { return nil }
        self.document = document
    }

    deinit { xmlFreeDoc(document) }

    /// The root element (`<html>`), if any.
    var root: Node? { xmlDocGetRootElement(document) }
}

/// Reading libxml2 nodes without copying.
enum XMLNodes {
    typealias Node = UnsafeMutablePointer<xmlNode>

    @inline(__always) static func isElement(_ node: Node) -> Bool { node.pointee.type == XML_ELEMENT_NODE }
    @inline(__always) static func isText(_ node: Node) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// The first text of an attribute (ASCII name, case-insensitive) as a C string inside the
    /// tree, without allocating; `nil` when absent or empty.
    static func attributeContent(_ node: Node, _ name: StaticString) -> UnsafePointer<UInt8>? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, equalsASCII(attributeName, name) {
                guard let child = current.pointee.children, let content = child.pointee.content else { return nil }
                return UnsafePointer(content)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The value of an attribute as a String, all its text children joined.
    static func attribute(_ node: Node, _ name: StaticString) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, equalsASCII(attributeName, name) {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Whether the node has the attribute at all.
    static func hasAttribute(_ node: Node, _ name: StaticString) -> Bool {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, equalsASCII(attributeName, name) { return true }
            attribute = current.pointee.next
        }
        return false
    }

    /// All text below a node, whitespace collapsed.
    static func text(_ node: Node) -> String {
        var buffer = TextBuffer()
        appendText(node, to: &buffer)
        return buffer.string
    }

    static func appendText(_ node: Node, to buffer: inout TextBuffer) {
        if isText(node) {
            if let content = node.pointee.content { buffer.append(UnsafePointer(content)) }
            return
        }
        var child = node.pointee.children
        while let current = child {
            if isText(current) || isElement(current) { appendText(current, to: &buffer) }
            child = current.pointee.next
        }
    }

    /// Compares a NUL-terminated lowercase libxml2 name with an ASCII name.
    @inline(__always) static func equalsASCII(_ pointer: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        let expected = name.utf8Start
        var i = 0
        while i < name.utf8CodeUnitCount {
            var byte = pointer[i]
            if byte >= 65 && byte <= 90 { byte += 32 }
            if byte != expected[i] { return false }
            i += 1
        }
        return pointer[i] == 0
    }
}

/// Collects text with whitespace runs collapsed to one space, trimmed at both ends.
struct TextBuffer {
    var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ pointer: UnsafePointer<UInt8>) {
        var i = 0
        while true {
            let byte = pointer[i]
            if byte == 0 { break }
            // ASCII whitespace and the no-break space (C2 A0) collapse to one space.
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                if !bytes.isEmpty { pendingSpace = true }
                i += 1
                continue
            }
            if byte == 0xC2 && pointer[i + 1] == 0xA0 {
                if !bytes.isEmpty { pendingSpace = true }
                i += 2
                continue
            }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(byte)
            i += 1
        }
    }

    /// Ends the current word: the next text starts after a space.
    mutating func breakWord() { if !bytes.isEmpty { pendingSpace = true } }

    var isEmpty: Bool { bytes.isEmpty }

    /// The text so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the buffer.
    mutating func reset() { bytes.removeAll(keepingCapacity: true); pendingSpace = false }
}
