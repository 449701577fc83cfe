return {
  rule = "structure.contributor-city",
  valid = {
    { name = "same city", text = [[
简报（三）
安阳：以联动监督推动养老服务
　　正文一段。
（安阳市人大社会建设委员会供稿）
]] },
    { name = "title city written with 市", text = [[
简报（三）
安阳市：以联动监督推动养老服务
　　正文一段。
（安阳市人大社会建设委员会供稿）
]] },
    { name = "no city in the title: nothing to compare", text = [[
简报（三）
以联动监督推动养老服务
　　正文一段。
（安阳市人大社会建设委员会供稿）
]] },
  },
  invalid = {
    { name = "another city", text = [[
简报（三）
安阳：以联动监督推动养老服务
　　正文一段。
（洛阳市人大社会建设委员会供稿）
]], findings = {
      { line = 4, column = 2, end_line = 4, end_column = 4,
        message = "供稿单位的城市“洛阳”与标题中的城市“安阳”不一致",
        suggestion = "改为“安阳”，或核对标题中的城市" },
    } },
    { name = "extracted layout, half-width marks", text = [[
 简报 (四十六)

三门峡: 在助推养老服务发展中彰显人大力量

正文一段.

(开封市人大社会建设委员会供稿)
]], findings = {
      { line = 7, column = 2, end_line = 7, end_column = 4,
        message = "供稿单位的城市“开封”与标题中的城市“三门峡”不一致",
        suggestion = "改为“三门峡”，或核对标题中的城市" },
    } },
  },
}
