/// A Universal Dependencies relation: the 37 universal ones and the eleven subtypes that English
/// treebanks use often enough to learn and that later stages ask about (`nsubj:pass` for a
/// passive's subject, `obl:agent` for its "by" phrase, `nmod:poss` for a possessor).
///
/// Forty-eight in all, so a feature's label weights fill three 64-byte rows.
public enum DependencyRelation: UInt8, CaseIterable, Sendable {
    case dep, acl, advcl, advmod, amod, appos, aux, `case`, cc, ccomp, clf, compound, conj, cop, csubj
    case discourse, dislocated, expl, fixed, flat, goeswith, iobj, list, mark, nmod, nsubj, nummod
    case obj, obl, orphan, parataxis, punct, reparandum, root, vocative, xcomp
    case det
    case aclRelcl, auxPass, nsubjPass, oblUnmarked, nmodUnmarked, nmodPoss, compoundPrt, oblAgent
    case detPredet, ccPreconj, csubjPass

    public static let count = 48

    /// The UD name ("nsubj:pass").
    public var name: String {
        switch self {
        case .aclRelcl: "acl:relcl"
        case .auxPass: "aux:pass"
        case .nsubjPass: "nsubj:pass"
        case .oblUnmarked: "obl:unmarked"
        case .nmodUnmarked: "nmod:unmarked"
        case .nmodPoss: "nmod:poss"
        case .compoundPrt: "compound:prt"
        case .oblAgent: "obl:agent"
        case .detPredet: "det:predet"
        case .ccPreconj: "cc:preconj"
        case .csubjPass: "csubj:pass"
        default: String(describing: self)
        }
    }

    /// The relation named `name`: a known subtype as itself, another subtype as its universal
    /// relation ("nmod:desc" as `nmod`); nil for a name that is not a UD relation.
    public init?(name: some StringProtocol) {
        if let relation = Self.byName[String(name)] {
            self = relation
        } else if let colon = name.firstIndex(of: ":"), let relation = Self.byName[String(name[..<colon])] {
            self = relation
        } else {
            return nil
        }
    }

    private static let byName: [String: DependencyRelation] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    /// The universal relation without its subtype (`nsubj` for `nsubj:pass`).
    public var universal: DependencyRelation {
        switch self {
        case .aclRelcl: .acl
        case .auxPass: .aux
        case .nsubjPass: .nsubj
        case .oblUnmarked, .oblAgent: .obl
        case .nmodUnmarked, .nmodPoss: .nmod
        case .compoundPrt: .compound
        case .detPredet: .det
        case .ccPreconj: .cc
        case .csubjPass: .csubj
        default: self
        }
    }

    /// A subject of either voice: who or what the clause is about.
    public var isSubject: Bool { universal == .nsubj || universal == .csubj }

    /// A clause that is the complement of its head: what a verb of saying says.
    public var isClausalComplement: Bool { self == .ccomp || self == .xcomp || self == .parataxis }
}
