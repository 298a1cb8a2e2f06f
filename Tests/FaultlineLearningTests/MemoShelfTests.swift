import FaultlineLearning
import Testing

@Suite struct MemoShelfTests {
    @Test func aMemoPutBackIsTakenByTheNextDocumentOnce() {
        let shelf = MemoShelf<[String]>()
        #expect(shelf.take() == nil)
        shelf.putBack(["the", "said"])
        #expect(shelf.take() == ["the", "said"])
        // Taking removes it: two documents never share one memo.
        #expect(shelf.take() == nil)
    }

    @Test func memosTooLargeOrBeyondCapacityAreDropped() {
        let shelf = MemoShelf<Int>(capacity: 2)
        shelf.putBack(1, if: false)
        #expect(shelf.take() == nil)
        shelf.putBack(1)
        shelf.putBack(2)
        shelf.putBack(3)
        var taken: [Int] = []
        while let memo = shelf.take() { taken.append(memo) }
        #expect(taken.sorted() == [1, 2])
    }
}
