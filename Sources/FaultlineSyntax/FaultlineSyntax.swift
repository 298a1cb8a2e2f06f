// FaultlineSyntax: see docs/ARCHITECTURE.md.
