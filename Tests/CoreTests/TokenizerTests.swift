import Testing

@testable import Core

@Suite struct TokenizerTests {
    @Test func wordsAndPunctuation() {
        #expect(tokenTexts("Hello, world! (Really?)") == ["Hello", ",", "world", "!", "(", "Really", "?", ")"])
    }

    @Test func innerHyphensStayInTheWord() {
        #expect(
            tokenTexts("the NATO-Russia build-up, pro- and anti-war") == [
                "the", "NATO-Russia", "build-up", ",", "pro", "-", "and", "anti-war",
            ])
    }

    /// "Saudi-led", "Texas-based", "U.S.-backed": a name before a compound's participle is a word
    /// of its own, and its hyphen joins rather than setting a clause apart; name parts after a
    /// hyphen and ordinary compounds stay whole.
    @Test func aNameBeforeAnAttributiveEndingIsAWordOfItsOwn() {
        #expect(
            tokenTexts("the Saudi-led, Texas-based and U.S.-backed Thatcher-style plan") == [
                "the", "Saudi", "-", "led", ",", "Texas", "-", "based", "and", "U.S.", "-", "backed", "Thatcher", "-", "style", "plan",
            ])
        #expect(!tokens("Saudi-led")[1].flags.contains(.dash))
        #expect(
            tokenTexts("Moon Jae-in at Stoke-on-Trent, a long-awaited Rolls-Royce") == [
                "Moon", "Jae-in", "at", "Stoke-on-Trent", ",", "a", "long-awaited", "Rolls-Royce",
            ])
    }

    @Test func innerApostrophesStayButPossessivesSplit() {
        #expect(
            tokenTexts("O’Brien rock'n'roll ma'am Moscow’s Paris's it’s") == [
                "O’Brien", "rock'n'roll", "ma'am", "Moscow", "’s", "Paris", "'s", "it", "’s",
            ])
        let possessive = tokens("Moscow’s")[1]
        #expect(possessive.kind == .word && possessive.flags.contains(.possessive))
    }

    /// Contractions split as the treebanks the parser learnt from write them: "do n't", "we 're".
    @Test func contractionsSplitOffTheirClitic() {
        #expect(
            tokenTexts("don’t can't WON'T we're they’ll I'm you've she'd isn’t") == [
                "do", "n’t", "ca", "n't", "WO", "N'T", "we", "'re", "they", "’ll", "I", "'m", "you", "'ve", "she", "'d", "is", "n’t",
            ])
        #expect(tokens("we're").allSatisfy { $0.kind == .word })
        #expect(tokenTexts("Cannot, she cannot. CANNOT cannon") == ["Can", "not", ",", "she", "can", "not", ".", "CAN", "NOT", "cannon"])
        #expect(tokens("CANNOT").allSatisfy { $0.flags.contains(.allCaps) })
        #expect(tokenTexts("O'Neill's rock'n'roll, d'Estaing") == ["O'Neill", "'s", "rock'n'roll", ",", "d'Estaing"])
    }

    /// A web or e-mail address or a handle is one token, without the punctuation after it, and
    /// flagged so that no name is read inside it; a bare domain and an "@" in prose stay as before.
    @Test func webAddressesAreOneToken() {
        #expect(
            tokenTexts("See https://example.org/a_b?c=1, www.Example.gov.uk/news. Or (mail press.desk@example.co.uk).") == [
                "See", "https://example.org/a_b?c=1", ",", "www.Example.gov.uk/news", ".", "Or", "(", "mail",
                "press.desk@example.co.uk", ")", ".",
            ])
        #expect(
            tokenTexts("Follow @Example_News or @x1 (see example.com/a).") == [
                "Follow", "@Example_News", "or", "@x1", "(", "see", "example", ".", "com", "/", "a", ")", ".",
            ])
        let address = tokens("Write to info@example.com today")[2]
        #expect(address.kind == .symbol && address.flags.contains(.webAddress))
        #expect(
            tokenTexts("U.S. e.g. Amazon.com 5 @ 3 me@ there") == ["U.S.", "e.g.", "Amazon", ".", "com", "5", "@", "3", "me", "@", "there"])
        #expect(!tokens("U.S. e.g. Amazon.com 5 @ 3").contains { $0.flags.contains(.webAddress) })
        // A host of three labels, and a mail domain after its "@" alone, are addresses.
        #expect(
            tokenTexts("Type intranet.example.com, or write @example.co.uk.") == [
                "Type", "intranet.example.com", ",", "or", "write", "@example.co.uk", ".",
            ])
        // An attachment's file name; a bare domain and an abbreviation stay as before.
        #expect(
            tokenTexts("Open Ann_Lee_cv.doc and minutes_2004.pdf. The U.S. site Example.com.") == [
                "Open", "Ann_Lee_cv.doc", "and", "minutes_2004.pdf", ".", "The", "U.S.", "site", "Example", ".", "com", ".",
            ])
        // A mail archive's elided local part; an ellipsis in prose stays punctuation.
        #expect(
            tokenTexts("Email: <julie...@example.net> Wait... then go.") == [
                "Email", ":", "<", "julie...@example.net", ">", "Wait", "...", "then", "go", ".",
            ])
    }

    @Test func abbreviatedDecadesKeepTheirApostrophe() {
        #expect(tokenTexts("the ’90s and '80s, ‘2020’") == ["the", "’90s", "and", "'80s", ",", "‘", "2020", "’"])
    }

    @Test func quoteMarksAreQuotesNotApostrophes() {
        let result = tokens("“Go,” she said. 'Now' \"then\" ‘x’ «y»")
        let quotes = result.filter { $0.kind == .quote }.map(\.text)
        #expect(quotes == ["“", "”", "'", "'", "\"", "\"", "‘", "’", "«", "»"])
        #expect(result[0].flags.contains(.openingQuote))
        #expect(result[3].flags.contains(.closingQuote))
    }

    @Test func numbers() {
        let result = tokens("1,000 troops, 3.5 per cent, 76% in 2016 and $1.13bn or £5")
        #expect(
            result.map(\.text) == [
                "1,000", "troops", ",", "3.5", "per", "cent", ",", "76", "%", "in", "2016", "and", "$", "1.13", "bn", "or", "£", "5",
            ])
        #expect(result.filter { $0.kind == .number }.map(\.text) == ["1,000", "3.5", "76", "2016", "1.13", "5"])
        #expect(result.filter { $0.kind == .symbol }.map(\.text) == ["%", "$", "£"])
    }

    @Test func digitsRunIntoOrdinalsDecadesAndCompounds() {
        #expect(
            tokenTexts("the 19th, the 1990s, a 10-year-old, G7 and COVID-19") == [
                "the", "19th", ",", "the", "1990s", ",", "a", "10-year-old", ",", "G7", "and", "COVID-19",
            ])
    }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(
            tokenTexts("Mr. Smith met Dr. Jones of Acme Inc. in the U.S. on Feb. 3, e.g. today.") == [
                "Mr.", "Smith", "met", "Dr.", "Jones", "of", "Acme", "Inc.", "in", "the", "U.S.", "on", "Feb.", "3", ",",
                "e.g.", "today", ".",
            ])
        #expect(tokens("U.S.").first?.flags.contains(.abbreviation) == true)
    }

    @Test func initialsKeepTheirPeriod() {
        #expect(tokenTexts("John F. Kennedy and J. K. Rowling") == ["John", "F.", "Kennedy", "and", "J.", "K.", "Rowling"])
    }

    @Test func numberAbbreviationOnlyBeforeDigits() {
        #expect(tokenTexts("No. 10 said no.") == ["No.", "10", "said", "no", "."])
    }

    @Test func dashesAndEllipses() {
        let result = tokens("border — although – then... and…")
        #expect(result.map(\.text) == ["border", "—", "although", "–", "then", "...", "and", "…"])
        #expect(result[1].flags.contains(.dash))
        #expect(result[5].flags.contains(.terminator) && result[7].flags.contains(.terminator))
    }

    @Test func capitalisationFlags() {
        let result = tokens("NATO Moscow said É")
        #expect(result[0].flags.contains(.allCaps) && result[0].flags.contains(.capitalized))
        #expect(result[1].flags.contains(.capitalized) && !result[1].flags.contains(.allCaps))
        #expect(result[2].flags.isEmpty)
        #expect(result[3].flags.contains(.capitalized))
    }

    @Test func nonASCIILettersCombiningMarksAndEmoji() {
        #expect(tokenTexts("Zürich café\u{301} naïve Straße") == ["Zürich", "café\u{301}", "naïve", "Straße"])
        #expect(tokenTexts("שלום עולם, مرحبا") == ["שלום", "עולם", ",", "مرحبا"])
        #expect(tokenTexts("ok 👍🏽 ❤\u{FE0F} yes") == ["ok", "👍", "🏽", "❤\u{FE0F}", "yes"])
        #expect(tokens("😀").first?.kind == .symbol)
    }

    @Test func fastScalarClassesAgreeWithUnicodeProperties() {
        let fastRanges: [ClosedRange<UInt32>] = [
            0x80...0xFF, 0x300...0x36F, 0x391...0x3C9, 0x400...0x45F, 0x5D0...0x5EA, 0x621...0x64A, 0x3041...0x30FA,
            0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x1F300...0x1F5FF, 0x1F680...0x1F6C5, 0x1F900...0x1F9FF,
        ]
        for range in fastRanges {
            for value in range where value != 0x2019 {
                let special: Set<UInt32> = [0xAB, 0xBB]
                guard !special.contains(value) else { continue }
                #expect(ScalarClassifier.classify(value) == ScalarClassifier.classifyByProperties(value), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func emptyAndSpaceOnlyInputs() {
        #expect(tokenTexts("").isEmpty)
        #expect(tokenTexts("   \n  ").isEmpty)
    }

    /// Stages look words up by the keys the tokenizer stores; they must be the keys the word
    /// lists were built with.
    @Test func tokensCarryTheKeysWordListsUse() {
        let text = Array("Don’t tell NATO’s Chief, he said: “I’m 75”.".utf8)
        let tokens = Tokenizer().tokens(text)
        text.withUnsafeBufferPointer { bytes in
            for token in tokens {
                #expect(token.key == WordList.key(bytes, token.range))
                #expect(token.foldedKey == QuoteLexicon.hash(bytes, token.range))
                #expect(token.foldedKey == ClaimHash.word(bytes, token.range))
            }
        }
        #expect(tokens.first?.key == WordList.key("do"))
        #expect(tokens[1].foldedKey == WordList.key("n't"))
        #expect(tokens[1].key == WordList.key("n’t"))
    }

    /// Most words are taken whole by the scan's fast path, which ends them at the first byte that
    /// cannot join or extend them; whatever byte follows, the word's keys and case flags are those
    /// of its bytes.
    @Test func wordsEndingAtEveryByteKeepTheirKeysAndFlags() {
        for word in ["Harbor", "HARBOR", "harbor", "B52", "x", "Zed9"] {
            for follower in 0x21..<0x7F as Range<UInt8> {
                let text = Array(word.utf8) + [follower, UInt8(ascii: " ")] + Array("Rest".utf8)
                let tokens = Tokenizer().tokens(text)
                text.withUnsafeBufferPointer { bytes in
                    for token in tokens {
                        #expect(token.key == WordList.key(bytes, token.range), "\(word) + \(follower)")
                        #expect(token.foldedKey == QuoteLexicon.hash(bytes, token.range), "\(word) + \(follower)")
                        guard token.kind == .word, let first = token.range.first else { continue }
                        #expect(token.flags.contains(.capitalized) == ASCII.isUpper(bytes[first]), "\(word) + \(follower)")
                        let letters = token.range.map { bytes[$0] }.filter(ASCII.isLetter)
                        let allCaps = !letters.isEmpty && letters.allSatisfy(ASCII.isUpper)
                        #expect(token.flags.contains(.allCaps) == allCaps, "\(word) + \(follower)")
                    }
                }
                #expect(tokens.first.map { Array(text[$0.range]).starts(with: Array(word.utf8)) } == true)
            }
        }
    }

    /// An apostrophe after a plural or a name in "s" is a possessive unless a single quotation
    /// is open in the paragraph: "Yukos' assets" must not cut a quotation or a claim in half.
    @Test func pluralPossessiveApostropheIsNotAQuoteMark() {
        for text in ["Yukos' assets were frozen.", "The Joneses’ house burned.", "Workers’ pay rose 3%."] {
            let bytes = Array(text.utf8)
            let tokens = Tokenizer().tokens(bytes)
            #expect(!tokens.contains { $0.kind == .quote }, "\(text)")
            #expect(tokens.contains { $0.flags.contains(.possessive) }, "\(text)")
        }
        // Inside an open single quotation the same mark may close it.
        let quoted = Array("He said 'we will beat the bosses' plan' today.".utf8)
        let marks = Tokenizer().tokens(quoted).filter { $0.kind == .quote }
        #expect(marks.count == 3)
        // At the end of a clause it still closes.
        let closing = Array("'Pay the workers' she said.".utf8)
        #expect(Tokenizer().tokens(closing).filter { $0.kind == .quote }.count == 2)
    }
}
