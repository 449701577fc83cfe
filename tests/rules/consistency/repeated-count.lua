return {
  rule = "consistency.repeated-count",
  valid = {
    { name = "counts of different scopes", text = "人大工作简报\n第3期\n标题\n　　全县共设立便民服务站32个。\n　　其中城关镇设立便民服务站8个。\n　　全市便民服务站达到260个。\n" },
    { name = "the same count twice; a scope and a partial list", text = [[
简报（一）
周口：标题
　　组织22家市直部门开展自查，听取了22家市直部门的汇报。
　　市、县两级成立46个联动监督工作专班，市人大常委会6个联动监督工作专班分包县区。
　　市发改委、民政局、财政局等8家市直部门作答。
]] },
  },
  invalid = {
    { name = "the same scope and noun counted twice differently", text = "人大工作简报\n第3期\n标题\n　　全县共设立便民服务站32个，覆盖所有乡镇。\n　　下一步，全县35个便民服务站将统一挂牌。\n",
      findings = { { line = 5, column = 9, end_line = 5, end_column = 12, message = "“便民服务站”前文（第4行）为32个，此处为35个",
        suggestion = "核对两处数字" } } },
    { name = "a different count of the same group", text = [[
简报（一）
周口：标题
　　组织22家市直部门开展自查。
　　听取了20家市直部门的汇报。
]], findings = {
      { line = 4, column = 6, end_line = 4, end_column = 9, message = "“市直部门”前文（第3行）为22家，此处为20家",
        suggestion = "核对两处数字" },
    } },
  },
}
