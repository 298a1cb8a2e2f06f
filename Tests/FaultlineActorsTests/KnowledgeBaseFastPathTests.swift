@testable import FaultlineActors
import Foundation
import Testing

/// The cheaper loading paths of the knowledge base give what the plain ones gave.
@Suite struct KnowledgeBaseFastPathTests {
    @Test func bundledFilesReadTheSameWithoutTypeResolution() throws {
        let files = try KnowledgeBase.yamlFiles(in: KnowledgeBase.bundledDirectory)
        #expect(files.count > 3)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let quick = try YAMLReader(file: file.path).read(text)
            var typed = YAMLReader(file: file.path)
            typed.resolvesTypes = true
            #expect(try typed.read(text) == quick, "\(file.lastPathComponent)")
        }
    }

    @Test func malformedFilesStillNameTheFileAndLine() {
        let text = "actors:\n  - id: x\n    kind: bogus\n    name: X\n"
        #expect(throws: KnowledgeBaseError.self) { try YAMLReader(file: "bad.yaml").read(text) }
        do {
            _ = try YAMLReader(file: "bad.yaml").read(text)
        } catch {
            #expect("\(error)".contains("bad.yaml"))
            #expect("\(error)".contains("bogus"))
        }
        do {
            _ = try YAMLReader(file: "broken.yaml").read("actors: [unclosed\n")
            Issue.record("broken YAML was read")
        } catch {
            #expect("\(error)".contains("broken.yaml"))
            #expect("\(error)".contains("not valid YAML"))
        }
    }

    @Test func keysAreTheJoinedTokens() {
        let names = [
            "Al-Sudani", "al Sudani", "AL_SUDANI", "U.S.", "Israel's", "Shi'ite", "Côte d’Ivoire", "Mosul’s",
            "Nouri al-Maliki", "  ", "", "a.b.c.", "George W. Bush Jr.", "Ṣan‘ā’", "ＡＢＣ", "O'Neill's", "x`s",
        ]
        for name in names {
            let (key, count) = NameKey.keyAndCount(name)
            #expect(key == NameKey.tokens(name).joined(separator: " "), "\(name)")
            #expect(count == NameKey.tokens(name).count, "\(name)")
            #expect(NameKey.key(name[...]) == key)
        }
        #expect(NameKey.tokens("Al-Sudani's") == ["al", "sudani"])
        #expect(NameKey.tokens("U.S. forces") == ["us", "forces"])
    }

    @Test func surnamesFromTokensMatchSurnamesFromNames() {
        for name in ["George W. Bush Jr.", "Nouri al-Maliki", "Hassan", "Li Xi", "John Smith III"] {
            #expect(KnowledgeBase.surname(tokens: NameKey.tokens(name)) == KnowledgeBase.surname(of: name))
        }
    }
}
