import FeedParsing
import Foundation
import Glibc
import Testing

/// Measures parse throughput per core (thread CPU time) when asked (`SAHIFA_PARSE_THROUGHPUT=1 swift test -c release
/// --filter ParseThroughput`); prints MB/s and never fails on time. The benchmark proper is
/// `sahifa-bench`.
struct ParseThroughputTests {
    static let enabled = ProcessInfo.processInfo.environment["SAHIFA_PARSE_THROUGHPUT"] != nil

    static func paragraph(_ index: Int, arabic: Bool) -> String {
        arabic
            ? "<p>وَعَدَ اللَّهُ الَّذِينَ آمَنُوا مِنكُمْ ﴿وَعَمِلُوا الصَّالِحَاتِ﴾ فقرة رقم \(index) مع <a href=\"/a/\(index)\">رابط</a> و<b>تأكيد</b>.</p>"
            : "<p>Paragraph \(index) of the story, with <a href=\"https://news.example.org/a/\(index)\">a link</a>, <em>emphasis</em> &amp; an entity.</p>"
    }

    static func rss(_ feed: Int, arabic: Bool) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Feed \(feed)</title><link>https://news.example.org/\(feed)/</link><description>Generated</description>\n"
        for item in 0..<50 {
            let body = (0..<8).map { paragraph($0 + item, arabic: arabic) }.joined()
            xml += "<item><title>Item \(item) of feed \(feed) &amp; more</title><link>https://news.example.org/\(feed)/\(item)</link><guid>https://news.example.org/\(feed)/\(item)</guid><pubDate>Fri, 24 May 2024 09:\(10 + item % 50):00 GMT</pubDate><dc:creator>Writer \(item)</dc:creator><category>news</category><description>&lt;p&gt;Summary of item \(item)&lt;/p&gt;</description><content:encoded><![CDATA[\(body)]]></content:encoded></item>\n"
        }
        return xml + "</channel></rss>\n"
    }

    static func atom(_ feed: Int) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><title>Atom \(feed)</title><id>tag:x,\(feed)</id><updated>2024-05-24T09:30:00Z</updated><link href=\"https://atom.example.org/\(feed)/\"/>\n"
        for item in 0..<50 {
            let body = (0..<8).map { paragraph($0 + item, arabic: false) }.joined()
            xml += "<entry><title type=\"html\">Entry \(item) &amp;amp; co</title><id>tag:x,\(feed):\(item)</id><link href=\"https://atom.example.org/\(feed)/\(item)\"/><updated>2024-05-24T09:30:00+02:00</updated><author><name>A \(item)</name></author><summary>Summary \(item)</summary><content type=\"html\">\(body.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</content></entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// CPU time of the calling thread: throughput per core, whatever else the machine is doing.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs `body` and returns its thread CPU time in seconds.
    static func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
        let start = threadCPUSeconds()
        try body()
        return threadCPUSeconds() - start
    }

    static func rate(_ bytes: Int, _ items: Int, _ seconds: Double) -> String {
        let megabytes = Double(bytes) / 1_000_000
        return String(format: "%.1f MB, %d items in %.3f s = %.1f MB/s, %.0f items/s", megabytes, items, seconds, megabytes / seconds, Double(items) / seconds)
    }

    @Test(.enabled(if: enabled)) func feedParseThroughput() throws {
        var corpus: [Data] = []
        for feed in 0..<240 {
            switch feed % 4 {
            case 0: corpus.append(Data(Self.rss(feed, arabic: false).utf8))
            case 1: corpus.append(Data(Self.atom(feed).utf8))
            case 2: corpus.append(Data(Self.rss(feed, arabic: true).utf8))
            default:
                let source = Self.rss(feed, arabic: true).replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"windows-1256\"")
                corpus.append(source.data(using: .windowsCP1252, allowLossyConversion: true) ?? Data(source.utf8))
            }
        }
        let rounds = Int(ProcessInfo.processInfo.environment["SAHIFA_PARSE_ROUNDS"] ?? "") ?? 3
        let kinds = ["RSS 2.0 English", "Atom 1.0 English", "RSS 2.0 Arabic", "RSS 2.0 windows-1256"]
        var items = 0
        var totalBytes = 0
        var totalSeconds = 0.0
        let only = Int(ProcessInfo.processInfo.environment["SAHIFA_PARSE_KIND"] ?? "")
        for (kind, name) in kinds.enumerated() where only == nil || only == kind {
            let slice = corpus.enumerated().filter { $0.offset % 4 == kind }.map(\.element)
            let bytes = slice.reduce(0) { $0 + $1.count } * rounds
            var kindItems = 0
            let seconds = try Self.cpuSeconds {
                for _ in 0..<rounds {
                    for data in slice { kindItems += try FeedParser.parse(data).items.count }
                }
            }
            print("FeedParser.parse \(name): \(Self.rate(bytes, kindItems, seconds))")
            items += kindItems / rounds
            totalBytes += bytes
            totalSeconds += seconds
        }
        print("FeedParser.parse all: \(Self.rate(totalBytes, items * rounds, totalSeconds))")
        let bodies = try corpus.prefix(40).flatMap { try FeedParser.parse($0).items.compactMap(\.contentHTML) }
        let bodyBytes = bodies.reduce(0) { $0 + $1.utf8.count } * rounds
        var blocks = 0
        let seconds = Self.cpuSeconds {
            for _ in 0..<rounds {
                for body in bodies { blocks += HTMLConverter.document(fromHTML: body).blocks.count }
            }
        }
        print("HTMLConverter.document: \(Self.rate(bodyBytes, bodies.count * rounds, seconds)) (items = bodies)")
        #expect(items == 240 * 50)
    }
}
