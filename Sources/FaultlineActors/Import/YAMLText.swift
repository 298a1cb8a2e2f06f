import FaultlineCore
import Foundation
/// Small helpers to write readable knowledge-base YAML.
public enum YAMLText {
    /// A scalar, quoted only when YAML would misread it.
    public static func scalar(_ text: String) -> String {
        let plainUnsafe: Set<Character> = [":", "#", "[", "]", "{", "}", ",", "\"", "'", "&", "*", "!", "|", ">", "%", "@", "`", "\\"]
        let reserved: Set<String> = ["yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"]
        let needsQuotes = text.isEmpty || text.contains(where: { plainUnsafe.contains($0) })
            || text.first == "-" || text.first == "?" || text.first == " " || text.last == " "
            || reserved.contains(text.lowercased()) || Double(text) != nil
        guard needsQuotes else { return text }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }

    /// A flow sequence: `[a, b, "c: d"]`.
    public static func list(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }

    /// `from: ..., to: ...` pairs for an interval (empty when open).
    public static func interval(_ interval: ValidityInterval) -> String {
        var parts: [String] = []
        if let start = interval.start { parts.append("from: \(start.iso)") }
        if let end = interval.end { parts.append("to: \(end.iso)") }
        return parts.joined(separator: ", ")
    }

    /// Countries as a `countries:` file.
    public static func countries(_ entries: [CountryInfoImporter.Entry], header: String, sources: [String]) -> String {
        var out = header.split(separator: "\n").map { "# " + $0 }.joined(separator: "\n") + "\ncountries:\n"
        for entry in entries {
            out += "- iso: \(entry.iso)\n  name: \(scalar(entry.name))\n"
            if !entry.names.isEmpty { out += "  names: \(list(unique(entry.names)))\n" }
            if !entry.demonyms.isEmpty { out += "  demonyms: \(list(unique(entry.demonyms)))\n" }
            if !entry.capitals.isEmpty { out += "  capital: \(list(unique(entry.capitals)))\n" }
            if !entry.places.isEmpty { out += "  places: \(list(unique(entry.places)))\n" }
            out += "  sources: \(list(sources))\n"
            if !entry.leaders.isEmpty {
                out += "  leaders:\n"
                for leader in entry.leaders {
                    var fields = ["name: \(scalar(leader.name))", "office: \(scalar(leader.office))"]
                    let span = interval(leader.interval)
                    if !span.isEmpty { fields.append(span) }
                    if !leader.aliases.isEmpty { fields.append("aliases: \(list(leader.aliases))") }
                    out += "  - {\(fields.joined(separator: ", "))}\n"
                }
            }
        }
        return out
    }

    static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert(NameKey.key($0)).inserted }
    }
}
