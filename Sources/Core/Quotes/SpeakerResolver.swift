/// Turns speaker phrases into entities: names through their mention's cluster, surnames and
/// misspellings through a guarded surname match, and "he"/"she" through the discourse focus.
///
/// The focus is the person last named as a speaker, since in news a pronoun speaker almost always
/// continues the previous attribution; with no such speaker, the nearest preceding person mention.
struct SpeakerResolver {
    let context: QuoteContext
    /// The person cluster last resolved as a speaker, and the token where it was named.
    private(set) var focus: (cluster: Int, token: Int)?
    /// Surname bytes (lower-cased) of the person clusters a lone surname may name: those with a
    /// fuller name or more than one mention.
    private let surnames: [(cluster: Int, bytes: [UInt8])]
    /// The same surnames by their token's key (indices into `surnames`), so an exact match is one
    /// lookup rather than a scan of every person.
    private let surnamesByKey: KeyMap<[Int]>
    private var budget = SpellingBudget()
    /// Per cluster, the longest name span found by joining name particles.
    private var fullNames = KeyMap<Range<Int>>()
    /// The last speaker that is a person's description with no entity ("A council spokesman
    /// said …"), where it stands and the gender its noun gives: "he said" next continues it.
    private var describedFocus: (phrase: Range<Int>, cluster: Int?, token: Int, gender: EntityClusterer.Gender)?
    /// The last speaker that is a plural description ("Analysts at Harlow Capital said …",
    /// "Police said …") and where it stands: "they said" next continues it, where coreference
    /// linked "they" to no organisation or group.
    private var pluralFocus: (phrase: Range<Int>, cluster: Int?, token: Int)?
    /// Surname matches already computed, by word hash and excluded cluster: a long article may
    /// name the same speaker thousands of times, and each match scans every person.
    private var surnameCache: [SurnameKey: Int] = [:]
    /// The entity and paragraph of the last resolved speaker phrase ending in each common noun
    /// ("a BaFin spokeswoman"), by the noun's key: "the spokeswoman" soon after is the same.
    private var speakersByNoun = KeyMap<(cluster: Int, paragraph: Int)>()

    /// Who last spoke through each kind of document ("In a statement, Jane Roe said …", "a
    /// readout released by the ministry"), and in which paragraph, by the document noun's key:
    /// "the statement said" soon after is theirs.
    private var documentAuthors = KeyMap<(speaker: ResolvedSpeaker, paragraph: Int)>()

    private struct SurnameKey: Hashable {
        var word: UInt64
        var excluding: Int
    }

    init(context: QuoteContext) {
        self.context = context
        var surnames: [(cluster: Int, bytes: [UInt8])] = []
        var byKey = KeyMap<[Int]>()
        for (index, cluster) in context.clusters.enumerated()
        where cluster.type == .person && (cluster.canonical.tokens.count > 1 || cluster.mentions.count > 1) {
            let last = cluster.canonical.tokens.upperBound - 1
            guard last >= 0, last < context.tokenCount else { continue }
            byKey.modify(context.token(last).key, default: []) { $0.append(surnames.count) }
            surnames.append((index, context.document.normalized[context.token(last).range].map(ASCII.lowercased)))
        }
        self.surnames = surnames
        surnamesByKey = byKey
    }

    /// Resolves the phrase `tokens`; `named` is a named speaker of the same quote found by another
    /// sieve, which a pronoun here refers to. With `keepsFocus`, the speaker does not become the
    /// one later pronouns continue. `quoting` is a direct quotation the speaker says: a pronoun
    /// speaker is no person named in it ("“Vale had money,” he said" is someone talking
    /// about Vale). Reported speech is the writer's words and names its speaker freely.
    mutating func resolve(
        _ tokens: Range<Int>, named: Int? = nil, keepsFocus: Bool = false, quoting: Range<Int>? = nil
    ) -> ResolvedSpeaker {
        let focusBefore = focus
        defer { if keepsFocus { focus = focusBefore } }
        if let author = documentAuthor(of: tokens) {
            return ResolvedSpeaker(
                mention: context.bytes(tokens), cluster: author.cluster, isPronoun: true, fullName: author.fullName ?? author.mention)
        }
        var resolved = resolvePhrase(tokens, named: named, quoting: quoting)
        guard !resolved.isPronoun else { return resolved }
        // "The council's finance chief, Jane Roe, said", "said a spokesman, Tom Hale.": a
        // description that names nobody is said again by the name set beside it, and so is one
        // that names only whom it speaks for ("A Harlow Bank spokeswoman, Ann Lee, said").
        if resolved.cluster == nil || speaksFor(tokens), let name = apposedName(after: tokens),
            resolved.cluster == nil || name.type == .person
        {
            return resolve(name.tokens, named: named, keepsFocus: keepsFocus, quoting: quoting)
        }
        // "… a BaFin spokeswoman said. … the spokeswoman said": a definite description repeats the
        // head noun of a speaker already resolved.
        let phrase = headPart(tokens)
        let last = phrase.upperBound - 1
        if !keepsFocus, isPluralHead(phrase) { pluralFocus = (resolved.mention, resolved.cluster, phrase.lowerBound) }
        // "A spokeswoman for Harlow Council said": she speaks with the council's voice, and is
        // still the one "she said" next continues, however the council is named.
        if let role = spokesperson(in: phrase) {
            if !keepsFocus { describedFocus = (context.bytes(phrase), resolved.cluster, role, Self.gender(ofRole: role, context)) }
            return resolved
        }
        guard context.isWord(last), context.token(last).pos == .noun, !context.token(last).flags.contains(.capitalized) else {
            return resolved
        }
        // "A council spokesman said": someone the article does not name, introduced as new or
        // known only as a spokesperson, becomes the one "he said" next continues ("The Indiana
        // governor" is more often the governor named before, whom coreference may have missed).
        // Any other person introduced so ("One senior nurse, who asked not to be named because
        // she …, said") only once a pronoun of theirs in the sentence says who "she" is ("one
        // questioner claimed …, “You're right,” he said" is the man answering).
        let introduced = QuoteLexicon.introducingDeterminers.contains(context.words[phrase.lowerBound])
        let gender: EntityClusterer.Gender? =
            DescriptionRule.organizationParts.contains(context.token(last).key) || introduced && context.isRoleWord(last)
            ? Self.gender(ofRole: last, context)
            : introduced && !isPluralHead(phrase) && !QuoteLexicon.authoredDocuments.contains(context.words[last])
                ? pronounGender(after: last) : nil
        // ("A Velmont Air spokesman said": a named organisation he speaks for does not name him.)
        if !keepsFocus, let gender,
            !(resolved.cluster.map { context.clusters[$0].type == .person && context.clusters[$0].mentions.contains { $0.kind == .name } }
                ?? false)
        {
            describedFocus = (resolved.mention, resolved.cluster, last, gender)
        }
        let noun = context.words[last]
        let paragraph = context.paragraph(of: last)
        if let cluster = resolved.cluster {
            speakersByNoun[noun] = (cluster, paragraph)
        } else if phrase.count <= 3, context.words[phrase.lowerBound] == QuoteLexicon.the, let earlier = speakersByNoun[noun],
            paragraph - earlier.paragraph <= 2
        {
            resolved.cluster = earlier.cluster
        }
        return resolved
    }

