local rule = { id = "structure.shared-stash-a", category = "structure", severity = "warning",
  summary = "hostile: keeps its report() for another rule to call" }

function rule.check(doc, report)
  require("stash").put(report)
end

return rule
