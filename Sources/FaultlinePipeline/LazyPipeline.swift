/// Builds the pipeline the first time a document needs analysis, once, for all tasks.
///
/// Loading the models takes far longer than refusing a bad file or skipping content already
/// stored, so a run that analyses nothing never pays for it.
actor LazyPipeline {
    private let load: @Sendable () throws -> Pipeline
    private var loaded: Result<Pipeline, IngestFailure>?

    /// A pipeline built by `load` on first use.
    init(load: @escaping @Sendable () throws -> Pipeline) {
        self.load = load
    }

    /// A pipeline that is already built.
    init(_ pipeline: Pipeline) {
        self.load = { pipeline }
        self.loaded = .success(pipeline)
    }

    /// The pipeline, or why it could not be built (the same answer for every caller), and the
    /// processor seconds this call spent building it (zero for every call but the first).
    func get() -> (pipeline: Result<Pipeline, IngestFailure>, loadSeconds: Double) {
        if let loaded { return (loaded, 0) }
        let start = StageTimings.threadProcessorTime()
        let result: Result<Pipeline, IngestFailure>
        do {
            result = .success(try load())
        } catch {
            result = .failure(IngestFailure(origin: "pipeline", reason: "cannot load the analysis models: \(error)"))
        }
        loaded = result
        return (result, StageTimings.threadProcessorTime() - start)
    }
}
