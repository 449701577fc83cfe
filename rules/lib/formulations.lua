-- Set formulations of official political writing: a name (often a number and a word) that stands
-- for a fixed list of members in a fixed order. They are names, not lists to count (增强“四个意识”,
-- consistency.named-count), and when their members are spelled out next to them, the members and
-- their order are the canonical ones (consistency.formulation-members).
--
-- Each entry: the members in their canonical order (the array part), `source`, the document that
-- fixed them, and `also`, earlier wordings still correct in texts of their time. An entry without
-- members (三个代表) is a name whose members are clauses, not a list joined by 、; so are the
-- members of 两个维护 and 两个确立, which are joined by ， and are kept for reference.
return {
  ["四个意识"] = { "政治意识", "大局意识", "核心意识", "看齐意识",
    source = "中共中央政治局会议，2016年1月29日；《中国共产党章程》（2017年修改）总纲" },
  ["四个自信"] = { "道路自信", "理论自信", "制度自信", "文化自信",
    source = "党的十九大报告（2017）；《中国共产党章程》（2017年修改）总纲" },
  ["两个维护"] = { "坚决维护习近平总书记党中央的核心、全党的核心地位", "坚决维护党中央权威和集中统一领导",
    source = "《中共中央政治局关于加强和维护党中央集中统一领导的若干规定》（2017）；党的二十大报告（2022）" },
  ["两个确立"] = { "确立习近平同志党中央的核心、全党的核心地位", "确立习近平新时代中国特色社会主义思想的指导地位",
    source = "《中共中央关于党的百年奋斗重大成就和历史经验的决议》（十九届六中全会，2021）" },
  ["五位一体"] = { "经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设",
    source = "党的十八大报告（2012）" },
  ["四个全面"] = { "全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党",
    source = "党的十九届五中全会公报（2020）；党的二十大报告（2022）",
    also = { { "全面建成小康社会", "全面深化改革", "全面依法治国", "全面从严治党",
               source = "习近平，2015年2月2日；党的十九大报告（2017）" } } },
  ["四个伟大"] = { "伟大斗争", "伟大工程", "伟大事业", "伟大梦想",
    source = "党的十九大报告（2017）" },
  ["三新一高"] = { "新发展阶段", "新发展理念", "新发展格局", "高质量发展",
    source = "《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》（2020）" },
  ["新发展理念"] = { "创新", "协调", "绿色", "开放", "共享",
    source = "党的十八届五中全会公报（2015）；党的十九大报告（2017）" },
  ["五大发展理念"] = { "创新", "协调", "绿色", "开放", "共享",
    source = "党的十八届五中全会公报（2015）" },
  ["四项基本原则"] = { "坚持社会主义道路", "坚持人民民主专政", "坚持中国共产党的领导", "坚持马克思列宁主义毛泽东思想",
    source = "《中国共产党章程》总纲" },
  ["三大攻坚战"] = { "防范化解重大风险", "精准脱贫", "污染防治",
    source = "党的十九大报告（2017）" },
  ["六稳"] = { "稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期",
    source = "中共中央政治局会议，2018年7月31日" },
  ["六保"] = { "保居民就业", "保基本民生", "保市场主体", "保粮食能源安全", "保产业链供应链稳定", "保基层运转",
    source = "国务院《政府工作报告》（2020）" },
  ["四个不摘"] = { "摘帽不摘责任", "摘帽不摘政策", "摘帽不摘帮扶", "摘帽不摘监管",
    source = "习近平在解决“两不愁三保障”突出问题座谈会上的讲话，2019年4月16日" },
  ["五大振兴"] = { "产业振兴", "人才振兴", "文化振兴", "生态振兴", "组织振兴",
    source = "习近平参加十三届全国人大一次会议山东代表团审议时的讲话，2018年3月8日" },
  ["三个代表"] = { source = "《中国共产党章程》总纲" },
  ["两个一百年"] = { source = "党的十八大报告（2012）" },
}
