<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CaseLifecycle</name>
    <message>
        <source>Only a closed case can be reopened; this one is %1.</source>
        <translation>只有已结案的案件才能重新启动调解；该案件当前为“%1”。</translation>
    </message>
    <message>
        <source>A reopened case goes back to %1.</source>
        <translation>重新启动的案件应回到“%1”状态。</translation>
    </message>
    <message>
        <source>Reopening a case needs the reason, for the case file.</source>
        <translation>重新启动案件须填写原因，以便存入卷宗。</translation>
    </message>
    <message>
        <source>The case is already %1.</source>
        <translation>该案件当前已是“%1”状态。</translation>
    </message>
    <message>
        <source>The case is %1; a closed case goes back only by reopening it, with a reason.</source>
        <translation>该案件当前为“%1”；已结案的案件只能通过重新启动（须填写原因）退回。</translation>
    </message>
    <message>
        <source>A case goes received → mediating → settled, failed or referred, one step at a time: from %1 it can go to %2, not %3.</source>
        <translation>案件须按“受理 → 调解中 → 调解成功、调解不成或转诉讼/仲裁”逐步推进：当前为“%1”，只能改为“%2”，不能改为“%3”。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>”或“</translation>
    </message>
    <message>
        <source>A case that is %1 needs its closed date.</source>
        <translation>状态为“%1”的案件须填写结案日期。</translation>
    </message>
    <message>
        <source>The date of the status change is missing.</source>
        <translation>未填写状态变更的日期。</translation>
    </message>
    <message>
        <source>The status change date %1 is in the future.</source>
        <translation>状态变更日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before the case was received on %2.</source>
        <translation>日期 %1 早于案件的受理日期 %2。</translation>
    </message>
    <message>
        <source>The date %1 is before the last change (%2 on %3); the history is kept in date order.</source>
        <translation>日期 %1 早于上一次变更（%3 变为“%2”）；状态历史须按日期先后记录。</translation>
    </message>
    <message>
        <source>Change %1 (%2, %3): %4</source>
        <translation>第 %1 步（%2，%3）：%4</translation>
    </message>
</context>
<context>
    <name>ChamberFields</name>
    <message>
        <source>township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Township, by name or 9-digit code.</source>
        <translation>乡镇（街道），填名称或 9 位代码。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name of the chamber.</source>
        <translation>商会名称。</translation>
    </message>
    <message>
        <source>founded date</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Founding date.</source>
        <translation>成立日期。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active, dormant or dissolved.</source>
        <translation>状态：active（正常）、dormant（休眠）或 dissolved（已解散）。</translation>
    </message>
    <message>
        <source>dissolution date</source>
        <translation>解散日期</translation>
    </message>
    <message>
        <source>Date of dissolution (with status dissolved).</source>
        <translation>解散日期（状态为 dissolved 时填写）。</translation>
    </message>
    <message>
        <source>president</source>
        <translation>会长</translation>
    </message>
    <message>
        <source>President (会长).</source>
        <translation>会长。</translation>
    </message>
    <message>
        <source>president&apos;s phone</source>
        <translation>会长电话</translation>
    </message>
    <message>
        <source>President&apos;s phone.</source>
        <translation>会长电话。</translation>
    </message>
    <message>
        <source>secretary-general</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <source>Secretary-general (秘书长).</source>
        <translation>秘书长。</translation>
    </message>
    <message>
        <source>secretary-general&apos;s phone</source>
        <translation>秘书长电话</translation>
    </message>
    <message>
        <source>Secretary-general&apos;s phone.</source>
        <translation>秘书长电话。</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact person.</source>
        <translation>联系人。</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>premises</source>
        <translation>办公场所</translation>
    </message>
    <message>
        <source>Address of the fixed premises; empty for none.</source>
        <translation>固定办公场所的地址；没有则留空。</translation>
    </message>
    <message>
        <source>full-time staff</source>
        <translation>专职工作人员</translation>
    </message>
    <message>
        <source>Number of full-time staff.</source>
        <translation>专职工作人员人数。</translation>
    </message>
    <message>
        <source>activity funds</source>
        <translation>活动资金</translation>
    </message>
    <message>
        <source>Activity funds in yuan, e.g. 30000 or 3.5万.</source>
        <translation>活动资金（元），如 30000 或 3.5万。</translation>
    </message>
    <message>
        <source>individual members</source>
        <translation>个人会员</translation>
    </message>
    <message>
        <source>Number of individual members.</source>
        <translation>个人会员数。</translation>
    </message>
    <message>
        <source>unit members</source>
        <translation>单位会员</translation>
    </message>
    <message>
        <source>Number of unit (enterprise) members.</source>
        <translation>单位（企业）会员数。</translation>
    </message>
    <message>
        <source>independent civil liability</source>
        <translation>独立承担民事责任</translation>
    </message>
    <message>
        <source>Able to bear civil liability on its own: yes, no or unknown.</source>
        <translation>能否独立承担民事责任：yes（能）、no（不能）或 unknown（待核实）。</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Unified social credit code.</source>
        <translation>统一社会信用代码。</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>supervising unit</source>
        <translation>业务主管单位</translation>
    </message>
    <message>
        <source>Supervising unit (业务主管单位), usually the county federation of industry and commerce.</source>
        <translation>业务主管单位，一般为县工商联。</translation>
    </message>
    <message>
        <source>chamber</source>
        <translation>商会</translation>
    </message>
