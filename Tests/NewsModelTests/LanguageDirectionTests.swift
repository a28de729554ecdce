import Testing
@testable import NewsModel

@Test(arguments: ["ar", "he-IL", "fa_IR", "ur", "yi", "ku-Arab", "AR"])
func rightToLeftLanguages(tag: String) {
    #expect(LanguageDirection.isRightToLeft(tag))
}

@Test(arguments: ["en", "en-US", "zh-Hans", "ja", "fr", "", "arn"])
func leftToRightLanguages(tag: String) {
    #expect(!LanguageDirection.isRightToLeft(tag))
}

@Test func absentLanguageIsLeftToRight() {
    #expect(!LanguageDirection.isRightToLeft(nil))
}
