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
      { line = 1, column = 1, end_line = 1, end_column = 27, message = "报头缺少期号，如“（五十三）”",
        suggestion = "在简报名称后补上期号" },
    } },
    { name = "no masthead", text = [[
周口：织密为老服务网
　　正文一段。
（周口市人大社会建设委员会供稿）
报：全国人大社会建设委员会
]], findings = {
      { line = 1, column = 1, message = "缺少报头：第一行应为简报名称和期号，如“……专辑（五十三）”" },
    } },
  },
}
