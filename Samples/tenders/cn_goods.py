"""The Chinese goods tender (招标文件): 澄州市第一人民医院智慧病房信息化设备采购项目. All names are fictional.

What a real tender of this kind holds, inconsistencies included: chapters 1, 3, 5 and 7 are in Word's
heading style, chapters 2, 4 and 6 are bold paragraphs; the tender number and the ceiling are split
over runs; one ★ is a Wingdings symbol, the others typed; the parameter table merges the device cells
over their rows; the 商务要求 heading is a bold paragraph inside a heading-styled chapter.
"""

from expected import Expected
from wordml import cell, page_break, para, proof, run, star_symbol, table

import cn_boilerplate

PROJECT = "澄州市第一人民医院智慧病房信息化设备采购项目"
NUMBER = "CZYY-ZB-2026-0318"
BUYER = "澄州市第一人民医院"
AGENT = "澄州公正招标咨询有限公司"


def chapter(title, styled):
    """A chapter title on a new page: heading style, or a bold centred paragraph the way many agents type it."""
    if styled:
        return para(title, style="1", page_break_before=True)
    return para(run(title, bold=True, size=36), jc="center", page_break_before=True)


def sub(title, styled=True):
    return para(title, style="2") if styled else para(run(title, bold=True, size=28))


def body(*texts):
    return "".join(para(t, indent=True) for t in texts)


