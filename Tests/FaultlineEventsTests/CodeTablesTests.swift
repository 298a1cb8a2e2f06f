import FaultlineCore
import Foundation
import Testing
@testable import FaultlineEvents

@Suite struct CodeTablesTests {
    static let shared = Result { try EventLexicon.bundled() }
    let lexicon: EventLexicon

    init() throws { lexicon = try Self.shared.get() }

    @Test func goldsteinValuesComeFromTheICEWSTable() throws {
        #expect(lexicon.tables.code("043")?.goldstein == 2.8)
        #expect(lexicon.tables.code("186")?.goldstein == -10)
        #expect(lexicon.tables.code("0256")?.name == "Appeal for de-escalation of military engagement")
        #expect(lexicon.tables.cameo.count > 300)
    }

    @Test func quadClassesFollowTheRootRanges() {
        let expected = [1: 0, 2: 0, 3: 1, 5: 1, 6: 2, 8: 2, 9: 3, 13: 3, 16: 3, 14: 4, 15: 4, 17: 4, 20: 4]
        for (root, quad) in expected { #expect(CameoCode.quadClass(ofRoot: root) == quad, "root \(root)") }
        #expect(CameoCode.quadClass(of: "0874") == 2)
    }

    @Test func ploverMappingFallsBackToParentCodes() {
        #expect(lexicon.tables.plover(for: "042") == PloverMapping(event: "CONSULT", mode: "visit"))
        #expect(lexicon.tables.plover(for: "1056").event == "REQUEST")
        #expect(lexicon.tables.plover(for: "0256").event == "REQUEST")
        #expect(lexicon.tables.plover(for: "143").mode == "boycott")
        #expect(lexicon.tables.ploverScore(event: "CONSULT", mode: "visit") == 4)
        #expect(lexicon.tables.ploverScore(event: "ASSAULT", mode: "nonexistent") == -9)
    }

    @Test func codeFamiliesComposeRequestsPromisesRefusalsAndThreats() {
        #expect(CodeFamilies.request("0871", demand: false) == "0256")
        #expect(CodeFamilies.request("087", demand: true) == "1056")
        #expect(CodeFamilies.request("0841", demand: true) == "1053")
        #expect(CodeFamilies.request("040", demand: false) == "026")
        #expect(CodeFamilies.intent("051") == "032")
        #expect(CodeFamilies.intent("042") == "036")
        #expect(CodeFamilies.intent("190") == "1384")
        #expect(CodeFamilies.reject("073") == "1223")
        #expect(CodeFamilies.threat("163") == "1312")
        // Every composed code is in the table.
        // Every composed code resolves in the table (itself or its parent).
        let tables = lexicon.tables
        var unresolved: [String] = []
        for code in tables.cameo.keys where code.count >= 3 {
            for composed in [CodeFamilies.request(code, demand: false), CodeFamilies.request(code, demand: true),
                             CodeFamilies.intent(code), CodeFamilies.reject(code), CodeFamilies.threat(code)]
            where tables.code(composed) == nil || !composed.hasPrefix(tables.code(composed)!.code) {
                unresolved.append("\(code) -> \(composed)")
            }
        }
        #expect(unresolved.isEmpty)
    }

    @Test func lexiconCoversEveryRootAndHundredsOfEntries() {
        let frames = lexicon.verbs.values.flatMap { $0 } + lexicon.nouns.values.flatMap { $0 }
        #expect(frames.count > 500)
        let roots = Set(frames.map { String($0.code.prefix(2)) })
        for root in 1...20 {
            #expect(roots.contains(root < 10 ? "0\(root)" : "\(root)"), "root \(root)")
        }
    }

    @Test func userFilesExtendTheLexicon() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "\"1823\":\n  - {verb: defenestrate, target: [obj]}\n".write(
            to: directory.appendingPathComponent("verbs-local.yaml"), atomically: true, encoding: .utf8)
        var extended = lexicon
        try extended.merge(directory: directory)
        #expect(extended.verbs["defenestrate"]?.first?.code == "1823")
        #expect(lexicon.verbs["defenestrate"] == nil)
    }

    @Test func malformedUserFilesAreNamedInTheError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "\"999\":\n  - frobnicate\n".write(to: directory.appendingPathComponent("verbs-bad.yaml"), atomically: true, encoding: .utf8)
        var extended = lexicon
        #expect(throws: LexiconError.badLexicon(file: "verbs-bad.yaml", reason: "CAMEO code 999 is not in the code table")) {
            try extended.merge(directory: directory)
        }
    }
}

@Suite struct InflectionTests {
    @Test func regularAndIrregularFormsAreGenerated() {
        #expect(Inflection.verbForms("expel").contains("expelled"))
        #expect(Inflection.verbForms("ban").contains("banned"))
        #expect(Inflection.verbForms("deny").contains("denied"))
        #expect(Inflection.verbForms("seize").contains("seizing"))
        #expect(Inflection.verbForms("meet").contains("met"))
        #expect(Inflection.verbForms("attack").contains("attacks"))
        #expect(Inflection.verbForms("visit").contains("visited"))
    }
}
