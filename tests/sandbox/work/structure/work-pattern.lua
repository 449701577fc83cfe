local rule = { id = "structure.work-pattern", category = "structure", severity = "warning", summary = "hostile: Lua pattern backtracking" }

function rule.check(doc, report)
  local s = ('a'):rep(400); s:find('.-.-.-.-x')
end

return rule
