return {
  rule = "consistency.repeated-count",
  valid = {
    { name = "the same count twice; a scope and a partial list", text = [[
简报（一）
周口：标题
　　组织22家市直部门开展自查，听取了22家市直部门的汇报。
　　市、县两级成立46个联动监督工作专班，市人大常委会6个联动监督工作专班分包县区。
　　市发改委、民政局、财政局等8家市直部门作答。
]] },
  },
  invalid = {
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
