return {
  rule = "percentage.points-change",
  valid = {
    { name = "a growth rate may change by more than 100 points", text = "简报（一）\n周口：标题\n　　地方投资同比增长42.1%，增速比同期提高102.3个百分点。\n" },
    { name = "plausible changes", text = [[
简报（一）
周口：标题
　　老年人口占总人口的21.98%，与上年相比上升2.58个百分点。
]] },
  },
  invalid = {
    { name = "two changes that lost their decimal points", text = [[
简报（一）
周口：标题
　　老年人口占总人口的21.98%，与前两年相比分别上升258和148个百分点。
]], findings = {
      { line = 3, column = 29, end_line = 3, end_column = 32, message = "上升258个百分点超过了变化后的比率21.98%",
        suggestion = "疑为小数点丢失：应为2.58和1.48个百分点" },
      { line = 3, column = 33, end_line = 3, end_column = 36, message = "上升148个百分点超过了变化后的比率21.98%",
        suggestion = "疑为小数点丢失：应为2.58和1.48个百分点" },
    } },
  },
}
