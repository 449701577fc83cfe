return {
  rule = "wording.lookalikes",
  valid = {
    { name = "two words of their own", text = "简报（一）\n周口：标题\n　　促进人才集聚，吸纳人员就业，杜绝利己经营，发展悦己经济，周末来访群众20人。\n" },
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
    { name = "configured words: regex characters are literal, the longest word wins", text = [[
简报（一）
周口：标题
　　工作己经开展，a.b与axb。
]], config = [=[return { rules = { ["wording.lookalikes"] = { options = { words = {
      ["a.b"] = "ab", ["工作己"] = "工作已", ["工作己经"] = "工作已经" } } } } }]=],
      findings = {
      { line = 3, column = 3, end_line = 3, end_column = 7, message = "“工作己经”应为“工作已经”", suggestion = "改为“工作已经”" },
      { line = 3, column = 10, end_line = 3, end_column = 13, message = "“a.b”应为“ab”", suggestion = "改为“ab”" },
    } },
  },
}
