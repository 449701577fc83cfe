-- Set formulations of official political writing: a number and a name that stand for a fixed
-- list of members in a fixed order. They are names, not lists to count (增强“四个意识”), and when
-- their members are spelled out, the members and their order are the canonical ones.
-- Sources: 党的十九大报告 (2017) and 《中国共产党章程》 (四个意识, 四个自信, 两个维护 as written in
-- the 2018–2022 documents of the CPC Central Committee); 十九届六中全会决议 (2021, 两个确立);
-- 十八大报告 (2012, 五位一体); 习近平 2015年2月 (四个全面, as later worded in the 十九大报告).
return {
  ["四个意识"] = { "政治意识", "大局意识", "核心意识", "看齐意识" },
  ["四个自信"] = { "道路自信", "理论自信", "制度自信", "文化自信" },
  ["两个维护"] = { "坚决维护习近平总书记党中央的核心、全党的核心地位", "坚决维护党中央权威和集中统一领导" },
  ["两个确立"] = { "确立习近平同志党中央的核心、全党的核心地位", "确立习近平新时代中国特色社会主义思想的指导地位" },
  ["五位一体"] = { "经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设" },
  ["四个全面"] = { "全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党" },
  ["三个代表"] = {},
  ["四项基本原则"] = {},
  ["两个一百年"] = {},
  ["四个伟大"] = {},
  ["三新一高"] = {},
  ["十个明确"] = {},
  ["十四个坚持"] = {},
  ["两个结合"] = {},
  ["三个务必"] = {},
  ["五个必由之路"] = {},
  ["四个革命、一个合作"] = {},
  ["两个毫不动摇"] = {},
}
