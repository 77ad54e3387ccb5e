import CFuzzer
import Compression
import HTTP

let limit = 1 << 20

/// The chunked body path of the parser: a fixed head, then the fuzzer's bytes as the body.
let chunkedHead = Array("POST /v1/batch HTTP/1.1\r\nHost: fuzz\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)

var limits: HTTPLimits {
    var limits = HTTPLimits()
    limits.maxBodyBytes = 8192
    limits.maxChunkLineBytes = 64
    limits.maxTrailerBytes = 256
    return limits
}

/// Parses one chunked request, collected or streamed, fed in two pieces; nil if it failed or is incomplete.
func chunkedBody(_ body: [UInt8], cut: Int, streaming: Bool) -> [UInt8]? {
    var parser = HTTPRequestParser(limits: limits)
    let bytes = chunkedHead + body
    var buffer: [UInt8] = []
    var readIndex = 0
    var collected: [UInt8] = []
    for piece in [bytes[..<(chunkedHead.count + cut)], bytes[(chunkedHead.count + cut)...]] {
        buffer.append(contentsOf: piece)
        while true {
            let before = readIndex
            let event = parser.parse(buffer, readIndex: &readIndex)
            precondition(readIndex >= before && readIndex <= buffer.count, "readIndex out of order")
            switch event {
            case .needMore: break
            case .head:
                if streaming { parser.streamBody() }
                continue
            case .bodyChunk(let chunk):
                precondition(streaming && !chunk.isEmpty, "unexpected chunk")
                collected += chunk
                continue
            case .complete(let rest):
                precondition(collected.count + rest.count <= limits.maxBodyBytes || streaming, "body over the limit")
                return collected + rest
            case .failure: return nil
            }
            break
        }
    }
    return nil
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let cut = size == 0 ? 0 : (Int(bytes[0]) << 8 | Int(bytes[size - 1])) % size

    // Whole-body gunzip: never more than the limit, and what it accepts the stream accepts identically.
    let whole = try? Gzip.decompress(bytes, limit: limit)
    if let whole { precondition(whole.count <= limit) }

    // The stream, fed in up to three pieces.
    if let stream = GzipStream(maxOutputPerCall: limit) {
        var output: [UInt8] = []
        var failed = false
        let second = cut + (size - cut) / 2
        for piece in [bytes[..<cut], bytes[cut..<second], bytes[second...]] {
            do {
                let decoded = try stream.decompress(Array(piece))
                precondition(decoded.count <= limit)
                output += decoded
            } catch {
                failed = true
                break
            }
        }
        if let whole, !failed {
            precondition(stream.isComplete && output == whole, "stream and whole gunzip disagree")
        }
        if !failed, stream.isComplete, whole == nil {
            preconditionFailure("stream accepted what whole gunzip rejects")
        }
    }

    // Round trip: compress then decompress gives the bytes back.
    precondition((try? Gzip.decompress(Gzip.compress(bytes), limit: max(size, 1))) == bytes, "round trip")

    // Chunked: collected and streamed agree, and a split anywhere gives the same body.
    let collected = chunkedBody(bytes, cut: cut, streaming: false)
    let unsplit = chunkedBody(bytes, cut: 0, streaming: false)
    precondition(collected == unsplit, "chunked body depends on the split")
    if let collected {
        precondition(chunkedBody(bytes, cut: cut, streaming: true) == collected, "streamed and collected bodies differ")
    }
    return 0
}

/// The entry point SwiftPM aliases `main` to; libFuzzer does the rest.
@_cdecl("FuzzDecoders_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    lede_fuzz_main(argc, argv) { data, size in data.map { fuzz($0, size) } ?? 0 }
}
