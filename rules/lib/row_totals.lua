-- Rows written as paragraphs of one shape, and the paragraph of their total after them:
--
--     1.政策跟踪审计：发现问题97个，已整改91个。
--     2.财政审计：发现问题138个，已整改129个。
--     合计：发现问题486个，已整改441个。
--
-- Each column (the figures with the same words before them and the same unit) of the rows adds up
-- to the figure of that column in the total.
local M = {}

local TOTAL_LEAD = "^[　 ]*(?:合计|总计|共计|全市合计|全县合计|全省合计)[：:]"

local function quantity(claim)
  return (claim.kind == "count" or claim.kind == "money" or claim.kind == "area" or claim.kind == "measure")
         and claim.unit and claim.unit ~= ""
end

-- The figures of each paragraph, by paragraph index.
local function figures_by_paragraph(doc)
  local by = {}
  for _, c in ipairs(doc.claims) do
    if quantity(c) then
      local i = c.paragraph.index
      by[i] = by[i] or {}
      by[i][#by[i] + 1] = c
    end
  end
  return by
end

-- The shape of a row: for each figure, the words since the previous figure (or since the row's
-- colon) and its unit. nil when the row has no colon or fewer than one figure.
local function shape(paragraph, figures)
  if not figures or #figures == 0 then return nil end
  local text = paragraph.text
  local colon = text:find("：", 1, true) or text:find(":", 1, true)
  if not colon or colon > figures[1].from then return nil end
  local parts, at = {}, colon + (text:sub(colon, colon) == ":" and 1 or #"：")
  for _, c in ipairs(figures) do
    local words = text:sub(at, c.from - 1):gsub("^[，,、；;]", "")
    parts[#parts + 1] = words .. "|" .. c.unit
    at = c.to + 1
  end
  return table.concat(parts, "\n")
end

-- Calls found(rows, total) for each total paragraph after two or more rows of its shape: rows is a
-- list of lists of figures (one per row), total the list of the total's figures.
local function total_lead(text)
  local head = text:sub(1, 40)
  return (head:find("合计", 1, true) or head:find("总计", 1, true) or head:find("共计", 1, true)) and
         re.test(text, TOTAL_LEAD)
end

function M.each(doc, found)
  local by
  for i, paragraph in ipairs(doc.paragraphs) do
    if total_lead(paragraph.text) then
      by = by or figures_by_paragraph(doc)
      local want = shape(paragraph, by[i])
      local rows, j = {}, i - 1
      while want and j >= 1 and shape(doc.paragraphs[j], by[j]) == want do
        table.insert(rows, 1, by[j])
        j = j - 1
      end
      -- in a part of a document too large to check at once, rows from its first paragraph on may
      -- have begun in the part before
      local cut = doc.continues and j == 0
      if #rows >= 2 and not cut then found(rows, by[i]) end
    end
  end
end

return M
