/// Groups name mentions: the same name; a surname (or a lone first name) with the one fuller name
/// it belongs to; an acronym with its expansion; a misspelt surname with the one person it is
/// closest to. Linear in the number of mentions: lookups go through key maps keyed by words.
struct NameMatcher {
    let gazetteer: Gazetteer?
    let givenNames: Gazetteer?

    /// A name as the matcher compares it: the key of each word (in a buffer the caller owns) and
    /// of the whole name, each the FNV-1a hash of its lower-cased UTF-8 (words joined by one
    /// space), so equal keys mean equal lower-cased text and no `String` is made per mention.
    struct Name {
        var full = NameKey()
        /// `full` without a last word that says what kind of company it is ("Harlow Ferries" of
        /// "Harlow Ferries Ltd"); nil for other names.
        var withoutLegalForm: UInt64? = nil
        /// The text ranges of the name's first and last words.
        var first: Range<Int> = 0..<0
        var last: Range<Int> = 0..<0
    }

    /// FNV-1a over lower-cased UTF-8, fed piece by piece.
    struct NameKey {
        private(set) var value = FNV1a.seed

        mutating func add(_ byte: UInt8) { value = FNV1a.step(value, UInt64(byte)) }

        mutating func add(_ text: some Sequence<UInt8>) { for byte in text { add(byte) } }

        /// Adds a token's text lower-cased: ASCII by byte, anything else as `String.lowercased()` does.
        mutating func add(token range: Range<Int>, of document: TextDocument) {
            let ascii = document.normalized.withUnsafeBufferPointer { bytes in
                range.allSatisfy { bytes[$0] < 0x80 }
            }
            guard ascii else {
                add(document.text(range).lowercased().utf8)
                return
            }
            document.normalized.withUnsafeBufferPointer { bytes in
                for index in range {
                    let byte = bytes[index]
                    add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            }
        }
    }

    /// A cluster while names are matched: its mentions are a chain through `MentionChain`, so a
    /// growing cluster copies nothing, and the list is made once at the end.
    private struct Draft {
        var type: EntityType
        var canonical: EntityMention
        var titles: [Range<Int>] = []
        var gender: EntityClusterer.Gender = .unknown
        var count = 0
        var first = -1
        var last = -1
        var singleTokensOnly = true
    }

    /// The mentions of every draft cluster, each linked to the next of its cluster (-1 ends).
    private struct MentionChain {
        var next: [Int]

        mutating func append(_ position: Int, _ mention: EntityMention, to draft: inout Draft) {
            if draft.last >= 0 { next[draft.last] = position } else { draft.first = position }
            draft.last = position
            draft.count += 1
            draft.singleTokensOnly = draft.singleTokensOnly && mention.tokens.count == 1
        }

        /// `source`'s mentions after `target`'s; `source` is left empty.
        mutating func move(_ source: inout Draft, after target: inout Draft) {
            guard source.first >= 0 else { return }
            if target.last >= 0 { next[target.last] = source.first } else { target.first = source.first }
            target.last = source.last
            target.count += source.count
            target.singleTokensOnly = target.singleTokensOnly && source.singleTokensOnly
            (source.first, source.last, source.count, source.singleTokensOnly) = (-1, -1, 0, true)
        }
    }

