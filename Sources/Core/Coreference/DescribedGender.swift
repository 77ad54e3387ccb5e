/// A person the article describes with a word for a man or a woman in apposition — "His wife,
/// Marisol, was hurt", "Sam Roe, her son," — has that gender where neither an honorific nor
/// the first name gave one: a first name the lists lack would otherwise take every "he" near it.
struct DescribedGender {
    func assign(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        let tokens = document.tokens
        for index in clusters.indices where clusters[index].type == .person && clusters[index].gender == .unknown {
            for mention in clusters[index].mentions where mention.kind == .name {
                guard let head = Self.head(of: mention.tokens, tokens) else { continue }
                if let gender = Self.gender(of: tokens[head], describing: head, document) {
                    clusters[index].gender = gender
                    break
                }
            }
        }
    }

    /// The mention's token whose head lies outside it.
    private static func head(of range: Range<Int>, _ tokens: [Token]) -> Int? {
        range.first { !range.contains(Int(tokens[$0].head)) }
    }

    /// The gender of a word for a man or a woman the name is in apposition to, or that is in
    /// apposition to it.
    private static func gender(of name: Token, describing head: Int, _ document: TextDocument) -> EntityClusterer.Gender? {
        let tokens = document.tokens
        func said(_ index: Int) -> EntityClusterer.Gender? {
            guard index >= 0, index < tokens.count, tokens[index].pos == .noun else { return nil }
            let gender = NominalResolver.gender(ofPersonWord: tokens[index], in: document)
            return gender == .unknown ? nil : gender
        }
        if name.relation == .appos, let gender = said(Int(name.head)) { return gender }
        // The dependents of the name: they follow it closely in an apposition.
        var index = head + 1
        while index < tokens.count, index - head <= 8, tokens[index].sentence == name.sentence {
            if Int(tokens[index].head) == head, tokens[index].relation == .appos, let gender = said(index) { return gender }
            index += 1
        }
        return nil
    }
}
