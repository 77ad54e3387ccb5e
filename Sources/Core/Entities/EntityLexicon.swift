/// What the lexicons say about each token, packed into `TaggerToken.lexicon` bits for the tagger,
/// and the finer typing of tagged spans (GPE vs LOC, NORP, EVENT).
///
/// The same code annotates training sentences and articles, so the tagger learns exactly the
/// evidence it will see at run time.
public struct EntityLexicon: Sendable {
    public init() {}

    public init(gazetteerTSV: [UInt8]) throws(ModelError) {}

    public func annotate(text: [UInt8], tokens: inout [TaggerToken]) {}

    func locationType(document: TextDocument, tokens: Range<Int>) -> EntityType {
        .gpe
    }

    func miscellaneousType(document: TextDocument, tokens: Range<Int>) -> EntityType? {
        nil
    }
}