    private mutating func resolvePhrase(_ tokens: Range<Int>, named: Int?, quoting: Range<Int>?) -> ResolvedSpeaker {
        var phrase = headPart(tokens)
        // "Carrowshire Patients’ Voice said", the phrase cut inside the name (at its possessive):
        // the whole name speaks.
        if let name = context.mention(at: phrase.lowerBound), [.person, .organization].contains(name.type),
            name.tokens.lowerBound < phrase.lowerBound, name.tokens.upperBound <= phrase.upperBound
        {
            phrase = name.tokens.lowerBound..<phrase.upperBound
        }
        // "Gary Roe, whose team plays on Sunday, joked …": the parse may make the relative
        // clause's noun the subject; the name before its comma is who speaks.
        if phrase.count >= 2, context.isWord(phrase.lowerBound), context.words[phrase.lowerBound] == QuoteLexicon.whose,
            phrase.lowerBound >= 2, context.isComma(phrase.lowerBound - 1), let name = context.mention(at: phrase.lowerBound - 2),
            name.type == .person || name.type == .organization
        {
            return resolve(name.tokens, named: named)
        }
        if let described = describedByNationality(phrase) {
            // "The Scot admitted …": one person of that nationality, the one being talked about.
            let cluster = named ?? described
            focus = (cluster, phrase.lowerBound)
            return ResolvedSpeaker(mention: context.bytes(phrase), cluster: cluster, isPronoun: true, fullName: fullNames[cluster])
        }
        // "A 25-year-old Briton said": someone described by nationality whom the article has
        // not named; the nationality is not the speaker.
        if nationality(heading: phrase) != nil {
            return ResolvedSpeaker(mention: context.bytes(phrase), cluster: nil, isPronoun: false)
        }
        if phrase.count == 1, let antecedent = antecedent(ofRelative: phrase.lowerBound) {
            // Like a pronoun: the mention is the word at the cue, the entity its antecedent's.
            let resolved = resolve(antecedent, named: named)
            guard resolved.cluster != nil else { return resolved }
            return ResolvedSpeaker(mention: context.bytes(phrase), cluster: resolved.cluster, isPronoun: true, fullName: resolved.fullName)
        }
        if phrase.count == 1, context.isWord(phrase.lowerBound),
            QuoteLexicon.possessivePronouns.contains(context.words[phrase.lowerBound])
        {
            // A possessor speaks as whoever coreference linked it to.
            let index = phrase.lowerBound
            let cluster = context.clusterAtToken[index] >= 0 ? Int(context.clusterAtToken[index]) : nil
            return ResolvedSpeaker(
                mention: context.bytes(phrase), cluster: cluster, isPronoun: true, fullName: cluster.flatMap { fullNames[$0] })
        }
        // "Two officials familiar with the talks said …. One said …": one of the group just
        // named as speaking.
        if phrase.count == 1, context.isWord(phrase.lowerBound), QuoteLexicon.oneOfGroup.contains(context.words[phrase.lowerBound]),
            let group = pluralFocusSpeaker(phrase)
        {
            return group
        }
        if phrase.count == 1, context.isPronoun(phrase.lowerBound) {
            let index = phrase.lowerBound
            var cluster: Int? = nil
            if QuoteLexicon.personPronouns.contains(context.words[index]) {
                // "she" never continues a man's quotes: the focus, and failing it the pronoun's own
                // coreference link and then the nearest person, must agree in gender.
                let gender: EntityClusterer.Gender =
                    context.words[index] == QuoteLexicon.he ? .male : (context.words[index] == QuoteLexicon.she ? .female : .unknown)
                let clusters = context.clusters
                var namedInQuote: Set<Int> = []
                for token in quoting ?? 0..<0 where token < context.tokenCount {
                    if let mention = context.mention(at: token), mention.kind == .name, let cluster = context.cluster(ofMentionAt: token) {
                        namedInQuote.insert(cluster)
                    }
                }
                let fits = { (cluster: Int) in
                    let known = clusters[cluster].gender
                    return (gender == .unknown || known == .unknown || known == gender) && !namedInQuote.contains(cluster)
                }
                if named == nil, let described = describedFocus, continuesDescription(described, at: index, gender: gender) {
                    return ResolvedSpeaker(
                        mention: context.bytes(phrase), cluster: described.cluster, isPronoun: true, fullName: described.phrase)
                }
                // "One man, wading back to his car, paused only briefly. “…,” he said": someone
                // brought in unnamed since the last speaker, with nobody named after them.
                if named == nil, let newcomer = newcomer(before: index, gender: gender) {
                    describedFocus = (context.bytes(newcomer), nil, newcomer.upperBound - 1, gender)
                    return ResolvedSpeaker(mention: context.bytes(phrase), cluster: nil, isPronoun: true, fullName: context.bytes(newcomer))
                }
                let linked = context.clusterAtToken[index] >= 0 ? Int(context.clusterAtToken[index]) : nil
                cluster =
                    named ?? focusCluster(before: index, fits: fits).flatMap { fits($0) ? $0 : nil }
                    ?? linked.flatMap { clusters[$0].type == .person && fits($0) ? $0 : nil }
                    ?? nearestPerson(before: index, where: fits)
            } else if context.clusterAtToken[index] >= 0,
                [.organization, .gpe, .norp].contains(context.clusters[Int(context.clusterAtToken[index])].type)
            {
                // "Porsche may join, although it insists …": "it" and "they" speak for the
                // organisation, place or group coreference linked them to.
                cluster = Int(context.clusterAtToken[index])
            }
            if cluster == nil, context.words[index] == QuoteLexicon.they, let group = pluralFocusSpeaker(phrase) { return group }
            if cluster == nil, context.words[index] == QuoteLexicon.they, let plural = pluralSubject(before: index) {
                return ResolvedSpeaker(mention: context.bytes(phrase), cluster: nil, isPronoun: true, fullName: context.bytes(plural))
            }
            if let cluster, context.clusters[cluster].type == .person { focus = (cluster, index) }
            return ResolvedSpeaker(
                mention: context.bytes(phrase), cluster: cluster, isPronoun: true,
                fullName: cluster.flatMap { fullNames[$0] })
        }
        // The head mention: the last name before any preposition ("a reporter for USA Today" has none).
        var head: EntityMention? = nil
        var index = phrase.lowerBound
        while index < phrase.upperBound {
            // "Mr. Morgan of the Sierra Club": the head comes before the preposition.
            if context.isWord(index), QuoteLexicon.prepositions.contains(context.words[index]), index > phrase.lowerBound {
                break
            }
            // "a study from Symantec showed": a document speaks with its author's voice, the
            // first name after "from", "by" or "of" ("a report released by the agency" too); "a
            // spokeswoman for Jane Roe" with the voice of whom she speaks for.
            let authored =
                index + 3 < phrase.upperBound && context.isWord(index + 2) && context.token(index + 1).pos == .verb
                    && context.words[index + 2] == QuoteLexicon.by
                ? index + 3 : index + 2
            if index > phrase.lowerBound, authored < phrase.upperBound, context.isWord(index), context.isWord(index + 1),
                QuoteLexicon.authoredDocuments.contains(context.words[index])
                    && (QuoteLexicon.authorPrepositions.contains(context.words[index + 1]) || authored == index + 3)
                    || QuoteLexicon.mouthpieces.contains(context.words[index])
                        && QuoteLexicon.mouthpiecePrepositions.contains(context.words[index + 1]),
                let author = firstName(in: authored..<phrase.upperBound)
            {
                head = author
                break
            }
            // "The Tory leader", "Apple's chief executive": a phrase that ends in a common noun
            // after a name is about that noun; the name only modifies it.
            if index == phrase.upperBound - 1
                || context.isWord(index + 1)
                    && QuoteLexicon.prepositions.contains(context.words[index + 1]),
                index > phrase.lowerBound,
                var described = described(phrase.lowerBound..<(index + 1))
            {
                // "a number of tax experts": the head noun's own modifiers stay in the phrase.
                described.mention = context.bytes(phrase)
                return described
            }
            if let mention = context.mention(at: index), mention.tokens.lowerBound == index {
                if [.person, .organization, .gpe, .norp].contains(mention.type), !context.joinsByHyphen(mention.tokens.upperBound - 1) {
                    head = mention
                }
                index = max(index + 1, mention.tokens.upperBound)
                continue
            }
            index += 1
        }
        // "In an interview Trump said": a capitalised last word the tagger missed, naming a known person.
        let last = phrase.upperBound - 1
        if context.mention(at: last) == nil, context.token(last).flags.contains(.capitalized),
            !context.token(last).flags.contains(.sentenceInitial), let match = surnameMatch(last, excluding: nil)
        {
            focus = (match, last)
            return ResolvedSpeaker(
                mention: context.bytes(last..<(last + 1)), cluster: match, isPronoun: false,
                fullName: fullNames[match])
        }
        if let head {
            var cluster = context.cluster(ofMentionAt: head.tokens.lowerBound)
            if let current = cluster, head.type == .person, head.tokens.count == 1,
                context.clusters[current].mentions.count == 1,
                let match = surnameMatch(head.tokens.lowerBound, excluding: current)
            {
                cluster = match
            }
            var mention = head.range
            if head.type == .person {
                let start = fullNameStart(head.tokens.lowerBound)
                mention = Int(context.token(start).start)..<head.range.upperBound
            }
            if let cluster, context.clusters[cluster].type == .person {
                focus = (cluster, head.tokens.lowerBound)
                if mention.count > (fullNames[cluster]?.count ?? 0) { fullNames[cluster] = mention }
            }
            return ResolvedSpeaker(mention: mention, cluster: cluster, isPronoun: false, fullName: cluster.flatMap { fullNames[$0] })
        }
        // No mention: a capitalised word may still be a known person's surname the tagger missed.
        if let last = (phrase.lowerBound..<phrase.upperBound).last(where: { context.token($0).flags.contains(.capitalized) }),
            !context.token(last).flags.contains(.sentenceInitial) || phrase.count == 1,
            let match = surnameMatch(last, excluding: nil)
        {
            focus = (match, last)
            return ResolvedSpeaker(mention: context.bytes(last..<(last + 1)), cluster: match, isPronoun: false)
        }
        // "a department spokesperson": one who speaks for the organisation coreference found in
        // the word before, as "a Velmont Council spokesperson" speaks for the council.
        let role = phrase.upperBound - 1
        if role > phrase.lowerBound, context.isWord(role), QuoteLexicon.mouthpieces.contains(context.words[role]),
            context.clusterAtToken[role - 1] >= 0, context.clusters[Int(context.clusterAtToken[role - 1])].type == .organization
        {
            return ResolvedSpeaker(mention: context.bytes(phrase), cluster: Int(context.clusterAtToken[role - 1]), isPronoun: false)
        }
        return ResolvedSpeaker(mention: context.bytes(phrase), cluster: nil, isPronoun: false)
    }

