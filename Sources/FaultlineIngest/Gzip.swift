import CZlib

/// gzip (and zlib) decompression through the system zlib.
public enum Gzip {
    /// Whether the bytes start with the gzip magic number.
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1f && iterator.next() == 0x8b
    }

    /// The decompressed bytes of gzip data; stops with `.tooLarge` past `limit` bytes of output
    /// (a small file can expand enormously).
    public static func decompress(_ bytes: [UInt8], limit: Int = 200_000_000) throws(IngestError) -> [UInt8] {
        var stream = z_stream()
        // 15 + 32: any window size, gzip or zlib header detected automatically.
        guard faultline_inflate_init2(&stream, 15 + 32) == Z_OK else {
            throw .unreadable(reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8]()
        output.reserveCapacity(min(limit, max(bytes.count * 4, 4096)))
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var input = bytes
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while true {
                let result: Int32 = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { return Z_BUF_ERROR - 100 }
                if result == Z_STREAM_END { return Z_STREAM_END }
                if result != Z_OK { return result }
                if stream.avail_in == 0 && produced == 0 { return Z_DATA_ERROR }
            }
        }
        if status == Z_BUF_ERROR - 100 { throw .tooLarge(bytes: output.count, limit: limit) }
        guard status == Z_STREAM_END else { throw .unreadable(reason: "corrupt gzip data (zlib status \(status))") }
        return output
    }
}
