/// Tells the story's paragraphs from the copy around them that publishers set in the same text:
/// subheads, bylines and credits, corrections and editor's notes, captions, contact lines and
/// source lists (see `ParagraphZone`).
///
/// Each rule reads a paragraph's first words, its last bracket or its shape, never one outlet's
/// wording: a note is known by its label or by the way such notes are phrased ("This story has
/// been corrected", "An earlier version of this article …"), a credit by "By" and a name or by
/// "… contributed reporting", a subhead by being one short line in capitals or without final
/// punctuation. Paragraphs longer than a rule's limit are always body, so the rules cost little on
/// the story itself.
struct ZoneClassifier: Sendable {
    /// The phrase lists of the rules below, read from their statics once per classifier.
    private let lists = Lists.shared

    /// Longer paragraphs are story text whatever they start with.
    static let maximumNoteBytes = 1200
    static let maximumCreditBytes = 400
    static let maximumContactBytes = 700
    static let maximumSubheadBytes = 120
    static let maximumSubheadWords = 12

    /// `headings`: where the markup marked a heading ("## Section", `<h2>`), which is a subhead whatever its shape.
    func classify(_ bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Range<Int>], headings: [Int] = []) -> [ParagraphZone] {
        var zones = [ParagraphZone](repeating: .body, count: paragraphs.count)
        var subheads = 0
        var nextHeading = 0
        var previousEnd = 0
        for (index, paragraph) in paragraphs.enumerated() {
            defer { previousEnd = paragraph.upperBound }
            while nextHeading < headings.count && headings[nextHeading] < previousEnd { nextHeading += 1 }
            if nextHeading < headings.count && headings[nextHeading] <= paragraph.lowerBound && paragraph.count <= 300 {
                zones[index] = .subhead
                continue
            }
            let apart =
                index > 0 && hasBlankLine(bytes, paragraphs[index - 1].upperBound..<paragraph.lowerBound)
                || index + 1 < paragraphs.count && hasBlankLine(bytes, paragraph.upperBound..<paragraphs[index + 1].lowerBound)
            let zone = self.zone(bytes, paragraph, index: index, count: paragraphs.count, apart: apart)
            zones[index] = zone
            if zone == .subhead { subheads += 1 }
        }
        // A text that is mostly short lines (a list, an all-capitals article) has no subheads.
        if subheads >= 2 && subheads * 2 > paragraphs.count {
            for index in zones.indices where zones[index] == .subhead { zones[index] = .body }
        }
        // A label on a line of its own ("Correction:", "Sources:") gives its zone to what follows.
        for index in paragraphs.indices.dropFirst() where zones[index] == .body {
            let previous = paragraphs[index - 1]
            switch zones[index - 1] {
            case .correction, .editorsNote:
                if isLabelOnly(bytes, previous) && paragraphs[index].count <= Self.maximumNoteBytes { zones[index] = zones[index - 1] }
            case .sources:
                if paragraphs[index].count <= 200 && (previous.count <= 40 || index >= 2 && zones[index - 2] == .sources) {
                    zones[index] = .sources
                }
            default:
                break
            }
        }
        return zones
    }

    /// Whether the gap between two paragraphs holds an empty line.
    private func hasBlankLine(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        var newlines = 0
        for index in gap where bytes[index] == TextLines.newline {
            newlines += 1
            if newlines >= 2 { return true }
        }
        return false
    }

    /// Whether a line is a note, credit, caption, contact line or source list, which a headline never is.
    func isNotice(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        switch zone(bytes, line, index: 0, count: 2) {
        case .body, .subhead: false
        default: true
        }
    }

    /// A note's label alone ("Correction:", "EDITOR'S NOTE", "Clarification: Sept. 3, 2016"), with
    /// the note itself in the next paragraph; "Correction Appended." announces one further down.
    private func isLabelOnly(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>) -> Bool {
        guard paragraph.count <= 60 else { return false }
        let text = Text(bytes: bytes, range: paragraph)
        let start = text.afterOpeningMarks()
        guard let end = text.startsWithAny(lists.noteLabels, at: start) else { return false }
        var index = end
        if index < text.end && (bytes[index] | 0x20) == UInt8(ascii: "s") { index += 1 }
        let rest = Text(bytes: bytes, range: index..<text.end)
        // Nothing but punctuation, or a date after a colon.
        return !rest.range.contains { ASCII.isLetter(bytes[$0]) } || rest.containsByte(UInt8(ascii: ":")) && rest.containsDigit()
    }

    /// `apart`: a blank line separates the paragraph from a neighbour. In text without blank lines
    /// every line is a paragraph, and short lines in capitals are as often table rows and labels
    /// ("NEW YORK AT CALIFORNIA", "AMERICAN LEAGUE") as headings, so there they stay body.
    func zone(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>, index: Int, count: Int, apart: Bool = true) -> ParagraphZone {
        guard paragraph.count <= Self.maximumNoteBytes else { return .body }
        let text = Text(bytes: bytes, range: paragraph)
        let start = text.afterOpeningMarks()
        if let note = note(text, from: start) { return note }
        let signs = paragraph.count <= Self.maximumContactBytes ? Signs(text, rules: self) : Signs()
        if paragraph.count <= Self.maximumCreditBytes, isCredit(text, signs, from: start, index: index, count: count) { return .credit }
        if paragraph.count <= Self.maximumContactBytes, isContact(text, signs) { return .contact }
        if paragraph.count <= 300, text.startsWithAny(lists.sourceLabels, at: start) != nil { return .sources }
        if paragraph.count <= 600, isCaption(text, from: start) { return .caption }
        if apart, paragraph.count <= Self.maximumSubheadBytes, isSubhead(text, index: index, count: count) { return .subhead }
        if hasWideGaps(bytes, paragraph) { return .furniture }
        return .body
    }

    /// Whether the paragraph has two or more runs of three spaces or more between words: prose,
    /// even typed with two spaces after a full stop, has none (none in the development corpora's
    /// 500 articles but one poll), where the parts of a page's widget end up so. A gap counts
    /// between two words: not at the paragraph's start, and closed by a byte that is no space.
    ///
    /// Every paragraph of a story is read here, so the scan looks at every third byte only: a run
    /// of three spaces covers one of them, and a byte that is no space rules out the two before it.
    func hasWideGaps(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>) -> Bool {
        guard Self.hasThreeSpaces(bytes, paragraph) else { return false }
        let space = TextLines.space
        let end = paragraph.upperBound
        var gaps = 0
        var probe = paragraph.lowerBound + 2
        while probe < end {
            guard bytes[probe] == space else {
                probe += 3
                continue
            }
            // The run of spaces around the probe; the byte three back was no space or before the run.
            var start = probe
            while start > paragraph.lowerBound && bytes[start - 1] == space { start -= 1 }
            var after = probe + 1
            while after < end && bytes[after] == space { after += 1 }
            if after - start >= 3, start > paragraph.lowerBound, after < end {
                gaps += 1
                if gaps >= 2 { return true }
            }
            probe = after + 3
        }
        return false
    }

    /// Whether three spaces follow one another in `range`, which most paragraphs never have:
    /// sixteen starting positions a step, as three overlapping loads compared at once.
    private static func hasThreeSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let space = TextLines.space
        let end = range.upperBound
        var index = range.lowerBound
        if let base = bytes.baseAddress {
            let spaces = SIMD16<UInt8>(repeating: space)
            while index + 18 <= end {
                let first = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                let second = UnsafeRawPointer(base + index + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                let third = UnsafeRawPointer(base + index + 2).loadUnaligned(as: SIMD16<UInt8>.self)
                if any((first .== spaces) .& (second .== spaces) .& (third .== spaces)) { return true }
                index += 16
            }
        }
        while index + 3 <= end {
            if bytes[index] == space && bytes[index + 1] == space && bytes[index + 2] == space { return true }
            index += 1
        }
        return false
    }

    // MARK: Corrections and editor's notes

    static let correctionWords: Phrases = bytes(["correction", "clarification"])
    static let noteLabels = Phrases(correctionWords.list + editorsNoteLabels.list)
    static let correctionJoiners: Phrases = bytes([" appended", " and ", " & "])
    static let editorsNoteLabels: Phrases = bytes([
        "editor's note", "editor\u{2019}s note", "editors' note", "editors\u{2019} note", "editor note", "editorial note",
        "ed. note", "ed note", "note to readers", "note to our readers", "a note to readers", "a note to our readers",
        "note from the editor", "a note from the editor", "publisher's note", "publisher\u{2019}s note", "disclosure:",
        "full disclosure:",
    ])
    static let updateLabels: Phrases = bytes(["updated", "update"])
    /// How notes that a story changed begin, with or without a label.
    static let changeStatements: Phrases = bytes([
        "an earlier version", "a previous version", "an earlier headline", "a previous headline", "an earlier edition",
        "in an earlier version", "in a previous version", "the original version of this", "the headline of this",
        "because of an editing error", "due to an editing error", "because of a reporting error",
        "due to a reporting error", "because of an error", "due to an error",
    ])
    /// "This story has been corrected", "This article was updated": a subject, then a verb of change.
    static let changeSubjects: Phrases = bytes([
        "this article", "this story", "this post", "this report", "this piece", "this item", "this column",
        "this headline", "this version", "this blog post", "this page", "the article", "the story", "this graphic",
    ])
    static let changeAuxiliaries: Phrases = bytes([" has been ", " was ", " had been ", " is being ", " have been "])
    static let changeVerbs: Phrases = bytes([
        "updated", "corrected", "amended", "revised", "clarified", "changed", "edited", "modified", "expanded",
        "rewritten", "altered", "appended", "adjusted",
    ])
    /// Words that make a change note a correction rather than an editor's update.
    static let correctionSigns: Phrases = bytes([
        "correct", "clarif", "misstat", "misidentif", "misspell", "misspel", "incorrect", "earlier version",
        "previous version", "error", "amend", "wrongly", "mistaken",
    ])

    private func note(_ text: Text, from start: Int) -> ParagraphZone? {
        // "Correction:", "CORRECTION", "Corrections & amplifications", "Clarification appended".
        if let end = text.startsWithAny(lists.correctionWords, at: start) {
            var after = end
            if after < text.end && (text.bytes[after] | 0x20) == UInt8(ascii: "s") { after += 1 }
            if after == text.end || !text.isWordByte(after) && !(text.bytes[after] == TextLines.space && text.isLowercaseWordAfter(after)) {
                return .correction
            }
            if text.startsWithAny(lists.correctionJoiners, at: after) != nil { return .correction }
            return nil
        }
        if let end = text.startsWithAny(lists.editorsNoteLabels, at: start) {
            let rest = text.skippingLabelPunctuation(from: end)
            return isChangeStatement(text, at: rest) ? changeKind(text) : .editorsNote
        }
        // "Update:", "UPDATED (3:45 p.m.):" only when what follows says the story changed.
        if let end = text.startsWithAny(lists.updateLabels, at: start), end < text.end, !text.isWordByte(end) {
            let rest = text.skippingLabelPunctuation(from: end)
            return isChangeStatement(text, at: rest) ? changeKind(text) : nil
        }
        return isChangeStatement(text, at: start) ? changeKind(text) : nil
    }

    private func isChangeStatement(_ text: Text, at index: Int) -> Bool {
        if text.startsWithAny(lists.changeStatements, at: index) != nil { return true }
        guard let subject = text.startsWithAny(lists.changeSubjects, at: index),
            let auxiliary = text.startsWithAny(lists.changeAuxiliaries, at: subject)
        else { return false }
        return text.startsWithAny(lists.changeVerbs, at: auxiliary) != nil
    }

    private func changeKind(_ text: Text) -> ParagraphZone {
        text.containsAny(lists.correctionSigns) ? .correction : .editorsNote
    }

    // MARK: Bylines and credits

    static let creditOpenings: Phrases = bytes([
        "reporting by", "additional reporting", "reporting from", "editing by", "edited by", "writing by", "written by",
        "compiled by", "produced by", "research by", "researched by", "translated by", "story by", "words by",
        "text by", "graphics by", "graphic by", "illustration by", "illustrations by", "video by", "photos by",
        "photo by", "photography by", "photograph by", "photograph:", "photographs:", "photo:", "photos:",
        "photo credit", "image credit", "picture credit", "credit:", "credits:", "image:", "picture:", "pictures:",
        "image copyright", "image source", "with reporting by", "with additional reporting", "contributing:",
        "contributors:", "contributing reporters", "contributing writers", "additional contributions",
        "photo illustration",
    ])
    static let creditPhrases: Phrases = bytes([
        " contributed reporting", " contributed to this report", " contributed to this article",
        " contributed to this story", " contributed additional reporting", " contributed research",
        " contributed to this post", "additional reporting by", "; editing by", "; writing by",
    ])
    static let byline: Phrases = bytes(["by "])
    static let reportedFrom: [UInt8] = Array(" reported from ".utf8)
    static let photoWords: Phrases = bytes([
        "getty", "reuters", "afp", "ap photo", "epa", "shutterstock", "istock", "alamy", "instagram", "handout",
        "courtesy", "photo", "image", "pool", "associated press", "credit", "picture",
    ])

    private func isCredit(_ text: Text, _ signs: Signs, from start: Int, index: Int, count: Int) -> Bool {
        if text.startsWithAny(lists.creditOpenings, at: start) != nil { return true }
        if signs.creditPhrase && text.containsAny(lists.creditPhrases) { return true }
        // "By Jane Doe, Staff Writer", "BY JOHN ROE and JANE DOE | Associated Press".
        if let end = text.startsWithAny(lists.byline, at: start), end < text.end, ASCII.isUpper(text.bytes[end]),
            text.range.count <= 160
        {
            let shape = LineShape(text.bytes, end..<text.end)
            if shape.words <= 15 && shape.lowercase <= 2 { return true }
        }
        // "Julie Davis reported from Midway Atoll." closing the story.
        if index >= count - 2, text.range.count <= 250, text.contains(lists.reportedFrom), !text.hasQuoteMark() {
            return true
        }
        // A short credit line: "Getty/Instagram.", "Jane Doe/AP Photo".
        if text.range.count <= 100 && text.containsByte(UInt8(ascii: "/")) {
            let shape = LineShape(text.bytes, text.range)
            if shape.words <= 10 && shape.lowercase == 0 && text.containsAny(lists.photoWords) {
                return true
            }
        }
        return false
    }

    // MARK: Captions

    static let captionOpenings: Phrases = bytes([
        "image caption", "caption:", "pictured:", "pictured above", "above:", "photo above", "top:", "below:",
    ])

    /// "Image caption …", or a paragraph ending in a bracketed photo credit ("(AP Photo/Evan Vucci)").
    private func isCaption(_ text: Text, from start: Int) -> Bool {
        if text.startsWithAny(lists.captionOpenings, at: start) != nil { return true }
        var end = text.end
        while end > text.range.lowerBound && (text.bytes[end - 1] == UInt8(ascii: ".") || text.bytes[end - 1] == TextLines.space) {
            end -= 1
        }
        guard end > text.range.lowerBound, text.bytes[end - 1] == UInt8(ascii: ")") else { return false }
        var open = end - 1
        while open > max(text.range.lowerBound, end - 120) && text.bytes[open] != UInt8(ascii: "(") { open -= 1 }
        guard text.bytes[open] == UInt8(ascii: "("), open > text.range.lowerBound else { return false }
        let group = Text(bytes: text.bytes, range: open..<end)
        return group.containsAny(lists.photoWords) && (group.containsByte(UInt8(ascii: "/")) || group.containsByte(UInt8(ascii: ":")))
    }

    // MARK: Contact lines and social posts

    /// Sentence openings that invite readers to follow or write to someone.
    static let contactOpenings: Phrases = bytes([
        "follow ", "you can follow ", "please follow ", "email ", "e-mail ", "contact ", "reach ", "write to ",
        "send tips", "send news tips", "got a tip", "tips? ", "like us on ", "find us on ", "find him on ",
        "find her on ", "connect with ", "you can reach ", "you can email ", "you can contact ", "tweet ",
        "subscribe to ",
    ])
    static let platforms: Phrases = bytes([
        "twitter", "facebook", "instagram", "linkedin", "tiktok", "bluesky", "mastodon", "youtube",
        "snapchat", "substack", "telegram", "whatsapp", "truth social", "@",
    ])
    static let reachedPhrases: Phrases = bytes([
        " can be reached at", " can be reached on", " can be contacted at", " can be emailed at", " can be followed",
    ])
    static let linkStarts: Phrases = bytes(["@", "#", "http"])
    static let twitterLink: Phrases = bytes(["pic.twitter.com"])
    static let contributed: Phrases = bytes(["contribut"])

    private func isContact(_ text: Text, _ signs: Signs) -> Bool {
        // An embedded post: "… pic.twitter.com/… — Apple Music (@AppleMusic) September 27, 2016".
        if signs.post || signs.contactSentence { return true }
        guard signs.at else { return false }
        if text.containsAny(lists.reachedPhrases) { return true }
        // Nothing but handles, tags and links ("@Fred_945.").
        return text.range.count <= 80 && text.allWords { text.startsWithAny(lists.linkStarts, at: $0) != nil }
    }

    /// Whether the sentence starting at `start` invites readers to follow or write to someone on
    /// a platform ("Follow him on Twitter: @handle", "Email the author at name@example.com").
    fileprivate func isContactSentence(_ text: Text, at start: Int) -> Bool {
        // Most sentences start with a letter, where the opening marks end at once.
        let opening = start < text.end && ASCII.isLetter(text.bytes[start]) ? start : text.afterOpeningMarks(from: start)
        guard text.startsWithAny(lists.contactOpenings, at: opening) != nil else { return false }
        return Text(bytes: text.bytes, range: start..<text.nextSentenceStart(after: start)).containsAny(lists.platforms)
    }

    /// What one pass over a paragraph finds, so the rules search for their phrases only where
    /// one of them can be.
    struct Signs {
        var at = false
        /// "contribut…", or "… by" after an "-ing" word ("Reporting by", "editing by").
        var creditPhrase = false
        /// "pic.twitter.com", "t.co/", "(@".
        var post = false
        /// A sentence that is a contact line (see `isContactSentence`).
        var contactSentence = false

        /// The bytes the pass stops at ("b" in either case), as a table of 1s: one load a byte
        /// (`nextStop` compares sixteen bytes at once with the same set).
        static let interesting: [UInt8] = (0..<256).map { code in
            switch UInt8(code) {
            case UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "."), UInt8(ascii: "!"),
                UInt8(ascii: "?"):
                1
            default: 0
            }
        }

        init() {}

        init(_ text: Text, rules: ZoneClassifier) {
            let bytes = text.bytes
            let lower = text.range.lowerBound
            let end = text.end
            contactSentence = rules.isContactSentence(text, at: lower)
            // Tables in locals: a static read in the loop would check its one-time set-up each time.
            let interesting = rules.lists.interesting
            let contributed = rules.lists.contributed
            let twitterLink = rules.lists.twitterLink
            var index = lower
            while true {
                index = interesting.withUnsafeBufferPointer { Self.nextStop(bytes, from: index, end: end, table: $0) }
                guard index < end else { break }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "@"):
                    at = true
                    if index > lower && bytes[index - 1] == UInt8(ascii: "(") { post = true }
                case UInt8(ascii: "/"):
                    if index >= lower + 4 && bytes[index - 4] == UInt8(ascii: "t") && bytes[index - 3] == UInt8(ascii: ".")
                        && bytes[index - 2] == UInt8(ascii: "c") && bytes[index - 1] == UInt8(ascii: "o")
                    {
                        post = true
                    }
                case UInt8(ascii: "b"), UInt8(ascii: "B"):
                    // "… by" after an "-ing" word ("Reporting by", "editing by"), and "contribut…".
                    if index >= lower + 3, index + 2 < end, bytes[index + 1] | 0x20 == UInt8(ascii: "y"),
                        bytes[index + 2] == TextLines.space, bytes[index - 1] == TextLines.space,
                        bytes[index - 2] | 0x20 == UInt8(ascii: "g"), bytes[index - 3] | 0x20 == UInt8(ascii: "n")
                    {
                        creditPhrase = true
                    } else if index >= lower + 6, bytes[index - 1] | 0x20 == UInt8(ascii: "i"),
                        text.startsWithAny(contributed, at: index - 6) != nil
                    {
                        creditPhrase = true
                    }
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    if index + 1 < end && bytes[index + 1] == TextLines.space {
                        if !contactSentence && rules.isContactSentence(text, at: index + 2) { contactSentence = true }
                    } else if index >= lower + 3 && text.startsWithAny(twitterLink, at: index - 3) != nil {
                        post = true
                    }
                default:
                    break
                }
                index += 1
            }
        }

        /// The first index of `start..<end` whose byte `table` (`interesting`) marks, or `end`.
        /// Most of a paragraph has none of them: sixteen bytes a step are compared with all of
        /// them at once, each byte with bit 5 set first, which turns "B" into "b" and "@" into
        /// "`" and leaves the others as they are. A lane that matched is a candidate, confirmed
        /// by the table (a "`" is a false alarm, and the search goes on after it).
        @inline(__always)
        private static func nextStop(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, table: UnsafeBufferPointer<UInt8>)
            -> Int
        {
            var index = start
            if let base = bytes.baseAddress {
                // Typed constants: with them the comparisons compile to vector instructions.
                let bit5 = SIMD16<UInt8>(repeating: 0x20)
                let grave = SIMD16<UInt8>(repeating: UInt8(ascii: "`"))
                let b = SIMD16<UInt8>(repeating: UInt8(ascii: "b"))
                let slash = SIMD16<UInt8>(repeating: UInt8(ascii: "/"))
                let period = SIMD16<UInt8>(repeating: UInt8(ascii: "."))
                let exclamation = SIMD16<UInt8>(repeating: UInt8(ascii: "!"))
                let question = SIMD16<UInt8>(repeating: UInt8(ascii: "?"))
                while index + 16 <= end {
                    let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self) | bit5
                    let atOrB = (chunk .== grave) .| (chunk .== b)
                    let slashOrPeriod = (chunk .== slash) .| (chunk .== period)
                    let exclamationOrQuestion = (chunk .== exclamation) .| (chunk .== question)
                    // The lanes (0xFF where one matched) read as two little-endian words: the
                    // first candidate is the lowest set byte, its trailing zero bits over eight.
                    let lanes = unsafeBitCast(atOrB .| slashOrPeriod .| exclamationOrQuestion, to: SIMD2<UInt64>.self)
                    let candidate: Int
                    if lanes[0] != 0 {
                        candidate = index + lanes[0].trailingZeroBitCount / 8
                    } else if lanes[1] != 0 {
                        candidate = index + 8 + lanes[1].trailingZeroBitCount / 8
                    } else {
                        index += 16
                        continue
                    }
                    if table[Int(bytes[candidate])] != 0 { return candidate }
                    index = candidate + 1
                }
            }
            return TextLines.firstMarked(bytes, from: index, end: end, table: table)
        }
    }

    // MARK: Source lists

    static let sourceLabels: Phrases = bytes([
        "source:", "sources:", "source(s):", "sources include", "references:", "further reading:", "data source:",
        "data sources:", "bibliography:", "sources and notes:", "sources and methods:",
    ])

    // MARK: Subheads

    /// One short line over more text that is no sentence: in capitals ("OBAMA FOCUSED ON HIS GOLF
    /// GAME", "ABSTRACT."), in title case without final punctuation or with a joined period
    /// ("Joining Forces With China."), or without letters at all ("___", "* * *"). A line in
    /// sentence case without punctuation may as well be a list item or a sentence cut short, and
    /// stays body.
    private func isSubhead(_ text: Text, index: Int, count: Int) -> Bool {
        guard index < count - 1, !text.containsByte(TextLines.newline) else { return false }
        // A word in lower case that is not a small word rules out both capitals and title case
        // below, so the line's shape is needed only up to the first such word.
        let shape = LineShape(text.bytes, text.range, stoppingAtLowercaseWord: true)
        guard shape.lowercase == 0 else { return false }
        if !shape.hasLetter && !shape.hasDigit { return true }
        // Figures, lists of names and labelled fields are data lines ("LONDON 1996-08-30",
        // "Wood, Loren Roberts, Steve Stricker", "F.A.: First of Michigan Corp., Detroit").
        guard shape.hasLetter, !shape.hasDigit, shape.words <= Self.maximumSubheadWords, shape.commas <= 1, !shape.hasInnerColon else {
            return false
        }
        let period = shape.lastMark == UInt8(ascii: ".") || shape.lastMark == UInt8(ascii: "!") || shape.lastMark == UInt8(ascii: "?")
        if shape.isAllCaps && shape.words <= 10 {
            return !shape.endsWithPunctuation || (period && shape.words <= 6)
        }
        guard shape.isTitleCase, shape.capitalized >= 2 else { return false }
        return !shape.endsWithPunctuation || (shape.lastMark == UInt8(ascii: ".") && shape.words <= 8)
    }

    static func bytes(_ phrases: [String]) -> Phrases { Phrases(phrases.map { Array($0.utf8) }) }
}

