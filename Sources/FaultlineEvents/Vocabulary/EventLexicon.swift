import FaultlineCore
import Foundation

/// The event lexicon: verb, noun and adjective frames mapped to CAMEO codes, cue words, and the
/// CAMEO/PLOVER code tables. Loaded once (``bundled()``) and shared read-only.
public struct EventLexicon: Sendable {
    /// Verb frames by lemma.
    public private(set) var verbs: [String: [LexicalFrame]] = [:]
    /// Noun frames by lemma (also indexed by a naive singular).
    public private(set) var nouns: [String: [LexicalFrame]] = [:]
    /// Adjective frames by lemma ("willing" from "be willing").
    public private(set) var adjectives: [String: [LexicalFrame]] = [:]
    /// Inflected verb forms and their lemmas ("expelled" -> "expel"), so that a wrong or
    /// missing lemma still finds its verb.
    public private(set) var verbForms: [String: String] = [:]
    /// Cue words.
    public private(set) var cues: Cues
    /// The code tables.
    public let tables: CodeTables

    /// An empty lexicon over the given tables.
    public init(tables: CodeTables, cues: Cues = Cues()) {
        self.tables = tables
        self.cues = cues
    }

    /// The lexicon shipped in the module's `Lexicon/` resource folder.
    public static func bundled() throws(LexiconError) -> EventLexicon {
        guard let directory = bundledDirectory else {
            throw LexiconError.missingFile("Lexicon (bundled resources)")
        }
        return try load(directory: directory)
    }

    /// The bundled `Lexicon/` resource folder, if the bundle has it.
    static var bundledDirectory: URL? { Bundle.module.url(forResource: "Lexicon", withExtension: nil) }

    /// Loads the tables and every lexicon file from a directory laid out like `Lexicon/`.
    public static func load(directory: URL) throws(LexiconError) -> EventLexicon {
        let tables = try CodeTables(
            cameoCSV: read(directory.appendingPathComponent("cameo-codes.csv")),
            ploverCSV: read(directory.appendingPathComponent("cameo-plover.csv")),
            scoresCSV: read(directory.appendingPathComponent("plover-scores.csv")))
        var lexicon = EventLexicon(tables: tables)
        try lexicon.merge(directory: directory)
        return lexicon
    }

