/// The scripts whose letters decide a language on their own, before any profile is asked.
enum WritingSystem: Int, CaseIterable {
    case latin, cyrillic, greek, han, kana, hangul, arabic, hebrew, devanagari, thai, other

    static let count = allCases.count

    /// The language answered for text written mostly in this script. Latin and Cyrillic are shared by
    /// many languages: the profiles decide there. Arabic script is named `ar` though Persian and Urdu
    /// use it too: either way Lede cannot read it, and the answer names the closest guess.
    var language: String? {
        switch self {
        case .latin, .cyrillic, .kana: nil
        case .greek: "el"
        case .han: "zh"
        case .hangul: "ko"
        case .arabic: "ar"
        case .hebrew: "he"
        case .devanagari: "hi"
        case .thai: "th"
        case .other: "und"
        }
    }

    @inline(__always)
    init(letter value: UInt32) {
        switch value {
        case ..<0x250, 0x1E00..<0x1F00: self = .latin
        case 0x370..<0x400, 0x1F00..<0x2000: self = .greek
        case 0x400..<0x530: self = .cyrillic
        case 0x590..<0x600: self = .hebrew
        case 0x600..<0x700, 0x750..<0x780, 0xFB50..<0xFE00, 0xFE70..<0xFF00: self = .arabic
        case 0x900..<0x980: self = .devanagari
        case 0xE00..<0xE80: self = .thai
        case 0x1100..<0x1200, 0x3130..<0x3190, 0xAC00..<0xD7B0: self = .hangul
        case 0x3040..<0x3100, 0x31F0..<0x3200, 0xFF66..<0xFFA0: self = .kana
        case 0x3400..<0x4DC0, 0x4E00..<0xA000, 0xF900..<0xFB00, 0x20000..<0x32000: self = .han
        default: self = .other
        }
    }
}
