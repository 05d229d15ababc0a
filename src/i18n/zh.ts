/**
 * Chinese (Simplified) messages (简体中文): the parts of en.ts,
 * translated. Formulas, the schedule syntax and the add-on's name are left out on purpose (see
 * `Translation` in en.ts): they stay as in English.
 */
import type { menuEn, serverEn, sharedEn, sidebarEn, Translation } from "./en";

export const menuZh: Translation<typeof menuEn> = {
  "menu.build": "生成月度报告…",
  "menu.sample": "插入示例数据",
  "menu.definitions": "指标定义",
  "menu.help": "帮助",
};

export const sharedZh: Translation<typeof sharedEn> = {
  "sidebar.field.id": "工单 ID",
  "sidebar.field.created": "创建时间",
  "sidebar.field.firstResponse": "首次响应时间",
  "sidebar.field.resolved": "解决时间",
  "sidebar.field.status": "状态",
  "sidebar.field.category": "类别",
  "sidebar.field.channel": "渠道",
  "sidebar.field.agent": "客服",
  "sidebar.field.priority": "优先级",
  "sidebar.field.csat": "CSAT 评分",
  "sidebar.field.csatAt": "评价时间",
  "sidebar.field.contacts": "解决所需联系次数",
  "sidebar.field.firstResponseTime": "首次响应时长",
  "sidebar.field.resolutionTime": "解决用时（时长）",
  "sidebar.field.reopens": "重新打开次数",
  "sidebar.field.waitTime": "请求者等待时间",
  "sidebar.field.onHoldTime": "挂起时间",
  "sidebar.field.timeOfDay": "时刻",
  "sidebar.field.answered": "已接听（是/否）",
  "sidebar.field.abandoned": "放弃（是/否）",
  "sidebar.field.speedOfAnswer": "应答速度",
  "sidebar.field.handleTime": "处理时长",
  "sidebar.field.resolvedFlag": "已解决（是/否）",
  "sidebar.invalid.noTab": "请选择存放工单的工作表。",
  "sidebar.invalid.number": "{field}：{value} 不是数字。",
  "sidebar.invalid.range": "{field}：请输入 {min} 到 {max} 之间的数字。",
  "sidebar.invalid.atLeast": "{field}：请输入不小于 {min} 的数字。",
  "sidebar.invalid.atMost": "{field}：请输入不大于 {max} 的数字。",
  "sidebar.invalid.positive": "{field}：请输入大于 0 的数字。",
  "sidebar.invalid.whole": "{field}：请输入整数。",
  "sidebar.invalid.between": "{field}：请输入大于 {min} 且小于 {max} 的数字。",
  "sidebar.staffing.handle": "每个工单的处理时长",
  "sidebar.staffing.level": "服务水平目标",
  "sidebar.staffing.within": "响应时限",
  "sidebar.staffing.occupancy": "最高占用率",
  "sidebar.staffing.shrinkage": "缩减率",
  "sidebar.invalid.schedule":
    "工作时间：星期请用英文缩写，时间用 24 小时制，例如 Mon-Fri 09:00-17:00 或 Mon-Thu 08:00-16:00, Fri 08:00-12:00。（{detail}）",
  "sidebar.target.frt": "首次响应时长",
  "sidebar.target.resolution": "解决时长",
  "sidebar.target.sla": "SLA 达成率",
  "sidebar.target.csat": "CSAT",
  "sidebar.target.fcr": "首次联系解决率",
  "sidebar.target.nps": "NPS",
  "sidebar.target.backlog": "月末积压工单",
  "sidebar.slaHours": "SLA：解决时限",
  "sidebar.schedule": "工作时间",
  "sidebar.section.targets": "目标",
};

