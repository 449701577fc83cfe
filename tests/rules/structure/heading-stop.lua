return {
  rule = "structure.heading-stop",
  valid = {
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
一、提高站位，压实责任。
　　正文。
]], findings = {
      { line = 3, column = 12, end_line = 3, end_column = 13, message = "单独成行的标题末尾不应有句号",
        suggestion = "删去句末的“。”" },
    } },
  },
}
