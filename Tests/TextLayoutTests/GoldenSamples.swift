@testable import TextLayout

/// The mixed-script paragraphs of the golden tests: what sahifa exists to display.
enum GoldenSamples {
    static let paragraphs: [(name: String, paragraph: StyledParagraph)] = [
        (
            "english-quoting-vocalized-arabic",
            StyledParagraph([
                StyledRun("The Throne Verse begins "),
                StyledRun("﴿اللَّهُ لَا إِلَٰهَ إِلَّا هُوَ الْحَيُّ الْقَيُّومُ﴾"),
                StyledRun(" — "),
                StyledRun("“Allah: there is no god but He, the Living, the Self-Subsisting”", style: .bold),
                StyledRun(" "),
                StyledRun("[2:255]", style: .link, link: 1),
                StyledRun("."),
            ])
        ),
        (
            "hebrew-with-niqqud",
            StyledParagraph(plain: "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ׃ (Genesis 1:1)")
        ),
        (
            "persian-with-persian-digits",
            StyledParagraph([
                StyledRun("این کتاب در سال ۱۴۰۳ در تهران منتشر شد و ۲۵۰ صفحه دارد؛ "),
                StyledRun("نسخهٔ دیجیتال", style: .highlight),
                StyledRun(" آن هم به‌زودی می‌آید."),
            ])
        ),
        (
            "arabic-with-english-and-numbers",
            StyledParagraph(plain: "قال الباحث إن نسخة Unicode 15.0 صدرت في 2022 (وفيها 149,186 حرفاً) بحسب الموقع.")
        ),
        (
            "cjk",
            StyledParagraph(plain: "東京の天気は晴れ、気温は２５度でした。明日は雨が降るでしょう。한국어 문장도 공백으로 나뉩니다.")
        ),
        (
            "emoji-sequences",
            StyledParagraph(plain: "Reactions: 👨‍👩‍👧 family, 🇯🇵 flag, ❤️ heart, 👍🏽 thumbs — each one cell.")
        ),
    ]
}
