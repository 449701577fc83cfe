local rule = { id = "structure.work-find-needle", category = "structure", severity = "warning", summary = "hostile: a plain find of a long needle that almost matches everywhere" }

function rule.check(doc, report)
  local s, needle = ('a'):rep(1 << 20), ('a'):rep(4000) .. 'b' while true do s:find(needle, 1, true) end
end

return rule
