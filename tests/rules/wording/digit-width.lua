return {
  rule = "wording.digit-width",
  valid = {
    { name = "the default style checks nothing", text = "简报（一）\n周口：标题\n　　截至２０２３年底。\n" },
    { name = "half-width digits when asked for", text = "简报（一）\n周口：标题\n　　截至2023年底。\n",
      config = [[return { rules = { ["wording.digit-width"] = { options = { style = "half-width" } } } }]] },
  },
  invalid = {
    { name = "full-width digits when half-width are asked for", text = "简报（一）\n周口：标题\n　　截至２０２３年底，共１２个。\n",
      config = [[return { rules = { ["wording.digit-width"] = { options = { style = "half-width" } } } }]],
      findings = {
        { line = 3, column = 5, end_line = 3, end_column = 9, message = "数字应为半角“2023”，此处为全角“２０２３”",
          suggestion = "改为“2023”" },
        { line = 3, column = 13, end_line = 3, end_column = 15, message = "数字应为半角“12”，此处为全角“１２”",
          suggestion = "改为“12”" },
      },
      output = "简报（一）\n周口：标题\n　　截至2023年底，共12个。\n" },
  },
}
