import Foundation
import HTTP

#if canImport(Glibc)
    import Glibc
#endif

/// A blocking loopback TCP client that sends exact bytes and reads exact responses,
/// for requests no well-behaved client library would send.
public final class RawClient {
    public private(set) var fd: Int32
    private var buffer: [UInt8] = []

    public struct Response {
        public var status: Int
        public var headers: HTTPHeaders
        public var body: [UInt8]
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    public init(port: Int, timeout: Double = 5) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw POSIXError(.ECONNREFUSED)
        }
        var interval = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Closes with SO_LINGER 0, so the server sees a reset (RST) rather than an orderly end.
    public func reset() {
        guard fd >= 0 else { return }
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close(fd)
        fd = -1
    }

    deinit { if fd >= 0 { close(fd) } }

    public func send(_ text: String) { send(Array(text.utf8)) }

    public func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Reads more bytes; false on EOF, error or timeout.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    /// The next complete response, or nil if the connection closed or timed out first.
    public func readResponse(forHead: Bool = false) -> Response? {
        while true {
            if let end = headEnd() {
                let head = String(decoding: buffer[0..<end], as: UTF8.self)
                var lines = head.components(separatedBy: "\r\n")
                let statusLine = lines.removeFirst()
                let status = Int(statusLine.split(separator: " ")[1]) ?? 0
                var headers = HTTPHeaders()
                for line in lines where !line.isEmpty {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    headers.add(String(parts[0]), parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : "")
                }
                let length = forHead || status < 200 || status == 204 ? 0 : Int(headers["Content-Length"] ?? "0") ?? 0
                while buffer.count < end + 4 + length {
                    guard fill() else { return nil }
                }
                let body = Array(buffer[(end + 4)..<(end + 4 + length)])
                buffer.removeFirst(end + 4 + length)
                return Response(status: status, headers: headers, body: body)
            }
            guard fill() else { return nil }
        }
    }

    /// The next response whose body is chunked, de-chunked; nil if the connection ends (or the
    /// read times out) before the last chunk, which is how a truncated stream shows.
    public func readChunkedResponse() -> Response? {
        guard var response = readResponse(forHead: true) else { return nil }
        guard response.headers["Transfer-Encoding"] == "chunked" else {
            // Not chunked after all: read the Content-Length body the head announced.
            let length = Int(response.headers["Content-Length"] ?? "0") ?? 0
            while buffer.count < length {
                guard fill() else { return nil }
            }
            response.body = Array(buffer[0..<length])
            buffer.removeFirst(length)
            return response
        }
        var body: [UInt8] = []
        while true {
            guard let lineEnd = lineEnd(), let size = Int(String(decoding: buffer[0..<lineEnd], as: UTF8.self), radix: 16) else {
                guard fill() else { return nil }
                continue
            }
            // The size line, the data and its CRLF; the last chunk is followed by an empty trailer line.
            let needed = lineEnd + 2 + size + 2
            while buffer.count < needed {
                guard fill() else { return nil }
            }
            body += buffer[(lineEnd + 2)..<(lineEnd + 2 + size)]
            buffer.removeFirst(needed)
            if size == 0 {
                response.body = body
                return response
            }
        }
    }

    private func lineEnd() -> Int? {
        guard buffer.count >= 2 else { return nil }
        return (0..<(buffer.count - 1)).first { buffer[$0] == 13 && buffer[$0 + 1] == 10 }
    }

    private func headEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4)
        where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// True when the server has closed the connection (EOF with nothing more to read).
    public func isClosedByServer() -> Bool {
        while fill() {}
        var chunk = [UInt8](repeating: 0, count: 16)
        return chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) } == 0
    }

    /// Bytes left unparsed in the buffer (e.g. a body that should not be there).
    public var leftover: Int { buffer.count }
}
