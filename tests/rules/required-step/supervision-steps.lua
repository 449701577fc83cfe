return {
  rule = "required-step.supervision-steps",
  valid = {
    { name = "every step mentioned", text = [[
“积极应对人口老龄化　加快发展养老服务”联动监督专辑（五十八）
周口：标题
　　经过宣传发动、自查自纠、专题调研、执法检查，听取和审议专项工作报告，开展专题询问和满意度测评，跟踪整改落实。
]] },
    { name = "a bulletin of a series with no known plan has no steps", text = [[
人大工作简报
第12期
关于代表建议办理工作的情况通报
　　今年共收到代表建议120件，已全部办结。
]] },
    { name = "a report is not a bulletin", text = [[
2024年市人大常委会工作报告
　　过去一年，常委会共听取审议专项工作报告12个。
]] },
  },
  invalid = {
    { name = "two steps never mentioned", text = [[
“积极应对人口老龄化　加快发展养老服务”联动监督专辑（五十八）
周口：标题
　　经过宣传发动、自查自纠、专题调研、执法检查，听取和审议专项工作报告，跟踪整改落实。
]], findings = {
      { line = 2, column = 1, end_line = 2, end_column = 6, message = "未提及监督步骤“专题询问”",
        suggestion = "如已开展，请补充说明；如未开展，请确认" },
      { line = 2, column = 1, end_line = 2, end_column = 6, message = "未提及监督步骤“满意度测评”",
        suggestion = "如已开展，请补充说明；如未开展，请确认" },
    } },
    { name = "steps configured for another series", text = [[
政协简报（第8期）
关于开展民主监督的情况
　　市政协组织委员开展视察调研，形成报告3篇。
]], config = [[return { rules = { ["required-step.supervision-steps"] = { options = { steps = {
        { name = "视察调研", words = { "视察" } }, { name = "协商座谈", words = { "协商" } } } } } } }]],
      findings = {
      { line = 2, column = 1, end_line = 2, end_column = 12, message = "未提及监督步骤“协商座谈”",
        suggestion = "如已开展，请补充说明；如未开展，请确认" },
    } },
    { name = "a profile named in the configuration", text = [[
人大工作简报
第3期
许昌：开展养老服务监督
　　常委会组织专题调研和执法检查，听取审议专项工作报告，开展专题询问和满意度测评，推动自查自纠和跟踪整改。
]], config = [[return { rules = { ["required-step.supervision-steps"] = { options = { profile = "henan-eldercare-supervision" } } } }]],
      findings = {
      { line = 3, column = 1, end_line = 3, end_column = 12, message = "未提及监督步骤“宣传发动”",
        suggestion = "如已开展，请补充说明；如未开展，请确认" },
    } },
  },
}
