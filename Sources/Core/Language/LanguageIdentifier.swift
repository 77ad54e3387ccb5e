/// Names the language an article is written in, so text Lede cannot read is refused instead of
/// being analysed into nonsense.
///
/// Scripts that belong to one language (Han, Hangul, Greek, ...) decide on their own; Latin and
/// Cyrillic text is scored by naive Bayes over hashed letter bigrams and trigrams (`LetterGrams`)
/// against per-language profiles. It is deliberately conservative: short or mixed text, and text
/// whose best language beats English only narrowly, is English, because refusing an English
/// article costs the client more than analysing a foreign one.
public struct LanguageIdentifier: Sendable {
    /// Languages one profile can hold: a row is one 32-byte vector.
    public static let capacity = 32
    /// Int8 units per nat in the stored log-likelihoods.
    public static let scale: Float = 12
    /// Fewer letters than this say too little: the answer is English.
    static let minimumLetters = 20
    /// Latin-script text with fewer letters than this (a headline, a caption) is never refused.
    public var minimumLettersToRefuse = 40
    /// How far, in nats per gram, another language must beat English before English is given up.
    /// Names pull an English sentence thick with them ("Giorgia Meloni met Matteo Salvini at Palazzo
    /// Chigi") towards other languages even at a quarter weight: below 0.5 some such sentences were
    /// refused, while the held-out paragraphs of other languages stay above 99 % right (`lede eval
    /// language --margin` measures others).
    public var marginOverEnglish: Float = 0.5
    /// Enough letters to be sure; a long article is not read to its end.
    static let maximumLetters = 1000
    /// Once this far ahead (in nats) of the runner-up after 64 letters, reading stops early: the
    /// profile table is larger than a core's cache, so every gram read is a likely miss.
    static let decisiveMargin: Float = 20

    public let languages: [String]
    /// `LetterGrams.buckets` rows of `capacity` log-likelihoods, each row shifted so its best is 0.
    let weights: [Int8]
    private let english: Int?

    /// Without a profile: scripts only, and every Latin or Cyrillic text is taken for English.
    public init() {
        languages = []
        weights = []
        english = nil
    }

    public init(languages: [String], weights: [Int8]) throws(ModelError) {
        guard !languages.isEmpty, languages.count <= Self.capacity else {
            throw .mismatch("\(languages.count) languages; a profile holds 1 to \(Self.capacity)")
        }
        guard weights.count == LetterGrams.buckets * Self.capacity else {
            throw .mismatch("\(weights.count) weights for \(LetterGrams.buckets) rows of \(Self.capacity)")
        }
        self.languages = languages
        self.weights = weights
        english = languages.firstIndex(of: "en")
    }

    /// The ISO 639-1 code of the text's language ("en", "de", "zh"), or "und" for a script no
    /// language is known for.
    public func identify(_ text: String) -> String {
        var grams = LetterGrams()
        var scripts = InlineArray<11, Int>(repeating: 0)
        var features = 0
        let totals = weights.withUnsafeBufferPointer { table in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.capacity) { totals -> SIMD32<Int32> in
                guard let sums = totals.baseAddress else { return SIMD32() }
                sums.initialize(repeating: 0, count: Self.capacity)
                // An empty array may still hand out a pointer: without a profile, read no rows.
                let base = table.isEmpty ? nil : table.baseAddress
                var seen = 0
                for scalar in text.unicodeScalars {
                    let folded = LetterGrams.letter(scalar)
                    if let base { features += Self.add(grams.feed(folded), from: base, to: sums) }
                    guard let folded else { continue }
                    scripts[WritingSystem(letter: folded & ~LetterGrams.capital).rawValue] += 1
                    seen += 1
                    if seen & 31 == 0, seen >= 64,
                        seen >= Self.maximumLetters || (base != nil && Self.isDecisive(sums, count: languages.count))
                    {
                        break
                    }
                }
                if let base { features += Self.add(grams.finish(), from: base, to: sums) }
                var vector = SIMD32<Int32>()
                for index in 0..<Self.capacity { vector[index] = sums[index] }
                return vector
            }
        }
        return decide(scripts: scripts, totals: totals, features: features)
    }

    /// Adds the completed grams' rows; a capitalized word's count a quarter, since names say little
    /// of the language around them. Returns the grams added, in quarters. Plain loops over 32
    /// bytes, which the compiler turns into a few vector instructions.
    @inline(__always)
    private static func add(_ completed: LetterGrams.Completed, from table: UnsafePointer<Int8>, to sums: UnsafeMutablePointer<Int32>)
        -> Int
    {
        var added = 0
        if completed.bigram >= 0 { added += addRow(completed.bigram, capitalized: completed.capitalized, from: table, to: sums) }
        if completed.trigram >= 0 { added += addRow(completed.trigram, capitalized: completed.capitalized, from: table, to: sums) }
        return added
    }

    @inline(__always)
    private static func addRow(_ bucket: Int, capitalized: Bool, from table: UnsafePointer<Int8>, to sums: UnsafeMutablePointer<Int32>)
        -> Int
    {
        let row = table + bucket &* capacity
        if capitalized {
            for index in 0..<capacity { sums[index] &+= Int32(row[index]) &>> 2 }
            return 1
        }
        for index in 0..<capacity { sums[index] &+= Int32(row[index]) }
        return 4
    }

    /// - Parameter features: grams scored, in quarters (a capitalized word's gram is one quarter).
    private func decide(scripts: InlineArray<11, Int>, totals: SIMD32<Int32>, features: Int) -> String {
        var letters = 0
        var dominant = WritingSystem.latin
        for script in WritingSystem.allCases {
            letters += scripts[script.rawValue]
            if scripts[script.rawValue] > scripts[dominant.rawValue] { dominant = script }
        }
        // Too little, or no script in the majority (a table of names, a bilingual caption).
        guard letters >= Self.minimumLetters, scripts[dominant.rawValue] * 2 > letters else { return "en" }
        switch dominant {
        case .latin, .cyrillic:
            break
        case .han, .kana:
            // Japanese writes most words in Han characters, with kana between them.
            return scripts[WritingSystem.kana.rawValue] * 10 >= scripts[WritingSystem.han.rawValue] ? "ja" : "zh"
        default:
            return dominant.language ?? "und"
        }
        guard let english, !languages.isEmpty, features > 0 else { return dominant == .cyrillic ? "ru" : "en" }
        var best = 0
        for index in languages.indices where totals[index] > totals[best] { best = index }
        guard best != english else { return "en" }
        if dominant == .latin {
            guard letters >= minimumLettersToRefuse else { return "en" }
            let margin = Float(totals[best] - totals[english]) * 4 / (Self.scale * Float(features))
            guard margin >= marginOverEnglish else { return "en" }
        }
        return languages[best]
    }

    private static func isDecisive(_ totals: UnsafeMutablePointer<Int32>, count: Int) -> Bool {
        var first = Int32.min
        var second = Int32.min
        for index in 0..<count {
            let value = totals[index]
            if value > first {
                second = first
                first = value
            } else if value > second {
                second = value
            }
        }
        return Float(first &- second) >= decisiveMargin * scale
    }
}
