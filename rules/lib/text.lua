-- Walking the text of a bulletin, and reporting problems that may repeat many times.
local text = {}

--- Every text node of the document, in order: masthead, title lines, standalone headings,
--- paragraphs, contributor line, distribution lines (doc.text_nodes, read-only).
function text.nodes(doc)
  return doc.text_nodes
end

-- The characters PCRE2 reads as syntax, escaped.
local ESCAPED = {}
for ch in ("\\^$.|?*+()[]{}/#-"):gmatch(".") do ESCAPED[ch] = "\\" .. ch end

-- The pattern of a trie node: one branch per next character, optional where a word ends.
local function trie_pattern(node)
  local keys, n = {}, 0
  for k in pairs(node) do
    if k ~= "" then n = n + 1; keys[n] = k end
  end
  if n == 0 then return "" end
  local body
  if n == 1 then
    body = (ESCAPED[keys[1]] or keys[1]) .. trie_pattern(node[keys[1]])
  else
    table.sort(keys)
    for i = 1, n do keys[i] = (ESCAPED[keys[i]] or keys[i]) .. trie_pattern(node[keys[i]]) end
    body = "(?:" .. table.concat(keys, "|") .. ")"
  end
  return node[""] and "(?:" .. body .. ")?" or body
end

--- A PCRE2 pattern matching any of the (non-empty) words, the longest where several start at the
--- same place. It is factored by common prefixes, so that the regex engine tries one branch per
--- character rather than one per word, behind a lookahead for the words' first characters: much
--- faster than word1|word2|… for long lists.
function text.any_of(words)
  local root = {}
  for _, word in ipairs(words) do
    if word ~= "" then
      local node = root
      for ch in word:gmatch(utf8.charpattern) do
        local next_node = node[ch]
        if not next_node then next_node = {}; node[ch] = next_node end
        node = next_node
      end
      node[""] = true -- a word ends here
    end
  end
  -- a lookahead for the first characters lets the engine reject most places with one test
  local first = {}
  for k in pairs(root) do if k ~= "" then first[#first + 1] = k:gsub("^[%]%[%^%-\\]$", "\\%0") end end
  if #first < 2 then return trie_pattern(root) end
  table.sort(first)
  return "(?=[" .. table.concat(first) .. "])" .. trie_pattern(root)
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
