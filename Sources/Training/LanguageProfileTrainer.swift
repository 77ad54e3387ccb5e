import Core
import Foundation

/// Builds `LanguageIdentifier` profiles from example text per language (`lede train language`).
///
/// Naive Bayes with add-half smoothing: each hashed gram's log-likelihood per language, shifted
/// so the row's best language is 0 and stored as Int8 (`LanguageIdentifier.scale` per nat), since
/// only differences between languages decide and a row then fits one vector load.
public struct LanguageProfileTrainer: Sendable {
    private var codes: [String] = []
    private var counts: [[Double]] = []
    private var totals: [Double] = []

    public init() {}

    public var languages: [String] { codes }

    /// Counts one example of `language`'s text.
    public mutating func add(_ text: String, language: String) throws(ModelError) {
        let index: Int
        if let known = codes.firstIndex(of: language) {
            index = known
        } else {
            guard codes.count < LanguageIdentifier.capacity else {
                throw .mismatch("more than \(LanguageIdentifier.capacity) languages; leave some out")
            }
            index = codes.count
            codes.append(language)
            counts.append([Double](repeating: 0, count: LetterGrams.buckets))
            totals.append(0)
        }
        var grams = LetterGrams()
        var row = counts[index]
        counts[index] = []
        var added = 0.0
        func count(_ completed: LetterGrams.Completed) {
            for bucket in [completed.bigram, completed.trigram] where bucket >= 0 {
                row[bucket] += 1
                added += 1
            }
        }
        for scalar in text.unicodeScalars { count(grams.feed(LetterGrams.letter(scalar))) }
        count(grams.finish())
        counts[index] = row
        totals[index] += added
    }

    public func identifier() throws(ModelError) -> LanguageIdentifier {
        let width = LanguageIdentifier.capacity
        var weights = [Int8](repeating: Int8.min, count: LetterGrams.buckets * width)
        let denominators = totals.map { log($0 + 0.5 * Double(LetterGrams.buckets)) }
        var row = [Double](repeating: 0, count: codes.count)
        for bucket in 0..<LetterGrams.buckets {
            for language in codes.indices {
                row[language] = log(counts[language][bucket] + 0.5) - denominators[language]
            }
            let best = row.max() ?? 0
            for language in codes.indices {
                let scaled = ((row[language] - best) * Double(LanguageIdentifier.scale)).rounded()
                weights[bucket * width + language] = Int8(max(-127, scaled))
            }
        }
        return try LanguageIdentifier(languages: codes, weights: weights)
    }
}
