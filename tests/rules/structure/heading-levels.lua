return {
  rule = "structure.heading-levels",
  valid = {
    { name = "four levels in order", text = [[
简报（一）
周口：标题
一、做法
　　（一）甲。正文。
1.细则
　　（1）条目。正文。
]] },
  },
  invalid = {
    { name = "1. directly under 一、", text = [[
简报（一）
周口：标题
一、做法
1.加强领导
　　正文。
]], findings = {
      { line = 4, column = 1, end_line = 4, end_column = 3, message = "“1.”直接出现在“一、”之下，跳过了“（一）”一级",
        suggestion = "改用“（一）”，或补上中间一级标题" },
    } },
  },
}
