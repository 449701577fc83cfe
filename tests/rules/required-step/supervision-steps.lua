return {
  rule = "required-step.supervision-steps",
  valid = {
    { name = "every step mentioned", text = [[
简报（一）
周口：标题
　　经过宣传发动、自查自纠、专题调研、执法检查，听取和审议专项工作报告，开展专题询问和满意度测评，跟踪整改落实。
]] },
  },
  invalid = {
    { name = "two steps never mentioned", text = [[
简报（一）
周口：标题
　　经过宣传发动、自查自纠、专题调研、执法检查，听取和审议专项工作报告，跟踪整改落实。
]], findings = {
      { line = 2, column = 1, end_line = 2, end_column = 6, message = "未提及监督步骤“专题询问”",
        suggestion = "如已开展，请补充说明；如未开展，请确认" },
      { line = 2, column = 1, end_line = 2, end_column = 6, message = "未提及监督步骤“满意度测评”",
        suggestion = "如已开展，请补充说明；如未开展，请确认" },
    } },
  },
}
