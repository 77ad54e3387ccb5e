/// News introduces organisations by acronym more than any other kind of name ("OSCE", "NLD",
/// "WBA"): an unknown capitalised acronym the tagger left untyped is taken as an organisation.
///
/// Only outside all-caps lines (where every word looks like an acronym), and never for words the
/// lexicon knows as something else or for Roman numerals and units.
struct AcronymRule: EntityRule {
    let gazetteer: Gazetteer?
    let commonWords: CommonWords?

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
                if commonWords?.contains(key: token.key) == true { continue }
                // "WOW": the parse reads an exclamation, not a name.
                if token.pos == .intj || token.relation == .discourse { continue }
                if let gazetteer, !gazetteer.categories(of: document.normalized[token.range]).isEmpty { continue }
                mentions.append(EntityMention(range: token.range, tokens: index..<(index + 1), type: .organization))
            }
        }
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
        "bf", "gf", "asmr", "dslr", "slr", "hd",
    ])
}
