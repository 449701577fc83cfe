return {
  rule = "wording.number-forms",
  valid = {
    { name = "ranges with their units on both ends, digits with 万, units with 千", text = [[
简报（一）
周口：标题
　　满意率保持在85%—90%之间，单项投资3万～5万元，新建道路3千米，机耕面积48.4千公顷，发放问卷4000余份，2023—2024年连续两年，第33届奥运会。
]] },
    { name = "session numbers in Chinese numerals", text = "简报（一）\n周口：标题\n　　市十四届人大常委会第五次会议审议了报告。\n" },
    { name = "sittings of other bodies in Arabic digits", text = "简报（一）\n周口：标题\n　　国务院第104次常务会议、市委常委会第58次会议、县政府第12次常务会议分别研究了这项工作。\n" },
  },
  invalid = {
    { name = "a percentage range with % on one end", text = "简报（一）\n周口：标题\n　　满意率保持在85—90%之间。\n",
      findings = { { line = 3, column = 9, end_line = 3, end_column = 15, message = "范围两端都应带“%”：应为“85%—90%”",
        suggestion = "改为“85%—90%”" } } },
    { name = "a range of 万 on one end", text = "简报（一）\n周口：标题\n　　每户补助3～5万元。\n",
      findings = { { line = 3, column = 7, end_line = 3, end_column = 11, message = "范围两端都应带“万”：应为“3万～5万”",
        suggestion = "改为“3万～5万”" } } },
    { name = "Arabic digits with 千", text = "简报（一）\n周口：标题\n　　发放问卷4千余份。\n",
      findings = { { line = 3, column = 7, end_line = 3, end_column = 9, message = "阿拉伯数字不与“千”连用：“4千”",
        suggestion = "改为“4000”或汉字数字" } } },
    { name = "a session number in Arabic digits", text = "简报（一）\n周口：标题\n　　市14届人大常委会召开会议。\n",
      findings = { { line = 3, column = 4, end_line = 3, end_column = 7, message = "届次应使用汉字数字，不用“14届”",
        suggestion = "改为汉字数字，如“十四届”" } } },
    { name = "a sitting of the standing committee in Arabic digits", text = "简报（一）\n周口：标题\n　　市十届人大常委会第21次会议听取了报告。\n",
      findings = { { line = 3, column = 11, end_line = 3, end_column = 15, message = "人大及其常委会的会议次序应使用汉字数字，不用“第21次”",
        suggestion = "改为汉字数字，如“第十一次会议”" } } },
  },
}