    /// Notes the documents a report's sentence says it was made through, outside what it reports
    /// ("In a statement read by her lawyer, Jane Roe said …", "… the ministry said in a filing",
    /// "According to a readout released by the ministry, …"), as `speaker`'s.
    mutating func noteDocuments(of speaker: ResolvedSpeaker, around cue: Range<Int>, outside content: Range<Int>) {
        guard !speaker.isPronoun || speaker.cluster != nil, let sentence = context.sentence(of: cue.lowerBound) else { return }
        for index in sentence.tokens where !content.contains(index) && index > sentence.tokens.lowerBound {
            // Not a document the speaker is described by ("the study's lead author").
            guard context.isWord(index), QuoteLexicon.authoredDocuments.contains(context.words[index]),
                !context.token(index).flags.contains(.possessive),
                !(index + 1 < sentence.tokens.upperBound && context.token(index + 1).flags.contains(.possessive))
            else { continue }
            // Its determiner before it, over up to two modifiers ("in a regulatory filing").
            var before = index - 1
            while before > sentence.tokens.lowerBound, index - before <= 2, context.isWord(before),
                context.token(before).pos == .adj || context.token(before).pos == .noun
            {
                before -= 1
            }
            // Spoken through: "in a statement", "according to a readout" ("… cautioned that the study
            // was small" names one spoken about).
            guard context.isWord(before), QuoteLexicon.determiners.contains(context.words[before]), before - 1 >= 0,
                context.isWord(before - 1), QuoteLexicon.channelPrepositions.contains(context.words[before - 1])
            else { continue }
            documentAuthors[context.words[index]] = (speaker, context.paragraph(of: index))
        }
    }

