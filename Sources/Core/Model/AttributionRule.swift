/// Every rule the quote stage attributes by, with its confidence: the share of the quotes it gave
/// on PolNeAR dev (84 US political articles, 2,192 gold attributions) that were real speech with
/// the right speaker, so a client can filter by `confidence` and know what it keeps. Rules that
/// fired fewer than ten times there keep a prior below 0.8 unless they are a plain variant of a
/// measured one. Measured with `scripts/attribution_rules.py` (see its header); the JSON `rule`
/// field is the raw value.
enum AttributionRule: String, CaseIterable, Sendable {
    // Quotations, cue after the marks.
    case quoteSpeakerSaid = "quote-speaker-said"
    case quoteSaidSpeaker = "quote-said-speaker"
    case quoteSpeakerAppositionSaid = "quote-speaker-apposition-said"
    case quotePronounSaidAndNamedBefore = "quote-pronoun-said+speaker-said-quote"
    case quoteDashSpeaker = "quote-dash-speaker"
    // Quotations, cue before the marks.
    case speakerSaidQuote = "speaker-said-quote"
    case speakerAppositionSaidQuote = "speaker-apposition-said-quote"
    case saidSpeakerQuote = "said-speaker-quote"
    case speakerColonQuote = "speaker-colon-quote"
    case subjectColonQuote = "subject-colon-quote"
    case headlineSpeakerColon = "headline-speaker-colon"
    case accordingTo = "according-to"
    // Quotations without a cue of their own.
    case multiParagraphQuote = "multi-paragraph-quote"
    case sameParagraphQuote = "same-paragraph-quote"
    case paragraphSpeaker = "paragraph-speaker"
    case previousParagraphSpeaker = "previous-paragraph-speaker"
    case transcriptLabel = "transcript-label"
    case none
    // Reported speech.
    case speakerVerbThat = "speaker-verb-that"
    case speakerVerbClause = "speaker-verb-clause"
    case parsedSpeakerVerbClause = "parsed-speaker-verb-clause"
    case speakerStanceObject = "speaker-stance-object"
    case clauseSpeakerVerbClause = "clause-speaker-verb-clause"
    case clauseSpeakerVerb = "clause-speaker-verb"
    case clauseVerbSpeaker = "clause-verb-speaker"
    case clauseVerbSpeakerClause = "clause-verb-speaker-clause"
    case asSpeakerVerb = "as-speaker-verb"
    case clauseAsSpeakerVerb = "clause-as-speaker-verb"
    case frontedObject = "fronted-object"
    case passiveStanceAgent = "passive-stance-agent"
    case askedOpening = "asked-opening"
    case speakerAttitude = "speaker-attitude"
    case speakerStanceHolder = "speaker-stance-holder"
    case speakerMadePoint = "speaker-made-point"
    case holderNoun = "holder-noun"
    case impersonalPassive = "impersonal-passive"
    case quotedAsSaying = "quoted-as-saying"
    case passiveReport = "passive-report"

    /// How often a quote whose speaker is an unresolved description is right, relative to its
    /// rule's quotes with a named or pronoun speaker: 0.81–0.93 in each of the six rules with ten
    /// or more such quotes on PolNeAR dev, 0.85 over all of them (`scripts/attribution_rules.py`).
    static let unresolvedSpeakerShare = 0.85

    var confidence: Double {
        switch self {
        case .quoteSpeakerSaid, .quoteDashSpeaker: 0.96
        case .sameParagraphQuote: 0.93
        case .quoteSaidSpeaker, .quotePronounSaidAndNamedBefore: 0.91
        case .speakerSaidQuote, .speakerAppositionSaidQuote, .saidSpeakerQuote, .speakerColonQuote: 0.89
        case .accordingTo: 0.87
        case .clauseSpeakerVerbClause: 0.85
        case .clauseSpeakerVerb, .frontedObject: 0.83
        case .speakerVerbClause: 0.76
        case .subjectColonQuote, .headlineSpeakerColon, .transcriptLabel: 0.75
        case .speakerVerbThat: 0.72
        case .clauseVerbSpeaker, .clauseVerbSpeakerClause: 0.71
        case .multiParagraphQuote, .asSpeakerVerb, .clauseAsSpeakerVerb, .quotedAsSaying: 0.7
        case .quoteSpeakerAppositionSaid: 0.69
        case .speakerMadePoint: 0.65
        case .paragraphSpeaker: 0.6
        case .speakerStanceObject: 0.57
        case .speakerStanceHolder, .impersonalPassive: 0.55
        case .passiveStanceAgent, .askedOpening, .passiveReport: 0.5
        case .speakerAttitude: 0.47
        case .parsedSpeakerVerbClause: 0.43
        case .previousParagraphSpeaker: 0.4
        case .holderNoun: 0.35
        case .none: 0
        }
    }
}
