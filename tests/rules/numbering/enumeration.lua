return {
  rule = "numbering.enumeration",
  valid = {
    { name = "in order, across a wrapped line", text = [[
 简报 (一)

周口: 标题

市人大常委会一是加强领导,健全机制,二是深入调研,摸清底数,三是跟踪

督办,推动整改,四是完善制度,巩固成效,确保监督取得实际效果,得到了

群众的广泛认可.
]] },
    { name = "words that contain 一是 are not points", text = [[
简报（一）
周口：标题
　　原因之一是投入不足，统一是前提。
]] },
    { name = "a new enumeration restarts at 一是", text = [[
简报（一）
周口：标题
一、做法
　　一是甲，二是乙。
二、成效
　　一是丙，二是丁。
]] },
  },
  invalid = {
    { name = "one mistyped item is one finding (一是、三是、三是、四是)", text = "简报（一）\n周口：标题\n　　一是甲，三是乙，三是丙，四是丁。\n",
      findings = { { line = 3, column = 7, end_line = 3, end_column = 9,
        message = "“一是”之后应为“二是”，此处为“三是”", suggestion = "改为“二是”" } } },
    { name = "a skipped point", text = [[
简报（一）
周口：标题
　　常委会一是明确责任分工，三是细化时间节点。
]], findings = {
      { line = 3, column = 15, end_line = 3, end_column = 17,
        message = "“一是”之后应为“二是”，此处为“三是”", suggestion = "改为“二是”" },
    } },
    { name = "a repeated point", text = [[
简报（一）
周口：标题
　　一是甲，二是乙，二是丙。
]], findings = {
      { line = 3, column = 11, end_line = 3, end_column = 13,
        message = "“二是”重复：前面已有“二是”", suggestion = "改为“三是”" },
    } },
    { name = "no first point", text = [[
简报（一）
周口：标题
一、做法
　　二是乙，三是丙。
]], findings = {
      { line = 4, column = 3, end_line = 4, end_column = 5,
        message = "“二是”之前没有“一是”", suggestion = "改为“一是”" },
    } },
  },
}