    /// "the statement said", "The readout said": a document named before by its kind, whose
    /// author the article gave within the last two paragraphs.
    private func documentAuthor(of phrase: Range<Int>) -> ResolvedSpeaker? {
        guard phrase.count == 2, context.isWord(phrase.lowerBound), context.words[phrase.lowerBound] == QuoteLexicon.the,
            context.isWord(phrase.lowerBound + 1), let author = documentAuthors[context.words[phrase.lowerBound + 1]],
            context.paragraph(of: phrase.lowerBound) - author.paragraph <= 2
        else { return nil }
        return author.speaker
    }

    /// Whether `phrase` ends in a word for someone who speaks on another's behalf ("a Harlow Bank
    /// spokeswoman", "a spokesperson for Harlow Bank"), which makes the one spoken for the speaker.
    private func speaksFor(_ phrase: Range<Int>) -> Bool {
        let head = headPart(phrase)
        return head.contains { context.isWord($0) && QuoteLexicon.mouthpieces.contains(context.words[$0]) }
    }

    /// The word for an unnamed person speaking on another's behalf before the one spoken for
    /// ("a spokeswoman for Harlow Council"); nil when the phrase ends in it ("a council
    /// spokeswoman"), which the description's own noun covers, or names no one else.
    private func spokesperson(in phrase: Range<Int>) -> Int? {
        guard phrase.count > 2 else { return nil }
        return (phrase.lowerBound..<(phrase.upperBound - 2)).first { index in
            context.isWord(index) && context.isWord(index + 1) && QuoteLexicon.mouthpieces.contains(context.words[index])
                && DescriptionRule.organizationParts.contains(context.token(index).key)
                && QuoteLexicon.mouthpiecePrepositions.contains(context.words[index + 1])
        }
    }

    /// A person or organisation named in apposition right after `phrase`: after its comma, and
    /// closed by a comma, a bracket or the sentence's end, so it is the whole apposition.
    private func apposedName(after phrase: Range<Int>) -> EntityMention? {
        let comma = phrase.upperBound
        guard comma + 1 < context.tokenCount, context.isComma(comma) else { return nil }
        // "The union representing teachers, the NEU, said": an article may lead the name, and a
        // description of the person ("The group's founder, retired teacher Jane Roe, said").
        var first = context.isWord(comma + 1) && context.words[comma + 1] == QuoteLexicon.the ? comma + 2 : comma + 1
        let named = first
        while first < context.tokenCount, first - comma <= 3, context.isWord(first), context.mention(at: first) == nil,
            !context.token(first).flags.contains(.capitalized) && [.adj, .noun, .verb].contains(context.token(first).pos)
                // "Its chief economist, Dr Jane Roe, said", "the Rev. Al Simms": an honorific or a
                // title before the name.
                || EntityLexicon.personTitles.contains(context.token(first).key) || Honorifics.isHonorific(context.token(first))
        {
            first += 1
        }
        guard first < context.tokenCount, let name = context.mention(at: first), name.tokens.lowerBound == first,
            name.type == .person || name.type == .organization,
            // After a description, a person's full name (an abbreviated title read as a name is no speaker).
            first == named || name.type == .person && name.tokens.count >= 2
        else { return nil }
        // "Her solicitor, Tom Hale of Harlow Lane Solicitors, said": the name with where the
        // person works is the whole apposition too.
        var after = name.tokens.upperBound
        if after + 1 < context.tokenCount, context.isWord(after), QuoteLexicon.affiliationPrepositions.contains(context.words[after]),
            let place = context.mention(at: after + 1), place.tokens.lowerBound == after + 1
        {
            after = place.tokens.upperBound
            // The rest of a firm's name the tagger left out ("Harlow Lane" of "Harlow Lane Solicitors").
            while after < context.tokenCount, after - place.tokens.upperBound < 3, context.isWord(after),
                context.token(after).flags.contains(.capitalized)
            {
                after += 1
            }
        }
        guard after < context.tokenCount, context.token(after).sentence == context.token(comma).sentence else { return name }
        return context.isComma(after) || context.isTerminator(after) || context.token(after).flags.contains(.openingBracket) ? name : nil
    }

