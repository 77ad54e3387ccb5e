import Compression
import Core
import Foundation
import Synchronization

/// Loads the trained models shipped with Lede (see `Resources/DATA.md` for their provenance).
public enum BundledModels {
    public enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        case unreadable(String, String)

        public var description: String {
            switch self {
            case .missing(let name): "The model file \(name) is missing from the installation; reinstall Lede."
            case .unreadable(let name, let reason): "The model file \(name) cannot be used: \(reason)"
            }
        }
    }

    /// An analyzer with every bundled model loaded. The parser and the entity stage load on two
    /// threads: each is mostly decompression and filling its tables, and together they are most of
    /// the start-up time.
    public static func analyzer() throws -> Analyzer {
        let loaded = Mutex<(syntax: Result<SyntaxModel, any Error>?, entities: Result<EntityRecognizer, any Error>?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let syntax = Result { try syntaxModel() }
                loaded.withLock { $0.syntax = syntax }
            } else {
                let entities = Result { try entityRecognizer() }
                loaded.withLock { $0.entities = entities }
            }
        }
        let (syntax, entities) = loaded.withLock { ($0.syntax, $0.entities) }
        guard let syntax, let entities else { throw LoadError.missing("syntax.model.gz or ner.model.gz") }
        let claims = try ClaimScorer(serialized: gunzipped("claims.model.gz"))
        return Analyzer(
            syntax: SyntaxAnnotator(model: try syntax.get()), recognizer: try entities.get(),
            claimExtractor: ClaimExtractor(scorer: claims), identifier: try languageIdentifier())
    }

    /// The language profiles (`lede train language`).
    public static func languageIdentifier() throws -> LanguageIdentifier {
        try model("language.profile.gz") { bytes throws(ModelError) in try LanguageIdentifier(serialized: bytes) }
    }

    /// The part-of-speech tagger and dependency parser.
    public static func syntaxModel() throws -> SyntaxModel {
        try model("syntax.model.gz") { bytes throws(ModelError) in try SyntaxModel(serialized: bytes) }
    }

    /// A gzip-compressed model file read by `read`, its errors named after the file.
    private static func model<Model>(_ name: String, _ read: ([UInt8]) throws(ModelError) -> Model) throws -> Model {
        let bytes = try gunzipped(name)
        do {
            return try read(bytes)
        } catch {
            throw LoadError.unreadable(name, error.description)
        }
    }

    /// The entity stage alone: what training the claim model needs, before a claim model exists.
    public static func entityRecognizer() throws -> EntityRecognizer {
        let tagger = try PerceptronTagger(serialized: gunzipped("ner.model.gz"))
        let lexicon = try EntityLexicon(
            gazetteerTSV: resource("gazetteer.tsv"), commonWords: resource("common-words.txt"),
            companyNames: resource("companies.txt"), givenNamesTSV: gunzipped("given-names.tsv.gz"))
        return EntityRecognizer(tagger: tagger, lexicon: lexicon)
    }

    static func gunzipped(_ name: String) throws -> [UInt8] {
        let bytes = try resource(name)
        do {
            return try Gzip.decompress(bytes, limit: 512 << 20)
        } catch {
            throw LoadError.unreadable(name, "not a valid gzip file")
        }
    }

    /// The models' bundle as SwiftPM names it (package `lede`, target `Models`).
    static let bundleName = "lede_Models.resources"

    static func resource(_ name: String) throws -> [UInt8] {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        let bundle = try InstalledBundle.named(bundleName)
        guard let url = bundle.url(forResource: parts[0], withExtension: parts.count > 1 ? parts[1] : nil),
            let data = FileManager.default.contents(atPath: url.path)
        else { throw LoadError.missing(name) }
        return Array(data)
    }
}
