import Foundation
import Testing
@testable import FaultlineEvents

/// The quick lexicon reader must give exactly what `Yams.load` with the lexicon's resolver
/// gives: the same types and values, the same errors.
@Suite struct LexiconYAMLTests {
    /// A value's type and contents, mappings with sorted keys, so two readings compare as text.
    private func canonical(_ value: Any?) -> String {
        guard let value else { return "nil" }
        if let mapping = value as? [AnyHashable: Any] {
            let entries = mapping.map { ("\($0.key)", $0.value) }.sorted { $0.0 < $1.0 }
            return "{" + entries.map { "\($0.0)=\(canonical($0.1))" }.joined(separator: ", ") + "}"
        }
        if let list = value as? [Any] { return "[" + list.map(canonical).joined(separator: ", ") + "]" }
        return "\(type(of: value))(\(value))"
    }

    private func expectSameReading(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let quick = Result { try LexiconYAML.load(yaml) }
        let general = Result { try LexiconYAML.loadWithYams(yaml) }
        switch (quick, general) {
        case (.success(let quick), .success(let general)):
            #expect(canonical(quick) == canonical(general), "\(yaml)", sourceLocation: sourceLocation)
        case (.failure(let quick), .failure(let general)):
            #expect("\(quick)" == "\(general)", sourceLocation: sourceLocation)
        default:
            Issue.record("one reading failed, the other did not: \(yaml)", sourceLocation: sourceLocation)
        }
    }

    @Test func scalarsGetTheTypesTheResolverGives() {
        let scalars = [
            "say", "on", "no", "yes", "off", "true", "False", "TRUE", "null", "Null", "~", "", "042", "42", "-7",
            "+3", "0x1F", "0o17", "0b101", "1_000", "3.25", "-.5", ".inf", "-.Inf", ".nan", "1e3", "6.02e+23",
            "190:20:30", "2020-01-03", "2001-12-14t21:59:43.10-05:00", "<<", "=", "nothing", "fire on", "tell",
            "'quoted 12'", "\"42\"", "'true'", "Ñandú", "t", "n",
        ]
        for scalar in scalars {
            expectSameReading("key: \(scalar)\n")
            expectSameReading("- \(scalar)\n")
        }
    }

    @Test func lexiconShapesReadTheSame() {
        expectSameReading("""
            # comment
            "010":   # statement
              - {verb: say, role: report}
              - {verb: "call for", target: [on, against, 12], patient: true}
              - visit
            "0231": [aid, "give aid"]
            042: [meet]
            """)
        expectSameReading("hypothetical: [if, would]\nnegation: [no, not, never, 'no']\n")
        expectSameReading("a: 1\na: 2\n")
        expectSameReading("'no': 1\nno: 2\n")
        expectSameReading("")
        expectSameReading("# only a comment\n")
        expectSameReading("- just\n- a list\n")
        expectSameReading("plain scalar")
    }

    @Test func unusualDocumentsReadTheSame() {
        expectSameReading("base: &b {verb: say}\nother: *b\n")
        expectSameReading("base: &b {verb: say}\nother:\n  <<: *b\n  role: report\n")
        expectSameReading("key: !!str 42\nother: !!int \"7\"\n")
        expectSameReading("=: value\n")
    }

    @Test func malformedDocumentsFailTheSame() {
        expectSameReading("key: [unclosed\n")
        expectSameReading("a: b: c\n")
        expectSameReading("- a\nb: c\n")
    }

    @Test func bundledLexiconFilesReadTheSame() throws {
        guard let directory = EventLexicon.bundledDirectory else {
            Issue.record("the bundled lexicon is missing")
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            expectSameReading(text)
        }
    }
}
