-- Walking the text of a bulletin, and reporting problems that may repeat many times.
local text = {}

-- text.nodes is a pure function of the document, asked for by many rules: built once per document.
local nodes_of = setmetatable({}, { __mode = "k" })

--- Every text node of the document, in order: masthead, title lines, standalone headings,
--- paragraphs, contributor line, distribution lines. (The list is shared: do not change it.)
function text.nodes(doc)
  if nodes_of[doc] then return nodes_of[doc] end
  local nodes = {}
  if doc.masthead then nodes[#nodes + 1] = doc.masthead end
  if doc.title then for _, line in ipairs(doc.title.lines) do nodes[#nodes + 1] = line end end
  local by_line = {}
  for _, section in ipairs(doc.sections) do
    if not section.run_in then by_line[#by_line + 1] = section end
  end
  for _, paragraph in ipairs(doc.paragraphs) do by_line[#by_line + 1] = paragraph end
  table.sort(by_line, function(a, b) return a.line < b.line or (a.line == b.line and a.column < b.column) end)
  for _, node in ipairs(by_line) do nodes[#nodes + 1] = node end
  if doc.contributor then nodes[#nodes + 1] = doc.contributor end
  for _, line in ipairs(doc.distribution) do nodes[#nodes + 1] = line end
  nodes_of[doc] = nodes
  return nodes
end

--- Reports each place ({at, from, to, fix}) on its own, or, from `threshold` places on, once at
--- the first place with the count and the first few positions: a systematic problem (as in text
--- extracted from a PDF) is one finding, not hundreds. A place's `fix` (the replacement text) goes
--- with its finding; a summary carries the fixes of every place, for --fix.
---   opts.one(place) → message, suggestion       opts.many(count, positions) → message, suggestion
function text.report_places(doc, report, places, threshold, opts)
  if #places == 0 then return end
  if #places < threshold then
    for _, p in ipairs(places) do
      local message, suggestion = opts.one(p)
      report{ at = p.at, from = p.from, to = p.to, message = message, suggestion = suggestion, fix = p.fix }
    end
    return
  end
  local positions = {}
  for i = 1, math.min(3, #places) do
    local line, column = doc.locate(places[i].at, places[i].from)
    positions[#positions + 1] = "第" .. line .. "行第" .. column .. "列"
  end
  local message, suggestion = opts.many(#places, table.concat(positions, "、"))
  local fixes = {}
  for _, p in ipairs(places) do
    if p.fix then fixes[#fixes + 1] = { at = p.at, from = p.from, to = p.to, text = p.fix } end
  end
  local first = places[1]
  report{ at = first.at, from = first.from, to = first.to, message = message, suggestion = suggestion,
          fixes = #fixes > 0 and fixes or nil }
end

return text
