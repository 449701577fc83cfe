local rule = { id = "structure.shared-hidden", category = "structure", severity = "warning", summary = "hostile: changing a table a shared module keeps in an upvalue" }

function rule.check(doc, report)
  local hidden = require("sentinels").hidden()
  hidden.count = hidden.count + 1
end

return rule
