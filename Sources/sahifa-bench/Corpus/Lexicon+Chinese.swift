extension Lexicon {
    /// Simplified Chinese words, written without spaces and with full-width punctuation.
    static let chinese = Lexicon(
        words: """
            城市 市场 河流 桥梁 港口 冬天 夏天 报告 早上 晚上 人们 学校 老师 学生 图书馆 花园 村庄 \
            山区 海岸 下雨 下雪 收获 农民 面包 咖啡 茶叶 部长 议会 选举 预算 法律 法院 法官 协议 \
            边境 贸易 工厂 工人 价格 银行 公司 网络 搜索 读者 文章 标题 编辑 评论 节日 剧院 博物馆 \
            小说 诗歌 诗人 翻译 语言 词典 历史 世纪 科学 研究 实验室 医学 医院 医生 能源 太阳能 \
            风力 气候 海洋 森林 候鸟 比赛 球队 赛季 宣布 报道 确认 开放 签署 到达 今天 昨天 明天 \
            新的 旧的 重要 快速 安静 美丽 已经 正在 我们 他们 这个 那个 因为 所以 但是 以及
            """.split(separator: " ").map(String.init),
        separator: "", comma: "，", fullStop: "。", question: "？")
}
