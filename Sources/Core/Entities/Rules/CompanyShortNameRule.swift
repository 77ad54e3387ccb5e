/// "Calloway rose 3% … Calloway Systems Inc. employs 900 people": a business named in full in the
/// article is also its first word alone, before or after the full name, whatever the tagger made
/// of that word (a person, a place), or where it found no name at all. Not where the article
/// names a person by that word ("Ann Calloway", "Mr Calloway"), not a place the lexicons know
/// that the tagger read as one ("the Velmara United Front" leaves Velmara a place), and not an
/// everyday word.
struct CompanyShortNameRule: EntityRule {
    let lexicon: EntityLexicon

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        let tokens = scope.document.tokens
        var companies = KeyMap<Bool>()
        var surnames = KeyMap<Bool>()
        for mention in mentions where mention.kind == .name {
            let words = mention.tokens
            if mention.type == .person, words.count >= 2 || words.lowerBound > 0 && isTitle(tokens[words.lowerBound - 1].key) {
                surnames[tokens[words.upperBound - 1].key] = true
            }
            guard mention.type == .organization, words.count >= 2,
                words.dropFirst().contains(where: { Self.isBusinessWord(tokens[$0].key) })
            else { continue }
            let first = tokens[words.lowerBound]
            guard first.kind == .word, first.flags.contains(.capitalized), lexicon.commonWords?.contains(key: first.key) != true
            else { continue }
            companies[first.key] = true
        }
        guard companies.count > 0 else { return }
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for index in mention.tokens where index < covered.count { covered[index] = true } }
        func isPlace(_ tokens: Range<Int>) -> Bool {
            !lexicon.categories(document: scope.document, tokens: tokens).isDisjoint(with: [.country, .city, .region, .continent])
        }
        for index in mentions.indices where mentions[index].kind == .name && mentions[index].tokens.count == 1 {
            let key = tokens[mentions[index].tokens.lowerBound].key
            guard [.person, .gpe, .location].contains(mentions[index].type), companies[key] == true, surnames[key] != true,
                mentions[index].type == .person || !isPlace(mentions[index].tokens)
            else { continue }
            mentions[index].type = .organization
        }
        // The word the tagger did not find at all ("Records show that Calloway operates 14 buses",
        // "Calloway owner Ann Roe said"): a capitalised proper noun alone, not the start of another
        // name ("Islamic Group" leaves "Islamic militants" alone).
        for index in tokens.indices where !covered[index] && companies[tokens[index].key] == true {
            let token = tokens[index]
            guard token.kind == .word, token.flags.contains(.capitalized), token.pos == .propn, surnames[token.key] != true,
                index + 1 == tokens.count || tokens[index + 1].sentence != token.sentence || !startsName(tokens[index + 1]),
                !isPlace(index..<(index + 1))
            else { continue }
            mentions.append(EntityMention(range: token.range, tokens: index..<(index + 1), type: .organization))
        }
    }

    /// A capitalised word after the company's first word makes another name of it ("Calloway Park").
    private func startsName(_ token: Token) -> Bool {
        token.kind == .word && token.flags.contains(.capitalized)
    }

    private func isTitle(_ key: UInt64) -> Bool { EntityLexicon.personTitles.contains(key) }

    private static func isBusinessWord(_ key: UInt64) -> Bool {
        EntityLexicon.organizationEndings.contains(key) || corporate.contains(key)
    }

    private static let corporate = WordList(
        ["inc", "corp", "corporation", "ltd", "plc", "llc", "group", "company", "co"] + EntityLexicon.companyNameWords)
}
