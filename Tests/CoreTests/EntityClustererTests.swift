import Testing

@testable import Core

/// Coreference on short invented articles, with name mentions given by hand.
@Suite struct EntityClustererTests {
    let gazetteer = Gazetteer(entries: [("Anna", .firstFemale), ("Peter", .firstMale), ("Chad", .country)])

    /// Marks every listed name (all its occurrences) as a mention of the given type.
    func cluster(
        _ text: String, _ names: [(String, EntityType)], gazetteer: Gazetteer? = nil
    ) -> (TextDocument, [EntityClusterer.Cluster]) {
        let document = TextReader().read(text)
        var mentions: [EntityMention] = []
        for (name, type) in names {
            let bytes = Array(name.utf8)
            var start = 0
            while start + bytes.count <= document.normalized.count {
                if document.normalized[start..<(start + bytes.count)].elementsEqual(bytes),
                    !mentions.contains(where: { $0.range.overlaps(start..<(start + bytes.count)) }),
                    let first = document.tokens.firstIndex(where: { $0.range.lowerBound == start }),
                    let last = document.tokens.firstIndex(where: { $0.range.upperBound == start + bytes.count })
                {
                    mentions.append(EntityMention(range: start..<(start + bytes.count), tokens: first..<(last + 1), type: type))
                    start += bytes.count
                } else {
                    start += 1
                }
            }
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        return (document, EntityClusterer(gazetteer: gazetteer ?? self.gazetteer).cluster(mentions, in: document))
    }

    /// "the company" is the organisation the story follows, named most in the last sentences,
    /// more than the one named last in passing.
    @Test func theCompanyIsTheOrganisationNamedMostNearby() throws {
        let (document, clusters) = cluster(
            "Acme Corp cut jobs. Acme Corp said sales fell. It bought parts from Bolt Ltd. The company will report on Monday.",
            [("Acme Corp", .organization), ("Bolt Ltd", .organization)])
        let acme = try #require(clusters.first { document.text($0.canonical.range) == "Acme Corp" })
        #expect(acme.mentions.contains { document.text($0.range) == "The company" })
    }

    /// "the House of Lords" and "the Lords", in either order: the word that ends an organisation's
    /// name after "of" is that organisation, when it is typed one; "England" after "the Bank of
    /// England" is the place.
    @Test func anOrganisationsWordAfterOfIsTheOrganisation() throws {
        let (document, clusters) = cluster(
            "Lords vote\n\nThe House of Lords voted on Monday. The Lords rejected the bill. The Bank of England and England waited.",
            [("House of Lords", .organization), ("Bank of England", .organization), ("Lords", .organization), ("England", .gpe)])
        let house = try #require(clusters.first { document.text($0.canonical.range) == "House of Lords" })
        #expect(house.mentions.map { document.text($0.range) } == ["Lords", "House of Lords", "Lords"])
        #expect(clusters.contains { document.text($0.canonical.range) == "England" })
    }

    /// "the bank" is the bank the article names most, whether its name ends in "Bank" or opens
    /// with it before "of": an economist's employer named once does not take it over.
    @Test func theBankIsTheOneNamedMost() throws {
        let (document, clusters) = cluster(
            "Rates held\n\nThe Bank of Velmont held rates. The Bank of Velmont said inflation was high. Tom Hale, an "
                + "economist at Harlow Bank, agreed. The bank will meet again in June.",
            [("Bank of Velmont", .organization), ("Harlow Bank", .organization), ("Tom Hale", .person)])
        let central = try #require(clusters.first { document.text($0.canonical.range) == "Bank of Velmont" })
        #expect(central.mentions.contains { document.text($0.range) == "The bank" })
    }

    /// "first" and "one" recur without naming one thing; a figure in digits repeated is one figure.
    @Test func countWordsStayApartAndFiguresJoin() {
        let (_, clusters) = cluster(
            "It was the first time. She came first. One man won; one woman lost. 1,000 fled and 1,000 stayed.",
            [("first", .ordinal), ("One", .cardinal), ("one", .cardinal), ("1,000", .cardinal)])
        #expect(clusters.filter { $0.type == .ordinal }.map(\.mentions.count) == [1, 1])
        #expect(clusters.filter { $0.type == .cardinal }.map(\.mentions.count).sorted() == [1, 1, 2])
    }

    /// With a parse, "he" in the next sentence is the subject of the main verb, not the first
    /// person named ("In a letter to Tom Roe, Jim Lee said …"); without one, the first person.
    @Test func aPronounPrefersThePreviousSentencesParsedSubject() throws {
        let text = "In a letter to Tom Roe, Jim Lee said the plan failed. He resigned."
        let names: [(String, EntityType)] = [("Tom Roe", .person), ("Jim Lee", .person)]
        var document = TextReader().read(text)
        let first = try #require(document.sentences.first).tokens
        let words = first.map { document.text(of: document.tokens[$0]) }
        let said = try #require(words.firstIndex(of: "said")) + first.lowerBound
        let jim = try #require(words.firstIndex(of: "Jim")) + first.lowerBound
        for index in first {
            document.tokens[index].pos = .noun
            document.tokens[index].head = Int32(said)
            document.tokens[index].relation = .dep
        }
        document.tokens[said] = Self.parsed(document.tokens[said], .verb, -1, .root)
        document.tokens[jim] = Self.parsed(document.tokens[jim], .propn, Int32(said), .nsubj)
        document.tokens[jim + 1] = Self.parsed(document.tokens[jim + 1], .propn, Int32(jim), .flat)

        let (_, unparsed) = cluster(text, names)
        let plain = TextReader().read(text)
        #expect(owner(of: "He", plain, unparsed) == "Tom Roe")
        let mentions = unparsed.flatMap { $0.mentions.filter { $0.kind == .name } }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let parsed = EntityClusterer(gazetteer: gazetteer).cluster(mentions, in: document)
        #expect(owner(of: "He", document, parsed) == "Jim Lee")
    }

    /// Gives the words of sentence `sentence` the relations listed (the first word spelled so
    /// depends on the first word spelled as its head); every other word hangs from the root.
    func parse(
        _ document: inout TextDocument, sentence: Int, root: String, _ arcs: [(word: String, head: String, relation: DependencyRelation)]
    ) throws {
        let tokens = document.sentences[sentence].tokens
        func index(_ word: String) throws -> Int {
            try #require(tokens.first { document.text(of: document.tokens[$0]) == word })
        }
        let rootIndex = try index(root)
        for token in tokens { document.tokens[token] = Self.parsed(document.tokens[token], .noun, Int32(rootIndex), .dep) }
        document.tokens[rootIndex] = Self.parsed(document.tokens[rootIndex], .verb, -1, .root)
        for arc in arcs {
            let token = try index(arc.word)
            document.tokens[token] = Self.parsed(document.tokens[token], .propn, Int32(try index(arc.head)), arc.relation)
        }
    }

    /// The clusters of `text` with the given names as mentions, on a document `parse` marked.
    func cluster(_ document: TextDocument, _ names: [(String, EntityType)], text: String) -> [EntityClusterer.Cluster] {
        let (_, unparsed) = cluster(text, names)
        let mentions = unparsed.flatMap { $0.mentions.filter { $0.kind == .name } }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        return EntityClusterer(gazetteer: gazetteer).cluster(mentions, in: document)
    }

    /// A person the article keeps as its subject outweighs one named once in a modifier of the
    /// pronoun's own sentence; read without a parse, the nearer name wins.
    @Test func aPronounGoesToTheMostSalientPersonNotTheNearest() throws {
        let text = "Tom Baker grew up in Leeds. Tom Baker moved to York. Under the care of a coach, Sam Hill, he trained."
        let names: [(String, EntityType)] = [("Tom Baker", .person), ("Sam Hill", .person)]
        var document = TextReader().read(text)
        try parse(&document, sentence: 0, root: "grew", [("Baker", "grew", .nsubj), ("Tom", "Baker", .compound)])
        try parse(&document, sentence: 1, root: "moved", [("Baker", "moved", .nsubj), ("Tom", "Baker", .compound)])
        try parse(
            &document, sentence: 2, root: "trained",
            [
                ("care", "trained", .obl), ("coach", "care", .nmod), ("Hill", "coach", .appos), ("Sam", "Hill", .compound),
                ("he", "trained", .nsubj),
            ])
        #expect(owner(of: "he", document, cluster(document, names, text: text)) == "Tom Baker")
        let (plain, unparsed) = cluster(text, names)
        #expect(owner(of: "he", plain, unparsed) == "Sam Hill")
    }

    /// Weight fades by the sentence: in a long run of people each followed by "He", every
    /// pronoun is the person just named, and forgotten people leave the candidates.
    @Test func aPronounFollowsTheLatestPersonThroughTwoHundredPeople() {
        let people = (0..<200).map { "Member \(String($0, radix: 26).uppercased())x Roe" }
        let text = people.map { "\($0) spoke. He left." }.joined(separator: " ")
        let (document, clusters) = cluster(text, people.map { ($0, .person) })
        let pronouns = clusters.map { $0.mentions.filter { $0.kind == .pronoun }.count }
        #expect(clusters.count == 200)
        #expect(pronouns.allSatisfy { $0 == 1 })
        #expect(owner(of: people[199], document, clusters) == people[199])
    }

    /// A name parsed as part of a longer phrase ("City Mayor Sam Hill", headed by "City") has
    /// the phrase's role: here the subject of "said", whom "he" in its clause means.
    @Test func aNameInsideATitledPhraseHasThePhrasesRole() throws {
        let text = "Tom Baker led the talks. City Mayor Sam Hill said that he would stay."
        let names: [(String, EntityType)] = [("Tom Baker", .person), ("Sam Hill", .person)]
        var document = TextReader().read(text)
        try parse(&document, sentence: 0, root: "led", [("Baker", "led", .nsubj), ("Tom", "Baker", .compound), ("talks", "led", .obj)])
        try parse(
            &document, sentence: 1, root: "said",
            [
                ("City", "said", .nsubj), ("Mayor", "City", .flat), ("Sam", "City", .flat), ("Hill", "City", .flat),
                ("stay", "said", .ccomp), ("he", "stay", .nsubj),
            ])
        #expect(owner(of: "he", document, cluster(document, names, text: text)) == "Sam Hill")
    }

    /// The object of a verb is not its own subject: "her" is the other woman.
    @Test func anObjectPronounIsNotItsVerbsSubject() throws {
        let text = "Ann Lee met Jo Smith. Jo Smith praised her."
        let names: [(String, EntityType)] = [("Ann Lee", .person), ("Jo Smith", .person)]
        var document = TextReader().read(text)
        try parse(&document, sentence: 0, root: "met", [("Lee", "met", .nsubj), ("Ann", "Lee", .compound), ("Smith", "met", .obj)])
        try parse(
            &document, sentence: 1, root: "praised", [("Smith", "praised", .nsubj), ("Jo", "Smith", .compound), ("her", "praised", .obj)])
        #expect(owner(of: "her", document, cluster(document, names, text: text)) == "Ann Lee")
    }

    static func parsed(_ token: Token, _ pos: PartOfSpeech, _ head: Int32, _ relation: DependencyRelation) -> Token {
        var token = token
        token.pos = pos
        token.head = head
        token.relation = relation
        return token
    }

    func texts(_ cluster: EntityClusterer.Cluster, _ document: TextDocument) -> [String] {
        cluster.mentions.map { document.text($0.range) }
    }

    func owner(of text: String, _ document: TextDocument, _ clusters: [EntityClusterer.Cluster]) -> String? {
        clusters.first { texts($0, document).contains(text) }.map { document.text($0.canonical.range) }
    }

    @Test func surnamesAndTitledSurnamesJoinTheFullName() {
        let (document, clusters) = cluster(
            "Foreign Minister Anna Kovacs arrived. Kovacs met Minister Kovacs's aides.",
            [("Anna Kovacs", .person), ("Kovacs", .person)])
        #expect(clusters.count == 1)
        #expect(document.text(clusters[0].canonical.range) == "Anna Kovacs")
        #expect(clusters[0].titles.map { document.text($0) }.first == "Foreign Minister")
    }

    /// A rank is a title, not a name ("Emperor Roe" is Roe), and "Jr." is no surname: both forms
    /// join the person, and so does the surname alone.
    @Test func ranksAndGenerationalSuffixesAreNotTheSurname() {
        let (document, clusters) = cluster(
            "Emperor Tobias Quill ruled. Emperor Quill spoke. Dale Ferris Jr. arrived. Ferris and Quill met.",
            [
                ("Emperor Tobias Quill", .person), ("Emperor Quill", .person), ("Dale Ferris Jr.", .person), ("Ferris", .person),
                ("Quill", .person),
            ])
        #expect(clusters.count == 2)
        #expect(clusters.map { document.text($0.canonical.range) }.sorted() == ["Dale Ferris Jr.", "Tobias Quill"])
        #expect(clusters.allSatisfy { $0.mentions.count >= 2 })
    }

    /// Names outside ASCII match case-insensitively as `String.lowercased()` sees them.
    @Test func accentedNamesMatchWhateverTheirCase() {
        let (document, clusters) = cluster(
            "Ömer Çelik spoke in Ankara. ÇELIK later said more. Then the Ünited Organisation (ÜO) met; ÜO agreed.",
            [("Ömer Çelik", .person), ("ÇELIK", .person), ("Ünited Organisation", .organization), ("ÜO", .organization)])
        #expect(owner(of: "ÇELIK", document, clusters) == "Ömer Çelik")
        #expect(owner(of: "ÜO", document, clusters) == "Ünited Organisation")
        #expect(clusters.count == 2)
    }

    @Test func ambiguousSurnameStaysApart() {
        let (_, clusters) = cluster(
            "Peter Lind and Anna Lind spoke. Lind left early.", [("Peter Lind", .person), ("Anna Lind", .person), ("Lind", .person)])
        #expect(clusters.count == 3)
    }

    @Test func nearMissSpellingJoinsTheOnlyCloseName() {
        let (document, clusters) = cluster(
            "Chancellor Olaf Schultz spoke. Later Scholz added more.", [("Olaf Schultz", .person), ("Scholz", .person)])
        #expect(clusters.count == 1)
        #expect(owner(of: "Scholz", document, clusters) == "Olaf Schultz")
    }

    @Test func nearMissSpellingWithAccentsAndCapitals() {
        let (document, clusters) = cluster(
            "Minister Jörg Möllers spoke. Later MÖLLER added more.", [("Jörg Möllers", .person), ("MÖLLER", .person)])
        #expect(clusters.count == 1)
        #expect(owner(of: "MÖLLER", document, clusters) == "Jörg Möllers")
        let (_, short) = cluster("Minister Anna Mohr spoke. Later Mohn added more.", [("Anna Mohr", .person), ("Mohn", .person)])
        #expect(short.count == 2)
    }

    @Test func nearMissOnHostileLengthsStaysFast() throws {
        // Two 60,000-letter "surnames" one letter apart: the spelling check must not be quadratic.
        let surname = String(repeating: "k", count: 60_000)
        let document = TextReader().read("Intro.\n\nMinister Olaf \(surname)a spoke. Later \(surname)b added more.")
        let long = document.tokens.indices.filter { document.tokens[$0].range.count > 1_000 }
        try #require(long.count == 2)
        let full = EntityMention(
            range: Int(document.tokens[long[0] - 1].start)..<Int(document.tokens[long[0]].end), tokens: (long[0] - 1)..<(long[0] + 1),
            type: .person)
        let short = EntityMention(range: document.tokens[long[1]].range, tokens: long[1]..<(long[1] + 1), type: .person)
        let clusters = EntityClusterer(gazetteer: nil).cluster([full, short], in: document)
        #expect(clusters.count == 1)
    }

    @Test func nearMissesStopOnceTheArticleHasSpentItsSpellingBudget() throws {
        // 4,000 different lone surnames: each is compared with those before it until the budget
        // is spent (instead of 8 million comparisons); a misspelling before that still joins its
        // name, one after it no longer does.
        var generator = SystemRandomNumberGenerator()
        let names = (0..<4_000).map { _ in
            "K" + String((0..<6).map { _ in Character(Unicode.Scalar(UInt8.random(in: 97...122, using: &generator))) })
        }
        let text =
            "Intro.\n\nMinister Olaf Schultz spoke. Later Scholz added. "
            + names.map { "\($0) spoke." }.joined(separator: " ")
            + " Chancellor Anna Bergmann spoke. Later Bergman added."
        let document = TextReader().read(text)
        let single = Set(["Scholz", "Bergman"] + names)
        let full = ["Olaf": "Schultz", "Anna": "Bergmann"]
        var mentions: [EntityMention] = []
        var index = 0
        while index < document.tokens.count {
            let word = document.text(of: document.tokens[index])
            var count = single.contains(word) ? 1 : 0
            if let surname = full[word], index + 1 < document.tokens.count, document.text(of: document.tokens[index + 1]) == surname {
                count = 2
            }
            if count > 0 {
                let range = Int(document.tokens[index].start)..<Int(document.tokens[index + count - 1].end)
                mentions.append(EntityMention(range: range, tokens: index..<(index + count), type: .person))
            }
            index += max(count, 1)
        }
        try #require(mentions.count == 4 + names.count)
        let clusters = EntityClusterer(gazetteer: nil).cluster(mentions, in: document)
        func owner(_ name: String) -> Int? {
            clusters.firstIndex { cluster in cluster.mentions.contains { document.text($0.range) == name } }
        }
        #expect(owner("Scholz") != nil && owner("Scholz") == owner("Olaf Schultz"))
        #expect(owner("Bergman") != nil && owner("Bergman") != owner("Anna Bergmann"))
    }

    @Test func spellingBudgetRunsOut() {
        var budget = SpellingBudget(units: 10)
        let spent = [budget.spend(4), budget.spend(0), budget.spend(6)]
        #expect(spent == [true, true, false])
        #expect(budget.remaining == 0)
        let afterwards = budget.spend(1)
        #expect(!afterwards)
    }

    @Test func nearMissNeedsExactlyOneCandidate() {
        let (_, clusters) = cluster(
            "Olaf Schultz and Eva Scholte spoke. Later Scholz added more.",
            [("Olaf Schultz", .person), ("Eva Scholte", .person), ("Scholz", .person)])
        #expect(clusters.count == 3)
    }

    /// "Mr Hart" is what the article wrote, so it is the mention; the person's name stays "Tom
    /// Hart" and the honorific is no title ("But Mr" was one).
    @Test func anHonorificBelongsToTheMentionNotTheNameNorATitle() {
        let (document, clusters) = cluster(
            "Foreign Secretary Tom Hart arrived. But Mr Hart said little.", [("Tom Hart", .person), ("Hart", .person)])
        #expect(clusters.count == 1)
        #expect(document.text(clusters[0].canonical.range) == "Tom Hart")
        #expect(texts(clusters[0], document) == ["Tom Hart", "Mr Hart"])
        #expect(clusters[0].titles.map { document.text($0) } == ["Foreign Secretary"])
    }

    /// After an honorific, a capitalised word the tagger left alone is the surname of the person
    /// of that name, before the full name (a headline) or after it.
    @Test func anHonorificMakesAnUntaggedSurnameAMention() {
        let (document, clusters) = cluster(
            "Mr Crane warns on attacks\n\nPaul Crane runs a lab. Attacks are common, said Mr Crane.", [("Paul Crane", .person)])
        #expect(clusters.count == 1)
        #expect(texts(clusters[0], document) == ["Mr Crane", "Paul Crane", "Mr Crane"])
    }

    /// "Mrs" tells the gender, which pronouns then respect; an honorific of the other gender
    /// names another person of that name, while the bare surname stays with the first.
    @Test func anHonorificGivesGenderAndSetsApartAnotherOfTheName() {
        let (_, clusters) = cluster("Mrs Dale met the press. He left.", [("Dale", .person)])
        #expect(clusters[0].mentions.count == 1)
        #expect(clusters[0].gender == .female)
        let (family, people) = cluster(
            "Anna Vale opened a shop. Mr Vale sold it. Vale said the shop was hers. Mr Vale left.",
            [("Anna Vale", .person), ("Vale", .person)])
        #expect(people.count == 2)
        #expect(owner(of: "Vale", family, people) == "Anna Vale")
        #expect(people.first { texts($0, family).contains("Mr Vale") }.map { texts($0, family) } == ["Mr Vale", "Mr Vale"])
    }

    /// "President Vale", "Mr Vale" … "his wife, Anna Vale": a full name whose first name is of the
    /// other gender than the person named so far is someone else of that surname, and the
    /// person keeps their mentions; a particle opening a name ("van Dorn") is no first name.
    @Test func aFirstNameOfTheOtherGenderNamesAnotherOfTheSurname() {
        let (family, people) = cluster(
            "President Vale spoke. Mr Vale said the plan would work. His wife, Anna Vale, agreed. Vale left.",
            [("Anna Vale", .person), ("Vale", .person)])
        #expect(people.count == 2)
        #expect(people.first { texts($0, family).contains("Anna Vale") }.map { texts($0, family) } == ["Anna Vale"])
        #expect(owner(of: "Mr Vale", family, people) != "Anna Vale")
        let particle = Gazetteer(entries: [("Anna", .firstFemale), ("van", .firstMale)])
        let (_, dorns) = cluster(
            "Anna van Dorn spoke. Later, van Dorn said she agreed.", [("Anna van Dorn", .person), ("van Dorn", .person)],
            gazetteer: particle)
        #expect(dorns.count == 1)
    }

    /// "Anna Vale … Peter Vale … Mr Vale": of a family sharing the surname, an honorific names the
    /// one person of its gender; of two of that gender it names neither.
    @Test func anHonorificPicksTheOneOfTheFamilyOfItsGender() {
        let (family, people) = cluster(
            "Anna Vale said she was relieved. Her son, Peter Vale, said the family was grateful. Mr Vale left. Ms Vale stayed.",
            [("Anna Vale", .person), ("Peter Vale", .person), ("Vale", .person)])
        #expect(people.count == 2)
        #expect(owner(of: "Mr Vale", family, people) == "Peter Vale")
        #expect(owner(of: "Ms Vale", family, people) == "Anna Vale")
        let (brothers, men) = cluster(
            "Peter Vale spoke. His brother, Tom Vale, agreed. Mr Vale left.",
            [("Peter Vale", .person), ("Tom Vale", .person), ("Vale", .person)],
            gazetteer: Gazetteer(entries: [("Peter", .firstMale), ("Tom", .firstMale)]))
        #expect(men.count == 3)
        #expect(!["Peter Vale", "Tom Vale"].contains(owner(of: "Mr Vale", brothers, men)))
    }

    /// The wider given-name list tells a gender the gazetteer does not know, the gazetteer's own
    /// word comes first, and a title opening the name is no first name.
    @Test func givenNamesTellTheGendersTheGazetteerLacks() {
        let givenNames = Gazetteer(entries: [("Kamala", .firstFemale), ("Anna", .firstMale), ("General", .firstMale)])
        func gender(of name: String) -> EntityClusterer.Gender? {
            let document = TextReader().read("\(name) spoke on Monday.")
            let words = name.split(separator: " ").count
            let mention = EntityMention(range: 0..<name.utf8.count, tokens: 0..<words, type: .person)
            return EntityClusterer(gazetteer: gazetteer, givenNames: givenNames).cluster([mention], in: document).first?.gender
        }
        #expect(gender(of: "Kamala Sethi") == .female)
        #expect(gender(of: "Anna Sethi") == .female)
        #expect(gender(of: "General Sethi") == .unknown)
        #expect(gender(of: "Vladimir Sethi") == .unknown)
    }

    /// "Council of Northern Ports (CNP)" defines an alias: whichever of the two the tagger
    /// missed joins the other, and the full name names the entity.
    @Test func aNameWithItsAcronymInBracketsDefinesTheAlias() {
        let text = "The Council of Northern Ports (CNP) met on Monday. CNP members voted."
        let (document, clusters) = cluster(text, [("Council of Northern Ports", .organization)])
        #expect(clusters.count == 1)
        #expect(texts(clusters[0], document) == ["Council of Northern Ports", "CNP"])
        let (acronymOnly, fromAcronym) = cluster(text, [("CNP", .organization)])
        #expect(fromAcronym.count == 1)
        #expect(acronymOnly.text(fromAcronym[0].canonical.range) == "Council of Northern Ports")
        #expect(texts(fromAcronym[0], acronymOnly) == ["Council of Northern Ports", "CNP", "CNP"])
        let (_, unrelated) = cluster("The Council of Northern Ports (ABC) met.", [("Council of Northern Ports", .organization)])
        #expect(unrelated[0].mentions.count == 1)
    }

    /// A name with middle names and the same name without them are one person, in either
    /// order; another first name with the surname is not.
    @Test func aNameWithMiddleNamesJoinsTheShortFormEitherWay() {
        for text in ["Anna Maria Vale spoke. Anna Vale left.", "Anna Vale spoke. Anna Maria Vale left."] {
            let (document, clusters) = cluster(text, [("Anna Maria Vale", .person), ("Anna Vale", .person)])
            #expect(clusters.count == 1)
            #expect(clusters.first.map { document.text($0.canonical.range) } == "Anna Maria Vale")
        }
        let (_, siblings) = cluster("Anna Maria Vale spoke. Peter Vale left.", [("Anna Maria Vale", .person), ("Peter Vale", .person)])
        #expect(siblings.count == 2)
    }

    /// "aka" and "also known as" give a person another name; a person merely named next to
    /// another stays apart.
    @Test func aPersonsOtherNameAfterAkaJoinsThem() {
        for text in ["Jan Novak, aka Kuba, wrote the code. Kuba quit.", "Jan Novak, also known as Kuba, wrote the code. Kuba quit."] {
            let (document, clusters) = cluster(text, [("Jan Novak", .person), ("Kuba", .person)])
            #expect(clusters.count == 1)
            #expect(clusters.first.map { texts($0, document) } == ["Jan Novak", "Kuba", "Kuba"])
        }
        let (_, apart) = cluster("Jan Novak met Kuba. Kuba quit.", [("Jan Novak", .person), ("Kuba", .person)])
        #expect(apart.count == 2)
    }

    @Test func acronymsJoinTheirExpansionEitherWay() {
        let (document, clusters) = cluster(
            "The United Nations met. The UN said more. Later the Organisation of Petroleum Exporting Countries (OPEC) met.",
            [
                ("United Nations", .organization), ("UN", .organization), ("Organisation of Petroleum Exporting Countries", .organization),
                ("OPEC", .organization),
            ])
        #expect(clusters.count == 2)
        #expect(owner(of: "UN", document, clusters) == "United Nations")
        #expect(owner(of: "OPEC", document, clusters) == "Organisation of Petroleum Exporting Countries")
    }

    @Test func pronounsFollowTheSubjectNotANameQuotedInside() {
        let (document, clusters) = cluster(
            "Peter Lind said he was ready. “I wrote to Anna Berg on Monday,” he said. She did not reply.",
            [("Peter Lind", .person), ("Anna Berg", .person)])
        let peter = clusters.first { document.text($0.canonical.range) == "Peter Lind" }
        let anna = clusters.first { document.text($0.canonical.range) == "Anna Berg" }
        #expect(peter?.mentions.filter { $0.kind == .pronoun }.count == 2)
        #expect(anna?.mentions.filter { $0.kind == .pronoun }.map { document.text($0.range) } == ["She"])
    }

    /// "She" inside a quotation is resolved as outside one; "it" inside one is left alone.
    @Test func pronounsInsideAQuotationAreResolved() {
        let (document, clusters) = cluster(
            "Anna Berg won the race for Acme Corp. “She trained for years and it paid,” a coach said.",
            [("Anna Berg", .person), ("Acme Corp", .organization)])
        #expect(owner(of: "She", document, clusters) == "Anna Berg")
        #expect(owner(of: "it", document, clusters) == nil)
    }

    /// After a long stretch without her name, "she" is the woman the article has mentioned most
    /// (three times or more); a woman named once is forgotten.
    @Test func aFadedPronounFallsBackToThePersonMentionedMost() {
        let gap = String(repeating: "It rained. ", count: 7)
        let (document, clusters) = cluster(
            "Anna Berg sang. Anna Berg danced. Anna Berg left. " + gap + "She came back.", [("Anna Berg", .person)])
        #expect(owner(of: "She", document, clusters) == "Anna Berg")
        let (_, once) = cluster("Anna Berg sang. " + gap + "She came back.", [("Anna Berg", .person)])
        #expect(once[0].mentions.count == 1)
    }

    @Test func pronounsWithNoCompatibleAntecedentStayUnattached() {
        let (_, clusters) = cluster("Peter Lind arrived. She was late.", [("Peter Lind", .person)])
        #expect(clusters[0].mentions.count == 1)
    }

    /// "his or her", "he or she", "himself or herself": a pronoun offered with one of the other gender means
    /// anyone, not the person just named; a lone "his" next to a pair still is that person.
    @Test func aPronounPairedWithTheOtherGenderMeansAnyone() {
        for text in [
            "Peter Lind said every pupil should reach his or her potential.",
            "Peter Lind said a teacher succeeds if he or she listens.",
            "Peter Lind said each voter must decide for himself or herself.",
        ] {
            let (_, clusters) = cluster(text, [("Peter Lind", .person)])
            #expect(clusters[0].mentions.count == 1, "\(text)")
        }
        let (document, clusters) = cluster("Peter Lind said his pupils, him or her, can come.", [("Peter Lind", .person)])
        #expect(owner(of: "his", document, clusters) == "Peter Lind")
    }

    @Test func roleNounsJoinThePersonWithThatTitle() {
        let (document, clusters) = cluster(
            "German Chancellor Olaf Schultz arrived. The talks began when the chancellor spoke.", [("Olaf Schultz", .person)])
        #expect(clusters[0].mentions.map(\.kind) == [.name, .nominal])
        #expect(clusters[0].titles.map { document.text($0) } == ["German Chancellor"])
    }

    /// "the Green Party spokeswoman" of "Green Party spokeswoman Jane Roe": the title's other words may
    /// come between "the" and its role word; words of no title keep the description apart.
    @Test func aRoleWithTheWordsOfItsTitleJoinsThePerson() {
        let text =
            "Green Party spokeswoman Jane Roe spoke. Tom Reed replied. Later the Green Party spokeswoman questioned it. "
            + "The Labour spokeswoman agreed."
        let (document, clusters) = cluster(text, [("Jane Roe", .person), ("Tom Reed", .person)])
        #expect(owner(of: "the Green Party spokeswoman", document, clusters) == "Jane Roe")
        #expect(owner(of: "The Labour spokeswoman", document, clusters) == nil)
    }

    @Test func organisationNounsJoinTheOrganisation() {
        let (document, clusters) = cluster(
            "The NATO-Russia Council met on Monday. The council agreed. Acme Corp raised prices. The company said sales rose.",
            [("NATO-Russia Council", .organization), ("Acme Corp", .organization)])
        #expect(owner(of: "The council", document, clusters) == "NATO-Russia Council")
        #expect(owner(of: "The company", document, clusters) == "Acme Corp")
    }

    /// "the court" before any court is named is another court: no later name takes it.
    @Test func anOrganisationNounBeforeTheNameStaysAlone() {
        let (document, clusters) = cluster(
            "A federal court ruled on Friday. The court sent the case back. Later the Supreme Court declined to act. "
                + "The court gave no reason.",
            [("Supreme Court", .organization)])
        let court = clusters.first { document.text($0.canonical.range) == "Supreme Court" }
        let nominals = court?.mentions.filter { $0.kind == .nominal } ?? []
        #expect(nominals.count == 1)
        #expect(nominals.allSatisfy { document.text($0.range.lowerBound..<document.normalized.count).hasPrefix("The court gave") })
    }

    @Test func aGenericNounFarFromAnyOrganisationStaysAlone() {
        let (_, clusters) = cluster(
            "Acme Corp raised prices. It rained. It rained again. Still raining. The company said sales rose.",
            [("Acme Corp", .organization)])
        #expect(clusters[0].mentions.count == 1)
    }

    @Test func aLongSentenceOfPronounsStaysLinear() {
        // Each pronoun looks back a bounded number of tokens: 18,000 pronouns in one sentence finish at once.
        let (_, clusters) = cluster(
            "Peter Lind spoke. " + String(repeating: "he said that she said they said ", count: 6000) + ".", [("Peter Lind", .person)])
        #expect(clusters.count == 1)
    }

    @Test func tenThousandHonorificsAliasesAndAcronymsStayLinear() throws {
        // 10,000 people sharing a surname, each given one alias shared by all, then an uncovered
        // "Mr Roe" and a bracketed acronym: every new pass is linear, and the shared alias joins
        // one person rather than chaining all of them together.
        let count = 10_000
        let text = (0..<count).map { "Tom Q\(String($0, radix: 26).uppercased())x Roe, aka Kit, met Mr Roe of the Port Board (PB)." }
            .joined(separator: " ")
        let document = TextReader().read(text)
        var mentions: [EntityMention] = []
        for sentence in document.sentences {
            let first = sentence.tokens.lowerBound
            try #require(document.text(of: document.tokens[first + 13]) == "Board")
            for (tokens, type) in [
                (first..<(first + 3), EntityType.person), ((first + 5)..<(first + 6), .person),
                ((first + 12)..<(first + 14), .organization),
            ] {
                let range = Int(document.tokens[tokens.lowerBound].start)..<Int(document.tokens[tokens.upperBound - 1].end)
                mentions.append(EntityMention(range: range, tokens: tokens, type: type))
            }
        }
        let clusters = EntityClusterer(gazetteer: gazetteer).cluster(mentions, in: document)
        let people = clusters.filter { $0.type == .person }
        #expect(people.count == count)
        #expect(people.reduce(0) { $0 + $1.mentions.filter { document.text($0.range) == "Mr Roe" }.count } == count)
        #expect(people.filter { $0.mentions.contains { document.text($0.range) == "Kit" } }.count == 1)
        #expect(clusters.first { $0.type == .organization }?.mentions.count == 2 * count)
    }

    @Test func twoThousandNamesStayFast() {
        // Linear, not quadratic: 2,000 distinct people, each named in full then by surname.
        let text = (0..<2000).map { "Name\($0) Surname\($0) met Surname\($0) today." }.joined(separator: " ")
        let document = TextReader().read(text)
        var mentions: [EntityMention] = []
        for sentence in document.sentences {
            let first = sentence.tokens.lowerBound
            for tokens in [first..<(first + 2), (first + 3)..<(first + 4)] {
                let range = Int(document.tokens[tokens.lowerBound].start)..<Int(document.tokens[tokens.upperBound - 1].end)
                mentions.append(EntityMention(range: range, tokens: tokens, type: .person))
            }
        }
        let clusters = EntityClusterer(gazetteer: gazetteer).cluster(mentions, in: document)
        #expect(clusters.count == 2000)
        #expect(clusters.allSatisfy { $0.mentions.count == 2 })
    }

    /// A headline's lone surname, typed a place for want of context, is the person the body then
    /// names in full; a country's name is not.
    @Test func aSurnameBeforeTheFullNameJoinsIt() {
        let (document, clusters) = cluster(
            "Hale attacks show\n\nMartin Hale has criticised the show. Hale said it was cruel.",
            [("Martin Hale", .person), ("Hale", .gpe)])
        #expect(clusters.count == 1)
        #expect(clusters.first?.type == .person)
        #expect(clusters.first.map { document.text($0.canonical.range) } == "Martin Hale")
        #expect(clusters.first?.mentions.count == 3)
        let (_, country) = cluster(
            "Chad votes on Sunday\n\nThe poll in Chad was monitored by Mary Chad, an observer.",
            [("Mary Chad", .person), ("Chad", .gpe)])
        #expect(country.count == 2)
    }
}
