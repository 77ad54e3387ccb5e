import CLinux

#if canImport(Glibc)
    import Glibc
#endif

/// Thin, checked wrappers over the socket calls the server makes.
enum Socket {
    struct Failure: Error, CustomStringConvertible {
        let call: String
        let code: Int32
        var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
    }

    /// A listening IPv4 or IPv6 TCP socket, non-blocking, with SO_REUSEADDR.
    static func listen(host: String, port: Int, backlog: Int32 = 1024) throws(Failure) -> (fd: Int32, port: Int) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else { throw Failure(call: "getaddrinfo(\(host))", code: EINVAL) }
        defer { freeaddrinfo(list) }
        var lastError: Int32 = EINVAL
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue), 0)
            guard fd >= 0 else {
                lastError = errno
                continue
            }
            var one: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
            guard bind(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0, Glibc.listen(fd, backlog) == 0 else {
                lastError = errno
                close(fd)
                continue
            }
            return (fd, boundPort(fd))
        }
        throw Failure(call: "bind(\(host):\(port))", code: lastError)
    }

    static func boundPort(_ fd: Int32) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        let family = storage.ss_family
        return withUnsafePointer(to: &storage) { pointer -> Int in
            if family == sa_family_t(AF_INET6) {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
        }
    }

    /// Accepts one pending connection as a non-blocking socket with TCP_NODELAY (no 40 ms Nagle stalls).
    static func accept(_ listener: Int32) -> Int32? {
        let fd = accept4(listener, nil, nil, Int32(SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue))
        guard fd >= 0 else { return nil }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        return fd
    }

    enum IOResult {
        case bytes(Int)
        case wouldBlock
        case closed
    }

    /// Reads once into `scratch` (owned by the event loop and reused for every connection).
    static func read(_ fd: Int32, into scratch: UnsafeMutableRawBufferPointer) -> IOResult {
        var result = 0
        var code: Int32 = 0
        repeat {
            result = Glibc.read(fd, scratch.baseAddress, scratch.count)
            code = errno
        } while result < 0 && code == EINTR
        if result > 0 { return .bytes(result) }
        if result == 0 { return .closed }
        return code == EAGAIN || code == EWOULDBLOCK ? .wouldBlock : .closed
    }

    /// Writes as much of the pieces as the socket takes in one `writev`, retrying on EINTR.
    static func write(_ fd: Int32, _ pieces: [[UInt8]], offset: Int) -> IOResult {
        var vectors: [iovec] = []
        var skip = offset
        var result = 0
        var code: Int32 = 0
        repeat {
            result = withVectors(pieces, skip: &skip, vectors: &vectors) { Glibc.writev(fd, $0, Int32($1)) }
            code = errno
        } while result < 0 && code == EINTR
        if result >= 0 { return .bytes(result) }
        return code == EAGAIN || code == EWOULDBLOCK ? .wouldBlock : .closed
    }

    private static func withVectors(
        _ pieces: [[UInt8]], skip: inout Int, vectors: inout [iovec],
        _ body: (UnsafePointer<iovec>, Int) -> Int
    ) -> Int {
        // Pin every piece's storage for the duration of the call, then hand the kernel their addresses.
        func pin(_ index: Int, _ remainingSkip: Int, _ collected: inout [iovec]) -> Int {
            guard index < pieces.count else {
                return collected.withUnsafeBufferPointer { pointer in
                    guard let base = pointer.baseAddress else { return 0 }
                    return body(base, pointer.count)
                }
            }
            return pieces[index].withUnsafeBufferPointer { buffer -> Int in
                var rest = remainingSkip
                if rest >= buffer.count {
                    rest -= buffer.count
                } else if let base = buffer.baseAddress {
                    collected.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: base + rest), iov_len: buffer.count - rest))
                    rest = 0
                }
                return pin(index + 1, rest, &collected)
            }
        }
        vectors.removeAll(keepingCapacity: true)
        return pin(0, skip, &vectors)
    }
}
