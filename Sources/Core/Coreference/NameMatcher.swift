/// Groups name mentions: the same name; a surname (or a lone first name) with the one fuller name
/// it belongs to; an acronym with its expansion; a misspelt surname with the one person it is
/// closest to. Linear in the number of mentions: lookups go through dictionaries keyed by words.
struct NameMatcher {
    let gazetteer: Gazetteer?

    func group(_ mentions: [EntityMention], titles: [Range<Int>?], in document: TextDocument) -> [EntityClusterer.Cluster] {
        var clusters: [EntityClusterer.Cluster] = []
        var byName: [String: Int] = [:]
        var bySurname: [String: [Int]] = [:]
        var byFirstName: [String: [Int]] = [:]
        var byInitials: [String: Int] = [:]
        /// Each cluster's canonical name as words, kept beside it rather than re-read from the text.
        var canonicalNames: [[String]] = []

        func words(_ mention: EntityMention) -> [String] {
            document.tokens[mention.tokens].filter { $0.kind == .word || $0.kind == .number }.map {
                document.text($0.range).lowercased()
            }
        }

        for (position, mention) in mentions.enumerated() {
            let names = words(mention)
            guard !names.isEmpty else { continue }
            let full = names.joined(separator: " ")
            let target: Int?
            if let index = byName[full] {
                target = index
            } else if mention.type == .person {
                target = personMatch(
                    names, bySurname: bySurname, byFirstName: byFirstName, clusters: clusters, canonicalNames: canonicalNames)
            } else if names.count == 1, let index = byInitials[Self.compact(full)] {
                target = index
            } else {
                target = nil
            }
            let index: Int
            if let target {
                index = target
                clusters[index].mentions.append(mention)
                if names.count > canonicalNames[index].count {
                    clusters[index].canonical = mention
                    canonicalNames[index] = names
                }
            } else {
                index = clusters.count
                clusters.append(EntityClusterer.Cluster(mentions: [mention], type: mention.type, canonical: mention))
                canonicalNames.append(names)
            }
            if let title = titles[position] { clusters[index].titles.append(title) }
            byName[full] = index
            if mention.type == .person {
                if let last = names.last { bySurname[last, default: []].append(index) }
                if names.count > 1, let first = names.first { byFirstName[first, default: []].append(index) }
                if clusters[index].gender == .unknown { clusters[index].gender = gender(of: mention, document: document) }
            } else if names.count > 1 {
                let initials = Self.initials(document: document, mention: mention)
                if initials.count >= 2 { byInitials[initials] = index }
            } else if Self.isAcronym(full) {
                // "UN" seen before "United Nations": the expansion finds it under its initials.
                byName[Self.compact(full)] = index
            }
            if names.count > 1, mention.type != .person {
                let initials = Self.initials(document: document, mention: mention)
                if let earlier = byName[initials], earlier != index, clusters[earlier].mentions.count > 0 {
                    merge(&clusters, earlier, into: index, byName: &byName)
                }
            }
        }
        return clusters.filter { !$0.mentions.isEmpty }
    }

    /// The person a partial or misspelt name refers to, when exactly one fits.
    private func personMatch(
        _ names: [String], bySurname: [String: [Int]], byFirstName: [String: [Int]],
        clusters: [EntityClusterer.Cluster], canonicalNames: [[String]]
    ) -> Int? {
        guard let last = names.last else { return nil }
        if names.count == 1 {
            if let candidates = bySurname[last].map(Set.init), candidates.count == 1 { return candidates.first }
            if let candidates = byFirstName[last].map(Set.init), candidates.count == 1 { return candidates.first }
            // "Scholz" for the "Schultz" introduced earlier: one close spelling, nobody else close.
            guard last.count >= 5 else { return nil }
            let close = Set(
                bySurname.filter { surname, _ in
                    surname.first == last.first && abs(surname.count - last.count) <= 2 && Self.editDistance(surname, last, limit: 2) <= 2
                }.flatMap(\.value))
            return close.count == 1 ? close.first : nil
        }
        // "von der Leyen" after "Ursula von der Leyen": the tail of exactly one fuller name.
        let fuller = Set(bySurname[last] ?? []).filter { index in
            let canonical = canonicalNames[index]
            return canonical.count > names.count && Array(canonical.suffix(names.count)) == names
        }
        if fuller.count == 1 { return fuller.first }
        // "Sergei Lavrov" after "Lavrov": the earlier lone surname joins the full name.
        if let candidates = bySurname[last].map(Set.init), candidates.count == 1, let index = candidates.first,
            clusters[index].mentions.allSatisfy({ $0.tokens.count == 1 })
        {
            return index
        }
        return nil
    }

    private func merge(_ clusters: inout [EntityClusterer.Cluster], _ source: Int, into target: Int, byName: inout [String: Int]) {
        clusters[target].mentions += clusters[source].mentions
        clusters[target].titles += clusters[source].titles
        clusters[source].mentions = []
        for (name, index) in byName where index == source { byName[name] = target }
    }

    private func gender(of mention: EntityMention, document: TextDocument) -> EntityClusterer.Gender {
        guard let gazetteer, mention.tokens.count > 1 else { return .unknown }
        let first = document.tokens[mention.tokens.lowerBound]
        let categories = gazetteer.categories(of: document.normalized[first.range])
        if categories.contains(.firstAmbiguous) { return .unknown }
        if categories.contains(.firstMale) { return .male }
        if categories.contains(.firstFemale) { return .female }
        return .unknown
    }

    /// "United Nations" → "un"; "Organisation for Security and Cooperation in Europe" → "osce".
    static func initials(document: TextDocument, mention: EntityMention) -> String {
        var letters = ""
        for token in document.tokens[mention.tokens] where token.kind == .word && token.flags.contains(.capitalized) {
            if let first = document.text(token.range).first { letters.append(contentsOf: first.lowercased()) }
        }
        return letters
    }

    static func compact(_ name: String) -> String {
        name.utf8.contains(UInt8(ascii: ".")) ? name.filter { $0 != "." } : name
    }

    /// Two to six letters, dots aside ("UN", "N.A.T.O."). Most names are ASCII, checked byte by
    /// byte; others go through `Character`.
    static func isAcronym(_ name: String) -> Bool {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            let letters = compact(name)
            return (2...6).contains(letters.count) && letters.allSatisfy(\.isLetter)
        }
        var letters = 0
        for byte in name.utf8 where byte != UInt8(ascii: ".") {
            guard ASCII.isLetter(byte) else { return false }
            letters += 1
        }
        return (2...6).contains(letters)
    }

    /// Levenshtein distance, giving up past `limit` (names are short; this is never a hot path).
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            var rowMinimum = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}