    /// Merges the lexicon files of a directory (`verbs*.yaml`, `nouns*.yaml`, `cues*.yaml`,
    /// `contexts*.yaml`, `agents*.yaml`): their entries come first, so they win over earlier ones.
    public mutating func merge(directory: URL) throws(LexiconError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            throw LexiconError.missingFile(directory.path)
        }
        for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let url = directory.appendingPathComponent(name)
            let text = try Self.read(url)
            if name.hasPrefix("verbs") {
                try mergeFrames(yaml: text, file: name, nouns: false)
            } else if name.hasPrefix("nouns") {
                try mergeFrames(yaml: text, file: name, nouns: true)
            } else if name.hasPrefix("cues") {
                try mergeCues(yaml: text, file: name)
            } else if name.hasPrefix("contexts") {
                try mergeContexts(yaml: text, file: name)
            } else if name.hasPrefix("agents") {
                try mergeAgents(yaml: text, file: name)
            }
        }
    }

    /// Adds one frame; it takes precedence over frames of the same phrase added before.
    public mutating func add(_ frame: LexicalFrame, asNoun: Bool = false, asAdjective: Bool = false) {
        if asAdjective {
            adjectives[frame.head, default: []].insert(frame, at: 0)
        } else if asNoun {
            nouns[frame.head, default: []].insert(frame, at: 0)
            let singular = Self.singular(frame.head)
            if singular != frame.head { nouns[singular, default: []].insert(frame, at: 0) }
        } else {
            verbs[frame.head, default: []].insert(frame, at: 0)
            for form in Inflection.verbForms(frame.head) where verbForms[form] == nil { verbForms[form] = frame.head }
        }
    }

    /// A naive singular: "talks" -> "talk", "clashes" -> "clash"; words in -ss stay.
    static func singular(_ word: String) -> String {
        if word.hasSuffix("ss") || word.count < 4 { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("shes") || word.hasSuffix("ches") || word.hasSuffix("xes") { return String(word.dropLast(2)) }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }

    private static func read(_ url: URL) throws(LexiconError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LexiconError.missingFile(url.path)
        }
    }

    private static func parse(_ yaml: String, file: String) throws(LexiconError) -> [String: Any] {
        let loaded: Any?
        do {
            loaded = try LexiconYAML.load(yaml)
        } catch {
            throw LexiconError.badLexicon(file: file, reason: "not valid YAML (\(error))")
        }
        guard let loaded else { return [:] }
        guard let mapping = loaded as? [String: Any] else {
            throw LexiconError.badLexicon(file: file, reason: "the top level must be a mapping")
        }
        return mapping
    }

    private static func words(_ value: Any?, file: String, key: String) throws(LexiconError) -> [String] {
        guard let value else { return [] }
        if let list = value as? [Any] { return list.map { "\($0)".lowercased() } }
        throw LexiconError.badLexicon(file: file, reason: "'\(key)' must be a list of words")
    }

    private mutating func mergeFrames(yaml: String, file: String, nouns asNouns: Bool) throws(LexiconError) {
        let mapping = try Self.parse(yaml, file: file)
        // Files list the common entries first; adding in reverse keeps the file order as priority.
        var frames: [(LexicalFrame, Bool)] = []
        for (key, value) in mapping.sorted(by: { $0.key < $1.key }) {
            let code = key
            guard code.count >= 2, code.count <= 4, code.allSatisfy(\.isNumber) else {
                throw LexiconError.badLexicon(file: file, reason: "key '\(key)' is not a CAMEO code (quote it: \"042\")")
            }
            guard tables.code(code) != nil else {
                throw LexiconError.badLexicon(file: file, reason: "CAMEO code \(code) is not in the code table")
            }
            guard let items = value as? [Any] else {
                throw LexiconError.badLexicon(file: file, reason: "code \(code) must hold a list of entries")
            }
            for item in items {
                frames.append(try Self.frame(item, code: code, file: file, noun: asNouns))
            }
        }
        for (frame, adjective) in frames.reversed() {
            add(frame, asNoun: asNouns && !adjective, asAdjective: adjective)
        }
    }

    private static func frame(_ item: Any, code: String, file: String, noun: Bool) throws(LexiconError) -> (LexicalFrame, Bool) {
        var phrase: String
        var options: [String: Any] = [:]
        if let text = item as? String {
            phrase = text
        } else if let map = item as? [String: Any], let text = (map["verb"] ?? map["noun"]) as? String {
            phrase = text
            options = map
        } else {
            throw LexiconError.badLexicon(file: file, reason: "an entry under \(code) is neither a phrase nor a map with 'verb' or 'noun'")
        }
        phrase = trimmedWhitespace(phrase)
        var adjective = false
        var frame: LexicalFrame
        if !noun, phrase.hasPrefix("be ") {
            adjective = true
            phrase.removeFirst(3)
        }
        if noun {
            guard let parsed = LexicalFrame.parseNounPhrase(phrase) else {
                throw LexiconError.badLexicon(file: file, reason: "empty noun under \(code)")
            }
            frame = LexicalFrame(head: parsed.head, companion: parsed.companion, code: code)
        } else {
            guard let parsed = LexicalFrame.parseVerbPhrase(phrase) else {
                throw LexiconError.badLexicon(file: file, reason: "empty verb under \(code)")
            }
            frame = LexicalFrame(
                head: parsed.head, particle: parsed.particle, companion: parsed.companion,
                needsActorObject: parsed.actorObject, code: code)
        }
        if let role = options["role"] as? String {
            guard let parsed = FrameRole(rawValue: role) else {
                throw LexiconError.badLexicon(
                    file: file, reason: "'\(phrase)': unknown role '\(role)' (one of \(FrameRole.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            frame.role = parsed
        }
        if let source = options["source"] as? String {
            frame.sourceFromObject = source == "object"
            frame.needsActorSubject = source == "subject"
        }
        if let target = options["target"] as? [Any] { frame.targetSlots = target.map { "\($0)".lowercased() } }
        if let patient = options["patient"] as? Bool { frame.patient = patient }
        if let mode = options["mode"] as? String { frame.mode = mode }
        if let context = options["context"] as? [Any] { frame.context = context.map { "\($0)" } }
        if let event = options["plover"] as? String { frame.ploverEvent = event.uppercased() }
        if let only = options["only"] as? String { frame.complementOnly = only == "complement" }
        return (frame, adjective)
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without building the character set for the
    /// many phrases that start and end with an ASCII letter (nothing to trim there).
    static func trimmedWhitespace(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") }
        if plain(first) && plain(last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private mutating func mergeCues(yaml: String, file: String) throws(LexiconError) {
        let mapping = try Self.parse(yaml, file: file)
        cues.hypothetical.formUnion(try Self.words(mapping["hypothetical"], file: file, key: "hypothetical"))
        cues.planned.formUnion(try Self.words(mapping["planned"], file: file, key: "planned"))
        cues.negation.formUnion(try Self.words(mapping["negation"], file: file, key: "negation"))
        cues.obligation.formUnion(try Self.words(mapping["obligation"], file: file, key: "obligation"))
        cues.necessity.formUnion(try Self.words(mapping["necessity"], file: file, key: "necessity"))
        cues.documents.formUnion(try Self.words(mapping["documents"], file: file, key: "documents"))
        cues.weapons.formUnion(try Self.words(mapping["weapons"], file: file, key: "weapons"))
        cues.media.formUnion(try Self.words(mapping["media"], file: file, key: "media"))
        cues.anonymous.formUnion(try Self.words(mapping["anonymous"], file: file, key: "anonymous"))
    }

    private mutating func mergeContexts(yaml: String, file: String) throws(LexiconError) {
        let mapping = try Self.parse(yaml, file: file)
        for (context, value) in mapping.sorted(by: { $0.key < $1.key }) {
            for word in try Self.words(value, file: file, key: context) {
                if word.contains(" ") {
                    cues.contextPhrases.append((word.split(separator: " ").map(String.init), context))
                } else if !(cues.contextWords[word]?.contains(context) ?? false) {
                    cues.contextWords[word, default: []].append(context)
                }
            }
        }
    }

    private mutating func mergeAgents(yaml: String, file: String) throws(LexiconError) {
        let mapping = try Self.parse(yaml, file: file)
        for (sector, value) in mapping.sorted(by: { $0.key < $1.key }) {
            for word in try Self.words(value, file: file, key: sector) where !word.contains(" ") {
                if cues.agentSectors[word] == nil { cues.agentSectors[word] = sector }
            }
        }
    }
}
