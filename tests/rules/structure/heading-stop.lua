return {
  rule = "structure.heading-stop",
  valid = {
    { name = "the items of a list after its lead, each on a line of its own", text = [[
简报（一）
周口：标题
一、有关情形
　　有下列情形之一的，应当报告：
（1）发生灾害的。
（2）发生疫情的。
（3）其他情况。
二、工作要求
　　正文。
]] },
    { name = "a level whose other headings run into their text: the stop is the document's convention; the last item of a list", text = [[
简报（一）
周口：标题
一、总体要求
（一）统筹建设监管平台。
　　正文。
（二）实行清单管理。各地要建立清单。
三、有关情形
　　有下列情形之一的，应当报告：
　　（1）发生洪水、地震以及其他严重自然灾害，造成粮食市场异常波动的情况；
　　（2）发生重大传染性疫情、群体性不明原因疾病，造成粮食市场异常波动的情况；
（3）其他情况。
]] },
    { name = "the items of a list, the last ending in 。", text = "简报（一）\n周口：标题\n　　主要内容是：\n一、稳定粮食生产；\n二、发展乡村产业；\n三、促进农民增收。\n" },
    { name = "no stop on standalone headings; run-in headings keep theirs", text = [[
简报（一）
周口：标题
一、提高站位，压实责任
　　（一）健全机制。正文。
]] },
  },
  invalid = {
    { name = "a standalone heading with a full stop", text = [[
简报（一）
周口：标题
一、压实工作责任。
　　正文。
]], findings = {
      { line = 3, column = 9, end_line = 3, end_column = 10, message = "单独成行的标题末尾不应有句号",
        suggestion = "删去句末的“。”" },
    } },
    { name = "a heading that is a sentence of two clauses: worth a look", text = [[
简报（一）
周口：标题
一、提高站位，压实责任。
　　正文。
]], findings = {
      { line = 3, column = 12, end_line = 3, end_column = 13, severity = "info",
        message = "单独成行的标题末尾一般不加句号（本标题是句子，如为本系列的惯例可保留）",
        suggestion = "删去句末的“。”，或保留并统一全文" },
    } },
    { name = "five standalone headings with stops: one finding, every stop fixed", text = [[
简报（一）
周口：标题
一、总体要求。
　　正文。
二、主要任务。
　　正文。
三、保障措施。
　　正文。
四、组织实施。
　　正文。
五、工作要求。
　　正文。
]], findings = {
      { line = 3, column = 7, end_line = 3, end_column = 8,
        message = "全文有5个单独成行的标题末尾有句号，如第3行第7列、第5行第7列、第7行第7列",
        suggestion = "删去这些标题末尾的句号" },
    }, output = [[
简报（一）
周口：标题
一、总体要求
　　正文。
二、主要任务
　　正文。
三、保障措施
　　正文。
四、组织实施
　　正文。
五、工作要求
　　正文。
]] },
  },
}
