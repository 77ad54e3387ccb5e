import CZlib

/// gzip bodies both ways, through zlib.
public enum Gzip {
    public enum Failure: Error, Equatable {
        /// The decoded body would exceed the limit: a gzip bomb is a 413, not an out-of-memory.
        case tooLarge
        case corrupt
    }

    /// Decodes a gzip stream, stopping as soon as the output passes `limit` bytes.
    public static func decompress(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // 16 + MAX_WBITS: gzip wrapper only.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, max(4096, input.count * 4)))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status: Int32 = Z_OK
        var input = input
        try input.withUnsafeMutableBufferPointer { (inputBuffer) throws(Failure) in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            while status != Z_STREAM_END {
                let produced = chunk.withUnsafeMutableBufferPointer { out -> Int in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return out.count - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END else { throw .corrupt }
                guard output.count + produced <= limit else { throw .tooLarge }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_OK && produced == 0 && stream.avail_in == 0 { throw .corrupt }
            }
            // Trailing bytes after the gzip member are not a valid body.
            guard stream.avail_in == 0 else { throw .corrupt }
        }
        return output
    }

    /// Encodes bytes as one gzip member at a speed-leaning level: responses are small and latency
    /// matters. The input as it is when zlib cannot start.
    public static func compress(_ input: [UInt8], level: Int32 = 4) -> [UInt8] {
        GzipWriter(level: level)?.finish(input) ?? input
    }
}
