return {
  rule = "wording.set-phrases",
  valid = {
    { name = "the set phrases written right", text = [[
简报（一）
周口：标题
　　解决老年人的“急难愁盼”问题，坚持守正创新，发展全过程人民民主，坚持以人民为中心，真抓实干、久久为功。
]] },
    { name = "two phrases one character apart are both phrases (老有所养, 老有所依)", text = [[
简报（一）
周口：标题
　　努力实现老有所养、老有所依、老有所为、老有所乐。
]] },
    { name = "a form as near two phrases as one (老有所需) is left alone", text = [[
简报（一）
周口：标题
　　让老年人老有所需有回应。
]] },
    { name = "a changed first character that belongs to the word before it (社会主义法治国家)", text = [[
简报（一）
周口：标题
　　建设中国特色社会主义法治体系，建设社会主义法治国家。
]] },
    { name = "a changed last character that begins the next word (坚持不动摇 is not 坚持不懈)", text = [[
简报（一）
周口：标题
　　坚持两个毫不动摇，坚持发展不动摇，坚持不动摇地推进改革。
]] },
    { name = "a changed character that makes a word inside the phrase and sounds otherwise (人民过上)", text = [[
简报（一）
周口：标题
　　让人民过上更加美好的生活，推动经济稳定向好、稳中有升。
]] },
    { name = "the wordings listed with a phrase, open places included", text = [[
简报（一）
周口：标题
　　推进跨域通办、一窗通办，坚持依法治省、依法治市，推进多规合一，加快建设社会主义现代化强省，统筹发展与安全。
]] },
    { name = "the first characters of a phrase that stand alone (区域发展格局, 基层减负)", text = [[
简报（一）
周口：标题
　　形成优势互补的区域发展格局，持续为基层减负，切实推动基层减负落地。
]] },
    { name = "a set phrase followed by punctuation, not a changed character", text = [[
简报（一）
周口：标题
　　各地坚持“守正”“创新”相统一，守正创，新局面由此打开。
]] },
    { name = "a long phrase as written, and another reading of its second half", text = [[
简报（一）
周口：标题
　　坚持以习近平新时代中国特色社会主义思想为指导，坚持和发展中国特色社会主义，推进中国特色社会主义法治道路。
]] },
    { name = "the older option confusions is accepted", config = [[
return { rules = { ["wording.set-phrases"] = { options = { confusions = { ["盼"] = "判" } } } } }
]], text = [[
简报（一）
周口：标题
　　解决老年人的急难愁盼问题。
]] },
  },
  invalid = {
    { name = "a changed character repeating the one after it (兢业业业: the rest of the phrase, 兢业业, is there as written)", text = [[
简报（一）
周口：标题
　　干部要坚持兢业业业。
]], findings = {
      { line = 3, column = 8, end_line = 3, end_column = 12, message = "“兢业业业”应为“兢兢业业”",
        suggestion = "改为“兢兢业业”" },
    } },
    { name = "a homophone in a set phrase", text = [[
简报（一）
周口：标题
　　解决老年人的“急难愁判”问题。
]], findings = {
      { line = 3, column = 10, end_line = 3, end_column = 14, message = "“急难愁判”应为“急难愁盼”",
        suggestion = "改为“急难愁盼”" },
    } },
    { name = "the last character replaced (守正创薪, 全过程人民民注)", text = [[
简报（一）
周口：标题
　　坚持守正创薪，发展全过程人民民注。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 9, message = "“守正创薪”应为“守正创新”",
        suggestion = "改为“守正创新”" },
      { line = 3, column = 12, end_line = 3, end_column = 19, message = "“全过程人民民注”应为“全过程人民民主”",
        suggestion = "改为“全过程人民民主”" },
    } },
    { name = "a character inside replaced, even one that makes a word with its neighbour but sounds like the right one", text = [[
简报（一）
周口：标题
　　坚持以人民为忠心，真抓石干。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 11, message = "“以人民为忠心”应为“以人民为中心”",
        suggestion = "改为“以人民为中心”" },
      { line = 3, column = 12, end_line = 3, end_column = 16, message = "“真抓石干”应为“真抓实干”",
        suggestion = "改为“真抓实干”" },
    } },
    { name = "the first character replaced by a look-alike (争难愁盼, from a published bulletin)", text = [[
简报（一）
周口：标题
　　聚焦老年人的争难愁盼，推动解决。
]], findings = {
      { line = 3, column = 9, end_line = 3, end_column = 13, message = "“争难愁盼”应为“急难愁盼”",
        suggestion = "改为“急难愁盼”" },
    } },
    { name = "any character, neither sound nor shape alike (踔厉愤发, 高质量发屏), but not another wording (勇毅前进)", text = [[
简报（一）
周口：标题
　　全市干部踔厉愤发、勇毅前进，推动高质量发屏。
]], findings = {
      { line = 3, column = 7, end_line = 3, end_column = 11, message = "“踔厉愤发”应为“踔厉奋发”",
        suggestion = "改为“踔厉奋发”" },
      { line = 3, column = 19, end_line = 3, end_column = 24, message = "“高质量发屏”应为“高质量发展”",
        suggestion = "改为“高质量发展”" },
    } },
    { name = "a long phrase changed in its second half, reported once for the phrases inside it, and one changed in its last character", text = [[
简报（一）
周口：标题
　　深入学习习近平新时代中国特色社惠主义思想，铸牢中华民族共同体意试。
]], findings = {
      { line = 3, column = 7, end_line = 3, end_column = 23, message = "“习近平新时代中国特色社惠主义思想”应为“习近平新时代中国特色社会主义思想”",
        suggestion = "改为“习近平新时代中国特色社会主义思想”" },
      { line = 3, column = 24, end_line = 3, end_column = 35, message = "“铸牢中华民族共同体意试”应为“铸牢中华民族共同体意识”",
        suggestion = "改为“铸牢中华民族共同体意识”" },
    } },
    { name = "a long phrase changed in its first half", text = [[
简报（一）
周口：标题
　　坚持和完善中国共残党领导的多党合作和政治协商制度。
]], findings = {
      { line = 3, column = 8, end_line = 3, end_column = 27,
        message = "“中国共残党领导的多党合作和政治协商制度”应为“中国共产党领导的多党合作和政治协商制度”",
        suggestion = "改为“中国共产党领导的多党合作和政治协商制度”" },
    } },
    { name = "a phrase of the genre's idioms and of its reforms", text = [[
简报（一）
周口：标题
　　坚持一张蓝图绘到低，深化放管服改格，推行接诉即半。
]], findings = {
      { line = 3, column = 5, end_line = 3, end_column = 12, message = "“一张蓝图绘到低”应为“一张蓝图绘到底”",
        suggestion = "改为“一张蓝图绘到底”" },
      { line = 3, column = 15, end_line = 3, end_column = 20, message = "“放管服改格”应为“放管服改革”",
        suggestion = "改为“放管服改革”" },
      { line = 3, column = 23, end_line = 3, end_column = 27, message = "“接诉即半”应为“接诉即办”",
        suggestion = "改为“接诉即办”" },
    } },
    { name = "the phrases of a configuration", config = [[
return { rules = { ["wording.set-phrases"] = { options = { phrases = { "联动监督", "四不两直" } } } } }
]], text = [[
简报（一）
周口：标题
　　开展联动监督，采取四不两值方式，坚持守正创薪。
]], findings = {
      { line = 3, column = 12, end_line = 3, end_column = 16, message = "“四不两值”应为“四不两直”",
        suggestion = "改为“四不两直”" },
    } },
    { name = "应保尽保 with its last character wrong", text = "简报（一）\n周口：标题\n　　做到应保尽宝、应退尽退。\n",
      findings = { { line = 3, column = 5, end_line = 3, end_column = 9, message = "“应保尽宝”应为“应保尽保”",
        suggestion = "改为“应保尽保”" } } },
  },
}
