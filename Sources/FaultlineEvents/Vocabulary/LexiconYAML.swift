import Foundation
import Yams

/// Reads a lexicon YAML file into the values `Yams.load` gives (`String`, `Int`, `Bool`,
/// `[Any]`, `[String: Any]`, ...), at a fraction of the cost.
///
/// `Yams.load` resolves the type of every plain scalar and mapping key by trying seven regular
/// expressions in turn, which was most of the time spent loading the lexicon. Here the tree is
/// composed without tag resolution, and only a scalar that could be something other than a
/// string (it starts with a digit, a sign, a dot, `~`, `<` or `=`, is empty, or is one of the
/// boolean and null words) goes through the regular expressions, so every value comes out as
/// `Yams.load` with ``coreResolver`` makes it. Anything unusual (an explicit tag, a merge
/// key, a composing error) falls back to `Yams.load` itself, so results and error messages are
/// the same as before.
enum LexiconYAML {
    /// YAML 1.2 booleans only: YAML 1.1 reads the words "on", "off", "yes" and "no" as
    /// booleans, and lexicon entries are full of them ("target: [on, against]", the negation
    /// cue "no").
    static let coreResolver: Resolver =
        (try? Resolver.default.replacing(.bool, with: "^(?:true|True|TRUE|false|False|FALSE)$")) ?? .default

    /// The value of the first document of `yaml`, or `nil` for an empty one.
    static func load(_ yaml: String) throws -> Any? {
        do {
            // An anchored node may be both a mapping key, whose tag composing already resolved
            // (to a string, with no rules), and a value elsewhere: such documents take the
            // general path.
            if yaml.utf8.contains(UInt8(ascii: "&")) { throw Unusual() }
            guard let root = try Yams.compose(yaml: yaml, .basic) else { return nil }
            return try value(of: root)
        } catch {
            // The exact reading (or error) of the general path.
            return try loadWithYams(yaml)
        }
    }

    /// The general path: `Yams.load` with ``coreResolver``.
    static func loadWithYams(_ yaml: String) throws -> Any? {
        try Yams.load(yaml: yaml, coreResolver)
    }

    /// A node outside the simple shapes lexicon files use.
    private struct Unusual: Error {}

    private static let stringTag = Tag.Name.str.rawValue

    private static func value(of node: Node) throws(Unusual) -> Any {
        switch node {
        case .scalar(let scalar):
            return try value(of: scalar)
        case .sequence(let sequence):
            guard sequence.tag.rawValue.isEmpty else { throw Unusual() }
            var items: [Any] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try value(of: item)) }
            return items
        case .mapping(let mapping):
            guard mapping.tag.rawValue.isEmpty else { throw Unusual() }
            var result: [String: Any] = [:]
            result.reserveCapacity(mapping.count)
            for (key, item) in mapping {
                // Composing resolved the tags of keys already (checking for repeated keys), so a
                // plain key has the string tag here: its style tells it apart.
                guard case .scalar(let keyScalar) = key, keyScalar.tag.rawValue == stringTag else { throw Unusual() }
                // Merge (`<<`) and value (`=`) keys change the mapping itself.
                if keyScalar.style == .plain, keyScalar.string == "<<" || keyScalar.string == "=" { throw Unusual() }
                // Like `Yams.load`: keys are their text, a repeated key keeps the last value.
                result[keyScalar.string] = try value(of: item)
            }
            return result
        case .alias:
            throw Unusual()
        }
    }

    private static func value(of scalar: Node.Scalar) throws(Unusual) -> Any {
        let tag = scalar.tag.rawValue
        if tag == stringTag { return scalar.string }
        guard tag.isEmpty else { throw Unusual() }
        guard mayBeTyped(scalar.string) else { return scalar.string }
        let name = coreResolver.resolveTag(of: Node(scalar.string))
        if name == .str { return scalar.string }
        return Constructor.default.any(from: .scalar(Node.Scalar(scalar.string, Tag(name), scalar.style)))
    }

    /// Whether a plain scalar could match one of the resolver's patterns (bool, int, float,
    /// merge, null, timestamp, value); every other one is a string.
    static func mayBeTyped(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: "="):
            return true
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return typedWords.contains(text)
        default:
            return false
        }
    }

    /// The words the core resolver reads as booleans or null.
    private static let typedWords: Set<String> = [
        "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL",
    ]
}
