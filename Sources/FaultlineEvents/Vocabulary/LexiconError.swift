/// Why the event lexicon or its code tables could not be loaded.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    /// A bundled or user file is missing.
    case missingFile(String)
    /// A CSV code table has a malformed row.
    case badTable(file: String, line: Int, reason: String)
    /// A YAML lexicon file is malformed.
    case badLexicon(file: String, reason: String)

    /// One line naming the lexicon file and what is wrong with it.
    public var description: String {
        switch self {
        case .missingFile(let path):
            return "\(path): lexicon file not found; reinstall faultline or check the --lexicon directory"
        case .badTable(let file, let line, let reason):
            return "\(file):\(line): \(reason); fix the row or regenerate the table (see Lexicon/README.md)"
        case .badLexicon(let file, let reason):
            return "\(file): \(reason); see the format notes at the top of the bundled verbs.yaml"
        }
    }
}
