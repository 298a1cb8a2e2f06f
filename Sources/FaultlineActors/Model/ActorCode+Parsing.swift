import FaultlineCore

extension ActorCode {
    /// Parses a joined code: "IRQGOV" gives IRQ + GOV, "IGO" gives IGO, "IRNMILSPY" keeps the
    /// first sector (MIL). `nil` for text that is not upper-case letters in groups of three.
    public init?(joined text: some StringProtocol) {
        let letters = Array(text.utf8)
        guard letters.count >= 3, letters.count % 3 == 0,
              letters.allSatisfy({ $0 >= 65 && $0 <= 90 })
        else { return nil }
        let first = String(decoding: letters[0..<3], as: UTF8.self)
        let second = letters.count >= 6 ? String(decoding: letters[3..<6], as: UTF8.self) : nil
        if CodeTables.sectors.contains(first) && !CodeTables.isCountryLike(first) {
            self.init(country: nil, sector: first)
        } else {
            self.init(country: first, sector: second)
        }
    }
}
