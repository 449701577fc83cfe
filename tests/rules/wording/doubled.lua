return {
  rule = "wording.doubled",
  valid = {
    { name = "the first 是 ends a word of its own", text = "简报（一）\n周口：标题\n　　解放思想、实事求是是我们的思想路线，问题就是是否落实。\n" },
    { name = "reduplication on purpose", text = [[
简报（一）
周口：标题
　　常常深入基层，件件有着落，扎扎实实推进。
]] },
  },
  invalid = {
    { name = "a doubled particle and a doubled word", text = [[
简报（一）
周口：标题
　　群众的的需求，进一步进一步完善。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 7, message = "“的”重复", suggestion = "删去一个“的”" },
      { line = 3, column = 10, end_line = 3, end_column = 16, message = "“进一步”重复", suggestion = "删去重复的“进一步”" },
    } },
  },
}
