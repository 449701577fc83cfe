local rule = { id = "structure.work-utf8-len", category = "structure", severity = "warning", summary = "hostile: utf8.len of a long text, again and again" }

function rule.check(doc, report)
  local s = ('啊'):rep(1 << 18) while true do utf8.len(s) end
end

return rule
