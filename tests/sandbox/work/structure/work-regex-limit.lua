local rule = { id = "structure.work-regex-limit", category = "structure", severity = "warning", summary = "hostile: a regex at PCRE2's match limit, again and again" }

function rule.check(doc, report)
  local s = ('a'):rep(30) .. 'b' while true do pcall(re.find, s, '(a|aa)*$') end
end

return rule
