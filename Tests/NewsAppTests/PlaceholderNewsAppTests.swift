import Testing

@Test func placeholderNewsApp() { #expect(Bool(true)) }
