-- Walking the text of a bulletin, and reporting problems that may repeat many times.
local text = {}

--- Every text node of the document, in order: masthead, title lines, standalone headings,
--- paragraphs, contributor line, distribution lines (doc.text_nodes, read-only).
function text.nodes(doc)
  return doc.text_nodes
end

--- Reports each place ({at, from, to, fix}) on its own, or, from `threshold` places on, once at
--- the first place with the count and the first few positions: a systematic problem (as in text
--- extracted from a PDF) is one finding, not hundreds. A place's `fix` (the replacement text) goes
--- with its finding; a summary carries the fixes of every place, for --fix, and every place it
--- counts (`places`), which the editor's report marks. The place tables go to report() as they are.
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
  -- the places themselves go to report() as its places and, those with a fix, as its fixes (report
  -- reads at, from, to and fix of each, nothing else): no copies
  local fixes = places
  for _, p in ipairs(places) do
    if not p.fix then fixes = nil break end
  end
  if not fixes then -- some place has no fix: the list of those that have one
    fixes = {}
    for _, p in ipairs(places) do
      if p.fix then fixes[#fixes + 1] = p end
    end
  end
  local first = places[1]
  report{ at = first.at, from = first.from, to = first.to, message = message, suggestion = suggestion,
          fixes = #fixes > 0 and fixes or nil, places = places }
end

--- Whether a node's text ends in a semicolon (；or ;): an item of a list that goes on.
function text.ends_semicolon(node)
  if not node then return false end
  local t = node.text
  return t:sub(-3) == "；" or t:sub(-1) == ";"
end

return text
