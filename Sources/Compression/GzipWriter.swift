import CZlib

/// Incremental gzip encoding for responses that are written as they are produced (NDJSON batches).
///
/// Each `compress` call ends with a sync flush, so every answer handed in can be decoded by the
/// client as soon as it arrives, while the dictionary carries over from line to line (a batch's
/// answers repeat the same field names, which is where most of the saving is).
public final class GzipWriter {
    private var stream = z_stream()
    private var finished = false

    public init?(level: Int32 = 4) {
        guard
            deflateInit2_(
                &stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return nil }
    }

    deinit { deflateEnd(&stream) }

    /// The compressed form of `input`, flushed so that it decodes on its own.
    public func compress(_ input: [UInt8]) -> [UInt8] {
        run(input, flush: Z_SYNC_FLUSH)
    }

    /// The compressed form of `input` and the end of the gzip member (its trailer); nothing may be
    /// compressed after it.
    public func finish(_ input: [UInt8] = []) -> [UInt8] {
        guard !finished else { return [] }
        finished = true
        return run(input, flush: Z_FINISH)
    }

    private func run(_ input: [UInt8], flush: Int32) -> [UInt8] {
        guard !finished || flush == Z_FINISH else { return [] }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var input = input
        input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            while true {
                let (produced, status) = chunk.withUnsafeMutableBufferPointer { out -> (Int, Int32) in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    let status = deflate(&stream, flush)
                    return (out.count - Int(stream.avail_out), status)
                }
                output.append(contentsOf: chunk[0..<produced])
                // Done when zlib left room in the buffer (all input taken and flushed) or ended the stream.
                if status == Z_STREAM_END || status == Z_STREAM_ERROR || (stream.avail_out > 0 && stream.avail_in == 0) { break }
            }
            stream.next_in = nil
        }
        return output
    }
}
