// FaultlineEvents: see docs/ARCHITECTURE.md.
