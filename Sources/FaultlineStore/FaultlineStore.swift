// FaultlineStore: see docs/ARCHITECTURE.md.
