-- A completion rate above 100% is over-fulfilment (worth confirming); at 1000% or more, or for a
-- rate that cannot pass 100% (运营率, 覆盖率 …), it is a lost decimal point.
local numbers = require("numbers")

local rule = {
  id = "percentage.rate-over-100",
  category = "percentage",
  severity = "warning",
  summary = "完成率等比率超过100%时应核实，达到1000%以上多为小数点丢失",
  explain = [[
完成率超过100%表示超额完成：可能如此，值得核实，除非是写出了小数的正常超额（完成率110.5%，不超过
`plausible_over`，即200%：没有丢小数点，给出了完成数时由 percentage.completion-counts 核对）。1000%及以上
几乎都是提取时丢了小数点（“１１２５％”为112.5%）；运营率、覆盖率、入住率、满意率等比率则根本不能超过100%。
建议给出补回小数点后的读法。

示例：
    已运营180家助餐机构，完成省定任务的1125%。
→ error: 完成率1125%，疑为小数点丢失
   建议：应为112.5%]],
  options = {
    plausible_over = 200,
    bounded_rates = { "运营率", "覆盖率", "入住率", "满意率", "满意度", "知晓率", "合格率", "达标率",
                      "签约率", "办结率", "整改率", "参与率", "使用率", "利用率", "占比" },
  },
}

local S = numbers.SCALE

-- The percentages the claim could be with its decimal point put back, at most `limit`.
local function readings_below(claim, limit)
  local found = {}
  for _, r in ipairs(numbers.decimal_readings(claim, limit)) do
    found[#found + 1] = numbers.format(r.value, r.decimals) .. "%"
  end
  return found
end

local function bounded_rate_before(claim, options)
  local sentence = claim.sentence
  local before = sentence.text:sub(1, claim.from - sentence.from)
  local tail = before:sub(-30)
  for _, word in ipairs(options.bounded_rates) do
    if tail:find(word, 1, true) then return word end
  end
end

-- 意见建议中，已有185%被采纳; 列入名录的企业中，已有165%完成整改: a share of the things counted,
-- which cannot exceed all of them
local function share_of_things(claim)
  local before = claim.paragraph.text:sub(math.max(1, claim.from - 12), claim.from - 1)
  for _, lead in ipairs({ "已有", "中有", "中，有", "其中" }) do
    if before:sub(-#lead) == lead then return "比例" end
  end
end

function rule.check(doc, report, options)
  local checked = {}
  for _, r in ipairs(doc.relations) do
    if r.kind == "share" then checked[r.share] = true end   -- the share rule speaks for these
  end
  for _, r in ipairs(doc.relations) do
    local rate = r.kind == "completion" and r.rate
    local plausible = rate and rate.decimals > 0 and rate.hi and rate.hi <= options.plausible_over * S
    if rate and not checked[rate] and rate.lo > 100 * S and not plausible then
      checked[rate] = true
      if rate.lo >= 1000 * S then
        local readings = readings_below(rate, 999 * S)
        report{ at = rate, severity = "error",
                message = "完成率" .. rate.text .. "，疑为小数点丢失",
                suggestion = readings[1] and ("应为" .. readings[1]) or nil }
      else
        local readings = readings_below(rate, 100 * S)
        report{ at = rate,
                message = "完成率" .. rate.text .. "超过100%：如为超额完成请核实数字",
                suggestion = readings[1] and ("若为" .. readings[1] .. "，请补上小数点") or nil }
      end
    end
  end
  for _, claim in ipairs(doc.claims) do
    if claim.kind == "percent" and not checked[claim] and claim.lo > 100 * S then
      local word = bounded_rate_before(claim, options) or share_of_things(claim)
      if word then
        local readings = readings_below(claim, 100 * S)
        report{ at = claim, severity = "error",
                message = word .. claim.text .. "超过100%，不可能成立",
                suggestion = readings[1] and ("疑为小数点丢失，可能是" .. table.concat(readings, "或")) or nil }
      end
    end
  end
end

return rule
