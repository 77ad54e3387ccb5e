import Core

/// Attachment and tagging accuracy of a parse against gold, on the universal relations (as
/// the CoNLL 2018 shared task scores, punctuation included).
public struct ParseScore: Sendable {
    public var words = 0
    public var tagged = 0
    public var attached = 0
    public var labelled = 0

    public init() {}

    public mutating func add(_ parse: SyntaxModel.Parse, gold example: SyntaxTrainer.Example) {
        for word in example.words.indices {
            words += 1
            if parse.tags[word] == example.tags[word] { tagged += 1 }
            if parse.heads[word] == example.heads[word] {
                attached += 1
                if parse.relations[word].universal == example.relations[word].universal { labelled += 1 }
            }
        }
    }

    public var uas: Double { words == 0 ? 0 : Double(attached) / Double(words) }
    public var las: Double { words == 0 ? 0 : Double(labelled) / Double(words) }
    public var upos: Double { words == 0 ? 0 : Double(tagged) / Double(words) }
}
