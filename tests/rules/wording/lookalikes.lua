return {
  rule = "wording.lookalikes",
  valid = {
    { name = "the right characters", text = [[
简报（一）
周口：标题
　　工作已经深入社区，纳入计划，尚未完成。
]] },
  },
  invalid = {
    { name = "己经 and 杜会", text = [[
简报（一）
周口：标题
　　工作己经全面展开，杜会反响良好。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 7, message = "“己经”应为“已经”", suggestion = "改为“已经”" },
      { line = 3, column = 12, end_line = 3, end_column = 14, message = "“杜会”应为“社会”", suggestion = "改为“社会”" },
    } },
  },
}