    func group(_ mentions: [EntityMention], titles: [Range<Int>?], in document: TextDocument) -> [EntityClusterer.Cluster] {
        var drafts: [Draft] = []
        var chain = MentionChain(next: [Int](repeating: -1, count: mentions.count))
        var byName = KeyMap<Int>()
        var bySurname = KeyMap<[Int]>()
        /// Where each surname was first written, for the near-miss spelling check, in the order
        /// first seen.
        var surnames: [(key: UInt64, range: Range<Int>)] = []
        var budget = SpellingBudget()
        /// By first name, the one cluster all mentions with it joined (-1 once there are several),
        /// kept as they are added so the question costs one lookup.
        var byFirstName = KeyMap<Int>()
        /// The same for surnames, beside `bySurname`'s full lists.
        var onlyBySurname = KeyMap<Int>()
        var byInitials = KeyMap<Int>()
        /// Each cluster's canonical name as word keys: a stretch of `canonicalWords`, kept beside
        /// it rather than re-read from the text.
        var canonicalWords: [UInt64] = []
        var canonicalNames: [Range<Int>] = []
        var words: [UInt64] = []
        /// Mentions typed otherwise that joined a person by cataphora, retyped at the end.
        var asPerson = [Bool](repeating: false, count: mentions.count)
        var asOrganization = [Bool](repeating: false, count: mentions.count)
        /// The words found alone to stand for an organisation of a longer name ("Harwick").
        var shortOrganizationNames = KeyMap<Bool>()
        /// By first word, the one organisation with a longer name starting with it (-1: several).
        var organizationsByFirstWord = KeyMap<Int>()
        /// By the one word after a closing "of" ("Lords" of "House of Lords"), the one organisation
        /// whose name ends so (-1: several).
        var organizationsByOfWord = KeyMap<Int>()
        /// Events of several words by their last: "Cyclone Phailin" under "phailin".
        var eventsByLastWord = KeyMap<Int>()
        /// By its name without the legal form, the organisation registered so ("Harlow Ferries").
        var organizationsByStem = KeyMap<Int>()
        /// By name and honorific gender, the person an honorific set apart from another of that name.
        var byHonorific = KeyMap<Int>()

        /// The earlier cluster's mentions and titles after this one's, and its names pointing here.
        func absorb(_ earlier: Int, into index: Int) {
            var source = drafts[earlier]
            chain.move(&source, after: &drafts[index])
            drafts[index].titles += source.titles
            drafts[earlier] = source
            byName.updateValues { $0 == earlier ? index : $0 }
        }

        for (position, mention) in mentions.enumerated() {
            let name = Self.name(document.tokens[mention.tokens], document: document, words: &words)
            guard let firstWord = words.first, let lastWord = words.last else { continue }
            var target: Int?
            // "first" and "one" name no referent: each is its own, however often the word recurs
            // (a figure in digits, "1,000 fishermen", is the same figure when repeated).
            let countWord =
                mention.type == .ordinal
                || mention.type == .cardinal && words.count == 1
                    && document.tokens[mention.tokens.lowerBound].kind == .word
            if countWord {
                target = nil
            } else if mention.type != .person, words.count == 1, let person = onlyBySurname[lastWord], person >= 0,
                !drafts[person].singleTokensOnly, Self.isNominal(document.tokens[mention.tokens.lowerBound]),
                !isCountry(name.last, document: document)
            {
                // "Ann Welsh" and then "Welsh said", "Welsh added": the tagger's nationality
                // or place is the person's surname where the parse uses it as a noun phrase,
                // not as a modifier ("Welsh exports").
                target = person
                asPerson[position] = true
            } else if words.count == 1, byName[name.full.value] == nil,
                mention.type == .organization || mention.type == .person && onlyBySurname[lastWord] == nil,
                let organization = organizationsByFirstWord[firstWord], organization >= 0,
                mention.type == .organization || Self.isNominal(document.tokens[mention.tokens.lowerBound])
            {
                // "Acme Holdings" and then "Acme said": the first word of exactly one
                // organisation's name, standing alone as a noun phrase, is that organisation
                // (and no person, though the tagger may have typed it one); typed an organisation,
                // it is one however the parse reads it ("Acme employs 400 people", the verb
                // misread as a noun of the name).
                target = organization
                asOrganization[position] = true
                shortOrganizationNames[firstWord] = true
            } else if words.count == 1, byName[name.full.value] == nil, mention.type == .organization,
                let organization = organizationsByOfWord[firstWord], organization >= 0
            {
                // "the House of Lords" and then "the Lords": the word that ends exactly one
                // organisation's name after "of", typed an organisation itself, is that one ("the
                // Bank of England" is no "England", a place).
                target = organization
            } else if words.count == 1, byName[name.full.value] == nil, mention.type == .event,
                let event = eventsByLastWord[lastWord], event >= 0
            {
                // "Cyclone Phailin" and then "Phailin": the last word of exactly one event's name.
                target = event
            } else if byName[name.full.value] == nil, let organization = organizationsByStem[name.full.value] {
                // "Harlow Ferries Ltd" and then "Harlow Ferries", however the tagger typed it.
                target = organization
                asOrganization[position] = true
            } else if byName[name.full.value] == nil, mention.type == .organization, let stem = name.withoutLegalForm,
                let earlier = byName[stem], drafts[earlier].type == .organization
            {
                // "Harlow Ferries" in a headline and then "Harlow Ferries Ltd": the registered name
                // of the business named so before.
                target = earlier
            } else if let index = byName[name.full.value],
                mention.type != .norp || words.count > 1 || drafts[index].type != .person
                    || document.tokens[mention.tokens.lowerBound].pos == .x
                    || Self.isNominal(document.tokens[mention.tokens.lowerBound]),
                !(mention.type.isValue || drafts[index].type.isValue) || mention.type == drafts[index].type
            {
                // (A person's surname that is also a people's adjective, used as one, "Welsh
                // exports", is not the person; "in 2019", a year, is not the count "2019 lines".)
                target = index
                // "Harwick" again, after it was found to be "Harwick Mercantile": the organisation,
                // however the tagger typed it this time ("Harwick's chief executive").
                if words.count == 1, shortOrganizationNames[firstWord] == true { asOrganization[position] = true }
            } else if mention.type == .person {
                target = personMatch(
                    words, lastWord: name.last, document: document, bySurname: bySurname, onlyBySurname: onlyBySurname,
                    surnames: surnames, byFirstName: byFirstName, budget: &budget, singleTokensOnly: { drafts[$0].singleTokensOnly },
                    canonical: { canonicalWords[canonicalNames[$0]] })
            } else if words.count == 1, let index = byInitials[Self.compact(name.first, document: document).value] {
                target = index
            } else {
                target = nil
            }
            // "Mr Roe" is not the "Jane Roe" named before: an honorific that contradicts the
            // person's known gender names someone else of that name, who keeps to that honorific
            // while the bare name stays with the person it meant so far.
            var namesAnother = false
            let namesFamily = !mention.type.isValue && words.count == 1 && Self.namesFamily(mention, document)
            if namesFamily {
                // "the Pemberton family" is the family, not the Pemberton named before or after,
                // however the tagger typed it: its mentions go together, as people.
                let key = name.full.value ^ 0x6661_6d69_6c79
                target = byHonorific[key]
                if target == nil { byHonorific[key] = drafts.count }
                namesAnother = true
            } else if mention.type == .person, let said = Honorifics.gender(before: mention.tokens.lowerBound, document),
                said != .unknown
            {
                let key = name.full.value ^ (said == .male ? 0x6d61_6c65 : 0x6665_6d61)
                // "Anna Vale … her son, Peter Vale … Mr Vale": of a family sharing the surname, the
                // one person of the honorific's gender.
                let family = words.count == 1 ? (bySurname[lastWord] ?? []).filter { drafts[$0].gender == said } : []
                if let other = byHonorific[key] {
                    target = other
                    namesAnother = true
                } else if let only = family.first, family.allSatisfy({ $0 == only }),
                    target.map({ drafts[$0].gender != said }) ?? true
                {
                    target = only
                } else if let candidate = target, drafts[candidate].gender != .unknown, drafts[candidate].gender != said {
                    target = nil
                    namesAnother = true
                    byHonorific[key] = drafts.count
                }
            }
            // "President Obama", "Mr Obama" … "the first lady, Michelle Obama": a full name whose
            // first name is of the other gender than the person matched by surname is another
            // person of that name.
            if !namesAnother, mention.type == .person, words.count > 1, let candidate = target, byName[name.full.value] == nil,
                drafts[candidate].gender != .unknown
            {
                let own = gender(of: mention, document: document)
                if own != .unknown, own != drafts[candidate].gender { target = nil }
            }
            let index: Int
            if let target {
                index = target
                if words.count > canonicalNames[index].count {
                    drafts[index].canonical = mention
                    canonicalNames[index] = canonicalWords.count..<canonicalWords.count + words.count
                    canonicalWords += words
                }
            } else {
                index = drafts.count
                drafts.append(Draft(type: mention.type, canonical: mention))
                canonicalNames.append(canonicalWords.count..<canonicalWords.count + words.count)
                canonicalWords += words
            }
            chain.append(position, mention, to: &drafts[index])
            if let title = titles[position] { drafts[index].titles.append(title) }
            // Cataphora: "Hale attacks the show" in a headline, typed a place for want of
            // context, then "Martin Hale" in the body. An earlier lone surname of another
            // type, unless it names a country, is this person.
            if mention.type == .person, words.count > 1, let lone = byName[lastWord], lone != index, drafts[lone].count > 0,
                drafts[lone].singleTokensOnly, drafts[lone].type != .person, !isCountry(name.last, document: document)
            {
                var position = drafts[lone].first
                while position >= 0 {
                    asPerson[position] = true
                    position = chain.next[position]
                }
                absorb(lone, into: index)
            }
            // "Lords" in a headline, then "the House of Lords": the same, for an organisation
            // named earlier by its word after "of".
            if mention.type == .organization, Self.endsWithOfWord(words), let lone = byName[lastWord], lone != index,
                drafts[lone].count > 0, drafts[lone].singleTokensOnly, drafts[lone].type == .organization
            {
                absorb(lone, into: index)
            }
            // "Brackwell to cut jobs" in a headline, then "Brackwell Financial Group": the same, for
            // a business named earlier by its first word, before any other name opened so. (Not
            // "NBC" before "NBC News" or "Senate" before "Senate Armed Services Committee": a body
            // of its own, with a part named after it.)
            if mention.type == .organization, words.count > 1, organizationsByFirstWord[firstWord] == nil,
                Self.businessForms.contains(lastWord) || Self.legalForms.contains(lastWord),
                let lone = byName[firstWord], lone != index, drafts[lone].count > 0, drafts[lone].singleTokensOnly,
                drafts[lone].type == .organization, !document.tokens[mention.tokens.lowerBound].flags.contains(.allCaps)
            {
                absorb(lone, into: index)
            }
            if namesFamily {
                drafts[index].type = .person
                asPerson[position] = true
            }
            if namesAnother {
                if drafts[index].gender == .unknown { drafts[index].gender = gender(of: mention, document: document) }
                continue
            }
            byName[name.full.value] = index
            if mention.type == .organization, let short = name.withoutLegalForm, organizationsByStem[short] == nil {
                organizationsByStem[short] = index
            }
            if mention.type == .person {
                if bySurname[lastWord] == nil { surnames.append((lastWord, name.last)) }
                bySurname.modify(lastWord, default: []) { $0.append(index) }
                Self.note(index, under: lastWord, in: &onlyBySurname)
                if words.count > 1 { Self.note(index, under: firstWord, in: &byFirstName) }
                if drafts[index].gender == .unknown { drafts[index].gender = gender(of: mention, document: document) }
            } else if words.count > 1 {
                let initials = Self.initials(document: document, mention: mention)
                if initials.count >= 2 { byInitials[initials.key.value] = index }
                if mention.type == .event { Self.note(index, under: lastWord, in: &eventsByLastWord) }
                if mention.type == .organization {
                    Self.note(index, under: firstWord, in: &organizationsByFirstWord)
                    if Self.endsWithOfWord(words) { Self.note(index, under: lastWord, in: &organizationsByOfWord) }
                }
            } else if Self.isAcronym(name.first, document: document) {
                // "UN" seen before "United Nations": the expansion finds it under its initials.
                byName[Self.compact(name.first, document: document).value] = index
            }
            if words.count > 1, mention.type != .person {
                let initials = Self.initials(document: document, mention: mention)
                if let earlier = byName[initials.key.value], earlier != index, drafts[earlier].count > 0 {
                    absorb(earlier, into: index)
                }
            }
        }
        var clusters: [EntityClusterer.Cluster] = []
        clusters.reserveCapacity(drafts.count)
        for draft in drafts where draft.count > 0 {
            var members: [EntityMention] = []
            members.reserveCapacity(draft.count)
            var position = draft.first
            while position >= 0 {
                var member = mentions[position]
                if asPerson[position] { member.type = .person }
                if asOrganization[position] { member.type = .organization }
                members.append(member)
                position = chain.next[position]
            }
            clusters.append(
                EntityClusterer.Cluster(
                    mentions: members, type: draft.type, canonical: draft.canonical, titles: draft.titles, gender: draft.gender))
        }
        return clusters
    }

