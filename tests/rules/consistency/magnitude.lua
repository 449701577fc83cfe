return {
  rule = "consistency.magnitude",
  valid = {
    { name = "round national amounts lost no decimal point", text = "简报（一）\n周口：标题\n　　发行超长期特别国债1万亿元，安排7000亿元，其中5亿元用于试点。\n" },
    { name = "ordinary amounts", text = [[
简报（一）
周口：标题
　　储备项目23个、总投资33.48亿元，投入资金744万元。
]] },
  },
  invalid = {
    { name = "a thousand hundred-millions", text = [[
简报（一）
周口：标题
　　储备项目23个、总投资3348亿元。
]], findings = {
      { line = 3, column = 14, end_line = 3, end_column = 20, message = "金额3348亿元达到1000亿元以上，请核实",
        suggestion = "疑为小数点丢失，可能是334.8亿元或33.48亿元" },
    } },
  },
}
