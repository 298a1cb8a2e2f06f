// FaultlineText: see docs/ARCHITECTURE.md.
