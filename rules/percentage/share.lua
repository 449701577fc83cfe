-- A share (占…的X%) cannot exceed 100%, its part cannot exceed its whole, and when both counts
-- are stated it must be what part ÷ whole rounds to at the precision written.
local numbers = require("numbers")
local graded_counts = require("graded_counts")

local rule = {
  id = "percentage.share",
  category = "percentage",
  severity = "error",
  summary = "占比（及整改率等以部分命名的比率）应与所列的部分数和总数相符，且不超过100%",
  explain = [[
“A占B的X%”中，X不能超过100%，A不能大于B；两个数都写出时，X应等于A÷B按所写小数位四舍五入的值
（21.98%可以是21.975%到21.985%之间的任何值）。从 PDF 提取的文本常丢失小数点（“２１９８％”为21.98%），所以
这条规则会尝试补回小数点的各种读法，并建议使算式成立的那一种。以部分命名的比率同样检查：“６２个问题中已整改
５１个，整改率８２．３％”中，整改率应为51÷62（总数是同一单位的前一个数；有两个这样的数时不作判断）。

示例：
    常住人口202万，其中60岁以上人口444万人，占总人口的2198%
→ error: 占比2198%超过100%；部分（444万人）大于总数（202万）
   建议：疑为小数点丢失：应为44.4万人、21.98%（44.4万÷202万＝21.98%）]],
  options = {},
}

local S = numbers.SCALE

-- The readings of part and share (the point moved 0…n places) that make part ÷ whole = share.
local function find_reading(part, whole, share)
  for share_places = 0, numbers.digit_count(share) - 1 do
    local share_value = share.value // numbers.pow10(share_places)
    local decimals = share.decimals + share_places
    if share_value <= 100 * S then
      for part_places = 0, numbers.digit_count(part) - 1 do
        local part_value = part.value // numbers.pow10(part_places)
        if part_value <= whole.value and numbers.share_matches(part_value, whole.value, share_value, decimals) then
          return part_places, share_places, part_value, share_value, decimals
        end
      end
    end
  end
end

-- part ÷ whole cut (not rounded) at the share's decimals: 3 ÷ 7 is 42.8% cut, 42.9% rounded
local function truncated_share(part, whole, share)
  if part.value >= 10 ^ 12 or whole.value <= 0 then return nil end
  local places = numbers.pow10(share.decimals)
  return (100 * part.value * places // whole.value) * numbers.pow10(numbers.DIGITS - share.decimals)
end

-- 满意的371件，基本满意的15件，满意率为97.1%: the rate is 满意 ÷ all grades (96.1%), or, where the
-- series counts it so, 满意 and 基本满意 ÷ all (100%); anything else does not match the counts
local function check_graded(doc, report)
  graded_counts.each(doc, function(scale, counts, rate)
    local top = counts[scale.grades[#scale.grades].name]
    local shown, whole, unit = {}, 0, top.unit
    for i = #scale.grades, 1, -1 do
      local grade = scale.grades[i]
      local c = counts[grade.name]
      if c then
        if c.unit ~= unit or not numbers.exact(c) then return end
        shown[#shown + 1] = grade.name .. c.text
        whole = whole + c.value
      end
    end
    if not numbers.exact(rate) or whole == 0 then return end
    local basic = counts[scale.grades[#scale.grades - 1].name]
    local strict = numbers.percent_of(top.value, whole, rate.decimals)
    local broad = basic and numbers.percent_of(top.value + basic.value, whole, rate.decimals)
    if rate.value ~= strict and rate.value ~= broad then
      report{ at = rate, severity = "warning",
              message = scale.rate .. rate.text .. "与所列数字不符：" .. top.text .. "÷（" .. table.concat(shown, "＋") ..
                        "）＝" .. numbers.format(strict, rate.decimals) .. "%" ..
                        (broad and ("，连同基本满意为" .. numbers.format(broad, rate.decimals) .. "%") or ""),
              suggestion = "核对" .. scale.rate .. "和各档数字" }
    end
  end)
end

function rule.check(doc, report)
  check_graded(doc, report)
  for _, r in ipairs(doc.relations) do
    if r.kind == "share" then
      local share, part, whole = r.share, r.part, r.whole
      local name = r.cue ~= "占" and r.cue or "占比"  -- a rate says its own name: 整改率
      local problems = {}
      local over = share.lo > 100 * S
      if over then problems[#problems + 1] = name .. share.text .. "超过100%" end
      local bigger = whole and whole.hi and part.lo > whole.hi
      -- a part above its whole with a share below 100% means the whole was not the right one (占进出口
      -- 总额比重为55.5% paired with an export figure): the pairing is uncertain, so nothing is said
      if bigger and not over then goto next end
      if bigger then
        problems[#problems + 1] = "部分（" .. part.text .. "）大于总数（" .. whole.text .. "）"
      end
      local comparable = whole and part.kind == whole.kind  -- 134个 is no share of 120.3亿元
      local counted = comparable and numbers.exact(part) and numbers.exact(whole) and numbers.exact(share) and whole.value > 0
      local computed = counted and numbers.percent_of(part.value, whole.value, share.decimals)
      local mismatch = counted and computed ~= share.value
      if mismatch and (numbers.rounded(part) or numbers.rounded(whole)) then
        mismatch = not numbers.share_possible(part, whole, share)  -- 118万 ÷ 445万 may be 26.6%
      end
      local truncated = mismatch and truncated_share(part, whole, share) == share.value
      if mismatch and not over and not bigger then
        problems[#problems + 1] = name .. share.text .. "与所列数字不符：" .. part.text .. "÷" .. whole.text ..
                                  "＝" .. numbers.format(computed, share.decimals) .. "%" ..
                                  (truncated and ("（" .. share.text .. "是截去尾数，不是四舍五入）") or "")
      end
      if #problems > 0 then
        local suggestion, severity
        if counted then
          local pp, sp, part_value, share_value, decimals = find_reading(part, whole, share)
          if pp then
            local fixed = {}
            if pp > 0 then fixed[#fixed + 1] = numbers.show_like(part, part_value, pp) end
            if sp > 0 then fixed[#fixed + 1] = numbers.format(share_value, decimals) .. "%" end
            suggestion = "疑为小数点丢失：应为" .. table.concat(fixed, "、") .. "（" ..
                         numbers.show_like(part, part_value, pp, true) .. "÷" ..
                         numbers.show_like(whole, whole.value, 0, true) .. "＝" ..
                         numbers.format(share_value, decimals) .. "%）"
          else
            suggestion = "核对" .. name .. "和两个数字"
          end
        elseif over then
          local readings = {}
          for _, r in ipairs(numbers.decimal_readings(share, 100 * S)) do
            readings[#readings + 1] = numbers.format(r.value, r.decimals) .. "%"
          end
          suggestion = #readings > 0 and ("疑为小数点丢失，可能是" .. table.concat(readings, "或")) or nil
        end
        if not over and not bigger then severity = truncated and "info" or "warning" end
        report{ at = share, message = table.concat(problems, "；"), suggestion = suggestion, severity = severity }
      end
    end
    ::next::
  end
end

return rule
