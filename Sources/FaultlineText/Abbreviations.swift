/// The abbreviations and sentence-opening words the splitter and tokenizer know, written by the
/// project from English news and style-guide usage (AP and Chicago abbreviations, military and
/// civil ranks, months, weekdays, US states) and checked against how the EWT training treebank
/// ends sentences. Lookups are case-insensitive and take the word without its final period.
enum Abbreviations {
    /// Titles and ranks that stand before a name or number and so never end a sentence when a
    /// capitalised word or a number follows: "Brig. Gen. Esmail Qaani", "Mt. Fuji", "St. Louis".
    /// Only capitalised ones count; "sales rep." is an ordinary abbreviation.
    static let titles = WordSet([
        "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "profs",
        "gen", "gens", "brig", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "spc",
        "adm", "cmdr", "cdr", "cmdt", "comdr", "ens", "msgt", "ssgt", "gov", "govs",
        "sen", "sens", "rep", "reps", "rev", "revd", "hon", "pres", "supt", "det", "insp", "atty",
        "amb", "secy", "asst", "cong", "msgr", "fr", "sra", "srta", "lieut",
        "st", "ste", "mt", "mts", "ft", "pt",
    ])

    /// Abbreviations that join two things and never end a sentence: "Iraq vs. Iran", "cf. the report".
    static let connectors = WordSet(["vs", "v", "cf", "viz"])

    /// Month names, written out ("on September 12. Hotel ...").
    static let months = WordSet([
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ])

    /// Abbreviations that usually stand before a number: "No. 5", "p. 55", "Vol. 6", "ext. 39938".
    static let beforeNumbers = WordSet([
        "no", "nos", "nr", "p", "pp", "vol", "vols", "fig", "figs", "ch", "chap", "art", "sec",
        "para", "ext", "tel", "ph", "fax", "approx", "ca", "est", "op", "ed", "eds", "ver",
        "tab", "exh", "rt", "hwy", "rte", "apt", "rm", "bldg", "div", "pg", "pgs",
    ])

    /// Month, weekday and US-state abbreviations. Many are also words ("Mar.", "Wed.", "Ill.",
    /// "Miss."), so they count as abbreviations only when capitalised.
    static let capitalizedNames = WordSet([
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
        "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nebr",
        "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wisc",
        "wyo", "dak", "alta", "ont", "que", "sask",
    ])

    /// The capitalised names that usually stand before a number (dates: "Jan. 15", "Wed. 6/14").
    static let datesBeforeNumbers = WordSet([
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ])

    /// Abbreviations that can end a sentence as well as sit inside one ("Pitt, Briggs & Co. It
    /// closed", "Briggs & Co. at noon"): a sentence ends after them only before a word that
    /// typically opens sentences.
    static let ambiguous = WordSet([
        "inc", "co", "corp", "ltd", "llc", "plc", "bros", "cos", "jr", "sr", "esq", "etc", "al",
        "dept", "depts", "univ", "assn", "assoc", "ave", "blvd", "rd", "pl", "sq", "ct", "ln",
        "pkwy", "mfg", "intl", "natl", "govt", "admin", "yr", "yrs", "hr", "hrs", "mins", "secs",
        "mos", "wk", "wks", "misc", "incl", "excl", "dist", "ref", "attn", "abbr", "ibid", "lb",
        "lbs", "oz", "dir", "mgr", "mgmt", "acct", "eg", "ie", "cca", "av", "tbsp", "tsp", "qty",
        "pct", "lv", "arrv", "ps", "min", "max", "sec",
    ])

