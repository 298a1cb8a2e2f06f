import FaultlineCore
import Foundation

/// The binary cache of parsed knowledge-base files: a string table, then the entries as
/// varints referring to it. It is keyed by a hash of the YAML files, so a stale cache is
/// never used; YAML stays the source of truth.
enum KnowledgeBaseCache {
    /// Bumped whenever the layout below changes.
    static let formatVersion: UInt64 = 5
    static let magic: [UInt8] = Array("FLKB".utf8)

    /// Where the cache for a directory with files hashing to `hash` lives.
    static func location(for directory: URL, hash: UInt64) -> URL {
        let environment = ProcessInfo.processInfo.environment
        let base: URL
        if let explicit = environment["FAULTLINE_CACHE"], !explicit.isEmpty {
            base = URL(fileURLWithPath: explicit)
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            base = URL(fileURLWithPath: xdg).appendingPathComponent("faultline")
        } else if let home = environment["HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home).appendingPathComponent(".cache/faultline")
        } else {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("faultline")
        }
        return base.appendingPathComponent("kb-\(String(hash, radix: 16))-v\(formatVersion).bin")
    }

    static func encode(_ contents: KnowledgeBaseContents, hash: UInt64) -> [UInt8] {
        var body = CacheWriter()
        body.count(contents.countries.count)
        for country in contents.countries {
            body.string(country.iso)
            body.string(country.name)
            body.strings(country.names)
            body.strings(country.demonyms)
            body.strings(country.capitals)
            body.strings(country.places)
            body.location(country.location)
        }
        body.count(contents.actors.count)
        for actor in contents.actors {
            body.string(actor.id)
            body.string(actor.kind.rawValue)
            body.string(actor.name)
            body.strings(actor.aliases)
            body.optional(actor.country)
            body.count(actor.codes.count)
            for code in actor.codes { body.code(code.code); body.interval(code.interval) }
            body.count(actor.relations.count)
            for relation in actor.relations {
                body.string(relation.kind.rawValue)
                body.string(relation.target)
                body.optional(relation.role)
                body.interval(relation.interval)
                body.double(relation.confidence)
                body.strings(relation.sources)
            }
            body.strings(actor.sources)
            body.location(actor.location)
        }
        body.count(contents.ties.count)
        for tie in contents.ties {
            body.string(tie.kind.rawValue)
            body.string(tie.source)
            body.string(tie.target)
            body.interval(tie.interval)
            body.double(tie.confidence)
            body.strings(tie.sources)
            body.location(tie.location)
        }
        body.count(contents.agents.count)
        for agent in contents.agents { body.string(agent.term); body.string(agent.sector); body.location(agent.location) }

        var out = CacheWriter()
        out.bytes = magic
        out.varint(formatVersion)
        out.varint(hash)
        out.count(body.table.count)
        for text in body.table {
            let utf8 = Array(text.utf8)
            out.count(utf8.count)
            out.bytes.append(contentsOf: utf8)
        }
        out.bytes.append(contentsOf: body.bytes)
        return out.bytes
    }