def build():
    e = Expected()
    e.facts = {"number": NUMBER, "buyer": BUYER, "agent": AGENT, "project": PROJECT, "lot": "包1",
               "deadline": "2026-12-18T09:30:00+08:00", "validity_days": 90, "ceiling": "3680000.00",
               "bid_bond": "50000.00", "currency": "CNY"}
    x = []
    # ---- cover ------------------------------------------------------------------------------
    x.append(para(BUYER, style="Title"))
    x.append(para(run(PROJECT, bold=True, size=36), jc="center"))
    x.append(para(run("招 标 文 件", bold=True, size=72), jc="center"))
    x.append(para(run("招标编号："), proof("spellStart"), run("CZYY-ZB-"), run("2026-0318", rsid="00F3E1D2"), proof("spellEnd"), jc="center"))
    x.append(para(f"招标人：{BUYER}", jc="center"))
    x.append(para(f"招标代理机构：{AGENT}", jc="center"))
    x.append(para("二〇二六年十一月", jc="center"))

    # ---- 第一章 招标公告 (heading style) -------------------------------------------------------
    x.append(chapter("第一章 招标公告", styled=True))
    x.append(body(f"{AGENT}受{BUYER}委托，对{PROJECT}进行公开招标，欢迎符合资格条件的投标人参加投标。"))
    x.append(sub("一、项目基本情况"))
    x.append(body(f"项目编号：{NUMBER}", f"项目名称：{PROJECT}", "采购方式：公开招标",
                  "预算金额：人民币 368 万元", "采购需求：智慧床旁交互终端、护士站信息看板、医护对讲系统、无线网络及机房设备的供货、安装、调试、培训及售后服务，详见第五章。",
                  "合同履行期限：合同签订后 45 日历天内交货并完成安装调试。", "本项目不接受联合体投标。"))
    x.append(sub("二、投标人资格要求"))
    quals = [
        "具有独立承担民事责任的能力，在中华人民共和国境内注册，提供有效的营业执照",
        "具有良好的商业信誉和健全的财务会计制度，提供 2025 年度经审计的财务报告",
        "具有依法缴纳税收和社会保障资金的良好记录，提供投标截止前 6 个月内任意 1 个月的缴税及社保缴纳证明",
        "参加政府采购活动前三年内，在经营活动中没有重大违法记录，提供书面声明",
        "具有有效的质量管理体系认证证书（ISO 9001）及信息安全管理体系认证证书（ISO/IEC 27001）",
        "近三年（2023 年 1 月 1 日至今）具有不少于 2 个医院信息化设备供货项目业绩，提供合同复印件",
    ]
    for i, q in enumerate(quals, 1):
        x.append(para(f"{i}. {q}；", indent=True))
        e.qualifications.append(q)
    x.append(sub("三、获取招标文件"))
    x.append(body("时间：2026 年 11 月 25 日至 2026 年 12 月 2 日，每天上午 9:00 至 11:30，下午 14:00 至 17:00（北京时间，法定节假日除外）。",
                  "地点：澄州市公共资源交易平台网上获取。", "售价：免费。"))
    x.append(sub("四、提交投标文件截止时间、开标时间和地点"))
    x.append(body("投标截止时间及开标时间：2026年12月18日 9:30（北京时间）。",
                  "地点：澄州市公共资源交易中心第三开标室（澄州市政务服务中心 4 楼）。逾期送达或不符合规定的投标文件恕不接受。"))
    x.append(sub("五、联系方式"))
    x.append(body(f"招标人：{BUYER}　地址：澄州市健康路 18 号　联系人：吴老师　电话：0575-86021234",
                  f"招标代理机构：{AGENT}　地址：澄州市东湖路 266 号 9 楼　联系人：郑工　电话：0575-86558899"))

    # ---- 第二章 投标人须知前附表 (bold paragraph, not a heading style) ----------------------------
    x.append(chapter("第二章 投标人须知前附表", styled=False))
    w = [1300, 2000, 5770]
    ceiling = para(run("人民币 "), run("3,680,"), run("000.00", rsid="00C0FFEE"), run(" 元（大写：叁佰陆拾捌万元整），超过最高投标限价的投标按无效投标处理"))
    star_quote = "投标报价只允许有一个报价，任何有选择的报价将不予接受"
    e.clause(star_quote, "commercial", "★", id="3.2.1")
    validity_quote = e.clause("投标有效期为投标截止之日起 90 日历天", "commercial", "★", id="3.3.1")
    rows = [
        ["条款号", "条款名称", "编列内容"],
        ["1.1.2", "招标人", f"名称：{BUYER}；地址：澄州市健康路 18 号"],
        ["1.1.3", "招标代理机构", f"名称：{AGENT}；地址：澄州市东湖路 266 号 9 楼"],
        ["1.1.4", "项目名称", PROJECT],
        ["1.1.5", "招标编号", NUMBER],
        ["1.1.6", "包号", "包1（智慧病房终端及网络设备）"],
        ["1.2.1", "资金来源", "财政资金及自筹资金，已落实"],
        [cell("1.3.2", w[0]), cell("最高投标限价", w[1]), cell(ceiling, w[2])],
        ["3.2.1", "投标报价", "★" + star_quote],
        ["3.3.1", "投标有效期", "★" + validity_quote],
        ["3.4.1", "投标保证金", "金额：人民币伍万元整（¥50,000.00）；形式：银行转账、银行保函或保险保函；须于投标截止时间前到账"],
        ["3.7.4", "投标文件份数", "正本壹份，副本肆份，电子文件（U 盘）壹份"],
        ["4.2.1", "投标截止时间", "2026年12月18日 9:30（北京时间）"],
        ["4.2.2", "递交地点", "澄州市公共资源交易中心第三开标室"],
        ["7.3.1", "履约保证金", "中标合同金额的 5%"],
        ["10.1", "联合体投标", "不接受"],
    ]
    x.append(table(w, rows))

    # ---- 第三章 投标人须知 (heading style; long boilerplate, one ★) ----------------------------
    x.append(chapter("第三章 投标人须知", styled=True))
    for heading, clauses in cn_boilerplate.INSTRUCTIONS:
        x.append(sub(heading))
        for number, text in clauses:
            if text.startswith("★"):
                e.clause(text[1:], "commercial", "★", id=number)
            x.append(para(f"{number} {text}", indent=True))

    # ---- 第四章 评标办法 (bold paragraph) -------------------------------------------------------
    x.append(chapter("第四章 评标办法", styled=False))
    x.append(body("本项目采用综合评分法。评标委员会对满足招标文件实质性要求的投标文件，按下表评分，得分最高者为第一中标候选人。",
                  "标注★的条款为实质性条款，任何一项不满足即按无效投标处理；标注▲的条款为重要技术参数，每负偏离一项按下表扣分。"))
    x.append(sub("评分标准", styled=False))
    scoring = [
        ("价格分", "30", "满足招标文件要求且投标价格最低的投标报价为评标基准价，其价格分为满分；其他投标人价格分 =（评标基准价/投标报价）×30"),
        ("技术参数响应", "25", "全部满足得 25 分；▲条款每负偏离一项扣 3 分，一般条款每负偏离一项扣 1 分，扣完为止"),
        ("技术方案", "10", "方案完整、针对性强得 8-10 分；较完整得 4-7 分；一般得 0-3 分"),
        ("实施方案及进度计划", "8", "计划合理可行、保障措施得力得 6-8 分；一般得 0-5 分"),
        ("售后服务", "10", "响应时间、服务网点、备品备件承诺优于招标要求的得 7-10 分；满足要求得 3-6 分"),
        ("类似业绩", "7", "近三年每提供一个医院信息化项目业绩得 1 分，最高 7 分"),
        ("企业资质", "5", "具有 ISO 20000 信息技术服务管理体系认证得 2 分；具有 CMMI 三级及以上得 3 分"),
        ("信用及诚信", "5", "无不良信用记录得 5 分"),
    ]
    srows = [["序号", "评分因素", "分值", "评分标准"]] + [[str(i), n, v, c] for i, (n, v, c) in enumerate(scoring, 1)]
    srows.append(["", "合计", "100", ""])
    x.append(table([900, 2000, 1000, 5170], srows))
    e.scoring = [{"item": n, "weight": v} for n, v, _ in scoring]

    x += cn_goods_requirements(e)
    x += cn_boilerplate.contract(chapter)
    x += cn_goods_forms(e)
    return "".join(x), e


