local rule = { id = "structure.memory-messages", category = "structure", severity = "warning", summary = "hostile: 200 messages of 10 MB each (cut at 4 KiB)" }

function rule.check(doc, report)
  for i = 1, 300 do report{ line = 1, column = 1, message = ('消息'):rep((10 << 20) // 6) .. i, suggestion = ('x'):rep(10 << 20) } end
end

return rule
