import FeedParsing
import Foundation
import Testing

/// The refresher parses many feeds at once: libxml2 state is per call and per thread, so
/// parallel parses must give the same results as serial ones.
struct ConcurrencyTests {
    @Test func parallelParsesMatchSerialOnes() async throws {
        let names = Fixture.allNames.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rdf") || $0.hasSuffix(".json") }
        let inputs = try names.map { try Fixture.data($0) }
        let serial = inputs.map { try? FeedParser.parse($0) }
        let parallel = await withTaskGroup(of: (Int, ParsedFeed?).self) { group in
            for round in 0..<8 {
                for (index, data) in inputs.enumerated() {
                    group.addTask {
                        if round % 2 == 0 { _ = HTMLConverter.document(fromHTML: "<p>warm <b>up</b></p>") }
                        return (index, try? FeedParser.parse(data))
                    }
                }
            }
            var results: [(Int, ParsedFeed?)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == inputs.count * 8)
        for (index, feed) in parallel { #expect(feed == serial[index], "\(names[index])") }
    }
}
