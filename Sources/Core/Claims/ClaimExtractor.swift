/// The claim stage: clause candidates, scored, typed and attributed.
///
/// A clause's score blends its own margin with its sentence's (`clauseWeight`): the model
/// learnt from whole sentences, and "it had begun" is only as check-worthy as the sentence
/// that says what began, while "We will …" beside a number still scores below it. A direct
/// quotation is a sentence of its own and takes its own margin.
///
/// Claims scoring at least `reportingThreshold` are returned; 0.5 is the model's calibrated
/// decision threshold, so "check-worthy" means ≥ 0.5. The default 0.05 keeps borderline and
/// low clauses visible with their scores, as a ranking needs them: a sentence with no claim ties
/// at 0 with every other, and ClaimBuster's held-out ROC AUC is 0.939 at 0.05, 0.935 at 0.1 and
/// 0.920 at 0.25. Greetings and thanks, which score lower still, stay out.
public struct ClaimExtractor: Sendable {
    public let scorer: ClaimScorer
    public var reportingThreshold: Double
    public var clauseWeight: Float

    public init(scorer: ClaimScorer, reportingThreshold: Double = 0.05, clauseWeight: Float = 0.3) {
        self.scorer = scorer
        self.reportingThreshold = reportingThreshold
        self.clauseWeight = clauseWeight
    }

    /// How far a reported belief or expectation moves its clause's margin down: one unit of
    /// log-odds, set once, not tuned (ClaimBuster held-out AUC 0.939 → 0.940, CheckThat! MAP
    /// 0.224 → 0.223, the BBC set unchanged).
    static let beliefPenalty: Float = 1

    /// The claims of a document on its own, with no quotes or entities to name claimants.
    public func extract(document: TextDocument, mentions: [EntityMention]) -> [ExtractedClaim] {
        extract(document: document, mentions: mentions, clusters: [], quotes: [])
    }

    /// Claims inside a quotation or reported speech belong to its speaker and point to the quote.
    ///
    /// Never inlined into the analyzer, so a profile shows the whole claim stage under one name.
    @inline(never)
    func extract(
        document: TextDocument, mentions: [EntityMention], clusters: [EntityClusterer.Cluster], quotes: [ExtractedQuote]
    ) -> [ExtractedClaim] {
        guard !document.tokens.isEmpty else { return [] }
        let facts = ClaimTokenFacts(document: document, mentions: mentions)
        let candidates = ClaimClauses().candidates(
            document: document, facts: facts, quotes: quotes, clusters: clusters)
        let typer = ClaimTyper()
        var scratch = ClaimFeatures.Scratch()
        scratch.reserve(forLongest: document.sentences, in: document)
        var claims: [ExtractedClaim] = []
        var sentenceMargin: (index: Int, margin: Float) = (-1, 0)
        document.normalized.withUnsafeBufferPointer { bytes in
            for candidate in candidates {
                let sentence = document.sentences[candidate.sentence]
                let position = Self.position(sentence)
                let coversSentence = candidate.tokens.count + 2 >= sentence.tokens.count
                let tokens = document.tokens[candidate.tokens]
                // A parsed clause with no verb is a fragment ("Songwriter Guy Chambers", "in a
                // statement"), or a headline that states nothing checkable ("Bank chief in guilty plea").
                if let first = tokens.first, first.pos != .x,
                    !candidate.tokens.contains(where: {
                        document.tokens[$0].pos == .verb || document.tokens[$0].pos == .aux
                    })
                {
                    continue
                }
                if NonAssertion.matches(candidate.tokens, facts: facts) { continue }
                // The sentence is scored once, for its first clause that is kept (a sentence of
                // fragments costs nothing), and before its clauses, which reuse its n-grams.
                if sentenceMargin.index != candidate.sentence {
                    var types: UInt32 = 0
                    for index in sentence.tokens where facts.mentionStarting[index] >= 0 {
                        types |= 1 << UInt32(mentions[Int(facts.mentionStarting[index])].type.ordinal)
                    }
                    sentenceMargin = (
                        candidate.sentence,
                        scorer.margin(
                            bytes, tokens: document.tokens[sentence.tokens], facts: facts, entityTypes: types,
                            position: position, remember: true, scratch: &scratch)
                    )
                }
                // The mentions wholly inside the clause.
                func inside() -> some Sequence<EntityMention> {
                    candidate.tokens.lazy.filter { facts.mentionStarting[$0] >= 0 }
                        .map { mentions[Int(facts.mentionStarting[$0])] }
                        .filter { $0.tokens.upperBound <= candidate.tokens.upperBound }
                }
                var entityTypes: UInt32 = 0
                var insideCount = 0
                for mention in inside() {
                    entityTypes |= 1 << UInt32(mention.type.ordinal)
                    insideCount += 1
                }
                // A clause that is (nearly) its whole sentence takes the sentence's score, as trained.
                let clauseMargin =
                    coversSentence
                    ? sentenceMargin.margin
                    : scorer.margin(
                        bytes, tokens: tokens, facts: facts, entityTypes: entityTypes, position: position,
                        scratch: &scratch)
                // A direct quotation is its speaker's own sentence, as the model learnt sentences
                // (debates are speech): scored on its words alone, not with the frame around it,
                // which makes "'We are saddened,' X said in a statement" read as a report of fact.
                // A feeling or a recommendation takes no lift from a factual sentence either
                // ("…, said it was deeply disappointed by the decision and could move 300 jobs").
                let blended = clauseWeight * clauseMargin + (1 - clauseWeight) * sentenceMargin.margin
                let feeling = candidate.isJudgement
                let margin = candidate.quoted ? clauseMargin : feeling ? min(clauseMargin, blended) : blended
                // What someone hopes, believes or expects ("X hopes the plant will hire 400 people")
                // is a wish or a forecast, which no record can check yet, whatever its words; a
                // stated feeling or recommendation, likewise.
                let belief = candidate.reported && !candidate.frame.isDisjoint(with: [.opinion, .future])
                let score = scorer.probability(margin: margin - (belief || feeling ? Self.beliefPenalty : 0))
                guard score >= reportingThreshold else { continue }
                // Only now, for the clauses kept: their mentions and places.
                var named: [Range<Int>] = []
                var places: [Range<Int>] = []
                if insideCount > 0 {
                    named.reserveCapacity(insideCount)
                    for mention in inside() {
                        named.append(mention.range)
                        if mention.type == .gpe || mention.type == .location || mention.type == .facility {
                            places.append(mention.range)
                        }
                    }
                }
                let (types, hedged) = typer.types(
                    tokens: tokens, facts: facts, reported: candidate.reported,
                    quoted: candidate.quoted, frame: candidate.frame)
                let shown = candidate.tokens.lowerBound..<(candidate.tokens.upperBound + candidate.closingMarks)
                let range = Int(document.tokens[shown.lowerBound].start)..<Int(document.tokens[shown.upperBound - 1].end)
                var claim = ExtractedClaim(
                    range: range, tokens: shown, checkworthiness: (score * 10000).rounded() / 10000,
                    types: types, hedged: hedged, stance: candidate.stance, mentions: named,
                    facets: ClaimFacets(
                        numbers: Self.numbers(tokens, facts: facts), dates: Self.dates(tokens, bytes: bytes, facts: facts),
                        places: places))
                claim.claimant = candidate.claimant
                claim.quote = candidate.quote
                claims.append(claim)
            }
        }
        claims.sort {
            $0.range.lowerBound != $1.range.lowerBound
                ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound < $1.range.upperBound
        }
        return claims
    }