    /// The words (and numbers) of a mention's tokens as a name; `words` is refilled with their keys.
    static func name(_ tokens: ArraySlice<Token>, document: TextDocument, words: inout [UInt64]) -> Name {
        var name = Name()
        words.removeAll(keepingCapacity: true)
        for token in tokens where token.kind == .word || token.kind == .number {
            if words.isEmpty {
                name.first = token.range
            } else {
                name.full.add(UInt8(ascii: " "))
            }
            name.last = token.range
            var word = NameKey()
            word.add(token: token.range, of: document)
            words.append(word.value)
            name.full.add(token: token.range, of: document)
        }
        // "Harlow Ferries Ltd" is "Harlow Ferries"; so are "Harlow Ferries Holdings" and "Harlow
        // Ferries Holdings Plc", though not "Harlow Holdings", which would leave only a place's or
        // a family's name.
        var kept = words.count
        while kept > 1, Self.legalForms.contains(words[kept - 1]) || kept > 2 && Self.businessForms.contains(words[kept - 1]) {
            kept -= 1
        }
        if kept < words.count {
            var stem = NameKey()
            for (position, token) in tokens.lazy.filter({ $0.kind == .word || $0.kind == .number }).prefix(kept).enumerated() {
                if position > 0 { stem.add(UInt8(ascii: " ")) }
                stem.add(token: token.range, of: document)
            }
            name.withoutLegalForm = stem.value
        }
        // "Joseph Roe Jr.": the surname is the word before the suffix.
        if words.count > 1, let last = words.last, Self.generationalSuffixes.contains(last),
            let previous = tokens.last(where: { ($0.kind == .word || $0.kind == .number) && $0.range.upperBound <= name.last.lowerBound })
        {
            words.removeLast()
            name.last = previous.range
        }
        return name
    }

