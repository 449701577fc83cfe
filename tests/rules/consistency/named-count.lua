return {
  rule = "consistency.named-count",
  valid = {
    { name = "names that are objects of a verb, closed by 等, or repeated later: nothing listed", text = [[
简报（一）
周口：标题
　　为指导各地区、各部门全面推行“三项制度”，现提出意见。各部门要及时解决推行“三项制度”中的问题，把制度建设和制度执行结合起来。
　　实现债务规模、融资平台数量等“六个明显下降”，创新防汛“1262”预警机制，处置“4·11”森林火灾。
　　把“六个坚持”的重大原则贯穿各方面，坚持稳中求进，坚持以进促稳。
　　深入把握“六个坚持”重要原则和“五个必须”规律性认识，统筹当前和长远。今年重点抓好三项工作：一是稳增长；二是促改革；三是惠民生。
　　部署开展违规设置门槛、拖欠企业账款、侵害企业产权、违规收费罚款以及执法检查“五个专项治理”，印发《专项治理工作方案》。
]] },
    { name = "clause items that match, and a set term that announces nothing", text = "简报（一）\n周口：标题\n　　做到“三统一”：统一标准、统一流程、统一考核。抓好“三农”工作，推动农业农村发展。\n" },
    { name = "examples before 等N个方面", text = "简报（一）\n周口：标题\n　　梳理出设施不均衡、人才短缺、医养结合不紧密等4个方面的问题。\n" },
    { name = "set formulations are names, not lists", text = "简报（一）\n周口：标题\n　　各级干部要增强“四个意识”、坚定“四个自信”、做到“两个维护”，扎实做好各项工作。\n" },
    { name = "seven named before the count", text = [[
简报（一）
周口：标题
　　实施以责任清单为核心，与学习清单、内容清单、问题清单、整改清单、销号清单、评价清单相衔接的“七个清单”。
]] },
    { name = "an enumeration after the count", text = [[
简报（一）
周口：标题
　　把握“三个一”。一是形成一个意见。二是梳理一个清单。三是落实一项制度。
]] },
    { name = "等 with fewer names", text = [[
简报（一）
周口：标题
　　市发改委、民政局、财政局等8家单位参加。
]] },
  },
  invalid = {
    { name = "a list after ，即 and a list before the quote", text = "简报（一）\n周口：标题\n　　落实“四项管理”，即作业、睡眠、手机、读物、体质管理。聚焦工业源、移动源、扬尘源、生活源“五源”治理。\n",
      findings = { { line = 3, column = 6, end_line = 3, end_column = 8, message = "“四项管理”却列出了5项", suggestion = "核对概括数和所列各项" },
                   { line = 3, column = 48, end_line = 3, end_column = 49, message = "“五源”只列出了4项", suggestion = "核对概括数和所列各项" } } },
    { name = "clause items after a colon", text = "简报（一）\n周口：标题\n　　驻村干部落实“五必访”：监测户必访，重病患者家庭必访，独居老人必访，遭遇灾情的农户必访。\n",
      findings = { { line = 3, column = 10, end_line = 3, end_column = 11, message = "“五必访”只列出了4项",
        suggestion = "核对概括数和所列各项" } } },
    { name = "a list of departments one short of its count", text = "简报（一）\n周口：标题\n　　民政、财政、人社、住建、卫健等6个部门参加。\n",
      findings = { { line = 3, column = 18, end_line = 3, end_column = 20, severity = "info",
        message = "列出了5项（民政、财政、人社、住建、卫健），比“等6个部门”少一项，请核实是否漏列", suggestion = "核对数目，或补上漏列的一项" } } },
    { name = "one item short", text = [[
简报（一）
周口：标题
　　与学习清单、问题清单、整改清单相衔接的“四个清单”。
]], findings = {
      { line = 3, column = 23, end_line = 3, end_column = 25, message = "“四个清单”只列出了3项",
        suggestion = "核对概括数和所列各项" },
    } },
    { name = "more names than 等 allows", text = [[
简报（一）
周口：标题
　　市发改委、民政局、财政局、卫健委等3家单位参加。
]], findings = {
      { line = 3, column = 20, end_line = 3, end_column = 22, message = "列出了4项（市发改委、民政局、财政局、卫健委），多于“等3家”",
        suggestion = "核对数目" },
    } },
  },
}
