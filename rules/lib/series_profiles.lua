-- The bulletin series the checker knows, each with what its own rules require: the steps of the
-- campaign it reports (required-step.supervision-steps) and the closing parts every issue carries
-- (structure.required-parts). A series is recognised when its masthead names all of its `series`
-- words; a text of another series gets none of these requirements unless its configuration names
-- a profile or gives the steps itself.
local profiles = {
  {
    name = "henan-eldercare-supervision",
    title = "河南省人大常委会“积极应对人口老龄化　加快发展养老服务”联动监督",
    source = "河南省人大常委会联动监督工作方案（shared/docs/domain.md, “The supervision process”）",
    series = { "联动监督", "养老" },
    -- the steps of the provincial plan, and the words that count as mentioning each
    steps = {
      { name = "宣传发动", words = { "宣传发动", "宣传动员", "动员部署", "动员会", "宣传报道", "宣传活动", "监督公告", "宣传" } },
      { name = "自查自纠", words = { "自查自纠", "自查" } },
      { name = "专题调研", words = { "专题调研", "调研" } },
      { name = "执法检查", words = { "执法检查" } },
      { name = "听取审议", words = { "听取审议", "听取和审议", "审议了", "审议意见", "专项工作报告" } },
      { name = "专题询问", words = { "专题询问" } },
      { name = "满意度测评", words = { "满意度测评", "测评" } },
      { name = "跟踪整改", words = { "跟踪整改", "跟踪问效", "跟踪监督", "整改" } },
    },
    requires = { contributor = true, distribution = true },
  },
}

local lib = { list = profiles }

local function names_all(text, words)
  for _, word in ipairs(words) do
    if not text:find(word, 1, true) then return false end
  end
  return true
end

--- The profile of a document: the one named by `choice` (a profile name), or with "auto" the one
--- whose series words the masthead names; nil when none applies.
function lib.for_document(doc, choice)
  if choice and choice ~= "auto" then
    for _, p in ipairs(profiles) do
      if p.name == choice then return p end
    end
    return nil
  end
  local masthead = doc.masthead and doc.masthead.text or ""
  for _, p in ipairs(profiles) do
    if names_all(masthead, p.series) then return p end
  end
  return nil
end

return lib