    /// Generational suffixes, as name keys. (Regnal numerals stay part of the name: "Johann II"
    /// is not "Johann Bernoulli", his father.)
    static let generationalSuffixes = keys(["jr", "jr.", "sr", "sr."])

    /// The words that end a company's registered name, as name keys: "Harlow Ferries Ltd" is
    /// "Harlow Ferries" in the next paragraph.
    static let legalForms = keys([
        "ltd", "ltd.", "limited", "inc", "inc.", "plc", "corp", "corp.", "corporation", "llc", "co", "co.", "sa", "s.a.", "ag",
        "nv", "n.v.", "gmbh", "spa", "s.p.a.", "bv", "b.v.", "oyj",
    ])

    /// The words a business's name ends in, beside its legal form ("Harwick Financial Group").
    static let businessForms = keys(["group", "company", "holdings", "bancorp", "industries", "enterprises"])

    /// Words as name keys.
    private static func keys(_ words: [String]) -> Set<UInt64> {
        Set(
            words.map { word in
                var key = NameKey()
                key.add(word.utf8)
                return key.value
            })
    }

    /// "House of Lords", "Party of God": a name of three words or more whose last is alone after "of".
    private static func endsWithOfWord(_ words: [UInt64]) -> Bool {
        words.count >= 3 && words[words.count - 2] == ofKey
    }

