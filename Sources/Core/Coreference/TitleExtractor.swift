/// Separates roles from names: "NATO Secretary-General Jens Stoltenberg" is the person
/// "Jens Stoltenberg" with the title "NATO Secretary-General"; "Minister Lavrov" is "Lavrov". An
/// occupation is a role too ("songwriter Ann Holt").
struct TitleExtractor {
    struct Result {
        var mentions: [EntityMention]
        /// For each mention (same index), the byte range of the title phrase before it, if any.
        var titles: [Range<Int>?]
    }

    func extract(_ mentions: [EntityMention], in document: TextDocument) -> Result {
        var result = Result(mentions: [], titles: [])
        document.normalized.withUnsafeBufferPointer { bytes in
            for var mention in mentions {
                var title: Range<Int>?
                guard mention.type == .person else {
                    result.mentions.append(mention)
                    result.titles.append(nil)
                    continue
                }
                // Title words inside the tagged span: "Minister Lavrov" → "Lavrov".
                var first = mention.tokens.lowerBound
                while first < mention.tokens.upperBound - 1, isTitleWord(document.tokens[first], bytes) {
                    first += 1
                }
                var titleStart = first
                // Title phrase before the name: capitalised words ending in a title word, with the
                // organisations and nationalities that qualify it ("German Chancellor").
                var cursor = mention.tokens.lowerBound - 1
                var sawTitleWord = first > mention.tokens.lowerBound
                while cursor >= 0, document.tokens[cursor].sentence == document.tokens[mention.tokens.lowerBound].sentence {
                    let token = document.tokens[cursor]
                    guard token.kind == .word, token.flags.contains(.capitalized) || isTitleWord(token, bytes) else { break }
                    if isTitleWord(token, bytes) {
                        sawTitleWord = true
                    } else if !sawTitleWord {
                        break
                    }
                    titleStart = cursor
                    cursor -= 1
                }
                // An honorific next to the name ("Foreign Secretary Mr Straw") is the name's, not
                // the role's, and alone ("But Mr Straw") is no title at all.
                var titleEnd = first
                while titleEnd > titleStart, Honorifics.isHonorific(document.tokens[titleEnd - 1]) { titleEnd -= 1 }
                let hasRole = (titleStart..<titleEnd).contains {
                    isTitleWord(document.tokens[$0], bytes) && !Honorifics.isHonorific(document.tokens[$0])
                }
                if sawTitleWord && hasRole {
                    title = Int(document.tokens[titleStart].start)..<Int(document.tokens[titleEnd - 1].end)
                }
                if first > mention.tokens.lowerBound {
                    mention.tokens = first..<mention.tokens.upperBound
                    mention.range = Int(document.tokens[first].start)..<mention.range.upperBound
                }
                result.mentions.append(mention)
                result.titles.append(title)
            }
        }
        return result
    }

    /// A role word, also inside hyphenated roles ("Secretary-General").
    private func isTitleWord(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word else { return false }
        if EntityLexicon.personTitles.contains(token.key) || Honorifics.isHonorific(token)
            || DescriptionRule.personNouns.contains(token.key)
        {
            return true
        }
        var start = token.range.lowerBound
        for index in token.range where bytes[index] == UInt8(ascii: "-") {
            if EntityLexicon.personTitles.contains(WordList.key(bytes, start..<index)) { return true }
            start = index + 1
        }
        return start > token.range.lowerBound && EntityLexicon.personTitles.contains(WordList.key(bytes, start..<token.range.upperBound))
    }
}
