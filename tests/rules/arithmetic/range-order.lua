return {
  rule = "arithmetic.range-order",
  valid = {
    { name = "small to large", text = [[
简报（一）
周口：标题
　　由2－3人组成小组，各分包1至2个县。
]] },
  },
  invalid = {
    { name = "written backwards", text = [[
简报（一）
周口：标题
　　由3－2人组成小组。
]], findings = { { line = 3, column = 4, end_line = 3, end_column = 8, message = "范围3－2人前大后小",
                   suggestion = "改为2～3，或核对数字" } } },
  },
}
