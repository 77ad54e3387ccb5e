/// What a paragraph of an article is. Only `body` paragraphs have sentences that the later stages
/// read; a subhead is a sentence for the entity stage alone (`TextDocument.subheadSentences`),
/// and the rest are not tokenized. All keep their place in `TextDocument.paragraphs`, so
/// paragraph numbers still count every paragraph and a subhead or a credit between two paragraphs
/// separates them.
public enum ParagraphZone: UInt8, Sendable, Equatable {
    /// The story's own text.
    case body
    /// A section heading ("OBAMA FOCUSED ON HIS GOLF GAME", "Joining Forces With China."), a
    /// label ("ABSTRACT.") or a separator line ("___").
    case subhead
    /// A byline or a credit: "By Jane Doe", "(Reporting by …; Editing by …)", "X contributed
    /// reporting.", "Photo: Jane Doe/AP".
    case credit
    /// A correction or a note that the story was changed ("Correction: …", "This article has been
    /// updated …", "An earlier version of this story said …").
    case correction
    /// The publisher's note on the story ("Editor's note: …", "Note to readers: …").
    case editorsNote
    /// An image caption ("Image caption …", or a line ending in "(AP Photo/…)").
    case caption
    /// An invitation to follow or write to the author, or an embedded social post
    /// ("Follow X on Twitter @handle", "Email the author at …").
    case contact
    /// A list of sources or references ("Sources: …").
    case sources
    /// Page furniture that reached the text flattened: a poll, a share bar or a menu, whose
    /// parts the page set apart and plain text runs together with wide gaps ("VOTE   Is the
    /// plan fair?   Yes  No   Results are indicative").
    case furniture

    /// The kind of response note the paragraph is, if it is one.
    public var noteKind: NoteKind? {
        switch self {
        case .correction: .correction
        case .editorsNote: .editorsNote
        case .credit: .credit
        default: nil
        }
    }
}

/// The contract's `notes[].kind`.
public enum NoteKind: String, Sendable, Equatable {
    case correction
    case editorsNote = "editors_note"
    case credit
}
