return {
  rule = "percentage.completion-counts",
  valid = {
    { name = "a rate that is done ÷ target", text = [[
简报（一）
周口：标题
　　今年已建成社区食堂45个，完成年度目标50个的90%。
]] },
  },
  invalid = {
    { name = "the target named a dozen characters before its figure", text = "简报（一）\n周口：标题\n　　今年计划更新改造老旧燃气管网48公里，截至6月底已完成36公里，完成率80%。\n",
      findings = { { line = 3, column = 38, end_line = 3, end_column = 41, message = "完成率80%与完成数不符：36公里÷48公里＝75%",
        suggestion = "核对完成率、完成数和目标数" } } },
    { name = "a rate that is not", text = [[
简报（一）
周口：标题
　　今年已建成社区食堂45个，完成年度目标50个的85%。
]], findings = {
      { line = 3, column = 26, end_line = 3, end_column = 29, message = "完成率85%与完成数不符：45个÷50个＝90%",
        suggestion = "核对完成率、完成数和目标数" },
    } },
  },
}
