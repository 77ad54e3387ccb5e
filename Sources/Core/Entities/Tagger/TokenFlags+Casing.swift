extension TokenFlags {
    /// Marks a token with a letter or digit while laying out corpus sentences; never stored.
    package static let wordLike = TokenFlags(rawValue: 1 << 15)

    /// Capitalisation flags of a word from its bytes, as the tokenizer sets them.
    package static func casing(of bytes: ArraySlice<UInt8>) -> TokenFlags {
        var flags: TokenFlags = []
        var letters = 0
        var lowers = 0
        var first = true
        for byte in bytes {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isUpper || isLower || byte >= 0xC0 { letters += 1 }
            if isLower { lowers += 1 }
            if first && (isUpper || isLower || isDigit || byte >= 0xC0) {
                if isUpper { flags.insert(.capitalized) }
                first = false
            }
            if isUpper || isLower || isDigit || byte >= 0xC0 { flags.insert(.wordLike) }
        }
        if letters > 0 && lowers == 0 && flags.contains(.capitalized) { flags.insert(.allCaps) }
        return flags
    }
}
