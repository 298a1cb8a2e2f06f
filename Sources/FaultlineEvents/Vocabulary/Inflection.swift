/// English verb inflection, for finding lexicon verbs by their written forms.
enum Inflection {
    /// Irregular past tense and participle forms (facts of English).
    static let irregular: [String: [String]] = [
        "meet": ["met"], "hold": ["held"], "fight": ["fought"], "strike": ["struck", "stricken"], "shoot": ["shot"],
        "send": ["sent"], "give": ["gave", "given"], "take": ["took", "taken"], "say": ["said"], "tell": ["told"],
        "make": ["made"], "seek": ["sought"], "lead": ["led"], "break": ["broke", "broken"], "begin": ["began", "begun"],
        "withdraw": ["withdrew", "withdrawn"], "go": ["went", "gone"], "come": ["came"], "pay": ["paid"],
        "speak": ["spoke", "spoken"], "beat": ["beaten"], "freeze": ["froze", "frozen"], "stand": ["stood"],
        "ring": ["rang", "rung"], "bring": ["brought"], "win": ["won"], "lose": ["lost"], "lay": ["laid"],
        "flee": ["fled"], "overrun": ["overran"], "write": ["wrote", "written"], "fly": ["flew", "flown"],
        "swear": ["swore", "sworn"], "forgive": ["forgave", "forgiven"], "forbid": ["forbade", "forbidden"],
        "undertake": ["undertook", "undertaken"], "blow": ["blew", "blown"], "throw": ["threw", "thrown"],
        "shut": ["shut"], "cut": ["cut"], "hit": ["hit"], "put": ["put"], "quit": ["quit"], "set": ["set"],
        "lend": ["lent"], "feed": ["fed"], "hurt": ["hurt"], "bid": ["bid"], "spread": ["spread"],
        "sell": ["sold"], "buy": ["bought"], "build": ["built"], "keep": ["kept"], "leave": ["left"],
        "think": ["thought"], "teach": ["taught"], "seize": ["seized"], "mislead": ["misled"], "retake": ["retook", "retaken"],
    ]

    /// The regular and irregular forms of a verb: -s, -ed, -ing and irregular pasts.
    static func verbForms(_ lemma: String) -> [String] {
        guard !lemma.isEmpty, !lemma.contains(" ") else { return [] }
        var forms = irregular[lemma] ?? []
        let last = lemma.last!
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        // Third person.
        if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") || lemma.hasSuffix("z") || lemma.hasSuffix("o") {
            forms.append(lemma + "es")
        } else if last == "y", lemma.count > 1, !vowels.contains(lemma[lemma.index(lemma.endIndex, offsetBy: -2)]) {
            forms.append(String(lemma.dropLast()) + "ies")
        } else {
            forms.append(lemma + "s")
        }
        // Past and -ing.
        if last == "e" {
            forms.append(lemma + "d")
            forms.append(String(lemma.dropLast()) + "ing")
        } else if last == "y", lemma.count > 1, !vowels.contains(lemma[lemma.index(lemma.endIndex, offsetBy: -2)]) {
            forms.append(String(lemma.dropLast()) + "ied")
            forms.append(lemma + "ing")
        } else {
            forms.append(lemma + "ed")
            forms.append(lemma + "ing")
            // Doubled final consonant: "expel" -> "expelled", "ban" -> "banned".
            let chars = Array(lemma)
            if chars.count >= 3, !vowels.contains(last), last != "w", last != "x", last != "y",
               vowels.contains(chars[chars.count - 2]), !vowels.contains(chars[chars.count - 3]) {
                forms.append(lemma + String(last) + "ed")
                forms.append(lemma + String(last) + "ing")
            }
        }
        return forms
    }
}
