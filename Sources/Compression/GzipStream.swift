import CZlib

/// Incremental gzip decoding for bodies that are processed as they arrive (NDJSON batches).
///
/// Output per call is capped, so a small compressed chunk cannot expand without bound in memory.
public final class GzipStream {
    private var stream = z_stream()
    private var finished = false
    private let maxOutputPerCall: Int

    public init?(maxOutputPerCall: Int) {
        self.maxOutputPerCall = maxOutputPerCall
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
    }

    deinit { inflateEnd(&stream) }

    /// Decodes the next piece of the compressed stream.
    public func decompress(_ input: [UInt8]) throws(Gzip.Failure) -> [UInt8] {
        guard !input.isEmpty else { return [] }
        guard !finished else { throw .corrupt }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        var status: Int32 = Z_OK
        try input.withUnsafeMutableBufferPointer { (inputBuffer) throws(Gzip.Failure) in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            repeat {
                let produced = chunk.withUnsafeMutableBufferPointer { out -> Int in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return out.count - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END || (status == Z_BUF_ERROR && produced == 0) else { throw .corrupt }
                guard output.count + produced <= maxOutputPerCall else { throw .tooLarge }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_STREAM_END {
                    finished = true
                    guard stream.avail_in == 0 else { throw .corrupt }
                    break
                }
                if produced == 0 { break }
            } while stream.avail_in > 0 || stream.avail_out == 0
        }
        return output
    }

    /// Whether the compressed stream ended properly; call when the body is complete.
    public var isComplete: Bool { finished }
}
