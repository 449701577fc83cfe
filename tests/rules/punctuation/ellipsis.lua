return {
  rule = "punctuation.ellipsis",
  valid = {
    { name = "a proper ellipsis, and 等 alone", text = [[
简报（一）
周口：标题
　　组织座谈会、调研会……各地积极响应。召开座谈会、调研会等活动。
]] },
  },
  invalid = {
    { name = "three dots and an ellipsis with 等", text = [[
简报（一）
周口：标题
　　组织座谈会...召开调研会……等活动。
]], findings = {
      { line = 3, column = 8, end_line = 3, end_column = 11, message = "省略号应为“……”，此处为“...”",
        suggestion = "改为“……”" },
      { line = 3, column = 16, end_line = 3, end_column = 19, message = "省略号与“等”重复，二者只用其一",
        suggestion = "删去“……”或“等”" },
    }, output = [[
简报（一）
周口：标题
　　组织座谈会……召开调研会……等活动。
]] },
  },
}
