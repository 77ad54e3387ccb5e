import Testing

@testable import Core
@testable import Training

/// The tagger and parser's machinery on small hand-made treebanks: the oracle, training,
/// the model file, CoNLL-U, and the stage's bounds on long input.
struct SyntaxTests {
    /// Small sentences of a few shapes, enough for a perceptron to learn them exactly.
    static let treebank: String = {
        let nouns = ["minister", "police", "company", "court", "senator", "union"]
        let verbs = ["said", "warned", "claimed", "argued"]
        var text = ""
        for (index, noun) in nouns.enumerated() {
            let verb = verbs[index % verbs.count]
            text += """
                1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_
                2\t\(noun)\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_
                3\t\(verb)\t_\tVERB\t_\t_\t0\troot\t_\t_
                4\tprices\t_\tNOUN\t_\t_\t5\tnsubj\t_\t_
                5\trose\t_\tVERB\t_\t_\t3\tccomp\t_\t_
                6\tin\t_\tADP\t_\t_\t7\tcase\t_\t_
                7\tMay\t_\tPROPN\t_\t_\t5\tobl\t_\t_
                8\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_

                1\tA\ta\tDET\t_\t_\t3\tdet\t_\t_
                2\tbig\t_\tADJ\t_\t_\t3\tamod\t_\t_
                3\t\(noun)\t_\tNOUN\t_\t_\t4\tnsubj:pass\t_\t_
                4\twas\t_\tAUX\t_\t_\t5\taux:pass\t_\t_
                5\tfined\t_\tVERB\t_\t_\t0\troot\t_\t_
                6\t$\t_\tSYM\t_\t_\t5\tobj\t_\t_
                7\t5\t_\tNUM\t_\t_\t6\tnummod\t_\t_

                """
            text += "\n"
        }
        return text
    }()

    /// "Jane Roe, a lawyer, pressed the minister.": a verb the parser hung from the apposition
    /// after its closing comma, with the name left as the root, becomes the root and the name its
    /// subject; a real clause on an apposition ("Jane Roe, a lawyer who pressed …") is left alone.
    @Test func aVerbAfterAnAppositionIsTheSentencesRoot() {
        let forms = ["Jane", "Roe", ",", "a", "lawyer", ",", "pressed", "the", "minister", "."]
        let tags: [PartOfSpeech] = [.propn, .propn, .punct, .det, .noun, .punct, .verb, .det, .noun, .punct]
        let misread: [Int32] = [-1, 0, 4, 4, 0, 6, 4, 8, 6, 0]
        let relations: [DependencyRelation] = [.root, .flat, .punct, .det, .appos, .punct, .acl, .det, .obj, .punct]
        let words = SyntaxWord.words(forms)
        var heads = misread
        var mended = relations
        words.withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { AppositionRepair.apply(words, tags: $0, heads: &heads, relations: &mended) }
        }
        #expect(heads == [6, 0, 4, 4, 0, 6, -1, 8, 6, 6])
        #expect(mended[6] == .root && mended[0] == .nsubj)

