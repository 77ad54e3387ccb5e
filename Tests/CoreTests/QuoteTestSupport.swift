@testable import Core

/// Runs the quote stage on invented text with hand-made entity mentions, so each sieve is tested
/// without the NER model: every whole-token occurrence of a listed name becomes a mention.
struct QuoteFixture {
    let document: TextDocument
    let mentions: [EntityMention]
    let clusters: [EntityClusterer.Cluster]
    let quotes: [ExtractedQuote]

    /// A token's place in a hand-made parse: its head's token index (-1 for the root), relation
    /// and part of speech. Tokens a test leaves out keep no parse.
    typealias Arc = (head: Int, relation: DependencyRelation, pos: PartOfSpeech)

    /// `parse` gives the arcs of the tokens it names by index, as a parser may have read them,
    /// so a test can show what a sieve does with a particular (often wrong) parse.
    init(_ text: String, names: [(String, EntityType)] = [], parse: [Int: Arc] = [:]) {
        var document = TextReader().read(text)
        for (index, arc) in parse where document.tokens.indices.contains(index) {
            document.tokens[index].head = Int32(arc.head)
            document.tokens[index].relation = arc.relation
            document.tokens[index].pos = arc.pos
        }
        var mentions: [EntityMention] = []
        let tokenTexts = document.tokens.map { document.text(of: $0) }
        for (name, type) in names {
            let parts = Tokenizer().tokens(Array(name.utf8)).map { String(decoding: Array(name.utf8)[$0.range], as: UTF8.self) }
            guard !parts.isEmpty, parts.count <= tokenTexts.count else { continue }
            for start in 0...(tokenTexts.count - parts.count) where Array(tokenTexts[start..<(start + parts.count)]) == parts {
                let range = Int(document.tokens[start].start)..<Int(document.tokens[start + parts.count - 1].end)
                mentions.append(EntityMention(range: range, tokens: start..<(start + parts.count), type: type))
            }
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Keep the longest of overlapping mentions ("Jane Doe" over "Doe").
        var kept: [EntityMention] = []
        for mention in mentions {
            if let last = kept.last, last.range.upperBound > mention.range.lowerBound {
                if mention.range.count > last.range.count { kept[kept.count - 1] = mention }
                continue
            }
            kept.append(mention)
        }
        self.document = document
        self.mentions = kept
        self.clusters = EntityClusterer().cluster(kept, in: document)
        self.quotes = QuoteExtractor().extract(document, mentions: kept, clusters: clusters)
    }

    func text(_ quote: ExtractedQuote) -> String { document.text(quote.content) }

    func speakerText(_ quote: ExtractedQuote) -> String? { quote.speaker.map { document.text($0.mention) } }

    /// The fullest name of the speaker's entity, or nil without one.
    func entityName(_ quote: ExtractedQuote) -> String? {
        guard let cluster = quote.speaker?.cluster else { return nil }
        return document.text(clusters[cluster].canonical.range)
    }

    func quote(containing key: String) -> ExtractedQuote? {
        quotes.first { text($0).contains(key) }
    }
}
