return {
  rule = "date.plan-horizon",
  valid = {
    { name = "years within the round", text = "简报（一）\n周口：标题\n　　2023年底启动，计划于2025年6月完成。\n" },
  },
  invalid = {
    { name = "a mistyped year", text = "简报（一）\n周口：标题\n　　计划于2052年6月完成。\n",
      findings = {
        { line = 3, column = 6, end_line = 3, end_column = 13, message = "年份2052不在本轮监督的年份范围（2020—2030年）内",
          suggestion = "核对年份" },
      } },
  },
}
