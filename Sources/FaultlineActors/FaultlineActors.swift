// FaultlineActors: see docs/ARCHITECTURE.md.