    /// Capitalised words that typically open an English sentence (pronouns, determiners,
    /// conjunctions, prepositions, question words, sentence adverbs, common auxiliaries): after
    /// an ambiguous abbreviation or an initial, one of these signals a new sentence ("I live in
    /// the U.S. How about you?"), while a name or noun does not ("the U.S. Government").
    static let sentenceStarters = WordSet([
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
        "you", "his", "her", "its", "their", "our", "my", "your", "there", "here", "but", "and",
        "or", "so", "yet", "nor", "however", "in", "on", "at", "for", "from", "with", "by",
        "after", "before", "as", "if", "when", "while", "where", "what", "who", "whom", "whose",
        "why", "how", "which", "although", "though", "because", "since", "then", "thus", "also",
        "meanwhile", "still", "now", "today", "yesterday", "tomorrow", "some", "many", "most",
        "all", "both", "each", "every", "no", "not", "such", "other", "another", "more", "much",
        "few", "several", "any", "is", "are", "was", "were", "do", "does", "did", "can", "could",
        "will", "would", "should", "may", "might", "must", "has", "have", "had", "let", "please",
        "thanks", "thank", "yes", "according", "during", "despite", "under", "over", "to", "of",
        "about", "even", "only", "just", "again", "instead", "indeed", "moreover", "furthermore",
        "besides", "otherwise", "nevertheless", "nonetheless", "perhaps", "maybe", "once",
        "until", "unless", "whether", "whatever", "whoever", "later", "earlier", "finally",
        "first", "second", "third", "last", "next", "ok", "okay", "well", "oh", "hi", "hello",
        "dear", "among", "between", "without", "within", "through", "against", "into",
        "unlike", "like", "regardless", "i'm", "it's", "he's", "she's", "we're", "they're",
        "i've", "i'll", "i'd", "that's", "there's", "don't", "didn't", "let's", "what's",
        "we'll", "you're", "you'll", "we've", "they've", "isn't", "can't",
    ])

    /// Email and letter closings that end a sentence before the writer's name: "Thanks, Kim".
    static let closings = WordSet([
        "thanks", "regards", "best", "cheers", "sincerely", "cordially", "respectfully",
        "warmly", "yours",
    ])

    /// Labels of picture credits and source lines: "Image: Nick Moreau.", "Photo: Wikimedia".
    static let creditLabels = WordSet([
        "image", "images", "photo", "photos", "photograph", "picture", "credit", "credits",
        "video", "graphic", "illustration",
    ])

    /// Prefixes EWT keeps joined to the word after their hyphen ("non-stop", "e-mail",
    /// "anti-American", "mid-1980s"); every other hyphen between words is split off.
    static let hyphenPrefixes = WordSet([
        "e", "non", "mid", "pre", "anti", "re", "post", "co", "pro", "multi", "ex", "sub", "semi",
        "cross", "neo", "psycho", "socio", "counter", "intra", "over", "un", "bi", "tri",
        "micro", "macro", "mini", "ultra", "x", "meta", "trans", "extra", "infra", "hyper",
        "pseudo", "quasi", "uni", "mis",
    ])

    /// Units split from a number written against them: "5km" → "5" "km", "10am" → "10" "am".
    static let units = WordSet([
        "km", "kg", "cm", "mm", "m", "mi", "ft", "lb", "lbs", "oz", "g", "mg", "ml", "l", "kw",
        "mw", "gw", "kwh", "mwh", "mph", "kph", "kmh", "hz", "khz", "mhz", "ghz", "gb", "mb", "tb",
        "kb", "am", "pm", "k", "bn", "b", "mn", "in", "yd", "yds", "sq", "ha", "t", "c", "f",
        "x", "pc", "pct",
    ])

    /// Words a sentence carries on after: a line ending in one is wrapped text, not a headline.
    static let joiningWords = WordSet([
        "and", "or", "but", "nor", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with",
        "by", "from", "as", "that", "which", "who", "whom", "whose", "is", "are", "was", "were",
        "be", "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can",
        "could", "may", "might", "must", "do", "does", "did", "its", "their", "his", "her", "our",
        "your", "my", "this", "these", "those", "than", "into", "onto", "about", "between",
        "after", "before", "during", "under", "over", "against", "if", "when", "while", "because",
        "not", "no", "very", "more", "most", "such", "so", "both", "either", "neither", "each",
        "every", "some", "any", "all", "said", "says", "told", "according", "including", "mr",
        "mrs", "ms", "dr", "gen", "st",
    ])

    /// Domain endings, so "Newsfeed.Com" is read as a name rather than a missing space.
    static let topLevelDomains = WordSet([
        "com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "uk", "us",
        "ca", "de", "fr", "ir", "iq", "il", "tv", "me",
    ])
}