</context>
<context>
    <name>Chambers</name>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>dissolved</source>
        <translation>已解散</translation>
    </message>
    <message>
        <source>The chamber&apos;s township is missing.</source>
        <translation>未填写商会所在的乡镇（街道）。</translation>
    </message>
    <message>
        <source>The chamber&apos;s name is missing.</source>
        <translation>未填写商会名称。</translation>
    </message>
    <message>
        <source>The chamber&apos;s name is longer than 100 characters.</source>
        <translation>商会名称超过 100 个字符。</translation>
    </message>
    <message>
        <source>The founding date %1 is in the future.</source>
        <translation>成立日期 %1 晚于今天，不能是将来的日期。</translation>
    </message>
    <message>
        <source>The number of individual members cannot be negative (%1).</source>
        <translation>个人会员数不能为负数（%1）。</translation>
    </message>
    <message>
        <source>The number of unit members cannot be negative (%1).</source>
        <translation>单位会员数不能为负数（%1）。</translation>
    </message>
    <message>
        <source>The number of full-time staff cannot be negative (%1).</source>
        <translation>专职工作人员人数不能为负数（%1）。</translation>
    </message>
    <message>
        <source>Activity funds cannot be negative.</source>
        <translation>活动资金不能为负数。</translation>
    </message>
    <message>
        <source>The phone number %1 has characters a phone number cannot have.</source>
        <translation>电话号码 %1 含有电话号码中不应出现的字符。</translation>
    </message>
    <message>
        <source>A dissolved chamber needs the date it was dissolved.</source>
        <translation>已解散的商会须填写解散日期。</translation>
    </message>
    <message>
        <source>Only a dissolved chamber has a dissolution date.</source>
        <translation>只有已解散的商会才能填写解散日期。</translation>
    </message>
    <message>
        <source>The dissolution date %1 is before the founding date %2.</source>
        <translation>解散日期 %1 早于成立日期 %2。</translation>
    </message>
    <message>
        <source>The dissolution date is in the future.</source>
        <translation>解散日期晚于今天，不能是将来的日期。</translation>
    </message>
    <message>
        <source>The founding date %1 is before 1949: it is a typing mistake.</source>
        <translation>成立日期 %1 早于 1949 年，应是录入错误。</translation>
    </message>
    <message>
        <source>The dissolution date %1 is before 1949: it is a typing mistake.</source>
        <translation>解散日期 %1 早于 1949 年，应是录入错误。</translation>
    </message>
