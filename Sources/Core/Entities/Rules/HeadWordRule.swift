/// A run of capitalised words that ends in a generic head word is a name of that kind, whatever
/// the tagger made of it: "European Commission" (organisation), "Munich Security Conference",
/// "Cold War" (events), "Fisheries Act" (laws), "Maple Avenue" (a street, a facility). The head word says the type, the capitals say it
/// is a name.
struct HeadWordRule: EntityRule {
    let commonWords: CommonWords?

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let range = scope.tokens
        guard !range.isEmpty else { return }
        let document = scope.document
        var found: [EntityMention] = []
        document.normalized.withUnsafeBufferPointer { bytes in
            var index = range.lowerBound
            while index < range.upperBound {
                guard isNameWord(document.tokens[index], bytes) else {
                    index += 1
                    continue
                }
                // Extend over capitalised words and the connectors names contain ("Bank of England").
                var phraseStart = index
                var end = index
                var cursor = index
                while cursor < range.upperBound {
                    let token = document.tokens[cursor]
                    if isNameWord(token, bytes) {
                        end = cursor
                        cursor += 1
                    } else if Self.connectors.contains(token.key), cursor + 1 < range.upperBound,
                        isNameWord(document.tokens[cursor + 1], bytes)
                    {
                        cursor += 1
                    } else {
                        break
                    }
                }
                // "The Board of …" opening a sentence: the article is capitalised too.
                let head = document.tokens[index].key == Self.the ? index + 1 : index
                if let named = headFirst(head, end: end, document: document, bytes: bytes) { found.append(named) }
                for position in index...end {
                    let key = document.tokens[position].key
                    let type: EntityType? =
                        EntityLexicon.eventWords.contains(key)
                        ? .event
                        : EntityLexicon.lawWords.contains(key)
                            ? .law
                            : Self.streets.contains(key)
                                ? .facility
                                : isOrganizationHead(key) && !Self.ambiguousHeads.contains(key) ? .organization : nil
                    // "Arkwise Petroleum Corp", "Velmont Systems Group": the name ends at the last head word.
                    let endsLater = position + 1 <= end && isOrganizationHead(document.tokens[position + 1].key)
                    if let type, position > phraseStart, !endsLater {
                        var first = phraseStart
                        // "Quillby Logistics and Darnet Systems": the second name starts after the "and".
                        while first < position, Self.connectors.contains(document.tokens[first].key) { first += 1 }
                        // A street's name runs over no connector ("Lanterna on Birch Street" is a bar and a street).
                        if type == .facility {
                            while first < position,
                                (first..<position).contains(where: { Self.connectors.contains(document.tokens[$0].key) })
                            {
                                first += 1
                            }
                        }
                        let leading = document.tokens[first]
                        if leading.flags.contains(.sentenceInitial) || leading.flags.contains(.headline),
                            commonWords?.contains(key: leading.key) == true
                        {
                            first += 1
                            // "Shares in Arkwise Holdings": the connector after it goes too.
                            while first < position, Self.connectors.contains(document.tokens[first].key) { first += 1 }
                        }
                        if first < position {
                            let span = Int(document.tokens[first].start)..<Int(document.tokens[position].end)
                            found.append(EntityMention(range: span, tokens: first..<(position + 1), type: type))
                        }
                        phraseStart = position + 1
                    } else if EntityLexicon.personTitles.contains(key), !endsLater {
                        // A title opens a person's name after it, not a head word's ("Harlow Coach Tours").
                        phraseStart = position + 1
                    } else if isOrganizationHead(key), position > phraseStart, position + 1 <= end,
                        document.tokens[position + 1].key == Self.and
                    {
                        // "Velmont Bank and Harlow Securities": an ambiguous head still ends a name
                        // before "and".
                        phraseStart = position + 1
                    } else if key == Self.and,
                        mentions.contains(where: { $0.tokens == phraseStart..<position && $0.type != .organization })
                    {
                        // "consultants Marlow Pike and Zentra Labs": a person or place found before
                        // "and" is a name of its own, not the first half of the company's.
                        phraseStart = position + 1
                    }
                }
                index = end + 1
            }
        }
        for phrase in found {
            // A longer name already found around it wins; shorter or crossing pieces give way.
            if mentions.contains(where: {
                $0.range.lowerBound <= phrase.range.lowerBound && $0.range.upperBound >= phrase.range.upperBound && $0.range != phrase.range
            }) {
                continue
            }
            mentions.removeAll { $0.range.overlaps(phrase.range) }
            mentions.append(phrase)
        }
    }

    /// "Board of Deputies of British Jews", "Bank of Japan": an organisation's head word first,
    /// then "of" and capitalised words, is the organisation (head words that also end other
    /// names are unambiguous in this order). Nil unless such a name starts at `start`; it runs
    /// over "of", "for", "on", "de" and "&" between capitalised words, not over "and" or "the",
    /// which join two names.
    private func headFirst(_ start: Int, end: Int, document: TextDocument, bytes: UnsafeBufferPointer<UInt8>) -> EntityMention? {
        guard start + 2 <= end, EntityLexicon.organizationWords.contains(document.tokens[start].key),
            document.tokens[start + 1].key == Self.of
        else { return nil }
        var last = start
        var cursor = start + 1
        while cursor <= end {
            if isNameWord(document.tokens[cursor], bytes) {
                last = cursor
            } else if !Self.innerConnectors.contains(document.tokens[cursor].key) {
                break
            }
            cursor += 1
        }
        guard last > start + 1 else { return nil }
        let span = Int(document.tokens[start].start)..<Int(document.tokens[last].end)
        return EntityMention(range: span, tokens: start..<(last + 1), type: .organization)
    }

    private func isOrganizationHead(_ key: UInt64) -> Bool {
        EntityLexicon.organizationWords.contains(key) || EntityLexicon.organizationEndings.contains(key)
    }

    private func isNameWord(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.kind == .word && token.flags.contains(.capitalized) && !token.flags.contains(.possessive)
    }

    /// "Maple Avenue", "Marsh Lane": a street, which the tagger reads as a person or misses.
    static let streets = WordList(["street", "avenue", "road", "lane", "boulevard", "highway", "parkway", "terrace", "crescent"])
    static let connectors = WordList(["of", "for", "and", "&", "the", "on", "de", "in"])
    static let innerConnectors = WordList(["of", "for", "&", "on", "de"])
    static let of = WordList.key("of")
    static let and = WordList.key("and")
    static let the = WordList.key("the")
    /// Head words that also end place and other names ("West Bank", "Washington Post" is rarer
    /// than "the Post", "Ann Law" is a person): left to the tagger.
    static let ambiguousHeads = WordList([
        "bank", "post", "times", "news", "front", "force", "forces", "service", "office", "press", "trust", "network", "board",
        "open", "series", "park", "law",
    ])
}
