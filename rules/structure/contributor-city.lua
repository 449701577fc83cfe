-- The contributor line names the city whose report this is; it must be the title's city.
local rule = {
  id = "structure.contributor-city",
  category = "structure",
  severity = "warning",
  summary = "供稿单位的城市应与标题中的城市一致",
  explain = [[
每期报道一个城市：标题以城市开头（“三门峡：……”），供稿单位行写的是该市的委员会（“（三门峡市人大社会建设
委员会供稿）”）。供稿单位行中的城市不同，通常是从另一期的模板复制过来的。

示例：
    安阳：以“三体一嵌”联动监督……
    ……
    （洛阳市人大社会建设委员会供稿）
→ warning: 供稿单位的城市“洛阳”与标题中的城市“安阳”不一致]],
  options = {},
}

function rule.check(doc, report)
  local title_city = doc.title and doc.title.city
  local contributor_city = doc.contributor and doc.contributor.city
  if not title_city or not contributor_city then return end
  if contributor_city.text ~= title_city.text then
    report{
      at = contributor_city,
      message = "供稿单位的城市“" .. contributor_city.text .. "”与标题中的城市“" .. title_city.text .. "”不一致",
      suggestion = "改为“" .. title_city.text .. "”，或核对标题中的城市",
    }
  end
end

return rule
