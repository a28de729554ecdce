@testable import FeedParsing
import Foundation
import Testing

/// Every date shape feeds use; expected values are seconds since 1970 in UTC.
struct DateParserTests {
    static let may24 = 1_716_543_000.0  // 2024-05-24T09:30:00Z

    @Test(arguments: [
        ("Fri, 24 May 2024 09:30:00 GMT", may24),
        ("Fri, 24 May 2024 09:30:00 +0000", may24),
        ("24 May 2024 09:30:00 GMT", may24),
        ("Fri, 24 May 2024 11:30:00 +0200", may24),
        ("Fri, 24 May 2024 05:30:00 EDT", may24),
        ("Fri, 24 May 2024 04:30:00 EST", may24),
        ("Fri, 24 May 2024 02:30:00 PDT", may24),
        ("Fri, 24 May 24 09:30:00 GMT", may24),
        ("Fri, 24 May 2024 09:30 GMT", may24),
        ("Fri,24 May 2024 09:30:00 Z", may24),
        ("Friday, 24 May 2024 09:30:00 UT", may24),
        ("Fri, 24 May 2024 10:30:00 A", may24),
        ("Fri, 24 May 2024 08:30:00 N", may24),
        ("Fri, 24 May 2024 09:30:00", may24),
        ("Fri, 24 May 2024 15:00:00 +05:30", may24),
        ("Fri, 24 Sept 2024 09:30:00 GMT", 1_727_170_200),
        ("24 September 2024 09:30 GMT", 1_727_170_200),
        ("May 24, 2024 9:30 AM GMT", may24),
        ("Fri May 24 09:30:00 2024", may24),
        ("Fri, 24 May 2024 12:30:00 GMT+3", may24),
        ("Mon, 05 Nov 01 10:00:00 EST", 1_004_972_400),
        ("Thu, 01 Jan 70 00:00:00 GMT", 0),
        ("2024-05-24T09:30:00Z", may24),
        ("2024-05-24T09:30:00.250Z", may24 + 0.25),
        ("2024-05-24T11:30:00+02:00", may24),
        ("2024-05-24T11:30:00+0200", may24),
        ("2024-05-24T09:30Z", may24),
        ("2024-05-24 09:30:00", may24),
        ("2024-05-24t09:30:00z", may24),
        ("20240524T093000Z", may24),
        ("2024-05-24", 1_716_508_800),
        ("2024-05", 1_714_521_600),
        ("2024", 1_704_067_200),
        ("  2024-05-24T09:30:00Z \n", may24),
        ("2024-02-29T00:00:00Z", 1_709_164_800),
    ])
    func parses(_ text: String, _ expected: Double) {
        #expect(DateParser.parse(text) == Date(timeIntervalSince1970: expected), "\(text)")
    }

    @Test(arguments: [
        "", "now", "yesterday", "الجمعة، 24 مايو 2024", "2024-13-01", "2023-02-29T00:00:00Z", "32 May 2024",
        "Fri, 24 Foo 2024 09:30:00 GMT", "2024-05-24T25:00:00Z", "2024-05-24T09:61Z", "12345", "May 2024",
        "Fri, 24 May 2024 09:30:00 +9999",
    ])
    func refusesWhatIsNotADate(_ text: String) {
        #expect(DateParser.parse(text) == nil, "\(text)")
    }
}
