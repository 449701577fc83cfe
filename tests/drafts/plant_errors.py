#!/usr/bin/env python3
"""The errors put by hand into the flawed copies of the drafts of other series.

Each entry of PLANTS is (context, class, description). The context is a piece of the clean draft
with one or more [old→new] changes written in it (old may be empty: an insertion) and, where the
column to report is not the first change, {^} at that column. Without its markers the context
must occur exactly once in the clean draft.

    python3 tests/drafts/plant_errors.py          # write flawed/NAME.txt and flawed/NAME.planted
    python3 tests/drafts/plant_errors.py --check  # only check that they are up to date

Run it again after editing a clean draft; then run check_planted.py.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"(\[[^\[\]]*→[^\[\]]*\]|\{\^\})")


def apply(name, edits):
    """The flawed text and the .planted lines for one draft."""
    text = open(os.path.join(HERE, "clean", name + ".txt"), encoding="utf-8").read()
    marks = []  # (offset in the current text, class, description)
    for ctx, cls, desc in edits:
        clean = flawed = ""
        anchor = None
        first = None
        for part in MARK.split(ctx):
            if part == "{^}":
                anchor = len(flawed)
            elif MARK.fullmatch(part):
                old, new = part[1:-1].split("→")
                if first is None:
                    first = len(flawed)
                clean += old
                flawed += new
            else:
                clean += part
                flawed += part
        if first is None:
            sys.exit(f"{name}: no [old→new] change in: {ctx}")
        n = text.count(clean)
        if n != 1:
            sys.exit(f"{name}: the context occurs {n} times in the clean draft: {clean}")
        start = text.index(clean)
        delta = len(flawed) - len(clean)
        marks = [(o + delta if o >= start + len(clean) else o, c, d) for o, c, d in marks]
        text = text[:start] + flawed + text[start + len(clean):]
        marks.append((start + (anchor if anchor is not None else first), cls, desc))
    lines = []
    for off, cls, desc in sorted(marks):
        line = text.count("\n", 0, off) + 1
        col = off - (text.rfind("\n", 0, off) + 1) + 1
        lines.append(f"{line}:{col} {cls} — {desc}")
    return text, "\n".join(lines) + "\n"


PLANTS = {
'mianyang-renda': [
 ("社会事业方面[121→124]件", "breakdown", "从内容看 without 其中: 92 + 108 + 124 + 65 = 389, not the 386 suggestions stated just before"),
 ("市医保局等[6→7]个部门", "names-count", "等7个部门 after six names (fewer named than the count by one: worth a check)"),
 ("[6月20日→6月31日]至7月10日", "date-impossible", "6月31日: June has 30 days"),
 ("今年新增代表联络站9个，全市代表联络站达到[126→6]个", "added-total", "新增9个, but the new total 达到6个 is smaller"),
 ("提高[4.0→4.6]个百分点", "points-change", "由48.6%提高到52.6% is 4.0 points, written 4.6"),
 ("满意率为[96.1→97.1]%", "completion-rate", "满意率 97.1%, but 满意的371件 of 386 is 96.1% (the 15 基本满意 not counted)"),
 ("[截至→截止]8月底", "jiezhi", "截止 for 截至 before 8月底"),
 ("第[二十一→21]次会议", "session-arabic", "meeting number in Arabic digits: 第21次会议 for 第二十一次会议"),
],
'tonglu-anquan': [
 ("工贸等[6→5]个重点行业领域", "names-count", "six fields named (燃气…工贸), 等5个: more names than the count"),
 ("8人[下降→增加]到6起、4人", "direction", "two series: 分别由10起、8人增加到6起、4人, both fall (and 同比分别下降40%和50% follows)"),
 ("其中纳入重点监管的[98→498]家", "subset", "其中498家 of the 412 规模以上工业企业"),
 ("烟花爆竹经营单位[214→241]家次", "sum", "1532 + 241 + 1100 = 2873, not the 2846 家次 before 其中"),
 ("已完成36公里，完成率[75→80]%", "completion-rate", "计划48公里, 已完成36公里: 75%, written 80%"),
 ("培训[4000→4千]余人次", "digit-qian", "4千余人次: Arabic digits combine only with 万/亿 (4000余)"),
 ("依托全县[32→35]个微型消防站", "repeated-count", "全县共建成微型消防站32个, then 依托全县35个微型消防站 in the next sentence"),
 ("坚持[常抓不懈→常抓不解]", "set-phrase", "常抓不解 for 常抓不懈 (one character)"),
],
'xiangyang-zhengxie': [
 ("[凝心聚力→凝心聚利]抓办理", "set-phrase", "title: 凝心聚利 for 凝心聚力"),
 ("[文化建设、社会建设→社会建设、文化建设]、生态文明建设“五位一体”", "formulation", "五位一体 spelled out out of order (…政治、社会、文化、生态文明; canonical 经济、政治、文化、社会、生态文明)"),
 ("市农业农村局等[１３→１２]个部门", "names-count", "13 departments named, 等１２个: more names than the count"),
 ("落实“[三→四]个见面”", "named-count", "“四个见面” followed by three clause items (办理前…，办理中…，答复前…见面)"),
 ("[四是→五是]公开晒单", "enumeration-number", "一是、二是、三是、五是: 四是 skipped"),
 ("已有[８５→１８５]％被承办单位采纳", "share-over-100", "185% of the opinions adopted (a share of things cannot exceed all of them)"),
 ("比上届同期提高[１．６→１．９]个百分点", "points-change", "办结率96.8%, 上届同期95.2% (written after the change): 1.6 points, written 1.9"),
 ("　　[四、→五、]下一步工作", "section-number", "一、二、三、五、: 四、 skipped"),
],
'gansu-minzheng': [
 ("[2月29日→2月30日]，省民政厅", "date-impossible", "2月30日 (2月29日 of 2024, a leap year, was right)"),
 ("农村低保对象[71.1→71.7]万人", "sum", "15.2万 + 71.7万 = 86.9万, not 86.3万 (the breakdown ends at ；, the 特困 total follows)"),
 ("做到[应保尽保→应保尽宝]", "set-phrase", "应保尽宝 for 应保尽保"),
 ("分别增长4.7%和[7.0→7.6]%", "growth", "分别由702元、512元提高到735元、548元: 548 ÷ 512 = +7.0%, written 7.6%"),
 ("给予[1万元—3万元→1—3万元]", "range-unit", "1—3万元: 万 on one end of the range only"),
 ("其中纳入重点帮扶的[3580→13580]户", "subset", "其中13580户 of the 1.26万户 visited"),
 ("省级资金[12.47→12.74]亿元", "sum", "46.15 + 12.74 = 58.89亿元, not 58.62亿元"),
 ("占[94.2→92.4]%，群众办事", "share", "81 of 86 counties is 94.2%, written 92.4%"),
],
'wuhu-tongji': [
 ("比一季度加快[0.4→0.6]个百分点", "points-change", "5.6% against 一季度 5.2% (in parentheses after): 0.4 points, written 0.6"),
 ("2.9、[2.6→2.8]个百分点", "sum", "contributions 0.1 + 2.9 + 2.8 = 5.8 points, but the growth is 5.6%"),
 ("增速在[5%—10%→5—10%]之间", "range-unit", "5—10%: % on one end of the range only"),
 ("增长面为[65.4→64.5]%", "share", "1213 of 1856 enterprises is 65.4%, written 64.5%"),
 ("降幅比一季度[收窄→扩大]1.5个百分点", "direction", "from −3.8% (一季度) to −2.3% the fall narrows; written 扩大"),
 ("乡村消费品零售额[155.7→165.7]亿元", "breakdown", "按经营地分 without 其中: 912.7 + 165.7 = 1078.4亿元, not 1068.4"),
 ("{^}约占社会消费品零售总额的三成[→左右]", "stacked-approx", "约…三成左右 (column at 约, where the stacked pair begins; 左右 added)"),
],
'jiangyin-shenji': [
 ("[看齐意识→责任意识]，紧扣", "formulation", "四个意识 spelled out with 责任意识 for 看齐意识"),
 ("管理不规范金额[9.41→9.14]亿元", "sum", "3.27 + 9.14 = 12.41亿元, not the 12.68亿元 before 其中"),
 ("{^}近300[→多]万元", "stacked-approx", "近300多万元: 近…多 (column at 近; 多 added)"),
 ("推动[标本兼治→标本兼制]", "set-phrase", "标本兼制 for 标本兼治"),
 ("整改率[90.7→92.7]%", "completion-rate", "已整改441个 of 发现问题486个 is 90.7%, written 92.7%"),
 ("占应整改金额的[81.6→86.1]%", "share", "10.35 ÷ 12.68 = 81.6%, written 86.1%"),
 ("[截至→截止]目前", "jiezhi", "截止目前 for 截至目前"),
 ("发现问题176个，已整改[156→165]个", "sum", "附件1: 91 + 129 + 165 + 65 = 450, but 合计 says 已整改441个 (parts first, total last)"),
],
'pingjiang-xiangcun': [
 ("文化振兴、[生态振兴→经济振兴]、组织振兴", "formulation", "五个振兴 with 经济振兴 for 生态振兴"),
 ("落实“[四→五]必访”", "named-count", "“五必访” followed by four clause items (…必访，…必访，…必访，…必访)"),
 ("{^}超过3万户次[→以上]", "stacked-approx", "超过3万户次以上: 超过…以上 (column at 超过; 以上 added)"),
 ("[五是→六是]壮大村级集体经济", "enumeration-number", "一是…四是, then 六是: 五是 skipped"),
 ("完成率[70→75]%", "completion-rate", "计划20个, 已完成验收14个: 70%, written 75%"),
 ("由93.6%提高到96.0%，提高[2.4→2.6]个百分点", "points-change", "the second of two changes in one sentence: 96.0 − 93.6 = 2.4, written 2.6"),
 ("依托全县[86→68]个村级电商服务站", "repeated-count", "全县建成村级电商服务站86个 (line 13), then 全县68个"),
],
'baoji-shengtai': [
 ("比上年同期提高[2.7→2.9]个百分点（上年同期为78.6%）", "points-change", "81.3% against 78.6% (in parentheses after): 2.7 points, written 2.9"),
 ("下降到[26→29]微克/立方米", "direction", "二氧化氮 由28微克/立方米下降到29微克/立方米 rises"),
 ("降幅在[2.1%—8.7%→2.1—8.7%]之间", "range-unit", "2.1—8.7%: % on one end of the range only"),
 ("生活源“[四→五]源”治理", "named-count", "four sources listed before “五源”"),
 ("断面22个，占[91.7→97.1]%", "share", "22 of 24 sections is 91.7%, written 97.1%"),
 ("完成率[89.2→82.9]%", "completion-rate", "计划65个, 已完成58个: 89.2%, written 82.9%"),
 ("分别提高4.7个和[13.0→13.5]个百分点", "points-change", "two series with 分别: 75.0 − 62.0 = 13.0, written 13.5 (the first, 91.2 − 86.5 = 4.7, is right)"),
 ("[11月8日→11月18日]，市生态环境局", "date-after", "11月18日, after the bulletin's own date 2024年11月12日"),
],
'yiliang-jiaoyu': [
 ("坚定[道路自信、理论自信→理论自信、道路自信]", "formulation", "四个自信 out of order: 理论自信、道路自信、制度自信、文化自信"),
 ("幼儿园[80→90]所", "sum", "72 + 24 + 6 + 4 + 90 = 196, not the 186所 before 其中"),
 ("落实“[五→四]项管理”", "named-count", "“四项管理” with five items listed (作业、睡眠、手机、读物、体质)"),
 ("较上学期的87.3%提高[6.5→5.5]个百分点", "points-change", "the old rate inside the comparison: 93.8 − 87.3 = 6.5, written 5.5"),
 ("由上年的52.6%[下降→上升]到50.9%", "direction", "近视率 52.6% → 50.9% falls, written 上升"),
 ("消防救援等[5→6]个部门", "names-count", "five named, 等6个 (fewer named than the count by one: worth a check)"),
 ("开展家访[4000→4千]余户次", "digit-qian", "4千余户次"),
 ("　　[三、→四、]安全保障", "section-number", "一、二、四、: 三、 skipped"),
],
'shibei-shichang': [
 ("坚持[守正创新→守正创薪]", "set-phrase", "守正创薪 for 守正创新"),
 ("产品质量案件[278→287]件", "breakdown", "从案件类型看 without 其中: 386 + 142 + 63 + 215 + 287 + 163 = 1256, not 1247"),
 ("1.52万件、[1.49→1.94]万件增加到", "direction", "two series: 受理量 and 办结量 分别由1.52万件、1.94万件增加到1.86万件、1.84万件, the second falls"),
 ("入驻企业达到[286→86]家，今年新增97家", "added-total", "达到86家, 今年新增97家 (the total first, the addition after)"),
 ("其中立案查处[38→138]批次", "subset", "其中138批次 of the 97批次 不合格食品"),
 ("已有[65→165]%完成整改", "share-over-100", "165% of the enterprises on the list"),
 ("[三是→四是]开展信用修复", "enumeration-number", "一是、二是、四是: 三是 skipped"),
],
'shandong-zhifa': [
 ("最严谨的标准、[最严格的监管→最严密的监管]", "formulation", "四个最严 with 最严密的监管 for 最严格的监管"),
 ("省公安厅等[4→5]个部门", "names-count", "four departments named, 等5个 (fewer named than the count by one: worth a check)"),
 ("{^}（[二→三]）分组实地检查", "section-number", "（一）、（三）: sub-section （二） skipped under 一、"),
 ("同时委托其余[10→11]个设区市", "sum", "6 + 11 = 17, but 实现16个设区市全覆盖"),
 ("[截至→截止]去年年底", "jiezhi", "截止去年年底 for 截至去年年底"),
 ("累计达到[67→7]个", "added-total", "新增8个, 累计达到7个"),
 ("合格257批次，合格率[98.8→98.5]%", "completion-rate", "257 of 260 batches is 98.8%, written 98.5%"),
 ("第[十一→11]次会议", "session-arabic", "第11次会议 for 第十一次会议"),
],
}


def main(argv):
    check = "--check" in argv
    stale = []
    for name, edits in PLANTS.items():
        text, planted = apply(name, edits)
        paths = [(os.path.join(HERE, "flawed", name + ".txt"), text),
                 (os.path.join(HERE, "flawed", name + ".planted"), planted)]
        for path, content in paths:
            if check:
                try:
                    current = open(path, encoding="utf-8").read()
                except OSError:
                    current = None
                if current != content:
                    stale.append(os.path.relpath(path))
            else:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(content)
        if not check:
            print(f"{name}: {len(edits)} errors planted")
    if stale:
        print("not up to date (run tests/drafts/plant_errors.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
