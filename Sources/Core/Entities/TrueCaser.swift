/// Restores ordinary capitalisation to lines written in capitals ("CRICKET - LEICESTERSHIRE TAKE
/// OVER AT TOP", wire datelines), using how the same article writes each word elsewhere.
///
/// In capitals every word looks like a name; the tagger, trained on ordinary text, then guesses.
/// A word the body writes as "Leicestershire" is given that form, one it writes in lower case is
/// lowered, and a word never seen elsewhere keeps its capitals (acronyms, unseen names).
struct TrueCaser {
    /// For each word (by its lowercased hash): where the body writes it capitalised mid-sentence,
    /// and whether it also writes it in lower case.
    private var capitalized: [UInt64: Range<Int>] = [:]
    private var lowercase: Set<UInt64> = []

    init(document: TextDocument) {
        document.normalized.withUnsafeBufferPointer { bytes in
            for sentence in document.sentences where !Self.isShouted(sentence, document) {
                for token in document.tokens[sentence.tokens] where token.kind == .word {
                    let key = WordList.key(bytes, token.range)
                    if token.flags.contains(.allCaps) {
                        // An acronym written in capitals in the body stays in capitals.
                        if capitalized[key] == nil { capitalized[key] = token.range }
                    } else if token.flags.contains(.capitalized) {
                        if !token.flags.contains(.sentenceInitial) && !token.flags.contains(.headline) { capitalized[key] = token.range }
                    } else {
                        lowercase.insert(key)
                    }
                }
            }
        }
    }

    /// Most words in capitals: a shouted line.
    static func isShouted(_ sentence: Sentence, _ document: TextDocument) -> Bool {
        var words = 0
        var capitals = 0
        for token in document.tokens[sentence.tokens] where token.kind == .word {
            words += 1
            if token.flags.contains(.allCaps) { capitals += 1 }
        }
        return words >= 2 && capitals * 10 >= words * 7
    }

    /// The sentence re-cased into `scratch`, as tagger tokens over it.
    func recase(_ sentence: Sentence, in document: TextDocument, scratch: inout [UInt8], into tokens: inout [TaggerToken]) {
        scratch.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        var sawWord = false
        document.normalized.withUnsafeBufferPointer { bytes in
            for token in document.tokens[sentence.tokens] {
                if !scratch.isEmpty { scratch.append(0x20) }
                let start = scratch.count
                let key = WordList.key(bytes, token.range)
                if token.kind == .word, token.flags.contains(.allCaps), let form = capitalized[key], form.count == token.range.count {
                    scratch.append(contentsOf: bytes[form])
                } else if token.kind == .word, token.flags.contains(.allCaps), lowercase.contains(key) {
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
                tokens.append(TaggerToken(range: start..<scratch.count, flags: flags))
            }
        }
    }
}