    /// The best clause score of a whole document, as sentence-level evaluation counts it.
    public func bestScore(document: TextDocument, mentions: [EntityMention]) -> Double {
        var copy = self
        copy.reportingThreshold = 0
        return copy.extract(document: document, mentions: mentions).map(\.checkworthiness).max() ?? 0
    }

    /// 0 headline, 1 lead paragraph, 2 the next two, 3 the rest: news puts its main claims first.
    static func position(_ sentence: Sentence) -> Int {
        switch sentence.paragraph {
        case ..<0: 0
        case 0: 1
        case 1...2: 2
        default: 3
        }
    }

    /// Amounts: runs of numbers and number words joined by "of" ("tens of thousands"), with a
    /// following unit or percent sign ("5%", "2 million troops").
    static func numbers(_ tokens: ArraySlice<Token>, facts: ClaimTokenFacts) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let isNumber = tokens[index].kind == .number || facts.classes[index].contains(.numberWord)
            guard isNumber else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.endIndex {
                if tokens[end].kind == .number || facts.classes[end].contains(.numberWord) || facts.classes[end].contains(.unit) {
                    end += 1
                } else if end + 1 < tokens.endIndex, facts.hashes[end] == Self.ofKey,
                    tokens[end + 1].kind == .number || facts.classes[end + 1].contains(.numberWord)
                        || facts.classes[end + 1].contains(.unit)
                {
                    end += 2
                } else if tokens[end].kind == .symbol || (tokens[end].kind == .punctuation && facts.classes[end].contains(.unit)) {
                    end += 1
                } else {
                    break
                }
            }
            var start = index
            if start > tokens.startIndex, tokens[start - 1].kind == .symbol { start -= 1 }  // "$5"
            result.append(Int(tokens[start].start)..<Int(tokens[end - 1].end))
            index = end
        }
        return result
    }

    /// Time expressions: day, month and relative-time words with a leading "this/last/next" or a
    /// following day number, and four-digit years.
    static func dates(_ tokens: ArraySlice<Token>, bytes: UnsafeBufferPointer<UInt8>, facts: ClaimTokenFacts) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let token = tokens[index]
            let isYear =
                token.kind == .number && token.range.count == 4
                && (bytes[token.range.lowerBound] == UInt8(ascii: "1") || bytes[token.range.lowerBound] == UInt8(ascii: "2"))
            guard facts.classes[index].contains(.time) || isYear, facts.hashes[index] != Self.sinceKey else {
                index += 1
                continue
            }
            var start = index
            if start > tokens.startIndex, Self.determinerKeys.contains(facts.hashes[start - 1]) { start -= 1 }
            var end = index + 1
            while end < tokens.endIndex, tokens[end].kind == .number || facts.classes[end].contains(.time),
                facts.hashes[end] != Self.sinceKey, end - index < 4
            {
                end += 1
            }
            result.append(Int(tokens[start].start)..<Int(tokens[end - 1].end))
            index = end
        }
        return result
    }

    private static func key(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { ClaimHash.word($0, 0..<bytes.count) }
    }
    static let ofKey = key("of")
    static let sinceKey = key("since")
    static let determinerKeys: Set<UInt64> = Set(["this", "last", "next", "early", "late"].map(key))
}
