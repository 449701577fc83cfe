local rule = { id = "structure.state-count", category = "structure", severity = "warning",
  summary = "hostile: counts the documents it has seen, in its file's locals and in its own table" }

local seen, list = 0, {}

function rule.check(doc, report)
  seen = seen + 1
  list[#list + 1] = seen
  rule.count = (rule.count or 0) + 1
  report{ line = 1, column = 1, message = ("document %d %d %d"):format(seen, #list, rule.count) }
end

return rule
