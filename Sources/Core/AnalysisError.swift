/// Why an article that was read correctly is still not analysed.
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is in a language Lede's models never learned (the ISO 639-1 code, "und" when unknown).
    case unsupportedLanguage(String)

    public var code: String {
        switch self {
        case .unsupportedLanguage: "unsupported_language"
        }
    }

    public var description: String {
        switch self {
        case .unsupportedLanguage(let code):
            "The text looks like \(Self.name(code)) (\(code)); Lede reads English only. "
                + "Send English text, or add \"language\": \"en\" to the request to analyse it as English anyway."
        }
    }

    /// English names of the languages the identifier can answer, for messages a person reads.
    static func name(_ code: String) -> String {
        let names = [
            "ar": "Arabic", "ca": "Catalan", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
            "es": "Spanish", "fi": "Finnish", "fr": "French", "gl": "Galician", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
            "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "lv": "Latvian",
            "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "sl": "Slovenian", "sr": "Serbian",
            "sv": "Swedish", "th": "Thai", "uk": "Ukrainian", "vi": "Vietnamese", "zh": "Chinese",
        ]
        return names[code] ?? "a language Lede does not know"
    }
}
