/// The words time expressions are built from, with their meaning.
///
/// Written for this project from the calendar and the TimeML annotation guidelines
/// (TimeML 1.2.1, TIMEX3); values follow ISO 8601 as TIMEX3 uses it.
enum TimeLexicon {
    /// Month names and abbreviations to month numbers.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// Abbreviated month names, which need a following day or year (or a period) to count.
    static let monthAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
    ]

    /// Weekday names to ISO weekday numbers (Monday is 1).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    /// Plural weekday names ("Tuesdays"), which denote sets.
    static let weekdayPlurals: [String: Int] = [
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ]

    /// Cardinal number words.
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    /// Tens number words.
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Ordinal words to numbers.
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "twenty-first": 21, "thirty-first": 31,
    ]

    /// Calendar granularities, coarsest last.
    enum Granularity: Int, Sendable, Hashable, Comparable {
        case second, minute, hour, day, weekend, week, month, quarter, half, season, year, decade, century

        static func < (lhs: Granularity, rhs: Granularity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Unit nouns, singular and plural.
    static let timeUnits: [String: Granularity] = [
        "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute, "min": .minute, "mins": .minute,
        "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour, "day": .day, "days": .day,
        "week": .week, "weeks": .week, "weekend": .weekend, "weekends": .weekend, "fortnight": .week,
        "month": .month, "months": .month, "quarter": .quarter, "quarters": .quarter,
        "year": .year, "years": .year, "decade": .decade, "decades": .decade,
        "century": .century, "centuries": .century,
    ]

    /// Plural unit nouns.
    static let pluralUnits: Set<String> = [
        "seconds", "minutes", "mins", "hours", "hrs", "days", "weeks", "weekends", "months", "quarters", "years",
        "decades", "centuries",
    ]

    /// Spoken decades to their digit ("the nineties" are the 199-).
    static let spokenDecades: [String: Int] = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]

    /// The first and last month of each season code (winter runs December to February).
    static let seasonMonths: [String: (first: Int, last: Int)] = [
        "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2),
    ]

    /// Seasons to TIMEX3 season codes.
    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
    ]

    /// Parts of the day to TIMEX3 codes.
    static let partsOfDay: [String: String] = [
        "morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "nights": "TNI",
        "mornings": "TMO", "evenings": "TEV", "afternoons": "TAF",
    ]

    /// Adverbs that name a recurrence on their own ("daily"), with the period TimeML gives them.
    static let frequencyAdverbs: [String: String] = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
        "biweekly": "P2W", "nightly": "P1D",
    ]

    /// Adverbs and adjectives that TimeML values as a reference to the past, present or future.
    static let referenceWords: [String: String] = [
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
        "presently": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "previously": "PAST_REF",
        "formerly": "PAST_REF", "lately": "PAST_REF", "soon": "FUTURE_REF", "future": "FUTURE_REF",
        "past": "PAST_REF", "earlier": "PAST_REF", "once": "PAST_REF",
    ]

    /// Words at least one of which every time expression contains (besides digits): the tagger
    /// only tries its rules near them.
    static let coreWords: Set<String> = {
        var words = Set(months.keys).union(weekdays.keys).union(weekdayPlurals.keys).union(units.keys).union(tens.keys)
            .union(timeUnits.keys).union(seasons.keys).union(partsOfDay.keys).union(referenceWords.keys)
        words.formUnion([
            "today", "yesterday", "tomorrow", "tonight", "noon", "midnight", "midday", "daily", "weekly", "monthly",
            "annually", "yearly", "hourly", "biweekly", "nightly", "century", "christmas", "thanksgiving", "term",
            "half", "period", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
            "o'clock", "fiscal",
        ])
        return words
    }()

    /// Words a time expression can start with besides numbers and core words: determiners,
    /// modifiers and amounts ("the", "last", "about", "several").
    static let starterWords: Set<String> = coreWords.union(ordinals.keys).union([
        "the", "this", "last", "next", "that", "these", "its", "a", "an", "every", "each", "per", "early", "late", "mid",
        "earlier", "later", "sometime", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "more",
        "less", "fewer", "at", "up", "no", "fiscal", "post", "pre", "comparable", "corresponding", "same", "flat",
        "calendar", "full", "latest", "current", "previous", "prior", "recent", "most", "final", "coming", "following",
        "initial", "remaining", "preceding", "ensuing", "succeeding", "several", "few", "many", "numerous", "couple",
        "dozen", "dozens", "right", "as", "new", "election", "currently", "nowadays", "presently", "recently", "lately",
        "'",
    ])

    /// Core (bit 1) and starter (bit 2) words in one table, so a token costs one lookup.
    static let wordRoles: [String: UInt8] = {
        var roles: [String: UInt8] = [:]
        for word in starterWords { roles[word, default: 0] |= 2 }
        for word in coreWords { roles[word, default: 0] |= 1 }
        return roles
    }()

    /// Words that mark the clause as about the future.
    static let futureCues: Set<String> = [
        "will", "'ll", "shall", "plans", "plan", "planning", "planned", "scheduled", "schedule", "expected", "expects",
        "expect", "due", "upcoming", "next", "coming", "intends", "intend", "going", "set", "hopes",
        "hope", "aims", "forthcoming", "tomorrow", "wants", "proposed", "proposes", "seeks", "soon", "would",
    ]

    /// Irregular past-tense verbs and auxiliaries that mark the clause as about the past.
    static let pastCues: Set<String> = [
        "was", "were", "had", "did", "said", "met", "went", "came", "took", "made", "told", "left", "began", "held",
        "won", "lost", "saw", "fell", "rose", "sent", "gave", "got", "found", "led", "ran", "paid", "sold", "spent",
        "struck", "shot", "hit", "set", "put", "cut", "quit", "fought", "brought", "bought", "thought", "became",
        "wrote", "spoke", "broke", "chose", "drove", "flew", "froze", "grew", "knew", "rode", "stole", "swore",
        "threw", "wore", "ago", "last", "yesterday", "earlier", "previously", "been", "dealt", "meant", "felt",
        "kept", "slept", "stood", "understood", "taught", "caught", "sought", "built", "lent", "bent", "heard",
        "hid", "fled", "bled", "fed", "sped", "wept", "won", "arose", "awoke", "forgot", "overtook", "withdrew",
        "killed", "announced", "reported", "ended", "closed", "opened", "signed", "agreed", "released",
    ]
}