    /// The first person, organisation or place named in `range`, not one that only modifies the
    /// next word ("the Rotterdam-based group", "the Harlow foreign ministry").
    private func firstName(in range: Range<Int>) -> EntityMention? {
        for index in range {
            if let mention = context.mention(at: index), [.person, .organization, .gpe].contains(mention.type),
                !context.joinsByHyphen(mention.tokens.upperBound - 1),
                !(mention.type == .gpe && mention.tokens.upperBound < range.upperBound && context.isWord(mention.tokens.upperBound)
                    && !context.token(mention.tokens.upperBound).flags.contains(.capitalized)
                    && [.noun, .adj].contains(context.token(mention.tokens.upperBound).pos))
            {
                return mention
            }
        }
        return nil
    }

    /// The noun phrase a relative pronoun stands for, read from the parse: "the consensus among
    /// experts, which said …" speaks as the consensus, "Jane Doe, who told …" as Jane Doe.
    private func antecedent(ofRelative index: Int) -> Range<Int>? {
        guard context.isWord(index), QuoteLexicon.relativePronouns.contains(context.words[index]) else { return nil }
        // The noun its clause modifies; failing that parse (relative clauses are often attached
        // elsewhere), the noun right before it or before its comma.
        var noun = -1
        let verb = Int(context.token(index).head)
        if verb > index, verb < context.tokenCount, context.token(verb).relation == .aclRelcl {
            noun = Int(context.token(verb).head)
        } else {
            noun = index > 0 && context.isComma(index - 1) ? index - 2 : index - 1
            // "the Velmont Data Authority (VDA), which …": the noun before a bracketed acronym.
            if noun > 0, context.token(noun).flags.contains(.closingBracket),
                let opening = (max(0, noun - 6)..<noun).last(where: { context.token($0).flags.contains(.openingBracket) })
            {
                noun = opening - 1
            }
            guard noun >= 0, context.token(noun).pos == .noun || context.token(noun).pos == .propn else { return nil }
        }
        guard noun >= 0, noun < index, index - noun <= 16 else { return nil }
        if let mention = context.mention(at: noun) { return mention.tokens }
        // The noun's own phrase, without the preposition it hangs from ("died of a rare illness,
        // which …" stands for "a rare illness").
        var start = noun
        while start - 1 >= 0, noun - start < 8, context.isWord(start - 1), context.token(start - 1).pos != .adp,
            context.hangs((start - 1)..<start, from: noun)
        {
            start -= 1
        }
        return start..<(noun + 1)
    }

    /// For a phrase ending in a plain lower-case noun: how to resolve it as a description, to
    /// the entity coreference linked it to ("the chancellor") or to none; nil when the last word
    /// is part of a name, speaks for the name before it ("the Trump campaign"), or, with a parse,
    /// is not the phrase's head.
    private func described(_ phrase: Range<Int>) -> ResolvedSpeaker? {
        let index = phrase.upperBound - 1
        let token = context.token(index)
        guard token.kind == .word, !token.flags.contains(.capitalized), !token.flags.contains(.possessive),
            context.mention(at: index) == nil, !context.isPronoun(index),
            !QuoteLexicon.mouthpieces.contains(context.words[index]),
            // "the GOP's complaint", "a Velmont study": a document with its author named before it
            // speaks with the author's voice.
            !(QuoteLexicon.authoredDocuments.contains(context.words[index]) && firstName(in: phrase.lowerBound..<index) != nil)
        else { return nil }
        // With a parse, only when the words before it hang from it ("The New York businessman"),
        // not when the phrase runs on past its verb ("Roe defended people"); a role word after
        // a name is the phrase's head however the parse reads it ("the Arkwise executive", whose
        // "executive" is often tagged an adjective).
        // "the writer and broadcaster": the phrase hangs from the first of two joined nouns.
        let conjoined = Int(token.head)
        let head = token.relation == .conj && phrase.contains(conjoined) && context.token(conjoined).pos == .noun ? conjoined : index
        let cluster = context.clusterAtToken[index] >= 0 ? Int(context.clusterAtToken[index]) : nil
        // "the 54-year-old": an age heading the phrase, whatever its tag; so does a word
        // coreference found to describe a person ("the mother-of-two", often tagged a number).
        if token.pos != .x, !context.isRoleWord(index), !context.document.isAge(token),
            cluster.map({ context.clusters[$0].type != .person }) ?? true,
            token.pos != .noun || !context.hangs(phrase, from: head)
        {
            return nil
        }
        return ResolvedSpeaker(mention: context.bytes(phrase), cluster: cluster, isPronoun: false)
    }

