import ArgumentParser

/// How read commands print their records.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// Aligned columns (or readable text) for people.
    case table
    /// One JSON array.
    case json
    /// One JSON object per line.
    case jsonl
    /// RFC 4180 CSV with a header row.
    case csv
}

/// `--format table|json|jsonl|csv`.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json, jsonl or csv.")
    var format: OutputFormat = .table
}
