/// Why a gold file could not be read.
public enum EvaluationError: Error, CustomStringConvertible, Equatable {
    /// The file is missing or unreadable.
    case unreadable(path: String)
    /// The file is not in the expected format.
    case malformed(path: String, reason: String)

    /// One line naming the input and what is wrong with it.
    public var description: String {
        switch self {
        case .unreadable(let path):
            return "\(path): cannot read the file; check the path"
        case .malformed(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
