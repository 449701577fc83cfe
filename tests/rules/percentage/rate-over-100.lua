return {
  rule = "percentage.rate-over-100",
  valid = {
    { name = "over-fulfilment written with its decimals", text = "简报（一）\n周口：标题\n　　淘汰柴油货车1326辆，完成年度任务1200辆的110.5%。\n" },
    { name = "rates within 100%", text = [[
简报（一）
周口：标题
　　任务完成率100%，运营率由76%提升至96%。
]] },
  },
  invalid = {
    { name = "a share of the things counted above 100%", text = "简报（一）\n周口：标题\n　　委员提出的意见建议，已有185%被承办单位采纳。\n",
      findings = { { line = 3, column = 15, end_line = 3, end_column = 19, severity = "error", message = "比例185%超过100%，不可能成立",
        suggestion = "疑为小数点丢失，可能是18.5%或1.85%" } } },
    { name = "a lost decimal point in a completion rate", text = [[
简报（一）
周口：标题
　　已运营180家助餐机构，完成省定任务的1125%。
]], findings = {
      { line = 3, column = 22, end_line = 3, end_column = 27, message = "完成率1125%，疑为小数点丢失",
        suggestion = "应为112.5%" },
    } },
    { name = "over-fulfilment to confirm", text = [[
简报（一）
周口：标题
　　老旧小区改造已完成125%。
]], findings = {
      { line = 3, column = 12, end_line = 3, end_column = 16, message = "完成率125%超过100%：如为超额完成请核实数字",
        suggestion = "若为12.5%，请补上小数点" },
    } },
    { name = "a rate that cannot pass 100%", text = [[
简报（一）
周口：标题
　　全市养老机构入住率达到865%。
]], findings = {
      { line = 3, column = 14, end_line = 3, end_column = 18, message = "入住率865%超过100%，不可能成立",
        suggestion = "疑为小数点丢失，可能是86.5%或8.65%" },
    } },
  },
}
