local rule = { id = "structure.work-gmatch", category = "structure", severity = "warning", summary = "hostile: gmatch backtracking" }

function rule.check(doc, report)
  for _ in ('a'):rep(400):gmatch('.-.-.-.-x') do end
end

return rule
