/// A minimal CSV reader for the small code tables: quoted fields, doubled quotes, one header.
enum CSVRows {
    /// The data rows (after the header) with their 1-based line numbers.
    static func parse(_ text: String, file: String, columns: Int) throws(LexiconError) -> [(Int, [String])] {
        var rows: [(Int, [String])] = []
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if lineNumber == 1 || line.isEmpty { continue }
            let fields = splitFields(line)
            guard fields.count >= columns else {
                throw LexiconError.badTable(
                    file: file, line: lineNumber, reason: "expected \(columns) fields, found \(fields.count)")
            }
            rows.append((lineNumber, fields))
        }
        return rows
    }

    static func splitFields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