    /// Where a person's name starts once lower-case particles ("von der", "de la", "bin") and a
    /// first-name mention right before them are taken in: taggers often split such names.
    private func fullNameStart(_ start: Int) -> Int {
        var cursor = start
        while cursor - 1 >= 0, context.isWord(cursor - 1), QuoteLexicon.nameParticles.contains(context.words[cursor - 1]),
            start - cursor < 3
        {
            cursor -= 1
        }
        guard cursor < start else { return start }
        if cursor - 1 >= 0, let mention = context.mention(at: cursor - 1), mention.type == .person,
            mention.tokens.upperBound == cursor
        {
            return mention.tokens.lowerBound
        }
        return cursor
    }

    /// The phrase before an apposition's comma or a relative clause ("Jane Doe, a spokeswoman" →
    /// "Jane Doe"; "One Democratic operative who works on Senate races" → "One Democratic
    /// operative", who is no group), without a conjunction the parse left before it ("and
    /// forecasters").
    private func headPart(_ tokens: Range<Int>) -> Range<Int> {
        var start = tokens.lowerBound
        while start + 1 < tokens.upperBound, context.token(start).pos == .cconj { start += 1 }
        var end = start
        while end < tokens.upperBound, !context.isComma(end),
            !(end > start && context.isWord(end) && context.token(end).pos == .pron
                && QuoteLexicon.relativePronouns.contains(context.words[end]))
        {
            end += 1
        }
        return end > start ? start..<end : tokens
    }

    /// The phrase of someone brought in unnamed as a subject (`NominalResolver.isNewcomer`) in
    /// the pronoun's paragraph or the one before, after the current speaker was last named or
    /// spoke, of a gender the pronoun allows, with no person named between them and the pronoun.
    private func newcomer(before index: Int, gender: EntityClusterer.Gender) -> Range<Int>? {
        let paragraph = context.paragraph(of: index)
        var position = index - 1
        while position >= 0, index - position <= 120, paragraph - context.paragraph(of: position) <= 1 {
            defer { position -= 1 }
            if let focus, focus.token >= position { return nil }
            guard !context.isQuoted(position) else { continue }
            if let mention = context.mention(at: position), mention.type == .person, mention.kind == .name { return nil }
            guard context.clusterAtToken[position] < 0, NominalResolver.isNewcomer(position, in: context.document),
                isMainClauseSubject(position)
            else { continue }
            let said = NominalResolver.gender(ofPersonWord: context.token(position), in: context.document)
            guard gender == .unknown || said == .unknown || said == gender else { return nil }
            let start = (max(0, position - 4)...position).last {
                context.isWord($0) && QuoteLexicon.introducingDeterminers.contains(context.words[$0])
            }
            return (start ?? position)..<(position + 1)
        }
        return nil
    }

    /// Whether the word is the subject of its sentence's main clause, or of a clause joined to it:
    /// someone brought in inside what another reports ("Kelly testified that the mayor acted after
    /// a reporter filed a request. She said …") is not whom the next pronoun continues.
    private func isMainClauseSubject(_ index: Int) -> Bool {
        var verb = Int(context.token(index).head)
        for _ in 0..<8 {
            guard verb >= 0, verb < context.tokenCount else { return true }
            let token = context.token(verb)
            if token.head < 0 { return true }
            guard token.relation == .conj || token.relation == .parataxis else { return false }
            verb = Int(token.head)
        }
        return false
    }

    /// "A council spokesman said … “…,” he said": a pronoun right after a described speaker, in
    /// the same or the next paragraph, with no person named and no named speaker since, is that
    /// speaker, not the person last named before it.
    private func continuesDescription(
        _ described: (phrase: Range<Int>, cluster: Int?, token: Int, gender: EntityClusterer.Gender), at index: Int,
        gender: EntityClusterer.Gender
    ) -> Bool {
        // Within a few hundred words, so a long paragraph of pronoun speakers stays linear.
        guard described.token < index, index - described.token <= 400, focus.map({ $0.token < described.token }) ?? true,
            described.gender == .unknown || gender == .unknown || described.gender == gender,
            context.paragraph(of: index) - context.paragraph(of: described.token) <= 1
        else { return false }
        // A man named since does not stop "she" continuing the woman ("The woman … said she saw
        // Pruitt turn …. “…,” she said").
        return !((described.token + 1)..<index).contains { position in
            guard !context.isQuoted(position), let mention = context.mention(at: position), mention.type == .person,
                mention.kind == .name
            else { return false }
            let named = context.cluster(ofMentionAt: position).map { context.clusters[$0].gender } ?? .unknown
            return gender == .unknown || named == .unknown || named == gender
        }
    }

    /// Whether the phrase's head, before any preposition ("Analysts at Harlow Capital") or
    /// adjective after it, is a plural common noun or "police".
    private func isPluralHead(_ phrase: Range<Int>) -> Bool {
        // (Nor an adjective after a noun: "Two officials familiar with the talks".)
        var head = phrase.lowerBound
        while head + 1 < phrase.upperBound, !(context.isWord(head + 1) && QuoteLexicon.prepositions.contains(context.words[head + 1])),
            !(context.token(head).pos == .noun && context.token(head + 1).pos == .adj)
        {
            head += 1
        }
        // Capitalised at a sentence's start, the noun is often tagged a proper noun ("Police").
        guard context.isWord(head), context.token(head).pos == .noun || context.token(head).pos == .propn,
            context.mention(at: head) == nil
        else { return false }
        // "Citizens for Safer Roads", "Friends of Velmont Park": a name made of a plural noun.
        if head + 2 < phrase.upperBound, context.isWord(head + 2), context.token(head + 2).flags.contains(.capitalized),
            context.words[head + 1] == QuoteLexicon.`for` || context.words[head + 1] == QuoteLexicon.of
        {
            return false
        }
        if context.words[head] == QuoteLexicon.police { return true }
        let bytes = context.document.normalized[context.token(head).range]
        return bytes.count > 3 && bytes.last == UInt8(ascii: "s") && bytes.dropLast().last != UInt8(ascii: "s")
    }

