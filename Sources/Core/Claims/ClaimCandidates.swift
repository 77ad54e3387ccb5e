/// Cuts sentences into clause-level claim candidates and finds who asserts each one.
///
/// A fact-checker checks "unemployment rose to 5%", not "The minister said that unemployment
/// rose to 5%, while…": so sentences are split at semicolons, colons, dashes, quotation marks and
/// ", but/while/although/which…", and a reporting frame ("X said (that) …", "X told … that …",
/// "according to X, …", "…, X said") is cut off, its subject becoming the claimant. Quotations take
/// the speaker named next to them ("“…,” he said"; "X told the meeting: “…”"); "he"/"she" go to
/// the latest person who spoke, else the latest person named outside quotations.
///
/// Everything is one or two linear passes over the tokens, with fixed look-around windows.
struct ClaimCandidates {
    /// A clause worth scoring, as a token range of `TextDocument.tokens`.
    struct Candidate: Equatable {
        var tokens: Range<Int>
        var sentence: Int
        /// Index into the mention list of whoever asserts it; nil for the outlet's own voice.
        var speaker: Int?
        /// Inside quotation marks.
        var quoted: Bool
        /// Cut out of reported speech ("X said that …").
        var reported: Bool
        /// The word classes of the reporting verb that framed it ("claimed" hedges what follows).
        var frame: ClaimWordClass
        /// The speaker's full name when the tagger split it ("Ursula" … "von der Leyen").
        var speakerName: Range<Int>? = nil
    }

    /// A sentence of thousands of words still yields a bounded number of clauses.
    static let maximumPerSentence = 24
    /// How far around a reporting verb or a quotation mark a speaker is looked for.
    static let window = 10

    private static func isSpeakerType(_ type: EntityType) -> Bool {
        switch type {
        case .person, .organization, .gpe, .norp: true
        default: false
        }
    }

