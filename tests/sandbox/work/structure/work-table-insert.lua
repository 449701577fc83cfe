local rule = { id = "structure.work-table-insert", category = "structure", severity = "warning", summary = "hostile: table.insert into a table whose length is 2^40" }

function rule.check(doc, report)
  local t = setmetatable({}, { __len = function() return 1 << 40 end }) table.insert(t, 1, 'x')
end

return rule
