/// Cuts a paragraph of normalised text into words, numbers, punctuation, symbols and quote marks.
///
/// Decisions a tagger would otherwise redo are made here, once, from the neighbouring bytes:
/// whether an apostrophe is inside a word ("don’t"), a possessive ("Moscow’s") or a quote mark;
/// whether a period belongs to an abbreviation ("Mr.", "U.S.") or ends a sentence; whether a
/// hyphen joins ("NATO-Russia") or stands alone. One pass, no backtracking beyond a few bytes.
struct Tokenizer: Sendable {
    /// The tables of the scan, taken from the statics once per tokenizer rather than once per
    /// paragraph (each read of a static checks its one-time set-up).
    private let asciiClasses = Tokenizer.asciiClasses
    private let wordByteCases = Tokenizer.wordByteCases
    private let lowercasedWordBytes = Tokenizer.lowercasedWordBytes

    /// Appends the tokens of `range` (which must start and end on scalar boundaries) to `tokens`.
    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout [Token]) {
        // Token offsets are 32-bit: checked here, once, so that no token needs to check its own.
        precondition(range.upperBound <= Int(Int32.max), "text too long for 32-bit token offsets")
        asciiClasses.withUnsafeBufferPointer { ascii in
            wordByteCases.withUnsafeBufferPointer { wordBytes in
                lowercasedWordBytes.withUnsafeBufferPointer { lowercased in
                    withUnsafeTemporaryAllocation(of: Token.self, capacity: TokenBatch.capacity) { buffer in
                        var batch = TokenBatch(buffer: buffer)
                        let scanner = Scanner(
                            bytes: bytes, ascii: ascii, wordBytes: wordBytes, lowercasedWordBytes: lowercased, limit: range.upperBound)
                        scanner.run(from: range.lowerBound, into: &batch, flushingInto: &tokens)
                        batch.flush(into: &tokens)
                    }
                }
            }
        }
    }

    /// Tokens of a whole byte array; for tests and tools.
    func tokens(_ text: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        text.withUnsafeBufferPointer { tokenize($0, 0..<text.count, into: &tokens) }
        return tokens
    }

    private static let asciiClasses = ScalarClassifier.asciiClasses

    /// For each byte, what it adds to a word's cases (`Scanner.letterCases`): `upperCase` or
    /// `lowerCase` for an ASCII letter, `digit` for a digit, 0 for any other byte. One load a byte
    /// instead of two range tests.
    private static let wordByteCases: [UInt8] = (0..<256).map { code in
        let byte = UInt8(code)
        if ASCII.isUpper(byte) { return Scanner.upperCase }
        if byte &- UInt8(ascii: "a") < 26 { return Scanner.lowerCase }
        return ASCII.isDigit(byte) ? Scanner.digit : 0
    }

    /// For each byte, the byte as a word's key hashes it (`Scanner.asciiRun`): an ASCII letter
    /// lower-cased, a digit as it is; 0 for a byte that ends the run. The run's loop then needs
    /// one load a byte for both its test and its hash.
    private static let lowercasedWordBytes: [UInt8] = (0..<256).map { code in
        let byte = UInt8(code)
        return ASCII.isLetter(byte) || ASCII.isDigit(byte) ? ASCII.lowercased(byte) : 0
    }

    /// Abbreviations that keep their period and never end a sentence: titles before names, months
    /// before days. Ordinary words ("art", "fig") stay out, since "He loves art." must end.
    static let nameAbbreviations = WordKey.set([
        "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
        "cmdr", "adm", "maj", "cpl", "pvt", "st", "mt", "ft", "pres", "rev", "hon", "supt", "insp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "vs", "v", "approx", "dept", "univ", "assn", "bros", "messrs", "vol", "cf", "ca",
        // Titles of several people ("Sens. Jane Roe, John Doe and …").
        "sens", "reps", "govs", "drs", "profs",
    ])

    static let monthAbbreviations = WordKey.set([
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    /// The last parts of "Saudi-led", "Texas-born", "Obama-era"… that are not participles in "-ed".
    static let attributiveEndings = WordKey.set([
        "led", "born", "bred", "run", "made", "built", "grown", "era", "style", "type", "like", "wide", "bound",
        "speaking", "friendly", "sized",
    ])

    /// "No." and "Rs." before a number ("No. 10", "Rs. 500"); constants, so that no key is built
    /// from a string per word.
    static let numberAbbreviation = WordKey("no")
    static let rupeesAbbreviation = WordKey("rs")

    /// Abbreviations that keep their period but often end a sentence as well.
    static let closingAbbreviations = WordKey.set([
        "etc", "inc", "ltd", "corp", "co", "jr", "sr", "plc", "llc", "al", "ave", "blvd", "rd",
    ])

    /// A token as the scanner finds it, before its start and keys are added: small enough to be
    /// returned in registers rather than through memory.
    private struct Piece {
        var end: Int
        var kind: TokenKind
        var flags: TokenFlags = []
        /// The key of an ASCII word when the scan computed it, else 0 (a key that is really 0 is
        /// then computed again, to the same value). Not optional, so that the piece fits in registers.
        var key: UInt64 = 0
    }

    /// Where the scanner puts its tokens: a small buffer, copied to the array whenever it is full
    /// and at the end. An append to the array itself asks each time whether the array is shared
    /// and has room; an append here only whether the buffer is full.
    private struct TokenBatch {
        /// As many tokens as fit in 1 KB, the most that `withUnsafeTemporaryAllocation` keeps on
        /// the stack without asking the system how much stack is left.
        static let capacity = 1024 / MemoryLayout<Token>.stride

        let buffer: UnsafeMutableBufferPointer<Token>
        private(set) var count = 0

        init(buffer: UnsafeMutableBufferPointer<Token>) { self.buffer = buffer }

        @inline(__always)
        mutating func append(_ token: Token, flushingInto tokens: inout [Token]) {
            if count == buffer.count { flush(into: &tokens) }
            buffer.initializeElement(at: count, to: token)
            count += 1
        }

        /// The token appended last, while it is still in the buffer (`count > 0`).
        var last: Token {
            get { buffer[count - 1] }
            nonmutating set { buffer[count - 1] = newValue }
        }

        /// Moves the buffered tokens to the end of `tokens` (a token is plain data: nothing to deinitialise).
        mutating func flush(into tokens: inout [Token]) {
            tokens.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
            count = 0
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let ascii: UnsafeBufferPointer<CharacterClass>
        /// `Tokenizer.wordByteCases`.
        let wordBytes: UnsafeBufferPointer<UInt8>
        /// `Tokenizer.lowercasedWordBytes`.
        let lowercasedWordBytes: UnsafeBufferPointer<UInt8>
        let limit: Int

        @inline(__always)
        func classAt(_ index: Int) -> (CharacterClass, Int) {
            let byte = bytes[index]
            if byte < 0x80 { return (ascii[Int(byte)], 1) }
            let (value, length) = ScalarClassifier.decode(bytes, at: index)
            return (ScalarClassifier.classify(value), length)
        }

        @inline(__always)
        func classAfter(_ index: Int) -> CharacterClass? {
            index < limit ? classAt(index).0 : nil
        }

        @inline(__always)
        func byte(_ index: Int) -> UInt8 { index < limit ? bytes[index] : 0 }

        func run(from start: Int, into batch: inout TokenBatch, flushingInto tokens: inout [Token]) {
            var index = start
            // Where the previous token of this paragraph ended, to tell attached marks from free ones.
            var previousEnd = -1
            var previousKind: TokenKind? = nil
            // Single quotation marks opened and not yet closed in this paragraph: while one is
            // open, an apostrophe after "s" may close it; otherwise it is a plural possessive.
            var openSingles = 0
            while index < limit {
                if bytes[index] == TextLines.space {
                    index += 1
                    continue
                }
                // Most tokens are ASCII words that end at a space or at punctuation that cannot
                // join or extend them: taken whole here, without the general word scan.
                var letterRun: LetterRun? = nil
                if wordBytes[Int(bytes[index])] & (Self.upperCase | Self.lowerCase) != 0 {
                    let run = asciiRun(from: index)
                    let next = byte(run.end)
                    // "https://…", "www.…", "name@…", "name...@…" (a local part elided, as mail
                    // archives print it), "name_cv.doc": an address or a file's name is one token.
                    if next == UInt8(ascii: ":") || next == UInt8(ascii: "@") || next == UInt8(ascii: "_")
                        || (next == UInt8(ascii: ".")
                            && (wordBytes[Int(byte(run.end + 1))] != 0 || byte(run.end + 1) == UInt8(ascii: "."))),
                        let end = WebAddress.end(bytes, from: index, limit: limit)
                    {
                        batch.append(
                            Token(start: index, end: end, kind: .symbol, flags: .webAddress, keysFrom: bytes), flushingInto: &tokens)
                        (index, previousEnd, previousKind) = (end, end, .symbol)
                        continue
                    }
                    if next < 0x80 && !ScalarClassifier.joinsWords(next) && next != UInt8(ascii: ".") {
                        // A word that starts in lower case has its cases settled; one in capitals
                        // is all capitals unless a lower-case letter follows, usually the next byte.
                        let firstIsUpper = ASCII.isUpper(bytes[index])
                        let flags = Self.wordFlags(
                            firstIsUpper: firstIsUpper, allCaps: firstIsUpper && !hasLowercase(index + 1..<run.end))
                        if run.end - index == 6, isCannot(at: index) {
                            appendCannot(at: index, flags: flags, into: &batch, flushingInto: &tokens)
                        } else {
                            batch.append(
                                Token(start: index, end: run.end, kind: .word, flags: flags, asciiKey: run.key), flushingInto: &tokens)
                        }
                        previousEnd = run.end
                        previousKind = .word
                        // The space after the word, if that is what ends it, is passed over at once.
                        index = next == TextLines.space ? run.end + 1 : run.end
                        continue
                    }
                    if next == UInt8(ascii: ".") {
                        // A word before a period, most often a sentence's last: the same cases, and
                        // an abbreviation takes the period in ("Mr.", "U.S."), as `word` would find.
                        let firstIsUpper = ASCII.isUpper(bytes[index])
                        var flags = Self.wordFlags(
                            firstIsUpper: firstIsUpper, allCaps: firstIsUpper && !hasLowercase(index + 1..<run.end))
                        let end = abbreviationEnd(word: index..<run.end, flags: &flags)
                        // The run's key holds the letters alone, not a period taken in.
                        if end == run.end, end - index == 6, isCannot(at: index) {
                            appendCannot(at: index, flags: flags, into: &batch, flushingInto: &tokens)
                        } else {
                            let token =
                                end == run.end
                                ? Token(start: index, end: end, kind: .word, flags: flags, asciiKey: run.key)
                                : Token(start: index, end: end, kind: .word, flags: flags, keysFrom: bytes)
                            batch.append(token, flushingInto: &tokens)
                        }
                        index = end
                        previousEnd = end
                        previousKind = .word
                        continue
                    }
                    letterRun = run
                }
                let (characterClass, length) = classAt(index)
                let piece: Piece
                switch characterClass {
                case .space, .newline, .format:
                    index += length
                    continue
                case .mark where previousEnd == index && batch.count > 0:
                    // A combining mark or variation selector after a symbol belongs to it (the
                    // symbol, appended just before, is still in the batch).
                    batch.last.end = Int32(truncatingIfNeeded: index + length)
                    batch.last.setKeys(bytes)
                    index += length
                    previousEnd = index
                    continue
                case .upper, .lower, .caselessLetter, .mark:
                    piece = word(from: index, run: letterRun ?? asciiRun(from: index))
                case .digit:
                    piece = number(from: index)
                case .apostrophe:
                    if previousEnd == index, previousKind == .word || previousKind == .number,
                        isPossessiveS(at: index + length)
                    {
                        piece = Piece(end: index + length + 1, kind: .word, flags: .possessive)
                    } else if previousEnd == index, previousKind == .word, let end = cliticEnd(after: index + length) {
                        // "we're", "they'll", "I'm": the verb is a word of its own.
                        piece = Piece(end: end, kind: .word)
                    } else if openSingles == 0, previousEnd == index, previousKind == .word, endsInS(before: index),
                        isFollowedByWord(index + length)
                    {
                        // "the Joneses’ house", "Yukos' assets": a plural possessive, not a closing quote.
                        piece = Piece(end: index + length, kind: .word, flags: .possessive)
                    } else if previousEnd != index, let end = abbreviatedDecadeEnd(from: index + length) {
                        // "’90s": the apostrophe stands for the century, not a quotation.
                        piece = Piece(end: end, kind: .word)
                    } else {
                        piece = quote(from: index, length: length, attached: previousEnd == index)
                    }
                case .quote:
                    piece = quote(from: index, length: length, attached: previousEnd == index)
                case .period:
                    var end = index + 1
                    while end < limit && bytes[end] == UInt8(ascii: ".") { end += 1 }
                    piece = Piece(end: end, kind: .punctuation, flags: .terminator)
                case .terminator, .ellipsis:
                    piece = Piece(end: index + length, kind: .punctuation, flags: .terminator)
                case .hyphen
                where previousEnd == index && previousKind == .word && length == 1
                    && byte(index + 1) != UInt8(ascii: "-") && (classAfter(index + 1)?.isLetter ?? false):
                    // The hyphen of "Saudi-led" or "U.S.-based", which a word ended before: it
                    // joins, it does not set a clause apart as a dash does.
                    piece = Piece(end: index + 1, kind: .punctuation)
                case .hyphen:
                    var end = index + length
                    while end < limit && bytes[end] == UInt8(ascii: "-") { end += 1 }
                    piece = Piece(end: end, kind: .punctuation, flags: .dash)
                case .dash:
                    piece = Piece(end: index + length, kind: .punctuation, flags: .dash)
                case .openBracket:
                    piece = Piece(end: index + length, kind: .punctuation, flags: .openingBracket)
                case .closeBracket:
                    piece = Piece(end: index + length, kind: .punctuation, flags: .closingBracket)
                case .punctuation:
                    piece = Piece(end: index + length, kind: .punctuation)
                case .symbol:
                    if bytes[index] == UInt8(ascii: "@"), previousEnd != index,
                        let end = WebAddress.handleEnd(bytes, at: index, limit: limit)
                            ?? WebAddress.domainAfterAt(bytes, at: index, limit: limit)
                    {
                        piece = Piece(end: end, kind: .symbol, flags: .webAddress)
                    } else {
                        piece = Piece(end: index + length, kind: .symbol)
                    }
                }
                if piece.kind == .quote, isSingleMark(index) {
                    if piece.flags.contains(.openingQuote) {
                        openSingles += 1
                    } else if openSingles > 0 {
                        openSingles -= 1
                    }
                }
                // Hashed now, while its bytes are at hand, rather than in a pass of its own.
                if piece.key != 0 {
                    batch.append(
                        Token(start: index, end: piece.end, kind: piece.kind, flags: piece.flags, asciiKey: piece.key),
                        flushingInto: &tokens)
                } else {
                    batch.append(
                        Token(start: index, end: piece.end, kind: piece.kind, flags: piece.flags, keysFrom: bytes), flushingInto: &tokens)
                }
                index = piece.end
                previousEnd = index
                previousKind = piece.kind
            }
        }

        /// Whether the six letters at `index` spell "cannot", in any case.
        @inline(__always)
        func isCannot(at index: Int) -> Bool {
            var folded: UInt64 = 0
            for offset in 0..<6 { folded = folded << 8 | UInt64(bytes[index + offset] | 0x20) }
            return folded == 0x63_61_6E_6E_6F_74
        }

        /// "cannot" as the two words the treebanks write ("can", "not"), as "can't" is "ca" and
        /// "n't": read whole, the taggers meet a word they never learnt and lose the sentence's verb.
        func appendCannot(at index: Int, flags: TokenFlags, into batch: inout TokenBatch, flushingInto tokens: inout [Token]) {
            batch.append(Token(start: index, end: index + 3, kind: .word, flags: flags, keysFrom: bytes), flushingInto: &tokens)
            batch.append(
                Token(start: index + 3, end: index + 6, kind: .word, flags: flags.intersection(.allCaps), keysFrom: bytes),
                flushingInto: &tokens)
        }

        /// Whether `index` holds an "s" that ends a word, completing a possessive "’s".
        @inline(__always)
        func isPossessiveS(at index: Int) -> Bool {
            guard index < limit, bytes[index] | 0x20 == UInt8(ascii: "s") else { return false }
            guard let after = classAfter(index + 1) else { return true }
            return !after.isWordCharacter && after != .hyphen
        }

        /// The end of a verb clitic after an apostrophe ("re", "ve", "ll", "d", "m") that ends
        /// the word, or nil.
        func cliticEnd(after index: Int) -> Int? {
            let first = byte(index) | 0x20
            let second = byte(index + 1) | 0x20
            let length: Int
            switch (first, second) {
            case (UInt8(ascii: "r"), UInt8(ascii: "e")), (UInt8(ascii: "v"), UInt8(ascii: "e")), (UInt8(ascii: "l"), UInt8(ascii: "l")):
                length = 2
            case (UInt8(ascii: "d"), _), (UInt8(ascii: "m"), _): length = 1
            default: return nil
            }
            if let after = classAfter(index + length), after.isWordCharacter || after == .apostrophe { return nil }
            return index + length
        }

        /// Whether "n't" ending the word starts at `index`.
        func isNegationClitic(at index: Int) -> Bool {
            guard byte(index) | 0x20 == UInt8(ascii: "n"), classAfter(index + 1) == .apostrophe else { return false }
            let apostrophe = classAt(index + 1).1
            guard byte(index + 1 + apostrophe) | 0x20 == UInt8(ascii: "t") else { return false }
            guard let after = classAfter(index + 2 + apostrophe) else { return true }
            return !after.isWordCharacter && after != .apostrophe
        }

        /// Whether the word that ends at `index` ends in "s" or "S".
        func endsInS(before index: Int) -> Bool { index > 0 && bytes[index - 1] | 0x20 == UInt8(ascii: "s") }

        /// Whether one space and then a letter or digit follow `index`: a word, not punctuation or a line end.
        func isFollowedByWord(_ index: Int) -> Bool {
            guard index + 1 < limit, bytes[index] == UInt8(ascii: " ") else { return false }
            guard let next = classAfter(index + 1) else { return false }
            return next.isWordCharacter
        }

        /// A single quotation mark: ' ‘ ’ ‚ ‹ ›.
        func isSingleMark(_ index: Int) -> Bool {
            if bytes[index] == UInt8(ascii: "'") { return true }
            let (value, _) = ScalarClassifier.decode(bytes, at: index)
            return value == 0x2018 || value == 0x2019 || value == 0x201A || value == 0x2039 || value == 0x203A
        }

        /// The end of "90s" or "90" (two digits, an optional "s", then no more word characters).
        func abbreviatedDecadeEnd(from index: Int) -> Int? {
            guard ASCII.isDigit(byte(index)), ASCII.isDigit(byte(index + 1)) else { return nil }
            var end = index + 2
            if byte(end) == UInt8(ascii: "s") { end += 1 }
            if let after = classAfter(end), after.isWordCharacter { return nil }
            return end
        }

        func quote(from index: Int, length: Int, attached: Bool) -> Piece {
            let flags: TokenFlags
            switch bytes[index] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                // A straight quote touching the previous token closes; otherwise it opens.
                flags = attached ? .closingQuote : .openingQuote
            default:
                let (value, _) = ScalarClassifier.decode(bytes, at: index)
                switch value {
                case 0x201D, 0x2019, 0xBB, 0x203A: flags = .closingQuote
                default: flags = .openingQuote
                }
            }
            return Piece(end: index + length, kind: .quote, flags: flags)
        }

        /// A word: letters, digits and marks, joined by inner hyphens and apostrophes, plus its
        /// period when it is an abbreviation.
        /// `run` is `asciiRun(from: start)`: the token's key (`Token.keys`), hashed as its letters
        /// were read; good while every byte read is an ASCII letter or digit, as in most words.
        func word(from start: Int, run: LetterRun) -> Piece {
            let firstByte = bytes[start]
            let firstIsUpper = firstByte < 0x80 ? ASCII.isUpper(firstByte) : classAt(start).0 == .upper
            var index = run.end
            // Where the last run of ASCII letters and digits ended: the cases of the ASCII letters
            // are read up to there at the end (see `letterCases`), those of others as they come.
            var scanned = run.end
            var cases: UInt8 = 0
            var keyed = true
            // An ASCII byte other than a hyphen or an apostrophe ends the word (letters and digits
            // are in the run): most words end here, without a class lookup.
            scan: while index < limit && (bytes[index] >= 0x80 || ScalarClassifier.joinsWords(bytes[index])) {
                let (characterClass, length) = classAt(index)
                switch characterClass {
                case .upper: cases |= Self.upperCase
                case .lower: cases |= Self.lowerCase
                case .caselessLetter, .digit, .mark: break
                case .hyphen:
                    guard let next = classAfter(index + length), next.isWordCharacter else { break scan }
                    if firstIsUpper, isAttributiveEnding(from: index + length) { break scan }
                case .apostrophe:
                    let next = index + length
                    guard let following = classAfter(next), following.isLetter else { break scan }
                    if isPossessiveS(at: next) || cliticEnd(after: next) != nil { break scan }
                    // "don't" is "do" and "n't", as the treebanks the parser learnt from write it.
                    if index - 1 > start, isNegationClitic(at: index - 1) {
                        index -= 1
                        keyed = false
                        break scan
                    }
                default:
                    break scan
                }
                keyed = false
                index = asciiRun(from: index + length).end
                scanned = index
            }
            cases |= letterCases(start..<scanned)
            var flags = Self.wordFlags(firstIsUpper: firstIsUpper, allCaps: cases == Self.upperCase)
            let end = index < limit && bytes[index] == UInt8(ascii: ".") ? abbreviationEnd(word: start..<index, flags: &flags) : index
            return Piece(end: end, kind: .word, flags: flags, key: keyed && end == index ? run.key : 0)
        }

        /// Whether the letters at `start` are the last part of a compound such as "Saudi-led",
        /// "London-based", "Obama-era" or "Thatcher-style", whose first part is a name: the name is
        /// a word of its own, as the treebanks the parser learnt from write it and as a reader
        /// marks it. A lower-case participle in "-ed" or one of a few words that make such
        /// compounds, ending the word; name parts after a hyphen ("Jae-in", "Stoke-on-Trent")
        /// stay joined.
        func isAttributiveEnding(from start: Int) -> Bool {
            var end = start
            while end < limit, ASCII.isLower(bytes[end]) { end += 1 }
            guard end > start, end - start <= 12, !(classAfter(end)?.isWordCharacter ?? false), byte(end) != UInt8(ascii: "-")
            else { return false }
            if end - start >= 4, bytes[end - 2] == UInt8(ascii: "e"), bytes[end - 1] == UInt8(ascii: "d") { return true }
            guard let key = WordKey(bytes, start..<end) else { return false }
            return Tokenizer.attributiveEndings.contains(key)
        }

        /// What `asciiRun` finds: where the run ends and its key.
        typealias LetterRun = (end: Int, key: UInt64)

        static let upperCase: UInt8 = 1
        static let lowerCase: UInt8 = 2
        static let digit: UInt8 = 4

        /// `allCaps`: the word has letters and none is lower case.
        @inline(__always)
        static func wordFlags(firstIsUpper: Bool, allCaps: Bool) -> TokenFlags {
            var flags: TokenFlags = []
            if firstIsUpper { flags.insert(.capitalized) }
            if allCaps { flags.insert(.allCaps) }
            return flags
        }

        /// The run of ASCII letters and digits at `start`, most of every word: where it ends and
        /// its key. Inlined into the main loop's fast path: its loop keeps its state in registers,
        /// and a word saves a call. The cases of its letters are left to those who need them
        /// (`hasLowercase`, `letterCases`): most words start in lower case, which settles them.
        @inline(__always)
        func asciiRun(from start: Int) -> LetterRun {
            var index = start
            var key = Token.keySeed
            while index < limit {
                let byte = lowercasedWordBytes[Int(bytes[index])]
                guard byte != 0 else { break }
                key = (key ^ UInt64(byte)) &* Token.keyPrime
                index += 1
            }
            return (index, key)
        }

        /// Whether `range` holds an ASCII lower-case letter; stops at the first.
        @inline(__always)
        func hasLowercase(_ range: Range<Int>) -> Bool {
            var index = range.lowerBound
            while index < range.upperBound {
                if bytes[index] &- UInt8(ascii: "a") < 26 { return true }
                index += 1
            }
            return false
        }

        /// Which cases (`upperCase`, `lowerCase`) the ASCII letters of `range` have; other bytes add none.
        func letterCases(_ range: Range<Int>) -> UInt8 {
            var cases: UInt8 = 0
            for index in range { cases |= wordBytes[Int(bytes[index])] }
            return cases & (Self.upperCase | Self.lowerCase)
        }

        /// Where the token ends once an abbreviation's period (or "U.S."-style periods) is taken in.
        func abbreviationEnd(word: Range<Int>, flags: inout TokenFlags) -> Int {
            let dot = UInt8(ascii: ".")
            guard byte(word.upperBound) == dot else { return word.upperBound }
            // Letter-period runs: "U.S.", "e.g.", "a.m.", "Ph.D.".
            if word.count <= 2 {
                var end = word.upperBound
                while end + 2 < limit, bytes[end] == dot, ASCII.isLetter(bytes[end + 1]), bytes[end + 2] == dot {
                    end += 2
                }
                if end > word.upperBound {
                    flags.formUnion([.abbreviation, .mayEndSentence])
                    return end + 1
                }
            }
            let afterDot = word.upperBound + 1
            // Initials: "John F. Kennedy", "J. K. Rowling" ("I." is a sentence's last word more often).
            if word.count == 1, flags.contains(.capitalized), bytes[word.lowerBound] != UInt8(ascii: "I"),
                byte(afterDot) == TextLines.space, ASCII.isUpper(byte(afterDot + 1))
            {
                flags.insert(.abbreviation)
                return afterDot
            }
            guard let key = WordKey(bytes, word) else { return word.upperBound }
            if key == Tokenizer.numberAbbreviation || key == Tokenizer.rupeesAbbreviation {
                // "No. 10", but "the answer was no."
                guard byte(afterDot) == TextLines.space, ASCII.isDigit(byte(afterDot + 1)) else { return word.upperBound }
                flags.insert(.abbreviation)
                return afterDot
            }
            // A month in capitals not followed by a day is an acronym ending its sentence ("… go
            // to the DEC."), where "JAN. 5" is still the date.
            if flags.contains(.allCaps), Tokenizer.monthAbbreviations.contains(key),
                !(byte(afterDot) == TextLines.space && ASCII.isDigit(byte(afterDot + 1)))
            {
                return word.upperBound
            }
            if Tokenizer.nameAbbreviations.contains(key) {
                flags.insert(.abbreviation)
                return afterDot
            }
            if Tokenizer.closingAbbreviations.contains(key) {
                flags.formUnion([.abbreviation, .mayEndSentence])
                return afterDot
            }
            return word.upperBound
        }

        /// A number ("76", "1,000", "3.5"); digits run on into a word for "19th", "1990s", "10-year".
        func number(from start: Int) -> Piece {
            var index = start
            while index < limit && ASCII.isDigit(bytes[index]) { index += 1 }
            var separated = false
            while index + 1 < limit, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "."),
                ASCII.isDigit(bytes[index + 1])
            {
                separated = true
                index += 1
                while index < limit && ASCII.isDigit(bytes[index]) { index += 1 }
            }
            if !separated, let next = classAfter(index) {
                let joinsWord =
                    next.isWordCharacter
                    ? hasOrdinalSuffix(at: index)
                    : next == .hyphen && (classAfter(index + 1)?.isLetter ?? false)
                if joinsWord { return word(from: start, run: asciiRun(from: start)) }
            }
            return Piece(end: index, kind: .number)
        }

        /// "st", "nd", "rd", "th" or "s" closing a word that starts with digits.
        func hasOrdinalSuffix(at index: Int) -> Bool {
            var end = index
            while end < limit && end - index < 3 && ASCII.isLetter(bytes[end]) { end += 1 }
            if let after = classAfter(end), after.isWordCharacter { return false }
            switch end - index {
            case 1: return bytes[index] | 0x20 == UInt8(ascii: "s")
            case 2:
                let pair = (bytes[index] | 0x20, bytes[index + 1] | 0x20)
                switch pair {
                case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
                    (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
                    return true
                default: return false
                }
            default: return false
            }
        }
    }
}
