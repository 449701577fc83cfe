return {
  rule = "date.impossible",
  valid = {
    { name = "real dates", text = [[
简报（一）
周口：标题
　　2月29日、4月30日、12月31日召开会议。
]] },
  },
  invalid = {
    { name = "a day past the month", text = [[
简报（一）
周口：标题
　　4月31日，召开推进会。
]], findings = { { line = 3, column = 3, end_line = 3, end_column = 8, message = "4月没有31日" } } },
    { name = "a month that does not exist, split over two lines", text = [[
 简报 (一)

周口: 标题

今年以来,市人大常委会按照全省统一部署,坚持市县同步、上

下联动,推动全市养老服务体系建设取得新进展,群众满意度明

显提升,各项工作有序推进,监督取得实际效果,定于１３月２

日召开推进会,推动问题整改,确保取得实效,努力让群众满意

,切实增强老年人的获得感、幸福感、安全感,推动养老事业高

质量发展.
]], findings = { { line = 9, column = 25, end_line = 11, end_column = 2, message = "月份13不存在（应为1—12）" } } },
    { name = "no leap day in 2023", text = [[
简报（一）
周口：标题
　　2023年2月29日召开会议。
]], findings = { { line = 3, column = 3, end_line = 3, end_column = 13, message = "2023年2月没有29日" } } },
  },
}
