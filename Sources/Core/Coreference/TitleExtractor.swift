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
                if title == nil { title = appositiveTitle(of: mention, in: document, bytes) }
                if first > mention.tokens.lowerBound {
                    mention.tokens = first..<mention.tokens.upperBound
                    mention.range = Int(document.tokens[first].start)..<mention.range.upperBound
                }
                // Letters after the name ("Ann Lee KC", "Tom Hale MP") are no part of it: "Ms Lee"
                // is the same person.
                var last = mention.tokens.upperBound - 1
                while last > mention.tokens.lowerBound + 1, Self.postnominals.contains(document.tokens[last].key) { last -= 1 }
                if last < mention.tokens.upperBound - 1 {
                    mention.tokens = mention.tokens.lowerBound..<(last + 1)
                    mention.range = mention.range.lowerBound..<Int(document.tokens[last].end)
                }
                result.mentions.append(mention)
                result.titles.append(title)
            }
        }
        return result
    }

    /// A role set beside the name by commas: "Ann Lee, a senior analyst at Veltrix, said", or
    /// "The minister, Ann Lee, said" where the description opens the sentence or follows a comma
    /// ("Sentencing him, the judge, Ann Lee, said"; after a verb, "met the minister, Ann Lee said"
    /// names two people). The role word ends the description,
    /// with no possessive in it ("the minister's spokesman" is no minister).
    private func appositiveTitle(of mention: EntityMention, in document: TextDocument, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let tokens = document.tokens
        let sentence = tokens[mention.tokens.lowerBound].sentence
        func isComma(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && tokens[index].kind == .punctuation
                && bytes[tokens[index].range.lowerBound] == UInt8(ascii: ",")
        }
        func isDescriptionWord(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.kind == .word && token.sentence == sentence && !token.flags.contains(.possessive)
                && (!token.flags.contains(.capitalized) || isTitleWord(token, bytes) || token.flags.contains(.sentenceInitial))
                && ([.noun, .adj, .det, .propn].contains(token.pos) || Self.determiners.contains(token.key))
        }
        func role(_ words: ClosedRange<Int>) -> Range<Int>? {
            var first = words.lowerBound
            while first < words.upperBound, Self.determiners.contains(tokens[first].key) { first += 1 }
            let last = tokens[words.upperBound]
            guard first <= words.upperBound, tokens[first].kind == .word, isTitleWord(last, bytes), !Honorifics.isHonorific(last),
                (first...words.upperBound).allSatisfy(isDescriptionWord)
            else { return nil }
            return Int(tokens[first].start)..<Int(last.end)
        }
        // "The minister, Ann Lee, said …", also with an honorific ("Its chairman, Sir Tom Hale,").
        var comma = mention.tokens.lowerBound - 1
        while comma >= 0, mention.tokens.lowerBound - comma <= 2, Honorifics.isHonorific(tokens[comma]) { comma -= 1 }
        if isComma(comma), isComma(mention.tokens.upperBound), comma - 1 >= 0 {
            var start = comma - 1
            while start - 1 >= 0, comma - start < 5, isDescriptionWord(start - 1) { start -= 1 }
            let opensClause = tokens[start].flags.contains(.sentenceInitial) || isComma(start - 1)
            if opensClause, Self.determiners.contains(tokens[start].key) {
                return role(start...(comma - 1))
            }
        }
        // "Ann Lee, a senior analyst at Veltrix, said …"
        let after = mention.tokens.upperBound
        guard isComma(after), after + 1 < tokens.count, Self.determiners.contains(tokens[after + 1].key) else { return nil }
        var end = after + 1
        while end + 1 < tokens.count, end - after < 6, isDescriptionWord(end + 1) { end += 1 }
        let next = end + 1
        guard next < tokens.count,
            isComma(next) || tokens[next].sentence != sentence || tokens[next].kind == .punctuation
                || Self.roleEnds.contains(tokens[next].key)
        else { return nil }
        return role((after + 1)...end)
    }

    private static let postnominals = WordList([
        "kc", "qc", "mp", "msp", "mep", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd",
    ])
    /// "The minister, Ann Lee", "Its outgoing chairman, Ann Lee".
    private static let determiners = WordList(["the", "a", "an", "its", "his", "her", "their", "our"])

    /// A word for a person's office or rank: the entity lexicon's titles, and more that only
    /// coreference reads (the entity tagger's lexicon features stay as it was trained with).
    static func isRole(_ key: UInt64) -> Bool { EntityLexicon.personTitles.contains(key) || moreRoles.contains(key) }
    private static let moreRoles = WordList([
        "executive", "spokesperson", "officer", "pastor", "reverend", "rev", "vicar", "rector", "chaplain", "justice",
        "lt", "sgt", "det", "detective", "insp", "inspector", "supt", "superintendent", "constable", "sheriff", "marshal",
        "trooper", "cpl", "corporal",
    ])
    /// The role an abbreviation or a court's style stands for, which a later description uses
    /// ("Lt. Ann Lee … the lieutenant", "Mr Justice Roe … the judge").
    static func fullRole(_ key: UInt64) -> UInt64? { fullRoles[key] }
    private static let fullRoles: [UInt64: UInt64] = {
        let pairs = [
            ("lt", "lieutenant"), ("sgt", "sergeant"), ("det", "detective"), ("insp", "inspector"), ("supt", "superintendent"),
            ("capt", "captain"), ("gen", "general"), ("col", "colonel"), ("gov", "governor"), ("sen", "senator"),
            ("rep", "representative"), ("prof", "professor"), ("rev", "reverend"), ("cllr", "councillor"), ("cpl", "corporal"),
            ("justice", "judge"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.map { (WordList.key($0.0), WordList.key($0.1)) })
    }()
    /// Words after which a role goes on with where or whom it serves ("an analyst at Veltrix").
    private static let roleEnds = WordList(["at", "of", "for", "with", "in", "to"])

    /// A role word, also inside hyphenated roles ("Secretary-General").
    private func isTitleWord(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word else { return false }
        // "Lt.", its period kept on the word.
        let end = token.range.upperBound
        let bare =
            end - 1 > token.range.lowerBound && bytes[end - 1] == UInt8(ascii: ".")
            ? WordList.key(bytes, token.range.lowerBound..<(end - 1)) : token.key
        if Self.isRole(bare) || Honorifics.isHonorific(token)
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
