import FaultlineCore

/// A parsed sentence prepared for event coding: dependents of each token and lowercase keys,
/// computed once per sentence.
struct SentenceGraph {
    let tokens: [Token]
    /// Dependents of each token, in sentence order.
    let children: [[Int]]
    /// The lowercased lemma of each token (its lowercased text when untagged).
    let lemmas: [String]
    /// The lowercased text of each token.
    let words: [String]
    /// Tree roots (head -1 or out of range).
    let roots: [Int]
    /// Each token's relation without its subtype ("nsubj:pass" -> "nsubj").
    let relations: [String]
    /// Each token's depth from its root.
    let depths: [Int]

    init(_ sentence: Sentence) {
        tokens = sentence.tokens
        var children = Array(repeating: [Int](), count: tokens.count)
        var roots: [Int] = []
        var lemmas: [String] = []
        var words: [String] = []
        lemmas.reserveCapacity(tokens.count)
        words.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            if token.head >= 0, token.head < tokens.count, token.head != index {
                children[token.head].append(index)
            } else {
                roots.append(index)
            }
            let word = Self.lowercase(token.text)
            words.append(word)
            lemmas.append(token.lemma.isEmpty ? word : Self.lowercase(token.lemma))
        }
        self.children = children
        self.roots = roots
        self.lemmas = lemmas
        self.words = words
        relations = tokens.map { token in
            if let colon = token.deprel.firstIndex(of: ":") { return String(token.deprel[..<colon]) }
            return token.deprel
        }
        var depths = Array(repeating: 0, count: tokens.count)
        for index in tokens.indices {
            var depth = 0
            var current = tokens[index].head
            while current >= 0, current < tokens.count, current != index, depth < 64 {
                depth += 1
                current = tokens[current].head
            }
            depths[index] = depth
        }
        self.depths = depths
    }

    /// Lowercases only when needed (most words already are).
    private static func lowercase(_ text: String) -> String {
        for byte in text.utf8 where byte >= 65 && byte <= 90 { return text.lowercased() }
        return text
    }

    var count: Int { tokens.count }

    func head(_ index: Int) -> Int? {
        let head = tokens[index].head
        return head >= 0 && head < tokens.count && head != index ? head : nil
    }

    /// The relation without its subtype ("nsubj:pass" -> "nsubj").
    func relation(_ index: Int) -> String { relations[index] }

    func deprel(_ index: Int) -> String { tokens[index].deprel }

    func upos(_ index: Int) -> String { tokens[index].upos }

    /// Dependents with a given relation (subtypes included when `exact` is false).
    func dependents(of index: Int, _ relations: Set<String>, exact: Bool = false) -> [Int] {
        children[index].filter { child in
            exact ? relations.contains(tokens[child].deprel) : relations.contains(self.relations[child])
        }
    }

    func firstDependent(of index: Int, _ relations: Set<String>, exact: Bool = false) -> Int? {
        children[index].first { child in
            exact ? relations.contains(tokens[child].deprel) : relations.contains(self.relations[child])
        }
    }

    /// The preposition (case or mark) lemmas attached to a nominal, joined ("according to").
    func casePreposition(of index: Int) -> String? {
        var parts: [String] = []
        for child in children[index] where child < index {
            let rel = relation(child)
            if rel == "case" || (rel == "mark" && upos(child) == "ADP") {
                parts.append(words[child])
                for fixed in children[child] where deprel(fixed) == "fixed" { parts.append(words[fixed]) }
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Whether `ancestor` dominates `index` (or is it).
    func dominates(_ ancestor: Int, _ index: Int) -> Bool {
        var current: Int? = index
        var steps = 0
        while let node = current, steps < 64 {
            if node == ancestor { return true }
            current = head(node)
            steps += 1
        }
        return false
    }

    /// Depth from the root (0 for a root).
    func depth(_ index: Int) -> Int { depths[index] }

    /// The token range covered by a subtree, optionally leaving out clausal dependents.
    func span(of index: Int, skipClauses: Bool = true) -> ClosedRange<Int> {
        span(of: index) { child in
            guard skipClauses else { return true }
            let rel = relation(child)
            return !(rel == "acl" || rel == "advcl" || rel == "parataxis" || rel == "punct" && child > index
                || rel == "ccomp" || rel == "dep")
        }
    }

    /// The token range covered by `index` and the descendants reached through the children
    /// `follows` accepts, without leading punctuation, prepositions and conjunctions or
    /// trailing punctuation.
    func span(of index: Int, following follows: (_ child: Int) -> Bool) -> ClosedRange<Int> {
        var low = index
        var high = index
        var stack = [index]
        while let node = stack.popLast() {
            low = min(low, node)
            high = max(high, node)
            for child in children[node] where follows(child) {
                stack.append(child)
            }
        }
        while low < high, upos(low) == "PUNCT" || relation(low) == "case" || relation(low) == "cc" { low += 1 }
        while high > low, upos(high) == "PUNCT" { high -= 1 }
        return low...high
    }
}
