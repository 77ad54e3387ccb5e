import ArgumentParser
import Core
import Foundation
import HTML
import Models
import Synchronization

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure analysis speed on one core: words/s and tokens/s per stage and in total, p50/p99 per article.",
        discussion: """
            CORPUS is JSONL with a "text" field per line (as `lede batch` reads). With --html PAGE, times \
            the article extraction of that page instead (bench/make_page.py writes a 200 KB one). Build \
            with -c release.
            """
    )

    @Argument(help: "JSONL corpus.")
    var corpus: String = ""

    @Option(help: "An HTML page whose article extraction is timed, instead of the analysis of a corpus.")
    var html: String?

    @Option(help: "Passes over the corpus (the first also warms up).")
    var passes: Int = 5

    @Option(help: "Also run the passes on this many threads at once, sharing one analyzer, as the server's workers do.")
    var threads: Int = 1

    func run() throws {
        if let html { return try extraction(html) }
        guard let data = FileManager.default.contents(atPath: corpus) else {
            throw ValidationError("Cannot read \(corpus): check the path.")
        }
        let loadStart = Date()
        let analyzer = try BundledModels.analyzer()
        let loadSeconds = Date().timeIntervalSince(loadStart)
        let texts: [String] = String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        }
        guard !texts.isEmpty else { throw ValidationError("No \"text\" fields in \(corpus).") }
        let words = texts.reduce(0) { $0 + $1.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
        let tokens = texts.reduce(0) { $0 + TextReader().read($1).tokens.count }

        _ = texts.map { try? analyzer.analyze(AnalysisRequest(text: $0)) }  // warm-up
        var timings = StageTimings()
        var perArticle: [Double] = []
        var encoding = Duration.zero
        var refused = 0
        let clock = ContinuousClock()
        for _ in 0..<passes {
            for text in texts {
                let start = clock.now
                // A text taken for another language is refused and counts only its identification.
                let response = try? analyzer.analyze(AnalysisRequest(text: text), timings: &timings)
                let analysed = clock.now
                if response == nil { refused += 1 }
                perArticle.append(Self.seconds(start.duration(to: analysed)))
                // What the service adds to every answer: the response as JSON bytes.
                _ = response?.jsonBytes()
                encoding += analysed.duration(to: clock.now)
            }
        }
        let total = perArticle.reduce(0, +)
        perArticle.sort()
        let runs = Double(passes)
        print("corpus: \(texts.count) articles, \(words) words, \(tokens) tokens; \(passes) passes on one thread")
        print(String(format: "model load: %.0f ms", loadSeconds * 1000))
        for stage in StageTimings.Stage.allCases {
            let nanos = timings.nanoseconds(stage)
            guard nanos > 0 else { continue }
            let seconds = Double(nanos) / 1e9
            print(Self.row(stage.rawValue, seconds: seconds, runs: runs, words: words, tokens: tokens))
        }
        print(Self.row("total", seconds: total, runs: runs, words: words, tokens: tokens))
        print(Self.row("json", seconds: Self.seconds(encoding), runs: runs, words: words, tokens: tokens) + "  (encoding, not in total)")
        print(
            String(
                format: "per article: p50 %.3f ms, p99 %.3f ms, max %.3f ms",
                perArticle[perArticle.count / 2] * 1000, perArticle[min(perArticle.count - 1, perArticle.count * 99 / 100)] * 1000,
                (perArticle.last ?? 0) * 1000))
        if refused > 0 { print("refused as not English: \(refused / passes) of \(texts.count) articles") }
        if threads > 1 { shared(analyzer, texts: texts) }
        print("peak resident memory: \(Self.peakResidentKilobytes()) kB")
    }

    /// The passes on `threads` threads at once: articles per second in all, and the CPU time each
    /// article takes (per-thread CPU clocks, so other processes on the machine do not count).
    private func shared(_ analyzer: Analyzer, texts: [String]) {
        let clock = ContinuousClock()
        let started = clock.now
        let cpuSeconds = Mutex<Double>(0)
        let passes = passes
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            let cpuStart = Self.threadCPUSeconds()
            for _ in 0..<passes {
                for text in texts { _ = (try? analyzer.analyze(AnalysisRequest(text: text)))?.jsonBytes() }
            }
            let spent = Self.threadCPUSeconds() - cpuStart
            cpuSeconds.withLock { $0 += spent }
        }
        let elapsed = Self.seconds(started.duration(to: clock.now))
        let articles = Double(threads * passes * texts.count)
        print(
            String(
                format: "%d threads: %.0f articles/s in all, %.3f ms CPU per article (with JSON)", threads, articles / elapsed,
                cpuSeconds.withLock { $0 } * 1000 / articles))
    }

    /// Extraction of one page, timed over `passes` × 20 runs after a warm-up: p50, p99 and the size
    /// of what it keeps.
    private func extraction(_ path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let page = String(validating: data, as: UTF8.self) else {
            throw ValidationError("Cannot read \(path) as UTF-8: check the path.")
        }
        let extractor = ArticleExtractor()
        let article = try extractor.extract(page)
        let clock = ContinuousClock()
        var times: [Double] = []
        let cpuStart = Self.threadCPUSeconds()
        for _ in 0..<(passes * 20) {
            let start = clock.now
            _ = try extractor.extract(page)
            times.append(Self.seconds(start.duration(to: clock.now)))
        }
        // CPU time of this thread alone: on a shared machine, wall time also counts other processes.
        let cpu = (Self.threadCPUSeconds() - cpuStart) / Double(times.count)
        times.sort()
        print("page: \(data.count) bytes; article: \(article.paragraphs.count) paragraphs, \(article.text.utf8.count) bytes")
        print(
            String(
                format: "extraction: p50 %.3f ms, p99 %.3f ms over %d runs; %.3f ms of CPU each", times[times.count / 2] * 1000,
                times[times.count * 99 / 100] * 1000, times.count, cpu * 1000))
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func row(_ name: String, seconds: Double, runs: Double, words: Int, tokens: Int) -> String {
        name.padding(toLength: 12, withPad: " ", startingAt: 0)
            + String(
                format: "%8.2f ms/pass %12.0f words/s %12.0f tokens/s", seconds * 1000 / runs,
                Double(words) * runs / seconds, Double(tokens) * runs / seconds)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// VmHWM from /proc: the most resident memory the process ever had.
    static func peakResidentKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}
