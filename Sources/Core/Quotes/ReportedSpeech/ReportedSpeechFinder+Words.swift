/// What one token is, as the frame readers ask it: a participle, a past form, a passive, a modal.
extension ReportedSpeechFinder {
    func isParticiple(_ verb: Int) -> Bool { context.document.endsWithIng(context.token(verb)) }

    /// "need", "agreed", "freed": an "-eed" ending is as often a noun's as a past tense's.
    func endsInDoubleE(_ index: Int) -> Bool {
        let end = Int(context.token(index).end)
        return end >= 3 && context.document.normalized[end - 3] == UInt8(ascii: "e")
    }

    /// An adjective of attitude by its form ("critical of", "passionate about", "dismissive of",
    /// "suspicious of"): the suffixes that make adjectives of disposition from nouns and verbs.
    /// "capable of", "full of" and "part of" have none of them.
    func isAttitudeAdjective(_ index: Int) -> Bool {
        let token = context.token(index)
        guard token.kind == .word, !token.flags.contains(.capitalized), token.end - token.start > 5 else { return false }
        let bytes = context.document.normalized
        let end = Int(token.end)
        func endsWith(_ suffix: StaticString) -> Bool {
            suffix.withUTF8Buffer { suffix in
                let count = suffix.count
                guard end - Int(token.start) > count else { return false }
                return (0..<count).allSatisfy { ASCII.lowercased(bytes[end - count + $0]) == suffix[$0] }
            }
        }
        // "-ment" makes nouns ("abandonment of").
        return endsWith("ical") || endsWith("ive") || endsWith("ous") || endsWith("ful") || endsWith("ate") || endsWith("ant")
            || endsWith("ent") && !endsWith("ment")
    }

    func isHyphen(_ index: Int) -> Bool {
        context.token(index).kind == .punctuation && context.byte(index) == UInt8(ascii: "-")
            && context.token(index).end - context.token(index).start == 1
    }

    /// Whether a verb carries tense or person ("said", "warns", "noting", "wrote"): after "and"
    /// a bare form is more often a noun or an adjective ("federal and state law").
    func isInflected(_ index: Int) -> Bool {
        let token = context.token(index)
        let last = context.document.normalized[Int(token.end) - 1]
        return last == UInt8(ascii: "d") || last == UInt8(ascii: "s") || isParticiple(index)
            || QuoteLexicon.irregularPasts.contains(context.words[index])
    }

    func isPastForm(_ index: Int) -> Bool {
        let token = context.token(index)
        let end = Int(token.end)
        let bytes = context.document.normalized
        return !token.flags.contains(.capitalized) && end - Int(token.start) > 3
            && bytes[end - 2] == UInt8(ascii: "e") && bytes[end - 1] == UInt8(ascii: "d")
    }

    /// "was told", "is said to": the grammatical subject is not the speaker.
    func isPassive(verb: Int, floor: Int) -> Bool {
        // "was later found", "had earlier been told": the parse's passive auxiliary, whatever stands between.
        if !isParticiple(verb),
            (max(floor, verb - 6)..<verb).contains(where: { Int(context.token($0).head) == verb && context.token($0).relation == .auxPass })
        {
            return true
        }
        var index = verb - 1
        while index >= floor, context.isWord(index), context.isLyAdverb(index) || context.words[index] == QuoteLexicon.not {
            index -= 1
        }
        guard index >= floor, context.isWord(index), QuoteLexicon.passiveAuxiliaries.contains(context.words[index]) else { return false }
        // "was saying" is active.
        return !isParticiple(verb)
    }

    /// Whether a modal governs the verb ("should release", "could not call"), past negation and adverbs.
    func isModalized(_ verb: Int, floor: Int) -> Bool {
        var index = verb - 1
        while index >= floor, context.isWord(index), context.words[index] == QuoteLexicon.not || context.isLyAdverb(index) { index -= 1 }
        return index >= floor && context.isWord(index) && QuoteLexicon.modals.contains(context.words[index])
    }

    /// A finite auxiliary after "and" that cannot be a second infinitive ("have" can: "to build
    /// homes and have them ready").
    func isFiniteAuxiliary(_ index: Int) -> Bool {
        QuoteLexicon.finiteAuxiliaries.contains(context.words[index]) && context.words[index] != QuoteLexicon.have
    }
}
