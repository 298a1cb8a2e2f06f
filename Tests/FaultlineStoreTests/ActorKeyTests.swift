import Testing

@testable import FaultlineStore

/// Actor keys: the byte-wise normal form of ASCII names is the general rule's.
@Suite struct ActorKeyTests {
    /// The general rule, spelled out: lowercased, split at whitespace characters, single spaces.
    static func generalRule(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test func asciiNamesNormaliseAsTheGeneralRuleDoes() {
        let names = [
            "Kataib Hezbollah", "  Islamic  Revolutionary\tGuard Corps ", "AL-QAEDA\r\nIN IRAQ", "U.S. Army",
            "a\u{0B}b\u{0C}c", "ctrl\u{1C}char", "", "   ", "ALLCAPS", "mixed Case 42",
        ]
        for name in names {
            #expect(ActorKey.normalizedASCII(name) == Self.generalRule(name), "\(name.debugDescription)")
            #expect(ActorKey.normalized(name) == Self.generalRule(name), "\(name.debugDescription)")
        }
    }

    @Test func otherNamesFollowTheGeneralRule() {
        for name in ["Qasem Soleimani\u{00A0}Jr", "ÉCOLE Militaire", "Straße\u{2003}Team"] {
            #expect(ActorKey.normalizedASCII(name) == nil)
            #expect(ActorKey.normalized(name) == Self.generalRule(name))
        }
    }
}
