/// The tagger's span types: the four the open training corpora share. Finer OntoNotes types
/// (GPE vs LOC, NORP, EVENT...) are decided after tagging, from gazetteers and head words.
public enum TaggerType: Int, Sendable, CaseIterable {
    case person = 0
    case organization, location, miscellaneous

    public var name: String {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .location: "LOC"
        case .miscellaneous: "MISC"
        }
    }

    /// Corpus label names (CoNLL, UNER, WNUT, GUM) to a tagger type; nil for labels not learned.
    public init?(corpusLabel: some StringProtocol) {
        switch corpusLabel.uppercased() {
        case "PER", "PERSON": self = .person
        case "ORG", "ORGANIZATION", "CORPORATION", "GROUP": self = .organization
        case "LOC", "LOCATION", "GPE", "FAC": self = .location
        case "MISC", "EVENT", "PRODUCT", "WORK_OF_ART", "CREATIVE-WORK", "NORP", "LAW", "LANGUAGE": self = .miscellaneous
        default: return nil
        }
    }
}

/// BILOU labels: O, then Begin/Inside/Last/Unit for each type. BILOU rather than BIO because
/// knowing where a name ends is as informative as where it starts (Ratinov & Roth 2009).
public struct TaggerLabel: Hashable, Sendable {
    public let rawValue: Int
    public static let outside = TaggerLabel(rawValue: 0)
    public static let count = 1 + 4 * TaggerType.allCases.count

    public enum Position: Int, Sendable {
        case begin = 0
        case inside, last, unit
    }

    public init(rawValue: Int) { self.rawValue = rawValue }

    public init(_ position: Position, _ type: TaggerType) {
        rawValue = 1 + type.rawValue * 4 + position.rawValue
    }

    public var type: TaggerType? { rawValue == 0 ? nil : TaggerType(rawValue: (rawValue - 1) / 4) }
    public var position: Position? { rawValue == 0 ? nil : Position(rawValue: (rawValue - 1) % 4) }

    /// Whether `next` may follow this label: inside a span only I or L of the same type.
    public func allows(_ next: TaggerLabel) -> Bool {
        switch position {
        case .begin?, .inside?:
            return next.type == type && (next.position == .inside || next.position == .last)
        default:
            return next.rawValue == 0 || next.position == .begin || next.position == .unit
        }
    }

    public var canStart: Bool { rawValue == 0 || position == .begin || position == .unit }
    public var canEnd: Bool { rawValue == 0 || position == .last || position == .unit }

    /// Span labels over `count` tokens for typed token ranges.
    public static func encode(_ spans: [(Range<Int>, TaggerType)], count: Int) -> [TaggerLabel] {
        var labels = [TaggerLabel](repeating: .outside, count: count)
        for (range, type) in spans where !range.isEmpty && range.upperBound <= count {
            if range.count == 1 {
                labels[range.lowerBound] = TaggerLabel(.unit, type)
                continue
            }
            labels[range.lowerBound] = TaggerLabel(.begin, type)
            for index in (range.lowerBound + 1)..<(range.upperBound - 1) { labels[index] = TaggerLabel(.inside, type) }
            labels[range.upperBound - 1] = TaggerLabel(.last, type)
        }
        return labels
    }

    /// Typed token ranges from a label sequence (tolerates invalid sequences by closing spans early).
    public static func decode(_ labels: [TaggerLabel]) -> [(Range<Int>, TaggerType)] {
        var spans: [(Range<Int>, TaggerType)] = []
        // Most sentences have no names, the rest a few: one allocation, on the first.
        if labels.contains(where: { $0 != .outside }) { spans.reserveCapacity(8) }
        decode(labels, into: &spans)
        return spans
    }

    /// The same spans, written over `spans` (kept from sentence to sentence by the caller).
    static func decode(_ labels: [TaggerLabel], into spans: inout [(Range<Int>, TaggerType)]) {
        spans.removeAll(keepingCapacity: true)
        var start: Int?
        var current: TaggerType?
        for (index, label) in labels.enumerated() {
            switch label.position {
            case .unit?:
                if let start, let current { spans.append((start..<index, current)) }
                start = nil
                if let type = label.type { spans.append((index..<(index + 1), type)) }
            case .begin?:
                if let start, let current { spans.append((start..<index, current)) }
                start = index
                current = label.type
            case .inside?, .last?:
                if start == nil || current != label.type {
                    if let start, let current { spans.append((start..<index, current)) }
                    start = index
                    current = label.type
                }
                if label.position == .last, let begin = start, let type = current {
                    spans.append((begin..<(index + 1), type))
                    start = nil
                }
            case nil:
                if let begin = start, let type = current { spans.append((begin..<index, type)) }
                start = nil
            }
        }
        if let start, let current { spans.append((start..<labels.count, current)) }
    }
}
