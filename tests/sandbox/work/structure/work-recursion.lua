local rule = { id = "structure.work-recursion", category = "structure", severity = "warning", summary = "hostile: recursion retried under pcall" }

function rule.check(doc, report)
  local function f() pcall(f) f() end f()
end

return rule