    private static let ofKey: UInt64 = keys(["of"]).first ?? 0

    /// "the Pemberton family", "the Pemberton family's": a surname between "the" and a word for
    /// a family.
    private static func namesFamily(_ mention: EntityMention, _ document: TextDocument) -> Bool {
        let tokens = document.tokens
        let before = mention.tokens.lowerBound - 1
        let after = mention.tokens.upperBound
        return before >= 0 && after < tokens.count && tokens[before].key == Self.the && Self.familyWords.contains(tokens[after].key)
    }

    private static let the = WordList.key("the")
    private static let familyWords = WordList(["family", "families", "clan", "dynasty", "household"])

    /// A parsed word standing as a noun phrase of its own (a subject, an object, an apposition),
    /// not modifying another; unparsed words do not count.
    private static func isNominal(_ token: Token) -> Bool {
        guard token.pos == .propn || token.pos == .noun else { return false }
        switch token.relation {
        case .nsubj, .nsubjPass, .obj, .iobj, .obl, .oblAgent, .appos, .conj, .root, .vocative: return true
        default: return false
        }
    }

    /// Whether the gazetteer lists the word as a country or a continent ("Chad", "Jordan"), which a
    /// lone mention most likely means. Towns and demonyms are surnames too often to count: a
    /// headline's "Hale" or "Welsh" before "Ann Welsh" in the body is the person.
    private func isCountry(_ word: Range<Int>, document: TextDocument) -> Bool {
        guard let gazetteer else { return false }
        return !gazetteer.categories(of: document.normalized[word]).isDisjoint(with: [.country, .continent])
    }

