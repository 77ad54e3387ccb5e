/// Cuts scripts, style sheets and comments out of a page before libxml2 reads it. None of them is
/// ever article text, and on a big CMS page they are most of the bytes (inline JSON state, CSS,
/// tracking code): libxml2 tokenizes such raw text a character at a time, while this pass skips it
/// with a byte search, which halves the time a 200 KB page takes.
///
/// It follows HTML's own rule for these elements: a script or style ends at the first `</script`
/// or `</style`, a comment at the first `-->`. One that never ends runs to the end of the page, as
/// in a browser.
enum RawTextStripper {
    static func strip(_ page: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(page.count)
        var index = 0
        var copied = 0
        while let open = find(UInt8(ascii: "<"), in: page, from: index) {
            let skipTo: Int?
            if matches(page, at: open + 1, commentOpen, caseless: false) {
                skipTo = end(of: commentClose, in: page, from: open + 4, caseless: false).map { $0 + 3 } ?? page.count
            } else if let name = rawTextName(page, at: open + 1) {
                skipTo = closing(name, in: page, from: open + 1 + name.count)
            } else {
                skipTo = nil
            }
            guard let skipTo else {
                index = open + 1
                continue
            }
            output.append(contentsOf: page[copied..<open])
            // A space keeps the words on either side apart, as the element did.
            output.append(UInt8(ascii: " "))
            copied = skipTo
            index = skipTo
        }
        output.append(contentsOf: page[copied..<page.count])
        return output
    }

    private static let script = Array("script".utf8)
    private static let style = Array("style".utf8)
    private static let commentOpen = Array("!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let endTagOpen = Array("</".utf8)

    /// "script" or "style" when an opening tag of one starts at `index` (the name, then a space,
    /// `>` or `/`).
    private static func rawTextName(_ page: UnsafeBufferPointer<UInt8>, at index: Int) -> [UInt8]? {
        guard index < page.count, page[index] | 0x20 == UInt8(ascii: "s") else { return nil }
        let name: [UInt8]
        if matches(page, at: index, script, caseless: true) {
            name = script
        } else if matches(page, at: index, style, caseless: true) {
            name = style
        } else {
            return nil
        }
        let after = index + name.count
        guard after < page.count else { return nil }
        switch page[after] {
        case UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/"), 0x09, 0x0A, 0x0C, 0x0D: return name
        default: return nil
        }
    }

    /// Just past the `>` of the first `</name`, or the end of the page.
    private static func closing(_ name: [UInt8], in page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while let close = end(of: endTagOpen, in: page, from: index, caseless: false) {
            if matches(page, at: close + 2, name, caseless: true) {
                return find(UInt8(ascii: ">"), in: page, from: close + 2 + name.count).map { $0 + 1 } ?? page.count
            }
            index = close + 2
        }
        return page.count
    }

    private static func find(_ byte: UInt8, in page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < page.count {
            if page[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private static func end(of needle: [UInt8], in page: UnsafeBufferPointer<UInt8>, from start: Int, caseless: Bool) -> Int? {
        guard let first = needle.first else { return nil }
        var index = start
        while let candidate = find(first, in: page, from: index) {
            if matches(page, at: candidate, needle, caseless: caseless) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private static func matches(_ page: UnsafeBufferPointer<UInt8>, at index: Int, _ needle: [UInt8], caseless: Bool) -> Bool {
        guard index >= 0, index + needle.count <= page.count else { return false }
        for offset in needle.indices {
            let byte = page[index + offset]
            if (caseless ? byte | 0x20 : byte) != needle[offset] { return false }
        }
        return true
    }
}