extension ZoneClassifier {
    /// Every phrase list the rules read, gathered from the statics where they are declared.
    ///
    /// Each read of a lazily built static is a call that checks its one-time set-up, and the rules
    /// read some fifteen lists for every paragraph; a classifier instead holds this one shared
    /// object and reads the lists from it.
    final class Lists: Sendable {
        static let shared = Lists()

        let correctionWords = ZoneClassifier.correctionWords
        let noteLabels = ZoneClassifier.noteLabels
        let correctionJoiners = ZoneClassifier.correctionJoiners
        let editorsNoteLabels = ZoneClassifier.editorsNoteLabels
        let updateLabels = ZoneClassifier.updateLabels
        let changeStatements = ZoneClassifier.changeStatements
        let changeSubjects = ZoneClassifier.changeSubjects
        let changeAuxiliaries = ZoneClassifier.changeAuxiliaries
        let changeVerbs = ZoneClassifier.changeVerbs
        let correctionSigns = ZoneClassifier.correctionSigns
        let creditOpenings = ZoneClassifier.creditOpenings
        let creditPhrases = ZoneClassifier.creditPhrases
        let byline = ZoneClassifier.byline
        let reportedFrom = ZoneClassifier.reportedFrom
        let photoWords = ZoneClassifier.photoWords
        let captionOpenings = ZoneClassifier.captionOpenings
        let contactOpenings = ZoneClassifier.contactOpenings
        let platforms = ZoneClassifier.platforms
        let reachedPhrases = ZoneClassifier.reachedPhrases
        let linkStarts = ZoneClassifier.linkStarts
        let twitterLink = ZoneClassifier.twitterLink
        let contributed = ZoneClassifier.contributed
        let sourceLabels = ZoneClassifier.sourceLabels
        let interesting = Signs.interesting
    }
}

