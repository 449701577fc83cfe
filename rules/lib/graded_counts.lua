-- Counts by grade and the rate named after the top grade, in one sentence:
--
--     代表对办理工作表示满意的371件，基本满意的15件，满意率为96.1%，没有不满意的
--
-- The whole is all the grades together; the rate is the top grade's share of it (满意率 = 满意 ÷
-- all), or, as some series count it, the top two grades' share (满意 + 基本满意).
local M = {}

-- grade name → the words that end the label of its count (longest first, so that 基本满意 is not
-- read as 满意)
M.scales = {
  { rate = "满意率", grades = {
      { name = "不满意", ends = { "不满意的", "不满意" } },
      { name = "基本满意", ends = { "基本满意的", "基本满意" } },
      { name = "满意", ends = { "满意的", "满意" } },
  } },
}

local function ends_with(s, word) return #s >= #word and s:sub(-#word) == word end

-- The grade of a count, from the words right before it in its clause.
local function grade_of(scale, claim)
  local text = claim.paragraph.text
  local before = text:sub(math.max(1, claim.from - 18), claim.from - 1)
  for _, grade in ipairs(scale.grades) do
    for _, word in ipairs(grade.ends) do
      if ends_with(before, word) then return grade.name end
    end
  end
  return nil
end

-- Whether any paragraph names the rate: most documents have none, and walking every claim costs.
local function mentions(doc, word)
  for _, node in ipairs(doc.text_nodes) do
    if node.text:find(word, 1, true) then return true end
  end
  return false
end

-- Calls found(scale, counts, rate) for each sentence with counts of two grades or more and the rate
-- after them: counts maps grade name → claim.
function M.each(doc, found)
  for _, scale in ipairs(M.scales) do
    if not mentions(doc, scale.rate) then goto next_scale end
    local counts, sentence = {}, nil
    for _, c in ipairs(doc.claims) do
      if c.sentence ~= sentence then counts, sentence = {}, c.sentence end
      if c.kind == "count" and c.unit and c.unit ~= "" then
        local grade = grade_of(scale, c)
        if grade and not counts[grade] then counts[grade] = c end
      elseif c.kind == "percent" and counts["满意"] then
        local before = c.paragraph.text:sub(math.max(1, c.from - 15), c.from - 1)  -- bytes: compared, not decoded
        local graded = 0
        for _ in pairs(counts) do graded = graded + 1 end
        local named = false
        for _, link in ipairs({ "", "为", "达", "达到" }) do named = named or ends_with(before, scale.rate .. link) end
        if graded >= 2 and named then found(scale, counts, c) end
      end
    end
    ::next_scale::
  end
end

return M
