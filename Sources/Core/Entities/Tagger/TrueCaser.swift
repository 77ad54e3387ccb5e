/// Restores ordinary capitalisation to lines written in capitals ("CRICKET - LEICESTERSHIRE TAKE
/// OVER AT TOP", wire datelines), using how the same article writes each word elsewhere.
///
/// In capitals every word looks like a name; the tagger, trained on ordinary text, then guesses.
/// A word the body writes as "Leicestershire" is given that form, one it writes in lower case is
/// lowered, and a word never seen elsewhere keeps its capitals (acronyms, unseen names).
struct TrueCaser {
    /// For each word (by its lowercased hash): where the body writes it capitalised mid-sentence,
    /// and whether it also writes it in lower case. Keyed by the hash's own bits (`KeyMap`), as
    /// every word of the body is looked up or stored once.
    private var capitalized = KeyMap<Range<Int>>()
    private var lowercase = KeyMap<Bool>()
    /// Everyday words: in a title-case headline, one the body never capitalises is lowered too.
    private let commonWords: CommonWords?

    init(document: TextDocument, commonWords: CommonWords? = nil) {
        self.commonWords = commonWords
        // Only the words of the shouted lines (subheads included) are ever recased: the body is
        // read for those alone.
        var asked = KeyMap<Bool>()
        var bodySentences: [Sentence] = []
        for sentence in document.sentences {
            if Self.isShouted(sentence, document) {
                for token in document.tokens[sentence.tokens] where token.kind == .word { asked[token.key] = true }
            } else {
                bodySentences.append(sentence)
            }
        }
        for sentence in document.subheadSentences where Self.isShouted(sentence, document) {
            for token in document.tokens[sentence.tokens] where token.kind == .word { asked[token.key] = true }
        }
        document.normalized.withUnsafeBufferPointer { bytes in
            for sentence in bodySentences {
                for token in document.tokens[sentence.tokens] where token.kind == .word && asked[token.key] != nil {
                    let key = token.key
                    if token.flags.contains(.allCaps) {
                        // An acronym written in capitals in the body stays in capitals.
                        if capitalized[key] == nil { capitalized[key] = token.range }
                    } else if token.flags.contains(.capitalized) {
                        if !token.flags.contains(.sentenceInitial) && !token.flags.contains(.headline) { capitalized[key] = token.range }
                    } else {
                        lowercase[key] = true
                    }
                }
            }
        }
    }

    /// Most words in capitals ("CRICKET - LEICESTERSHIRE TAKE OVER"), or a headline in title case
    /// ("Wealthy Voters Abandon Republican Party"): lines whose capitals say nothing about names.
    static func isShouted(_ sentence: Sentence, _ document: TextDocument) -> Bool {
        var words = 0
        var capitals = 0
        var initials = 0
        for token in document.tokens[sentence.tokens] where token.kind == .word {
            words += 1
            if token.flags.contains(.allCaps) { capitals += 1 }
            if token.flags.contains(.capitalized) { initials += 1 }
        }
        guard words >= 2 else { return false }
        return capitals * 10 >= words * 7 || (sentence.paragraph == -1 && words >= 4 && initials * 10 >= words * 7)
    }

    /// The sentence, a shouted line (`isShouted`: no other is read for), re-cased into `scratch`,
    /// as tagger tokens over it.
    func recase(_ sentence: Sentence, in document: TextDocument, scratch: inout [UInt8], into tokens: inout [TaggerToken]) {
        scratch.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        var sawWord = false
        document.normalized.withUnsafeBufferPointer { bytes in
            for token in document.tokens[sentence.tokens] {
                if !scratch.isEmpty { scratch.append(0x20) }
                let start = scratch.count
                let key = token.key
                if token.kind == .word, token.flags.contains(.allCaps), let form = capitalized[key], form.count == token.range.count {
                    scratch.append(contentsOf: bytes[form])
                } else if token.kind == .word, token.flags.contains(.capitalized), capitalized[key] == nil,
                    lowercase[key] != nil || commonWords?.contains(key: token.key) == true
                {
                    for index in token.range {
                        let byte = bytes[index]
                        scratch.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    }
                } else {
                    scratch.append(contentsOf: bytes[token.range])
                }
                var flags = token.flags.subtracting([.capitalized, .allCaps, .sentenceInitial])
                var casing = TokenFlags.casing(of: scratch[start...])
                if !sawWord && casing.contains(.wordLike) {
                    flags.insert(.sentenceInitial)
                    sawWord = true
                }
                casing.remove(.wordLike)
                flags.formUnion(casing)
                tokens.append(TaggerToken(range: start..<scratch.count, flags: flags, key: key))
            }
        }
    }
}
