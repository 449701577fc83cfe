return {
  rule = "punctuation.ascii-spaces",
  valid = {
    { name = "a masthead spaced out letter by letter", text = "提 案 工 作 简 报\n第3期\n周口：标题\n　　正文。\n" },
    { name = "a speaker's line: the title and the name", text = "简报（一）\n周口：标题\n——2026年1月26日在省第十四届人民代表大会第五次会议上\n广东省省长 孟凡利\n　　各位代表。\n" },
    { name = "spaces next to Latin text and digits, in Latin text, and indentation", text = [[
简报（一）
周口：标题
　　2024年 GDP 增长5.2%，APP 上线运行，第 3 期简报共 ２２家。
　　会议学习了 Work Report 全文，推进“一网通办”。
    缩进的行首空格不算。
　　全角空格　不是半角空格。
]] },
    { name = "half-width marks in Latin text", text = [[
简报（一）
周口：标题
　　引用 Smith (2020) 的研究: see p. 5，并 (a) 列出。
]] },
    { name = "between two quotation marks alone (also English)", text = [[
简报（一）
周口：标题
　　提出“国之大者” “省之要者”的要求。
]] },
  },
  invalid = {
    { name = "after a colon and before a bracket, fixed", text = [[
简报（一）
三门峡： 在助推养老服务发展中彰显人大力量
　　联动监督专辑 （五十三）
　　以 “三体一嵌”  联动监督。
]], findings = {
      { line = 2, column = 5, end_line = 2, end_column = 6, message = "汉字和中文标点之间有半角空格", suggestion = "删去空格" },
      { line = 3, column = 9, end_line = 3, end_column = 10, message = "汉字和中文标点之间有半角空格", suggestion = "删去空格" },
      { line = 4, column = 4, end_line = 4, end_column = 5, message = "汉字和中文标点之间有半角空格", suggestion = "删去空格" },
      { line = 4, column = 11, end_line = 4, end_column = 13, message = "汉字和中文标点之间有半角空格", suggestion = "删去空格" },
    } },
    { name = "before a half-width bracket used in Chinese (the space after a half-width colon is punctuation.half-width's)", text = [[
简报（一）
三门峡: 在助推养老服务发展中彰显人大力量
　　联动监督专辑 (五十三)
]], findings = {
      { line = 3, column = 9, end_line = 3, end_column = 10, message = "汉字和中文标点之间有半角空格", suggestion = "删去空格" },
    } },
    { name = "many places: one summary", text = [[
简报（一）
周口：标题
　　甲 乙 丙 丁 戊 己 庚 辛 壬 癸 子 丑。
]], findings = {
      { line = 3, column = 4, end_line = 3, end_column = 5,
        message = "全文有11处汉字或中文标点之间有半角空格，如第3行第4列、第3行第6列、第3行第8列", suggestion = "删去这些空格" },
    } },
  },
}
