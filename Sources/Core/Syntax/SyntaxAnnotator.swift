/// The syntax stage: tags and parses each sentence of a document and writes the result on its
/// tokens (`pos`, `head`, `relation`), where every later stage reads it.
public struct SyntaxAnnotator: Sendable {
    public let model: SyntaxModel

    /// Sentences longer than this are parsed in consecutive windows, each a tree of its own: a
    /// run-on "sentence" of thousands of words (a list, a table flattened to text) costs linear
    /// time and bounded memory, and no real sentence is that long.
    public static let window = 200

    public init(model: SyntaxModel) {
        self.model = model
    }

    public func annotate(_ document: inout TextDocument) {
        var scratch = DependencyParser.Scratch()
        var parse = SyntaxModel.Parse()
        var words: [SyntaxWord] = []
        let sentences = document.sentences
        let names = Self.names(in: document)
        document.normalized.withUnsafeBufferPointer { bytes in
            for sentence in sentences {
                var start = sentence.tokens.lowerBound
                while start < sentence.tokens.upperBound {
                    let end = min(start + Self.window, sentence.tokens.upperBound)
                    words.removeAll(keepingCapacity: true)
                    for token in document.tokens[start..<end] { words.append(SyntaxWord(bytes, token.range)) }
                    let first = start
                    model.parse(
                        words, isName: { names.contains(document.tokens[first + $0].key) }, scratch: &scratch, into: &parse)
                    for offset in 0..<(end - start) {
                        let head = parse.heads[offset]
                        document.tokens[start + offset].pos = parse.tags[offset]
                        document.tokens[start + offset].head = head < 0 ? -1 : Int32(start) + head
                        document.tokens[start + offset].relation = parse.relations[offset]
                    }
                    start = end
                }
            }
        }
    }

    /// The words the document writes as names: capitalised inside a body sentence (not first, not
    /// after a quotation mark or a colon, not in capitals) and never in lower case.
    static func names(in document: TextDocument) -> Set<UInt64> {
        var names = Set<UInt64>()
        var lowerCase = Set<UInt64>()
        let tokens = document.tokens
        for (index, token) in tokens.enumerated() where token.kind == .word {
            if !token.flags.contains(.capitalized) {
                lowerCase.insert(token.key)
                continue
            }
            guard index > 0, !token.flags.contains(.sentenceInitial), !token.flags.contains(.allCaps), token.sentence >= 0,
                document.sentences[Int(token.sentence)].paragraph >= 0, !tokens[index - 1].flags.contains(.openingQuote),
                document.normalized[Int(tokens[index - 1].start)] != UInt8(ascii: ":")
            else { continue }
            names.insert(token.key)
        }
        return names.subtracting(lowerCase)
    }
}
