import FaultlineCore

/// A time expression found by one rule, over a token range, before it becomes a ``TimeExpression``.
struct TimeMatch: Sendable, Hashable {
    /// Token range, end exclusive.
    var start: Int
    var end: Int
    var kind: TimeExpression.Kind
    var value: String
    /// The day it names, when it names one; later "that day" refers to it.
    var day: CivilDate? = nil
    /// The first day of the month it names, when it names a month; "the following month" counts from it.
    var month: CivilDate? = nil
    /// The year it names, when it names one; later "that year" refers to it.
    var year: Int? = nil
    /// The fiscal quarter it names (year, quarter), for "a year earlier" in earnings reports.
    var quarter: QuarterFocus? = nil
    /// Whether an approximating modifier ("about", "nearly", "more than") may precede it.
    var takesApproximator = false
    /// Whether a positional modifier ("early", "late", "the end of") may precede it.
    var takesPosition = false
}

/// A calendar quarter that the text is talking about.
struct QuarterFocus: Sendable, Hashable {
    var year: Int
    var quarter: Int
}
