return {
  rule = "punctuation.paired-marks",
  valid = {
    { name = "balanced and nested", text = [[
简报（一）
周口：标题
　　学习《河南省养老服务条例》，做到“有（实）效”。
]] },
    { name = "extraction's « » and half-width brackets", text = [[
简报（一）
周口：标题
　　印发 «工作方案»,对各乡 (镇)开展检查。
]] },
    { name = "a quotation over two paragraphs", text = [[
简报（一）
周口：标题
　　他说：“第一段引文。
　　“第二段引文。”
]] },
  },
  invalid = {
    { name = "an unclosed title mark", text = [[
简报（一）
周口：标题
　　对照《河南省养老服务条例逐条检查。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 6, message = "“《”没有配对的“》”",
        suggestion = "在相应位置补上“》”，或删去“《”" },
    } },
    { name = "a closing mark without its opening", text = [[
简报（一）
周口：标题
　　正文）结束。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 6, message = "“）”前面没有配对的“（”",
        suggestion = "补上左半边，或删去多余的“）”" },
    } },
    { name = "crossed marks", text = [[
简报（一）
周口：标题
　　“学习《条例”》。
]], findings = {
      { line = 3, column = 6, end_line = 3, end_column = 7,
        message = "“《”尚未闭合就出现了“””：成对标点交叉或缺少“》”",
        suggestion = "在“””之前补上“》”" },
      { line = 3, column = 10, end_line = 3, end_column = 11, message = "“》”前面没有配对的“《”",
        suggestion = "补上左半边，或删去多余的“》”" },
    } },
  },
}
