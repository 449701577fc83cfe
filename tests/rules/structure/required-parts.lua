return {
  rule = "structure.required-parts",
  valid = {
    { name = "all parts", text = [[
“积极应对人口老龄化　加快发展养老服务”联动监督专辑（五十八）
周口：织密为老服务网
　　正文一段。
（周口市人大社会建设委员会供稿）
报：全国人大社会建设委员会
发：各省辖市人大常委会
]] },
    { name = "issue numbers in other forms, closing blocks of other series", text = [[
人大工作简报
第12期
××市人大常委会办公室　　　　2024年9月6日
关于代表建议办理工作的情况通报
　　今年共收到代表建议120件。
抄送：市委办公室
]] },
    { name = "the issue in the year and the total number", text = [[
政务信息
2024年第7期（总第301期）
我县开展安全生产大检查
　　全县排查隐患85处。
]] },
    { name = "the issue in brackets after 第", text = "政协简报（第8期）\n关于民主监督的情况\n　　正文。\n" },
    { name = "a text without masthead is not a bulletin", text = [[
周口：织密为老服务网
　　正文一段。
]] },
    { name = "a report", text = "2024年政府工作报告\n　　过去一年，全市经济稳中有进。\n" },
  },
  invalid = {
    { name = "no contributor, no distribution", text = [[
“积极应对人口老龄化　加快发展养老服务”联动监督专辑（五十八）
周口：织密为老服务网
　　正文一段。
　　正文二段。
]], findings = {
      { line = 4, column = 1, message = "缺少供稿单位行，如“（××市人大社会建设委员会供稿）”",
        suggestion = "在正文末尾另起一行写明供稿单位" },
      { line = 4, column = 1, message = "缺少报送范围（“报：”“发：”）" },
    } },
    { name = "masthead without issue number", text = [[
“积极应对人口老龄化　加快发展养老服务”联动监督专辑
周口：织密为老服务网
　　正文一段。
（周口市人大社会建设委员会供稿）
报：全国人大社会建设委员会
]], findings = {
      { line = 1, column = 1, end_line = 1, end_column = 27, message = "报头缺少期号，如“第12期”或“（五十三）”",
        suggestion = "在简报名称后（或下一行）补上期号" },
    } },
    { name = "a series that requires its contributor line by configuration", text = [[
政务信息
2024年第7期（总第301期）
我县开展安全生产大检查
　　全县排查隐患85处。
报：市政府办公室
]], config = [[return { rules = { ["structure.required-parts"] = { options = { contributor = true } } } }]],
      findings = {
      { line = 4, column = 1, message = "缺少供稿单位行，如“（××市人大社会建设委员会供稿）”",
        suggestion = "在正文末尾另起一行写明供稿单位" },
    } },
    { name = "a masthead that ends the file: the missing title is reported on its line", text = "人大工作简报　第3期",
      findings = {
      { line = 1, column = 1, message = "缺少标题：报头之后应为本期标题" },
    } },
  },
}
