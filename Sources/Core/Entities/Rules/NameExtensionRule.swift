/// A person's name is cut where its surname is also an everyday word: "radio DJ Kate Bright" found
/// as "DJ Kate". The tagger weighs "Bright" as the word it usually is; its capital in mid-sentence,
/// after a first name, says otherwise. A person span ending in a known first name is extended over
/// such a word, a lone surname takes the capitalised word before it, a job title at its start is
/// left out of the name, and the surname alone later in the article is the person too.
struct NameExtensionRule: EntityRule {
    let lexicon: EntityLexicon

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let document = scope.document
        guard let gazetteer = lexicon.gazetteer, mentions.contains(where: { $0.type == .person }) else { return }
        var covered = [Bool](repeating: false, count: document.tokens.count)
        for mention in mentions { for index in mention.tokens where index < covered.count { covered[index] = true } }
        let bytes = document.normalized
        for index in mentions.indices where mentions[index].type == .person && mentions[index].kind == .name {
            var tokens = mentions[index].tokens
            // "Kate" + "Bright": a first name the gazetteer knows, then a capitalised word.
            let last = document.tokens[tokens.upperBound - 1]
            if tokens.upperBound < document.tokens.count, isLooseNameWord(tokens.upperBound, document, covered),
                !gazetteer.categories(of: bytes[last.range]).isDisjoint(with: GazetteerCategories.firstNames)
            {
                tokens = tokens.lowerBound..<(tokens.upperBound + 1)
            }
            // "Guy" + "Fenwick": a capitalised word right before a lone surname the gazetteer
            // knows, where the name was found only by its repetition elsewhere.
            if tokens.count == 1, tokens.lowerBound > 0, isLooseNameWord(tokens.lowerBound - 1, document, covered),
                gazetteer.categories(of: bytes[document.tokens[tokens.lowerBound].range]).contains(.surname)
            {
                tokens = (tokens.lowerBound - 1)..<tokens.upperBound
            }
            // "DJ Kate Bright": the title is the person's, not part of the name, where a full name
            // remains ("DJ Khaled" is a name of its own).
            while tokens.count > 2,
                EntityLexicon.personTitles.contains(document.tokens[tokens.lowerBound].key)
                    || Self.jobTitles.contains(document.tokens[tokens.lowerBound].key)
            {
                tokens = (tokens.lowerBound + 1)..<tokens.upperBound
            }
            guard tokens != mentions[index].tokens else { continue }
            for position in tokens { covered[position] = true }
            mentions[index].tokens = tokens
            mentions[index].range = Int(document.tokens[tokens.lowerBound].start)..<Int(document.tokens[tokens.upperBound - 1].end)
        }
        addEverydaySurnames(&mentions, document, covered)
    }

    /// "Kate Bright" and later "Bright recorded it": a full name's surname that is an everyday
    /// word, which the name-consistency rule does not repeat by its letters alone, is the person
    /// where the parse reads it as a proper noun or as the subject.
    private func addEverydaySurnames(_ mentions: inout [EntityMention], _ document: TextDocument, _ covered: [Bool]) {
        guard let commonWords = lexicon.commonWords else { return }
        var surnames = Set<UInt64>()
        document.normalized.withUnsafeBufferPointer { bytes in
            for mention in mentions where mention.type == .person && mention.kind == .name && mention.tokens.count > 1 {
                let last = document.tokens[mention.tokens.upperBound - 1]
                if last.kind == .word, commonWords.contains(key: last.key) {
                    surnames.insert(DocumentConsistencyRule.exactKey(bytes, last.range))
                }
            }
            guard !surnames.isEmpty else { return }
            for (index, token) in document.tokens.enumerated() where !covered[index] && token.sentence >= 0 {
                guard token.kind == .word, token.flags.contains(.capitalized), !token.flags.contains(.allCaps),
                    token.pos == .propn || token.relation == .nsubj || token.relation == .nsubjPass,
                    surnames.contains(DocumentConsistencyRule.exactKey(bytes, token.range))
                else { continue }
                mentions.append(EntityMention(range: token.range, tokens: index..<(index + 1), type: .person))
            }
        }
    }

    /// A capitalised word in mid-sentence that no other name holds and that is neither a title,
    /// a day or month, nor a word that starts a name of another kind.
    private func isLooseNameWord(_ index: Int, _ document: TextDocument, _ covered: [Bool]) -> Bool {
        let token = document.tokens[index]
        guard !covered[index], token.kind == .word, token.flags.contains(.capitalized), !token.flags.contains(.allCaps),
            !token.flags.contains(.sentenceInitial), !token.flags.contains(.possessive), !token.flags.contains(.abbreviation),
            token.sentence >= 0
        else { return false }
        let key = token.key
        return !EntityLexicon.personTitles.contains(key) && !Self.jobTitles.contains(key) && !Self.calendarWords.contains(key)
            && !EntityLexicon.organizationWords.contains(key) && !Self.functionWords.contains(key)
    }

    /// Jobs news puts before a name, capitalised or not, that are no rank ("DJ", "MP").
    static let jobTitles = WordList(["dj", "mp", "mep", "msp", "qc", "kc"])
    static let calendarWords = WordList([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ])
    static let functionWords = WordList([
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "for", "to", "by", "with", "i", "you", "he", "she", "we",
        "they", "it", "my", "your", "his", "her", "our", "their",
    ])
}
