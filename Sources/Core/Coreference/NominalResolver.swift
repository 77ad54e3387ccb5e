/// "the chancellor", "the secretary-general": a definite role noun refers to the person the
/// article gave that title, the most recently mentioned one if several share it.
struct NominalResolver {
    func resolve(_ clusters: inout [EntityClusterer.Cluster], in document: TextDocument) {
        var roleOwners: [UInt64: Int] = [:]
        document.normalized.withUnsafeBufferPointer { bytes in
            for (index, cluster) in clusters.enumerated() where cluster.type == .person {
                for title in cluster.titles {
                    for word in Self.words(bytes, title) where EntityLexicon.personTitles.contains(word) {
                        roleOwners[word] = roleOwners[word] == nil || roleOwners[word] == index ? index : -1
                    }
                }
            }
            guard !roleOwners.isEmpty else { return }
            var added: [(Int, EntityMention)] = []
            for index in 1..<max(1, document.tokens.count) {
                let token = document.tokens[index]
                guard token.kind == .word, !token.flags.contains(.capitalized), token.sentence >= 0,
                    WordList.key(bytes, document.tokens[index - 1].range) == Self.the
                else { continue }
                let key = WordList.key(bytes, token.range)
                guard let owner = roleOwners[key], owner >= 0 else { continue }
                let range = Int(document.tokens[index - 1].start)..<Int(token.end)
                added.append((owner, EntityMention(range: range, tokens: (index - 1)..<(index + 1), type: .person, kind: .nominal)))
            }
            for (owner, mention) in added { clusters[owner].mentions.append(mention) }
        }
    }

    private static let the = WordList.key("the")

    /// Word keys of a title phrase, hyphenated parts included ("Secretary-General" → secretary, general, secretary-general).
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt64] {
        var keys: [UInt64] = []
        var start = range.lowerBound
        var wordStart = range.lowerBound
        for index in range.lowerBound...range.upperBound {
            let end = index == range.upperBound || bytes[index] == 0x20
            let hyphen = !end && bytes[index] == UInt8(ascii: "-")
            if end || hyphen {
                if index > start { keys.append(WordList.key(bytes, start..<index)) }
                start = index + 1
            }
            if end {
                if index > wordStart { keys.append(WordList.key(bytes, wordStart..<index)) }
                wordStart = index + 1
            }
        }
        return keys
    }
}
