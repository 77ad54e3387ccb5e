/// The version `lede --version` and the `lede_build_info` metric report.
enum LedeVersion {
    static let current = "0.1.0"

    /// What `lede --version` prints: the version, then where the licences are.
    static let banner = """
        lede \(current)
        Code: Apache License 2.0, see LICENSE. Models and lexicons: their own licences and required attributions, see NOTICE
        (the entity tagger's weights are CC BY-SA 4.0, share-alike). Both files are at the root of the source repository
        and next to the binary in the container image (/opt/lede).
        """
}
