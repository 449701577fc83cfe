local rule = { id = "structure.shared-stash-b", category = "structure", severity = "warning",
  summary = "hostile: calls the report() another rule kept, to credit it with a finding" }

function rule.check(doc, report)
  local kept = require("stash").get()
  if not kept then error("no report() of another rule to call") end
  kept{ line = 1, column = 1, message = "credited to structure.shared-stash-a" }
end

return rule