    static func key(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { ClaimHash.word($0, 0..<bytes.count) }
    }
    /// Reporting verbs whose first object is the audience ("told the meeting that …").
    static let objectVerbs: Set<UInt64> = Set(["told", "tell", "tells", "telling"].map(key))
    /// Lower-case particles inside personal names ("Ursula von der Leyen"), which a tagger may split at.
    static let nameParticles: Set<UInt64> = Set(
        ["von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "ibn", "al", "del", "dos", "ter"].map(key))

    func candidates(document: TextDocument, mentions: [EntityMention], facts: ClaimTokenFacts) -> [Candidate] {
        let speakers = Speakers(document: document, mentions: mentions, facts: facts)
        var result: [Candidate] = []
        result.reserveCapacity(2 * document.sentences.count)
        var segments: [Segment] = []
        document.normalized.withUnsafeBufferPointer { bytes in
            for (sentenceIndex, sentence) in document.sentences.enumerated() where !sentence.tokens.isEmpty {
                split(
                    sentence, index: sentenceIndex, bytes: bytes, document: document, facts: facts, speakers: speakers,
                    segments: &segments, into: &result)
            }
        }
        for index in result.indices {
            if let speaker = result[index].speaker { result[index].speakerName = speakers.joinedNames[speaker] }
        }
        return result
    }

    // MARK: - Splitting one sentence

    /// A stretch of a sentence between clause boundaries; an aside is a relative clause.
    typealias Segment = (span: Range<Int>, aside: Bool)

    /// `segments` is scratch space, reused from sentence to sentence.
    private func split(
        _ sentence: Sentence, index sentenceIndex: Int, bytes: UnsafeBufferPointer<UInt8>, document: TextDocument,
        facts: ClaimTokenFacts, speakers: Speakers, segments: inout [Segment], into result: inout [Candidate]
    ) {
        let tokens = document.tokens
        let range = sentence.tokens
        // Segments first (one linear scan), then each is framed and trimmed.
        segments.removeAll(keepingCapacity: true)
        var segmentStart = range.lowerBound
        var aside = false
        func close(_ end: Int, next: Int, nextAside: Bool) {
            if end > segmentStart { segments.append((segmentStart..<end, aside)) }
            segmentStart = next
            aside = nextAside
        }
        var index = range.lowerBound
        // A short quoted fragment inside a clause (a scare quote, a title: its “national enterprise
        // reporter”) is part of the clause, not a quotation to split out.
        var inlineUntil = -1
        while index < range.upperBound, segments.count < Self.maximumPerSentence {
            let token = tokens[index]
            if index <= inlineUntil {
                index += 1
                continue
            }
            if token.kind == .quote, token.flags.contains(.openingQuote), index > segmentStart,
                let close = Self.shortQuotationEnd(from: index, in: range, tokens: tokens)
            {
                inlineUntil = close
                index += 1
                continue
            }
            if token.kind == .quote {
                close(index, next: index + 1, nextAside: false)
            } else if index > segmentStart, facts.quoted[index] != facts.quoted[segmentStart] {
                close(index, next: index, nextAside: false)
            } else if token.kind == .punctuation {
                let byte = bytes[token.range.lowerBound]
                if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || token.flags.contains(.dash) {
                    close(index, next: index + 1, nextAside: false)
                } else if byte == UInt8(ascii: ","), index + 1 < range.upperBound, tokens[index + 1].kind == .word {
                    let next = facts.classes[index + 1]
                    if next.contains(.relative), !isWord(bytes, tokens[index + 1], "where") {
                        close(index, next: index + 1, nextAside: true)
                    } else if next.contains(.clauseOpener), !next.contains(.causal),
                        !isWord(bytes, tokens[index + 1], "or"), !isWord(bytes, tokens[index + 1], "so")
                    {
                        close(index, next: index + 1, nextAside: false)
                    }
                }
            }
            index += 1
        }
        if segments.count < Self.maximumPerSentence { close(range.upperBound, next: range.upperBound, nextAside: false) }

        // The speaker of the sentence's reporting frame, which the clauses after it inherit.
        var sentenceSpeaker: Int? = nil
        var sentenceFrame: ClaimWordClass = []
        var sentenceFramed = false
        for (span, isAside) in segments {
            if facts.quoted[span.lowerBound] {
                emit(
                    span, sentence: sentenceIndex, speaker: speakers.quoteSpeaker(at: span.lowerBound), quoted: true,
                    reported: false, frame: [], document: document, facts: facts, into: &result)
            } else if var frame = findFrame(span, bytes: bytes, tokens: tokens, facts: facts, speakers: speakers) {
                // "…, but warned that …": a frame without its own subject continues the sentence's speaker.
                if frame.speaker == nil,
                    (span.lowerBound..<frame.verb).allSatisfy({
                        tokens[$0].kind == .punctuation || facts.classes[$0].contains(.clauseOpener)
                            || facts.classes[$0].contains(.frameFiller)
                    })
                {
                    frame.speaker = sentenceSpeaker
                }
                // The sentence's first frame governs it: a parenthetical "— although Russia
                // claimed … —" does not take over the clauses after it.
                if !sentenceFramed {
                    sentenceFramed = true
                    sentenceSpeaker = frame.speaker
                    sentenceFrame = frame.verbClass
                }
                emit(
                    frame.content, sentence: sentenceIndex, speaker: frame.speaker, quoted: false, reported: true,
                    frame: frame.verbClass, document: document, facts: facts, into: &result)
            } else {
                // An aside (", which met in January") is the writer's, not the speaker's.
                let speaker = isAside ? nil : sentenceSpeaker
                emit(
                    span, sentence: sentenceIndex, speaker: speaker, quoted: false, reported: speaker != nil,
                    frame: isAside ? [] : sentenceFrame, document: document, facts: facts, into: &result)
            }
        }
    }

    /// Quotations of fewer words than this inside a clause are fragments, not statements.
    static let shortQuotationWords = 6

    /// The closing mark of a short quotation opened at `open`, if it closes within the sentence.
    private static func shortQuotationEnd(from open: Int, in range: Range<Int>, tokens: [Token]) -> Int? {
        var words = 0
        var index = open + 1
        while index < range.upperBound, words < shortQuotationWords {
            let token = tokens[index]
            if token.flags.contains(.closingQuote) { return words > 0 ? index : nil }
            if token.flags.contains(.openingQuote) { return nil }
            if token.kind == .word || token.kind == .number { words += 1 }
            index += 1
        }
        return nil
    }

    private struct Frame {
        var content: Range<Int>
        var verb: Int
        var speaker: Int?
        var verbClass: ClaimWordClass
    }

    /// The reporting frame of a clause outside quotation marks, if it has one with content.
    private func findFrame(
        _ segment: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], facts: ClaimTokenFacts,
        speakers: Speakers
    ) -> Frame? {
        for verb in segment where facts.classes[verb].contains(.reporting) && tokens[verb].kind == .word {
            let speaker = speakers.subject(ofVerb: verb)
            if isWord(bytes, tokens[verb], "according") {
                // "according to X, CONTENT"
                guard
                    let comma = (verb..<min(segment.upperBound, verb + Self.window)).first(where: {
                        tokens[$0].kind == .punctuation && bytes[tokens[$0].range.lowerBound] == UInt8(ascii: ",")
                    })
                else { continue }
                return Frame(content: (comma + 1)..<segment.upperBound, verb: verb, speaker: speaker, verbClass: facts.classes[verb])
            }
            var contentStart = verb + 1
            var hasThat = false
            var probe = verb + 1
            while probe < min(segment.upperBound, verb + Self.window) {
                if tokens[probe].kind == .punctuation { break }
                if facts.classes[probe].contains(.complementizer) {
                    contentStart = probe + 1
                    hasThat = true
                    break
                }
                probe += 1
            }
            let wordsAfter = ((verb + 1)..<segment.upperBound).contains { tokens[$0].kind == .word || tokens[$0].kind == .number }
            if !wordsAfter, verb - segment.lowerBound <= 5 {
                // A bare frame ("Scholz added", "he said") asserts nothing checkable by itself.
                return Frame(content: segment.upperBound..<segment.upperBound, verb: verb, speaker: speaker, verbClass: facts.classes[verb])
            }
            guard speaker != nil || hasThat else { continue }
            if !hasThat, Self.objectVerbs.contains(facts.hashes[verb]) {
                // "told the meeting": the object is an audience, not content.
                return Frame(content: segment.upperBound..<segment.upperBound, verb: verb, speaker: speaker, verbClass: facts.classes[verb])
            }
            if segment.upperBound - contentStart >= 2 {
                return Frame(content: contentStart..<segment.upperBound, verb: verb, speaker: speaker, verbClass: facts.classes[verb])
            }
            // "CONTENT, X said": the content is what precedes the comma before the speaker.
            if let comma = stride(from: verb - 1, through: max(segment.lowerBound, verb - Self.window), by: -1).first(where: {
                tokens[$0].kind == .punctuation && bytes[tokens[$0].range.lowerBound] == UInt8(ascii: ",")
            }), comma - segment.lowerBound >= 2 {
                return Frame(content: segment.lowerBound..<comma, verb: verb, speaker: speaker, verbClass: facts.classes[verb])
            }
            // A bare frame ("he said") asserts nothing checkable by itself.
            return Frame(content: segment.upperBound..<segment.upperBound, verb: verb, speaker: speaker, verbClass: facts.classes[verb])
        }
        return nil
    }

    /// Trims a clause to its words and records it when something checkable may remain.
    private func emit(
        _ span: Range<Int>, sentence: Int, speaker: Int?, quoted: Bool, reported: Bool, frame: ClaimWordClass,
        document: TextDocument, facts: ClaimTokenFacts, into result: inout [Candidate]
    ) {
        let tokens = document.tokens
        var first = span.lowerBound
        var last = span.upperBound
        func isEdge(_ index: Int) -> Bool {
            let kind = tokens[index].kind
            return kind == .punctuation || kind == .quote
        }
        while first < last {
            if isEdge(first) {
                first += 1
                continue
            }
            let wordClass = facts.classes[first]
            if wordClass.contains(.clauseOpener) || wordClass.contains(.complementizer) {
                first += 1
                continue
            }
            break
        }
        while last > first, isEdge(last - 1) { last -= 1 }
        // Two words at least: a row of a number table or a lone name asserts nothing.
        var words = 0
        for index in first..<last where tokens[index].kind == .word { words += 1 }
        guard words >= 2 else { return }
        result.append(
            Candidate(
                tokens: first..<last, sentence: sentence, speaker: speaker, quoted: quoted,
                reported: reported, frame: frame))
    }

    private func isWord(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, _ word: StaticString) -> Bool {
        guard token.range.count == word.utf8CodeUnitCount else { return false }
        let pointer = word.utf8Start
        for offset in 0..<token.range.count where ClaimHash.lowered(bytes[token.range.lowerBound + offset]) != pointer[offset] {
            return false
        }
        return true
    }

    // MARK: - Speakers

    /// Who speaks where: the subject of each reporting verb and the speaker of each quotation,
    /// found in one pass in text order so pronouns can use the people met so far.
    struct Speakers {
        private let verbSubjects: KeyMap<Int>
        private let quoteSpeakers: [Int32]
        /// Person names the tagger split at a particle, by the mention of their last part.
        let joinedNames: KeyMap<Range<Int>>

        func subject(ofVerb token: Int) -> Int? { verbSubjects[token] }

        private static let accordingKey: UInt64 = {
            let bytes = Array("according".utf8)
            return bytes.withUnsafeBufferPointer { ClaimHash.word($0, 0..<bytes.count) }
        }()

        func quoteSpeaker(at token: Int) -> Int? {
            token < quoteSpeakers.count && quoteSpeakers[token] >= 0 ? Int(quoteSpeakers[token]) : nil
        }

        init(document: TextDocument, mentions: [EntityMention], facts: ClaimTokenFacts) {
            let tokens = document.tokens
            var quoteSpeakers = [Int32](repeating: -1, count: tokens.count)
            var verbSubjects = KeyMap<Int>()
            var joinedNames = KeyMap<Range<Int>>()
            var lastSpeaker: Int? = nil
            var lastPerson: Int? = nil
            // Multi-word person names by the hash of their last word, so "Stoltenberg" finds
            // "Jens Stoltenberg" even when tagged as something else.
            var fullNames = KeyMap<Int>()
            var openQuote: Int? = nil
            var paragraph = Int.min

            func resolve(_ mention: Int) -> Int? {
                let found = mentions[mention]
                if found.tokens.count == 1, let full = fullNames[facts.hashes[found.tokens.lowerBound]] { return full }
                return ClaimCandidates.isSpeakerType(found.type) ? mention : nil
            }
            func pronounReferent() -> Int? { lastSpeaker ?? lastPerson }
            func sentenceStart(_ index: Int) -> Int {
                let sentence = Int(tokens[index].sentence)
                return sentence >= 0 && sentence < document.sentences.count
                    ? document.sentences[sentence].tokens.lowerBound : index
            }
            /// The speaker right before a reporting verb: "X said", "X also told", "X, who told", "he said".
            func subjectBefore(_ verb: Int) -> Int? {
                let floor = max(sentenceStart(verb), verb - ClaimCandidates.window)
                var index = verb - 1
                while index >= floor, facts.classes[index].contains(.frameFiller), facts.mentionEnding[index] < 0 { index -= 1 }
                if index >= floor + 1, facts.classes[index].contains(.relative),
                    tokens[index - 1].kind == .punctuation
                {
                    index -= 2
                }
                guard index >= floor else { return nil }
                if facts.mentionEnding[index] >= 0 { return resolve(Int(facts.mentionEnding[index])) }
                if facts.classes[index].contains(.personPronoun) { return pronounReferent() }
                return nil
            }
            /// "said Stoltenberg", "said he" after a quotation or a comma.
            func subjectAfter(_ verb: Int) -> Int? {
                let next = verb + 1
                guard next < tokens.count, tokens[next].sentence == tokens[verb].sentence else { return nil }
                if facts.mentionStarting[next] >= 0 { return resolve(Int(facts.mentionStarting[next])) }
                if facts.classes[next].contains(.personPronoun) { return pronounReferent() }
                return nil
            }

            /// Names the speaker of the quotation between `open` and `close` from the words after
            /// its closing mark ("“…,” he said") or, failing that, before its opening one ("X told the meeting: “…”").
            func attributeQuote(open: Int, close: Int, before onlyBefore: Bool) {
                var speaker: Int? = nil
                if !onlyBefore, close < tokens.count {
                    // The first reporting verb just after the closing mark, in the same sentence:
                    // "“…,” he said", "“…,” von der Leyen said", "“…,” said Stoltenberg".
                    var index = close + 1
                    let limit = min(tokens.count, close + 7)
                    while index < limit, tokens[index].sentence == tokens[close].sentence || tokens[close].sentence < 0 {
                        if facts.quoted[index] || tokens[index].flags.contains(.openingQuote) { break }
                        if facts.classes[index].contains(.reporting), tokens[index].kind == .word {
                            speaker = subjectBefore(index) ?? subjectAfter(index)
                            break
                        }
                        index += 1
                    }
                }
                if speaker == nil, open > 0 {
                    // "X told the meeting: “…”" / "X said, “…”"
                    let floor = max(sentenceStart(open - 1), open - ClaimCandidates.window)
                    var index = open - 1
                    while index >= floor {
                        if facts.classes[index].contains(.reporting), let subject = verbSubjects[index] {
                            speaker = subject
                            break
                        }
                        index -= 1
                    }
                }
                guard let speaker else { return }
                if mentions[speaker].type == .person { lastSpeaker = speaker }
                for index in open..<min(close, tokens.count) { quoteSpeakers[index] = Int32(speaker) }
            }

            for index in tokens.indices {
                let sentence = Int(tokens[index].sentence)
                let tokenParagraph =
                    sentence >= 0 && sentence < document.sentences.count
                    ? document.sentences[sentence].paragraph : paragraph
                if tokenParagraph != paragraph {
                    if let open = openQuote { attributeQuote(open: open, close: index, before: true) }
                    openQuote = nil
                    paragraph = tokenParagraph
                }
                let token = tokens[index]
                if token.kind == .quote {
                    if token.flags.contains(.openingQuote), openQuote == nil {
                        openQuote = index
                    } else if token.flags.contains(.closingQuote), let open = openQuote {
                        attributeQuote(open: open, close: index, before: false)
                        openQuote = nil
                    }
                    continue
                }
                if facts.quoted[index] { continue }
                let mention = facts.mentionStarting[index]
                if mention >= 0, mentions[Int(mention)].type == .person {
                    lastPerson = Int(mention)
                    let found = mentions[Int(mention)]
                    // "Ursula" + "von der" + "Leyen": one name the tagger split at its particles.
                    var particle = found.tokens.lowerBound - 1
                    while particle >= 0, particle > found.tokens.lowerBound - 4,
                        ClaimCandidates.nameParticles.contains(facts.hashes[particle]),
                        !tokens[particle].flags.contains(.capitalized)
                    {
                        particle -= 1
                    }
                    if particle < found.tokens.lowerBound - 1, particle >= 0, facts.mentionEnding[particle] >= 0,
                        mentions[Int(facts.mentionEnding[particle])].type == .person
                    {
                        let first = mentions[Int(facts.mentionEnding[particle])]
                        joinedNames[Int(mention)] = first.range.lowerBound..<found.range.upperBound
                    }
                    if found.tokens.count > 1 || joinedNames[Int(mention)] != nil {
                        fullNames[facts.hashes[found.tokens.upperBound - 1]] = Int(mention)
                    }
                }
                if facts.classes[index].contains(.reporting), token.kind == .word {
                    var subject = subjectBefore(index)
                    if subject == nil, index > 0, tokens[index - 1].kind == .quote || tokens[index - 1].kind == .punctuation {
                        subject = subjectAfter(index)
                    }
                    if subject == nil, index + 2 < tokens.count, facts.mentionStarting[index + 2] >= 0,
                        facts.hashes[index] == Self.accordingKey
                    {
                        subject = resolve(Int(facts.mentionStarting[index + 2]))
                    }
                    if let subject {
                        verbSubjects[index] = subject
                        if mentions[subject].type == .person { lastSpeaker = subject }
                    }
                }
            }
            if let open = openQuote { attributeQuote(open: open, close: tokens.count, before: true) }
            self.verbSubjects = verbSubjects
            self.joinedNames = joinedNames
            self.quoteSpeakers = quoteSpeakers

        }
    }
}
