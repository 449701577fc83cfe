return {
  rule = "punctuation.guillemets",
  valid = {
    { name = "Chinese title marks", text = [[
简报（一）
周口：标题
　　学习《河南省养老服务条例》。
]] },
  },
  invalid = {
    { name = "systematic, as in extracted text: one summary", text = [[
简报（一）
周口：标题
　　学习«条例»，印发«方案»。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 6,
        message = "全文有4处用« »代替书名号《》，如第3行第5列、第3行第8列、第3行第12列",
        suggestion = "统一改为《》，可用 --fix 自动改正" },
    }, output = [[
简报（一）
周口：标题
　　学习《条例》，印发《方案》。
]] },
    { name = "« » for 《》", text = [[
简报（一）
周口：标题
　　学习«河南省养老服务条例»。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 6, message = "书名号应为“《”，此处为“«”", suggestion = "改为“《”" },
      { line = 3, column = 15, end_line = 3, end_column = 16, message = "书名号应为“》”，此处为“»”", suggestion = "改为“》”" },
    }, output = [[
简报（一）
周口：标题
　　学习《河南省养老服务条例》。
]] },
  },
}
