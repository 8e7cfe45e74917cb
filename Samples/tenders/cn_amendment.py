"""Amendment No. 1 (澄清及修改通知) to the Chinese goods tender: changes clause 3.2, adds 3.9, deletes
3.7, postpones the deadline and lowers the ceiling — each in the wording such notices use."""

from expected import Expected
from wordml import para, run

import cn_goods


def build():
    e = Expected()
    x = [para(run(f"{cn_goods.PROJECT}", bold=True, size=32), jc="center"),
         para(run("招标文件澄清及修改通知（第1号）", bold=True, size=36), jc="center"),
         para(f"招标编号：{cn_goods.NUMBER}", jc="center"),
         para("各潜在投标人："),
         para(f"本项目招标文件（招标编号：{cn_goods.NUMBER}）现作如下澄清和修改。本通知为招标文件的组成部分，与招标文件具有同等效力；"
              "本通知与招标文件不一致的，以本通知为准。", indent=True)]
    modified = "质保期：全部设备免费质保不少于 5 年，自终验合格之日起计算"
    added = "投标人须承诺在质保期内免费提供系统软件升级服务"
    x.append(para(f"一、第五章 采购需求 第 3.2 条修改为：“★{modified}”。", indent=True))
    x.append(para(f"二、第五章 采购需求 增加第 3.9 条：“★{added}”。", indent=True))
    x.append(para("三、删除第五章 采购需求 第 3.7 条。", indent=True))
    x.append(para("四、投标截止时间及开标时间推迟至 2026年12月25日 9:30（北京时间），开标地点不变。", indent=True))
    x.append(para("五、最高投标限价调整为人民币 3,500,000.00 元（大写：叁佰伍拾万元整）。", indent=True))
    x.append(para("六、招标文件其他内容不变。", indent=True))
    x.append(para(f"招标人：{cn_goods.BUYER}", jc="right"))
    x.append(para(f"招标代理机构：{cn_goods.AGENT}", jc="right"))
    x.append(para("2026年12月8日", jc="right"))
    e.changes = [
        {"change": "modified", "id": "3.2", "marker": "★", "text": modified, "bound": {"op": ">=", "value": "5", "unit": "年"}},
        {"change": "added", "id": "3.9", "marker": "★", "text": added},
        {"change": "removed", "id": "3.7"},
        {"change": "fact", "fact": "deadline", "value": "2026-12-25T09:30:00+08:00"},
        {"change": "fact", "fact": "ceiling", "value": "3500000.00"},
    ]
    return "".join(x), e
