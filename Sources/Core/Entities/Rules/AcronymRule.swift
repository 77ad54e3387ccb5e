/// News introduces organisations by acronym more than any other kind of name ("OSCE", "NLD",
/// "WBA"): an unknown capitalised acronym the tagger left untyped is taken as an organisation.
///
/// Only outside all-caps lines (where every word looks like an acronym), and never for words the
/// lexicon knows as something else or for Roman numerals and units.
struct AcronymRule: EntityRule {
    let gazetteer: Gazetteer?
    let commonWords: CommonWords?
    /// Words in capitals the document writes more than once.
    let repeated: Set<UInt64>

    init(gazetteer: Gazetteer?, commonWords: CommonWords?, document: TextDocument) {
        self.gazetteer = gazetteer
        self.commonWords = commonWords
        var seen = Set<UInt64>()
        var repeated = Set<UInt64>()
        for token in document.tokens where token.flags.contains(.allCaps) && token.kind == .word {
            if !seen.insert(token.key).inserted { repeated.insert(token.key) }
        }
        self.repeated = repeated
    }

    func apply(_ mentions: inout [EntityMention], in scope: RuleScope) {
        guard let sentence = scope.sentence else { return }
        let document = scope.document
        let labels = scope.labels
        let (words, capitals) = document.wordsAndCapitals(in: sentence)
        guard words >= 4, capitals * 2 < words else { return }
        document.normalized.withUnsafeBufferPointer { bytes in
            for (offset, label) in labels.enumerated() where label == .outside {
                let index = sentence.tokens.lowerBound + offset
                let token = document.tokens[index]
                guard token.kind == .word, token.flags.contains(.allCaps), (2...6).contains(token.range.count),
                    isAcronym(bytes, token.range)
                else { continue }
                if commonWords?.contains(key: token.key) == true || Self.isCreditGrade(index, document) { continue }
                // "WOW": the parse reads an exclamation, not a name.
                if token.pos == .intj || token.relation == .discourse { continue }
                // A known name of another kind stays that kind; a language is never written in
                // capitals ("HANO" is no Tewa dialect).
                if let gazetteer, !gazetteer.categories(of: document.normalized[token.range]).subtracting(.language).isEmpty {
                    continue
                }
                guard isIntroducedAsAName(index, document) else { continue }
                mentions.append(EntityMention(range: token.range, tokens: index..<(index + 1), type: .organization))
            }
        }
    }

    /// News writes a body's acronym as a name: with "the" or a possessive ("the OSCE", "his WBO
    /// title", "the July FOMC meeting"), as a subject or after a preposition, after its
    /// spelled-out name in brackets, or more than once.
    /// Chat and forums write their abbreviations bare and once ("cute AF", "played GTA").
    private func isIntroducedAsAName(_ index: Int, _ document: TextDocument) -> Bool {
        let tokens = document.tokens
        let token = tokens[index]
        if index > 0, tokens[index - 1].kind == .punctuation, document.normalized[tokens[index - 1].range.lowerBound] == UInt8(ascii: "(") {
            return true
        }
        // A phrase of its own, the subject or after a preposition, as a body is named: "BP shut
        // its refinery", "a quote from AIG".
        if [.obl, .nmod, .oblAgent, .nsubj].contains(token.relation) { return true }
        // The phrase the acronym heads, or the one it is a modifier of.
        let phraseHead = token.relation == .compound && token.head >= 0 ? Int(token.head) : index
        var position = index - 1
        while position >= 0, index - position <= 4, tokens[position].sentence == token.sentence {
            let word = tokens[position]
            if word.relation == .det || word.relation == .nmodPoss, Int(word.head) == index || Int(word.head) == phraseHead {
                return true
            }
            position -= 1
        }
        return repeated.contains(token.key)
    }

    /// Letters only (dots allowed, "U.N."), at least two letters, not a Roman numeral.
    private func isAcronym(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var letters = 0
        var roman = true
        for index in range {
            let byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A {
                letters += 1
                if !"IVXLCDM".utf8.contains(byte) { roman = false }
            } else if byte != UInt8(ascii: ".") && byte != UInt8(ascii: "&") {
                return false
            }
        }
        let key = WordList.key(bytes, range)
        return letters >= 2 && !roman && !Self.notNames.contains(key) && !Self.everydayAbbreviations.contains(key)
    }

    /// "a BB+ credit rating", "rates the bonds AA-", "cut to Baa2": a credit agency's grade, no
    /// organisation ("AA" alone may be one).
    static func isCreditGrade(_ index: Int, _ document: TextDocument) -> Bool {
        let token = document.tokens[index]
        guard token.kind == .word else { return false }
        if gradesWithNotch.contains(token.key) { return true }
        guard grades.contains(token.key), index + 1 < document.tokens.count else { return false }
        let next = document.tokens[index + 1]
        guard next.start == token.end, next.range.count == 1 else { return false }
        let sign = document.normalized[Int(next.start)]
        return sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-")
    }
    private static let grades = WordList(["aaa", "aa", "bbb", "bb", "ccc", "cc"])
    private static let gradesWithNotch = WordList(
        ["aa1", "aa2", "aa3", "baa1", "baa2", "baa3", "ba1", "ba2", "ba3", "caa1", "caa2", "caa3"])

    /// Capitalised abbreviations that are not organisations, time zones and eras among them.
    static let notNames = WordList([
        "am", "pm", "a.m.", "p.m.", "ok", "usd", "eur", "gbp", "jpy", "km", "kg", "mph", "id", "pc", "dna", "hiv", "aids",
        "ap", "ad", "bc", "ft", "vs", "mr", "mrs", "ms", "dr", "us", "uk", "u.s.", "u.k.", "eu", "ii", "iii", "iv", "jr",
        "sr", "st", "no", "i", "a",
        "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "aest", "bce", "ce",
    ])

    /// The everyday abbreviations of offices, computers and chat ("ASAP", "a PR disaster", "API",
    /// "LOL"), which name nothing wherever they stand: the tagger's mentions of them are dropped
    /// too (unlike "US", "OK" or "AP", which name a place or an agency as often as not).
    static let everydayAbbreviations = WordList([
        "tv", "ceo", "cfo", "coo", "cto", "cio", "vp", "svp", "evp", "hr", "pr", "qc", "gdp", "cpi", "vat", "ipo",
        "etf", "roi", "irr", "kpi", "rfp", "faq", "pdf", "url", "api", "ascii", "html", "http", "sql", "xml", "cpu", "usb",
        "dvd", "cd", "vhs", "gps", "mp3", "suv", "ufo", "atm", "pin", "sms", "vip", "iq", "lng", "lpg", "ngo", "phd", "mba",
        "asap", "fyi", "aka", "btw", "lol", "lmao", "omg", "imo", "imho", "diy", "tba", "tbd", "eta", "rsvp", "p.s.",
        "ps", "i.e.", "e.g.", "wtf", "wth", "omfg", "lmfao", "rofl", "smh", "tbh", "idk", "ikr", "ffs", "nsfw", "bff",
        "bf", "gf", "asmr", "dslr", "slr", "hd", "mp", "mps", "mep", "meps", "msp", "msps", "gp",
    ])
}
