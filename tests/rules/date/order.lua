return {
  rule = "date.order",
  valid = {
    { name = "in order", text = [[
简报（一）
周口：标题
　　条例于6月通过第一次审议、10月第二次审议，11月提请批准。
]] },
  },
  invalid = {
    { name = "the second before the first", text = [[
简报（一）
周口：标题
　　条例于10月通过第一次审议、6月第二次审议。
]], findings = {
      { line = 3, column = 19, end_line = 3, end_column = 22, message = "第二次审议（6月）早于第一次审议（10月）",
        suggestion = "核对两次的日期" },
    } },
  },
}
