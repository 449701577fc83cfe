-- Some of a set, then the rest of it, then all of it, in one sentence:
--
--     检查组赴6个设区市开展实地检查，同时委托其余11个设区市人大常委会开展检查，实现16个设区市全覆盖
--
-- The some and the rest add up to all. Calls found(some, rest, all, noun) for each such sentence
-- (noun: what they count, 设区市).
local M = {}

local function ends_with(s, word) return #s >= #word and s:sub(-#word) == word end
local function starts_with(s, word) return s:sub(1, #word) == word end

local function counts_of_sentence(doc)
  local sentences, current, key = {}, nil, nil
  for _, c in ipairs(doc.claims) do
    if c.sentence ~= key then
      current, key = {}, c.sentence
      sentences[#sentences + 1] = current
    end
    if c.kind == "count" and c.unit and c.unit ~= "" and c.noun and c.lo == c.hi and not c.qualifier then
      current[#current + 1] = c
    end
  end
  return sentences
end

-- The rest (其余11个…), the some before it whose noun begins the rest's, and the all after it
-- (16个设区市全覆盖, 全部16个设区市).
local function triple(list, i)
  local rest = list[i]
  local text = rest.paragraph.text
  if not ends_with(text:sub(math.max(1, rest.from - #"其余"), rest.from - 1), "其余") then return nil end
  for j = i - 1, 1, -1 do
    local some = list[j]
    local key = some.noun.text
    if some.unit == rest.unit and #key >= 6 and starts_with(rest.noun.text, key) then
      for k = i + 1, #list do
        local all = list[k]
        local after = all.paragraph.text:sub(all.to + 1, all.to + #key + #"全覆盖")
        local before = all.paragraph.text:sub(math.max(1, all.from - #"全部"), all.from - 1)
        if all.unit == rest.unit and (after == key .. "全覆盖" or
           ((before == "全部" or before == "所有") and starts_with(all.noun.text, key))) then
          return some, rest, all, key
        end
      end
      return nil
    end
  end
  return nil
end

function M.each(doc, found)
  local rest_named = false
  for _, node in ipairs(doc.text_nodes) do rest_named = rest_named or node.text:find("其余", 1, true) end
  if not rest_named then return end  -- most documents have no 其余: no need to walk every claim
  for _, list in ipairs(counts_of_sentence(doc)) do
    for i = 2, #list - 1 do
      local some, rest, all, noun = triple(list, i)
      if some then found(some, rest, all, noun) end
    end
  end
end

return M
