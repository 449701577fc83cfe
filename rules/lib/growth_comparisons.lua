-- A growth rate compared with an earlier period's, the earlier rate given in brackets after it, as
-- statistical texts write them:
--
--     同比增长5.6%，比一季度加快0.4个百分点（一季度增长5.2%）
--     同比下降2.3%，降幅比一季度收窄1.5个百分点（一季度下降3.8%）
--
-- Each comparison gives the two rates (signed: 下降 is negative), the change in points as written,
-- the word that says which way it went, and the way the two rates say it went.
local M = {}

-- The words for the way a growth rate or a rate of decline moved, and the sign of (now − before)
-- each one means. 降幅收窄 means the decline is smaller: the rate went up.
M.moves = {
  ["加快"] = 1, ["提高"] = 1, ["回升"] = 1, ["上升"] = 1, ["回落"] = -1, ["放缓"] = -1, ["下降"] = -1,
  ["降低"] = -1, ["减缓"] = -1,
}
M.decline_moves = { ["收窄"] = 1, ["缩小"] = 1, ["减少"] = 1, ["扩大"] = -1, ["加大"] = -1, ["加深"] = -1 }
M.opposite = { ["加快"] = "回落", ["提高"] = "回落", ["回升"] = "回落", ["上升"] = "下降", ["回落"] = "加快",
               ["放缓"] = "加快", ["下降"] = "上升", ["降低"] = "提高", ["减缓"] = "加快", ["收窄"] = "扩大",
               ["缩小"] = "扩大", ["减少"] = "扩大", ["扩大"] = "收窄", ["加大"] = "收窄", ["加深"] = "收窄" }

local NUMBER = "([0-9０-９]+(?:[.．][0-9０-９]+)?)"
local PATTERN = "(增长|下降)" .. NUMBER .. "[%％][，,](增速|增幅|降幅|涨幅)?(?:比|较)([^，。；（）]{1,8}?)" ..
                "(加快|提高|回升|上升|回落|放缓|下降|降低|减缓|收窄|缩小|减少|扩大|加大|加深)" .. NUMBER ..
                "个百分点[（(]([^，。；（）]{1,8}?)(?:同比)?(增长|下降)" .. NUMBER .. "[%％][）)]"

local FULL_DIGITS = { ["０"] = "0", ["１"] = "1", ["２"] = "2", ["３"] = "3", ["４"] = "4", ["５"] = "5",
                      ["６"] = "6", ["７"] = "7", ["８"] = "8", ["９"] = "9", ["．"] = "." }

-- A written number as an integer in units of its last decimal place, and its decimals.
local function tenths(text)
  local ascii = text:gsub("[\xEF][\xBC][\x90-\x99\x8E]", FULL_DIGITS)
  local whole, fraction = ascii:match("^(%d+)%.?(%d*)$")
  return tonumber(whole .. fraction), #fraction
end

local function scaled(value, decimals, to)
  for _ = decimals + 1, to do value = value * 10 end
  return value
end

-- Calls found(c) for each comparison in node: c.now, c.before (signed, in units of c.decimals
-- places), c.change (as written, same units), c.move (the word), c.decline (降幅 …), c.period,
-- and byte positions c.move_from, c.change_from, c.change_to in node.text.
function M.each(node, found)
  local s = node.text
  if not (s:find("个百分点（", 1, true) or s:find("个百分点(", 1, true)) then return end
  for from, to, verb, now, measure, period, move, change, period2, verb2, before in re.gmatch(s, PATTERN) do
    if period == period2 then
      local n, nd = tenths(now)
      local b, bd = tenths(before)
      local c, cd = tenths(change)
      local d = math.max(nd, bd, cd)
      local move_from = s:find(move .. change .. "个百分点", from, true)
      found{
        now = scaled(n, nd, d) * (verb == "下降" and -1 or 1),
        before = scaled(b, bd, d) * (verb2 == "下降" and -1 or 1),
        change = scaled(c, cd, d), decimals = d, move = move, decline = measure == "降幅",
        period = period, move_from = move_from, change_from = move_from + #move,
        change_to = move_from + #move + #change - 1,
      }
    end
  end
end

return M
