import FaultlineCore

/// One CAMEO event code with its name, Goldstein value and quad class.
public struct CameoCode: Sendable, Hashable {
    /// The code, e.g. "043".
    public var code: String
    /// The codebook name, e.g. "Host a visit".
    public var name: String
    /// The Goldstein conflict-cooperation value (ICEWS table), -10 to +10.
    public var goldstein: Double
    /// The CAMEO quad class: 0 neutral, 1 verbal cooperation, 2 material cooperation,
    /// 3 verbal conflict, 4 material conflict.
    public var quadClass: Int

    /// A code from its parts.
    public init(code: String, name: String, goldstein: Double, quadClass: Int) {
        self.code = code
        self.name = name
        self.goldstein = goldstein
        self.quadClass = quadClass
    }

    /// The quad class of a two-digit root, as the ConfliBERT and Phoenix data define it:
    /// 0 = roots 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14-15 and 17-20.
    public static func quadClass(ofRoot root: Int) -> Int {
        switch root {
        case 1, 2: return 0
        case 3...5: return 1
        case 6...8: return 2
        case 9...13, 16: return 3
        default: return 4
        }
    }

    /// The quad class of any code, from its first two digits; 0 when they are not a number.
    public static func quadClass(of code: String) -> Int {
        guard let root = Int(code.prefix(2)) else { return 0 }
        return quadClass(ofRoot: root)
    }
}

/// PLOVER's reading of a CAMEO code (CAMEO2PLOVER 2021 table).
public struct PloverMapping: Sendable, Hashable {
    /// The PLOVER event, e.g. "CONSULT".
    public var event: String
    /// The PLOVER mode, e.g. "visit"; `nil` when the table gives none.
    public var mode: String?
    /// The PLOVER contexts the code implies.
    public var context: [String]

    /// A mapping from its parts.
    public init(event: String, mode: String? = nil, context: [String] = []) {
        self.event = event
        self.mode = mode
        self.context = context
    }
}

/// The CAMEO and PLOVER code tables: names, Goldstein values, quad classes, the CAMEO-to-PLOVER
/// mapping and the PLOVER scores. Facts, loaded from the compact CSV files in `Lexicon/`.
public struct CodeTables: Sendable {
    /// CAMEO codes by code.
    public let cameo: [String: CameoCode]
    /// PLOVER mappings by CAMEO code (only codes the table lists; see ``plover(for:)``).
    public let ploverByCameo: [String: PloverMapping]
    /// PLOVER scores by "EVENT" or "EVENT/mode".
    public let ploverScores: [String: Double]

    /// Tables from their parts.
    public init(cameo: [String: CameoCode], ploverByCameo: [String: PloverMapping], ploverScores: [String: Double]) {
        self.cameo = cameo
        self.ploverByCameo = ploverByCameo
        self.ploverScores = ploverScores
    }

    /// Parses the three CSV tables (`cameo-codes.csv`, `cameo-plover.csv`, `plover-scores.csv`).
    public init(cameoCSV: String, ploverCSV: String, scoresCSV: String) throws(LexiconError) {
        var cameo: [String: CameoCode] = [:]
        for (line, fields) in try CSVRows.parse(cameoCSV, file: "cameo-codes.csv", columns: 3) {
            guard let goldstein = Double(fields[1]) else {
                throw LexiconError.badTable(file: "cameo-codes.csv", line: line, reason: "Goldstein value '\(fields[1])' is not a number")
            }
            cameo[fields[0]] = CameoCode(
                code: fields[0], name: fields[2], goldstein: goldstein, quadClass: CameoCode.quadClass(of: fields[0]))
        }
        var plover: [String: PloverMapping] = [:]
        for (_, fields) in try CSVRows.parse(ploverCSV, file: "cameo-plover.csv", columns: 4) {
            let contexts = fields[3].split(separator: ";").map { String($0) }.filter { !$0.isEmpty }
            plover[fields[0]] = PloverMapping(
                event: fields[1], mode: fields[2].isEmpty ? nil : fields[2], context: contexts)
        }
        var scores: [String: Double] = [:]
        for (line, fields) in try CSVRows.parse(scoresCSV, file: "plover-scores.csv", columns: 3) {
            guard let score = Double(fields[2]) else {
                throw LexiconError.badTable(file: "plover-scores.csv", line: line, reason: "score '\(fields[2])' is not a number")
            }
            scores[fields[1].isEmpty ? fields[0] : fields[0] + "/" + fields[1]] = score
        }
        self.init(cameo: cameo, ploverByCameo: plover, ploverScores: scores)
    }

    /// The entry of a code, falling back to its parent code ("0875" -> "087" -> "08").
    public func code(_ code: String) -> CameoCode? {
        var key = Substring(code)
        while key.count >= 2 {
            if let found = cameo[String(key)] { return found }
            key = key.dropLast()
        }
        return nil
    }

    /// Whether the table knows this exact code.
    public func isKnown(_ code: String) -> Bool { cameo[code] != nil }

    /// The PLOVER reading of a CAMEO code, falling back to its parent codes. PLOVER drops
    /// CAMEO's statements (01) and folds appeals (02) into REQUEST; Faultline keeps both, as
    /// STATEMENT and REQUEST.
    public func plover(for code: String) -> PloverMapping {
        var key = Substring(code)
        while key.count >= 2 {
            if let found = ploverByCameo[String(key)] { return found }
            key = key.dropLast()
        }
        switch code.prefix(2) {
        case "01": return PloverMapping(event: "STATEMENT")
        case "02": return PloverMapping(event: "REQUEST")
        default: return PloverMapping(event: "STATEMENT")
        }
    }

    /// The PLOVER score of an event and mode, falling back to the event's own score.
    public func ploverScore(event: String, mode: String?) -> Double? {
        if let mode, let score = ploverScores[event + "/" + mode] { return score }
        return ploverScores[event]
    }
}
