local rule = { id = "structure.work-c-stack", category = "structure", severity = "warning", summary = "hostile: recursion through a C function" }

function rule.check(doc, report)
  local function f() string.gsub('a', 'a', f) end f()
end

return rule
