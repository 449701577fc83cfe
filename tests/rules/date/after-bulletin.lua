return {
  rule = "date.after-bulletin",
  valid = {
    { name = "earlier dates, and plans", text = [[
简报（一）
2024年6月10日
周口：标题
　　2024年5月12日召开推进会，计划于2024年9月完成整改。
]] },
    { name = "a bulletin without a date of its own", text = [[
简报（一）
周口：标题
　　2024年8月12日召开推进会。
]] },
  },
  invalid = {
    { name = "an event after the bulletin", text = [[
简报（一）
2024年6月10日
周口：标题
　　2024年8月12日，市人大常委会召开推进会。
]], findings = {
      { line = 4, column = 3, end_line = 4, end_column = 13, message = "日期2024年8月12日晚于本期简报的日期2024年6月10日",
        suggestion = "核对日期" },
    } },
  },
}
