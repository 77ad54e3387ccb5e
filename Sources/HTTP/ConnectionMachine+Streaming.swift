import Compression

/// A streamed exchange in progress: what the connection keeps while the body arrives and the
/// answer leaves. A class, because it lives inside `ConnectionMachine.State` and changes often.
final class BodyStream {
    let exchange: ConnectionMachine.Exchange
    let responder: any HTTPStreamResponder
    let decoder: ContentDecoder
    /// HTTP/1.0 has no chunked coding: the stream ends when the connection does.
    let chunked: Bool
    /// The answer is gzip-encoded on its way out when the client accepts gzip.
    var deflater: GzipWriter?
    /// The 200 head has been queued; until then a failure can still be its own status.
    var headSent = false
    /// The body has ended or failed: nothing more is read for this request.
    var bodyDone = false
    var bytesOut = 0
    /// Jobs the worker pool had no room for; retried on the next tick.
    var refused: [HTTPJob] = []

    init(exchange: ConnectionMachine.Exchange, responder: any HTTPStreamResponder, decoder: ContentDecoder, chunked: Bool) {
        self.exchange = exchange
        self.responder = responder
        self.decoder = decoder
        self.chunked = chunked
    }
}

extension ConnectionMachine {
    mutating func beginStream(_ exchange: Exchange, responder: any HTTPStreamResponder, at now: UInt64) {
        let limits = parser.limits
        parser.streamBody()
        let decoder: ContentDecoder
        do {
            decoder = try ContentDecoder(
                head: exchange.head, bodyLimit: limits.maxBodyBytes, maxOutputPerCall: max(4 << 20, limits.maxBodyBytes * 16))
        } catch {
            exchange.closeAfter = true
            return respond(.error(error), to: exchange, at: now)
        }
        let chunked = exchange.head.version == .http11
        if !chunked { exchange.closeAfter = true }
        // The head waits for the first output (`writeStreamHead`).
        state = .streaming(BodyStream(exchange: exchange, responder: responder, decoder: decoder, chunked: chunked))
    }

    mutating func receive(_ bytes: [UInt8], into stream: BodyStream, last: Bool, at now: UInt64) {
        stream.exchange.bytesIn += bytes.count
        let plain: [UInt8]
        do {
            plain = try stream.decoder.decode(bytes)
        } catch {
            return breakStream(with: error, at: now)
        }
        if last {
            do {
                try stream.decoder.finish()
            } catch {
                // A gzip stream cut short: what it held is answered, then the error.
                stream.responder.receive(plain, end: false)
                return breakStream(with: error, at: now)
            }
        }
        stream.responder.receive(plain, end: last)
        if last { stream.bodyDone = true }
        if last || !stream.responder.wantsInput { deadlines.enter(.processing, at: now) }
        advance(stream, at: now)
    }

    /// The body cannot be read on. Before any output exists the request simply gets the error.
    /// After, the 200 is or will be out, so the answer already owed is written, then the error as
    /// its end: the client sees a complete response that says what went wrong, not a cut connection.
    mutating func breakStream(with error: HTTPError, at now: UInt64) {
        guard case .streaming(let stream) = state else { return }
        stream.exchange.closeAfter = true
        if !stream.responder.fail(error) && !stream.headSent {
            return respond(.error(error), to: stream.exchange, at: now)
        }
        stream.bodyDone = true
        deadlines.enter(.processing, at: now)
        advance(stream, at: now)
    }

    mutating func jobFinished(_ job: Int, result: [UInt8], at now: UInt64) {
        guard case .streaming(let stream) = state else { return }
        stream.responder.finished(job, result: result)
        advance(stream, at: now)
        // Answers made room in the window: read the body on.
        guard case .streaming = state, !stream.bodyDone, stream.responder.wantsInput, deadlines.phase == .processing else { return }
        deadlines.enter(.body, at: now)
        process(at: now)
    }

    mutating func jobRefused(_ job: HTTPJob) {
        guard case .streaming(let stream) = state else { return }
        stream.refused.append(job)
    }

    /// Offers the pool the jobs it refused before.
    mutating func retryRefusedJobs() {
        guard case .streaming(let stream) = state, !stream.refused.isEmpty else { return }
        for job in stream.refused { actions.append(.runJob(job)) }
        stream.refused = []
    }

    /// Hands out ready jobs, writes the output produced so far, and ends the stream when complete.
    private mutating func advance(_ stream: BodyStream, at now: UInt64) {
        while let job = stream.responder.nextJob() { actions.append(.runJob(job)) }
        let output = stream.responder.takeOutput()
        if !output.isEmpty {
            writeStreamHead(stream)
            writeFrame(stream, stream.deflater?.compress(output) ?? output)
        }
        if stream.bodyDone && stream.responder.isComplete { finishStream(stream, at: now) }
    }

    /// Queues the 200 head. It leaves with the first output rather than when the request arrives,
    /// so a body that cannot be decoded at all (a bad gzip header) is refused with its own status
    /// instead of a 200 that breaks, and an empty answer gets a plain empty response.
    private mutating func writeStreamHead(_ stream: BodyStream, empty: Bool = false) {
        guard !stream.headSent else { return }
        stream.headSent = true
        let head = stream.exchange.head
        let acceptsGzip = !empty && ResponseWriter.acceptsGzip(head.headers)
        let context = ResponseWriter.Context(
            method: head.method, keepAlive: head.wantsKeepAlive && !stream.exchange.closeAfter && !environment.isDraining(),
            version: head.version, acceptsGzip: acceptsGzip, requestID: stream.exchange.requestID)
        if !context.keepAlive { stream.exchange.closeAfter = true }
        if acceptsGzip { stream.deflater = GzipWriter() }
        let contentType = stream.responder.contentType
        let extra = environment.handler.responseHeaders(for: head)
        let bytes: [UInt8]
        if empty {
            var response = HTTPResponse(status: .ok, headers: HTTPHeaders([("Content-Type", contentType)]))
            for field in extra { response.headers.add(field.name, field.value) }
            bytes = environment.writer.serialize(response, context: context, date: environment.date()).head
        } else {
            bytes = environment.writer.streamHead(
                contentType: contentType, chunked: stream.chunked, context: context, date: environment.date(), extraHeaders: extra)
        }
        stream.bytesOut += bytes.count
        actions.append(.write(bytes))
    }

    /// Queues body bytes, as one chunk when the response is chunked.
    private mutating func writeFrame(_ stream: BodyStream, _ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let frame = stream.chunked ? ResponseWriter.chunk(bytes) : bytes
        stream.bytesOut += frame.count
        actions.append(.write(frame))
    }

    private mutating func finishStream(_ stream: BodyStream, at now: UInt64) {
        if !stream.headSent {
            writeStreamHead(stream, empty: true)
        } else {
            if let trailer = stream.deflater?.finish() { writeFrame(stream, trailer) }
            if stream.chunked {
                actions.append(.write(ResponseWriter.lastChunk))
                stream.bytesOut += ResponseWriter.lastChunk.count
            }
        }
        record(stream.exchange, status: 200, bytesOut: stream.bytesOut, endsRequest: true, at: now)
        let closeAfter = stream.exchange.closeAfter || environment.isDraining() || peerClosed
        state = .writing(closeAfter: closeAfter)
        deadlines.enter(.writing, at: now)
    }
}
