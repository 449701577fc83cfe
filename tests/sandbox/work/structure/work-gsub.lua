local rule = { id = "structure.work-gsub", category = "structure", severity = "warning", summary = "hostile: gsub backtracking" }

function rule.check(doc, report)
  local s = ('a'):rep(2000); s:gsub('.-.-.-x', '')
end

return rule
