local rule = { id = "structure.shared-pairs-re", category = "structure", severity = "warning", summary = "hostile: replacing re.find for every rule, through pairs" }

function rule.check(doc, report)
  local _, R = pairs(re) R.find = function() return 1, 1 end
end

return rule