    /// The plural description last resolved as a speaker, in this paragraph or the one before,
    /// as what the word `phrase` ("they", "one") speaks as.
    private func pluralFocusSpeaker(_ phrase: Range<Int>) -> ResolvedSpeaker? {
        guard let plural = pluralFocus, plural.token < phrase.lowerBound,
            context.paragraph(of: phrase.lowerBound) - context.paragraph(of: plural.token) <= 1
        else { return nil }
        return ResolvedSpeaker(mention: context.bytes(phrase), cluster: plural.cluster, isPronoun: true, fullName: plural.phrase)
    }

    /// "Analysts at Harlow Capital were more upbeat. They said …": with no group named as a
    /// speaker, "they" is the plural subject of the sentence before, in its paragraph or the one
    /// before, as the writer's own clause has it (not inside quotation marks).
    private func pluralSubject(before index: Int) -> Range<Int>? {
        guard let sentence = context.sentence(of: index), sentence.tokens.lowerBound > 0,
            let previous = context.sentence(of: sentence.tokens.lowerBound - 1),
            context.paragraph(of: index) - previous.paragraph <= 1
        else { return nil }
        guard
            let noun = previous.tokens.first(where: { position in
                context.token(position).relation == .nsubj && context.token(position).pos == .noun && !context.isQuoted(position)
                    && context.mention(at: position) == nil && context.clusterAtToken[position] < 0
            })
        else { return nil }
        var start = noun
        while start - 1 >= previous.tokens.lowerBound, context.hangs((start - 1)..<start, from: noun) { start -= 1 }
        var end = noun + 1
        while end < previous.tokens.upperBound, context.isWord(end) || context.mention(at: end) != nil,
            context.hangs(end..<(end + 1), from: noun)
        {
            end += 1
        }
        let phrase = start..<end
        return isPluralHead(phrase) ? phrase : nil
    }

    /// The gender of the first "he" or "she" after `index` in its sentence, outside quotation
    /// marks; nil without one.
    private func pronounGender(after index: Int) -> EntityClusterer.Gender? {
        guard let sentence = context.sentence(of: index) else { return nil }
        for position in (index + 1)..<sentence.tokens.upperBound where context.isWord(position) && !context.isQuoted(position) {
            if context.words[position] == QuoteLexicon.he { return .male }
            if context.words[position] == QuoteLexicon.she { return .female }
        }
        return nil
    }

    /// "spokesman" a man, "spokeswoman" a woman; "spokesperson", "official" either.
    private static func gender(ofRole index: Int, _ context: QuoteContext) -> EntityClusterer.Gender {
        let bytes = context.document.normalized[context.token(index).range]
        if bytes.count > 5, bytes.suffix(5).elementsEqual("woman".utf8) { return .female }
        if bytes.count > 3, bytes.suffix(3).elementsEqual("man".utf8) { return .male }
        return .unknown
    }

    /// The focus is kept across a few paragraphs only: beyond that a pronoun more likely refers
    /// to someone named since.
    private func focusCluster(before index: Int, fits: (Int) -> Bool) -> Int? {
        guard let focus else { return nil }
        let here = context.paragraph(of: index)
        let there = context.paragraph(of: focus.token)
        guard here - there <= 3 else { return nil }
        return newSubject(after: focus.token, before: index, fits: fits) ?? focus.cluster
    }

    /// The subject of the sentence's main verb ("While Obama had…" is no main clause), also where
    /// the parse made an opening participle the root ("Asked about it, Roe was blunt").
    private func isMainSubject(_ index: Int, outside name: Range<Int>) -> Bool {
        var token = context.token(index)
        // A name in apposition to the subject is the subject ("a referral, Jane Roe was" misread).
        if token.relation == .appos, token.head >= 0, !name.contains(Int(token.head)) { token = context.token(Int(token.head)) }
        // "Villareal, who also made a save, shrugged off …" read with the name as the root and the
        // main verb joined to the relative clause: a name opening its sentence as the root, before a
        // comma, is the subject all the same.
        if token.relation == .root, [.propn, .noun].contains(token.pos), let sentence = context.sentence(of: index),
            !(sentence.tokens.lowerBound..<name.lowerBound).contains(where: { context.isWord($0) }),
            name.upperBound < sentence.tokens.upperBound, context.isComma(name.upperBound)
        {
            return true
        }
        guard [.nsubj, .nsubjPass].contains(token.relation), token.head >= 0, !name.contains(Int(token.head)) else { return false }
        let verb = context.token(Int(token.head))
        if verb.relation == .root { return true }
        guard [.parataxis, .ccomp].contains(verb.relation), verb.head >= 0, let sentence = context.sentence(of: index) else {
            return false
        }
        let root = Int(verb.head)
        return root < index && context.token(root).relation == .root && context.token(root).pos == .verb
            && !(sentence.tokens.lowerBound..<root).contains { context.isWord($0) }
    }

    /// Another person who became the subject of a narrative sentence (one without quotation
    /// marks), as the subject of its main verb, after the last speaker and before the pronoun's
    /// sentence takes the focus over:
    /// "The minister, Ann Lee, was quick to back the decision. “…,” she said."
    private func newSubject(after focusToken: Int, before index: Int, fits: (Int) -> Bool) -> Int? {
        guard let focus, let pronounSentence = context.sentence(of: index) else { return nil }
        var found: Int? = nil
        var cursor = focusToken + 1
        while cursor < pronounSentence.tokens.lowerBound {
            guard let sentence = context.sentence(of: cursor) else { break }
            defer { cursor = max(cursor + 1, sentence.tokens.upperBound) }
            guard sentence.tokens.lowerBound > focusToken, !sentence.tokens.contains(where: { context.isQuote($0) }) else { continue }
            for position in sentence.tokens {
                if let mention = context.mention(at: position), mention.tokens.lowerBound == position, mention.type == .person,
                    let cluster = context.cluster(ofMentionAt: position), cluster != focus.cluster, fits(cluster),
                    mention.tokens.contains(where: { isMainSubject($0, outside: mention.tokens) })
                        || isIntroduced(mention, cluster: cluster, in: sentence.tokens)
                {
                    found = cluster
                } else if context.token(position).pos == .noun, context.clusterAtToken[position] >= 0,
                    case let cluster = Int(context.clusterAtToken[position]), cluster != focus.cluster,
                    context.clusters[cluster].type == .person, fits(cluster), isMainSubject(position, outside: position..<(position + 1))
                {
                    // "The judge rejected that account.": a description coreference gave a person.
                    found = cluster
                }
            }
        }
        return found
    }

