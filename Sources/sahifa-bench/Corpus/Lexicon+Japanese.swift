extension Lexicon {
    /// Japanese mixing kanji, hiragana and katakana, with ideographic punctuation.
    static let japanese = Lexicon(
        words: """
            東京の 大阪で 市場は 川が 橋を 港に 冬の 夏に 報告書 朝の 夜に 人々が 学校で 先生は \
            学生が 図書館 庭園 村の 山で 海岸 雨が 雪が 収穫 農家 パン コーヒー お茶 大臣 国会 \
            選挙 予算 法律 裁判所 合意 国境 貿易 工場 労働者 価格 銀行 会社 ネットワーク 検索 \
            読者 記事 見出し 編集者 意見 祭り 劇場 博物館 小説 詩人 翻訳 言語 辞書 歴史 世紀 \
            科学 研究所 医学 病院 医者 エネルギー 太陽光 風力 気候 海洋 森林 試合 チーム \
            発表した 報じた 確認した 開いた 署名した 到着した 今日 昨日 明日 新しい 古い 大きな \
            小さな 重要な 静かな 美しい そして しかし また ために について によると です ました
            """.split(separator: " ").map(String.init),
        separator: "", comma: "、", fullStop: "。", question: "？")
}