def cn_goods_requirements(e):
    """第五章 采购需求: numbered technical clauses, the parameter table with merged device cells, and
    the 商务要求 under a bold paragraph rather than a heading style."""
    x = [chapter("第五章 采购需求", styled=True), sub("一、项目概况")]
    x.append(body("本项目为澄州市第一人民医院住院部 A、B 两栋楼共 16 个病区的智慧病房建设，包括床旁交互终端、护士站信息看板、医护对讲、无线网络覆盖及机房核心设备。",
                  "投标人应根据本章要求逐条响应，并在技术偏离表中如实填写。"))
    x.append(sub("二、技术要求"))
    t11 = e.clause("所投设备须为全新、未使用过的合格产品，符合国家有关标准及行业规范", "technical", "★", id="1.1")
    x.append(para("1.1 ", star_symbol(), t11, indent=True))
    t12 = e.clause("系统须支持与医院现有 HIS、EMR、LIS 系统对接，接口费用包含在投标报价中", "technical", "▲", id="1.2")
    x.append(para(f"1.2 ▲{t12}", indent=True))
    t13 = e.clause("投标人应提供完整的系统部署方案及网络拓扑图", "technical", "", id="1.3")
    x.append(para(f"1.3 {t13}", indent=True))
    x.append(para(run("2 主要设备技术参数", bold=True)))
    w = [800, 1800, 5270, 1200]
    devices = [
        ("智慧床旁交互终端", "320台", [
            ("★", "屏幕尺寸不小于 15.6 英寸，分辨率不低于 1920×1080", (">=", "15.6", "英寸")),
            ("★", "处理器不低于 8 核，主频不低于 2.0GHz", (">=", "8", "核")),
            ("▲", "内存不小于 8GB，存储不小于 128GB", (">=", "8", "GB")),
            ("", "支持 Wi-Fi 6 及蓝牙 5.0，支持医护人员刷卡登录", None)]),
        ("护士站信息看板", "24台", [
            ("★", "显示屏尺寸不小于 55 英寸，分辨率不低于 3840×2160", (">=", "55", "英寸")),
            ("▲", "亮度不低于 350cd/㎡，支持 7×24 小时连续工作", (">=", "350", "cd/㎡"))]),
        ("医护对讲主机", "24台", [
            ("★", "支持不少于 64 路床位分机接入", (">=", "64", "路")),
            ("", "通话延时不大于 200ms", ("<=", "200", "ms"))]),
        ("无线接入点", "180台", [
            ("★", "支持 802.11ax 协议，整机最大速率不低于 2.9Gbps", (">=", "2.9", "Gbps")),
            ("▲", "支持不少于 256 个终端并发接入", (">=", "256", "个"))]),
        ("核心交换机", "2台", [
            ("★", "交换容量不低于 19.2Tbps，包转发率不低于 2880Mpps", (">=", "19.2", "Tbps")),
            ("★", "整机支持不少于 48 个万兆 SFP+ 端口", (">=", "48", "个")),
            ("", "支持设备虚拟化，可将多台设备虚拟为一台逻辑设备管理", None)]),
        ("服务器", "4台", [
            ("▲", "每台配置不少于 2 颗处理器，每颗不少于 16 核", (">=", "2", "颗")),
            ("", "每台内存不少于 256GB，配置不少于 2 块 960GB 固态硬盘", (">=", "256", "GB"))]),
    ]
    rows = [["序号", "设备名称", "参数要求", "数量"]]
    n = 0
    for name, qty, params in devices:
        for i, (marker, text, bound) in enumerate(params):
            n += 1
            e.clause(text, "technical", marker, id=f"2.{n}", bound=bound)
            merge = "restart" if i == 0 else "continue"
            rows.append([cell(str(n), w[0]), cell(name if i == 0 else "", w[1], vmerge=merge),
                         cell(marker + text, w[2]), cell(qty if i == 0 else "", w[3], vmerge=merge)])
    x.append(table(w, rows))
    # 三、商务要求 typed as a bold paragraph although the chapter uses heading styles.
    x.append(sub("三、商务要求", styled=False))
    commercial = [
        ("3.1", "★", "交货期：合同签订后 45 日历天内完成全部设备的供货、安装及调试", ("<=", "45", "日历天")),
        ("3.2", "★", "质保期：全部设备免费质保不少于 3 年，自终验合格之日起计算", (">=", "3", "年")),
        ("3.3", "▲", "售后服务：接到故障通知后 2 小时内响应，24 小时内到达现场", ("<=", "2", "小时")),
        ("3.4", "", "付款方式：合同签订后支付合同金额的 30%，验收合格后支付 65%，质保期满无质量问题支付 5%", None),
        ("3.5", "★", "投标人须提供所投核心交换机、无线接入点的制造商针对本项目的授权书", None),
        ("3.6", "▲", "培训：提供不少于 3 次现场培训，每次不少于 4 学时", (">=", "3", "次")),
        ("3.7", "", "验收：按国家及行业有关标准和本招标文件要求进行验收", None),
        ("3.8", "★", "投标人须承诺所投产品不侵犯任何第三方的知识产权", None),
    ]
    for number, marker, text, bound in commercial:
        e.clause(text, "commercial", marker, id=number, bound=bound)
        if number == "3.3":  # the ▲ in its own run, the rest split by a spell-check mark
            x.append(para(run(f"{number} "), run("▲", font="SimSun"), run("售后服务：接到故障通知后 2 小时内"), proof("gramStart"),
                          run("响应，24 小时内到达现场"), proof("gramEnd"), indent=True))
        else:
            x.append(para(f"{number} {marker}{text}", indent=True))
    return x


FORMS = [
    ("投标函", True), ("开标一览表", True), ("分项报价表", True), ("法定代表人身份证明", True),
    ("法定代表人授权委托书", True), ("资格证明文件", True), ("中小企业声明函（如适用）", False),
    ("技术偏离表", True), ("商务偏离表", True), ("技术方案", True), ("售后服务承诺", True), ("投标保证金缴纳凭证", True),
]
NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def cn_goods_forms(e):
    x = [chapter("第七章 投标文件格式", styled=True)]
    x.append(body("投标文件应包括下列内容，并按以下顺序编制、装订（格式附后）："))
    for i, (title, _) in enumerate(FORMS):
        x.append(para(f"{NUMERALS[i]}、{title}", indent=True))
        e.documents.append(title)
    for i, (title, _) in enumerate(FORMS):
        x.append(para(run(f"格式{NUMERALS[i]}　{title.replace('（如适用）', '')}", bold=True, size=32), jc="center", page_break_before=True))
        for line in cn_boilerplate.form_text(title):
            x.append(para(line, indent=True))
    return x