    /// The contents, or `nil` when the data is not a cache of this format for these files.
    static func decode(_ data: Data, hash: UInt64) -> KnowledgeBaseContents? {
        let bytes = [UInt8](data)
        var reader = CacheReader(bytes: bytes)
        guard bytes.count > 4, Array(bytes[0..<4]) == magic else { return nil }
        reader.position = 4
        guard reader.varint() == formatVersion, reader.varint() == hash else { return nil }
        let tableCount = reader.count()
        var table: [String] = []
        table.reserveCapacity(tableCount)
        for _ in 0..<tableCount {
            let length = reader.count()
            guard reader.position + length <= bytes.count else { return nil }
            table.append(String(decoding: bytes[reader.position..<(reader.position + length)], as: UTF8.self))
            reader.position += length
        }
        reader.table = table
        var contents = KnowledgeBaseContents()
        for _ in 0..<reader.count() {
            contents.countries.append(Country(
                iso: reader.string(), name: reader.string(), names: reader.strings(), demonyms: reader.strings(),
                capitals: reader.strings(), places: reader.strings(), location: reader.location()))
        }
        let actorCount = reader.count()
        contents.actors.reserveCapacity(actorCount)
        for _ in 0..<actorCount {
            let id = reader.string()
            guard let kind = ActorKind(rawValue: reader.string()) else { return nil }
            let name = reader.string(), aliases = reader.strings(), country = reader.optional()
            var codes: [DatedCode] = []
            for _ in 0..<reader.count() { codes.append(DatedCode(code: reader.code(), interval: reader.interval())) }
            var relations: [ActorRelation] = []
            for _ in 0..<reader.count() {
                guard let relationKind = ActorRelation.Kind(rawValue: reader.string()) else { return nil }
                relations.append(ActorRelation(
                    kind: relationKind, target: reader.string(), role: reader.optional(), interval: reader.interval(),
                    confidence: reader.double(), sources: reader.strings()))
            }
            contents.actors.append(Actor(
                id: id, kind: kind, name: name, aliases: aliases, country: country, codes: codes,
                relations: relations, sources: reader.strings(), location: reader.location()))
        }
        for _ in 0..<reader.count() {
            guard let kind = ActorTie.Kind(rawValue: reader.string()) else { return nil }
            contents.ties.append(ActorTie(
                kind: kind, source: reader.string(), target: reader.string(), interval: reader.interval(),
                confidence: reader.double(), sources: reader.strings(), location: reader.location()))
        }
        for _ in 0..<reader.count() {
            contents.agents.append(AgentTerm(term: reader.string(), sector: reader.string(), location: reader.location()))
        }
        return reader.failed ? nil : contents
    }
}

/// Varints and interned strings for the cache.
private struct CacheWriter {
    var bytes: [UInt8] = []
    var table: [String] = []
    private var interned: [String: Int] = [:]

    mutating func varint(_ value: UInt64) {
        var remaining = value
        while remaining >= 0x80 {
            bytes.append(UInt8(remaining & 0x7f) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    mutating func count(_ value: Int) { varint(UInt64(value)) }

    mutating func string(_ text: String) {
        if let known = interned[text] { return count(known + 1) }
        interned[text] = table.count
        table.append(text)
        count(table.count)
    }

    mutating func optional(_ text: String?) {
        if let text { string(text) } else { count(0) }
    }

    mutating func strings(_ texts: [String]) {
        count(texts.count)
        for text in texts { string(text) }
    }

    mutating func double(_ value: Double) { varint(value.bitPattern) }

    mutating func date(_ date: CivilDate?) {
        guard let date else { return count(0) }
        count(date.year * 10_000 + date.month * 100 + date.day)
    }

    mutating func interval(_ interval: ValidityInterval) { date(interval.start); date(interval.end) }

    mutating func code(_ code: ActorCode) { optional(code.country); optional(code.sector) }

    mutating func location(_ location: SourceLocation?) {
        optional(location?.file)
        count(location?.line ?? 0)
    }
}

private struct CacheReader {
    let bytes: [UInt8]
    var position = 0
    var table: [String] = []
    var failed = false

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func varint() -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
            if shift > 63 { break }
        }
        failed = true
        return 0
    }

    mutating func count() -> Int {
        let value = Int(truncatingIfNeeded: varint())
        if value < 0 || value > bytes.count * 8 + 1 { failed = true; return 0 }
        return value
    }

    mutating func optional() -> String? {
        let index = count()
        guard index > 0 else { return nil }
        guard index <= table.count else { failed = true; return nil }
        return table[index - 1]
    }

    mutating func string() -> String { optional() ?? "" }

    mutating func strings() -> [String] {
        let total = count()
        var result: [String] = []
        result.reserveCapacity(total)
        for _ in 0..<total { result.append(string()) }
        return result
    }

    mutating func double() -> Double { Double(bitPattern: varint()) }

    mutating func date() -> CivilDate? {
        let value = Int(truncatingIfNeeded: varint())
        guard value > 0 else { return nil }
        return CivilDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    }

    mutating func interval() -> ValidityInterval { ValidityInterval(start: date(), end: date()) }

    mutating func code() -> ActorCode { ActorCode(country: optional(), sector: optional()) }

    mutating func location() -> SourceLocation? {
        let file = optional()
        let line = count()
        guard let file else { return nil }
        return SourceLocation(file: file, line: line)
    }
}
