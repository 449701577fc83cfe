return {
  rule = "punctuation.approximate-numbers",
  valid = {
    { name = "approximations without 、, and lists of non-adjacent numbers", text = [[
简报（一）
周口：标题
　　每组三四名代表，分为二、五两个批次。
]] },
  },
  invalid = {
    { name = "a 、 inside an approximation", text = [[
简报（一）
周口：标题
　　每组由三、四名代表组成。
]], findings = {
      { line = 3, column = 6, end_line = 3, end_column = 9, message = "概数“三、四”中间不用顿号", suggestion = "改为“三四”" },
    } },
  },
}
