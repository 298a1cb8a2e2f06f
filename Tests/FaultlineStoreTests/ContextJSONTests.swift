import Foundation
import Testing
@testable import FaultlineStore

/// The event context column is JSON written without an encoder for plain names; it must be the
/// text the encoder writes, byte for byte, and read back the same.
@Suite struct ContextJSONTests {
    @Test func plainNamesAreWrittenAsTheEncoderWritesThem() throws {
        let cases: [[String]] = [
            [], ["military"], ["diplomatic", "economic"], ["political_institutions", "gender", "x-1 y"],
            ["needs \"quotes\""], ["a/b"], ["caf\u{E9}"], ["line\nbreak"],
        ]
        for context in cases {
            let expected = String(decoding: try JSONEncoder().encode(context), as: UTF8.self)
            #expect(try EventWriter.contextJSON(context) == expected)
            #expect(EventWriter.context(fromJSON: try EventWriter.contextJSON(context)) == context)
        }
        #expect(EventWriter.isPlainJSONText("political_institutions"))
        #expect(!EventWriter.isPlainJSONText("a/b"))
    }
}
