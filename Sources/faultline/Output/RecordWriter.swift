import Foundation

/// A record that can also be printed as a table row and a CSV row.
protocol TabularRecord: Encodable {
    /// Column headers, in order.
    static var columns: [String] { get }
    /// The cells of this record, in column order.
    var cells: [String] { get }
}

/// Prints records in the chosen format to standard output.
enum RecordWriter {
    static func write<Record: TabularRecord>(_ records: [Record], format: OutputFormat) throws {
        switch format {
        case .table:
            print(table(header: Record.columns, rows: records.map(\.cells)), terminator: "")
        case .csv:
            var out = csvLine(Record.columns)
            for record in records { out += csvLine(record.cells) }
            print(out, terminator: "")
        case .json:
            try writeJSON(records)
        case .jsonl:
            try writeJSONLines(records)
        }
    }

    /// A JSON array, pretty-printed with sorted keys so output is stable.
    static func writeJSON<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// One compact JSON object per line.
    static func writeJSONLines<Value: Encodable>(_ values: [Value]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for value in values {
            out += String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        }
        print(out, terminator: "")
    }

    /// Columns padded to their widest cell; long cells are cut with an ellipsis.
    static func table(header: [String], rows: [[String]], maxWidth: Int = 60) -> String {
        let clipped = rows.map { row in
            row.map { cell in
                let flat = cell.replacingOccurrences(of: "\n", with: " ")
                return flat.count > maxWidth ? String(flat.prefix(maxWidth - 1)) + "…" : flat
            }
        }
        var widths = header.map(\.count)
        for row in clipped {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ") + "\n"
        }
        return line(header) + clipped.map(line).joined()
    }

    /// One CSV line; fields with commas, quotes or line breaks are quoted.
    static func csvLine(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }
}