extension ZoneClassifier {
    /// A paragraph's bytes with the small searches the rules make, all ASCII-case-insensitive
    /// against lower-case phrases.
    struct Text {
        let bytes: UnsafeBufferPointer<UInt8>
        let range: Range<Int>
        var end: Int { range.upperBound }

        /// The index of the first letter or digit, past opening quotes, brackets, dashes and stars.
        func afterOpeningMarks(from start: Int? = nil) -> Int {
            var index = start ?? range.lowerBound
            while index < end {
                let byte = bytes[index]
                if ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "@") || byte >= 0xC3 && byte <= 0xDF { break }
                if byte == 0xE2 && index + 2 < end {
                    index += 3  // “ ‘ — – and other marks of the E2 80 block
                } else {
                    index += 1
                }
            }
            return min(index, end)
        }

        /// Where the phrase that starts at `index` ends, for the first of `phrases` that does.
        /// Inlined, so that the test of the first byte, which refuses most positions, costs no call.
        @inline(__always)
        func startsWithAny(_ phrases: Phrases, at index: Int) -> Int? {
            guard index < end, phrases.mayStart(with: bytes[index]) else { return nil }
            return phrases.match(bytes, at: index, end: end)
        }

        /// Whether the text holds `phrase` (lower case), ignoring ASCII case.
        ///
        /// When the phrase's second byte is a letter, sixteen starting places a step are tested on
        /// the first two bytes at once, each byte with bit 5 set (which keeps every match: "R" and
        /// "r" both read as "r"); only the places of a step that passes are compared in full.
        func contains(_ phrase: [UInt8]) -> Bool {
            guard let first = phrase.first, range.count >= phrase.count else { return false }
            var index = range.lowerBound
            let last = end - phrase.count
            if phrase.count >= 2, phrase[1] &- UInt8(ascii: "a") < 26, let base = bytes.baseAddress {
                // Typed constants: with them the comparisons compile to vector instructions.
                let bit5 = SIMD16<UInt8>(repeating: 0x20)
                let firstBytes = SIMD16<UInt8>(repeating: first | 0x20)
                let secondBytes = SIMD16<UInt8>(repeating: phrase[1])
                // The loads reach one byte past the step's last place, which is before `last`.
                while index + 16 <= last {
                    let atFirst = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self) | bit5
                    let atSecond = UnsafeRawPointer(base + index + 1).loadUnaligned(as: SIMD16<UInt8>.self) | bit5
                    let lanes = unsafeBitCast((atFirst .== firstBytes) .& (atSecond .== secondBytes), to: SIMD2<UInt64>.self)
                    if lanes[0] | lanes[1] != 0 {
                        for place in index..<(index + 16) where holds(phrase, at: place) { return true }
                    }
                    index += 16
                }
            }
            while index <= last {
                if holds(phrase, at: index) { return true }
                index += 1
            }
            return false
        }

        /// Whether `phrase` (lower case) starts at `index`, which leaves room for it, ignoring ASCII case.
        @inline(__always)
        private func holds(_ phrase: [UInt8], at index: Int) -> Bool {
            var offset = 0
            while offset < phrase.count && ASCII.lowercased(bytes[index + offset]) == phrase[offset] { offset += 1 }
            return offset == phrase.count
        }

        /// Whether any of `phrases` is in the text: one pass, trying the phrases only where one may start.
        func containsAny(_ phrases: Phrases) -> Bool {
            var index = range.lowerBound
            while index < end {
                if phrases.mayStart(with: bytes[index]), phrases.match(bytes, at: index, end: end) != nil { return true }
                index += 1
            }
            return false
        }

        func containsByte(_ byte: UInt8) -> Bool { range.contains { bytes[$0] == byte } }

        func containsDigit() -> Bool { range.contains { ASCII.isDigit(bytes[$0]) } }

        func hasQuoteMark() -> Bool {
            var index = range.lowerBound
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { return true }
                if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D) {
                    return true
                }
                index += 1
            }
            return false
        }

        func isWordByte(_ index: Int) -> Bool { ASCII.isLetter(bytes[index]) || ASCII.isDigit(bytes[index]) }

        /// Whether a lower-case word follows the space at `index` ("Corrections officers said").
        func isLowercaseWordAfter(_ index: Int) -> Bool {
            index + 1 < end && bytes[index + 1] &- UInt8(ascii: "a") < 26
        }

        /// Past a label's colon, dash, bracketed date and spaces: where the note's sentence starts.
        func skippingLabelPunctuation(from start: Int) -> Int {
            var index = start
            if index < end && bytes[index] == UInt8(ascii: " ") && index + 1 < end && bytes[index + 1] == UInt8(ascii: "(") {
                index += 1
            }
            if index < end && bytes[index] == UInt8(ascii: "(") {
                while index < end && bytes[index] != UInt8(ascii: ")") { index += 1 }
                index += 1
            }
            return afterOpeningMarks(from: min(index, end))
        }

        /// The start of the sentence after the one starting at `start`: past `. ! ?` and a space.
        func nextSentenceStart(after start: Int) -> Int {
            var index = start
            while index + 1 < end {
                let byte = bytes[index]
                if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"))
                    && bytes[index + 1] == TextLines.space
                {
                    var next = index + 1
                    while next < end && (bytes[next] == TextLines.space || bytes[next] == TextLines.newline) { next += 1 }
                    return next
                }
                index += 1
            }
            return end
        }

        /// Whether every space-separated word satisfies `test` (given the word's start).
        func allWords(_ test: (Int) -> Bool) -> Bool {
            var index = range.lowerBound
            while index < end {
                while index < end && (bytes[index] == TextLines.space || bytes[index] == TextLines.newline) { index += 1 }
                guard index < end else { break }
                if !test(index) { return false }
                while index < end && bytes[index] != TextLines.space && bytes[index] != TextLines.newline { index += 1 }
            }
            return true
        }
    }
}
