/// Where a knowledge-base entry was read from, for line-numbered messages.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file path (or resource name).
    public var file: String
    /// The 1-based line.
    public var line: Int

    /// A location.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`.
    public var description: String { "\(file):\(line)" }
}
