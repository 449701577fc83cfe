return {
  rule = "wording.stacked-approximations",
  valid = {
    { name = "one approximation each", text = [[
简报（一）
周口：标题
　　约50人参加，近100名代表，超过60%的群众，降低了50%。
]] },
  },
  invalid = {
    { name = "约占…左右", text = "简报（一）\n周口：标题\n　　网上零售额约占零售总额的三成左右。\n",
      findings = { { line = 3, column = 8, end_line = 3, end_column = 19, message = "“约”与“左右”重复表示概数", suggestion = "删去“约”或“左右”" } } },
    { name = "约…左右 around a share in 成", text = "简报（一）\n周口：标题\n　　问题约三成左右。\n",
      findings = { { line = 3, column = 5, end_line = 3, end_column = 10, message = "“约”与“左右”重复表示概数" } } },
    { name = "约…左右 and 降低N倍", text = [[
简报（一）
周口：标题
　　参加人员约50人左右，成本降低2倍。
]], findings = {
      { line = 3, column = 7, end_line = 3, end_column = 13, message = "“约”与“左右”重复表示概数",
        suggestion = "删去“约”或“左右”" },
      { line = 3, column = 16, end_line = 3, end_column = 20, message = "“降低2倍”的说法不成立：减少不能用倍数表示",
        suggestion = "改用分数或百分比，如“降低了50%”" },
    } },
  },
}