    /// The person a partial or misspelt name refers to, when exactly one fits. `canonical` gives
    /// a cluster's canonical name as word keys.
    private func personMatch(
        _ words: [UInt64], lastWord: Range<Int>, document: TextDocument, bySurname: KeyMap<[Int]>, onlyBySurname: KeyMap<Int>,
        surnames: [(key: UInt64, range: Range<Int>)], byFirstName: KeyMap<Int>, budget: inout SpellingBudget,
        singleTokensOnly: (Int) -> Bool,
        canonical: (Int) -> ArraySlice<UInt64>
    ) -> Int? {
        guard let last = words.last else { return nil }
        if words.count == 1 {
            if let only = onlyBySurname[last], only >= 0 { return only }
            if let only = byFirstName[last], only >= 0 { return only }
            // "Scholz" for the "Schultz" introduced earlier: one close spelling, nobody else close.
            var close: Int? = nil
            var closeIsUnique = true
            for (key, surname) in surnames {
                guard budget.spend(surname.count + lastWord.count) else { return nil }
                guard Self.isNearMiss(surname, lastWord, document: document) else { continue }
                for index in bySurname[key] ?? [] where index != close {
                    guard budget.spend(1) else { return nil }
                    if close == nil { close = index } else { closeIsUnique = false }
                }
            }
            return closeIsUnique ? close : nil
        }
        // "von der Leyen" after "Ursula von der Leyen": the tail of exactly one fuller name.
        var fuller: Int? = nil
        var fullerIsUnique = true
        for index in bySurname[last] ?? [] where index != fuller {
            guard budget.spend(1 + words.count) else {
                fullerIsUnique = false
                break
            }
            let canonical = canonical(index)
            // "Ann Lee" and "Ann Marie Lee", in either order: one adds middle names.
            let middleNames = canonical.count != words.count && min(canonical.count, words.count) >= 2 && canonical.first == words.first
            guard canonical.count > words.count && canonical.suffix(words.count).elementsEqual(words) || middleNames else { continue }
            if fuller == nil { fuller = index } else { fullerIsUnique = false }
        }
        if fullerIsUnique, let fuller { return fuller }
        // "Sergei Lavrov" after "Lavrov": the earlier lone surname joins the full name; so does
        // a surname with its particle ("Jane van Hale" after a headline's "Van Hale").
        if let index = onlyBySurname[last], index >= 0 {
            let earlier = canonical(index)
            let particleTail =
                earlier.count >= 2 && earlier.count < words.count && NameParticleRule.particles.contains(earlier.first)
                && words.suffix(earlier.count).elementsEqual(earlier)
            if singleTokensOnly(index) || particleTail { return index }
        }
        return nil
    }

