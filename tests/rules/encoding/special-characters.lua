return {
  rule = "encoding.special-characters",
  valid = {
    { name = "plain text", text = "简报（一）\n周口：标题\n　　为中原添彩·人大代表在行动。\n" },
  },
  invalid = {
    { name = "a private-use glyph after punctuation: no guess", text = "简报（一）\n周口：标题\n　　末尾。\u{E001}\n",
      findings = {
        { line = 3, column = 6, end_line = 3, end_column = 7, message = "私用区字符U+E001，应删除或换成正确的字符",
          suggestion = "删除或改为应有的字符" },
      } },
    { name = "a private-use glyph and a zero-width space", text = "简报（一）\n周口：标题\n　　为中原添彩\u{E5E5}人大代表\u{200B}在行动。\n",
      findings = {
        { line = 3, column = 8, end_line = 3, end_column = 9, message = "私用区字符U+E5E5，应删除或换成正确的字符", suggestion = "疑为间隔号，可改为“·”" },
        { line = 3, column = 13, end_line = 3, end_column = 14, message = "不可见字符U+200B，应删除或换成正确的字符", suggestion = "删除或改为应有的字符" },
      } },
  },
}
