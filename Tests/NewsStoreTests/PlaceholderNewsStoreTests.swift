import Testing

@Test func placeholderNewsStore() { #expect(Bool(true)) }
