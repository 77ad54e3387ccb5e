/// Sentences in CoNLL-U, the Universal Dependencies format: what the parser is trained on, and
/// how `lede parse` reads gold words and writes its parse for scoring.
public struct CoNLLU: Sendable {
    public struct Sentence: Sendable {
        /// The comment and word lines as read, so a parse can be written back around them.
        public var lines: [String]
        /// For each word (multiword-token and empty-node lines are not words), its line.
        public var wordLines: [Int]
        public var forms: [String]
        public var tags: [PartOfSpeech?]
        /// The gold head of each word: an index into `forms`, or -1 for the root; nil when unannotated.
        public var heads: [Int32?]
        public var relations: [DependencyRelation?]
    }

    public var sentences: [Sentence] = []

    /// Reads a CoNLL-U text; lines that are not words (comments, ranges like "3-4", empty
    /// nodes like "5.1") are kept but not parsed.
    public init(_ text: String) {
        var current = Sentence(lines: [], wordLines: [], forms: [], tags: [], heads: [], relations: [])
        func finish() {
            if !current.lines.isEmpty, !current.forms.isEmpty { sentences.append(current) }
            current = Sentence(lines: [], wordLines: [], forms: [], tags: [], heads: [], relations: [])
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                finish()
                continue
            }
            current.lines.append(String(line))
            guard !line.hasPrefix("#") else { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2, columns[0].allSatisfy(\.isNumber) else { continue }
            current.wordLines.append(current.lines.count - 1)
            current.forms.append(String(columns[1]))
            current.tags.append(columns.count > 3 ? PartOfSpeech(name: columns[3]) : nil)
            current.heads.append(columns.count > 6 ? Int32(columns[6]).map { $0 - 1 } : nil)
            current.relations.append(columns.count > 7 ? DependencyRelation(name: columns[7]) : nil)
        }
        finish()
    }

    /// Sentences of words only, one list of forms each (for plain-text input).
    public init(words: [[String]]) {
        sentences = words.filter { !$0.isEmpty }.map { forms in
            var lines: [String] = []
            for (index, form) in forms.enumerated() {
                lines.append("\(index + 1)\t\(form)\t_\t_\t_\t_\t_\t_\t_\t_")
            }
            return Sentence(
                lines: lines, wordLines: Array(lines.indices), forms: forms, tags: forms.map { _ in nil },
                heads: forms.map { _ in nil }, relations: forms.map { _ in nil })
        }
    }

    /// The sentence's lines with columns 4 (UPOS), 7 (HEAD) and 8 (DEPREL) replaced by a parse.
    public static func write(
        _ sentence: Sentence, tags: [PartOfSpeech], heads: [Int32], relations: [DependencyRelation]
    ) -> String {
        var lines = sentence.lines
        for (word, lineIndex) in sentence.wordLines.enumerated() {
            var columns = lines[lineIndex].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            while columns.count < 10 { columns.append("_") }
            columns[3] = tags[word].name
            columns[6] = String(heads[word] + 1)
            columns[7] = relations[word].name
            lines[lineIndex] = columns.joined(separator: "\t")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// Whether every word has a gold tag, head and relation (what training needs).
    public static func isAnnotated(_ sentence: Sentence) -> Bool {
        !sentence.tags.contains(where: { $0 == nil }) && !sentence.heads.contains(where: { $0 == nil })
            && !sentence.relations.contains(where: { $0 == nil })
            && sentence.heads.allSatisfy { ($0 ?? -2) >= -1 && ($0 ?? -2) < Int32(sentence.forms.count) }
    }
}
