-- The contributions of the parts of an economy to its growth, and the growth they make up:
--
--     地区生产总值2346.8亿元，同比增长5.6%。……第一、二、三产业分别拉动经济增长0.1、2.9、2.6个百分点
--
-- The contributions add up to the growth. Calls found(parts, growth) for each such list: parts are
-- the contributions (points claims), growth the growth rate of the whole economy stated before it.
local M = {}

local ECONOMY = { "地区生产总值", "国内生产总值", "生产总值", "GDP" }
local PULL = "分别拉动"
local OBJECTS = { "经济增长", "GDP增长", "地区生产总值增长" }

local function names_economy(s)
  for _, name in ipairs(ECONOMY) do
    if s:find(name, 1, true) then return true end
  end
  return false
end

-- Whether the claim is a growth rate of the whole economy: 增长X% in a sentence that names the
-- economy before it, outside brackets (（一季度增长5.2%） is another period's).
local function economy_growth(c)
  if c.kind ~= "percent" then return false end
  local text = c.paragraph.text
  local sentence = text:sub(c.sentence.from, c.from - 1)
  local opened = select(2, sentence:gsub("（", "")) - select(2, sentence:gsub("）", ""))
  return opened == 0 and sentence:sub(-#"增长") == "增长" and names_economy(sentence)
end

-- The growth the contributions starting at claim index `first` make up: the first growth of the
-- economy in the last sentence before them that states one.
local function growth_before(doc, first)
  local growth, sentence
  for i = 1, first - 1 do
    local c = doc.claims[i]
    if economy_growth(c) and c.sentence ~= sentence then growth, sentence = c, c.sentence end
  end
  return growth
end

-- The contributions listed after 分别拉动经济增长 in the paragraph of claim index i on: points joined by 、.
local function contributions_from(doc, i, after)
  local parts = {}
  local c = doc.claims[i]
  while c and c.kind == "points" and c.paragraph.line == doc.claims[i].paragraph.line do
    local prev = parts[#parts]
    local gap = prev and c.paragraph.text:sub(prev.to + 1, c.from - 1) or c.paragraph.text:sub(after, c.from - 1)
    if prev and gap ~= "、" then break end
    if not prev and #gap > 0 then break end
    parts[#parts + 1] = c
    i = i + 1
    c = doc.claims[i]
  end
  return parts
end

function M.each(doc, found)
  for i, c in ipairs(doc.claims) do
    if c.kind == "points" then
      local text = c.paragraph.text
      for _, object in ipairs(OBJECTS) do
        local lead = PULL .. object
        if text:sub(c.from - #lead, c.from - 1) == lead then
          local parts = contributions_from(doc, i, c.from)
          local growth = #parts >= 2 and growth_before(doc, i)
          if growth then found(parts, growth) end
        end
      end
    end
  end
end

return M