        let relative = ["Jane", "Roe", ",", "a", "lawyer", "who", "pressed", "the", "minister", "."]
        var kept: [Int32] = [-1, 0, 4, 4, 0, 6, 4, 8, 6, 0]
        var keptRelations: [DependencyRelation] = [.root, .flat, .punct, .det, .appos, .nsubj, .aclRelcl, .det, .obj, .punct]
        SyntaxWord.words(relative).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { AppositionRepair.apply(words, tags: $0, heads: &kept, relations: &keptRelations) }
        }
        #expect(kept == [-1, 0, 4, 4, 0, 6, 4, 8, 6, 0])
    }

    /// "Asked by Jane Roe to name the manager, he declined.": an opening participle the parser made
    /// the root, with the main clause after its comma hung from it, becomes that clause's adverbial;
    /// an opening imperative ("Go home, he said") is left alone.
    @Test func anOpeningParticipleIsTheMainClausesAdverbial() {
        let forms = ["Asked", "by", "Jane", "to", "leave", ",", "he", "declined", "."]
        let tags: [PartOfSpeech] = [.verb, .adp, .propn, .part, .verb, .punct, .pron, .verb, .punct]
        let misread: [Int32] = [-1, 2, 0, 4, 0, 7, 7, 0, 0]
        let relations: [DependencyRelation] = [.root, .case, .obl, .mark, .xcomp, .punct, .nsubj, .parataxis, .punct]
        var heads = misread
        var mended = relations
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { OpeningParticipleRepair.apply(words, tags: $0, heads: &heads, relations: &mended) }
        }
        #expect(heads == [7, 2, 0, 4, 0, 7, 7, -1, 7])
        #expect(mended[7] == .root && mended[0] == .advcl)

        let imperative = ["Go", "home", ",", "he", "said", "."]
        var kept: [Int32] = [-1, 0, 4, 4, 0, 0]
        var keptRelations: [DependencyRelation] = [.root, .advmod, .punct, .nsubj, .parataxis, .punct]
        let imperativeTags: [PartOfSpeech] = [.verb, .adv, .punct, .pron, .verb, .punct]
        SyntaxWord.words(imperative).withUnsafeBufferPointer { words in
            imperativeTags.withUnsafeBufferPointer {
                OpeningParticipleRepair.apply(words, tags: $0, heads: &kept, relations: &keptRelations)
            }
        }
        #expect(kept == [-1, 0, 4, 4, 0, 0])
    }

    /// "Asked about the plan, the minister, Ann Lee, said …": the subject and its apposition the
    /// parser hung inside the opening phrase become the subject of the root it lacked.
    @Test func aSubjectSwallowedByAnOpeningParticipleIsTheRootsSubject() {
        let forms = ["Asked", "about", "it", ",", "the", "minister", ",", "Ann", "Lee", ",", "said", "no", "."]
        let tags: [PartOfSpeech] = [.verb, .adp, .pron, .punct, .det, .noun, .punct, .propn, .propn, .punct, .verb, .intj, .punct]
        let misread: [Int32] = [10, 2, 0, 5, 5, 2, 7, 5, 7, 0, -1, 10, 10]
        let relations: [DependencyRelation] = [
            .advcl, .case, .obl, .punct, .det, .appos, .punct, .appos, .flat, .punct, .root, .obj, .punct,
        ]
        var heads = misread
        var mended = relations
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { OpeningParticipleRepair.apply(words, tags: $0, heads: &heads, relations: &mended) }
        }
        #expect(heads == [10, 2, 0, 10, 5, 10, 7, 5, 7, 0, -1, 10, 10])
        #expect(mended[5] == .nsubj)
    }

    /// "A poll released by Harlow College found that …": a root participle with its noun before it,
    /// and the main verb hung from it, describes the noun; the verb is the root and the noun its
    /// subject. "The minister arrived on Tuesday, met officials" (a comma between) is left alone.
    @Test func aReducedRelativeDescribesItsNoun() {
        let forms = ["A", "poll", "released", "by", "Harlow", "College", "found", "that", "it", "fell", "."]
        let tags: [PartOfSpeech] = [.det, .noun, .verb, .adp, .propn, .propn, .verb, .sconj, .pron, .verb, .punct]
        let misread: [Int32] = [1, 2, -1, 5, 5, 2, 2, 9, 9, 6, 2]
        let relations: [DependencyRelation] = [.det, .nsubj, .root, .case, .compound, .obl, .conj, .mark, .nsubj, .ccomp, .punct]
        var heads = misread
        var mended = relations
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { ReducedRelativeRepair.apply(words, tags: $0, heads: &heads, relations: &mended) }
        }
        #expect(heads == [1, 6, 1, 5, 5, 2, -1, 9, 9, 6, 6])
        #expect(mended[6] == .root && mended[2] == .acl && mended[1] == .nsubj)

        let list = ["The", "minister", "arrived", "on", "Tuesday", ",", "met", "officials", "."]
        let listTags: [PartOfSpeech] = [.det, .noun, .verb, .adp, .propn, .punct, .verb, .noun, .punct]
        var kept: [Int32] = [1, 2, -1, 4, 2, 6, 2, 6, 2]
        var keptRelations: [DependencyRelation] = [.det, .nsubj, .root, .case, .obl, .punct, .conj, .obj, .punct]
        SyntaxWord.words(list).withUnsafeBufferPointer { words in
            listTags.withUnsafeBufferPointer {
                ReducedRelativeRepair.apply(words, tags: $0, heads: &kept, relations: &keptRelations)
            }
        }
        #expect(kept == [1, 2, -1, 4, 2, 6, 2, 6, 2])
    }

    /// "She insisted the plan remained viable": a verb of saying's object with a past form hung
    /// from it as a relative is the subject of the reported clause; "She said the money raised
    /// would help" (the phrase's own verb after it) is left alone.
    @Test func aRelativeOnAVerbOfSayingsObjectIsTheReportedClause() {
        let forms = ["She", "insisted", "the", "plan", "remained", "viable", "."]
        let tags: [PartOfSpeech] = [.pron, .verb, .det, .noun, .verb, .adj, .punct]
        var heads: [Int32] = [1, -1, 3, 1, 3, 4, 1]
        var relations: [DependencyRelation] = [.nsubj, .root, .det, .obj, .acl, .xcomp, .punct]
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { ReportedClauseRepair.apply(words, tags: $0, heads: &heads, relations: &relations) }
        }
        #expect(heads == [1, -1, 3, 4, 1, 4, 1])
        #expect(relations[3] == .nsubj && relations[4] == .ccomp)

        let raised = ["She", "said", "the", "money", "raised", "would", "help", "."]
        let raisedTags: [PartOfSpeech] = [.pron, .verb, .det, .noun, .verb, .aux, .verb, .punct]
        var kept: [Int32] = [1, -1, 3, 1, 3, 6, 1, 1]
        var keptRelations: [DependencyRelation] = [.nsubj, .root, .det, .obj, .acl, .aux, .ccomp, .punct]
        SyntaxWord.words(raised).withUnsafeBufferPointer { words in
            raisedTags.withUnsafeBufferPointer {
                ReportedClauseRepair.apply(words, tags: $0, heads: &kept, relations: &keptRelations)
            }
        }
        #expect(kept == [1, -1, 3, 1, 3, 6, 1, 1])
    }

    /// "A woman who said she sat there told the paper that …": a relative clause on a noun root
    /// that took the main verb as its conjunct gives it back; "A man who sat and waited" (a
    /// conjunction of its own) is left alone.
    @Test func aRelativeClauseGivesBackTheMainVerb() {
        let forms = ["A", "woman", "who", "said", "she", "sat", "there", "told", "us", "that", "it", "fell", "."]
        let tags: [PartOfSpeech] = [.det, .noun, .pron, .verb, .pron, .verb, .adv, .verb, .pron, .sconj, .pron, .verb, .punct]
        let misread: [Int32] = [1, -1, 3, 1, 5, 3, 5, 5, 7, 11, 11, 7, 1]
        let relations: [DependencyRelation] = [
            .det, .root, .nsubj, .aclRelcl, .nsubj, .ccomp, .advmod, .conj, .iobj, .mark, .nsubj, .ccomp, .punct,
        ]
        var heads = misread
        var mended = relations
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { RelativeClauseRepair.apply(words, tags: $0, heads: &heads, relations: &mended) }
        }
        #expect(heads == [1, 7, 3, 1, 5, 3, 5, -1, 7, 11, 11, 7, 7])
        #expect(mended[7] == .root && mended[1] == .nsubj)

        let list = ["A", "man", "who", "sat", "and", "waited", "."]
        let listTags: [PartOfSpeech] = [.det, .noun, .pron, .verb, .cconj, .verb, .punct]
        var kept: [Int32] = [1, -1, 3, 1, 5, 3, 1]
        var keptRelations: [DependencyRelation] = [.det, .root, .nsubj, .aclRelcl, .cc, .conj, .punct]
        SyntaxWord.words(list).withUnsafeBufferPointer { words in
            listTags.withUnsafeBufferPointer {
                RelativeClauseRepair.apply(words, tags: $0, heads: &kept, relations: &keptRelations)
            }
        }
        #expect(kept == [1, -1, 3, 1, 5, 3, 1])
    }

    /// "A woman, who asked not to be named, said …": a sentence the parse rooted in the relative
    /// clause's verb, with the noun and "who" both its subjects, has the verb after the closing
    /// comma for its root; one with a subject of its own after the comma ("…, she said") is left alone.
    @Test func aRelativeClauseRootGivesBackTheMainVerb() {
        let forms = ["A", "woman", ",", "who", "asked", "to", "stay", "anonymous", ",", "said", "it", "fell", "."]
        let tags: [PartOfSpeech] = [.det, .noun, .punct, .pron, .verb, .part, .verb, .adj, .punct, .verb, .pron, .verb, .punct]
        var heads: [Int32] = [1, 4, 1, 4, -1, 6, 4, 6, 4, 4, 11, 9, 9]
        var relations: [DependencyRelation] = [
            .det, .nsubj, .punct, .nsubj, .root, .mark, .xcomp, .xcomp, .punct, .conj, .nsubj, .ccomp, .punct,
        ]
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { RelativeClauseRepair.apply(words, tags: $0, heads: &heads, relations: &relations) }
        }
        #expect(heads[9] == -1 && relations[9] == .root)
        #expect(heads[1] == 9 && relations[1] == .nsubj)
        #expect(heads[4] == 1 && relations[4] == .aclRelcl)
        #expect(heads[12] == 9)

        // "Brekke, who asked to stay anonymous, said …", the name misread as a vocative.
        var vocative: [Int32] = [1, 4, 1, 4, -1, 6, 4, 6, 4, 4, 11, 9, 9]
        var vocativeRelations: [DependencyRelation] = [
            .det, .vocative, .punct, .nsubj, .root, .mark, .xcomp, .xcomp, .punct, .conj, .nsubj, .ccomp, .punct,
        ]
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { RelativeClauseRepair.apply(words, tags: $0, heads: &vocative, relations: &vocativeRelations) }
        }
        #expect(vocative[1] == 9 && vocativeRelations[1] == .nsubj)

        // "After the meeting, her husband, Tom Hale, who sat there, defended her": the subject hung
        // inside the opening phrase, the name in apposition to it.
        let opening = [
            "After", "the", "meeting", ",", "her", "husband", ",", "Tom", "Hale", ",", "who", "sat", "there", ",", "defended", "her", ".",
        ]
        let openingTags: [PartOfSpeech] = [
            .adp, .det, .noun, .punct, .pron, .noun, .punct, .propn, .propn, .punct, .pron, .verb, .adv, .punct, .verb, .pron, .punct,
        ]
        var openingHeads: [Int32] = [2, 2, 11, 5, 5, 2, 7, 5, 7, 11, 11, -1, 11, 14, 11, 14, 11]
        var openingRelations: [DependencyRelation] = [
            .case, .det, .obl, .punct, .nmodPoss, .nmod, .punct, .appos, .flat, .punct, .nsubj, .root, .advmod, .punct, .conj, .obj,
            .punct,
        ]
        SyntaxWord.words(opening).withUnsafeBufferPointer { words in
            openingTags.withUnsafeBufferPointer {
                RelativeClauseRepair.apply(words, tags: $0, heads: &openingHeads, relations: &openingRelations)
            }
        }
        #expect(openingHeads[14] == -1 && openingRelations[14] == .root)
        #expect(openingHeads[5] == 14 && openingRelations[5] == .nsubj)
        #expect(openingHeads[11] == 7 && openingRelations[11] == .aclRelcl)
        #expect(openingHeads[2] == 14 && openingHeads[16] == 14)

        let own = ["A", "woman", ",", "who", "asked", "to", "stay", "anonymous", ",", "she", "said", "."]
        let ownTags: [PartOfSpeech] = [.det, .noun, .punct, .pron, .verb, .part, .verb, .adj, .punct, .pron, .verb, .punct]
        let misread: [Int32] = [1, 4, 1, 4, -1, 6, 4, 6, 4, 10, 4, 4]
        var kept = misread
        var keptRelations: [DependencyRelation] = [
            .det, .nsubj, .punct, .nsubj, .root, .mark, .xcomp, .xcomp, .punct, .nsubj, .parataxis, .punct,
        ]
        SyntaxWord.words(own).withUnsafeBufferPointer { words in
            ownTags.withUnsafeBufferPointer { RelativeClauseRepair.apply(words, tags: $0, heads: &kept, relations: &keptRelations) }
        }
        #expect(kept == misread)
    }

    /// "Tom Hale, who sat there, said …" with the name's last word hung from its first, which the
    /// parse made the relative clause's subject; and "Tom Hale, who leads the city's Velmont
    /// Institute, said …", whose relative clause lost its object to the main verb as a subject.
    @Test func aRelativeClauseRootGivesBackTheMainVerbAfterANameOrAStrayObject() {
        let named = ["Tom", "Hale", ",", "who", "sat", "there", ",", "said", "it", "fell", "."]
        let namedTags: [PartOfSpeech] = [.propn, .propn, .punct, .pron, .verb, .adv, .punct, .verb, .pron, .verb, .punct]
        var namedHeads: [Int32] = [4, 0, 4, 4, -1, 4, 4, 4, 9, 7, 4]
        var namedRelations: [DependencyRelation] = [
            .nsubj, .flat, .punct, .nsubj, .root, .advmod, .punct, .conj, .nsubj, .ccomp, .punct,
        ]
        SyntaxWord.words(named).withUnsafeBufferPointer { words in
            namedTags.withUnsafeBufferPointer {
                RelativeClauseRepair.apply(words, tags: $0, heads: &namedHeads, relations: &namedRelations)
            }
        }
        #expect(namedHeads[7] == -1 && namedRelations[7] == .root)
        #expect(namedHeads[0] == 7 && namedRelations[0] == .nsubj)
        #expect(namedHeads[4] == 0 && namedRelations[4] == .aclRelcl)

        let stray = [
            "Tom", "Hale", ",", "who", "leads", "the", "city", "'s", "Velmont", "Institute", ",", "said", "it", "fell", ".",
        ]
        let strayTags: [PartOfSpeech] = [
            .propn, .propn, .punct, .pron, .verb, .det, .noun, .part, .propn, .propn, .punct, .verb, .pron, .verb, .punct,
        ]
        var strayHeads: [Int32] = [4, 0, 4, 4, -1, 6, 11, 6, 9, 11, 9, 4, 13, 11, 4]
        var strayRelations: [DependencyRelation] = [
            .nsubj, .flat, .punct, .nsubj, .root, .det, .ccomp, .case, .compound, .nsubj, .punct, .conj, .nsubj, .ccomp, .punct,
        ]
        SyntaxWord.words(stray).withUnsafeBufferPointer { words in
            strayTags.withUnsafeBufferPointer {
                RelativeClauseRepair.apply(words, tags: $0, heads: &strayHeads, relations: &strayRelations)
            }
        }
        #expect(strayHeads[11] == -1 && strayRelations[11] == .root)
        #expect(strayHeads[0] == 11 && strayRelations[0] == .nsubj)
        #expect(strayHeads[4] == 0 && strayRelations[4] == .aclRelcl)
        #expect(strayHeads[9] == 4 && strayRelations[9] == .obj)
        #expect(strayHeads[6] == 9)
    }

    /// "Roe, wearing a grey suit, briefly addressed the court": a participle aside the parse made
    /// the root gives the main verb back, with the name its subject; "Roe, wearing a grey suit, and
    /// she addressed …" (a subject of its own after the comma) is left alone.
    @Test func aParticipleAsideRootGivesBackTheMainVerb() {
        let forms = ["Roe", ",", "wearing", "a", "grey", "suit", ",", "briefly", "addressed", "the", "court", "."]
        let tags: [PartOfSpeech] = [.propn, .punct, .verb, .det, .adj, .noun, .punct, .adv, .verb, .det, .noun, .punct]
        var heads: [Int32] = [2, 0, -1, 5, 5, 2, 8, 8, 2, 10, 8, 2]
        var relations: [DependencyRelation] = [
            .nsubj, .punct, .root, .det, .amod, .obj, .punct, .advmod, .parataxis, .det, .obj, .punct,
        ]
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { ParticipleAsideRepair.apply(words, tags: $0, heads: &heads, relations: &relations) }
        }
        #expect(heads[8] == -1 && relations[8] == .root)
        #expect(heads[0] == 8 && relations[0] == .nsubj)
        #expect(heads[2] == 8 && relations[2] == .advcl)
        #expect(heads[11] == 8 && heads[7] == 8)

        let own = ["Roe", ",", "wearing", "a", "suit", ",", "she", "addressed", "the", "court", "."]
        let ownTags: [PartOfSpeech] = [.propn, .punct, .verb, .det, .noun, .punct, .pron, .verb, .det, .noun, .punct]
        let misread: [Int32] = [2, 0, -1, 4, 2, 7, 7, 2, 9, 7, 2]
        var kept = misread
        var keptRelations: [DependencyRelation] = [.nsubj, .punct, .root, .det, .obj, .punct, .nsubj, .parataxis, .det, .obj, .punct]
        SyntaxWord.words(own).withUnsafeBufferPointer { words in
            ownTags.withUnsafeBufferPointer { ParticipleAsideRepair.apply(words, tags: $0, heads: &kept, relations: &keptRelations) }
        }
        #expect(kept == misread)
    }

    /// "Calder, based in Ashby, sells yogurt": a past participle's aside too, with its subject
    /// read as the participle's modifier or passive subject.
    @Test func aPastParticipleAsideRootGivesBackTheMainVerb() {
        let forms = ["Calder", ",", "based", "in", "Ashby", ",", "sells", "yogurt", "."]
        let tags: [PartOfSpeech] = [.propn, .punct, .verb, .adp, .propn, .punct, .verb, .noun, .punct]
        for misread in [DependencyRelation.compound, .nsubjPass] {
            var heads: [Int32] = [2, 0, -1, 4, 2, 6, 2, 6, 2]
            var relations: [DependencyRelation] = [misread, .punct, .root, .case, .obl, .punct, .conj, .obj, .punct]
            SyntaxWord.words(forms).withUnsafeBufferPointer { words in
                tags.withUnsafeBufferPointer { ParticipleAsideRepair.apply(words, tags: $0, heads: &heads, relations: &relations) }
            }
            #expect(heads[6] == -1 && relations[6] == .root)
            #expect(heads[0] == 6 && relations[0] == .nsubj)
            #expect(heads[2] == 6 && relations[2] == .advcl)
        }
    }

    /// "After the hearing, her brother, Tom Hale, said …": a subject the parse hung inside the
    /// opening phrase is the subjectless root verb's; a root with a subject of its own ("After the
    /// hearing, her brother, Tom Hale, she said") is left alone.
    @Test func aSubjectAfterAnOpeningPhraseIsTheVerbs() {
        let forms = ["After", "the", "hearing", ",", "her", "brother", ",", "Tom", "Hale", ",", "said", "it", "fell", "."]
        let tags: [PartOfSpeech] = [
            .adp, .det, .noun, .punct, .pron, .noun, .punct, .propn, .propn, .punct, .verb, .pron, .verb, .punct,
        ]
        let misread: [Int32] = [2, 2, 10, 2, 5, 2, 7, 5, 7, 2, -1, 12, 10, 10]
        let relations: [DependencyRelation] = [
            .case, .det, .obl, .punct, .nmodPoss, .nmod, .punct, .appos, .flat, .punct, .root, .nsubj, .ccomp, .punct,
        ]
        var heads = misread
        var mended = relations
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { OpeningPhraseSubjectRepair.apply(words, tags: $0, heads: &heads, relations: &mended) }
        }
        #expect(heads[5] == 10 && mended[5] == .nsubj)
        #expect(heads[7] == 5 && mended[7] == .appos)

        var kept = misread
        var keptRelations = relations
        kept[11] = 10
        keptRelations[11] = .nsubj
        let own = kept
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { OpeningPhraseSubjectRepair.apply(words, tags: $0, heads: &kept, relations: &keptRelations) }
        }
        #expect(kept == own)
    }

    /// "One man, wading back, paused briefly": a participle set off by commas on a noun root that
    /// took the main verb after its closing comma gives it back; "One man, wading back, and his
    /// son" (no verb after the aside) is left alone.
    @Test func aParticipleAsideGivesBackTheMainVerb() {
        let forms = ["One", "man", ",", "wading", "back", ",", "paused", "briefly", "."]
        let tags: [PartOfSpeech] = [.num, .noun, .punct, .verb, .adv, .punct, .verb, .adv, .punct]
        var heads: [Int32] = [1, -1, 3, 1, 3, 6, 3, 6, 1]
        var relations: [DependencyRelation] = [.nummod, .root, .punct, .acl, .advmod, .punct, .parataxis, .advmod, .punct]
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { RelativeClauseRepair.apply(words, tags: $0, heads: &heads, relations: &relations) }
        }
        #expect(heads[6] == -1 && relations[6] == .root)
        #expect(heads[1] == 6 && relations[1] == .nsubj)

        let list = ["One", "man", ",", "wading", "back", ",", "and", "his", "son", "."]
        let listTags: [PartOfSpeech] = [.num, .noun, .punct, .verb, .adv, .punct, .cconj, .pron, .noun, .punct]
        let misread: [Int32] = [1, -1, 3, 1, 3, 8, 8, 8, 1, 1]
        var kept = misread
        var keptRelations: [DependencyRelation] = [.nummod, .root, .punct, .acl, .advmod, .punct, .cc, .nmodPoss, .conj, .punct]
        SyntaxWord.words(list).withUnsafeBufferPointer { words in
            listTags.withUnsafeBufferPointer { RelativeClauseRepair.apply(words, tags: $0, heads: &kept, relations: &keptRelations) }
        }
        #expect(kept == misread)
    }

    /// "… weeks after a report found that …": a clause-opening preposition on a noun the parse hung
    /// from the next verb opens that verb's clause; set off by commas ("her mother, after years in
    /// France, returned") it is left alone.
    @Test func aClauseOpeningPrepositionOpensItsVerbsClause() {
        let forms = ["It", "comes", "after", "a", "report", "found", "that", "it", "fell", "."]
        let tags: [PartOfSpeech] = [.pron, .verb, .adp, .det, .noun, .verb, .sconj, .pron, .verb, .punct]
        let misread: [Int32] = [1, -1, 4, 4, 5, 1, 8, 8, 5, 1]
        let relations: [DependencyRelation] = [.nsubj, .root, .case, .det, .obl, .conj, .mark, .nsubj, .ccomp, .punct]
        var heads = misread
        var mended = relations
        SyntaxWord.words(forms).withUnsafeBufferPointer { words in
            tags.withUnsafeBufferPointer { SubordinateClauseRepair.apply(words, tags: $0, heads: &heads, relations: &mended) }
        }
        #expect(heads == [1, -1, 5, 4, 5, 1, 8, 8, 5, 1])
        #expect(mended[4] == .nsubj && mended[2] == .mark && mended[5] == .advcl)

        let aside = ["She", "said", ",", "after", "years", ",", "returned", "."]
        let asideTags: [PartOfSpeech] = [.pron, .verb, .punct, .adp, .noun, .punct, .verb, .punct]
        var kept: [Int32] = [1, -1, 4, 4, 6, 6, 1, 1]
        var keptRelations: [DependencyRelation] = [.nsubj, .root, .punct, .case, .obl, .punct, .conj, .punct]
        SyntaxWord.words(aside).withUnsafeBufferPointer { words in
            asideTags.withUnsafeBufferPointer {
                SubordinateClauseRepair.apply(words, tags: $0, heads: &kept, relations: &keptRelations)
            }
        }
        #expect(kept == [1, -1, 4, 4, 6, 6, 1, 1])
    }

    @Test func conlluKeepsCommentsAndMultiwordLinesAndReadsColumns() throws {
        let text =
            "# sent_id = 1\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\t_\t_\t3\taux\t_\t_\n"
            + "2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
        let treebank = CoNLLU(text)
        let sentence = try #require(treebank.sentences.first)
        #expect(sentence.forms == ["do", "n't", "go"])
        #expect(sentence.heads == [2, 2, -1])
        #expect(sentence.relations == [.aux, .advmod, .root])
        let written = CoNLLU.write(sentence, tags: [.verb, .part, .verb], heads: [2, 2, -1], relations: [.aux, .advmod, .root])
        let lines = written.split(separator: "\n").map(String.init)
        #expect(lines[0] == "# sent_id = 1")
        #expect(lines[1].hasPrefix("1-2\tdon't"))
        #expect(lines[2] == "1\tdo\tdo\tVERB\t_\t_\t3\taux\t_\t_")
        #expect(lines[5].hasPrefix("3.1\tx"))
    }

    @Test func relationsKeepKnownSubtypesAndFoldOthers() {
        #expect(DependencyRelation(name: "nsubj:pass") == .nsubjPass)
        #expect(DependencyRelation(name: "nmod:desc") == .nmod)
        #expect(DependencyRelation(name: "acl:relcl")?.universal == .acl)
        #expect(DependencyRelation(name: "bogus") == nil)
        #expect(DependencyRelation.allCases.count == DependencyRelation.count)
        #expect(PartOfSpeech.allCases.count == PartOfSpeech.count)
        for relation in DependencyRelation.allCases { #expect(DependencyRelation(name: relation.name) == relation) }
    }

    @Test func wordsWithDigitsShareAFormAndApostrophesFold() {
        let words = SyntaxWord.words(["1999", "2024", "don’t", "don't", "Don't", "dont"])
        #expect(words[0].form == words[1].form)
        #expect(words[2].form == words[3].form)
        #expect(words[3].form == words[4].form)
        #expect(words[3].form != words[5].form)
        #expect(words[3].shape != words[4].shape)
    }

    /// Following only moves of zero cost from the start rebuilds any projective tree exactly:
    /// the oracle's costs are right, or training would teach wrong moves.
    @Test func zeroCostMovesRebuildTheGoldTree() throws {
        let trees: [[Int32]] = [
            [1, 2, -1, 4, 2, 2],  // "The minister said talks failed ."
            [-1],
            [1, -1, 1, 4, 1, 4, 1],
            [3, 3, 3, -1, 3, 6, 4, 3],
            [1, 7, 3, 1, 5, 3, 1, -1, 7],
        ]
        for tree in trees {
            let count = tree.count
            let gold = tree.map { $0 < 0 ? Int32(count) : $0 } + [-1]
            var state = ParseState()
            state.reset(count: count)
            var steps = 0
            try gold.withUnsafeBufferPointer { gold in
                while !state.isFinal {
                    let moves = [ParseState.Move.shift, .left, .right].filter { state.isValid($0) }
                    let move = try #require(moves.first { state.cost($0, gold: gold) == 0 }, "no zero-cost move in \(tree)")
                    state.apply(move, relation: .dep)
                    steps += 1
                }
            }
            #expect(steps == 2 * count)
            #expect(Array(state.heads.prefix(count)) == gold.prefix(count).map { $0 })
        }
    }

    @Test func aWrongMoveCostsTheArcsItLoses() {
        // Words 0 1 2, gold: 0 <- 1 -> 2, 1 is the root. Shifting 0 then 1 then taking right
        // would make 1 a dependent of 0.
        let gold: [Int32] = [1, 3, 1, -1]
        var state = ParseState()
        state.reset(count: 3)
        state.apply(.shift, relation: .dep)
        gold.withUnsafeBufferPointer { gold in
            #expect(state.cost(.left, gold: gold) == 0)
            #expect(state.cost(.shift, gold: gold) == 1)
            state.apply(.shift, relation: .dep)
            #expect(state.cost(.right, gold: gold) == 2)  // 1's head and its dependent 2.
        }
    }

    /// The moves the parser takes without reading weights are exactly those no other move is
    /// allowed beside: checked against `isValid` over every state of a few move sequences.
    @Test func aForcedMoveIsTheOnlyValidOne() {
        let sequences: [[ParseState.Move]] = [
            [.shift, .shift, .shift, .right, .right, .left],
            [.shift, .left, .shift, .shift, .left, .shift, .right, .left],
            [.shift, .shift, .left, .shift, .right, .left],
        ]
        for moves in sequences {
            var state = ParseState()
            state.reset(count: moves.filter { $0 == .shift }.count)
            for move in moves {
                let valid = [ParseState.Move.shift, .left, .right].filter { state.isValid($0) }
                #expect(state.onlyValidMove == (valid.count == 1 ? valid[0] : nil))
                #expect(state.isValid(move))
                state.apply(move, relation: .dep)
            }
            #expect(state.isFinal)
        }
    }

    static func trainedModel() throws -> (SyntaxModel, [SyntaxTrainer.Example]) {
        let examples = CoNLLU(treebank).sentences.compactMap(SyntaxTrainer.Example.init)
        var trainer = SyntaxTrainer()
        trainer.tagBits = 12
        trainer.moveBits = 12
        trainer.relationBits = 10
        let tagger = trainer.trainTagger(examples, epochs: 10, seed: 1)
        let tags = try trainer.jackknifedTags(examples, folds: 3, epochs: 10, seed: 1)
        var parser = trainer.newParser()
        for epoch in 1...10 {
            _ = trainer.trainParser(&parser, examples, tags: tags, explore: epoch > 1, seed: UInt64(epoch))
        }
        let bytes = try trainer.model(tagger: tagger, parsers: [parser]).serialized()
        return (try SyntaxModel(serialized: bytes), examples)
    }

    /// The model file holds the 8-bit tables as decoding reads them: written and read back, and
    /// read from the 16-bit weights of an earlier Lede's file, a model parses alike; a feature
    /// outside its table is refused.
    @Test func theEightBitModelFileReadsAsTheWeightsItCameFrom() throws {
        let examples = CoNLLU(Self.treebank).sentences.compactMap(SyntaxTrainer.Example.init)
        var trainer = SyntaxTrainer()
        (trainer.tagBits, trainer.moveBits, trainer.relationBits) = (12, 12, 10)
        let tagger = trainer.trainTagger(examples, epochs: 3, seed: 1)
        var parser = trainer.newParser()
        _ = trainer.trainParser(&parser, examples, tags: examples.map(\.tags), explore: false, seed: 1)
        let weights = trainer.model(tagger: tagger, parsers: [parser])
        let file = try weights.serialized()
        let fromFile = try SyntaxModel(serialized: file)
        let fromWeights = try SyntaxModel(serialized: weights.sixteenBit())
        #expect(fromFile.serialized() == file)
        for example in examples { #expect(fromFile.parse(example.words) == fromWeights.parse(example.words)) }
        // The first table's first feature index, set past its 2^12 rows.
        var damaged = file
        let firstIndex = SyntaxModel.magic.count + 12
        damaged.replaceSubrange(firstIndex..<(firstIndex + 4), with: [0, 0x10, 0, 0])
        #expect(throws: ModelError.mismatch("a feature outside the table")) { try SyntaxModel(serialized: damaged) }
    }

    /// Tagger weights giving every feature the same votes.
    static func tagWeights(bits: Int, _ votes: [PartOfSpeech: Float]) -> [Float] {
        let classes = PartOfSpeech.count
        var weights = [Float](repeating: 0, count: (1 << bits) * classes)
        for bucket in 0..<(1 << bits) {
            for (tag, vote) in votes { weights[bucket * classes + Int(tag.rawValue)] = vote }
        }
        return weights
    }

    /// The parser trains on tags decoded as the shipped parser's were: weights kept to 16 bits.
    /// Two classes 2% apart under a table whose largest weight is 300 times larger are one 8-bit
    /// step (both 0, so no tag) but 2 16-bit steps apart, and the larger wins.
    @Test func jackknifeTaggersKeepSixteenBitsOfEachWeight() {
        let bits = 4
        var weights = Self.tagWeights(bits: bits, [.noun: 1, .verb: 1.02])
        weights[Int(PartOfSpeech.adj.rawValue)] = -300
        let tagger = SyntaxTrainer.FoldTagger(tagger: .init(weights: weights, closedClassWords: [:]), bucketBits: bits)
        let words = SyntaxWord.words(["prices", "rose"])
        var tags: [PartOfSpeech] = []
        words.withUnsafeBufferPointer { tagger.tag($0, into: &tags) }
        #expect(tags == [.verb, .verb])
    }

    /// A word the treebanks never gave a closed-class tag does not take one, however its spelling
    /// votes: under weights that favour AUX for every word, "Bright" gets the next best tag and
    /// "might", listed as an auxiliary, keeps AUX; the model file keeps the list.
    @Test func anUnseenWordTakesNoClosedClassTag() throws {
        let bits = 8
        let classes = PartOfSpeech.count
        let tags = Self.tagWeights(bits: bits, [.aux: 5, .propn: 2])
        let might = SyntaxWord.words(["might"])[0].form
        let weights = SyntaxWeights(
            tags: .init(bucketBits: bits, classes: classes, weights: tags),
            moves: .init(bucketBits: bits, classes: 3, weights: [Float](repeating: 0, count: (1 << bits) * 3)),
            relations: .init(
                bucketBits: bits, classes: DependencyRelation.count,
                weights: [Float](repeating: 0, count: (1 << bits) * DependencyRelation.count)),
            closedClassWords: [might: 1 << UInt32(PartOfSpeech.aux.rawValue)])
        let words = SyntaxWord.words(["Bright", "might"])
        let model = try weights.model()
        #expect(model.parse(words).tags == [.propn, .aux])
        let fromFile = try SyntaxModel(serialized: model.serialized())
        #expect(fromFile.parse(words).tags == [.propn, .aux])
        #expect(fromFile.serialized() == model.serialized())
    }

    @Test func trainingLearnsASmallTreebankAndTheModelFileKeepsIt() throws {
        let (model, examples) = try Self.trainedModel()
        var score = ParseScore()
        for example in examples { score.add(model.parse(example.words), gold: example) }
        #expect(score.upos == 1)
        #expect(score.las == 1)
        // An unseen noun in a known frame.
        let parse = model.parse(SyntaxWord.words(["The", "regulator", "said", "prices", "rose", "in", "May", "."]))
        #expect(parse.heads == [1, 2, -1, 4, 2, 6, 4, 2])
        #expect(parse.relations[1] == .nsubj && parse.relations[4] == .ccomp)
    }

    @Test func aDamagedModelFileIsRefusedWithAReason() throws {
        #expect(throws: ModelError.truncated) { try SyntaxModel(serialized: Array("LEDESYN2".utf8) + [18, 0]) }
        #expect(throws: ModelError.badMagic(expected: "Lede syntax")) { try SyntaxModel(serialized: Array("LEDENER1....".utf8)) }
    }

    /// A run-on "sentence" far longer than any real one is parsed in windows: every head stays
    /// inside its window, and each window has one root.
    @Test func longSentencesAreParsedInWindows() throws {
        let (model, _) = try Self.trainedModel()
        let words = (0..<(SyntaxAnnotator.window * 3 + 17)).map { $0 % 7 == 6 ? "," : "minister" }
        var document = TextReader().read(words.joined(separator: " "), givenTitle: nil)
        SyntaxAnnotator(model: model).annotate(&document)
        let sentenceTokens = document.sentences.flatMap { Array($0.tokens) }
        #expect(sentenceTokens.count == words.count)
        for sentence in document.sentences {
            var start = sentence.tokens.lowerBound
            while start < sentence.tokens.upperBound {
                let window = start..<min(start + SyntaxAnnotator.window, sentence.tokens.upperBound)
                let roots = window.filter { document.tokens[$0].head < 0 }
                #expect(roots.count == 1)
                for index in window where document.tokens[index].head >= 0 {
                    #expect(window.contains(Int(document.tokens[index].head)))
                }
                start = window.upperBound
            }
        }
    }
}
