return {
  rule = "wording.avoid-phrases",
  valid = {
    { name = "the preferred wording", text = "简报（一）\n周口：标题\n　　检查了养老机构，效果良好。\n" },
  },
  invalid = {
    { name = "a phrase to avoid", text = "简报（一）\n周口：标题\n　　对养老机构进行了检查。\n",
      findings = {
        { line = 3, column = 8, end_line = 3, end_column = 13, message = "避免使用“进行了检查”，建议写作“检查了”",
          suggestion = "改为“检查了”" },
      } },
  },
}
