// FaultlineIngest: see docs/ARCHITECTURE.md.
