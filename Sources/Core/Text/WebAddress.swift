/// Web and e-mail addresses in running text ("https://example.org/a?b=1", "www.example.gov",
/// "press@example.com") and social handles ("@example"), each found whole so the tokenizer makes
/// it one token.
///
/// Cut at its dots and "@", an address becomes words the entity tagger reads as names (a domain's
/// name as an organisation, a handle as a person); the treebanks the taggers learnt from keep
/// an address as one token, and no analyst marks a name inside one. Bare domains ("Amazon.com")
/// are left to the tagger: in news they are most often the company.
enum WebAddress {
    /// The end of the web or e-mail address that starts at `start`, without the punctuation that
    /// closes its sentence or clause; nil when none starts there.
    static func end(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
        var index = start
        while index < limit, ASCII.isLetter(bytes[index]) { index += 1 }
        let letters = index - start
        // A scheme: "http://", "https://", "ftp://".
        if (2...10).contains(letters), index + 3 < limit, bytes[index] == UInt8(ascii: ":"),
            bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/"), isPathByte(bytes[index + 3])
        {
            return trimmed(bytes, start, restEnd(bytes, from: index + 3, limit: limit))
        }
        if letters == 3, index + 1 < limit, bytes[index] == UInt8(ascii: "."), isLabelByte(bytes[index + 1]),
            (bytes[start] | 0x20, bytes[start + 1] | 0x20, bytes[start + 2] | 0x20) == (0x77, 0x77, 0x77)
        {
            return trimmed(bytes, start, restEnd(bytes, from: index + 1, limit: limit))
        }
        // An e-mail address: a local part, "@", a domain of two labels or more, no longer than
        // the standard allows, so a long run of dotted words is read once, not once a word.
        index = start
        let localLimit = min(limit, start + 64)
        while index < localLimit, isLocalByte(bytes[index]) { index += 1 }
        guard index > start, index < localLimit, bytes[index] == UInt8(ascii: "@") else {
            return hostEnd(bytes, from: start, limit: limit) ?? fileNameEnd(bytes, from: start, limit: limit)
        }
        return domainEnd(bytes, from: index + 1, limit: min(limit, index + 256))
    }

    /// A host named by three labels or more ("intranet.example.com", "news.example.co.uk"): an
    /// address, where "Example.com" alone is most often the company.
    private static func hostEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
        guard let end = domainEnd(bytes, from: start, limit: min(limit, start + 256)) else { return nil }
        var dots = 0
        for index in start..<end where bytes[index] == UInt8(ascii: ".") { dots += 1 }
        return dots >= 2 ? end : nil
    }

    /// The end of a mail domain written after its "@" alone ("@example.com", an address whose
    /// local part the text left out), or nil.
    static func domainAfterAt(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, limit: Int) -> Int? {
        domainEnd(bytes, from: at + 1, limit: min(limit, at + 257))
    }

    /// An attachment's file name ("Lisa_resume.doc", "minutes_2004.pdf"): no name is read inside
    /// it either. Only the extensions of documents, images, sound and archives count, so that
    /// "Amazon.com" and "U.S." are left alone.
    private static func fileNameEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
        var index = start
        var lastDot: Int? = nil
        while index < limit, index - start <= 255,
            isLabelByte(bytes[index]) || bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: ".")
        {
            if bytes[index] == UInt8(ascii: ".") { lastDot = index }
            index += 1
        }
        // A sentence's full stop after the name is not part of it.
        if index > start, bytes[index - 1] == UInt8(ascii: ".") {
            index -= 1
            lastDot = bytes[start..<index].lastIndex(of: UInt8(ascii: "."))
        }
        guard let lastDot, lastDot > start, index - lastDot - 1 <= 4 else { return nil }
        var extensionKey: UInt32 = 0
        for offset in (lastDot + 1)..<index {
            guard ASCII.isLetter(bytes[offset]) || ASCII.isDigit(bytes[offset]) else { return nil }
            extensionKey = extensionKey << 8 | UInt32(ASCII.lowercased(bytes[offset]))
        }
        return fileExtensions.contains(extensionKey) ? index : nil
    }

    /// Extensions packed one byte a letter: "doc" is 0x64_6F_63.
    private static let fileExtensions: Set<UInt32> = Set(
        [
            "doc", "docx", "pdf", "xls", "xlsx", "ppt", "pptx", "txt", "rtf", "csv", "odt", "jpg", "jpeg", "png", "gif",
            "tif", "tiff", "zip", "mp3", "mp4", "wav", "avi", "mov", "exe",
        ].map { name in name.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } })

    /// The end of a handle ("@example", "@Example_News") whose "@" is at `at`, or nil.
    static func handleEnd(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, limit: Int) -> Int? {
        var index = at + 1
        while index < limit, index - at <= 30,
            ASCII.isLetter(bytes[index]) || ASCII.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "_")
        {
            index += 1
        }
        // Not a handle: a lone "@", one too long, or the domain of an address ("@example.com").
        guard index > at + 1, index - at <= 30 else { return nil }
        if index < limit, bytes[index] == UInt8(ascii: "@") { return nil }
        if index + 1 < limit, bytes[index] == UInt8(ascii: "."), isLabelByte(bytes[index + 1]) { return nil }
        return index
    }

    /// Letters, digits and the hyphen, of which a domain's labels are made.
    @inline(__always)
    private static func isLabelByte(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "-")
    }

    @inline(__always)
    private static func isLocalByte(_ byte: UInt8) -> Bool {
        isLabelByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "%")
    }

    /// Printable ASCII that may stand in an address: not a space, not `<`, `>` or `"`, which
    /// enclose addresses rather than belong to them.
    @inline(__always)
    private static func isPathByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"")
    }

    private static func restEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit, isPathByte(bytes[index]) { index += 1 }
        return index
    }

    /// `end` moved back over the punctuation that follows an address in a sentence, and over a
    /// closing bracket that opens nowhere inside it ("(see www.example.org)").
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var end = end
        while end > start {
            let last = bytes[end - 1]
            if ".,;:!?'".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ")"), !bytes[start..<(end - 1)].contains(UInt8(ascii: "(")) {
                end -= 1
            } else {
                break
            }
        }
        return end > start ? end : nil
    }

    /// The end of the domain starting at `start`: labels joined by dots, the last of two letters
    /// or more; nil when there is no such domain.
    private static func domainEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int? {
        var index = start
        var end: Int? = nil
        var labelStart = start
        while index < limit {
            let byte = bytes[index]
            if isLabelByte(byte) {
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "."), index > labelStart, index + 1 < limit, isLabelByte(bytes[index + 1]) else { break }
            index += 1
            labelStart = index
            // The domain so far ends here if a label of letters follows.
            var probe = index
            while probe < limit, isLabelByte(bytes[probe]) { probe += 1 }
            if probe - index >= 2, bytes[index..<probe].allSatisfy(ASCII.isLetter) { end = probe }
        }
        return end
    }
}
