return {
  rule = "structure.paragraph-end",
  valid = {
    { name = "rules drawn with characters, and a distribution block that starts with 主送", text = "提案工作简报\n第3期\n──────────────\n周口：标题\n　　正文一段。\n══════════════\n主送：省人大常委会办公厅，市委办公室\n" },
    { name = "the list of attachments", text = "简报（一）\n周口：标题\n　　现将有关情况通报如下。\n附件：典型经验做法（共130项）\n" },
    { name = "a caption", text = "简报（一）\n周口：标题\n　　全年增长5.2%。\n图2：三次产业增加值比重（%）\n一、农业\n　　粮食增产。\n" },
    { name = "a lead line, a source after the last sentence, a list of paragraphs ending in ；", text = "简报（一）\n周口：标题\n　　经济运行稳中有进\n　　全年地区生产总值增长5.2%。\n　　全县排查隐患85处，已整改80处。（县应急管理局）\n　　稳定粮食生产；\n　　发展设施农业；\n　　促进农民增收。\n" },
    { name = "the items of a note and a source line", text = "简报（一）\n周口：标题\n　　全年完成投资120亿元。\n注：1、本期数据为初步统计数；\n2、增长速度按可比价计算。\n（来源：市统计局）\n" },
    { name = "sentence-final marks, with closing quotes", text = [[
简报（一）
周口：标题
　　正文一段。
　　他说：“正文二段！”
　　做到以下几点：
]] },
  },
  invalid = {
    { name = "a paragraph without its full stop", text = [[
简报（一）
周口：标题
　　各类特色服务模式加大示范推广和带动提升
一、做法
　　正文。
]], findings = {
      { line = 3, column = 21, end_line = 3, end_column = 22, message = "段落末尾缺少句末标点",
        suggestion = "在段末补上“。”" },
    } },
  },
}
