// FaultlineEntities: see docs/ARCHITECTURE.md.
