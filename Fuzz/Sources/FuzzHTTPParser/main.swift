import CFuzzer
import HTTP

/// Small limits so the fuzzer reaches every limit branch with short inputs.
let limits: HTTPLimits = {
    var limits = HTTPLimits()
    limits.maxRequestLineBytes = 256
    limits.maxHeaderBytes = 1024
    limits.maxHeaderCount = 16
    limits.maxBodyBytes = 4096
    limits.maxChunkLineBytes = 64
    limits.maxTrailerBytes = 256
    return limits
}()

/// Feeds `bytes` in the given pieces and returns every event, checking the read-index invariants
/// the connection relies on: it never moves back and never passes the end of the buffer.
func events(_ bytes: [UInt8], splits: [Int]) -> [HTTPRequestParser.Event] {
    var parser = HTTPRequestParser(limits: limits)
    var buffer: [UInt8] = []
    var readIndex = 0
    var events: [HTTPRequestParser.Event] = []
    var fed = 0
    var inHead = false
    for end in splits + [bytes.count] where end >= fed {
        buffer.append(contentsOf: bytes[fed..<end])
        fed = end
        // Each event consumes input or changes state, so a request cannot give more events than bytes + 2 per request.
        var guardCount = 0
        while true {
            let before = readIndex
            let event = parser.parse(buffer, readIndex: &readIndex)
            precondition(readIndex >= before, "readIndex moved back")
            precondition(readIndex <= buffer.count, "readIndex past the buffer")
            guardCount += 1
            precondition(guardCount < 4 * buffer.count + 16, "parser does not make progress")
            if event == .needMore { break }
            switch event {
            case .head(let head):
                precondition(!inHead, "two heads without a complete body")
                precondition(!head.method.isEmpty && head.target.hasPrefix("/") || head.target == "*")
                inHead = true
            case .complete(let body):
                precondition(inHead, "body without a head")
                precondition(body.count <= limits.maxBodyBytes, "collected body over the limit")
                inHead = false
            case .bodyChunk:
                preconditionFailure("chunk without streaming")
            case .failure:
                events.append(event)
                precondition(parser.parse(buffer, readIndex: &readIndex) == .needMore, "a failed parser must stay failed")
                return events
            case .needMore:
                break
            }
            events.append(event)
        }
    }
    return events
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = events(bytes, splits: [])
    guard size > 1 else { return 0 }
    // The same bytes in two pieces, cut at a place derived from the data, must parse the same way.
    let cut = (Int(bytes[0]) << 8 | Int(bytes[size - 1])) % size
    let split = events(bytes, splits: [cut])
    precondition(whole == split, "split at \(cut) parses differently")
    // And one byte at a time for short inputs (the slowloris path).
    if size <= 512 {
        precondition(events(bytes, splits: Array(1..<size)) == whole, "byte-at-a-time parses differently")
    }
    return 0
}

/// The entry point SwiftPM aliases `main` to; libFuzzer does the rest.
@_cdecl("FuzzHTTPParser_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    lede_fuzz_main(argc, argv) { data, size in data.map { fuzz($0, size) } ?? 0 }
}