    /// A surname of five letters or more, written within two edits of `known` and starting with
    /// the same letter, case aside. ASCII names are compared as bytes; others as characters.
    static func isNearMiss(_ known: Range<Int>, _ word: Range<Int>, document: TextDocument) -> Bool {
        let ascii = document.normalized.withUnsafeBufferPointer { bytes in
            known.allSatisfy { bytes[$0] < 0x80 } && word.allSatisfy { bytes[$0] < 0x80 }
        }
        guard ascii else {
            let known = document.text(known).lowercased()
            let word = document.text(word).lowercased()
            return word.count >= 5 && known.first == word.first && abs(known.count - word.count) <= 2
                && EditDistance.bounded(Array(known), Array(word), limit: 2) <= 2
        }
        guard word.count >= 5, abs(known.count - word.count) <= 2 else { return false }
        return document.normalized.withUnsafeBufferPointer { bytes in
            let known = bytes[known].lazy.map(ASCII.lowercased)
            let word = bytes[word].lazy.map(ASCII.lowercased)
            return known.first == word.first && EditDistance.bounded(known, word, limit: 2) <= 2
        }
    }

    /// Records that `cluster` has a mention under `key`: the entry stays that cluster while every
    /// mention under the key joined it, and becomes -1 ("several") at the first that did not.
    private static func note(_ cluster: Int, under key: UInt64, in map: inout KeyMap<Int>) {
        if let known = map[key] {
            if known != cluster { map[key] = -1 }
        } else {
            map[key] = cluster
        }
    }

    /// The gender the honorific before the name gives ("Mrs Roe"), else its first name's: the
    /// gazetteer's Census lists first, then the wider given-name list for the names they lack
    /// ("Barack", "Kamala"), never for a title ("General", "King").
    private func gender(of mention: EntityMention, document: TextDocument) -> EntityClusterer.Gender {
        if let said = Honorifics.gender(before: mention.tokens.lowerBound, document), said != .unknown { return said }
        guard mention.tokens.count > 1 else { return .unknown }
        let first = document.tokens[mention.tokens.lowerBound]
        // "von der Leyen": a name that opens with a particle has no first name to read.
        if NameParticleRule.particles.contains(first.key) { return .unknown }
        let word = document.normalized[first.range]
        var categories = gazetteer?.categories(of: word) ?? []
        if categories.isDisjoint(with: GazetteerCategories.firstNames), let givenNames,
            !EntityLexicon.personTitles.contains(first.key)
        {
            categories = givenNames.categories(of: word)
        }
        if categories.contains(.firstAmbiguous) { return .unknown }
        if categories.contains(.firstMale) { return .male }
        if categories.contains(.firstFemale) { return .female }
        return .unknown
    }

    /// "United Nations" → "un"; "Organisation for Security and Cooperation in Europe" → "osce":
    /// the key and how many letters.
    static func initials(document: TextDocument, mention: EntityMention) -> (key: NameKey, count: Int) {
        var key = NameKey()
        var count = 0
        for token in document.tokens[mention.tokens] where token.kind == .word && token.flags.contains(.capitalized) {
            guard let first = token.range.first else { continue }
            let byte = document.normalized[first]
            if byte < 0x80 {
                key.add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                count += 1
            } else if let character = document.text(token.range).first {
                let lowered = character.lowercased()
                key.add(lowered.utf8)
                count += lowered.count
            }
        }
        return (key, count)
    }

    /// The key of a one-word name without its periods ("U.N." → "un").
    static func compact(_ range: Range<Int>, document: TextDocument) -> NameKey {
        var key = NameKey()
        guard range.allSatisfy({ document.normalized[$0] < 0x80 }) else {
            key.add(document.text(range).lowercased().filter { $0 != "." }.utf8)
            return key
        }
        for index in range where document.normalized[index] != UInt8(ascii: ".") {
            let byte = document.normalized[index]
            key.add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return key
    }

    /// Two to six letters, dots aside ("UN", "N.A.T.O.").
    static func isAcronym(_ range: Range<Int>, document: TextDocument) -> Bool {
        guard range.allSatisfy({ document.normalized[$0] < 0x80 }) else {
            let letters = document.text(range).lowercased().filter { $0 != "." }
            return (2...6).contains(letters.count) && letters.allSatisfy(\.isLetter)
        }
        var letters = 0
        for index in range where document.normalized[index] != UInt8(ascii: ".") {
            guard ASCII.isLetter(document.normalized[index]) else { return false }
            letters += 1
        }
        return (2...6).contains(letters)
    }
}
