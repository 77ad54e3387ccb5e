/// A Universal Dependencies part-of-speech tag (UPOS, the 17 tags of UD v2).
///
/// `x` is first: the tagger scores the other sixteen against it, so one 64-byte row of weights
/// holds a feature's votes (the same layout as the entity tagger's emission rows).
public enum PartOfSpeech: UInt8, CaseIterable, Sendable {
    case x, adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb

    public static let count = 17

    /// The UD name ("PROPN").
    public var name: String {
        switch self {
        case .x: "X"
        case .adj: "ADJ"
        case .adp: "ADP"
        case .adv: "ADV"
        case .aux: "AUX"
        case .cconj: "CCONJ"
        case .det: "DET"
        case .intj: "INTJ"
        case .noun: "NOUN"
        case .num: "NUM"
        case .part: "PART"
        case .pron: "PRON"
        case .propn: "PROPN"
        case .punct: "PUNCT"
        case .sconj: "SCONJ"
        case .sym: "SYM"
        case .verb: "VERB"
        }
    }

    /// The tag named `name` in CoNLL-U; nil for anything else ("_").
    public init?(name: some StringProtocol) {
        guard let tag = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = tag
    }

    /// The closed classes, words a language does not coin: a word the treebanks never gave one of
    /// these tags does not take it ("Bright" is no auxiliary, however much it ends like "might").
    public var isClosedClass: Bool { Self.closedClasses & 1 << rawValue != 0 }

    package static let closedClasses: UInt32 = [aux, det, adp, pron, cconj, sconj, part].reduce(0) { $0 | 1 << $1.rawValue }

    /// Nouns, proper nouns and pronouns: what a subject or an object usually is.
    public var isNominal: Bool { self == .noun || self == .propn || self == .pron || self == .num }
}
