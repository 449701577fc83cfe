local rule = { id = "structure.escape-gc-loop", category = "structure", severity = "warning", summary = "hostile: a finalizer that loops" }

function rule.check(doc, report)
  setmetatable({}, { __gc = function() while true do end end })
  for i = 1, 100000 do local _ = { i } end
end

return rule
