/// The closed word classes the quote sieves test tokens against, as 64-bit hashes of the lower-cased
/// bytes, so a sieve asks "is this token a reporting verb?" with one precomputed integer and a set
/// lookup instead of building a `String` per token.
enum QuoteLexicon {
    /// The longest content clause the reported-speech rules build, in tokens. Real clauses are far
    /// shorter; the bound keeps output linear when a "sentence" runs on for thousands of cues.
    static let maximumClauseTokens = 100

    /// A word's folded hash (`FoldedWord`), as tokens carry it in `foldedKey`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        FoldedWord.hash(bytes, range)
    }

    static func hash(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { hash($0, 0..<bytes.count) }
    }

    static func set(_ words: [String]) -> HashTable<UInt32> { HashTable(keys: words.map(hash)) }

    /// Every inflection of a regular verb from its base; irregular forms are listed separately.
    private static func inflect(_ bases: [String]) -> [String] {
        bases.flatMap { base -> [String] in
            let stem = base.hasSuffix("e") ? String(base.dropLast()) : base
            let third: String
            let past: String
            if base.hasSuffix("y"), let last = base.dropLast().last, !"aeiou".contains(last) {
                third = base.dropLast() + "ies"
                past = base.dropLast() + "ied"
            } else if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
                third = base + "es"
                past = base + "ed"
            } else {
                third = base + "s"
                past = base.hasSuffix("e") ? base + "d" : base + "ed"
            }
            return [base, third, past, stem + "ing"]
        }
    }

    /// Verbs that introduce reported speech with a content clause ("X warned that …").
    static let reportingVerbWords: [String] =
        inflect([
            "add", "warn", "insist", "claim", "argue", "deny", "accuse", "promise", "urge", "announce",
            "acknowledge", "confirm", "believe", "state", "explain", "note", "report", "suggest", "predict",
            "declare", "assert", "contend", "maintain", "admit", "concede", "allege", "complain", "stress",
            "emphasize", "emphasise", "testify", "vow", "pledge", "reveal", "indicate", "estimate", "recall",
            "agree", "conclude", "observe", "respond", "reply", "counter", "tweet", "caution", "repeat",
            "reiterate", "boast", "joke", "ask", "wonder", "assure", "insinuate", "threaten", "propose",
            "recommend", "demand", "signal", "acknowledge", "disclose", "remark", "speculate",
            "contend", "complain", "lament", "brag", "mention", "hint", "predict", "fear", "answer",
            "inform", "notify", "remind", "advise", "dispute", "comment", "retort", "mutter", "concur", "charge",
        ]) + [
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote",
            "writing", "think", "thinks", "thought", "find", "finds", "found", "show", "shows", "showed",
            "shown", "swear", "swore", "sworn", "forecast", "forecasts", "admitted", "admitting",
            "regretted", "quipped", "quips", "quip", "quipping",
        ]
    static let reportingVerbs: HashTable<UInt32> = set(reportingVerbWords)

    /// Verbs of stance and evaluation whose object is what the subject is reported to hold
    /// ("called for steep tariffs", "criticized the plan"): attributions when a named or
    /// pronoun subject performs them.
    static let stanceVerbs: HashTable<UInt32> = set(
        inflect([
            "call", "cite", "attack", "criticize", "criticise", "want", "support", "expect", "question", "describe",
            "discuss", "plan", "decline", "reject", "endorse", "praise", "mock", "defend", "refuse", "decide",
            "promote", "back", "hope", "welcome", "blame", "condemn", "slam", "blast", "dismiss", "oppose",
            "favor", "favour", "propose", "embrace", "tout", "highlight", "demand", "consider", "doubt", "worry",
            "recognize", "accept", "challenge", "laud", "applaud", "hail", "denounce", "decry", "lambaste",
            "ridicule", "chide", "scold", "rebuke", "fault", "credit", "thank", "outline", "detail", "unveil",
            "release", "publish", "push", "champion", "advocate", "rate", "rule", "echo", "reference", "raise",
            "address", "regard", "view", "suspect", "assume", "imply", "rail", "bemoan", "dislike", "criticize",
            "pledge", "offer", "vow", "insist", "acknowledge", "admit", "concede", "deny", "dispute", "mention",
            "announce", "predict", "seek", "like", "love", "hate", "fear", "trust", "distrust", "target",
            "portray", "resist", "herald", "encourage", "ignore", "chastise", "yell", "unearth",
            "brag", "remind", "talk", "answer", "oppose", "stress", "emphasize", "lament", "celebrate",
            "acclaim", "denigrate", "disparage", "belittle", "insult", "threaten", "warn", "urge", "ask",
            "request", "recommend", "suggest", "argue", "claim", "allege", "concede", "affirm", "reaffirm",
            "point", "compare",
        ]) + [
            "spoke", "speak", "speaks", "speaking", "spoken", "thought", "felt", "feel", "feels", "feeling", "sought", "know", "knows",
            "knew", "known", "knowing",
            "understand", "understands", "understood", "understanding", "forecast", "forecasts",
        ])

    /// Stance verbs that are acts, wishes or states rather than speech: with a bare object they
    /// report what someone did or wants ("embracing internet trading", "released a report",
    /// "wants a wall"), so they make a quote only with a clausal or quoted complement.
    static let actStanceVerbs: HashTable<UInt32> = set(
        inflect([
            "want", "plan", "support", "show", "find", "release", "publish", "refuse", "consider", "seek", "rate",
            "rule", "raise", "embrace", "like", "love", "hate", "decide", "decline", "promote", "back", "welcome",
            "favor", "favour", "tout", "highlight", "recognize", "accept", "credit", "thank", "outline", "detail",
            "unveil", "push", "champion", "reference", "address", "regard", "view", "suspect", "assume", "unearth", "target", "portray",
            "resist", "herald", "encourage", "ignore", "remind", "celebrate", "offer",
            "expect", "hope", "fear", "trust", "distrust", "compare", "echo", "speak", "talk", "answer", "ask", "recall",
        ]) + [
            "spoke", "spoken", "thought", "felt", "feel", "feels", "feeling", "sought", "know", "knows", "knew", "known",
            "knowing", "understand", "understands", "understood", "understanding", "found", "shown",
        ])

    /// Verbs of belief and expectation: their holder's view follows as a bare clause as often as
    /// after "that" ("Some believe the plan will fail"), so they need no "that" when the clause
    /// opens with its own subject.
    static let cognitionVerbs: HashTable<UInt32> = set(
        inflect([
            "believe", "hope", "expect", "fear", "doubt", "worry", "suspect", "assume", "agree", "disagree", "predict", "guess", "reckon",
            "figure",
        ])
            + ["think", "thinks", "thought", "know", "knows", "knew", "understand", "understands", "understood", "feel", "feels", "felt"])

    /// Adjectives of attitude that report what a holder thinks when a copula links them to a
    /// named or pronoun subject ("X is convinced that …", "they were worried about …"): the
    /// stance is the holder's, exactly like a cognition verb's.
    static let attitudeAdjectives: HashTable<UInt32> = set([
        "concerned", "confident", "convinced", "sure", "worried", "certain", "optimistic", "hopeful",
        "skeptical", "sceptical", "adamant", "afraid", "unsure", "fearful", "doubtful", "pessimistic",
        "insistent", "aware",
    ])

    /// Copulas that link an attitude adjective to its holder; "came away convinced" and "grew
    /// worried" report a state just as "was convinced" does.
    static let copulas: HashTable<UInt32> = set([
        "is", "are", "was", "were", "am", "'m", "'re", "'s", "be", "been", "being", "remain", "remains",
        "remained", "seem", "seems", "seemed", "feel", "feels", "felt", "grew", "became", "become", "away",
        "appear", "appears", "appeared",
    ])

    /// Degree words between a copula and an attitude adjective ("not too concerned", "increasingly worried").
    static let degreeWords: HashTable<UInt32> = set([
        "not", "n't", "too", "very", "so", "quite", "more", "less", "all", "also", "still", "now", "deeply", "as",
    ])

    /// Nouns naming something a holder said or holds ("X's claim that …", "the warning by X
    /// that …"): with a holder and a content clause they attribute like the verb they come from.
    static let claimNouns: HashTable<UInt32> = set([
        "claim", "claims", "statement", "statements", "assertion", "assertions", "argument", "arguments",
        "allegation", "allegations", "accusation", "accusations", "suggestion", "suggestions", "warning",
        "warnings", "promise", "promises", "pledge", "pledges", "insistence", "belief", "beliefs", "view",
        "views", "position", "contention", "assurance", "assurances", "assessment", "prediction",
        "predictions", "acknowledgment", "acknowledgement", "admission", "denial", "threat", "threats",
        "vow", "comments", "comment", "remarks", "criticism", "attacks", "attack", "charge", "charges",
        "complaint", "complaints", "fear", "fears", "hope", "hopes", "concern", "concerns", "demand",
        "demands", "call", "calls", "proposal", "proposals", "conclusion", "opinion", "questions", "doubts",
        "misgivings", "reservations", "skepticism", "optimism", "confidence",
    ])

    /// Nouns for one who holds a stance on what follows "of" ("a critic of", "a supporter of").
    static let stanceHolderNouns: HashTable<UInt32> = set([
        "critic", "critics", "supporter", "supporters", "opponent", "opponents", "proponent", "proponents",
        "advocate", "advocates", "defender", "defenders", "champion", "champions", "skeptic", "skeptics",
        "admirer", "admirers", "fan", "fans", "foe", "foes", "backer", "backers", "detractor", "detractors",
    ])

    /// Light verbs whose subject holds the claim noun after them ("X expressed concern that …",
    /// "X raised questions about …", "X issued a warning that …").
    static let lightVerbs: HashTable<UInt32> = set(
        inflect(["express", "voice", "raise", "issue", "offer", "repeat", "reiterate", "renew", "air", "share"])
            + ["made", "make", "makes", "making", "gave", "give", "gives", "giving"])

    /// Nouns of a made point: "X made (it) clear that …", "X made the case that …".
    static let madePointWords: HashTable<UInt32> = set(["clear", "case", "point", "argument", "plain"])
    static let makeForms: HashTable<UInt32> = set(["make", "makes", "made", "making"])

    /// Passive verbs whose grammatical subject is what is reported about, by an unnamed source:
    /// "X was accused of …", "X has been criticised for …", "X is expected to …".
    static let passiveReportVerbs: HashTable<UInt32> = set([
        "accused", "criticized", "criticised", "blamed", "expected", "alleged", "rumored", "rumoured",
        "reported", "believed", "thought", "suspected", "quoted", "charged", "condemned", "faulted",
        "praised", "credited", "said",
    ])

    /// Passive verbs of "it was reported that …": an impersonal report whose content is the clause.
    static let impersonalReportVerbs: HashTable<UInt32> = set([
        "reported", "announced", "alleged", "said", "claimed", "believed", "thought", "rumored", "rumoured",
        "understood", "expected", "feared", "estimated", "learned", "confirmed", "revealed", "suggested",
    ])
    static let by: UInt64 = hash("by")
    static let of: UInt64 = hash("of")
    static let `for`: UInt64 = hash("for")
    static let about: UInt64 = hash("about")
    static let against: UInt64 = hash("against")
    static let asked: UInt64 = hash("asked")
    static let `if`: UInt64 = hash("if")
    static let out: UInt64 = hash("out")
    static let on: UInt64 = hash("on")
    static let away: UInt64 = hash("away")
    static let clear: UInt64 = hash("clear")
    static let plain: UInt64 = hash("plain")
    static let from: UInt64 = hash("from")
    static let quoted: UInt64 = hash("quoted")
    static let told: UInt64 = hash("told")
    static let compared: UInt64 = hash("compared")
    /// "up from 13,400", "down from", and "against 12 last year", "versus 3%".
    static let directions: HashTable<UInt32> = set(["up", "down"])
    static let comparisonPrepositions: HashTable<UInt32> = set(["against", "versus", "vs"])
    static let condition: UInt64 = hash("condition")
    static let be: UInt64 = hash("be")
    static let have: UInt64 = hash("have")
    static let identifiedWords: HashTable<UInt32> = set(["identified", "named", "quoted"])
    static let with: UInt64 = hash("with")
    /// Frequency adverbs inside a passive ("have sometimes been accused").
    static let frequencyWords: HashTable<UInt32> = set([
        "sometimes", "often", "frequently", "repeatedly", "long", "also", "widely", "previously", "not", "first",
    ])
    static let `as`: UInt64 = hash("as")
    static let saying: UInt64 = hash("saying")
    /// Words that start a clause's subject right after "that", telling a content clause
    /// ("the claim that he lied") from a relative one ("the claims that were made").
    static let articleLike: HashTable<UInt32> = set([
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "some", "many", "most", "no", "there", "it",
        "he", "she", "they", "we", "i", "you",
    ])
    /// Determiners that point back to something already said ("such concerns", "this view").
    static let anaphoricDeterminers: HashTable<UInt32> = set(["such", "this", "these", "that", "those"])
    static let possessivePronouns: HashTable<UInt32> = set(["his", "her", "their", "its", "our", "my"])
    static let reflexivePronouns: HashTable<UInt32> = set([
        "himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves",
    ])

    /// Bare verb forms that are usually something else in news text (nouns, adverbs, prepositions).
    static let ambiguousBaseForms: HashTable<UInt32> = set([
        "back", "rule", "view", "address", "detail", "release", "target", "push", "echo", "rate", "raise",
        "point", "like", "record", "need", "concern", "answer", "talk", "credit", "champion", "blast", "slam",
        "welcome", "trust", "reference", "charge", "spoke", "state",
    ])

    /// Particles between a stance verb and its object ("called for", "spoke out against").
    static let objectParticles: HashTable<UInt32> = set([
        "for", "about", "on", "out", "against", "up", "to", "as", "over", "at", "with", "into", "off", "of",
    ])

    /// Verbs that attribute a direct quotation even when they take no content clause
    /// ("“…,” she laughed"): the reporting verbs plus verbs of manner of speaking.
    static let quoteVerbs: HashTable<UInt32> = set(
        reportingVerbWords
            + inflect([
                "continue", "laugh", "shout", "yell", "exclaim", "whisper", "cry", "scream", "snap", "sigh",
                "chant", "muse", "recount", "begin", "interject", "plead", "implore", "post",
            ]) + ["began", "begun", "posted", "read", "reads", "put", "puts", "sing", "sings", "sang", "sung", "singing"])

    /// Verbs after which the next noun phrase is the addressee, not the start of the content
    /// ("told reporters he would …").
    static let addresseeVerbs: HashTable<UInt32> = set(
        inflect(["warn", "urge", "assure", "inform", "notify", "remind", "advise", "ask", "promise", "accuse"])
            + ["tell", "tells", "told", "telling"])

    /// Words between a subject and its verb that do not break the subject–verb link.
    static let auxiliaries: HashTable<UInt32> = set([
        "also", "has", "have", "had", "would", "will", "could", "may", "might", "did", "does", "do", "not",
        "never", "then", "often", "once", "again", "just", "already", "still", "further", "even", "first",
        "later", "since", "too", "both", "all", "always", "long", "had", "was", "is", "were", "are", "n't",
        "has", "can", "should", "must", "shall", "soon", "now", "ever",
    ])

    /// Finite verbs that show a content clause has already begun, so a later "that" is inside it.
    static let finiteAuxiliaries: HashTable<UInt32> = set([
        "is", "are", "was", "were", "has", "have", "had", "would", "will", "could", "can", "should", "may",
        "might", "must", "does", "did", "'s", "'re", "'ve", "'ll", "'d",
    ])

    /// Modals: the verb after one is what someone should, could or will do, not what they did.
    static let modals: HashTable<UInt32> = set(["should", "must", "would", "could", "might", "may", "can", "will", "shall", "'d", "'ll"])

    /// Past forms of reporting verbs that end in neither "d" nor "s".
    static let irregularPasts: HashTable<UInt32> = set(["wrote", "thought", "swore", "forecast", "quipped"])

    static let passiveAuxiliaries: HashTable<UInt32> = set(["was", "were", "is", "are", "be", "been", "being", "get", "got"])

    /// Words that stop a backward walk over a descriptive subject ("a senior official").
    static let clauseWords: HashTable<UInt32> = set([
        "and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "when", "where", "while",
        "as", "because", "if", "although", "though", "so", "than", "after", "before", "since", "until",
        "unless", "whether", "what", "how", "why", "to", "it", "is", "was", "were", "are", "be", "been",
        "has", "have", "had", "in", "on", "at", "by", "from", "with", "into", "during", "about",
        "against", "over", "under", "between", "through", "without", "also", "not", "would", "will",
        "could", "can", "may", "might", "should", "did", "do", "does", "then", "there", "here", "this",
        "these", "those",
    ])

    /// Words that cannot stand right before a reporting verb used as a verb ("his claims",
    /// "the promise", "to say"): they make it a noun or an infinitive.
    static let nounMarkers: HashTable<UInt32> = set([
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
        "those", "no", "any", "some", "every", "such", "to", "of", "new", "false", "unfounded", "many",
        "baseless", "repeated", "these", "whose", "other", "recent", "earlier", "previous", "same",
    ])

    static let determiners: HashTable<UInt32> = set([
        "the", "a", "an", "my", "your", "some", "many", "several", "two", "three", "four", "most", "one", "other",
        "another", "few", "his", "her", "their", "its", "our",
    ])

    /// Lower-case particles inside personal names.
    static let nameParticles: HashTable<UInt32> = set([
        "von", "van", "der", "den", "de", "la", "le", "du", "di", "da", "del", "bin", "al", "ter", "dos", "das",
    ])

    /// Verbs that are speech only with a "that" clause; without one they are mostly actions
    /// ("proposing more talks", "demands including …", "showed no sign").
    static let thatOnlyVerbs: HashTable<UInt32> = set(
        inflect([
            "propose", "demand", "recommend", "signal", "indicate", "estimate", "agree", "hint", "recall",
            "mention", "fear", "disclose", "speculate", "reveal", "concede", "observe", "conclude", "believe",
            "repeat", "reiterate", "dispute", "remind", "advise", "notify", "inform", "admit", "note", "report",
            "acknowledge", "confirm", "announce", "assure", "complain", "joke", "boast", "brag", "lament", "answer",
            "respond", "reply", "counter", "tweet", "caution", "stress", "emphasize", "emphasise", "testify",
            "charge", "promise", "pledge", "vow", "threaten",
        ]) + ["think", "thinks", "thought", "find", "finds", "found", "show", "shows", "showed", "shown", "write", "writes", "wrote"])

    static let openingConjunctions: HashTable<UInt32> = set(["but", "and", "so", "yet", "still", "meanwhile", "however", "now", "then"])
    static let relativePronouns: HashTable<UInt32> = set(["who", "which", "that"])
    static let and: UInt64 = hash("and")
    /// Words that open an adverbial clause, ending a stance verb's object.
    /// Conjunctions that open the writer's scene beside a report ("…, officials said, as crews dug");
    /// "while" more often goes on with the speaker's contrast ("…, he said, while costs have climbed …").
    static let sceneOpeners: HashTable<UInt32> = set(["as", "amid"])
    /// Words that round the number after them ("about 300", "nearly 40").
    /// Two words that round the number after them ("at least 300", "up to 40", "more than 12"),
    /// by their words' hashes combined as `first &* 31 &+ second`.
    static let roundingPairs = HashTable<UInt32>(
        keys: [("at", "least"), ("at", "most"), ("up", "to"), ("more", "than"), ("fewer", "than"), ("less", "than")].map {
            hash($0.0) &* 31 &+ hash($0.1)
        })
    static let articles: HashTable<UInt32> = set(["a", "an", "the"])
    /// Verbs of saying that also count ("shares added 2%", "conceded four goals", "the storm
    /// claimed 30 lives"): with a number for object they report nothing.
    static let countingSenseVerbs: HashTable<UInt32> = set(inflect(["add", "concede", "claim"]))
    /// Words that limit a count ("only four", "just 2%", "another 300").
    static let countLimiters: HashTable<UInt32> = set(["only", "just", "another", "a", "further"])

    /// Whether the words of `range` open with a number, after at most two words that round or
    /// limit it ("only four", "about 300").
    static func opensWithCount(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var first = range.lowerBound
        while first < range.upperBound, first - range.lowerBound < 2, tokens[first].kind == .word,
            approximators.contains(tokens[first].foldedKey) || countLimiters.contains(tokens[first].foldedKey)
        {
            first += 1
        }
        return first < range.upperBound && (tokens[first].kind == .number || tokens[first].pos == .num)
    }
    static let approximators: HashTable<UInt32> = set([
        "about", "around", "nearly", "almost", "over", "roughly", "approximately", "some",
    ])
    static let subordinators: HashTable<UInt32> = set([
        "while", "as", "because", "after", "before", "until", "since", "when", "if", "although", "though",
        "whereas", "so", "unless", "during", "amid", "despite",
    ])
    static let it: UInt64 = hash("it")
    static let so: UInt64 = hash("so")
    /// The words of the writer's set phrases around a verb of saying ("it is worth noting",
    /// "having said that", "that said").
    static let worth: UInt64 = hash("worth")
    static let without: UInt64 = hash("without")
    static let whose: UInt64 = hash("whose")
    static let goWords: HashTable<UInt32> = set(["go", "goes", "went"])
    static let having: UInt64 = hash("having")
    static let demonstratives: HashTable<UInt32> = set(["that", "this"])
    static let he: UInt64 = hash("he")
    static let the: UInt64 = hash("the")
    static let negations: HashTable<UInt32> = set(["not", "n't", "never"])
    static let she: UInt64 = hash("she")
    static let but: UInt64 = hash("but")
    static let which: UInt64 = hash("which")
    static let what: UInt64 = hash("what")
    static let much: UInt64 = hash("much")
    /// Common irregular past tenses of lexical verbs that are not also present forms ("met",
    /// "took", not "put"): after ", which" they narrate what happened next ("which was" describes).
    static let irregularPastTenses: HashTable<UInt32> = set([
        "met", "went", "came", "took", "made", "gave", "led", "left", "won", "lost", "sent", "began", "brought",
        "held", "told", "said", "saw", "became", "ran", "fell", "rose", "paid", "kept", "found", "thought",
        "struck", "spent", "sold", "built", "drew", "drove", "grew", "knew", "meant", "felt", "stood", "sought",
        "taught", "caught", "bought", "fought", "wrote", "spoke", "broke", "chose", "forced", "got", "heard",
    ])
    static let including: UInt64 = hash("including")
    /// Words before a participle cue whose subject is the sentence's ("while saying", "by saying").
    static let participleLinks: HashTable<UInt32> = set(["while", "when", "after", "before", "by", "without", "also", "then", "and"])

    static let personPronouns: HashTable<UInt32> = set(["he", "she"])
    /// Possessives that are never a clause's subject ("her" and "his" can be pronouns).
    static let possessiveDeterminers: HashTable<UInt32> = set(["its", "their", "our", "my", "your"])
    /// Noun compounds whose first word is a verb of saying ("think tank", "talk show"), by the
    /// pair's key (first &* 31 &+ second, as `roundingPairs`).
    static let cueCompounds = HashTable<UInt32>(
        keys: [("think", "tank"), ("think", "tanks"), ("talk", "show"), ("talk", "shows"), ("call", "centre"), ("call", "center")]
            .map { hash($0.0) &* 31 &+ hash($0.1) })
    static let they = hash("they")
    static let police = hash("police")
    static let otherPronouns: HashTable<UInt32> = set(["they", "i", "we", "it", "you"])
    static let relativeWho: UInt64 = hash("who")
    static let that: UInt64 = hash("that")
    static let according: UInt64 = hash("according")
    /// "As per the complaint, …": South Asian and African English for "according to".
    static let per: UInt64 = hash("per")

    /// Every word that can start a reported-speech frame by itself (`ReportedSpeechFinder.frames`
    /// tests each token against all of these): one lookup tells that most tokens start none.
    static let frameTriggers: HashTable<UInt32> = HashTable(
        keys: [
            reportingVerbs, stanceVerbs, attitudeAdjectives, stanceHolderNouns, madePointWords, claimNouns,
            passiveReportVerbs, impersonalReportVerbs,
        ].flatMap(\.allKeys) + [according, what, which, `as`, asked, heard])
    /// "The court heard that …", "…, an inquest has heard": what is told to a hearing is reported,
    /// by someone the sentence does not name; anyone else who "heard" something reports nothing.
    static let heard: UInt64 = hash("heard")
    static let hearings: HashTable<UInt32> = set([
        "court", "inquest", "jury", "tribunal", "hearing", "inquiry", "trial", "committee", "panel",
    ])
    static let to: UInt64 = hash("to")
    static let a: UInt64 = hash("a")
    static let an: UInt64 = hash("an")
    /// What introduces someone the article does not name: "a nurse", "one resident", "another".
    static let introducingDeterminers: HashTable<UInt32> = set(["a", "an", "one", "another"])
    /// Words for one member of a group when they stand alone: "One said …", "Another added …".
    static let oneOfGroup: HashTable<UInt32> = set(["one", "another"])
    /// Participles that name the noun before them when a name follows: "a group called
    /// Lashkar-e-Taiba", "a stream named Miracle Run".
    static let namingParticiples: HashTable<UInt32> = set(["called", "named", "dubbed", "nicknamed", "titled", "entitled"])
    static let called: UInt64 = hash("called")
    /// "called into a radio show", "called in to the programme": phoning, not saying.
    static let phoningParticles: HashTable<UInt32> = set(["into", "in"])
    static let not: UInt64 = hash("not")
    /// Function words that can nonetheless open a content clause ("said there was", "asked if").
    static let clauseOpeners: HashTable<UInt32> = set([
        "to", "there", "this", "these", "those", "if", "whether", "it", "what", "how", "why", "when", "where",
    ])

    /// Words that join a second clause and end a reported content clause ("…, but warned …").
    static let clauseBreaks: HashTable<UInt32> = set(["but", "while", "whereas", "although", "though"])
    /// "so many … that", "such a mess that": degrees whose "that" opens a result.
    static let degreeOpeners: HashTable<UInt32> = set(["so", "such"])

    /// Time and place adverbials between a reporting verb and its clause ("said on Saturday he …").
    static let timeWords: HashTable<UInt32> = set([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "earlier", "later", "recently", "last", "this", "next", "week", "month",
        "year", "night", "morning", "afternoon", "evening", "weekend", "on", "in", "at", "during",
        "previously", "again", "also", "repeatedly", "publicly", "privately", "separately", "then",
        "first", "once", "often", "afterward", "afterwards", "ago", "days", "weeks", "months",
    ])

    /// Words that open an adverbial clause after a stance verb's object ("… while in Ohio",
    /// "… because it costs too much"); "as" is left out, since "described X as Y" keeps it.
    static let because: UInt64 = hash("because")
    static let objectBreaks: HashTable<UInt32> = set([
        "while", "because", "although", "though", "whereas", "unless", "amid", "despite", "during", "since",
        "until",
    ])

    /// Subordinators of time and purpose that, opening a clause of their own, end an object or a
    /// content clause ("… when he ran", "… after hackers targeted", "… so he could").
    static let adverbialSubordinators: HashTable<UInt32> = set(["when", "after", "before", "as", "so", "once", "whenever"])

    /// Words after a comma that end a stance verb's object: a relative clause or an adverbial
    /// comment on it ("…, which …", "…, even though …", "…, not that …").
    static let objectCommaBreaks: HashTable<UInt32> = set([
        "which", "who", "whom", "where", "while", "because", "although", "though", "whereas", "even", "not",
        "as", "so", "but", "when", "if", "unless", "despite", "amid",
    ])

    /// Verbs that only say, whose prepositional phrase is where, when or to whom ("said on the
    /// call", "wrote in a blog post"), unlike "spoke of", "warned against", "called for".
    static let plainSayingVerbs: HashTable<UInt32> = set(
        inflect(["add", "state", "explain", "tweet", "post", "remark", "announce"]) + [
            "say", "says", "said", "saying", "write", "writes", "wrote", "writing", "written",
        ])

    /// "for two hours", "for several days": how long ("for a day of action" is what is called for).
    static let durationCounts: HashTable<UInt32> = set([
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "few",
    ])
    static let durationUnits: HashTable<UInt32> = set([
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year",
        "years", "decade", "decades",
    ])

    /// Prepositions that open a time or venue adjunct after an object or clause.
    static let adjunctPrepositions: HashTable<UInt32> = set(["in", "on", "at", "during", "since", "via", "through"])

    /// Time words that need a time noun after them to make a time phrase ("this week", not "this country").
    static let timeModifiers: HashTable<UInt32> = set(["this", "last", "next", "earlier", "later"])

    /// Verbs that lend their subject to an infinitive of saying ("appeared to suggest", "continued
    /// to insist"), so the speaker stands before them rather than before the cue.
    static let raisingVerbs: HashTable<UInt32> = set(inflect(["appear", "seem", "continue", "tend"]))

    /// Nouns for where or how something was said: "in a statement", "during an interview".
    static let mediumNouns: HashTable<UInt32> = set([
        "statement", "statements", "interview", "interviews", "speech", "speeches", "tweet", "tweets", "email",
        "emails", "letter", "ruling", "post", "posts", "remarks", "appearance", "op-ed", "video", "conference",
        "briefing", "memo", "filing", "broadcast", "podcast", "press", "editorial", "column", "diatribe",
        "testimony", "article", "op-ed", "blog",
    ])

    /// Nouns for whoever speaks on a name's behalf: "the Trump campaign said", "a BaFin
    /// spokeswoman said", "Marca's headline said" report what the named one says.
    static let mouthpieces: HashTable<UInt32> = set([
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "campaign", "office",
        "statement", "headline", "website", "release", "representative", "representatives",
    ])

    /// Documents whose author is named with them ("a study from Symantec showed", "figures by
    /// the statistics office suggest", "the GOP's complaint says"): the author is who speaks.
    /// What something is done by rather than who said it: "awarded as per norms", "went
    /// according to plan".
    static let conformityNouns: HashTable<UInt32> = set([
        "norms", "norm", "rules", "rule", "plan", "plans", "schedule", "schedules", "timetable", "timetables",
        "procedure", "procedures", "guidelines", "protocol", "regulations", "standards", "tradition", "custom",
        "practice", "instructions", "requirements",
    ])
    static let authoredDocuments: HashTable<UInt32> = set([
        "study", "studies", "report", "reports", "survey", "surveys", "poll", "polls", "research", "analysis",
        "figures", "data", "statement", "statements", "review", "audit", "estimate", "estimates", "forecast",
        "forecasts", "paper", "letter", "memo", "release", "complaint", "complaints", "lawsuit", "lawsuits", "filing",
        "filings", "petition", "ruling", "readout", "readouts",
    ])
    /// Verbs of finding, whose noun-phrase object is a finding when a document is their subject.
    static let findingVerbs: HashTable<UInt32> = set(inflect(["find", "show"]) + ["found", "shown"])
    static let authorPrepositions: HashTable<UInt32> = set(["from", "by", "of"])
    /// What a document a report was made through follows: "in a statement", "according to a
    /// readout", "through a spokesman's letter".
    static let channelPrepositions: HashTable<UInt32> = set(["in", "to", "through", "via"])
    /// "Tom Hale of Harlow Lane Solicitors", "Ann Lee from the union", "Jim Roe at Harlow Capital".
    static let affiliationPrepositions: HashTable<UInt32> = set(["of", "from", "at"])
    /// "a spokeswoman for", "a representative of".
    static let mouthpiecePrepositions: HashTable<UInt32> = set(["for", "of", "from"])
    /// Prepositions that also open a clause, whose next noun may be that clause's subject.
    static let clausePrepositions: HashTable<UInt32> = set([
        "after", "before", "since", "until", "till", "as", "because", "while", "once", "than", "like",
    ])

    static let prepositions: HashTable<UInt32> = set([
        "of", "for", "at", "with", "from", "in", "on", "to", "by", "about", "inside", "near",
    ])
}
