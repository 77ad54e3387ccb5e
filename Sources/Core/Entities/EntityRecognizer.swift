/// The entity stage: tags every sentence (headline included) with the perceptron and turns the
/// spans into typed mentions.
public struct EntityRecognizer: Sendable {
    public let tagger: PerceptronTagger
    public let lexicon: EntityLexicon

    public init(tagger: PerceptronTagger, lexicon: EntityLexicon = EntityLexicon()) {
        self.tagger = tagger
        self.lexicon = lexicon
    }

    public func recognize(_ document: TextDocument) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var taggerTokens: [TaggerToken] = []
        var features: [Int32] = []
        var recased: [UInt8] = []
        var sentenceMentions: [EntityMention] = []
        var featureScratch = TaggerFeatures.Scratch(tokens: document.tokens.count)
        var spans: [(Range<Int>, TaggerType)] = []
        mentions.reserveCapacity(document.tokens.count / 4)
        let caser =
            document.sentences.contains { TrueCaser.isShouted($0, document) }
            ? TrueCaser(document: document, commonWords: lexicon.commonWords) : nil
        // Subheads too: their names are mentions, though no later stage reads their sentences.
        let sentences =
            document.subheadSentences.isEmpty
            ? document.sentences
            : (document.sentences + document.subheadSentences).sorted { $0.range.lowerBound < $1.range.lowerBound }
        // The sentence rules, and one scope that each sentence updates: building a scope copies
        // the whole document's arrays (a retain and a release each), once per sentence at most.
        let acronyms = AcronymRule(gazetteer: lexicon.gazetteer, commonWords: lexicon.commonWords, document: document)
        let knownPlaces = KnownPlaceRule(lexicon: lexicon)
        let headWords = HeadWordRule(commonWords: lexicon.commonWords)
        let speakerNames = SpeakerNameRule(commonWords: lexicon.commonWords)
        var scope = RuleScope(document: document)
        for sentence in sentences {
            taggerTokens.removeAll(keepingCapacity: true)
            let shouted = TrueCaser.isShouted(sentence, document)
            // Lines in capitals are tagged as the rest of the article writes their words.
            let text: [UInt8]
            if let caser, shouted {
                caser.recase(sentence, in: document, scratch: &recased, into: &taggerTokens)
                text = recased
            } else {
                for token in document.tokens[sentence.tokens] {
                    taggerTokens.append(TaggerToken(range: token.range, flags: token.flags, key: token.key))
                }
                text = document.normalized
            }
            lexicon.annotate(text: text, tokens: &taggerTokens)
            features.removeAll(keepingCapacity: true)
            text.withUnsafeBufferPointer { text in
                taggerTokens.withUnsafeBufferPointer { tokens in
                    tagger.features.extract(text: text, tokens: tokens, into: &features, scratch: &featureScratch)
                }
            }
            scope.sentence = sentence
            // The labels are decoded straight into the scope the rules read them from.
            features.withUnsafeBufferPointer { tagger.decode(features: $0, count: taggerTokens.count, into: &scope.labels) }
            let sentenceStart = mentions.count
            for (offset, label) in scope.labels.enumerated() where label == .outside {
                let index = sentence.tokens.lowerBound + offset
                if lexicon.nationality(document: document, token: index) {
                    let token = document.tokens[index]
                    mentions.append(EntityMention(range: token.range, tokens: index..<(index + 1), type: .norp))
                }
            }
            acronyms.apply(&mentions, in: scope)
            sentenceMentions.removeAll(keepingCapacity: true)
            TaggerLabel.decode(scope.labels, into: &spans)
            for (span, type) in spans {
                let first = sentence.tokens.lowerBound + span.lowerBound
                let last = sentence.tokens.lowerBound + span.upperBound - 1
                guard var trimmed = trim(document, first...last) else { continue }
                // "ASAP", "a PR disaster": an everyday abbreviation is no name, whatever its capitals.
                if trimmed.count == 1, document.tokens[trimmed.lowerBound].flags.contains(.allCaps),
                    AcronymRule.everydayAbbreviations.contains(document.tokens[trimmed.lowerBound].key)
                {
                    continue
                }
                if trimmed.count == 1, AcronymRule.isCreditGrade(trimmed.lowerBound, document) { continue }
                // A party's or a nation's word before a person's name is a group of its own
                // ("Democrat Ann Lee"), and alone it is never a person's name.
                if type == .person, lexicon.nationality(document: document, token: trimmed.lowerBound) {
                    let word = trimmed.lowerBound
                    sentenceMentions.append(EntityMention(range: document.tokens[word].range, tokens: word..<(word + 1), type: .norp))
                    trimmed = (word + 1)..<trimmed.upperBound
                    guard !trimmed.isEmpty else { continue }
                }
                // "the Oregon Democrat", "a Texas Republican": a place the lexicons know before a
                // party's or a nation's word is that place, and the word a group of its own.
                var placeBeforeGroup = false
                if type == .organization || type == .location, trimmed.count >= 2,
                    lexicon.nationality(document: document, token: trimmed.upperBound - 1),
                    !lexicon.categories(document: document, tokens: trimmed.lowerBound..<(trimmed.upperBound - 1))
                        .isDisjoint(with: [.country, .city, .region])
                {
                    let word = trimmed.upperBound - 1
                    sentenceMentions.append(EntityMention(range: document.tokens[word].range, tokens: word..<(word + 1), type: .norp))
                    trimmed = trimmed.lowerBound..<word
                    placeBeforeGroup = true
                }
                let range = Int(document.tokens[trimmed.lowerBound].start)..<Int(document.tokens[trimmed.upperBound - 1].end)
                guard let entityType = placeBeforeGroup ? .gpe : entityType(type, document: document, tokens: trimmed) else { continue }
                sentenceMentions.append(EntityMention(range: range, tokens: trimmed, type: entityType))
            }
            knownPlaces.apply(&sentenceMentions, in: scope)
            if !shouted { headWords.apply(&sentenceMentions, in: scope) }
            dropShoutedCommonWords(&sentenceMentions, sentence: sentence, document: document)
            speakerNames.apply(&sentenceMentions, in: scope)
            // A nationality word inside a name the rules found ("Board of Deputies of British
            // Jews") is part of that name.
            if mentions.count > sentenceStart, !sentenceMentions.isEmpty {
                let names = sentenceMentions
                let kept = mentions[sentenceStart...].filter { mention in
                    mention.type != .norp || !names.contains { $0.range.overlaps(mention.range) }
                }
                mentions.replaceSubrange(sentenceStart..., with: kept)
            }
            mentions += sentenceMentions
        }
        // The dateline's place, region and agency ("LONDON (Reuters) -", "BRAMLEY, Queensland —"),
        // outside every sentence.
        let dateline = [(document.dateline, EntityType.gpe), (document.datelineRegion, .gpe), (document.agency, .organization)]
        for (range, type) in dateline {
            guard let range, let index = document.tokens.firstIndex(where: { $0.range.lowerBound == range.lowerBound }) else { continue }
            let last = document.tokens[index...].firstIndex { $0.range.upperBound >= range.upperBound } ?? index
            // "PS —", "FYI:": an everyday abbreviation opening the text is no place either.
            if type == .gpe, index == last,
                isFieldLabel(index, document) || AcronymRule.everydayAbbreviations.contains(document.tokens[index].key)
            {
                continue
            }
            mentions.append(EntityMention(range: range, tokens: index..<(last + 1), type: type))
        }
        let whole = RuleScope(document: document)
        let documentRules: [any EntityRule] = [
            TermAcronymRule(), EponymRule(), NamedStormRule(), PlaceKindRule(), NameParticleRule(), TitledNameRule(),
            AcronymPrefixRule(),
            AmpersandRule(gazetteer: lexicon.gazetteer),
            DescriptionRule(lexicon: lexicon),
            AffiliationRule(lexicon: lexicon), CompanyNameRule(lexicon: lexicon), ConjoinedNameRule(),
            PossessiveNameRule(gazetteer: lexicon.gazetteer), CompanyShortNameRule(lexicon: lexicon), AgedNameRule(lexicon: lexicon),
            FirstNameRule(lexicon: lexicon),
            NameExtensionRule(lexicon: lexicon), ListTypeRule(lexicon: lexicon), ResultsLineRule(lexicon: lexicon),
            NationalBranchRule(),
            DocumentConsistencyRule(commonWords: lexicon.commonWords), SurnameRule(commonWords: lexicon.commonWords),
            SportsTeamRule(gazetteer: lexicon.gazetteer), LanguageRule(gazetteer: lexicon.gazetteer), LegislatureRule(),
            SpeakingFacilityRule(), HeadlineNameRule(), DescribedNationalityRule(), LocativeNameRule(),
        ]
        for rule in documentRules { rule.apply(&mentions, in: whole) }
        // Dates, money, counts…: added after the names, which win where they overlap.
        mentions = NumericGrammar().merged(into: mentions, document: document)
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        return mentions
    }

    /// In an all-caps line ("SOCCER - JAPAN GET LUCKY WIN") capitals mark nothing: a span made only
    /// of ordinary words that no lexicon knows is not a name.
    private func dropShoutedCommonWords(_ mentions: inout [EntityMention], sentence: Sentence, document: TextDocument) {
        guard let commonWords = lexicon.commonWords else { return }
        let (words, capitals) = document.wordsAndCapitals(in: sentence)
        guard words >= 2, capitals * 10 >= words * 7 else { return }
        document.normalized.withUnsafeBufferPointer { bytes in
            mentions.removeAll { mention in
                lexicon.categories(document: document, tokens: mention.tokens).isEmpty
                    && document.tokens[mention.tokens].allSatisfy { token in
                        token.kind != .word || commonWords.contains(key: token.key)
                    }
            }
        }
    }

    /// "Email: …", "Questions: …": an everyday word no lexicon knows as a place, opening the text
    /// before a colon, labels a field of a form or an email; the text stage cannot tell it from a
    /// dateline's "Munich:", the lexicons can. A wire dateline in capitals or with its agency
    /// ("PHOENIX (AP) —") is a place whatever the word.
    private func isFieldLabel(_ index: Int, _ document: TextDocument) -> Bool {
        let token = document.tokens[index]
        guard document.agency == nil, !token.flags.contains(.allCaps), index + 1 < document.tokens.count,
            document.text(document.tokens[index + 1].range) == ":",
            let commonWords = lexicon.commonWords, commonWords.contains(key: token.key)
        else { return false }
        return lexicon.gazetteer?.categories(of: document.normalized[token.range]).isEmpty != false
    }

    /// Drops punctuation, quote marks and possessive endings at the edges of a span.
    private func trim(_ document: TextDocument, _ tokens: ClosedRange<Int>) -> Range<Int>? {
        var first = tokens.lowerBound
        var last = tokens.upperBound
        func isEdgeJunk(_ token: Token) -> Bool {
            token.kind == .punctuation || token.kind == .quote || token.flags.contains(.possessive)
        }
        while first <= last, isEdgeJunk(document.tokens[first]) { first += 1 }
        while last >= first, isEdgeJunk(document.tokens[last]) { last -= 1 }
        // "A Velmont League spokesman said": the article opening a sentence is capitalised for the
        // sentence, not for the name.
        if first < last, document.tokens[first].flags.contains(.sentenceInitial),
            Self.indefiniteArticles.contains(document.tokens[first].key)
        {
            first += 1
        }
        guard first <= last, !document.tokens[first...last].contains(where: { $0.flags.contains(.webAddress) }) else { return nil }
        return first..<(last + 1)
    }

    private static let indefiniteArticles = WordList(["a", "an"])

    /// OntoNotes type of a tagged span. Locations are GPE unless the lexicon says otherwise;
    /// MISC spans are kept only where a finer type is evident.
    private func entityType(_ type: TaggerType, document: TextDocument, tokens: Range<Int>) -> EntityType? {
        switch type {
        case .person: return .person
        case .organization:
            // A known country, city or region the tagger called an organisation is the place; where
            // it stands for a club, the sports rule makes it an organisation again.
            let known = lexicon.categories(document: document, tokens: tokens)
            return known.intersection([.country, .city, .region]).isEmpty ? .organization : .gpe
        case .location: return lexicon.locationType(document: document, tokens: tokens)
        case .miscellaneous: return lexicon.miscellaneousType(document: document, tokens: tokens)
        }
    }
}
