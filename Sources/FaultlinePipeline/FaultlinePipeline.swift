// FaultlinePipeline: see docs/ARCHITECTURE.md.