</context>
<context>
    <name>CliList</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>President</source>
        <translation>会长</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>对接单位</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>组建方式</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Party affairs</source>
        <translation>党务</translation>
    </message>
    <message>
        <source>Chamber affairs</source>
        <translation>会务</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>颁发单位</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文号</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliShow</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>President</source>
        <translation>会长</translation>
    </message>
    <message>
        <source>Secretary-general</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>办公场所</translation>
    </message>
    <message>
        <source>Full-time staff</source>
        <translation>专职工作人员</translation>
    </message>
    <message>
        <source>Activity funds (yuan)</source>
        <translation>活动资金（元）</translation>
    </message>
    <message>
        <source>Independent civil liability</source>
        <translation>独立承担民事责任</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Supervising unit</source>
        <translation>业务主管单位</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Amount in dispute (yuan)</source>
        <translation>争议金额（元）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Agreed amount (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source> (member %1)</source>
        <translation>（会员 %1）</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>对接单位</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>组建方式</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>星级</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>颁发单位</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>A unified social credit code has 18 characters; %1 has %2.</source>
        <translation>统一社会信用代码应为 18 位，%1 却有 %2 位。</translation>
    </message>
    <message>
        <source>Character %1 (%2) of the credit code is not allowed: only digits and the letters A–H, J–N, P–R, T, U, W–Y are used.</source>
        <translation>统一社会信用代码的第 %1 位（%2）不合规：只能使用数字和字母 A–H、J–N、P–R、T、U、W–Y（不用 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>The organisation code %1 in the credit code fails its own check: character 17 should be %2, not %3.</source>
        <translation>统一社会信用代码中的组织机构代码 %1 未通过自身校验：第 17 位应为 %2，实为 %3。</translation>
    </message>
    <message>
        <source>The check character of credit code %1 is wrong: expected %2, found %3.</source>
        <translation>统一社会信用代码 %1 的校验码有误：应为 %2，实为 %3。</translation>
    </message>
    <message>
        <source>Credit code %1 does not start with 51, the prefix of social organisations registered by civil affairs.</source>
        <translation>统一社会信用代码 %1 不以 51 开头，而民政部门登记的社会团体的代码以 51 开头。</translation>
    </message>
    <message>
        <source>Characters 3–8 of credit code %1 (%2) are not a known division code.</source>
        <translation>统一社会信用代码 %1 的第 3–8 位（%2）不是已知的行政区划代码。</translation>
    </message>
    <message>
        <source>Credit code %1 was issued in division %2, not in the chamber&apos;s county %3.</source>
        <translation>统一社会信用代码 %1 由行政区划 %2 的登记机关赋码，与商会所在县（%3）不符。</translation>
    </message>
</context>
<context>
    <name>DisclosureFields</name>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>2024, 2024-H1, 2024-Q3 or 2024-03.</source>
        <translation>2024、2024-H1、2024-Q3 或 2024-03。</translation>
    </message>
    <message>
        <source>Party affairs disclosed</source>
        <translation>党务公开</translation>
    </message>
    <message>
        <source>Party affairs disclosed.</source>
        <translation>党务已公开。</translation>
    </message>
    <message>
        <source>chamber affairs disclosed</source>
        <translation>会务公开</translation>
    </message>
    <message>
        <source>Chamber affairs disclosed.</source>
        <translation>会务已公开。</translation>
    </message>
    <message>
        <source>finances disclosed</source>
        <translation>财务公开</translation>
    </message>
    <message>
        <source>Finances disclosed.</source>
        <translation>财务已公开。</translation>
    </message>
    <message>
        <source>disclosure date</source>
        <translation>公开日期</translation>
    </message>
    <message>
        <source>Date it was made public.</source>
        <translation>公开日期。</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>三公开记录</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Party affairs</source>
        <translation>党务公开</translation>
    </message>
    <message>
        <source>Chamber affairs</source>
        <translation>会务公开</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>财务公开</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>公开日期</translation>
    </message>
</context>
<context>
    <name>DivisionCatalog</name>
    <message>
        <source>Cannot read the division data %1.</source>
        <translation>无法读取行政区划数据 %1。</translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 fields; expected %4.</source>
        <translation>%2 第 %1 行有 %3 个字段，应为 %4 个。</translation>
    </message>
    <message>
        <source>Division code %1 does not fit its level.</source>
        <translation>行政区划代码 %1 与其层级不符。</translation>
    </message>
    <message>
        <source>No division was given.</source>
        <translation>未指定行政区划。</translation>
    </message>
    <message>
        <source>There is no division with the code %1.</source>
        <translation>没有代码为 %1 的行政区划。</translation>
    </message>
    <message>
        <source>There is no division named %1.</source>
        <translation>没有名为 %1 的行政区划。</translation>
    </message>
    <message>
        <source>The name %1 fits %2 divisions; give one of these codes instead: %3</source>
        <translation>名称 %1 对应 %2 个行政区划，请改用以下代码之一：%3</translation>
    </message>
</context>
<context>
    <name>Divisions</name>
    <message>
        <source>subdistrict</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>town</source>
        <translation>镇</translation>
    </message>
    <message>
        <source>township-like unit</source>
        <translation>类似乡级单位</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>township</source>
        <comment>township kind: 乡</comment>
        <translation>乡</translation>
    </message>
    <message>
        <source>township</source>
        <comment>division level: 乡级</comment>
        <translation>乡级</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>chamber</source>
        <translation>商会</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>division data</source>
        <translation>行政区划数据</translation>
    </message>
    <message>
        <source>division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation>统计截止日期</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>数据库结构</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>member list</source>
        <translation>会员名单</translation>
    </message>
    <message>
        <source>members in all</source>
        <translation>会员总数</translation>
    </message>
    <message>
        <source>registration status</source>
        <translation>登记情况</translation>
    </message>
    <message>
        <source>registration date</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>form of the Party organisation</source>
        <translation>党组织形式</translation>
    </message>
    <message>
        <source>Party instructor</source>
        <translation>党建指导员</translation>
    </message>
    <message>
        <source>mediation committee</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>mediation cases in the year</source>
        <translation>年度调解案件数</translation>
    </message>
    <message>
        <source>honours</source>
        <translation>获得荣誉</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>text encoding</source>
        <translation>文字编码</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <source>column mapping</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>points category</source>
        <translation>积分类别</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>cap per year</source>
        <translation>年度上限</translation>
    </message>
    <message>
        <source>cap per item</source>
        <translation>单项上限</translation>
    </message>
    <message>
        <source>category cap</source>
        <translation>类别上限</translation>
    </message>
    <message>
        <source>group counted once</source>
        <translation>只计一次的分组</translation>
    </message>
    <message>
        <source>position</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>reason for the points</source>
        <translation>分值调整原因</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>reason for rejection</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>grade thresholds</source>
        <translation>等次分数线</translation>
    </message>
    <message>
        <source>points rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>points entry</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县</translation>
    </message>
    <message>
        <source>published report</source>
        <translation>已发布的报告</translation>
    </message>
    <message>
        <source>output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>city</source>
        <translation>设区市</translation>
    </message>
    <message>
        <source>mediation cases settled in the year</source>
        <translation>年度调解成功数</translation>
    </message>
</context>
<context>
    <name>HonourFields</name>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>regional_four_good, national_four_good, integrity_pioneer or star_party_organization (or the Chinese name).</source>
        <translation>regional_four_good、national_four_good、integrity_pioneer 或 star_party_organization（或中文名称）。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Year of the honour.</source>
        <translation>荣誉年度。</translation>
    </message>
    <message>
        <source>issuing body</source>
        <translation>认定机构</translation>
    </message>
    <message>
        <source>Issuing body; the usual one for the kind when left out.</source>
        <translation>颁发单位；不填时取该类荣誉的通常颁发单位。</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Number of the decision (文号).</source>
        <translation>决定文号。</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <source>Date of the decision.</source>
        <translation>决定日期。</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>认定机构</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>认定日期</translation>
    </message>
</context>
<context>
    <name>Honours</name>
    <message>
        <source>regional four-good chamber</source>
        <translation>广西“四好”商会</translation>
    </message>
    <message>
        <source>national four-good chamber</source>
        <translation>全国“四好”商会</translation>
    </message>
    <message>
        <source>integrity pioneer chamber</source>
        <translation>全区诚信建设先行商会</translation>
    </message>
    <message>
        <source>star-rated Party organisation</source>
        <translation>星级党组织</translation>
    </message>
    <message>
        <source>The honour&apos;s chamber is missing.</source>
        <translation>未指定获得荣誉的商会。</translation>
    </message>
    <message>
        <source>The year of the honour is missing.</source>
        <translation>未填写荣誉年度。</translation>
    </message>
    <message>
        <source>The honour year %1 is in the future.</source>
        <translation>荣誉年度 %1 晚于今年。</translation>
    </message>
    <message>
        <source>The honour year %1 is not a plausible year.</source>
        <translation>荣誉年度 %1 不是合理的年份。</translation>
    </message>
    <message>
        <source>The decision date %1 is not in the honour year %2.</source>
        <translation>认定日期 %1 不在荣誉年度 %2 之内。</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>contract</source>
        <translation>合同纠纷</translation>
    </message>
    <message>
        <source>debt</source>
        <translation>债务纠纷</translation>
    </message>
    <message>
        <source>labour</source>
        <translation>劳动争议</translation>
    </message>
    <message>
        <source>product quality</source>
        <translation>产品质量纠纷</translation>
    </message>
    <message>
        <source>intellectual property</source>
        <translation>知识产权纠纷</translation>
    </message>
    <message>
        <source>partnership or equity</source>
        <translation>合伙股权纠纷</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>a party&apos;s application</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>the committee&apos;s own initiative</source>
        <translation>主动调解</translation>
    </message>
    <message>
        <source>police referral</source>
        <translation>公安移送</translation>
    </message>
    <message>
        <source>court entrustment</source>
        <translation>法院委托</translation>
    </message>
    <message>
        <source>government assignment</source>
        <translation>政府交办</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>mediating</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>referred to court or arbitration</source>
        <translation>转诉讼/仲裁</translation>
    </message>
    <message>
        <source>performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>The mediation committee&apos;s chamber is missing.</source>
        <translation>未指定调解组织所属的商会。</translation>
    </message>
    <message>
        <source>The number of mediators cannot be negative (%1).</source>
        <translation>调解员人数不能为负数（%1）。</translation>
    </message>
    <message>
        <source>A people&apos;s mediation committee has 3 to 9 members; %1 recorded.</source>
        <translation>人民调解委员会由 3 至 9 名委员组成；现记录为 %1 名。</translation>
    </message>
    <message>
        <source>The tally&apos;s chamber is missing.</source>
        <translation>未指定年度调解统计所属的商会。</translation>
    </message>
    <message>
        <source>The year of the tally is missing.</source>
        <translation>未填写调解统计的年度。</translation>
    </message>
    <message>
        <source>The tally year %1 is in the future.</source>
        <translation>统计年度 %1 晚于今年。</translation>
    </message>
    <message>
        <source>The number of cases cannot be negative (%1).</source>
        <translation>案件数不能为负数（%1）。</translation>
    </message>
    <message>
        <source>The number of settled cases cannot be negative (%1).</source>
        <translation>调解成功的案件数不能为负数（%1）。</translation>
    </message>
    <message>
        <source>%1 cases settled is more than the %2 cases of the year.</source>
        <translation>调解成功的案件数（%1）超过了当年的案件总数（%2）。</translation>
    </message>
    <message>
        <source>The case&apos;s chamber is missing.</source>
        <translation>未指定案件所属的商会。</translation>
    </message>
    <message>
        <source>The date the case was received is missing.</source>
        <translation>未填写案件的受理日期。</translation>
    </message>
    <message>
        <source>A case that is %1 needs its closed date.</source>
        <translation>状态为“%1”的案件须填写结案日期。</translation>
    </message>
    <message>
        <source>Only a closed case has a closed date; this one is %1.</source>
        <translation>只有已结案的案件才有结案日期；该案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a settled case has an agreed amount; this one is %1.</source>
        <translation>只有调解成功的案件才有协议金额；该案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a settled case has a mediation agreement; this one is %1.</source>
        <translation>只有调解成功的案件才有调解协议；该案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a settled case&apos;s agreement can be judicially confirmed; this one is %1.</source>
        <translation>只有调解成功案件的调解协议才能司法确认；该案件当前为“%1”。</translation>
    </message>
    <message>
        <source>Only a settled case&apos;s agreement is performed; this one is %1.</source>
        <translation>只有调解成功案件的调解协议才有履行情况；该案件当前为“%1”。</translation>
    </message>
    <message>
        <source>The agreed amount is more than the amount in dispute.</source>
        <translation>协议金额超过了争议金额。</translation>
    </message>
    <message>
        <source>The agreement is marked performed; the case file should say what proves it.</source>
        <translation>调解协议已标记为已履行；卷宗中应写明履行凭证。</translation>
    </message>
    <message>
        <source>A follow-up visit comes after the case is closed; this one is %1.</source>
        <translation>回访应在结案之后进行；该案件当前为“%1”。</translation>
    </message>
    <message>
        <source>A follow-up visit needs its date.</source>
        <translation>回访须填写回访日期。</translation>
    </message>
</context>
<context>
    <name>MediationCaseFields</name>
    <message>
        <source>case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Case number; given as YYYY-NNN when left out.</source>
        <translation>案件编号；不填时按 YYYY-NNN 生成。</translation>
    </message>
    <message>
        <source>received date</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Date the case was received.</source>
        <translation>受理日期。</translation>
    </message>
    <message>
        <source>case source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>application, initiative, police_referral, court_entrustment or government_assignment.</source>
        <translation>application、initiative、police_referral、court_entrustment 或 government_assignment。</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applicant (申请人).</source>
        <translation>申请人。</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Respondent (被申请人).</source>
        <translation>被申请人。</translation>
    </message>
    <message>
        <source>dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>contract, debt, labour, product_quality, intellectual_property, partnership or other.</source>
        <translation>contract、debt、labour、product_quality、intellectual_property、partnership 或 other。</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>案情摘要</translation>
    </message>
    <message>
        <source>What the dispute is about.</source>
        <translation>纠纷内容。</translation>
    </message>
    <message>
        <source>amount in dispute</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <source>Amount in dispute, in yuan.</source>
        <translation>争议金额（元）。</translation>
    </message>
    <message>
        <source>mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Mediators, separated by 、 or commas.</source>
        <translation>调解员，以 、 或逗号分隔。</translation>
    </message>
    <message>
        <source>follow-up visit date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Date of the follow-up visit (回访).</source>
        <translation>回访日期。</translation>
    </message>
    <message>
        <source>satisfaction at follow-up</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <source>satisfied, fairly_satisfied or dissatisfied.</source>
        <translation>satisfied、fairly_satisfied 或 dissatisfied。</translation>
    </message>
    <message>
        <source>follow-up note</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>What the follow-up found.</source>
        <translation>回访情况。</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>agreed amount</source>
        <translation>协议金额</translation>
    </message>
    <message>
        <source>Amount agreed, in yuan.</source>
        <translation>协议金额（元）。</translation>
    </message>
    <message>
        <source>agreement number</source>
        <translation>调解协议编号</translation>
    </message>
    <message>
        <source>Number of the mediation agreement (调解协议书).</source>
        <translation>调解协议书编号。</translation>
    </message>
    <message>
        <source>judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Agreement judicially confirmed (司法确认).</source>
        <translation>协议已司法确认。</translation>
    </message>
    <message>
        <source>performance of the agreement</source>
        <translation>协议履行情况</translation>
    </message>
    <message>
        <source>performed, partly_performed or not_performed.</source>
        <translation>performed、partly_performed 或 not_performed。</translation>
    </message>
    <message>
        <source>proof of performance</source>
        <translation>履行凭证</translation>
    </message>
    <message>
        <source>What proves performance (履行凭证).</source>
        <translation>履行凭证。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>For a case entered from its file: received, mediating, settled, failed or referred.</source>
        <translation>按卷宗录入的案件：received、mediating、settled、failed 或 referred。</translation>
    </message>
    <message>
        <source>closed date</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Closed date (with settled, failed or referred).</source>
        <translation>结案日期（用于 settled、failed 或 referred）。</translation>
    </message>
    <message>
        <source>mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
</context>
<context>
    <name>MediationCommitteeFields</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name, e.g. …商会人民调解委员会.</source>
        <translation>名称，如 …商会人民调解委员会。</translation>
    </message>
    <message>
        <source>founded date</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Founding date; empty for unknown.</source>
        <translation>成立日期；不详则留空。</translation>
    </message>
    <message>
        <source>mediators</source>
        <translation>调解员人数</translation>
    </message>
    <message>
        <source>Number of mediators.</source>
        <translation>调解员人数。</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>mediation committee</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员人数</translation>
    </message>
</context>
<context>
    <name>MediationTallyFields</name>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The year counted.</source>
        <translation>统计年度。</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Cases mediated in the year (年度调解案件数).</source>
        <translation>年度调解案件数。</translation>
    </message>
    <message>
        <source>settled cases</source>
        <translation>调解成功案件数</translation>
    </message>
    <message>
        <source>Of those, settled; empty for unknown.</source>
        <translation>其中调解成功数；不详则留空。</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>yearly case tally</source>
        <translation>年度案件统计</translation>
    </message>
</context>
<context>
    <name>MemberFields</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name of the firm or person.</source>
        <translation>企业或个人名称。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>enterprise (企业会员) or individual (个人会员).</source>
        <translation>enterprise（企业会员）或 individual（个人会员）。</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>A firm&apos;s unified social credit code.</source>
        <translation>企业统一社会信用代码。</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>代表人</translation>
    </message>
    <message>
        <source>Who represents the firm (法定代表人).</source>
        <translation>法定代表人。</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone.</source>
        <translation>电话。</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Industry.</source>
        <translation>行业。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>商会职务</translation>
    </message>
    <message>
        <source>president, executive_vice_president, vice_president, secretary_general, executive_director, director, supervisor or member (or 会长, 副会长, 理事, 会员 …).</source>
        <translation>president、executive_vice_president、vice_president、secretary_general、executive_director、director、supervisor 或 member（或 会长、副会长、理事、会员 …）。</translation>
    </message>
    <message>
        <source>joining date</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Date the member joined.</source>
        <translation>入会日期。</translation>
    </message>
    <message>
        <source>leaving date</source>
        <translation>退会日期</translation>
    </message>
    <message>
        <source>Date the member left; empty while a member.</source>
        <translation>退会日期；在会期间留空。</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退会日期</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>enterprise</source>
        <translation>企业会员</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>个人会员</translation>
    </message>
    <message>
        <source>president</source>
        <translation>会长</translation>
    </message>
    <message>
        <source>executive vice-president</source>
        <translation>常务副会长</translation>
    </message>
    <message>
        <source>vice-president</source>
        <translation>副会长</translation>
    </message>
    <message>
        <source>secretary-general</source>
        <translation>秘书长</translation>
    </message>
    <message>
        <source>executive director</source>
        <translation>常务理事</translation>
    </message>
    <message>
        <source>director</source>
        <translation>理事</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>监事</translation>
    </message>
    <message>
        <source>member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>The member&apos;s chamber is missing.</source>
        <translation>未指定会员所属的商会。</translation>
    </message>
    <message>
        <source>Only an enterprise member has a credit code.</source>
        <translation>只有企业会员才有统一社会信用代码。</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>standalone</source>
        <translation>单独组建</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>联合组建</translation>
    </message>
    <message>
        <source>The Party organisation&apos;s chamber is missing.</source>
        <translation>未指定党组织所在的商会。</translation>
    </message>
    <message>
        <source>The number of Party members cannot be negative (%1).</source>
        <translation>党员人数不能为负数（%1）。</translation>
    </message>
    <message>
        <source>A Party branch needs at least 3 full members; %1 recorded.</source>
        <translation>单独组建党支部须有 3 名以上正式党员；现记录为 %1 名。</translation>
    </message>
    <message>
        <source>Only a jointly formed organisation is formed with other units.</source>
        <translation>只有联合组建的党组织才填写联合组建的单位。</translation>
    </message>
    <message>
        <source>The star rating runs from 1 to 5, not %1.</source>
        <translation>星级只能是 1 至 5 星，不能是 %1。</translation>
    </message>
    <message>
        <source>A rating date needs a star rating.</source>
        <translation>填写了评星日期，就须填写星级。</translation>
    </message>
    <message>
        <source>The instructor&apos;s chamber is missing.</source>
        <translation>未指定党建工作指导员所联系的商会。</translation>
    </message>
    <message>
        <source>The disclosure&apos;s chamber is missing.</source>
        <translation>未指定公开记录所属的商会。</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not one of 2024, 2024-H1, 2024-Q3 or 2024-03.</source>
        <translation>期间“%1”的写法不对；应写成 2024（全年）、2024-H1（半年）、2024-Q3（季度）或 2024-03（月份）这样的形式。</translation>
    </message>
    <message>
        <source>The period %1 has not begun yet.</source>
        <translation>期间 %1 尚未开始。</translation>
    </message>
    <message>
        <source>A disclosure needs the date it was made public.</source>
        <translation>公开记录须填写公开日期。</translation>
    </message>
    <message>
        <source>Nothing is marked disclosed, yet a disclosure date is given.</source>
        <translation>没有勾选任何公开事项，却填写了公开日期。</translation>
    </message>
    <message>
        <source>The disclosure date %1 is before the period %2 begins.</source>
        <translation>公开日期 %1 早于期间 %2 的开始日期。</translation>
    </message>
</context>
<context>
    <name>PartyInstructorFields</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Instructor&apos;s name.</source>
        <translation>党建指导员姓名。</translation>
    </message>
    <message>
        <source>work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Instructor&apos;s own work unit.</source>
        <translation>党建指导员所在单位。</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone.</source>
        <translation>电话。</translation>
    </message>
    <message>
        <source>from date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>In post from this date.</source>
        <translation>任职起始日期。</translation>
    </message>
    <message>
        <source>until date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Left the post on this date.</source>
        <translation>离任日期。</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Party instructor</source>
        <translation>党建指导员</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In post from</source>
        <translation>任职起始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>离任日期</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>党建指导员</translation>
    </message>
</context>
<context>
    <name>PartyOrganizationFields</name>
    <message>
        <source>form</source>
        <translation>组建形式</translation>
    </message>
    <message>
        <source>standalone (单独组建) or joint (联合组建).</source>
        <translation>standalone（单独组建）或 joint（联合组建）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name of the organisation, e.g. 中共…商会支部委员会.</source>
        <translation>组织名称，如 中共…商会支部委员会。</translation>
    </message>
    <message>
        <source>formed jointly with</source>
        <translation>联合组建单位</translation>
    </message>
    <message>
        <source>The units a joint organisation is formed with.</source>
        <translation>联合组建的单位。</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员人数</translation>
    </message>
    <message>
        <source>Number of Party members (党员数).</source>
        <translation>党员数。</translation>
    </message>
    <message>
        <source>Party secretary</source>
        <translation>党组织书记</translation>
    </message>
    <message>
        <source>Party secretary (书记).</source>
        <translation>书记。</translation>
    </message>
    <message>
        <source>Party secretary&apos;s phone</source>
        <translation>党组织书记电话</translation>
    </message>
    <message>
        <source>Party secretary&apos;s phone.</source>
        <translation>书记电话。</translation>
    </message>
    <message>
        <source>founded date</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Founding date; empty for unknown.</source>
        <translation>成立日期；不详则留空。</translation>
    </message>
    <message>
        <source>star rating</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Star rating (星级), 1 to 5; empty for none.</source>
        <translation>星级，1 至 5；无则留空。</translation>
    </message>
    <message>
        <source>star rating date</source>
        <translation>评星日期</translation>
    </message>
    <message>
        <source>Date the star rating was given.</source>
        <translation>星级评定日期。</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>组建方式</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>vetoed</source>
        <translation>否决</translation>
    </message>
    <message>
        <source>The category&apos;s name is missing.</source>
        <translation>未填写积分类别名称。</translation>
    </message>
    <message>
        <source>The category&apos;s name is longer than 40 characters.</source>
        <translation>积分类别名称超过 40 个字符。</translation>
    </message>
    <message>
        <source>The pass mark cannot be negative.</source>
        <translation>合格分数线不能为负数。</translation>
    </message>
    <message>
        <source>The grade thresholds must rise: pass %1 ≤ good %2 ≤ excellent %3.</source>
        <translation>等级分数线须逐级升高：合格 %1 ≤ 良好 %2 ≤ 优秀 %3。</translation>
    </message>
    <message>
        <source>The year %1 is outside 2000–2100.</source>
        <translation>年度 %1 不在 2000–2100 之间。</translation>
    </message>
    <message>
        <source>The rule&apos;s category is missing.</source>
        <translation>未指定积分规则的类别。</translation>
    </message>
    <message>
        <source>The rule&apos;s description is missing.</source>
        <translation>未填写积分规则的说明。</translation>
    </message>
    <message>
        <source>The rule&apos;s description is longer than 200 characters.</source>
        <translation>积分规则的说明超过 200 个字符。</translation>
    </message>
    <message>
        <source>A rule gives or deducts some points; 0 is not a rule.</source>
        <translation>积分规则须加分或扣分，分值不能为 0。</translation>
    </message>
    <message>
        <source>The cap per year must be more than 0 (for a deduction: the most that can be lost).</source>
        <translation>年度上限须大于 0（扣分规则填写全年最多扣除的分数）。</translation>
    </message>
    <message>
        <source>The cap per item must be more than 0.</source>
        <translation>单项上限须大于 0。</translation>
    </message>
    <message>
        <source>The cap per item (%1) is less than one occurrence (%2).</source>
        <translation>单项上限（%1）低于一次的分值（%2）。</translation>
    </message>
    <message>
        <source>The cap per item (%1) is more than the cap per year (%2).</source>
        <translation>单项上限（%1）高于年度上限（%2）。</translation>
    </message>
    <message>
        <source>A deduction cannot be in a group counted once; only rules that give points can.</source>
        <translation>扣分规则不能放入“只计一次”的分组；只有加分规则可以。</translation>
    </message>
    <message>
        <source>The entry&apos;s chamber is missing.</source>
        <translation>未指定积分记录所属的商会。</translation>
    </message>
    <message>
        <source>The entry&apos;s date is missing.</source>
        <translation>未填写积分记录的日期。</translation>
    </message>
    <message>
        <source>The date %1 is not in %2, the year of the rule.</source>
        <translation>日期 %1 不在积分规则所属的年度 %2 之内。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The quantity must be between 1 and %1, not %2.</source>
        <translation>数量须在 1 至 %1 之间，不能是 %2。</translation>
    </message>
    <message>
        <source>The points %1 differ from the rule&apos;s %2; a change by hand needs a reason.</source>
        <translation>分值 %1 与规则规定的 %2 不同；手工修改分值须填写原因。</translation>
    </message>
    <message>
        <source>The rule is a deduction; its entries cannot give points.</source>
        <translation>该规则是扣分规则，其积分记录不能加分。</translation>
    </message>
    <message>
        <source>The rule gives points; its entries cannot deduct them.</source>
        <translation>该规则是加分规则，其积分记录不能扣分。</translation>
    </message>
    <message>
        <source>The points %1 are beyond the rule&apos;s cap per item (%2).</source>
        <translation>分值 %1 超出了该规则的单项上限（%2）。</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>退回须填写原因。</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; requires evidence; add an evidence note before submitting.</source>
        <translation>规则“%1”要求提供佐证材料；请先填写佐证说明再提交。</translation>
    </message>
    <message>
        <source>The veto&apos;s chamber is missing.</source>
        <translation>未指定一票否决所涉及的商会。</translation>
    </message>
    <message>
        <source>A veto needs a reason.</source>
        <translation>一票否决须填写原因。</translation>
    </message>
    <message>
        <source>The veto&apos;s date is missing.</source>
        <translation>未填写一票否决的日期。</translation>
    </message>
    <message>
        <source>The veto&apos;s date %1 is before the year %2 it applies to.</source>
        <translation>一票否决的日期 %1 早于其适用的年度 %2。</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>%1 individual and %2 unit members (needed: %3 individual, %4 unit, or %5 in all)</source>
        <translation>个人会员 %1 个、单位会员 %2 个（要求：个人会员不少于 %3 个，或单位会员不少于 %4 个，或两者合计不少于 %5 个）</translation>
    </message>
    <message>
        <source>president and secretary-general in post</source>
        <translation>会长、秘书长均已到位</translation>
    </message>
    <message>
        <source>president or secretary-general missing</source>
        <translation>缺少会长或秘书长</translation>
    </message>
    <message>
        <source>no premises recorded</source>
        <translation>未填写办公场所</translation>
    </message>
    <message>
        <source>number of full-time staff not recorded</source>
        <translation>未填写专职工作人员人数</translation>
    </message>
    <message numerus="yes">
        <source>%n full-time staff</source>
        <translation>
            <numerusform>专职工作人员 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>activity funds not recorded</source>
        <translation>未填写活动资金</translation>
    </message>
    <message>
        <source>%1 yuan of activity funds (needed: %2)</source>
        <translation>活动资金 %1 元（要求：不少于 %2 元）</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>assessed as able</source>
        <translation>经评估能够独立承担</translation>
    </message>
    <message>
        <source>assessed as not able</source>
        <translation>经评估不能独立承担</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员数量</translation>
    </message>
    <message>
        <source>name and organs</source>
        <translation>名称和组织机构</translation>
    </message>
    <message>
        <source>fixed premises</source>
        <translation>固定办公场所</translation>
    </message>
    <message>
        <source>full-time staff</source>
        <translation>专职工作人员</translation>
    </message>
    <message>
        <source>activity funds of 30,000 yuan</source>
        <translation>活动资金不少于 3 万元</translation>
    </message>
    <message>
        <source>independent civil liability</source>
        <translation>独立承担民事责任</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>待核实</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <source>The %1 %2 is in the future.</source>
        <translation>%1 %2 晚于今天。</translation>
    </message>
    <message>
        <source>The %1 %2 is before the %3 %4.</source>
        <translation>%1 %2 早于%3 %4。</translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation>未填写%1。</translation>
    </message>
    <message>
        <source>The %1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>The phone number %1 has characters a phone number cannot have.</source>
        <translation>电话号码 %1 含有电话号码中不应出现的字符。</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1超过 %2 个字符。</translation>
    </message>
</context>
<context>
    <name>Registrations</name>
    <message>
        <source>not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>deregistered</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>The date of the registration change is missing.</source>
        <translation>未填写登记状态变更的日期。</translation>
    </message>
    <message>
        <source>The registration date %1 is in the future.</source>
        <translation>登记日期 %1 晚于今天，不能是将来的日期。</translation>
    </message>
    <message>
        <source>The registration date %1 is before the chamber was founded on %2.</source>
        <translation>登记日期 %1 早于商会的成立日期 %2。</translation>
    </message>
    <message>
        <source>The date %1 is before the last recorded change (%2 on %3); the history is kept in date order.</source>
        <translation>日期 %1 早于上一次记录的变更（%3 变为“%2”）；登记历史须按日期先后记录。</translation>
    </message>
    <message>
        <source>The chamber is already %1.</source>
        <translation>该商会当前已是“%1”状态。</translation>
    </message>
    <message>
        <source>Only a registered chamber can be deregistered; this one is %1.</source>
        <translation>只有已登记的商会才能注销；该商会当前为“%1”状态。</translation>
    </message>
    <message>
        <source>A registered chamber needs its unified social credit code.</source>
        <translation>状态为已登记的商会须填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>A credit code is only recorded with the status registered.</source>
        <translation>只有状态为已登记时才记录统一社会信用代码。</translation>
    </message>
    <message>
        <source>Entry %1 (%2, %3): %4</source>
        <translation>第 %1 条（%2，%3）：%4</translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message>
        <source>vetoed</source>
        <translation>被一票否决</translation>
    </message>
    <message>
        <source>not registered for a full year</source>
        <translation>登记未满一年</translation>
    </message>
    <message>
        <source>below the pass mark</source>
        <translation>未达到合格分数线</translation>
    </message>
</context>
<context>
    <name>ServiceRequestFields</name>
    <message>
        <source>member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>The member, by number on the chamber&apos;s member list.</source>
        <translation>会员，按商会会员名单中的编号。</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Who raised it, when not on the member list.</source>
        <translation>提出人（不在会员名单中时）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>water, power, sewage, funding, legal or other.</source>
        <translation>water、power、sewage、funding、legal 或 other。</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>What is needed.</source>
        <translation>需求内容。</translation>
    </message>
    <message>
        <source>raised date</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Date the need was raised.</source>
        <translation>需求提出日期。</translation>
    </message>
    <message>
        <source>partner referred to</source>
        <translation>转办单位</translation>
    </message>
    <message>
        <source>Who it was referred to: legal service centre, bank, village committee …</source>
        <translation>转交对象：法律服务中心、银行、村委会 …</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>开始办理日期</translation>
    </message>
    <message>
        <source>resolution date</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <source>need</source>
        <translation>会员需求</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>需求内容</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转办单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ServiceRequests</name>
    <message>
        <source>water</source>
        <translation>用水</translation>
    </message>
    <message>
        <source>power</source>
        <translation>用电</translation>
    </message>
    <message>
        <source>sewage</source>
        <translation>排污</translation>
    </message>
    <message>
        <source>funding shortage</source>
        <translation>资金短缺</translation>
    </message>
    <message>
        <source>legal rights</source>
        <translation>法律维权</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>The need&apos;s chamber is missing.</source>
        <translation>未指定需求所属的商会。</translation>
    </message>
    <message>
        <source>The date the need was raised is missing.</source>
        <translation>未填写需求的提出日期。</translation>
    </message>
    <message>
        <source>An open need has no start or resolution date yet.</source>
        <translation>待办的需求还不应有开始办理日期或解决日期。</translation>
    </message>
    <message>
        <source>A need in progress needs the date work on it started.</source>
        <translation>办理中的需求须填写开始办理的日期。</translation>
    </message>
    <message>
        <source>A need in progress has no resolution date yet.</source>
        <translation>办理中的需求还不应有解决日期。</translation>
    </message>
    <message>
        <source>A resolved need needs its resolution date.</source>
        <translation>已解决的需求须填写解决日期。</translation>
    </message>
    <message>
        <source>Only a resolved need has a resolution.</source>
        <translation>只有已解决的需求才填写解决情况。</translation>
    </message>
    <message>
        <source>Only a resolved need can be reopened; this one is %1.</source>
        <translation>只有已解决的需求才能重新打开；该需求当前为“%1”。</translation>
    </message>
    <message>
        <source>A reopened need goes back to open or in progress.</source>
        <translation>重新打开的需求应回到“待办”或“办理中”状态。</translation>
    </message>
    <message>
        <source>Reopening a need needs the reason.</source>
        <translation>重新打开需求须填写原因。</translation>
    </message>
    <message>
        <source>The need is already %1.</source>
        <translation>该需求当前已是“%1”状态。</translation>
    </message>
    <message>
        <source>The need is %1; it goes back only by reopening it, with a reason.</source>
        <translation>该需求当前为“%1”；只能通过重新打开（须填写原因）退回。</translation>
    </message>
    <message>
        <source>The date of the status change is missing.</source>
        <translation>未填写状态变更的日期。</translation>
    </message>
    <message>
        <source>The need cannot be reopened on %1, before it was resolved on %2.</source>
        <translation>需求不能在 %1 重新打开，该日期早于其解决日期 %2。</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The %1 holds a control character (%2), which is not text. Remove it and save again.</source>
        <translation>“%1”含有控制字符（%2），它不是文字。请删除后再保存。</translation>
    </message>
    <message>
        <source>The %1 holds a text-direction override (%2), which makes it display as something other than it is. Remove it and save again.</source>
        <translation>“%1”含有文字方向控制符（%2），会让它显示成另一个样子。请删除后再保存。</translation>
    </message>
    <message>
        <source>The %1 is made only of invisible characters (such as a zero-width space): it would show as blank.</source>
        <translation>“%1”只由不可见字符（如零宽空格）组成，显示出来是空白。</translation>
    </message>
    <message>
        <source>The %1 is %L2 characters long; it may be at most %L3.</source>
        <translation>“%1”长 %L2 个字符，最多只能 %L3 个。</translation>
    </message>
</context>
<context>
    <name>chamber::QtTexts</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
</TS>
