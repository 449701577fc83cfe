return {
  rule = "wording.jiezhi",
  valid = {
    { name = "截至 before a date; 截止 without one", text = [[
简报（一）
周口：标题
　　截至2023年底，报名已经截止。
]] },
  },
  invalid = {
    { name = "before a time word", text = "简报（一）\n周口：标题\n　　截止上半年，共办结120件。\n",
      findings = { { line = 3, column = 3, end_line = 3, end_column = 5, message = "日期前应用“截至”，不用“截止”", suggestion = "改为“截至”" } } },
    { name = "截止 before a date", text = [[
简报（一）
周口：标题
　　截止2023年底，全市常住人口202万。
]], findings = {
      { line = 3, column = 3, end_line = 3, end_column = 5, message = "日期前应用“截至”，不用“截止”", suggestion = "改为“截至”" },
    } },
  },
}
