import Testing

@testable import HTTP

@Suite struct ConnectionDeadlinesTests {
    let second: UInt64 = 1_000_000_000
    var timeouts: HTTPTimeouts {
        var timeouts = HTTPTimeouts()
        timeouts.head = .seconds(10)
        timeouts.bodyIdle = .seconds(5)
        timeouts.keepAliveIdle = .seconds(15)
        timeouts.write = .seconds(30)
        return timeouts
    }

    @Test func slowlorisHeadGets408AtTheWholeHeadDeadlineDespiteTrickledBytes() {
        var deadlines = ConnectionDeadlines(timeouts: timeouts, now: 0)
        deadlines.enter(.head, at: 1 * second)
        for t in 2...10 {
            deadlines.progress(at: UInt64(t) * second)
            #expect(deadlines.expiry(at: UInt64(t) * second) == nil)
        }
        #expect(deadlines.expiry(at: 11 * second) == .requestTimeout(.headTimeout))
    }

    @Test func bodyTimesOutOnlyAfterInactivity() {
        var deadlines = ConnectionDeadlines(timeouts: timeouts, now: 0)
        deadlines.enter(.body, at: 0)
        deadlines.progress(at: 4 * second)
        #expect(deadlines.expiry(at: 8 * second) == nil)
        #expect(deadlines.expiry(at: 9 * second) == .requestTimeout(.bodyTimeout))
    }

    @Test func idleKeepAliveConnectionIsClosedSilently() {
        var deadlines = ConnectionDeadlines(timeouts: timeouts, now: 0)
        deadlines.enter(.idle, at: 0)
        #expect(deadlines.expiry(at: 14 * second) == nil)
        #expect(deadlines.expiry(at: 15 * second) == .close)
    }

    @Test func slowReaderIsDroppedAfterTheWriteTimeout() {
        var deadlines = ConnectionDeadlines(timeouts: timeouts, now: 0)
        deadlines.enter(.writing, at: 0)
        deadlines.progress(at: 20 * second)
        #expect(deadlines.expiry(at: 49 * second) == nil)
        #expect(deadlines.expiry(at: 50 * second) == .close)
    }

    @Test func processingNeverTimesOutTheClient() {
        var deadlines = ConnectionDeadlines(timeouts: timeouts, now: 0)
        deadlines.enter(.processing, at: 0)
        #expect(deadlines.expiry(at: 1000 * second) == nil)
    }
}
