import FaultlineActors

/// The bundled base, loaded once for all suites (loading is the slow part in debug builds).
enum SharedKnowledgeBase {
    static let bundled: KnowledgeBase = {
        do { return try KnowledgeBase.bundled() } catch { fatalError("the bundled knowledge base does not load: \(error)") }
    }()
}
