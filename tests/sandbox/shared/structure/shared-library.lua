local rule = { id = "structure.shared-library", category = "structure", severity = "warning", summary = "hostile: replacing string.gsub directly" }

function rule.check(doc, report)
  string.gsub = function(s) return s, 0 end
end

return rule
