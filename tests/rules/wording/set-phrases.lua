return {
  rule = "wording.set-phrases",
  valid = {
    { name = "the set phrases written right", text = [[
简报（一）
周口：标题
　　解决老年人的“急难愁盼”问题，采取“四不两直”方式。
]] },
  },
  invalid = {
    { name = "a homophone in a set phrase", text = [[
简报（一）
周口：标题
　　解决老年人的“急难愁判”问题。
]], findings = {
      { line = 3, column = 10, end_line = 3, end_column = 14, message = "“急难愁判”应为“急难愁盼”",
        suggestion = "改为“急难愁盼”" },
    } },
  },
}
