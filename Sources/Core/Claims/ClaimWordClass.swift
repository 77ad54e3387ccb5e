/// What a word can tell the claim stage by itself: framing, hedging, comparison, time.
///
/// Looked up once per token (one hash of its lower-cased bytes) and shared by the clause
/// splitter, the scorer's hand features and the typer, so none of them compares strings.
public struct ClaimWordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Verbs that introduce reported speech ("said", "told", "claimed").
    public static let reporting = ClaimWordClass(rawValue: 1 << 0)
    /// Words that make an assertion uncertain or second-hand ("may", "reportedly").
    public static let hedge = ClaimWordClass(rawValue: 1 << 1)
    public static let comparative = ClaimWordClass(rawValue: 1 << 2)
    public static let superlative = ClaimWordClass(rawValue: 1 << 3)
    /// "I", "we", "my": the speaker's own stance, common in pledges and opinions.
    public static let firstPerson = ClaimWordClass(rawValue: 1 << 4)
    public static let secondPerson = ClaimWordClass(rawValue: 1 << 5)
    public static let negation = ClaimWordClass(rawValue: 1 << 6)
    /// Past-tense forms and auxiliaries: events that happened can be checked.
    public static let past = ClaimWordClass(rawValue: 1 << 7)
    /// "will", "going", "expect": predictions.
    public static let future = ClaimWordClass(rawValue: 1 << 8)
    /// Conjunctions that open a clause and are dropped from its start.
    public static let clauseOpener = ClaimWordClass(rawValue: 1 << 9)
    public static let causal = ClaimWordClass(rawValue: 1 << 10)
    public static let correlation = ClaimWordClass(rawValue: 1 << 11)
    /// Laws, bills, bans, rules.
    public static let rule = ClaimWordClass(rawValue: 1 << 12)
    /// Units and scale words that turn a number into a quantity ("percent", "million").
    public static let unit = ClaimWordClass(rawValue: 1 << 13)
    /// Days, months, relative dates ("Thursday", "January", "yesterday").
    public static let time = ClaimWordClass(rawValue: 1 << 14)
    /// Thanks, greetings, applause: never claims.
    public static let courtesy = ClaimWordClass(rawValue: 1 << 15)
    /// "he", "she": a speaker pronoun resolved to a person.
    public static let personPronoun = ClaimWordClass(rawValue: 1 << 16)
    /// Opinion and evaluation words ("think", "believe", "should").
    public static let opinion = ClaimWordClass(rawValue: 1 << 17)
    /// Event verbs (attacks, elections, signings).
    public static let event = ClaimWordClass(rawValue: 1 << 18)
    /// Relative pronouns after a comma ("which", "who") open the writer's own aside.
    public static let relative = ClaimWordClass(rawValue: 1 << 19)
    /// Words that may sit between a speaker and the reporting verb ("also", "has").
    public static let frameFiller = ClaimWordClass(rawValue: 1 << 20)
    /// "that" after a reporting verb starts the reported content.
    public static let complementizer = ClaimWordClass(rawValue: 1 << 21)
    /// Modal verbs ("could", "would", "should", "must").
    public static let modal = ClaimWordClass(rawValue: 1 << 22)
    /// Number words ("three", "dozens", "thousands").
    public static let numberWord = ClaimWordClass(rawValue: 1 << 23)
    /// Words that announce a question or a request, rarely a factual claim.
    public static let question = ClaimWordClass(rawValue: 1 << 24)
    /// Feelings and judgements ("proud", "disappointed", "terrible"): a speaker's reaction, which
    /// no record can confirm or refute.
    public static let emotion = ClaimWordClass(rawValue: 1 << 25)
    /// Intensifiers ("very", "totally"): they grade an opinion rather than state a fact.
    public static let intensifier = ClaimWordClass(rawValue: 1 << 26)

    /// How many classes there are (the bits in use).
    static let count: UInt32 = 28

    /// Every class a word belongs to, by its `ClaimHash.word` key (a token's `foldedKey`); empty
    /// when it is in no list.
    static func of(key: UInt64) -> ClaimWordClass {
        table[key].map(ClaimWordClass.init(rawValue:)) ?? []
    }

    /// Built once from the word lists below; the key is `ClaimHash.word` of the word. Read
    /// directly by loops over every token, which fetch it once rather than once per token.
    static let table: HashTable<UInt32> = {
        var table: [UInt64: ClaimWordClass] = [:]
        func add(_ words: String, _ wordClass: ClaimWordClass) {
            for word in words.split(separator: " ") {
                let bytes = Array(word.utf8)
                let key = bytes.withUnsafeBufferPointer { ClaimHash.word($0, 0..<bytes.count) }
                table[key, default: []].formUnion(wordClass)
            }
        }
        add(
            """
            said says say saying told tells tell added adds warned warns claimed claims claim stated states \
            argued argues insisted insists announced announces noted notes explained explains acknowledged \
            admitted admits asserted asserts contended contends maintained maintains reported reports testified \
            wrote writes alleged alleges declared declares stressed stresses emphasised emphasized suggested \
            suggests denied denies confirmed confirms estimated estimates predicted predicts according \
            revealed reveals disclosed indicated indicates conceded concedes recalled recalls
            """, .reporting)
        add(
            """
            could may might reportedly allegedly alleged claimed purportedly apparently possibly perhaps \
            likely unlikely probably suspected presumably seemingly rumoured rumored unconfirmed appears appear \
            seems seem expected estimated
            """, .hedge)
        add(
            """
            more less fewer than higher lower larger smaller bigger greater worse better faster slower cheaper \
            richer poorer longer shorter increase increased decrease decreased rose fell risen fallen doubled \
            tripled halved grew grown dropped declined gained lost up down compared versus vs exceed exceeded
            """, .comparative)
        add(
            """
            most least largest biggest highest lowest smallest greatest worst best fastest first last record \
            ever since unprecedented only top richest poorest longest deadliest
            """, .superlative)
        add("i me my mine we us our ours myself ourselves", .firstPerson)
        add("you your yours yourself yourselves", .secondPerson)
        add("not no never none nobody nothing neither nor n't cannot without", .negation)
        add(
            """
            was were had did been said went made took came gave rose fell grew sent met began begun became \
            told found won lost paid cut built left spent held brought led killed voted signed passed raised \
            created increased decreased doubled reached invaded attacked launched
            """, .past)
        add(
            "will shall going expect expects expected forecast forecasts predict predicts predicted plan plans planned would 'll tomorrow next future soon",
            .future)
        add("and but while although though whereas yet so or because", .clauseOpener)
        add(
            "because cause causes caused causing due result results resulted leads led lead therefore thanks consequence consequences effect effects impact impacts",
            .causal)
        add("linked link links associated correlated correlation tied rate rates", .correlation)
        add(
            """
            law laws bill bills act legislation legal illegal unlawful constitution constitutional treaty \
            treaties rule rules regulation regulations ban banned banning tax taxes court ruled ruling vetoed \
            veto mandate mandatory require requires required allowed permitted prohibited sanctions amendment
            """, .rule)
        add(
            """
            percent per cent percentage million millions billion billions trillion trillions thousand thousands \
            hundred hundreds dozen dozens tens dollars dollar euros euro pounds yen km kilometres kilometers \
            miles tons tonnes troops people jobs barrels points times years months weeks days hours acres \
            %
            """, .unit)
        add(
            """
            monday tuesday wednesday thursday friday saturday sunday january february march april june july \
            august september october november december today yesterday tomorrow tonight week weeks month months \
            year years decade decades century morning evening night weekend since ago recently currently annual \
            annually daily
            """, .time)
        add("thank thanks hello welcome applause congratulations good evening morning pleasure honor honored please glad nice", .courtesy)
        add("he she", .personPronoun)
        add(
            """
            think thinks believe believes feel feels hope hopes want wants should must ought need needs wish \
            opinion important good bad great wrong right fair unfair terrible wonderful disgrace shame
            """, .opinion)
        add(
            """
            attack attacked attacks invaded invasion killed died election elected signed met meeting visited \
            launched arrested fired resigned approved voted announced occurred happened began ended sent troops \
            war strike strikes protest protests
            """, .event)
        add("which who whom whose where", .relative)
        add(
            "also has have had previously repeatedly then later again earlier separately publicly privately himself herself recently once",
            .frameFiller)
        add("that", .complementizer)
        add("could would should must might may can shall will", .modal)
        add(
            """
            one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred \
            hundreds thousand thousands million millions billion billions dozens tens half quarter third double \
            twice triple
            """, .numberWord)
        add("what why how when where who whether question ask asked", .question)
        add(
            """
            happy sad glad sorry proud pleased delighted thrilled excited disappointed disappointing saddened \
            shocked shocking surprised angry upset worried concerned afraid scared fearful hopeful grateful \
            thankful honoured humbled optimistic pessimistic frustrated furious outraged appalled horrified \
            devastated heartbroken ashamed embarrassed relieved amazed astonished stunned dismayed troubled \
            disturbed overjoyed love loved hate hated enjoy enjoyed regret regretted wonderful terrible awful \
            horrible fantastic excellent amazing incredible tremendous beautiful disgraceful shameful ridiculous \
            absurd outrageous tragic unfortunate fortunate lucky stupid foolish brilliant sadly happily \
            hopefully unfortunately fortunately thrilling exciting tremendously uneasy unhappy anxious nervous \
            satisfied dissatisfied impressed encouraged heartened alarmed baffled puzzled bemused
            """, .emotion)
        add("very really totally extremely absolutely incredibly truly deeply utterly completely so too", .intensifier)
        return HashTable(table.mapValues(\.rawValue))
    }()
}
