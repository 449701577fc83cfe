-- Book and document titles take 《》; « » are what PDF extraction leaves in their place.
local text = require("text")

local rule = {
  id = "punctuation.guillemets",
  category = "punctuation",
  severity = "warning",
  summary = "书名号应为《》，不用« »",
  explain = [[
法律、法规和文件的名称用书名号《》（GB/T 15834-2011）。« » 是西文的引号；提取的文本中通篇以它代替《》时，
只报告一次，给出处数。

示例：
    对照 «河南省养老服务条例» 开展检查
→ warning: 书名号应为“《”，此处为“«”]],
  options = { summary_from = 3 },
  -- the rule runs only on texts with one of these
  needs_text = { "«", "»" },
}

function rule.check(doc, report, options)
  local places = {}
  for _, node in ipairs(text.nodes(doc)) do
    local s = node.text
    if s:find("«", 1, true) or s:find("»", 1, true) then -- most texts have neither: not searched
      for p, to in re.gmatch(s, "[«»]") do
        local mark = s:sub(p, to)
        local full = mark == "«" and "《" or "》"
        places[#places + 1] = { at = node, from = p, to = to, mark = mark, full = full, fix = full }
      end
    end
  end
  text.report_places(doc, report, places, options.summary_from, {
    one = function(p) return "书名号应为“" .. p.full .. "”，此处为“" .. p.mark .. "”", "改为“" .. p.full .. "”" end,
    many = function(count, positions)
      return "全文有" .. count .. "处用« »代替书名号《》，如" .. positions, "统一改为《》，可用 --fix 自动改正"
    end,
  })
end

return rule
