return {
  rule = "punctuation.half-width",
  valid = {
    { name = "full-width marks; decimals, times and Latin text untouched", text = [[
简报（一）
周口：标题
　　运营率达到96.5%，会议于10:30召开，主题为Smart City, Henan。
]] },
  },
  invalid = {
    { name = "the spaces after the mark go with it", text = [[
简报（一）
周口：标题
　　其中, 第一产业增加值增长较快。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 7, message = "中文中使用了半角“,”（应为“，”）",
        suggestion = "改为“，”" },
    }, output = [[
简报（一）
周口：标题
　　其中，第一产业增加值增长较快。
]] },
    { name = "a few places in a draft, each reported", text = [[
简报（一）
周口：标题
　　市人大常委会高度重视,专题研究联动监督工作。
]], findings = {
      { line = 3, column = 13, end_line = 3, end_column = 14, message = "中文中使用了半角“,”（应为“，”）",
        suggestion = "改为“，”" },
    }, output = [[
简报（一）
周口：标题
　　市人大常委会高度重视，专题研究联动监督工作。
]] },
    { name = "systematic, as in extracted text: one summary", text = [[
简报（一）
周口：标题
　　甲,乙,丙,丁,戊,己,庚,辛,壬,癸,子.
]], findings = {
      { line = 3, column = 4, end_line = 3, end_column = 5,
        message = "全文有11处半角标点用在中文里（, . ; : ? ! ( )），如第3行第4列、第3行第6列、第3行第8列",
        suggestion = "统一改为全角标点（，。；：？！（）），可用 --fix 自动改正" },
    }, output = [[
简报（一）
周口：标题
　　甲，乙，丙，丁，戊，己，庚，辛，壬，癸，子。
]] },
  },
}
