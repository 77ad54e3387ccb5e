@testable import Core

/// Builds documents with hand-placed mentions, so clause and speaker rules are tested without a tagger.
struct ClaimFixture {
    var document: TextDocument
    var mentions: [EntityMention] = []

    init(_ text: String) {
        document = TextReader().read(text, givenTitle: "")
    }

    /// Marks the `occurrence`-th appearance of `text` as a mention of `type`.
    mutating func mark(_ text: String, _ type: EntityType, occurrence: Int = 0, kind: MentionKind = .name) {
        let needle = Array(text.utf8)
        let bytes = document.normalized
        var seen = 0
        var start = 0
        while start + needle.count <= bytes.count {
            if Array(bytes[start..<(start + needle.count)]) == needle {
                if seen == occurrence { break }
                seen += 1
            }
            start += 1
        }
        let range = start..<(start + needle.count)
        let first = document.tokens.firstIndex { Int($0.start) >= range.lowerBound } ?? 0
        let last = document.tokens.lastIndex { Int($0.end) <= range.upperBound } ?? first
        mentions.append(EntityMention(range: range, tokens: first..<(last + 1), type: type, kind: kind))
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Gives the first sentence a hand parse, one "UPOS head relation" per token as CoNLL-U
    /// numbers them (heads from 1, 0 for the root), so a rule is tested on the parse it reads,
    /// whatever the bundled parser makes of the sentence.
    mutating func parse(_ rows: [String]) {
        let sentence = document.sentences[0].tokens
        precondition(rows.count == sentence.count, "one row per token: \(sentence.count) tokens")
        for (offset, row) in rows.enumerated() {
            let fields = row.split(separator: " ")
            let index = sentence.lowerBound + offset
            let head = Int(fields[1]) ?? 0
            document.tokens[index].pos = PartOfSpeech(name: fields[0]) ?? .x
            document.tokens[index].head = head == 0 ? -1 : Int32(sentence.lowerBound + head - 1)
            document.tokens[index].relation = DependencyRelation(name: fields[2]) ?? .dep
        }
    }

    /// The claim stage's clauses, with the quote stage run first as in the pipeline (no parse here).
    var candidates: [ClaimClauses.Candidate] {
        let clusters = EntityClusterer().cluster(mentions, in: document)
        return ClaimClauses().candidates(
            document: document, facts: ClaimTokenFacts(document: document, mentions: mentions),
            quotes: QuoteExtractor().extract(document, mentions: mentions, clusters: clusters), clusters: clusters)
    }

    func text(_ candidate: ClaimClauses.Candidate) -> String {
        let tokens = document.tokens
        return document.text(Int(tokens[candidate.tokens.lowerBound].start)..<Int(tokens[candidate.tokens.upperBound - 1].end))
    }

    var clauseTexts: [String] { candidates.map(text) }

    /// The words naming whoever asserts the clause containing `fragment`; nil for the outlet,
    /// "missing" without such a clause.
    func speaker(of fragment: String) -> String? {
        guard let candidate = candidates.first(where: { text($0).contains(fragment) }) else { return "missing" }
        return candidate.claimant.map { document.text($0.mention) }
    }

    func types(of fragment: String) -> (types: [ClaimType], hedged: Bool)? {
        let facts = ClaimTokenFacts(document: document, mentions: mentions)
        guard let candidate = candidates.first(where: { text($0).contains(fragment) }) else { return nil }
        return ClaimTyper().types(
            tokens: document.tokens[candidate.tokens], facts: facts, reported: candidate.reported,
            quoted: candidate.quoted, frame: candidate.frame)
    }
}
