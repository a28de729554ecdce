import FeedParsing
import Foundation

/// Parse plus HTML-to-document over a set of feed files, on the calling thread only.
struct ParseThroughput {
    struct Tally: Codable, Sendable {
        var files = 0
        var bytes = 0
        var items = 0
        var failures = 0
        var parseSeconds = 0.0
        var documentSeconds = 0.0
        var seconds: Double { parseSeconds + documentSeconds }
        var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0 }
        var itemsPerSecond: Double { seconds > 0 ? Double(items) / seconds : 0 }

        mutating func add(_ other: Tally) {
            files += other.files
            bytes += other.bytes
            items += other.items
            failures += other.failures
            parseSeconds += other.parseSeconds
            documentSeconds += other.documentSeconds
        }
    }

    struct LoadedFile {
        let entry: CorpusManifest.Entry
        let data: Data
        let url: URL?
    }

    let files: [LoadedFile]

    /// One pass over every file; the tally per format.
    func pass() -> [CorpusFormat: Tally] {
        var tallies: [CorpusFormat: Tally] = [:]
        for file in files {
            var tally = Tally(files: 1, bytes: file.data.count)
            let parseStart = MonotonicClock.nanoseconds()
            let parsed: ParsedFeed
            do {
                parsed = try FeedParser.parse(file.data, documentURL: file.url)
            } catch {
                tally.failures = 1
                tally.parseSeconds = Double(MonotonicClock.nanoseconds() - parseStart) / 1e9
                tallies[file.entry.format, default: Tally()].add(tally)
                continue
            }
            let documentStart = MonotonicClock.nanoseconds()
            tally.parseSeconds = Double(documentStart - parseStart) / 1e9
            var blocks = 0
            for item in parsed.items {
                let base = item.link.flatMap(URL.init(string:))
                blocks += HTMLConverter.document(fromHTML: item.contentHTML ?? item.summary ?? "", baseURL: base, language: item.language ?? parsed.language).blocks.count
            }
            tally.documentSeconds = Double(MonotonicClock.nanoseconds() - documentStart) / 1e9
            tally.items = parsed.items.count
            if blocks == 0, !parsed.items.isEmpty { tally.failures = 1 }
            tallies[file.entry.format, default: Tally()].add(tally)
        }
        return tallies
    }
}
