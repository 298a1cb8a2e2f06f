import FaultlineIngest
import Testing

@Suite("ContentHash")
struct ContentHashTests {
    @Test("SHA-256 matches the FIPS 180-4 test vectors")
    func knownVectors() {
        #expect(ContentHash.of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(ContentHash.of("The quick brown fox jumps over the lazy dog")
            == "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592")
    }

    @Test("Messages across block boundaries (55, 56, 64 bytes and a million a's)")
    func blockBoundaries() {
        #expect(ContentHash.of(String(repeating: "a", count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // Distinct lengths around the padding boundary give distinct, stable hashes.
        let hashes = [55, 56, 63, 64, 65].map { ContentHash.of(String(repeating: "x", count: $0)) }
        #expect(Set(hashes).count == 5)
        #expect(hashes.allSatisfy { $0.count == 64 })
    }
}
