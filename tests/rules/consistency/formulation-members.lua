return {
  rule = "consistency.formulation-members",
  valid = {
    { name = "the members spelled out after the name, canonical", text = [[
简报（一）
周口：标题
　　全体机关干部要增强“四个意识”，即政治意识、大局意识、核心意识、看齐意识，坚定“四个自信”：道路自信、理论自信、制度自信、文化自信。
]] },
    { name = "the members spelled out before the name, canonical", text = [[
简报（一）
周口：标题
　　牢固树立政治意识、大局意识、核心意识、看齐意识“四个意识”，统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设“五位一体”总体布局。
]] },
    { name = "members of one word each, before the name with 的", text = [[
简报（一）
周口：标题
　　完整准确全面贯彻创新、协调、绿色、开放、共享的新发展理念。
]] },
    { name = "an earlier wording still correct in its time (四个全面 with 全面建成小康社会)", text = [[
简报（一）
周口：标题
　　协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党“四个全面”战略布局。
]] },
    { name = "names that list nothing", text = [[
简报（一）
周口：标题
　　各级干部要增强“四个意识”、坚定“四个自信”、做到“两个维护”，把“五位一体”总体布局落到实处。
]] },
    { name = "a list next to the name that is not its members", text = [[
简报（一）
周口：标题
　　围绕“四个意识”开展专题学习、集中研讨、交流发言，全面落实“六稳”“六保”任务。
]] },
    { name = "a list ending in 等 is not all the members", text = [[
简报（一）
周口：标题
　　做好“六稳”工作，即稳就业、稳金融、稳外贸等。
]] },
    { name = "members in another clause are not next to the name", text = [[
简报（一）
周口：标题
　　强化政治意识、大局意识，增强“四个意识”，做到令行禁止。
]] },
    { name = "lists without the name: canonical, partial, or only like the members", text = [[
简报（一）
周口：标题
　　坚定道路自信、理论自信、制度自信、文化自信，强化政治意识、大局意识，增强责任意识、服务意识、大局意识、纪律意识，落实最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责的要求。
]] },
  },
  invalid = {
    { name = "a wrong member after the name", text = [[
简报（一）
周口：标题
　　增强“四个意识”，即政治意识、大局意识、核心意识、服务意识。
]], findings = {
      { line = 3, column = 13, end_line = 3, end_column = 32,
        message = "“四个意识”依次是政治意识、大局意识、核心意识、看齐意识，“服务意识”应为“看齐意识”",
        suggestion = "改为“政治意识、大局意识、核心意识、看齐意识”" },
    } },
    { name = "the order changed, before the name", text = [[
简报（一）
周口：标题
　　牢固树立大局意识、政治意识、核心意识、看齐意识“四个意识”。
]], findings = {
      { line = 3, column = 7, end_line = 3, end_column = 26,
        message = "“四个意识”依次是政治意识、大局意识、核心意识、看齐意识，顺序不对",
        suggestion = "改为“政治意识、大局意识、核心意识、看齐意识”" },
    } },
    { name = "a member missing", text = [[
简报（一）
周口：标题
　　坚定“四个自信”，即道路自信、理论自信、制度自信。
]], findings = {
      { line = 3, column = 13, end_line = 3, end_column = 27,
        message = "“四个自信”依次是道路自信、理论自信、制度自信、文化自信，缺少“文化自信”",
        suggestion = "改为“道路自信、理论自信、制度自信、文化自信”" },
    } },
    { name = "a member added and one changed among members of one word", text = [[
简报（一）
周口：标题
　　贯彻创新、协调、绿色、开放、共赢、共享的新发展理念。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 22,
        message = "“新发展理念”依次是创新、协调、绿色、开放、共享，“共赢”不在其中",
        suggestion = "改为“创新、协调、绿色、开放、共享”" },
    } },
    { name = "five in one with a wrong member, and the six stabilities out of order", text = [[
简报（一）
周口：标题
　　统筹推进经济建设、政治建设、文化建设、党的建设、生态文明建设“五位一体”总体布局，做好“六稳”工作：稳就业、稳金融、稳外资、稳外贸、稳投资、稳预期。
]], findings = {
      { line = 3, column = 7, end_line = 3, end_column = 33,
        message = "“五位一体”依次是经济建设、政治建设、文化建设、社会建设、生态文明建设，“党的建设”应为“社会建设”",
        suggestion = "改为“经济建设、政治建设、文化建设、社会建设、生态文明建设”" },
      { line = 3, column = 53, end_line = 3, end_column = 76,
        message = "“六稳”依次是稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期，顺序不对",
        suggestion = "改为“稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期”" },
    } },
    { name = "a list without its name, one member wrong, the first after its verb", text = [[
简报（一）
周口：标题
　　全体干部牢固树立政治意识、大局意识、核心意识、责任意识，统筹推进产业振兴、人才振兴、文化振兴、经济振兴、组织振兴。
]], findings = {
      { line = 3, column = 11, end_line = 3, end_column = 30,
        message = "“政治意识、大局意识、核心意识、看齐意识”是固定提法，“责任意识”应为“看齐意识”",
        suggestion = "改为“政治意识、大局意识、核心意识、看齐意识”" },
      { line = 3, column = 35, end_line = 3, end_column = 59,
        message = "“产业振兴、人才振兴、文化振兴、生态振兴、组织振兴”是固定提法，“经济振兴”应为“生态振兴”",
        suggestion = "改为“产业振兴、人才振兴、文化振兴、生态振兴、组织振兴”" },
    } },
    { name = "a list without its name out of order, and one whose last member goes on", text = [[
简报（一）
周口：标题
　　坚定理论自信、道路自信、制度自信、文化自信，按照最严谨的标准、最严密的监管、最严厉的处罚、最严肃的问责的要求开展检查。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 24,
        message = "“道路自信、理论自信、制度自信、文化自信”是固定提法，顺序不对",
        suggestion = "改为“道路自信、理论自信、制度自信、文化自信”" },
      { line = 3, column = 27, end_line = 3, end_column = 54,
        message = "“最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责”是固定提法，“最严密的监管”应为“最严格的监管”",
        suggestion = "改为“最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责”" },
    } },
    { name = "the members before the name, the first after the words of its clause, out of order", text = [[
简报（一）
周口：标题
　　提案涵盖经济建设、政治建设、社会建设、文化建设、生态文明建设“五位一体”总体布局各个方面。
]], findings = {
      { line = 3, column = 7, end_line = 3, end_column = 33,
        message = "“五位一体”依次是经济建设、政治建设、文化建设、社会建设、生态文明建设，顺序不对",
        suggestion = "改为“经济建设、政治建设、文化建设、社会建设、生态文明建设”" },
    } },
  },
}
