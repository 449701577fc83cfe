-- Years the bulletin plans for should lie within the supervision period.
local rule = {
  id = "date.plan-horizon",
  category = "date",
  severity = "warning",
  summary = "所述年份应在本轮监督的年份范围之内",
  explain = [[
读取数字表述的自定义规则示例：简报提到的每个年份（2023年、2025年6月）都应在本轮监督的年份范围内，即选项
`first_year` 和 `last_year`。超出范围的年份多半是录入错误（2025年写成2052年）。

示例：
    计划于2052年6月完成
→ warning: 年份2052不在本轮监督的年份范围（2020—2030年）内]],
  options = { first_year = 2020, last_year = 2030 },
}

function rule.check(doc, report, options)
  for _, claim in ipairs(doc.claims) do
    if (claim.kind == "year" or claim.kind == "date") and claim.year and not claim.year_resolved and
       (claim.year < options.first_year or claim.year > options.last_year) then
      report{ at = claim, message = "年份" .. claim.year .. "不在本轮监督的年份范围（" .. options.first_year ..
              "—" .. options.last_year .. "年）内", suggestion = "核对年份" }
    end
  end
end

return rule