export const serverZh: Translation<typeof serverEn> = {
  // help. (the menu's Help item)
  "help.text":
    'Support KPIs 提供 =NPS(B2:B)、=CSAT(C2:C) 和 =FRT(A2:A; B2:B; "median") 等自定义函数，' +
    "并可根据您的工单记录生成月度报告工作表。打开“生成月度报告…”即可开始。",

  // kpi. (names shown in the report's tracker and the definitions tab)
  "kpi.created": "新建工单数",
  "kpi.resolved": "已解决工单数",
  "kpi.backlog": "月末积压工单数",
  "kpi.frtMedian": "首次响应时长中位数",
  "kpi.frtMean": "首次响应时长平均值",
  "kpi.resolutionMedian": "解决时长中位数",
  "kpi.resolutionMean": "解决时长平均值",
  "kpi.resolutionLongest": "最长解决时长",
  "kpi.fcr": "首次联系解决率",
  "kpi.sla": "SLA 达成率",
  "kpi.csat": "CSAT",
  "kpi.nps": "NPS",
  "kpi.ces": "CES",
  "kpi.crr": "客户留存率",
  "kpi.churn": "客户流失率",
  "kpi.cac": "获客成本",
  "kpi.clv": "客户终身价值",
  "kpi.costPerTicket": "每工单成本",
  "kpi.supportCostRatio": "客服成本占收入比",
  "kpi.contactsReceived": "收到的联系",
  "kpi.answerRate": "接听率",
  "kpi.abandonRate": "放弃率",
  "kpi.asa": "平均应答速度（ASA）",
  "kpi.aht": "平均处理时长（AHT）",
  "kpi.contactResolution": "解决率（已接听的联系）",
  "kpi.reopenRate": "重开率",
  "kpi.repliesPerResolved": "每个已解决工单的回复数",
  "kpi.waitTime": "请求者等待时间（中位数）",
  "kpi.onHoldTime": "挂起时间（中位数）",
  "kpi.responseMean": "响应时间（所有回复的平均值）",

  // input. (reading the source tabs: column detection, ticket-log problems)
  "input.field.survey.date": "回复日期",
  "input.field.survey.nps": "NPS 评分（0–10）",
  "input.field.survey.ces": "CES 评分",
  "input.field.survey.csat": "CSAT 评分",
  "input.field.customers.month": "月份",
  "input.field.customers.customersStart": "期初客户数",
  "input.field.customers.customersEnd": "期末客户数",
  "input.field.customers.newCustomers": "新增客户数",
  "input.field.customers.lostCustomers": "流失客户数",
  "input.field.customers.revenue": "收入",
  "input.field.customers.supportCost": "客服成本",
  "input.field.customers.salesMarketing": "销售与营销支出",
  "input.kind.time": "日期时间",
  "input.kind.number": "数字",
  "input.kind.duration": "时长",
  "input.kind.text": "文本",
  "input.kind.boolean": "布尔值（TRUE/FALSE）",
  "input.kind.flag": "是/否值",
  "input.kind.clock": "时刻",
  "input.kind.any": "值",
  "input.columns.noCreated":
    "没有哪一列像是各工单的创建时间（例如标题为“创建时间”或“Created”的列）；请在“数据列”中选择。",
  "input.columns.ambiguous":
    "“{first}”和“{second}”看起来都像“{field}”列；已使用“{first}”。如有误，请在“数据列”中更改。",
  "input.columns.wrongKind": "“{header}”看起来像“{field}”列，但其内容是{holds}而不是{expected}，因此未使用。",
  "input.columns.missing": "为“{field}”选择的列“{header}”已不在该工作表中，请重新选择。",
  "input.columns.duplicate": "有两列的标题都是“{header}”；已将第一列（{column} 列）用作“{field}”。",
  "input.effect.rowSkipped": "已跳过该行",
  "input.effect.eventSkipped": "已跳过该事件",
  "input.effect.cellIgnored": "已忽略该单元格",
  "input.row.timeText":
    "第 {row} 行：{field}是文本 {value}，不是日期时间（{effect}）。请通过“格式 > 数字 > 日期时间”设置该列的格式。只有年份在前的文本才会被读取（2026-03-05 14:30）：05/03/2026 可能是三月，也可能是五月。",
  "input.row.timeNumber":
    "第 {row} 行：{field}是数字 {value}，不是日期时间（{effect}）。请通过“格式 > 数字 > 日期时间”设置该列的格式。",
  "input.row.timeOther": "第 {row} 行：{field}的值为 {value}，不是日期时间（{effect}）。",
  "input.row.blank": "第 {row} 行：{field}为空（{effect}）。",
  "input.row.beforeCreated": "第 {row} 行：{field} {value} 早于工单的创建时间（{effect}）。",
  "input.row.notNumber": "第 {row} 行：{field}的值为 {value}，不是大于或等于 0 的数字（{effect}）。",
  "input.row.notFlag":
    "第 {row} 行：{field} 的值为 {value}，不是“是”或“否”（Y/N、Yes/No、1/0、TRUE/FALSE）；已忽略该单元格。",
  "input.row.more": "共 {count} 行存在此问题，例如第 {rows} 行。",
  "input.duration.noUnit":
    "第 {row} 行：{field}“{header}”是数字 {value}，但列标题未注明单位，因此未读取。请在标题中注明单位，例如“{header}（分钟）”或“（小时）”，或将单元格写成 H:MM:SS。",
  "input.duration.invalid":
    "第 {row} 行：{field}是 {value}，不是时长（标题单位下的数字或 H:MM:SS）；已忽略该单元格。",
  "input.duration.derived":
    "{count} 个工单的{field}为{created} +“{header}”：导出文件给出的是用时，而不是时间点。",
  "input.rows.blank": "已跳过数据行之间的 {count} 个空行。",
  "input.rows.skipped": "{rows} 行中有 {skipped} 行未读取，原因见上方的问题说明。",
  "input.rows.duplicateIds":
    "与前面某行工单 ID 重复的行：{count} 行（例如 {id} 出现在第 {first} 行和第 {second} 行）；每行均计为一个单独的工单。",
  "input.log.empty": "工作表“{sheet}”的标题行下方没有数据行。",
  "input.log.noCreated": "请选择记录各工单创建时间的列：报告据此将工单归入各个月份。",
  "input.log.monthsBy":
    "日志中没有“{created}”列：工单按“{field}”归入月份，需要创建时间的指标不显示。在侧边栏中选择“{created}”即可添加。",
  "input.log.noId": "请选择“工单 ID”列：在每次状态变更占一行的记录中，要靠它判断哪些行属于同一个工单。",
  "input.events.lifecycle":
    '{column} 不是 "complete"（开始或计划）的 {count} 个事件未计入：时间取已完成活动的时间。',
  "input.log.eventsWithoutStatus":
    "工单 ID 有重复（例如 {id} 出现在第 {first} 行和第 {second} 行），因此该工作表看起来是每次状态变更占一行的记录，" +
    "但尚未选择“状态”列。请选择“状态”列，或将数据整理为每个工单一行，并包含以下列：" +
    "工单 ID、创建时间、首次响应时间、解决时间、状态、类别、渠道、客服。",

  // sample.
  "sample.tickets": "工单",
  "sample.survey": "调查",
  "sample.customers": "客户",
  // The sample tabs' contents: header rows, then the values of the text columns.
  "sample.header.id": "工单 ID",
  "sample.header.created": "创建时间",
  "sample.header.firstResponse": "首次响应时间",
  "sample.header.resolved": "解决时间",
  "sample.header.status": "状态",
  "sample.header.category": "类别",
  "sample.header.channel": "渠道",
  "sample.header.agent": "客服",
  "sample.header.priority": "优先级",
  "sample.header.contacts": "联系次数",
  "sample.header.date": "日期",
  "sample.header.month": "月份",
  "sample.header.customersStart": "期初客户数",
  "sample.header.customersEnd": "期末客户数",
  "sample.header.newCustomers": "新增客户数",
  "sample.header.lostCustomers": "流失客户数",
  "sample.header.revenue": "收入",
  "sample.header.supportCost": "客服成本",
  "sample.header.salesMarketing": "销售与营销支出",
  "sample.category.sales": "售前咨询",
  "sample.category.technical": "技术问题",
  "sample.category.cancellation": "取消订单",
  "sample.category.returns": "退货",
  "sample.category.shipping": "物流配送",
  "sample.category.productAvailability": "商品库存",
  "sample.channel.email": "邮件",
  "sample.channel.chat": "在线聊天",
  "sample.channel.phone": "电话",
  "sample.channel.social": "社交媒体",
  "sample.priority.low": "低",
  "sample.priority.normal": "普通",
  "sample.priority.high": "高",
  "sample.priority.urgent": "紧急",
  "sample.status.closed": "已关闭",
  "sample.status.pending": "等待中",
  "sample.status.open": "处理中",

  // definitions. (the definitions and calculator tab)
  "definitions.sheetName": "KPI 定义",
  "definitions.title": "Support KPIs：定义与计算器",
  "definitions.intro":
    "报告中每项 KPI 衡量什么，以及本插件如何计算。试试计算器：在黄色单元格中输入数值即可。",
  "definitions.label.what": "衡量内容",
  "definitions.label.formula": "公式",
  "definitions.label.convention": "本报告的计算口径",
  "definitions.label.customFunction": "自定义函数",
  "definitions.calculator": "计算器",
  "definitions.noCalculator": "直接从工单记录中计数，无需计算器。",
  "definitions.hours.calendar": "时长按自然小时计算：一天中的每个小时、一周中的每一天都计入。",
  "definitions.hours.business": "时长按工作时间 {schedule} 计算，采用电子表格的时区。",

  "definitions.calc.openAtStart": "月初未解决工单",
  "definitions.calc.createdInMonth": "当月新建",
  "definitions.calc.resolvedInMonth": "当月解决",
  "definitions.calc.firstResponseHours": "工单 {n}：首次响应用时（小时）",
  "definitions.calc.resolutionHours": "工单 {n}：解决用时（小时）",
  "definitions.calc.targetHours": "SLA 目标（小时）",
  "definitions.calc.ticketsResolved": "已解决工单数",
  "definitions.calc.resolvedInOneContact": "其中 1 次联系即解决的",
  "definitions.calc.rating": "评分为 {rating} 的回复数",
  "definitions.calc.ratingSatisfied": "评分为 {rating} 的回复数（满意）",
  "definitions.calc.ratingAgree": "评分为 {rating} 的回复数（同意）",
  "definitions.calc.promoters": "推荐者（9–10 分）",
  "definitions.calc.passives": "被动者（7–8 分）",
  "definitions.calc.detractors": "贬损者（0–6 分）",
  "definitions.calc.customersStart": "期初客户数（S）",
  "definitions.calc.customersEnd": "期末客户数，含新增客户（E）",
  "definitions.calc.newCustomers": "新增客户数（N）",
  "definitions.calc.customersLost": "流失客户数 = S − (E − N)",
  "definitions.calc.netCustomerLoss": "客户净流失率 = (S − E) ÷ S",
  "definitions.calc.salesMarketingSpend": "销售与营销支出",
  "definitions.calc.customersWon": "新获客户数",
  "definitions.calc.annualRevenuePerCustomer": "每位客户年收入",
  "definitions.calc.relationshipYears": "客户留存年数",
  "definitions.calc.acquisitionCost": "每位客户的获客成本（CAC）",
  "definitions.calc.supportCost": "客服成本",
  "definitions.calc.tickets": "处理的工单数",
  "definitions.calc.revenue": "收入",
  "definitions.calc.contactsOffered": "呼入的联系（已接听或放弃）",
  "definitions.calc.contactsAnswered": "其中已接听",
  "definitions.calc.contactsResolved": "已接听中已解决",
  "definitions.calc.answerSeconds": "第 {n} 通：应答前秒数",
  "definitions.calc.talkSeconds": "第 {n} 通：处理时长（秒）",
  "definitions.calc.ticketsReopened": "其中至少重开一次",
  "definitions.calc.replies": "这些工单上的回复（联系）数",
  "definitions.calc.waitHours": "工单 {n}：请求者等待小时数",
  "definitions.calc.holdHours": "工单 {n}：挂起小时数",
  "definitions.calc.replyHours": "回复 {n}：自轮到团队起的小时数",

  "definitions.created.what":
    "客户当月提交了多少工单，即团队面临的需求量。激增通常意味着新版本发布、服务中断或季节性高峰；" +
    "从趋势可以看出需要多少客服人员。",
  "definitions.created.formula": "创建时间落在当月的工单数",
  "definitions.created.convention":
    "工单按其创建时间归入相应月份，采用电子表格的时区。没有创建时间的行不计入。",

  "definitions.resolved.what":
    "团队当月解决了多少工单，无论工单何时提交。解决的工单少于新建的工单，积压就会增加。",
  "definitions.resolved.formula": "解决时间落在当月的工单数",
  "definitions.resolved.convention":
    "有解决时间的工单即视为已解决，并按该时间归入相应月份（采用电子表格的时区），无论其何时创建。",

  "definitions.backlog.what":
    "月末仍未解决的工单，即转入下个月的工作量。积压不断增加意味着客户要等得更久，" +
    "即使本月的响应时间看起来还不错。",
  "definitions.backlog.formula": "截至月末已创建但尚未解决的工单 = 月初未解决 + 新建 − 已解决",
  "definitions.backlog.convention":
    "月末指下个月 1 日 00:00，采用电子表格的时区。工单在该时刻之前创建、且未在该时刻之前解决，即计入积压" +
    "（恰好在 00:00 解决的工单仍计入），报告中各处均按此口径：因此积压恰好等于上月积压 + 新建 − 已解决。",

  "definitions.frtMedian.what":
    "典型客户要等多久才能收到团队的首次回复。一半工单的回复更快，一半更慢，" +
    "因此少数极慢的工单不会掩盖大多数客户的实际体验。",
  "definitions.frtMedian.formula": "(首次响应时间 − 创建时间) 的中位数，以小时计",
  "definitions.frtMedian.convention":
    "当月创建且有首次响应的工单。中位数是居中的那个值，若居中的值有两个则取二者的平均值，" +
    "与 Google 表格的 MEDIAN 相同。{hours}",

  "definitions.frtMean.what":
    "等待首次回复的平均时长。与中位数不同，每个慢工单都会拉高平均值，" +
    "因此平均值远高于中位数时，说明有些客户的等待时间远超大多数客户。",
  "definitions.frtMean.formula": "(首次响应时间 − 创建时间) 的平均值，以小时计 = 总等待时长 ÷ 工单数",
  "definitions.frtMean.convention":
    "当月创建且有首次响应的工单；取算术平均值，与 Google 表格的 AVERAGE 相同。{hours}",

  "definitions.resolutionMedian.what": "典型工单从提交到解决需要多长时间，即大多数客户从头到尾的实际经历。",
  "definitions.resolutionMedian.formula": "(解决时间 − 创建时间) 的中位数，以小时计",
  "definitions.resolutionMedian.convention":
    "当月解决的工单。中位数是居中的那个值，若居中的值有两个则取二者的平均值，与 Google 表格的 MEDIAN 相同。{hours}",

  "definitions.resolutionMean.what":
    "从提交到解决的平均时长。耗时很长的工单会拉高该值：与中位数对比，即可看出影响有多大。",
  "definitions.resolutionMean.formula": "(解决时间 − 创建时间) 的平均值，以小时计 = 总时长 ÷ 工单数",
  "definitions.resolutionMean.convention":
    "当月解决的工单；取算术平均值，与 Google 表格的 AVERAGE 相同。{hours}",

  "definitions.resolutionLongest.what":
    "当月解决的工单中最慢的一个，即客户经历的最长等待。值得打开这个工单，看看问题出在哪里。",
  "definitions.resolutionLongest.formula": "(解决时间 − 创建时间) 的最大值，以小时计",
  "definitions.resolutionLongest.convention": "当月解决的工单。{hours}",

  "definitions.fcr.what":
    "一次联系即解决、客户无需再次联系的工单比例。FCR 高意味着重复联系更少、成本更低、客户更满意。",
  "definitions.fcr.formula": "1 次联系内解决的工单数 ÷ 已解决工单数",
  "definitions.fcr.convention":
    "当月解决且联系次数已知的工单；联系次数为 1 次（或更少）的工单计为首次联系解决。",

  "definitions.sla.what":
    "在向客户承诺的时限内解决的工单比例。它反映承诺兑现得有多可靠，这是平均值无法体现的。",
  "definitions.sla.formula": "在目标时限内解决的工单数 ÷ 已解决工单数",
  "definitions.sla.convention":
    "当月解决的工单。解决时长不超过目标（本报告中为 {target} 小时）的工单即达成 SLA。{hours}",

  "definitions.csat.what":
    "对所获帮助感到满意的客户比例，在工单结束后立即询问。这是衡量客服质量最直接的指标。",
  "definitions.csat.formula": "满意回复数 ÷ 回复数",
  "definitions.csat.convention":
    "满意指：1–5 分制中评 4 或 5 分，1–7 分制中评 6–7 分，1–10 分制中评 9–10 分；所用分制是能容纳最高评分的最小分制" +
    "（依据报告所涵盖 12 个月内已解决工单的评分，或调查工作表中的评分），计算器使用 1–5 分制。空白评分会被跳过。" +
    "报告还会显示回复数和 95% 区间（Wilson 法）。",

  "definitions.nps.what":
    "客户向他人推荐您的可能性，范围为 −100 到 100。它反映的是客户对整个公司的忠诚度，而不仅是对客服，" +
    "因此应关注其趋势，而不是单月数值。",
  "definitions.nps.formula": "推荐者 % − 贬损者 % = (推荐者 − 贬损者) ÷ 回复数 × 100",
  "definitions.nps.convention":
    "回答范围为 0 到 10：推荐者评 9–10 分，被动者评 7–8 分，贬损者评 0–6 分。被动者计入回复数，但不属于任何一组。" +
    "NPS 以分值表示，而非百分比；报告还会显示回复数和 95% 区间（调整 Wald 法）。" +
    "例如，推荐者占 80%、贬损者占 15%，NPS 即为 65。",

  "definitions.ces.what":
    "客户觉得问题处理起来有多容易。费力程度可以预测忠诚度：费了很大劲才获得帮助的客户，正是会流失的客户。",
  "definitions.ces.formula": "表示同意的回复数 ÷ 回复数",
  "definitions.ces.convention":
    "对“我的问题很容易就得到了处理”的回答，从 1（非常不同意）到 5 或 7（非常同意）。" +
    "同意指 1–5 分制中的 4–5 分、1–7 分制中的 5–7 分；所用分制是两者中能容纳调查工作表最高回答的较小者，" +
    "计算器使用 1–5 分制。以比例显示：越高越好。",

  "definitions.crr.what":
    "期初已有的客户中，到期末仍是客户的比例。新增客户不计入，因此增长无法掩盖流失的客户。",
  "definitions.crr.formula": "CRR = (E − N) ÷ S，其中 S 为期初客户数，E 为期末客户数，N 为新增客户数",
  "definitions.crr.convention":
    "期末客户数包含新增客户。若 S = 100、E = 90、N = 15：CRR = 75%，流失率 = 25%（流失 25 位），客户净流失率 = 10%。",

  "definitions.churn.what": "期初已有的客户中，在该期间内离开的比例，即留存的另一面（流失率 = 100% − CRR）。",
  "definitions.churn.formula":
    "流失率 = 流失客户数 ÷ S，其中流失客户数 = S − (E − N)。不同于客户净流失率 = (S − E) ÷ S。",
  "definitions.churn.convention":
    "新增客户不能抵消流失。若 S = 100、E = 90、N = 15：流失 25 位客户，流失率 = 25%，CRR = 75%；" +
    "而客户净流失率仅为 10%，因为 15 位新客户填补了流失的 25 位中的大部分。",

  "definitions.cac.what": "赢得一位新客户的成本。与客户终身价值对比，可以看出增长能否收回成本。",
  "definitions.cac.formula": "销售与营销支出 ÷ 新增客户数",
  "definitions.cac.convention": "同一月份的支出和新增客户数，取自客户与财务工作表，以表格所用货币计。",

  "definitions.clv.what":
    "一位客户在整个合作期间带来的收入，减去赢得该客户的成本。优质的客服能让客户留得更久，从而提高这一数值。",
  "definitions.clv.formula": "每位客户年收入 × 客户留存年数 − CAC",
  "definitions.clv.convention": "按收入而非利润计算，且未折现。赢得客户的成本高于其带来的收入时为负值。",

  "definitions.costPerTicket.what":
    "平均处理一个工单的成本。自助服务、更好的工具和首次联系解决能降低该成本；重复联系则会推高它。",
  "definitions.costPerTicket.formula": "客服成本 ÷ 工单数",
  "definitions.costPerTicket.convention": "当月客服成本（取自客户与财务工作表）除以当月新建的工单数。",

  "definitions.supportCostRatio.what":
    "每单位收入中有多少用于客服。该比例上升意味着客服成本的增长快于业务增长。",
  "definitions.supportCostRatio.formula": "客服成本 ÷ 收入",
  "definitions.supportCostRatio.convention":
    "两者均为同一月份、同一货币，以百分比显示；客服成本高于收入时超过 100%。",
  "definitions.answerRate.what": "接通到客服的电话或对话所占比例。接听率下降说明客户在团队接起之前就放弃了。",
  "definitions.answerRate.formula": "已接听数 ÷ 呼入数",
  "definitions.answerRate.convention":
    "呼入指日志注明已接听或放弃的所有联系（Y/N、Yes/No、1/0 或 TRUE/FALSE 列）；联系计入其接入的月份。放弃率为其余部分：1 − 接听率。",
  "definitions.abandonRate.what":
    "客户在有人接听前挂断或离开的电话或对话所占比例：这些联系流失了，且常会在之后再次来电。",
  "definitions.abandonRate.formula": "放弃数 ÷ 呼入数",
  "definitions.abandonRate.convention":
    "放弃指日志注明未接听（“已接听”列为 N）或已放弃（“放弃”列为 Y）；呼入数与接听率相同，按接入月份计算。",
  "definitions.asa.what": "来电者在队列中等待接听的时长。与接听率一起，可看出团队人手是否匹配来电量。",
  "definitions.asa.formula": "已接听联系的等待时间之和 ÷ 已接听数",
  "definitions.asa.convention":
    "只计已接听的联系：放弃的来电者从未被接听。表头未注明单位时，等待时间按秒计；按接入月份计算；计算器使用 AVERAGE。",
  "definitions.aht.what":
    "一次联系占用客服的时长：通话时间，若导出数据包含，也算上保持和话后处理时间。它决定了来电量需要多少客服。",
  "definitions.aht.formula": "处理时长之和 ÷ 有处理时长的联系数",
  "definitions.aht.convention":
    "H:MM:SS 文本、Google 表格时长值，或表头未注明单位时按秒计；无时长的联系不计；按接入月份计算。日志有此数据时，报告的排班部分使用该平均值。",
  "definitions.contactResolution.what": "已接听的电话或对话中，当场解决客户问题（由客服标记）的比例。",
  "definitions.contactResolution.formula": "已解决的已接听联系 ÷ 已接听联系",
  "definitions.contactResolution.convention":
    "“已解决”是每个联系的是/否列，而不是时间；未接听的联系不会解决任何问题，不计入；该列为空的联系也不计。按接入月份计算。",
  "definitions.reopenRate.what": "客户不得不重新打开的已解决工单所占比例：即未真正解决的工单。",
  "definitions.reopenRate.formula": "至少重开一次的已解决工单 ÷ 已解决工单",
  "definitions.reopenRate.convention":
    "取自导出数据的重开次数列（Zendesk 的 Reopens），或事件日志中“解决后又有活动”即视为重开；按当月解决的工单计算。",
  "definitions.repliesPerResolved.what": "解决一个工单需要多少次回复（联系）：越少说明客户越快得到所需帮助。",
  "definitions.repliesPerResolved.formula": "已解决工单上的回复数 ÷ 已解决工单数",
  "definitions.repliesPerResolved.convention":
    "取联系次数列（Zendesk 的 Replies、Freshdesk 的 Agent interactions）或事件日志的往返次数；按当月解决且次数已知的工单计算。FCR 使用同一列。",
  "definitions.waitTime.what":
    "在工单整个生命周期中客户等待团队的时长，按服务台的口径计算（Zendesk 的请求者等待时间）。",
  "definitions.waitTime.formula": "各工单请求者等待时间的中位数（小时）",
  "definitions.waitTime.convention":
    "使用导出数据自带的时长及其单位（按表头为分钟或小时）；按当月解决的工单计算；计算器使用 MEDIAN。",
  "definitions.onHoldTime.what": "工单处于挂起状态、等待第三方（如其他团队或供应商）的时长。",
  "definitions.onHoldTime.formula": "各工单挂起时间的中位数（小时）",
  "definitions.onHoldTime.convention":
    "使用导出数据自带的时长（Zendesk 的 On hold time）及其单位；按当月解决的工单计算；计算器使用 MEDIAN。",
  "definitions.responseMean.what": "客户等待每一条回复（不只是第一条）的时长：整个对话的节奏。",
  "definitions.responseMean.formula": "所有回复的（回复时间 − 轮到团队的时间）平均值（小时）",
  "definitions.responseMean.convention":
    "适用于含回复事件的事件日志：轮到团队的时刻为创建、客户回复或重开时；计入当月的回复；{hours}；计算器使用 AVERAGE。",
  "definitions.staffing.name": "排班（Erlang C）",
  "definitions.staffing.what":
    "一个队列需要多少客服：在给定客服人数下，联系需要等待的概率，以及在目标时间内接起的比例。",
  "definitions.staffing.formula":
    "话务量 A = 联系数 × 处理时长 ÷ 时段（Erlang）。Erlang B 用递推 B₀ = 1，Bₖ = A·Bₖ₋₁ ÷ (k + A·Bₖ₋₁)；等待概率 C = N·B ÷ (N − A(1 − B))；服务水平 = 1 − C · e^(−(N − A) · 目标 ÷ 处理时长)。",
  "definitions.staffing.convention":
    "联系随机到达并一直等到被接起（无人挂断）；客服人数 N 必须大于话务量 A，否则队列会无限增长。占用率 = A ÷ N；平均应答速度 = C × 处理时长 ÷ (N − A)，按全部联系计。Call Centre Helper 的例子：30 分钟内 100 个联系、每个 180 秒，即 10 Erlang；14 名客服在 20 秒内接起 88.8%。“AGENTS_NEEDED” 按目标求最少客服人数，并计入缺勤率。",
  "definitions.calc.contacts": "时段内联系数",
  "definitions.calc.intervalMinutes": "时段，分钟",
  "definitions.calc.handleSeconds": "每个联系的处理时长，秒",
  "definitions.calc.agents": "接待客服人数（N）",
  "definitions.calc.answerWithinSeconds": "目标应答时间，秒",
  "definitions.calc.traffic": "话务量 A，Erlang",
  "definitions.calc.erlangB": "Erlang B（求 Erlang C 的中间步）",
  "definitions.calc.waitProbability": "等待概率（Erlang C）",
  "definitions.calc.serviceLevel": "服务水平：目标时间内接起",
  "definitions.calc.occupancy": "占用率 = A ÷ N",
  "definitions.calc.averageSpeedOfAnswer": "平均应答速度，秒",
  "definitions.calc.tooFewAgents": "客服人数不足；至少 ",

  // report. (the report tab: header, KPI tracker, and reading the survey and customers tabs)
  "report.sheetName": "客服报告 {month}",
  "report.title": "客服报告 {month}",
  "report.header.definitionsLink": "KPI 定义与计算器",
  "report.col.kpi": "KPI",
  "report.col.thisMonth": "本月（{month}）",
  "report.col.previousMonth": "上月（{month}）",
  "report.col.change": "变化",
  "report.col.target": "目标",
  "report.col.status": "状态",
  "report.col.trend": "近 12 个月趋势",
  "report.col.n": "样本数",
  "report.col.low": "95% 区间下限",
  "report.col.high": "95% 区间上限",
  "report.col.note": "说明",
  "report.trendData": "趋势数据：迷你图所用的 12 个月数据，按时间从早到晚排列",
  "report.sparklineOptions": "迷你图选项",
  "report.status.met": "达标",
  "report.status.missed": "未达标",
  "report.noData": "无数据",
  "report.kpi.businessHours": "{name}（工作时间）",
  "report.hours.calendar": "按自然小时计",
  "report.hours.business": "按工作时间计（{schedule}）",
  "report.tabProblem": "工作表“{sheet}”：{problem}",
  "report.subtitle": "来源：{tabs} · 生成于 {time}（{zone}）",
  "report.summary": "摘要，{month}",
  "report.tile.target": "{status}（{target}）",
  "report.tile.noTarget": "未设目标",
  "report.tile.compare": "箭头：与 {previous} 相比的变化（绿色更好，红色更差）。",
  "report.findings": "发现",
  "report.findings.none": "{month} 没有突出变化：无超出正常波动的变化、无激增、无未达标。",
  "report.missing.title": "本报告未包含",
  "report.missing.line": "{kpis}：{reason}",
  "report.missing.noCreated": "{kpis}：日志中没有“创建时间”列（每个工单的创建时间）；请在侧边栏中选择。",
  "report.finding.rose": "{kpi} 从 {month} 的 {previous} 升至 {current}，超出正常波动。",
  "report.finding.fell": "{kpi} 从 {month} 的 {previous} 降至 {current}，超出正常波动。",
  "report.finding.noise": "自 {month} 以来，{kpis}：在正常波动范围内，不是趋势。",
  "report.finding.spike":
    "激增：{group} 有 {count} 个工单，高于通常的 {mean}（上限 {limit} = 前 {months} 个月的均值 + 2 个标准差；至少 {min} 个工单）。",
  "report.finding.slaMissed":
    "{dimension} {group} 未达 SLA：{n} 个工单中 {rate} 在 {sla} 内解决（目标 {target}）。",
  "report.finding.slaBelowRest":
    "{dimension} {group} 的 SLA 较低：{n} 个工单中 {rate} 在 {sla} 内解决，其他工单为 {rest}。",
  "report.finding.frtMissed":
    "{dimension} {group} 首次响应慢：{n} 个工单的中位数为 {value}（目标 {target}）。",
  "report.finding.busiest":
    "最忙的一天：{weekday}（占工单 {dayShare}）；最忙的时段：{hours}（{hourShare}）。",
  "report.finding.forecast":
    "{month} 预测：约 {count} 张工单（80% 区间 {low}–{high}），基于 {months} 个月的历史；人员安排见下文。",
  "report.dimension.priority": "优先级",
  "report.dimension.channel": "渠道",
  "report.details": "详情：每个 KPI 的 n、95% 区间及计算方式",
  "report.chart.createdResolved": "每月创建与解决",
  "report.chart.backlog": "月末积压",
  "report.when.section": "工单何时到达，以及各优先级和渠道的表现，{month}",
  "report.when.title": "工单何时到达：{month} 创建的工单，按星期和小时（{zone}）",
  "report.when.where": "按星期和小时统计的创建工单网格位于本节右侧的 {columns} 列（颜色越深，工单越多）。",
  "report.when.header.weekday": "星期",
  "report.breakdown.title": "按{dimension}的首次响应时长、解决时长和 SLA，{month}",
  "report.breakdown.header.created": "创建",
  "report.breakdown.header.frt": "首次响应时长中位数",
  "report.breakdown.header.resolved": "已解决",
  "report.breakdown.header.resolution": "解决时长中位数",
  "report.breakdown.header.sla": "SLA 达成率",
  "report.breakdown.blank": "（未设置）",
  "report.breakdown.note": "首次响应按当月创建的工单计，解决时长和 SLA（{sla}）按当月解决的工单计。",
  "tracker.sheetName": "KPI 跟踪",
  "tracker.title": "KPI 跟踪：每个 KPI 按月",
  "tracker.note": "每次生成报告都会填写或替换其所属月份的列；其他月份保持不变。",
  "tracker.col.kpi": "KPI",
  "tracker.chart.volume": "每月创建和解决的工单",
  "tracker.chart.rates": "每月 SLA、FCR 和 CSAT",
  "tracker.axis.month": "月份",
  "tracker.axis.hours": "小时",

  "report.note.created": "当月新建的工单，采用电子表格的时区（{zone}）。",
  "report.note.resolved": "当月解决的工单，无论其何时创建。",
  "report.note.backlog": "在 {end} 之前创建、且在该时刻之前未解决的工单。",
  "report.note.csatRatedRule": "没有解决时间的工单，其评分计入评分当月（{count}）。",
  "report.note.csatCreatedRule": "没有解决时间的工单，其评分计入工单创建的月份（{count}）。",
  "report.note.backlogClosedStatus":
    "状态为已关闭或已解决的工单不计为未结，无论是否有解决时间（{count} 个没有）。",
  "report.agents.noteAssigned":
    "已处理工单：分配给该客服且在 {month} 创建的工单（日志中没有解决时间）。首次响应时长和 CSAT 以这些工单计算。空白单元格表示无数据。{hours}",
  "report.note.implausible":
    "{month} 的{kpi}包含超过一年的时长（最长 {days} 天）：请检查“创建时间”列是否为每个工单的创建时间。",
  "report.note.frt": "当月创建且有首次响应的工单；{hours}。",
  "report.note.resolution": "当月解决的工单；{hours}。",
  "report.note.fcr": "当月 1 次联系即解决的工单数 ÷ 当月解决且联系次数已知的工单数。",
  "report.note.sla": "当月在 {target} 小时内解决的工单数 ÷ 当月解决的工单数；{hours}。",
  "report.note.csatTickets":
    "当月已解决工单的评分，1–{scale} 分；{min} 分及以上为满意。95% 区间：Wilson 法。",
  "report.note.csatSurvey": "日期在当月的调查回复，1–{scale} 分；{min} 分及以上为满意。95% 区间：Wilson 法。",
  "report.note.nps":
    "日期在当月的调查回复：推荐者 %（9–10 分）− 贬损者 %（0–6 分）。95% 区间：调整 Wald 法。",
  "report.note.ces": "日期在当月的调查回复，1–{scale} 分；{min} 分及以上为同意。95% 区间：Wilson 法。",
  "report.note.crr": "(期末客户数 − 新增客户数) ÷ 期初客户数。",
  "report.note.churn": "流失客户数 ÷ 期初客户数。",
  "report.note.churnDerived":
    "流失客户数 ÷ 期初客户数；流失客户数 = 期初客户数 − (期末客户数 − 新增客户数)。",
  "report.note.cac": "销售与营销支出 ÷ 新增客户数。",
  "report.note.clv":
    "每位客户年收入（当月收入 ÷ 平均客户数 × 12）× 客户留存年数（1 ÷ (月流失率 × 12)）− CAC。",
  "report.note.costPerTicket": "客服成本 ÷ 当月新建工单数。",
  "report.note.supportCostRatio": "客服成本 ÷ 同月收入。",
  "report.note.contactsReceived": "当月接入的电话或在线对话，按电子表格的时区（{zone}）计算。",
  "report.note.answerRate": "当月接入的联系中，已接听数 ÷ 呼入数（已接听或放弃）。",
  "report.note.abandonRate": "当月接入的联系中，接听前放弃的数量 ÷ 呼入数。",
  "report.note.asa": "当月接入且已接听的联系的平均等待时间（不含放弃的联系）。",
  "report.note.aht": "当月接入且有通话或处理时长的联系的平均时长。",
  "report.note.contactResolution": "当月接入的已接听联系中，标记为已解决的数量 ÷ 注明是否解决的数量。",
  "report.note.reopenRate": "当月解决且至少重开过一次的工单 ÷ 重开次数已知的工单。",
  "report.note.repliesPerResolved": "当月已解决工单上的回复（联系）数 ÷ 这些工单数（仅计回复数已知的工单）。",
  "report.note.waitTime": "当月已解决工单中，请求者等待团队的时间中位数（取自导出数据）。",
  "report.note.onHoldTime": "当月已解决工单的挂起时间（等待第三方）中位数（取自导出数据）。",
  "report.note.responseMean":
    "当月每条回复：从轮到团队处理（创建、客户回复、重开）到回复的时间，取平均值；{hours}。",
  "report.note.scheduleInvalid": "工作时间设置“{schedule}”无法使用（{message}），因此按自然小时计算。",
  "report.note.badRatings": "工单记录中有 {count} 个 CSAT 评分不是 1 到 {scale} 之间的整数，已被排除。",

  "report.noData.beforeLog": "工单记录从 {first} 开始，晚于 {month}。",
  "report.noData.noTickets": "{month} 没有新建工单。",
  "report.noData.noFirstResponse": "工单记录中没有首次响应时间：请在侧边栏中选择“首次响应时间”列。",
  "report.noData.noResolved": "工单记录中没有解决时间：请在侧边栏中选择“解决时间”列。",
  "report.noData.noContacts": "工单记录中没有每个工单的联系次数：请在侧边栏中选择“解决所需联系次数”列。",
  "report.noData.noAnswered": "日志中没有“已接听”或“放弃”列：请在侧边栏中选择。",
  "report.noData.noSpeedOfAnswer": "日志中没有应答速度（等待时间）列：请在侧边栏中选择。",
  "report.noData.noHandleTime": "日志中没有通话或处理时长列：请在侧边栏中选择。",
  "report.noData.noResolvedFlag": "日志中没有“已解决（是/否）”列：请在侧边栏中选择。",
  "report.noData.contactsMonth": "{month} 接入的联系均无此数据。",
  "report.noData.noReopens": "日志中没有重开次数列：请在侧边栏中选择。",
  "report.noData.noWaitTime": "日志中没有请求者等待时间列：请在侧边栏中选择。",
  "report.noData.noOnHoldTime": "日志中没有挂起时间列：请在侧边栏中选择。",
  "report.noData.noResponses": "只有含回复事件的事件日志才能给出每条回复的时间。",
  "report.noData.responsesMonth": "{month} 没有回复。",
  "report.noData.frtMonth": "{month} 创建的工单都没有首次响应。",
  "report.noData.resolvedMonth": "{month} 没有解决任何工单。",
  "report.noData.fcrMonth": "{month} 解决的工单都没有联系次数。",
  "report.noData.csatMonth": "{month} 解决的工单都没有 CSAT 评分。",
  "report.noData.noCsat": "工单记录（CSAT 评分列）和调查工作表（CSAT 列）中都没有 CSAT 评分。",
  "report.noData.noSurveyTab": "未选择调查工作表：请在侧边栏的“其他工作表”下选择一个。",
  "report.noData.noSurveyColumn": "调查工作表“{sheet}”中没有“{field}”列。",
  "report.noData.surveyMonth": "调查工作表“{sheet}”中没有日期在 {month} 的“{field}”回复。",
  "report.noData.scale": "“{field}”的回复最高为 {max}；只有 1–5 和 1–7 分制有标准阈值。",
  "report.noData.noCustomersTab": "未选择客户与财务工作表：请在侧边栏的“其他工作表”下选择一个。",
  "report.noData.customersMonth": "客户工作表“{sheet}”中没有 {month} 的行。",
  "report.noData.customersField": "客户工作表“{sheet}”中没有 {month} 的“{field}”。",
  "report.noData.noNewCustomers": "{month} 没有新增客户，因此无法计算每位新客户的成本。",
  "report.noData.noChurn": "{month} 没有流失客户，因此无法估算客户的留存时长。",
  "report.noData.zeroRevenue": "{month} 的收入为 0。",
  "report.noData.zeroStart": "{month} 的期初客户数为 0。",
  "report.noData.invalid": "{month} 的各项数据相互矛盾：{message}",

  "report.survey.noDate":
    "调查工作表“{sheet}”中没有回复日期列（例如标题为“日期”或 Date 的列），因此无法将回复归入各个月份。",
  "report.survey.noScores": "调查工作表“{sheet}”中没有 NPS、CES 或 CSAT 列。",
  "report.survey.empty": "调查工作表“{sheet}”的标题行下方没有回复。",
  "report.customers.noMonth": "客户工作表“{sheet}”中没有“月份”列（每行一个日期或 2026-10 这样的文本）。",
  "report.customers.noFigures":
    "客户工作表“{sheet}”中没有以下任何一列：期初客户数、期末客户数、新增客户数、流失客户数、收入、客服成本、销售与营销支出。",
  "report.customers.empty": "客户工作表“{sheet}”的标题行下方没有任何月份。",
  "report.row.score": "第 {row} 行：{field}的值为 {value}，不是 {min} 到 {max} 之间的整数（{effect}）。",
  "report.row.month":
    "第 {row} 行：{field}的值为 {value}，不是月份，应为日期或 2026-10 这样的文本（{effect}）。",
  "report.row.repeatMonth": "第 {row} 行：月份 {month} 已在第 {first} 行出现过（{effect}）。",

  // report.volume. report.backlog. (ticket volume tracker on the report tab)
  "report.volume.title": "工单量",
  "report.volume.note.counting": "工单按其创建时间所在的日期或月份计数，采用电子表格的时区（{zone}）。",
  "report.volume.categoryDaily.title": "{month} 每日工单量（按类别）",
  "report.volume.categoryMonthly.title": "{first} 至 {last} 每月工单量（按类别）",
  "report.volume.channelDaily.title": "{month} 每日工单量（按渠道）",
  "report.volume.channelMonthly.title": "{first} 至 {last} 每月工单量（按渠道）",
  "report.volume.createdResolved.title": "{first} 至 {last} 每月新建、已解决与积压工单",
  "report.volume.createdResolved.note":
    "新建与已解决：创建时间或解决时间落在当月的工单。积压：在月末之前创建、且在月末之前未解决的工单；" +
    "月末指下个月 1 日 00:00。",
  "report.volume.header.day": "日期",
  "report.volume.header.month": "月份",
  "report.volume.header.total": "合计",
  "report.volume.header.created": "新建",
  "report.volume.header.resolved": "已解决",
  "report.volume.header.backlog": "月末积压",
  "report.volume.total": "合计",
  "report.volume.allTickets": "全部工单",
  "report.volume.other": "其他",
  "report.volume.blankCategory": "（无类别）",
  "report.volume.blankChannel": "（无渠道）",
  "report.volume.axis.day": "日期",
  "report.volume.axis.month": "月份",
  "report.volume.axis.tickets": "工单数",
  "report.volume.noCategory": "这些月份的工单记录中没有类别：工单量显示为单一系列。",
  "report.volume.noChannel": "这些月份的工单记录中没有渠道：不显示按渠道划分的工单量。",
  "report.volume.cappedCategories":
    "共 {count} 个类别：显示工单最多的 {shown} 个，其余 {rest} 个合并为“其他”。",
  "report.volume.cappedChannels":
    "共 {count} 个渠道：显示工单最多的 {shown} 个，其余 {rest} 个合并为“其他”。",
  "report.backlog.title": "{month} 月末积压工单的已开启时长",
  "report.backlog.note":
    "{next} 00:00 时仍未解决的各工单的已开启时长，按自创建起经过的完整天数（每天 24 小时）计算：" +
    "0–2 天 = 不足 3 天；3–7 天 = 3 天至不足 8 天；8–30 天 = 8 天至不足 31 天；超过 30 天 = 31 天及以上。",
  "report.backlog.header.age": "已开启时长",
  "report.backlog.header.tickets": "工单数",
  "report.backlog.header.share": "占比",
  "report.backlog.bucket.0to2": "0–2 天",
  "report.backlog.bucket.3to7": "3–7 天",
  "report.backlog.bucket.8to30": "8–30 天",
  "report.backlog.bucket.over30": "超过 30 天",
  "report.backlog.total": "月末积压",

  // report.agents. (the agents section of the report tab)
  "report.agents.title": "客服人员（{month}）",
  "report.staffing.title": "下月：工单量与所需客服",
  "report.staffing.forecast": "{month} 工单预测",
  "report.staffing.interval": "80% 区间",
  "report.staffing.how": "{method}，按用此前月份预测 {months} 个月中最后 12 个月时误差最小选出",
  "report.staffing.howNoSeason": "{method}，无年度季节性：仅有 {months} 个月的工单，季节性需要 13 个月",
  "report.staffing.method.seasonal_naive": "季节朴素法（去年同月）",
  "report.staffing.method.seasonal_average": "季节平均法（最多 3 年的同月）",
  "report.staffing.method.holt_winters": "Holt-Winters（水平、趋势与季节）",
  "report.staffing.noForecast": "无预测：日志只有 {months} 个月的工单；预测至少需要 2 个月。",
  "report.staffing.busiest": "最忙时段：预计工单",
  "report.staffing.forecastContacts": "{month} 联系量预测",
  "report.staffing.busiestContacts": "最忙时段：预计联系量",
  "report.staffing.note":
    "每小时所需客服：对该星期几该小时创建的工单（最近 {weeks} 周的平均）用 Erlang C 计算；每单处理 {handle} 分钟，{level}% 在 {within} 秒内响应，客服占用率最高 {occupancy}%。",
  "report.staffing.handleFromLog":
    "处理时长：每个联系 {handle} 分钟，即 {month} 日志中 {count} 个联系的平均通话或处理时长（代替设置的处理时长）。",
  "report.staffing.hour": "小时",
  "report.staffing.shrinkage": "需排班的客服人数：所需客服人数 ÷（1 − {shrinkage}% 缩减率），向上取整。",
  "report.agents.note":
    "处理的工单：分配给该客服且在 {month} 解决的工单。解决时长、FCR 和 CSAT 均基于这些工单计算；" +
    "首次响应基于该客服在 {month} 创建且有首次响应的工单。空白单元格表示没有数据。{hours}",
  "report.agents.hours.calendar": "时间按自然小时计算。",
  "report.agents.hours.business": "时间按工作时间计算（{schedule}）。",
  "report.agents.header.agent": "客服",
  "report.agents.header.handled": "处理工单数",
  "report.agents.header.fcr": "FCR",
  "report.agents.header.csat": "CSAT",
  "report.agents.header.csatN": "CSAT 回复数",
  "report.agents.header.contactsHandled": "处理的联系数",
  "report.agents.header.aht": "平均处理时长",
  "report.agents.header.contactResolution": "解决率",
  "report.agents.noteContacts":
    "处理的联系：分配给该客服、于 {month} 接入的电话或对话。处理时长为其平均通话或处理时长；解决率和 CSAT 均基于这些联系计算。空白单元格表示无数据。",
  "report.agents.all": "全部客服",
  "report.agents.unassigned": "（未分配）",
  "report.agents.noAgent": "{month} 的工单记录中没有客服信息：不显示客服部分。",
  "report.agents.capped": "共 {count} 位客服：列出处理工单最多的 {shown} 位；“全部客服”统计所有工单。",

  // server. (errors the sidebar shows from the server)
  "server.error.noSheet": "没有名为“{sheet}”的工作表。请重新选择存放工单的工作表。",
  "server.error.noOtherTab": "没有名为“{sheet}”的工作表。请在“其他工作表”下重新选择调查和客户工作表。",
  "server.error.noReportTab": "名为“{sheet}”的工作表已不存在。请重新生成报告以创建它。",
  "server.error.ownSheet": "“{sheet}”是 Support KPIs 创建的工作表。请改为选择存放您自己数据的工作表。",
  "server.error.month": "“{month}”不是有效的月份。请选择 2026-10 这样的月份。",
  "server.error.busy": "此电子表格中正在生成另一份报告。请等它完成后再生成。",
  "server.note.cut": "超过表格单元格容量（{max} 个字符）的文本已被截断，并以“…”结尾：{cells}。",
};

