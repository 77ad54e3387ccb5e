import Foundation

/// Reads LF-terminated lines in 64 KiB blocks, so input of any length streams in bounded memory.
struct LineReader {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false

    init(handle: FileHandle) {
        self.handle = handle
    }

    mutating func next() -> ArraySlice<UInt8>? {
        var scan = start
        while true {
            if let newline = buffer[scan...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            scan = buffer.count
            let block = handle.readData(ofLength: 1 << 16)
            if block.isEmpty { finished = true } else { buffer.append(contentsOf: block) }
        }
    }
}
