-- One approximation is enough: 约…左右, 近…多, 超过…以上 say it twice; 降低N倍 is not a quantity.
local rule = {
  id = "wording.stacked-approximations",
  category = "wording",
  severity = "warning",
  summary = "概数不重复表述（约…左右、近…多、超过…以上），不说“降低N倍”",
  explain = [[
“约50人左右”两次表示“大约”：保留“约”或“左右”之一。“近100多名”“超过60%以上”同理。减少不能用倍数表示：
“降低2倍”没有意义，应写出减少的几分之几或百分之几。

示例：
    参加人员约50人左右
→ warning: “约”与“左右”重复表示概数]],
  options = {},
  -- the rule runs only on texts with one of these (a stack opens with 约, 近, 超过 or 逾; the other findings are of 左右 and 倍)
  needs_text = { "约", "近", "超过", "逾", "左右", "倍" },
}

local stacks = {
  { before = { "约", "大约" }, after = { "左右", "上下" } },
  { before = { "近", "将近" }, after = { "多", "余" } },
  { before = { "超过", "逾" }, after = { "以上", "多", "余" } },
}

-- The stacks by the word that opens them (约 → the first stack): a claim is looked up by its first
-- one and two characters instead of tested against every word.
local stacks_opened_by = {}
for _, stack in ipairs(stacks) do
  for _, b in ipairs(stack.before) do stacks_opened_by[b] = stack end
end

local function ends(s, word) return #s >= #word and s:sub(-#word) == word end

local function report_stack(report, claim, b, stack)
  local s = claim.text
  for _, a in ipairs(stack.after) do
    local found = ends(s, a) or (claim.unit and ends(s, a .. claim.unit)) or s:find(a, #b + 1, true)
    if found then
      report{ at = claim, message = "“" .. b .. "”与“" .. a .. "”重复表示概数",
              suggestion = "删去“" .. b .. "”或“" .. a .. "”" }
    end
  end
end

function rule.check(doc, report)
  for _, claim in ipairs(doc.claims) do
    local s = claim.text
    local lead = s:byte(1)
    if lead and lead >= 0xE0 then -- words of the stacks are Chinese: a claim opening with a digit has none
      for chars = 1, 2 do -- the word that opens the claim: its first character, or its first two
        local b = s:sub(1, 3 * chars)
        local stack = stacks_opened_by[b]
        if stack then report_stack(report, claim, b, stack) end
      end
    end
  end
  for _, paragraph in ipairs(doc.paragraphs) do
    local t = paragraph.text
    -- 约占社会消费品零售总额的三成左右: 约 before the verb, 左右 after the share (most texts have no
    -- 左右, and are not searched)
    if t:find("左右", 1, true) then
      for from, to in re.gmatch(t, "约占[^，。；,;]{1,40}?(?:[0-9０-９.．]+[%％]|[一二三四五六七八九十]成)左右") do
        report{ at = paragraph, from = from, to = to, message = "“约”与“左右”重复表示概数", suggestion = "删去“约”或“左右”" }
      end
    end
    if t:find("倍", 1, true) then
      for from, to in re.gmatch(t, "(?:降低|减少|下降|缩小)了?(?:[0-9０-９.．]+|[一二两三四五六七八九十]+)倍") do
        report{ at = paragraph, from = from, to = to, message = "“" .. t:sub(from, to) .. "”的说法不成立：减少不能用倍数表示",
                suggestion = "改用分数或百分比，如“降低了50%”" }
      end
    end
  end
end

return rule
