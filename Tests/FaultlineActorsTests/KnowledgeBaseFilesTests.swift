@testable import FaultlineActors
import FaultlineCore
import Foundation
import Testing

@Suite struct KnowledgeBaseFilesTests {
    func write(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kb-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return directory
    }

    @Test func userFilesOverrideAndAddActorsWithDatedOffices() throws {
        let directory = try write(["extra.yaml": """
            actors:
              - id: xyz.group
                kind: militia
                name: Example Brigades
                aliases: [Example Brigade]
                country: IRQ
                code: IRQPRM
                sources: [test]
              - id: xyz.leader
                kind: person
                name: Jamil Testname
                offices:
                  - {role: leader, of: xyz.group, from: 2021-01-01, to: 2023-12-31}
                sources: [test]
            ties:
              - {kind: backing, from: irn, to: xyz.group, since: 2020, sources: [test]}
            """])
        let kb = try KnowledgeBase.load(directories: [directory])
        #expect(kb.code(of: "xyz.leader", on: CivilDate(iso: "2022-05-01")).description == "IRQPRM")
        #expect(kb.code(of: "xyz.leader", on: CivilDate(iso: "2024-05-01")).description == "IRQELI")
        #expect(kb.backers(of: "xyz.group", on: CivilDate(iso: "2024-05-01")) == ["irn"])
        // Loading again uses the binary cache and gives the same contents.
        let again = try KnowledgeBase.load(directories: [directory])
        #expect(again.contents == kb.contents)
    }

    @Test func badFilesAreReportedWithTheirLine() throws {
        let directory = try write(["bad.yaml": """
            actors:
              - id: xyz.one
                kind: militia
                name: One
                sources: [test]
              - id: xyz.two
                kind: warlord
                name: Two
            """])
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.load(directories: [directory]) }
        do {
            _ = try KnowledgeBase.load(directories: [directory])
        } catch let error as KnowledgeBaseError {
            #expect(error.location.line == 7)
            #expect(error.message.contains("warlord"))
        }
    }

    @Test func checkerFindsDanglingReferencesAndUnknownCodes() throws {
        let directory = try write(["check.yaml": """
            actors:
              - id: xyz.orphan
                kind: person
                name: Orphan Person
                offices:
                  - {role: head, of: xyz.missing}
                sources: [test]
              - id: xyz.badcode
                kind: party
                name: Bad Code Party
                code: QQQXXX
                sources: [test]
            """])
        let file = directory.appendingPathComponent("check.yaml")
        var contents = try KnowledgeBase.loadContents(directory: KnowledgeBase.bundledDirectory)
        contents.merge(try KnowledgeBase.readFile(file))
        let issues = KnowledgeBaseChecker().check(contents, focus: [file.path]).filter { $0.severity == .error }
        #expect(issues.contains { $0.message.contains("xyz.missing") && $0.location?.line == 2 })
        #expect(issues.contains { $0.message.contains("QQQ") })
        #expect(issues.contains { $0.message.contains("XXX") })
    }

    @Test func bundledBaseChecksClean() throws {
        var contents = KnowledgeBaseContents()
        for file in try KnowledgeBase.yamlFiles(in: KnowledgeBase.bundledDirectory) { contents.merge(try KnowledgeBase.readFile(file)) }
        let errors = KnowledgeBaseChecker().check(contents).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5))")
    }
}

@Suite struct KnowledgeBaseCacheTests {
    @Test func cacheRoundTripsTheBundledContents() throws {
        let contents = SharedKnowledgeBase.bundled.contents
        let bytes = KnowledgeBaseCache.encode(contents, hash: 42)
        let decoded = try #require(KnowledgeBaseCache.decode(Data(bytes), hash: 42))
        #expect(decoded == contents)
        #expect(KnowledgeBaseCache.decode(Data(bytes), hash: 43) == nil)
    }
}