    /// A person named for the first time with an apposition saying who they are ("…, which
    /// worries Peter Vale, head of the tenants group."): news introduces
    /// people so just before quoting them, whatever their place in the sentence.
    private func isIntroduced(_ mention: EntityMention, cluster: Int, in sentence: Range<Int>) -> Bool {
        guard context.clusters[cluster].mentions.first?.tokens == mention.tokens else { return false }
        let after = mention.tokens.upperBound
        guard after + 1 < sentence.upperBound, context.isComma(after) else { return false }
        return (after + 1..<min(sentence.upperBound, after + 4)).contains { index in
            context.token(index).relation == .appos && mention.tokens.contains(Int(context.token(index).head))
        }
    }

    /// "The Scot", "the 48-year-old Brazilian": a nationality with the definite article stands
    /// for the speaker in focus or the person named last in this paragraph or the one before.
    private func describedByNationality(_ phrase: Range<Int>) -> Int? {
        guard nationality(heading: phrase) != nil, context.words[phrase.lowerBound] == QuoteLexicon.the else { return nil }
        let isPerson = { (cluster: Int) in context.clusters[cluster].type == .person }
        if let focused = focusCluster(before: phrase.lowerBound, fits: isPerson), isPerson(focused) { return focused }
        guard let person = nearestPersonMention(before: phrase.lowerBound, where: isPerson),
            context.paragraph(of: phrase.lowerBound) - context.paragraph(of: person.token) <= 1
        else { return nil }
        return person.cluster
    }

    /// The nationality that ends a phrase of an article and words that describe, standing for
    /// one person: "the Scot", "a 25-year-old Briton", "the veteran Kenyan" (the entity stage
    /// types the word so, `DescribedNationalityRule`). Not the words a nation's people share
    /// with its language ("the French", "the Chinese", "the Swiss", "the British"), which are
    /// as often the people.
    private func nationality(heading phrase: Range<Int>) -> EntityMention? {
        guard phrase.count >= 2, phrase.count <= 5, context.isWord(phrase.lowerBound),
            DescriptionRule.articles.contains(context.token(phrase.lowerBound).key),
            let mention = context.mention(at: phrase.upperBound - 1), mention.type == .norp,
            mention.tokens == (phrase.upperBound - 1)..<phrase.upperBound
        else { return nil }
        let describing = (phrase.lowerBound + 1)..<(phrase.upperBound - 1)
        guard
            describing.allSatisfy({ index in
                context.isWord(index) && !context.token(index).flags.contains(.capitalized)
                    && (context.token(index).pos == .adj || context.document.isAge(context.token(index)))
            })
        else { return nil }
        let text = context.document.text(mention.range).lowercased()
        guard !["s", "ese", "ish", "ch", "ss"].contains(where: { text.hasSuffix($0) }) else { return nil }
        return mention
    }

    private func nearestPerson(before index: Int, where fits: (Int) -> Bool) -> Int? {
        nearestPersonMention(before: index, where: fits)?.cluster
    }

    /// The last person mention before `index` whose cluster fits, and where it is.
    private func nearestPersonMention(before index: Int, where fits: (Int) -> Bool) -> (cluster: Int, token: Int)? {
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < 400 {
            if let mention = context.mention(at: cursor), mention.type == .person,
                let cluster = context.cluster(ofMentionAt: cursor), fits(cluster)
            {
                return (cluster, cursor)
            }
            cursor -= 1
            steps += 1
        }
        return nil
    }

    /// The one person cluster whose surname is the token's text, or within two edits of it when
    /// both are at least five letters; nil when none or several fit.
    private mutating func surnameMatch(_ tokenIndex: Int, excluding: Int?) -> Int? {
        let key = SurnameKey(word: context.words[tokenIndex], excluding: excluding ?? -1)
        if let cached = surnameCache[key] { return cached >= 0 ? cached : nil }
        let found = computeSurnameMatch(tokenIndex, excluding: excluding)
        surnameCache[key] = found ?? -1
        return found
    }

    private mutating func computeSurnameMatch(_ tokenIndex: Int, excluding: Int?) -> Int? {
        let bytes = context.document.normalized[context.token(tokenIndex).range].map(ASCII.lowercased)
        var exact: Int? = nil
        for index in surnamesByKey[context.token(tokenIndex).key] ?? [] {
            let (cluster, surname) = surnames[index]
            guard cluster != excluding, surname == bytes else { continue }
            if let existing = exact, existing != cluster { return nil }
            exact = cluster
        }
        if let exact { return exact }
        guard bytes.count >= 5 else { return nil }
        // Each cluster is listed once: a second close one makes the match ambiguous.
        var near: Int? = nil
        for (cluster, surname) in surnames {
            guard budget.spend(surname.count + bytes.count) else { return nil }
            guard cluster != excluding else { continue }
            if surname.count >= 5, abs(bytes.count - surname.count) <= 2, surname != bytes,
                EditDistance.bounded(bytes, surname, limit: 2) <= 2
            {
                if near != nil { return nil }
                near = cluster
            }
        }
        return near
    }
}
