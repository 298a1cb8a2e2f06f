import FaultlineCore
import Foundation

/// Measures actor coding: country and sector accuracy on actor-resolution expectations
/// (NGEC-style CSV) and on the source/target actors of PLOVER gold records, given the sentence.
public struct ActorEvaluation: Sendable {
    /// Counts for one data set.
    public struct Score: Sendable, Codable {
        /// Cases with an expected country.
        public var countryTotal = 0
        /// Of which coded right.
        public var countryCorrect = 0
        /// Cases with an expected sector (or an expected absence of one).
        public var sectorTotal = 0
        /// Of which coded right.
        public var sectorCorrect = 0
        /// Cases expecting no actor at all.
        public var noneTotal = 0
        /// Of which the coder returned none.
        public var noneCorrect = 0
        /// Wrong codings, for inspection.
        public var errors: [String] = []

        /// Country accuracy, 0 to 1.
        public var countryAccuracy: Double { countryTotal == 0 ? 0 : Double(countryCorrect) / Double(countryTotal) }
        /// Sector accuracy, 0 to 1.
        public var sectorAccuracy: Double { sectorTotal == 0 ? 0 : Double(sectorCorrect) / Double(sectorTotal) }
    }

    /// The annotator under test.
    public let annotator: ActorAnnotator

    /// An evaluation of an annotator.
    public init(annotator: ActorAnnotator) {
        self.annotator = annotator
    }

    /// Scores the literal cases of an actor-resolution CSV (`test,method,input_args,assertions`).
    public func scoreResolutionCSV(_ text: String) -> Score {
        var score = Score()
        for row in CSVRows.parse(text).dropFirst() where row.count >= 4 {
            let method = row[1]
            guard ["agent_to_code", "search_nat", "short_text_to_agent", "trf_agent_match"].contains(method) else { continue }
            let arguments = row[2]
            guard arguments.hasPrefix("\""), let phrase = Self.quoted(arguments).first, !phrase.isEmpty else { continue }
            var date: CivilDate?
            for candidate in Self.quoted(arguments).dropFirst() { date = date ?? CivilDate(iso: candidate) ?? Self.looseDate(candidate) }
            let coded = annotator.coder.code(phrase: phrase, date: date)
            let country = coded?.code.country ?? ""
            let sector = CodeTables.ploverSector(coded?.code.sector) ?? ""
            for assertion in row[3].components(separatedBy: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                if assertion.hasPrefix("code is None") || assertion.hasPrefix("code == None") {
                    score.noneTotal += 1
                    if coded == nil { score.noneCorrect += 1 } else { score.errors.append("\(row[0]) \"\(phrase)\": expected no actor, got \(coded!.code)") }
                    continue
                }
                guard assertion.contains("=="), !assertion.contains("!=") else { continue }
                let parts = assertion.components(separatedBy: "==")
                let field = parts[0].trimmingCharacters(in: .whitespaces)
                let expected = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                if field == "cc" || field == "code['country']" {
                    score.countryTotal += 1
                    if expected == country { score.countryCorrect += 1 } else { score.errors.append("\(row[0]) \"\(phrase)\": country \(country.isEmpty ? "-" : country), expected \(expected.isEmpty ? "-" : expected)") }
                } else if field == "code['code_1']" {
                    score.sectorTotal += 1
                    if expected == sector { score.sectorCorrect += 1 } else { score.errors.append("\(row[0]) \"\(phrase)\": sector \(sector.isEmpty ? "-" : sector), expected \(expected.isEmpty ? "-" : expected)") }
                }
            }
        }
        return score
    }

    /// Scores the source and target actors of PLOVER gold records (a JSON array whose first
    /// record is documentation), each coded from its text within its sentence.
    public func scorePlover(_ data: Data) throws -> Score {
        guard let records = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw ActorEvaluationError("the PLOVER file is not a JSON array of records")
        }
        var score = Score()
        for record in records {
            guard let sentence = record["text"] as? String, record["event"] as? String != "DOCUMENT" else { continue }
            let date = (record["date"] as? String).flatMap { CivilDate(iso: $0) }
            for role in ["source", "target"] {
                guard let actors = record[role] as? [[String: Any]] else { continue }
                for actor in actors {
                    guard let text = actor["actorText"] as? String, let expectedCountry = actor["code"] as? String else { continue }
                    let expectedSector = String(((actor["sector"] as? String) ?? "").prefix(3))
                    let coded = codeInSentence(text, sentence: sentence, date: date)
                    let country = coded?.code.country ?? ""
                    let sector = CodeTables.ploverSector(coded?.code.sector) ?? ""
                    score.countryTotal += 1
                    if country == expectedCountry { score.countryCorrect += 1 } else {
                        score.errors.append("\(role) \"\(text)\": country \(country.isEmpty ? "-" : country), expected \(expectedCountry)")
                    }
                    if expectedSector == "***" { continue }
                    score.sectorTotal += 1
                    if sector == expectedSector { score.sectorCorrect += 1 } else {
                        score.errors.append("\(role) \"\(text)\": sector \(sector.isEmpty ? "-" : sector), expected \(expectedSector.isEmpty ? "-" : expectedSector)")
                    }
                }
            }
        }
        return score
    }

    /// Codes an actor text as the annotator would within its sentence: with the agent words
    /// that follow it ("Hungarian [and Romanian] officials").
    func codeInSentence(_ text: String, sentence: String, date: CivilDate?) -> CodedActor? {
        let phrase = text.replacingOccurrences(of: "...", with: " ")
        var extended = phrase
        var rest = sentence
        if let found = sentence.range(of: text) {
            let offset = sentence.utf8.distance(from: sentence.utf8.startIndex, to: found.upperBound)
            let following = ActorAnnotator.followingWords(in: sentence, after: offset, limit: 5)
            extended += annotator.continuation(of: phrase, following: following)
            rest = sentence.replacingCharacters(in: found, with: " ")
        }
        let context = annotator.countriesMentioned(in: rest, date: date)
        return annotator.coder.match(phrase: extended, date: date, contextCountries: context)?.coded
    }

    static func quoted(_ text: String) -> [String] {
        var values: [String] = []
        var current = ""
        var inside = false
        for character in text {
            if character == "\"" {
                if inside { values.append(current); current = "" }
                inside.toggle()
            } else if inside {
                current.append(character)
            }
        }
        return values
    }

    /// "10 May 2015", "1 july 2021", "12 April 2022".
    static func looseDate(_ text: String) -> CivilDate? {
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let parts = text.lowercased().split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0]), let month = months.firstIndex(of: String(parts[1])), let year = Int(parts[2]) else { return nil }
        return CivilDate(year: year, month: month + 1, day: day)
    }
}

/// A problem with an evaluation file.
public struct ActorEvaluationError: Error, CustomStringConvertible {
    /// What is wrong.
    public var description: String
    init(_ description: String) { self.description = description }
}

/// A minimal RFC 4180 CSV reader (quoted fields, doubled quotes).
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character?
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(field); field = ""
                rows.append(row)
                row = []
            } else if character != "\r" {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