export const sidebarZh: Translation<typeof sidebarEn> = {
  // sidebar.
  "sidebar.loading": "正在读取电子表格…",
  "sidebar.retry": "重试",
  "sidebar.section.log": "工单记录",
  "sidebar.log.tab": "工单所在的工作表",
  "sidebar.log.choose": "选择工作表…",
  "sidebar.log.detecting": "正在读取工作表…",
  "sidebar.log.rows": "标题行下方的行数：{rows}",
  "sidebar.log.layout.tickets": "布局：每个工单一行。",
  "sidebar.log.layout.contacts": "布局：通话或聊天记录，每次联系一行。",
  "sidebar.log.layout.events": "布局：事件记录，每次状态变更一行。每个工单的多行将合并为一个工单。",
  "sidebar.log.warnings": "生成前请检查",
  "sidebar.noLog.title": "未找到工单记录",
  "sidebar.noLog.help":
    "请将工单放在一个工作表中，第一行为列标题，且至少有一列记录每个工单的创建日期（例如“创建时间”）。" +
    "每个工单一行或每次状态变更一行均可。然后在上方选择该工作表，或使用插件菜单中的“插入示例数据”先试一试。",
  "sidebar.section.activities": "活动",
  "sidebar.activities.help": "事件记录：每个活动对工单的含义。如有错误请更改；下次生成报告时使用。",
  "sidebar.activity.label": "{activity}（{events} 个事件）",
  "sidebar.activities.more": "另有 {count} 个活动沿用其文字所表示的含义。",
  "sidebar.meaning.created": "已创建",
  "sidebar.meaning.assigned": "已分配或分诊",
  "sidebar.meaning.response": "回复",
  "sidebar.meaning.waiting": "等待客户",
  "sidebar.meaning.resolved": "已解决",
  "sidebar.meaning.reopened": "重新打开",
  "sidebar.meaning.closed": "已关闭",
  "sidebar.meaning.other": "其他",
  "sidebar.columns.help": "已根据列标题自动识别。请检查，如有错误请更改。",
  "sidebar.column.notMapped": "未指定",
  "sidebar.column.required": "{field}（必填）",
  "sidebar.month": "月份",
  "sidebar.month.inProgress": "{month}（进行中）",
  "sidebar.average": "响应和解决时长的统计方式",
  "sidebar.average.median": "中位数（典型工单）",
  "sidebar.average.mean": "平均值（算术平均）",
  "sidebar.targets.help": "可选。留空表示不设目标。",
  "sidebar.unit.hours": "小时",
  "sidebar.unit.percent": "%",
  "sidebar.unit.points": "分",
  "sidebar.unit.tickets": "个工单",
  "sidebar.unit.minutes": "分钟",
  "sidebar.unit.seconds": "秒",
  "sidebar.section.staffing": "下月人员配置",
  "sidebar.staffing.help":
    "用于报告“下月”部分中每小时所需的客服人数。缩减率是带薪时间中不在队列上的比例（休息、会议、缺勤）。",
  "sidebar.staffing.summary": "每单 {handle} 分钟，{level}% 在 {within} 秒内响应",
  "sidebar.columns.summary": "已识别的数据列：{fields}",
  "sidebar.columns.edit": "修改",
  "sidebar.columns.separator": "、",
  "sidebar.columns.none": "暂无",
  "sidebar.columns.dateText":
    "“{header}”（{field}）中的日期以文本形式书写，例如 {example}，报告无法将其识别为日期。转换为日期：选中该列，选择“格式 > 数字 > 日期时间”，然后选择“数据 > 将文本拆分成列”。或改为年份在前的写法（2026-03-05 14:30）。",
  "sidebar.month.finding": "正在查找月份…",
  "sidebar.section.hours": "时间与 SLA",
  "sidebar.schedule.help": "留空则按自然小时计算。星期用英文缩写：Mon、Tue … Sun。",
  "sidebar.slaHours.help": "如已设置工作时间，则按工作时间计算。",
  "sidebar.section.tabs": "其他工作表（可选）",
  "sidebar.survey": "调查回复",
  "sidebar.customers": "客户与财务",
  "sidebar.tab.none": "无",
  "sidebar.build": "生成报告",
  "sidebar.step.save": "正在保存设置",
  "sidebar.step.build": "正在生成 {month} 的报告",
  "sidebar.step.running": "进行中",
  "sidebar.step.done": "完成",
  "sidebar.step.failed": "失败",
  "sidebar.result.title": "报告已生成",
  "sidebar.result.tab": "工作表：{sheet}",
  "sidebar.result.contactCounts": "已读取联系：{read}。{month} 接入：{inMonth}。",
  "sidebar.result.counts": "已读取工单：{read}。{month} 新建：{inMonth}。",
  "sidebar.result.notes": "说明",
  "sidebar.result.open": "打开报告工作表",
  "sidebar.error.title": "出错了",
  "sidebar.error.unknown": "插件意外停止，未给出原因。请重试；如果再次出现，请重新加载电子表格。",
  "sidebar.error.noHost":
    "侧边栏无法连接到电子表格：请在 Google 表格中通过“扩展程序 → Support KPIs”打开侧边栏。",
  "sidebar.error.timeoutBuild":
    "生成耗时过长：{minutes} 分钟后仍无响应，而 Apps Script 会在运行 6 分钟后将其停止。" +
    "请重试；如果问题持续出现，请将工单记录中较早的行移到另一个工作表。",
  "sidebar.error.timeoutCall": "电子表格在 {minutes} 分钟内没有响应。请重试。",
  "sidebar.invalid.title": "生成前请检查以下各项",
  "sidebar.invalid.created": "数据列：请选择“创建时间”列；报告按工单的创建日期统计工单。",
  "sidebar.invalid.noMonth": "月份：“创建时间”列中没有日期，因此没有可生成报告的月份。",
};
