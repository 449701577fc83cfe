local rule = { id = "structure.shared-pairs-string", category = "structure", severity = "warning", summary = "hostile: replacing string.find for every rule, through pairs" }

function rule.check(doc, report)
  local _, S = pairs(string) S.find = function() return 1, 1 end
end

return rule
