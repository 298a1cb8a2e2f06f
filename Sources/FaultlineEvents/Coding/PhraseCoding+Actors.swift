import FaultlineActors

/// The actors stage codes phrases NER missed ("senior militia leaders") for the event coder.
extension ActorAnnotator: PhraseCoding {}

/// The knowledge-base coder, for use without the annotator.
extension ActorCoder: PhraseCoding {}
