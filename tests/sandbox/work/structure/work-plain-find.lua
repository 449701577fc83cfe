local rule = { id = "structure.work-plain-find", category = "structure", severity = "warning", summary = "hostile: a plain find over 1 MB, again and again" }

function rule.check(doc, report)
  local s = ('a'):rep(1 << 20) while true do s:find('b', 1, true) end
end

return rule
