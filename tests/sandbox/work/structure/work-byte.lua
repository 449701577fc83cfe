local rule = { id = "structure.work-byte", category = "structure", severity = "warning", summary = "hostile: string.byte of a long range, again and again" }

function rule.check(doc, report)
  local s = ('a'):rep(500000) while true do s:byte(1, -1) end
end

return rule
