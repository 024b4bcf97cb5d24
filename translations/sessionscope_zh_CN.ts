<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertCenter</name>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message>
        <source>Double-click an alert (or press Enter) to see exactly its sessions</source>
        <translation>双击告警（或按 Enter）可查看其涉及的会话</translation>
    </message>
    <message>
        <source>Alerts raised now; click to see the list</source>
        <translation>当前已触发的告警；点击查看列表</translation>
    </message>
    <message>
        <source>Alert list</source>
        <translation>告警列表</translation>
    </message>
    <message>
        <source>Export alert history…</source>
        <translation>导出告警历史…</translation>
    </message>
    <message>
        <source>Keep watching in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续监视</translation>
    </message>
    <message>
        <source>While alert rules are on, closing or minimising the window leaves SessionScope in the tray, watching and alerting</source>
        <translation>启用告警规则时，关闭或最小化窗口后 SessionScope 留在托盘中，继续监视并告警</translation>
    </message>
    <message>
        <source>Alert on %1</source>
        <extracomment>Summary of a desktop notification: the instance an alert was raised on.</extracomment>
        <translation>%1 上的告警</translation>
    </message>
    <message>
        <source>%1: now %2</source>
        <translation>%1：当前为 %2</translation>
    </message>
    <message numerus="yes">
        <source> · %n session(s)</source>
        <translation>
            <numerusform> · %n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n 条告警</numerusform>
        </translation>
    </message>
    <message>
        <source>SessionScope is watching for alerts</source>
        <translation>SessionScope 正在监视告警</translation>
    </message>
    <message>
        <source>Show SessionScope</source>
        <translation>显示 SessionScope</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>This alert is about the instance as a whole; it names no sessions.</source>
        <translation>此告警针对整个实例，不涉及具体会话。</translation>
    </message>
    <message>
        <source>This alert was raised on %1; open that instance to see its sessions.</source>
        <translation>此告警在 %1 上触发；打开该实例即可查看其会话。</translation>
    </message>
    <message>
        <source>Alert: %1 at %2</source>
        <extracomment>The drill-down chip of an alert's sessions: the rule in words, then when it was raised.</extracomment>
        <translation>告警：%1，于 %2</translation>
    </message>
    <message>
        <source>Export alert history</source>
        <translation>导出告警历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Alert history exported.</source>
        <translation>告警历史已导出。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The alert history was not exported: %1</source>
        <translation>告警历史未导出：%1</translation>
    </message>
</context>
<context>
    <name>AlertHistory</name>
    <message>
        <source>The alert history %1 could not be read: %2.</source>
        <translation>无法读取告警历史 %1：%2。</translation>
    </message>
    <message>
        <source>The alert history %1 is damaged (line %2 cannot be read); it was set aside as %3 and a new history was started.</source>
        <translation>告警历史 %1 已损坏（第 %2 行无法读取）；已将其另存为 %3，并开始新的历史。</translation>
    </message>
    <message>
        <source>The alert history %1 is damaged (line %2 cannot be read) and could not be set aside; alerts are not kept until it is removed.</source>
        <translation>告警历史 %1 已损坏（第 %2 行无法读取）且无法另存；在将其删除之前不会保存告警。</translation>
    </message>
    <message>
        <source>The alert history %1 could not be written: %2.</source>
        <translation>无法写入告警历史 %1：%2。</translation>
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Cleared at</source>
        <translation>解除时间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An alert's rule and what its value is of (a user, client, database or statement).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>已触发</translation>
    </message>
    <message>
        <source>not seen (no longer watched)</source>
        <translation>未再观察到（已不再监视）</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 上的 %1：%3</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>"%1" is not a rule: write NAME&gt;N, e.g. active&gt;50</source>
        <translation>“%1”不是规则：请写成 NAME&gt;N，例如 active&gt;50</translation>
    </message>
    <message>
        <source>"%1": the threshold must be a whole number of 0 or more</source>
        <translation>“%1”：阈值必须是 0 或更大的整数</translation>
    </message>
    <message>
        <source>"%1": name the %2 after the colon</source>
        <translation>“%1”：请在冒号后写出 %2 的名称</translation>
    </message>
    <message>
        <source>"%1": %2 takes no name</source>
        <translation>“%1”：%2 不接受名称</translation>
    </message>
    <message>
        <source>"%1": unknown rule "%2"; use active, longest_active, idle_in_trx, user, client, db, statement, lock_waits or failing</source>
        <translation>“%1”：未知规则“%2”；请使用 active、longest_active、idle_in_trx、user、client、db、statement、lock_waits 或 failing</translation>
    </message>
    <message>
        <source>Active sessions above %1</source>
        <translation>活跃会话数超过 %1</translation>
    </message>
    <message>
        <source>Longest active session above %1 s</source>
        <translation>最长活跃会话超过 %1 秒</translation>
    </message>
    <message>
        <source>A session idle in a transaction for longer than %1 s</source>
        <translation>有会话在事务中空闲超过 %1 秒</translation>
    </message>
    <message>
        <source>Sessions of one user above %1</source>
        <translation>单个用户的会话数超过 %1</translation>
    </message>
    <message>
        <source>Sessions of user %1 above %2</source>
        <translation>用户 %1 的会话数超过 %2</translation>
    </message>
    <message>
        <source>Sessions of one client above %1</source>
        <translation>单个客户端的会话数超过 %1</translation>
    </message>
    <message>
        <source>Sessions of client %1 above %2</source>
        <translation>客户端 %1 的会话数超过 %2</translation>
    </message>
    <message>
        <source>Sessions of one database above %1</source>
        <translation>单个数据库的会话数超过 %1</translation>
    </message>
    <message>
        <source>Sessions of database %1 above %2</source>
        <translation>数据库 %1 的会话数超过 %2</translation>
    </message>
    <message>
        <source>Sessions running one statement above %1</source>
        <translation>运行同一语句的会话数超过 %1</translation>
    </message>
    <message>
        <source>Lock waits above %1</source>
        <translation>锁等待数超过 %1</translation>
    </message>
    <message>
        <source>Every fetch failing for longer than %1 s</source>
        <translation>所有获取连续失败超过 %1 秒</translation>
    </message>
</context>
<context>
    <name>AlertRulesEditor</name>
    <message>
        <source>Active sessions above</source>
        <translation>活跃会话数超过</translation>
    </message>
    <message>
        <source>Longest active session above</source>
        <translation>最长活跃会话超过</translation>
    </message>
    <message>
        <source>A session idle in a transaction longer than</source>
        <translation>有会话在事务中空闲超过</translation>
    </message>
    <message>
        <source>Sessions of one user above</source>
        <translation>单个用户的会话数超过</translation>
    </message>
    <message>
        <source>Sessions of one client above</source>
        <translation>单个客户端的会话数超过</translation>
    </message>
    <message>
        <source>Sessions of one database above</source>
        <translation>单个数据库的会话数超过</translation>
    </message>
    <message>
        <source>Sessions running one statement above</source>
        <translation>运行同一语句的会话数超过</translation>
    </message>
    <message>
        <source>Lock waits above</source>
        <translation>锁等待数超过</translation>
    </message>
    <message>
        <source>Every fetch failing for longer than</source>
        <translation>所有获取连续失败超过</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of an alert threshold in seconds; keep the leading space if the language uses one.</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>the busiest, or a name</source>
        <translation>最繁忙者，或填写名称</translation>
    </message>
    <message>
        <source>Watch only this one; empty watches whichever has the most sessions</source>
        <translation>只监视此对象；留空则监视会话最多的那个</translation>
    </message>
    <message>
        <source>direct connections only</source>
        <translation>仅限直连</translation>
    </message>
    <message>
        <source>An alert is raised after this many breaching snapshots in a row and cleared after as many clean ones, so a value that flaps around its threshold stays quiet</source>
        <translation>连续这么多个快照越过阈值才触发告警，连续同样多个正常快照才解除，因此在阈值附近来回波动的值不会反复告警</translation>
    </message>
    <message>
        <source>Snapshots in a row that raise or clear an alert</source>
        <translation>触发或解除告警所需的连续快照数</translation>
    </message>
    <message>
        <source>No alert rule is on.</source>
        <translation>未启用任何告警规则。</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>已启用：%1</translation>
    </message>
</context>
<context>
    <name>AliyunCliConfig</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>未定义值</translation>
    </message>
    <message>
        <source>The Aliyun CLI profile '%1' (mode %2) has no %3.</source>
        <translation>阿里云 CLI 配置“%1”（模式 %2）缺少 %3。</translation>
    </message>
    <message>
        <source>In the Aliyun CLI profile '%1', %2 must be text, not %3.</source>
        <translation>在阿里云 CLI 配置“%1”中，%2 必须是文本，而不是%3。</translation>
    </message>
    <message>
        <source>In the Aliyun CLI profile '%1', mode must be text, not %2.</source>
        <translation>在阿里云 CLI 配置“%1”中，mode 必须是文本，而不是%2。</translation>
    </message>
    <message>
        <source>The Aliyun CLI profile '%1' has no mode.</source>
        <translation>阿里云 CLI 配置“%1”缺少 mode。</translation>
    </message>
    <message>
        <source>The Aliyun CLI profile '%1' uses mode %2, which SessionScope does not support; use a profile with mode AK or StsToken, or the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>阿里云 CLI 配置“%1”使用的模式 %2 不受 SessionScope 支持；请使用模式为 AK 或 StsToken 的配置，或使用环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration is empty.</source>
        <translation>阿里云 CLI 配置文件为空。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration is not valid JSON: %1 at offset %2.</source>
        <translation>阿里云 CLI 配置文件不是有效的 JSON：%1（位于偏移量 %2）。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration must be a JSON object.</source>
        <translation>阿里云 CLI 配置文件必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>In the Aliyun CLI configuration, "current" must be text, not %1.</source>
        <translation>阿里云 CLI 配置文件中，"current" 必须是文本，而不是%1。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration has no "profiles" list.</source>
        <translation>阿里云 CLI 配置文件中没有 "profiles" 列表。</translation>
    </message>
    <message>
        <source>In the Aliyun CLI configuration, "profiles" must be a list, not %1.</source>
        <translation>阿里云 CLI 配置文件中，"profiles" 必须是列表，而不是%1。</translation>
    </message>
    <message>
        <source>Profile #%1 in the Aliyun CLI configuration must be an object, not %2.</source>
        <translation>阿里云 CLI 配置文件中的配置 #%1 必须是对象，而不是%2。</translation>
    </message>
    <message>
        <source>In profile #%1 of the Aliyun CLI configuration, "name" must be text, not %2.</source>
        <translation>阿里云 CLI 配置文件的配置 #%1 中，"name" 必须是文本，而不是%2。</translation>
    </message>
    <message>
        <source>Profile #%1 in the Aliyun CLI configuration has no name.</source>
        <translation>阿里云 CLI 配置文件中的配置 #%1 没有名称。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration has two profiles named '%1'.</source>
        <translation>阿里云 CLI 配置文件中有两个名为“%1”的配置。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration contains no profiles.</source>
        <translation>阿里云 CLI 配置文件中没有任何配置。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration has no profile named '%1'.</source>
        <translation>阿里云 CLI 配置文件中没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_PROFILE names the profile '%1', but the Aliyun CLI configuration has no profile of that name.</source>
        <translation>ALIBABA_CLOUD_PROFILE 指定了配置“%1”，但阿里云 CLI 配置文件中没有该名称的配置。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration names '%1' as its current profile, but has no profile of that name.</source>
        <translation>阿里云 CLI 配置文件将“%1”指定为当前配置，但其中没有该名称的配置。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration names no current profile and has no profile named '%1'.</source>
        <translation>阿里云 CLI 配置文件未指定当前配置，也没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 cannot be read: %2</source>
        <translation>无法读取阿里云 CLI 配置文件 %1：%2</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 is larger than 4 MiB.</source>
        <translation>阿里云 CLI 配置文件 %1 大于 4 MiB。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 is not a regular file.</source>
        <translation>Aliyun CLI 配置 %1 不是普通文件。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 cannot be read: %2 is a symbolic link to %3, which does not exist.</source>
        <translation>无法读取阿里云 CLI 配置文件 %1：%2 是指向 %3 的符号链接，而 %3 不存在。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 cannot be read: its symbolic links form a loop.</source>
        <translation>无法读取阿里云 CLI 配置文件 %1：其符号链接构成了循环。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 cannot be read: permission to enter its folder %2 is denied.</source>
        <translation>无法读取阿里云 CLI 配置文件 %1：没有进入其所在文件夹 %2 的权限。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 cannot be read: a part of that path is a file, not a folder.</source>
        <translation>无法读取阿里云 CLI 配置文件 %1：该路径中有一部分是文件而不是文件夹。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot create the folder %1 for the audit log.</source>
        <translation>无法为审计日志创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>无法打开审计日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation>无法写入审计日志 %1：%2</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation>未记录结果</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Filter: user, instance, session, SQL, outcome…</source>
        <translation>筛选：用户、实例、会话、SQL、结果…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>window</source>
        <translation>图形界面</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>连接</translation>
    </message>
    <message numerus="yes">
        <source>%n kill(s)</source>
        <translation>
            <numerusform>%n 次终止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n 个目标会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read.</source>
        <translation>
            <numerusform>%n 行无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>输出格式：csv（默认）或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write the sessions to FILE (- for standard output).</source>
        <translation>将会话写入文件（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Also write the per-user/client/db statistics CSV to FILE.</source>
        <translation>同时将按用户/客户端/数据库的统计 CSV 写入文件。</translation>
    </message>
    <message>
        <source>Do not prefix text cells that start with = + - @ with a quote.</source>
        <translation>不为以 = + - @ 开头的文本单元格添加引号前缀。</translation>
    </message>
    <message>
        <source>error: unknown format "%1"; use csv or json</source>
        <translation>错误：未知格式 "%1"；请使用 csv 或 json</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Node ID (PolarDB).</source>
        <translation>节点 ID（PolarDB）。</translation>
    </message>
    <message>
        <source>DAS endpoint URL (default %1).</source>
        <translation>DAS 接入地址 URL（默认 %1）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>超过此秒数后放弃（默认 30）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Seconds between polls (default 1).</source>
        <translation>轮询间隔秒数（默认 1）。</translation>
    </message>
    <message>
        <source>error: InvalidEndpoint: %1</source>
        <translation>错误：InvalidEndpoint：%1</translation>
    </message>
    <message>
        <source>error: %1 — %2</source>
        <translation>错误：%1 — %2</translation>
    </message>
    <message>
        <source>Convert a saved GetMySQLAllSessionAsync response.</source>
        <translation>转换已保存的 GetMySQLAllSessionAsync 响应。</translation>
    </message>
    <message>
        <source>The saved response (JSON).</source>
        <translation>已保存的响应（JSON）。</translation>
    </message>
    <message>
        <source>Instance ID to record in the output.</source>
        <translation>要记录在输出中的实例 ID。</translation>
    </message>
    <message>
        <source>Node ID to record in the output.</source>
        <translation>要记录在输出中的节点 ID。</translation>
    </message>
    <message>
        <source>error: convert takes exactly one response file</source>
        <translation>错误：convert 只接受一个响应文件</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>错误：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>error: MalformedResponse: %1: %2</source>
        <translation>错误：MalformedResponse：%1：%2</translation>
    </message>
    <message>
        <source>error: %1: the saved response is an error: %2</source>
        <translation>错误：%1：已保存的响应是一个错误：%2</translation>
    </message>
    <message>
        <source>error: %1: the saved response holds no snapshot (IsFinish %2, State %3)</source>
        <translation>错误：%1：已保存的响应中没有快照（IsFinish %2，State %3）</translation>
    </message>
    <message>
        <source>Print the canonical request, the string to sign and the Authorization header of a V3 request.</source>
        <translation>打印 V3 请求的规范请求、待签名字符串和 Authorization 请求头。</translation>
    </message>
    <message>
        <source>AccessKey ID.</source>
        <translation>AccessKey ID。</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>x-acs-date, yyyy-MM-ddTHH:mm:ssZ.</source>
        <translation>x-acs-date，格式为 yyyy-MM-ddTHH:mm:ssZ。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>x-acs-signature-nonce.</source>
        <translation>x-acs-signature-nonce。</translation>
    </message>
    <message>
        <source>nonce</source>
        <translation>随机数</translation>
    </message>
    <message>
        <source>API action.</source>
        <translation>API 操作名称。</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>API version.</source>
        <translation>API 版本。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Host header.</source>
        <translation>Host 请求头。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>HTTP method (default POST).</source>
        <translation>HTTP 方法（默认 POST）。</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>A query parameter, repeatable.</source>
        <translation>查询参数，可重复指定。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>error: --%1 is required</source>
        <translation>错误：必须指定 --%1</translation>
    </message>
    <message>
        <source>error: --param takes key=value, got "%1"</source>
        <translation>错误：--param 的格式应为 key=value，实际为 "%1"</translation>
    </message>
    <message>
        <source>A SessionScope instance profile (its display name or id): instance, node, endpoint and credential, from the keychain if it is kept there.</source>
        <translation>SessionScope 实例配置（显示名称或 ID）：实例、节点、接入地址和凭据，凭据保存在系统密钥环中时从中读取。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instance ID (required without --profile).</source>
        <translation>实例 ID（未使用 --profile 时必填）。</translation>
    </message>
    <message>
        <source>error: NoSuchProfile: no SessionScope profile is named "%1"</source>
        <translation>错误：NoSuchProfile：没有名为“%1”的 SessionScope 实例配置</translation>
    </message>
    <message>
        <source>error: NoCredentials: %1</source>
        <translation>错误：NoCredentials：%1</translation>
    </message>
    <message>
        <source>Also write the lock waits CSV to FILE (direct connections; a header only otherwise).</source>
        <translation>同时将锁等待 CSV 写入文件（仅限直连；其他情况下只写表头）。</translation>
    </message>
    <message>
        <source>error: --mysql takes host[:port], got "%1"</source>
        <translation>错误：--mysql 的格式应为 host[:port]，实际为 "%1"</translation>
    </message>
    <message>
        <source>error: --ssl-mode takes disabled, preferred, required, verify-ca or verify-identity</source>
        <translation>错误：--ssl-mode 的值必须是 disabled、preferred、required、verify-ca 或 verify-identity</translation>
    </message>
    <message>
        <source>Take one snapshot of an instance's sessions through DAS, or of a MySQL/MariaDB server directly.</source>
        <translation>通过 DAS 获取实例会话的一次快照，或直接获取 MySQL/MariaDB 服务器会话的一次快照。</translation>
    </message>
    <message>
        <source>Connect to this MySQL or MariaDB server directly instead of DAS (port 3306 unless given).</source>
        <translation>直接连接此 MySQL 或 MariaDB 服务器，而不通过 DAS（未指定端口时为 3306）。</translation>
    </message>
    <message>
        <source>host[:port]</source>
        <translation>主机[:端口]</translation>
    </message>
    <message>
        <source>Database user for --mysql (default: ~/.my.cnf's, else the login name). The password comes from MYSQL_PWD or ~/.my.cnf.</source>
        <translation>--mysql 使用的数据库用户（默认取 ~/.my.cnf 中的用户，否则为登录名）。密码取自 MYSQL_PWD 或 ~/.my.cnf。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Unix socket of the server for --mysql.</source>
        <translation>--mysql 使用的服务器 Unix 套接字。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>TLS for --mysql: disabled, preferred (default), required, verify-ca or verify-identity.</source>
        <translation>--mysql 的 TLS 模式：disabled、preferred（默认）、required、verify-ca 或 verify-identity。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>CA certificate file for --mysql.</source>
        <translation>--mysql 使用的 CA 证书文件。</translation>
    </message>
    <message>
        <source>error: --instance, --mysql or --profile is required</source>
        <translation>错误：必须指定 --instance、--mysql 或 --profile</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>will be killed</source>
        <translation>将被终止</translation>
    </message>
    <message>
        <source>gone, skipped</source>
        <translation>已不存在，跳过</translation>
    </message>
    <message>
        <source>will be killed (included anyway): %1</source>
        <translation>将被终止（已强制包含）：%1</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>TRX</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Kill %n session(s) on %1? Type %n to confirm: </source>
        <translation>要终止 %1 上的 %n 个会话吗？请输入 %n 以确认： </translation>
    </message>
    <message>
        <source>Kill %n session(s) on %1? Type yes to confirm: </source>
        <translation>要终止 %1 上的 %n 个会话吗？请输入 yes 以确认： </translation>
    </message>
    <message>
        <source>Kill sessions (or only their running statements) through DAS, or on a MySQL/MariaDB server directly. Shows what the kill will do from a fresh snapshot, asks for confirmation and records the attempt and its outcome in the audit log.</source>
        <translation>通过 DAS 或直接在 MySQL/MariaDB 服务器上终止会话（或仅终止其正在执行的语句）。根据新获取的快照预览终止操作的影响，请求确认，并将本次尝试及其结果记录到审计日志中。</translation>
    </message>
    <message>
        <source>A session (process list) ID to kill; repeatable.</source>
        <translation>要终止的会话（进程列表）ID；可重复指定。</translation>
    </message>
    <message>
        <source>Kill only the running statement; the session stays connected.</source>
        <translation>仅终止正在执行的语句；会话保持连接。</translation>
    </message>
    <message>
        <source>DAS: kill as the service's maintenance user (the default).</source>
        <translation>DAS：以服务的运维账号终止（默认）。</translation>
    </message>
    <message>
        <source>DAS: kill as this database account; its password comes from MYSQL_PWD.</source>
        <translation>DAS：以此数据库账号终止；密码取自 MYSQL_PWD。</translation>
    </message>
    <message>
        <source>Show what would be killed, and stop.</source>
        <translation>显示将被终止的会话，然后退出。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (required when not on a terminal).</source>
        <translation>不请求确认（不在终端中运行时必须指定）。</translation>
    </message>
    <message>
        <source>Also kill system sessions that are left alone by default (replication, server threads, the service's maintenance accounts).</source>
        <translation>同时终止默认不处理的系统会话（复制、服务器线程、服务的运维账号）。</translation>
    </message>
    <message>
        <source>error: --session takes a session ID (a positive number), got "%1"</source>
        <translation>错误：--session 的值应为会话 ID（正整数），实际为 "%1"</translation>
    </message>
    <message>
        <source>error: --session is required</source>
        <translation>错误：必须指定 --session</translation>
    </message>
    <message>
        <source>error: profile "%1" is read-only: it offers no kill</source>
        <translation>错误：实例配置“%1”为只读：不允许终止会话</translation>
    </message>
    <message>
        <source>error: --maintain-user and --db-user are for DAS; a direct connection kills as its own user</source>
        <translation>错误：--maintain-user 和 --db-user 仅适用于 DAS；直连时以连接自身的用户终止会话</translation>
    </message>
    <message>
        <source>error: --maintain-user and --db-user exclude each other</source>
        <translation>错误：--maintain-user 和 --db-user 不能同时使用</translation>
    </message>
    <message>
        <source>error: NoCredentials: killing as the database account %1 needs its password in MYSQL_PWD; or pass --maintain-user to kill as the service's maintenance user</source>
        <translation>错误：NoCredentials：以数据库账号 %1 终止会话需要在 MYSQL_PWD 中提供其密码；或指定 --maintain-user，以服务的运维账号终止</translation>
    </message>
    <message>
        <source>error: sessions on %1 cannot be killed through this source</source>
        <translation>错误：无法通过此数据源终止 %1 上的会话</translation>
    </message>
    <message>
        <source>error: --query: this source can kill only whole sessions, not a running statement; leave out --query</source>
        <translation>错误：--query：此数据源只能终止整个会话，无法终止正在执行的语句；请去掉 --query</translation>
    </message>
    <message>
        <source>Nothing to kill: none of the sessions asked for can be killed now.</source>
        <translation>没有可终止的会话：所指定的会话当前均无法终止。</translation>
    </message>
    <message>
        <source>Dry run: %n session(s) would be killed; nothing was killed.</source>
        <translation>试运行：将终止 %n 个会话；未实际终止任何会话。</translation>
    </message>
    <message>
        <source>error: not confirmed: standard input is not a terminal; pass --yes to kill without asking</source>
        <translation>错误：未确认：标准输入不是终端；如需不经询问直接终止，请指定 --yes</translation>
    </message>
    <message>
        <source>error: not confirmed; nothing was killed</source>
        <translation>错误：未确认；未终止任何会话</translation>
    </message>
    <message>
        <source>Print the audit log: every kill attempt, its sessions and their outcomes.</source>
        <translation>打印审计日志：每次终止尝试、涉及的会话及其结果。</translation>
    </message>
    <message>
        <source>Output format: csv (default, one row per session) or json (one attempt per line).</source>
        <translation>输出格式：csv（默认，每个会话一行）或 json（每次尝试一行）。</translation>
    </message>
    <message>
        <source>Write to FILE (- for standard output).</source>
        <translation>写入文件（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>Print where the audit log is kept, and stop.</source>
        <translation>打印审计日志的保存位置，然后退出。</translation>
    </message>
    <message>
        <source>warning: %n unreadable line(s) of %1 were left out</source>
        <translation>警告：%1 中有 %n 行无法读取，已跳过</translation>
    </message>
    <message>
        <source>error: --timeout takes a number of seconds from 1 to 3600, not "%1"</source>
        <translation>错误：--timeout 接受 1 到 3600 之间的秒数，而不是“%1”</translation>
    </message>
    <message>
        <source>error: --poll-interval takes a number of seconds from 0.05 to 60, not "%1"</source>
        <translation>错误：--poll-interval 接受 0.05 到 60 之间的秒数，而不是“%1”</translation>
    </message>
    <message>
        <source>error: %1 is larger than %2 MiB, more than any response the service sends</source>
        <translation>错误：%1 大于 %2 MiB，超过了服务可能返回的任何响应</translation>
    </message>
    <message>
        <source>Read the AccessKey secret from FILE (- for standard input); else ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>从 FILE 读取 AccessKey Secret（- 表示标准输入）；否则使用 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>Read the STS security token from FILE (- for standard input); else ALIBABA_CLOUD_SECURITY_TOKEN.</source>
        <translation>从 FILE 读取 STS 安全令牌（- 表示标准输入）；否则使用 ALIBABA_CLOUD_SECURITY_TOKEN。</translation>
    </message>
    <message>
        <source>Refused: use --access-key-secret-file.</source>
        <translation>已拒绝：请使用 --access-key-secret-file。</translation>
    </message>
    <message>
        <source>Refused: use --security-token-file.</source>
        <translation>已拒绝：请使用 --security-token-file。</translation>
    </message>
    <message>
        <source>error: --%1 would show the secret to every user of this machine (ps); give it in %2 or with --%1-file FILE (- for standard input)</source>
        <translation>错误：--%1 会让本机所有用户看到该密钥（ps）；请通过 %2 或 --%1-file FILE（- 表示标准输入）提供</translation>
    </message>
    <message>
        <source>error: --access-key-id and --access-key-secret-file (or ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET) are required</source>
        <translation>错误：需要 --access-key-id 和 --access-key-secret-file（或 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET）</translation>
    </message>
    <message>
        <source>error: --%1 and --%2 both name %3; each output needs a file of its own</source>
        <translation>错误：--%1 和 --%2 都指向 %3；每个输出需要各自的文件</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>error: MalformedResponse: %1: the saved response neither says it succeeded (Success true or Code 200) nor names an error (Code, Message)</source>
        <translation>错误：MalformedResponse：%1：已保存的响应既没有表明成功（Success 为 true 或 Code 为 200），也没有给出错误（Code、Message）</translation>
    </message>
    <message>
        <source>error: %1: the saved response holds no snapshot: the service reports that the session query failed (%2)</source>
        <translation>错误：%1：已保存的响应中没有快照：服务报告会话查询失败（%2）</translation>
    </message>
    <message>
        <source>MalformedResponse: %1: %2</source>
        <translation>MalformedResponse：%1：%2</translation>
    </message>
    <message>
        <source>PEM file of the CAs trusted for the DAS endpoint's certificate, instead of the system's.</source>
        <translation>DAS 端点证书所信任的 CA 的 PEM 文件（代替系统的 CA）。</translation>
    </message>
    <message>
        <source>Record an instance's sessions into a file, one snapshot every interval, for replay later. Stop it with --count or --duration, or with Ctrl+C: every snapshot recorded until then is kept.</source>
        <translation>将实例的会话录制到文件中，每个间隔一个快照，供以后回放。用 --count 或 --duration 结束，或按 Ctrl+C：此前录制的每个快照都会保留。</translation>
    </message>
    <message>
        <source>The recording to write (created, or continued).</source>
        <translation>要写入的录制文件（新建或续写）。</translation>
    </message>
    <message>
        <source>Seconds between snapshots (default 10).</source>
        <translation>快照之间的秒数（默认 10）。</translation>
    </message>
    <message>
        <source>Stop after this many snapshots.</source>
        <translation>录制这么多个快照后结束。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Stop after this long: 90s, 15m, 2h, 1d.</source>
        <translation>录制这么久后结束：90s、15m、2h、1d。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>error: --output FILE is required: a recording is a file</source>
        <translation>错误：必须指定 --output FILE：录制是一个文件</translation>
    </message>
    <message>
        <source>error: --interval takes seconds from 0.1 to 86400</source>
        <translation>错误：--interval 取 0.1 到 86400 之间的秒数</translation>
    </message>
    <message>
        <source>error: --count takes a whole number of snapshots, at least 1</source>
        <translation>错误：--count 取快照的整数个数，至少为 1</translation>
    </message>
    <message>
        <source>error: --duration takes a time such as 90s, 15m, 2h or 1d</source>
        <translation>错误：--duration 取 90s、15m、2h 或 1d 这样的时长</translation>
    </message>
    <message>
        <source>%1  %2 sessions, %3 active</source>
        <translation>%1  %2 个会话，%3 个活跃</translation>
    </message>
    <message>
        <source>warning: %1 — %2</source>
        <translation>警告：%1 — %2</translation>
    </message>
    <message>
        <source>Show what a recording holds: its snapshots, the one at a moment, or all of them in a stretch of time.</source>
        <translation>显示录制的内容：其中的快照、某一时刻的快照，或一段时间内的所有快照。</translation>
    </message>
    <message>
        <source>A file written by record (or the window).</source>
        <translation>由 record（或窗口）写入的文件。</translation>
    </message>
    <message>
        <source>One line per snapshot: time, sessions, active, status.</source>
        <translation>每个快照一行：时间、会话数、活跃数、状态。</translation>
    </message>
    <message>
        <source>The snapshot at or just before this moment (2026-12-01T03:12:00Z, local time without an offset, or epoch milliseconds).</source>
        <translation>此时刻或刚好在此之前的快照（2026-12-01T03:12:00Z；不带时区偏移时为本地时间；或纪元毫秒数）。</translation>
    </message>
    <message>
        <source>With --to: every snapshot in this stretch, as one CSV.</source>
        <translation>与 --to 一起使用：这段时间内的每个快照，合成一个 CSV。</translation>
    </message>
    <message>
        <source>End of the stretch of --from (included).</source>
        <translation>--from 时间段的结束时刻（包含在内）。</translation>
    </message>
    <message>
        <source>error: name one recording</source>
        <translation>错误：请指定一个录制文件</translation>
    </message>
    <message>
        <source>error: use one of --list, --at TIME, or --from T1 --to T2</source>
        <translation>错误：请使用 --list、--at TIME 或 --from T1 --to T2 之一</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>error: --at takes a time such as 2026-12-01T03:12:00Z</source>
        <translation>错误：--at 取 2026-12-01T03:12:00Z 这样的时间</translation>
    </message>
    <message>
        <source>error: --from and --to take two times, the first not after the second</source>
        <translation>错误：--from 和 --to 取两个时间，前者不能晚于后者</translation>
    </message>
    <message>
        <source>error: --from/--to write one sessions CSV; --format json, --stats and --locks go with --at</source>
        <translation>错误：--from/--to 只写出一个会话 CSV；--format json、--stats 和 --locks 需与 --at 一起使用</translation>
    </message>
    <message>
        <source>error: the recording has no snapshot between those times</source>
        <translation>错误：录制中在这段时间内没有快照</translation>
    </message>
    <message>
        <source>Also write the statements CSV to FILE: one row per statement fingerprint.</source>
        <translation>同时将语句 CSV 写入 FILE：每个语句指纹一行。</translation>
    </message>
    <message>
        <source>Take a snapshot every interval and print a line when a rule is raised or cleared. A rule is raised after --consecutive breaching snapshots in a row and cleared after as many clean ones. Exits 0 when nothing was raised, 7 when something was.</source>
        <translation>每个间隔获取一个快照，规则触发或解除时打印一行。连续 --consecutive 个快照超出阈值时触发规则，连续同样多个正常快照后解除。没有触发任何规则时退出码为 0，有规则触发时为 7。</translation>
    </message>
    <message>
        <source>A rule, repeatable: active&gt;N, longest_active&gt;S, idle_in_trx&gt;S, user&gt;N or user:NAME&gt;N (also client and db), statement&gt;N, lock_waits&gt;N, failing&gt;S.</source>
        <translation>一条规则，可重复：active&gt;N、longest_active&gt;S、idle_in_trx&gt;S、user&gt;N 或 user:NAME&gt;N（client 和 db 同理）、statement&gt;N、lock_waits&gt;N、failing&gt;S。</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Stop after this many snapshots (default: run until stopped).</source>
        <translation>获取这么多个快照后结束（默认：一直运行直到被停止）。</translation>
    </message>
    <message>
        <source>Snapshots in a row that raise or clear a rule (default 2).</source>
        <translation>触发或解除规则所需的连续快照数（默认 2）。</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>error: --rule is required, e.g. --rule 'active&gt;50'</source>
        <translation>错误：必须指定 --rule，例如 --rule 'active&gt;50'</translation>
    </message>
    <message>
        <source>error: --interval takes a number of seconds from 0.05 to 86400, not "%1"</source>
        <translation>错误：--interval 取 0.05 到 86400 之间的秒数，而不是“%1”</translation>
    </message>
    <message>
        <source>error: --count takes a whole number from 1, not "%1"</source>
        <translation>错误：--count 取从 1 开始的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>error: --consecutive takes a whole number from 1 to 1000, not "%1"</source>
        <translation>错误：--consecutive 取 1 到 1000 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>List the RDS MySQL instances and the PolarDB MySQL cluster nodes of an Alibaba Cloud account in one region, as CSV: Kind,InstanceId,NodeId,NodeRole,Description,Region,Engine,EngineVersion,Status.</source>
        <translation>以 CSV 列出阿里云账号在某一地域的 RDS MySQL 实例和 PolarDB MySQL 集群节点：Kind,InstanceId,NodeId,NodeRole,Description,Region,Engine,EngineVersion,Status。</translation>
    </message>
    <message>
        <source>Region ID, such as cn-hangzhou (default: the Aliyun CLI profile's region, when the key comes from one).</source>
        <translation>地域 ID，例如 cn-hangzhou（默认：密钥来自阿里云 CLI 配置时，使用该配置的地域）。</translation>
    </message>
    <message>
        <source>Use the credential of this SessionScope instance profile (its display name or id).</source>
        <translation>使用此 SessionScope 实例配置的凭据（其显示名称或 ID）。</translation>
    </message>
    <message>
        <source>Use this Aliyun CLI profile's key. Without it or --profile: the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ...), else the Aliyun CLI's current profile.</source>
        <translation>使用此阿里云 CLI 配置的密钥。未指定它或 --profile 时：使用环境变量（ALIBABA_CLOUD_ACCESS_KEY_ID 等），否则使用阿里云 CLI 的当前配置。</translation>
    </message>
    <message>
        <source>Send both listings to this endpoint URL instead of the products' own (a proxy, or the emulator).</source>
        <translation>将两种列表请求都发送到此接入地址 URL，而不是产品自己的地址（代理或模拟器）。</translation>
    </message>
    <message>
        <source>RDS endpoint URL (default rds.aliyuncs.com or the region's).</source>
        <translation>RDS 接入地址 URL（默认 rds.aliyuncs.com 或该地域的地址）。</translation>
    </message>
    <message>
        <source>PolarDB endpoint URL (default polardb.aliyuncs.com or the region's).</source>
        <translation>PolarDB 接入地址 URL（默认 polardb.aliyuncs.com 或该地域的地址）。</translation>
    </message>
    <message>
        <source>PEM file of the CAs trusted for the endpoints' certificates, instead of the system's.</source>
        <translation>用于验证接入地址证书的受信任 CA 的 PEM 文件，替代系统的 CA。</translation>
    </message>
    <message>
        <source>Write the CSV to FILE (- for standard output).</source>
        <translation>将 CSV 写入 FILE（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>error: unexpected argument "%1"</source>
        <translation>错误：意外的参数“%1”</translation>
    </message>
    <message>
        <source>error: --profile and --cli-profile both name a credential; give one</source>
        <translation>错误：--profile 和 --cli-profile 都指定了凭据；请只给出一个</translation>
    </message>
    <message>
        <source>error: the profile "%1" connects to a server directly; it has no AccessKey</source>
        <translation>错误：实例配置“%1”直接连接服务器，没有 AccessKey</translation>
    </message>
    <message>
        <source>error: InvalidEndpoint: --%1: %2</source>
        <translation>错误：InvalidEndpoint：--%1：%2</translation>
    </message>
    <message>
        <source>error: --region takes a region ID such as cn-hangzhou, not "%1"</source>
        <translation>错误：--region 需要 cn-hangzhou 这样的地域 ID，而不是“%1”</translation>
    </message>
    <message>
        <source>the credential holds no AccessKey</source>
        <translation>该凭据不含 AccessKey</translation>
    </message>
    <message>
        <source>error: --region is required (the credential names no region)</source>
        <translation>错误：必须指定 --region（该凭据未指明地域）</translation>
    </message>
</context>
<context>
    <name>CloudInstance</name>
    <message>
        <source>RDS MySQL</source>
        <translation>RDS MySQL</translation>
    </message>
    <message>
        <source>PolarDB MySQL node</source>
        <translation>PolarDB MySQL 节点</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
</context>
<context>
    <name>CloudInstanceModel</name>
    <message>
        <source>Already added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>A profile already watches %1.</source>
        <translation>已有实例配置在监视 %1。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare two moments</source>
        <translation>比较两个时刻</translation>
    </message>
    <message>
        <source>or type a time: 03:12</source>
        <translation>或输入时间：03:12</translation>
    </message>
    <message>
        <source>Shown:</source>
        <translation>当前显示：</translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>按用户</translation>
    </message>
    <message>
        <source>By client</source>
        <translation>按客户端</translation>
    </message>
    <message>
        <source>By database</source>
        <translation>按数据库</translation>
    </message>
    <message>
        <source>“%1” is not a time: write 03:12, 03:12:30 or 2026-12-01 03:12</source>
        <translation>“%1”不是时间：请写成 03:12、03:12:30 或 2026-12-01 03:12</translation>
    </message>
    <message>
        <source>Reading that moment…</source>
        <translation>正在读取该时刻…</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 appeared, %4 vanished, %5 changed, %6 unchanged.</source>
        <translation>从 %1 到 %2：新出现 %3 个，消失 %4 个，变化 %5 个，未变 %6 个。</translation>
    </message>
    <message>
        <source>That moment cannot be compared: %1</source>
        <translation>无法比较该时刻：%1</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_SECURITY_TOKEN)</source>
        <translation>环境变量（ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_SECURITY_TOKEN）</translation>
    </message>
    <message>
        <source>environment (ALIBABA_CLOUD_ACCESS_KEY_ID)</source>
        <translation>环境变量（ALIBABA_CLOUD_ACCESS_KEY_ID）</translation>
    </message>
    <message>
        <source>Aliyun CLI profile '%1' (%2)</source>
        <translation>阿里云 CLI 配置“%1”（%2）</translation>
    </message>
    <message>
        <source>keychain entry '%1' (kept in memory for this session)</source>
        <translation>系统密钥环条目“%1”（本次运行期间保存在内存中）</translation>
    </message>
    <message>
        <source>keychain entry '%1'</source>
        <translation>系统密钥环条目“%1”</translation>
    </message>
    <message>
        <source>There is no Aliyun CLI configuration at %1.</source>
        <translation>%1 处没有阿里云 CLI 配置文件。</translation>
    </message>
    <message>
        <source>No credentials in the environment: %1</source>
        <translation>环境变量中没有凭据：%1</translation>
    </message>
    <message>
        <source>No keychain credential is chosen.</source>
        <translation>未选择系统密钥环中的凭据。</translation>
    </message>
    <message>
        <source>The keychain cannot be asked.</source>
        <translation>无法访问系统密钥环。</translation>
    </message>
    <message>
        <source>No credentials found. %1</source>
        <translation>未找到凭据。%1</translation>
    </message>
    <message>
        <source>environment (MYSQL_PWD)</source>
        <translation>环境变量（MYSQL_PWD）</translation>
    </message>
    <message>
        <source>MYSQL_PWD is not set.</source>
        <translation>未设置 MYSQL_PWD。</translation>
    </message>
    <message>
        <source>An Aliyun CLI profile holds no database password; choose the keychain or the default chain for this server.</source>
        <translation>阿里云 CLI 配置中不含数据库密码；请为此服务器选择系统密钥环或默认查找顺序。</translation>
    </message>
    <message>
        <source>option file %1</source>
        <translation>选项文件 %1</translation>
    </message>
    <message>
        <source>no password (MYSQL_PWD and ~/.my.cnf have none)</source>
        <translation>无密码（MYSQL_PWD 和 ~/.my.cnf 中均未提供）</translation>
    </message>
    <message>
        <source>No database user is given.</source>
        <translation>未提供数据库用户。</translation>
    </message>
    <message>
        <source>The keychain entry '%1' holds an AccessKey, not a database password.</source>
        <translation>系统密钥环条目“%1”中保存的是 AccessKey，而不是数据库密码。</translation>
    </message>
    <message>
        <source>The keychain is not available in this run, so the saved key cannot be read: unlock the keychain and start SessionScope again, or edit the instance and type the key again.</source>
        <translation>本次运行中系统密钥环不可用，无法读取已保存的密钥：请解锁系统密钥环后重新启动 SessionScope，或编辑该实例并重新输入密钥。</translation>
    </message>
    <message>
        <source>No key is saved in the keychain for this instance: edit the instance and type the key again.</source>
        <translation>系统密钥环中没有为此实例保存的密钥：请编辑该实例并重新输入密钥。</translation>
    </message>
</context>
<context>
    <name>DasAdvice</name>
    <message>
        <source>The STS security token is missing or has expired. Obtain a new token and update the credential of this instance.</source>
        <translation>STS 安全令牌缺失或已过期。请获取新的令牌并更新此实例的凭据。</translation>
    </message>
    <message>
        <source>The AccessKey secret does not match the AccessKey ID. Check the secret of this instance's credential.</source>
        <translation>AccessKey Secret 与 AccessKey ID 不匹配。请检查此实例凭据中的 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The AccessKey ID is unknown or disabled. Check the credential of this instance in the RAM console.</source>
        <translation>AccessKey ID 不存在或已被禁用。请在 RAM 控制台中检查此实例的凭据。</translation>
    </message>
    <message>
        <source>The RAM identity may not read sessions. Grant it hdm:GetMySQLAllSessionAsync, for example through the AliyunHDMReadOnlyAccess policy.</source>
        <translation>该 RAM 身份无权读取会话。请为其授予 hdm:GetMySQLAllSessionAsync 权限，例如通过 AliyunHDMReadOnlyAccess 策略授权。</translation>
    </message>
    <message>
        <source>This computer's clock differs from the service's by more than 15 minutes. Synchronise the clock (NTP).</source>
        <translation>本机时钟与服务端相差超过 15 分钟。请同步时钟（NTP）。</translation>
    </message>
    <message>
        <source>The service is limiting requests. SessionScope backs off and retries; a longer refresh interval avoids this.</source>
        <translation>服务端正在限流。SessionScope 会退避后重试；延长刷新间隔可避免此问题。</translation>
    </message>
    <message>
        <source>The service or the network failed temporarily. SessionScope retries.</source>
        <translation>服务或网络暂时故障。SessionScope 将自动重试。</translation>
    </message>
    <message>
        <source>The service rejected the request. Check the instance ID, the node ID and the endpoint.</source>
        <translation>服务拒绝了该请求。请检查实例 ID、节点 ID 和接入地址。</translation>
    </message>
    <message>
        <source>The service's answer could not be read. The last good snapshot stays on screen.</source>
        <translation>无法解析服务返回的响应。屏幕上仍显示最近一次成功获取的快照。</translation>
    </message>
    <message>
        <source>DAS could not collect the sessions of this instance. The next refresh tries again.</source>
        <translation>DAS 未能采集此实例的会话。下次刷新时将重试。</translation>
    </message>
    <message>
        <source>Collecting the sessions took too long. The next refresh tries again; a busy instance may need a longer deadline.</source>
        <translation>采集会话耗时过长。下次刷新时将重试；繁忙的实例可能需要更长的超时时间。</translation>
    </message>
    <message>
        <source>The endpoint's certificate was refused. Check the endpoint URL and the system's CA certificates.</source>
        <translation>接入地址的证书被拒绝。请检查接入地址 URL 和系统的 CA 证书。</translation>
    </message>
</context>
<context>
    <name>DasCall</name>
    <message>
        <source>The answer exceeded %1 MiB and was discarded.</source>
        <translation>响应超过 %1 MiB，已丢弃。</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>%1 秒内无响应。</translation>
    </message>
    <message>
        <source>The endpoint redirected to %1; use that address as the endpoint.</source>
        <translation>接入地址重定向到了 %1；请改用该地址作为接入地址。</translation>
    </message>
    <message>
        <source>The connection to the service was closed.</source>
        <translation>与服务的连接已关闭。</translation>
    </message>
    <message>
        <source>The connection to the service broke before its answer arrived. (The request was sent again on a new connection, and the service refused the copy as a repeat: SignatureNonceUsed.)</source>
        <translation>与服务的连接在应答到达之前断开。（请求已通过新连接再次发送，服务将这份副本视为重复请求而拒绝：SignatureNonceUsed。）</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there, or a firewall turns it away.</source>
        <translation>%1 拒绝了连接：该地址上没有服务在监听，或被防火墙拒绝。</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved: check the endpoint and the DNS settings.</source>
        <translation>无法解析名称 %1：请检查接入地址和 DNS 设置。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 在应答之前关闭了连接。</translation>
    </message>
    <message>
        <source>The network is down: %1 cannot be reached.</source>
        <translation>网络不可用：无法访问 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 文件 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>The TLS connection to %1:%2 was refused: %3</source>
        <translation>与 %1:%2 的 TLS 连接被拒绝：%3</translation>
    </message>
</context>
<context>
    <name>DasErrors</name>
    <message>
        <source>HTTP status %1 with no error details</source>
        <translation>HTTP 状态码 %1，无错误详情</translation>
    </message>
</context>
<context>
    <name>DasKillTask</name>
    <message>
        <source>Session %1 had already ended when the kill task reached it.</source>
        <translation>终止任务处理到会话 %1 时，该会话已结束。</translation>
    </message>
    <message>
        <source>The database account may not kill session %1.</source>
        <translation>该数据库账号无权终止会话 %1。</translation>
    </message>
    <message>
        <source>Killing another user's session needs the CONNECTION_ADMIN or SUPER privilege; kill as an account that has it, or as DAS's maintenance user.</source>
        <translation>终止其他用户的会话需要 CONNECTION_ADMIN 或 SUPER 权限；请以具有该权限的账号终止，或以 DAS 的运维账号终止。</translation>
    </message>
    <message>
        <source>Session %1 belongs to a user the kill task was told to leave alone.</source>
        <translation>会话 %1 所属的用户在终止任务的忽略列表中。</translation>
    </message>
    <message>
        <source>Session %1 is protected: it belongs to one of Alibaba Cloud's maintenance accounts or runs a command the service never kills, such as Binlog Dump.</source>
        <translation>会话 %1 受保护：它属于阿里云内部运维账号，或正在执行服务从不终止的命令（如 Binlog Dump）。</translation>
    </message>
    <message>
        <source>The service could not log in with the database account given for the kill, so session %1 was left running.</source>
        <translation>服务无法使用为终止操作提供的数据库账号登录，因此会话 %1 仍在运行。</translation>
    </message>
    <message>
        <source>Check the database user name and password, or kill as DAS's maintenance user.</source>
        <translation>请检查数据库用户名和密码，或以 DAS 的运维账号终止。</translation>
    </message>
    <message>
        <source>The kill task timed out before it reached session %1.</source>
        <translation>终止任务在处理到会话 %1 之前已超时。</translation>
    </message>
    <message>
        <source>The session may still be running. Refresh, and kill it again if it is.</source>
        <translation>该会话可能仍在运行。请刷新，如仍存在则再次终止。</translation>
    </message>
    <message>
        <source>The service could not kill session %1 for a reason it did not state.</source>
        <translation>服务未能终止会话 %1，且未说明原因。</translation>
    </message>
    <message>
        <source>Refresh to see whether the session is still there, and try again.</source>
        <translation>请刷新以确认该会话是否仍存在，然后重试。</translation>
    </message>
    <message>
        <source>The service reported session %1 with a reason SessionScope does not know (%2).</source>
        <translation>服务对会话 %1 报告了 SessionScope 无法识别的原因（%2）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The connection to the service was closed before the kill task ended.</source>
        <translation>终止任务结束前，与服务的连接已关闭。</translation>
    </message>
    <message>
        <source>The kill task did not finish within %1 s (%2 polls, last state %3); it may still complete on the service.</source>
        <translation>终止任务未在 %1 秒内完成（轮询 %2 次，最后状态 %3）；该任务仍可能在服务端完成。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最后一次错误：%1</translation>
    </message>
    <message>
        <source>Refresh to see which sessions are gone.</source>
        <translation>请刷新以查看哪些会话已不存在。</translation>
    </message>
    <message>
        <source>The connection to the service was closed.</source>
        <translation>与服务的连接已关闭。</translation>
    </message>
    <message>
        <source>No session to kill.</source>
        <translation>没有要终止的会话。</translation>
    </message>
    <message>
        <source>The answer to the kill request could not be read: %1</source>
        <translation>无法解析终止请求的响应：%1</translation>
    </message>
    <message>
        <source>The service had already received this kill request (the connection broke and it was sent again), so SessionScope did not send it a third time. The sessions may or may not have been killed.</source>
        <translation>服务已收到此终止请求（连接中断后请求被重发过一次），因此 SessionScope 没有第三次发送。会话可能已被终止，也可能未被终止。</translation>
    </message>
    <message>
        <source>Refresh to see which sessions are gone, then kill the rest again.</source>
        <translation>请刷新以查看哪些会话已不存在，然后再次终止其余会话。</translation>
    </message>
    <message>
        <source>The RAM identity may not kill sessions. Grant it hdm:%1 and hdm:GetKillInstanceSessionTaskResult, for example through the AliyunHDMFullAccess policy.</source>
        <translation>该 RAM 身份无权终止会话。请为其授予 hdm:%1 和 hdm:GetKillInstanceSessionTaskResult 权限，例如通过 AliyunHDMFullAccess 策略授权。</translation>
    </message>
    <message>
        <source>A kill is never sent twice on its own, since the service may have carried out the first one. Refresh to see which sessions are gone, then try again.</source>
        <translation>终止请求绝不会自动重发，因为服务可能已执行了第一次请求。请刷新以查看哪些会话已不存在，然后重试。</translation>
    </message>
    <message>
        <source>The kill task %1 was still %2 after %3 polls; it may still complete on the service.</source>
        <translation>轮询 %3 次后，终止任务 %1 的状态仍为 %2；该任务仍可能在服务端完成。</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>The kill task's result could not be read: %1</source>
        <translation>无法解析终止任务的结果：%1</translation>
    </message>
    <message>
        <source>The kill task %1 was created, but its result could not be read: %2</source>
        <translation>终止任务 %1 已创建，但无法获取其结果：%2</translation>
    </message>
    <message>
        <source>The sessions may have been killed. Refresh to see which are gone.</source>
        <translation>会话可能已被终止。请刷新以查看哪些会话已不存在。</translation>
    </message>
    <message>
        <source>DAS reported the kill task as %1.</source>
        <translation>DAS 报告终止任务的状态为 %1。</translation>
    </message>
    <message>
        <source>Some sessions may have been killed. Refresh to see which are gone.</source>
        <translation>部分会话可能已被终止。请刷新以查看哪些会话已不存在。</translation>
    </message>
    <message>
        <source>The kill task ended as %1 without reporting this session.</source>
        <translation>终止任务以 %1 状态结束，但未报告此会话。</translation>
    </message>
    <message>
        <source>The service did not report this session.</source>
        <translation>服务未报告此会话。</translation>
    </message>
    <message>
        <source>Refresh to see whether the session is still there.</source>
        <translation>请刷新以确认该会话是否仍存在。</translation>
    </message>
</context>
<context>
    <name>DasSource</name>
    <message>
        <source>poll %1</source>
        <translation>第 %1 次轮询</translation>
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation>%1（节点 %2）</translation>
    </message>
    <message numerus="yes">
        <source>The local clock is about %n min off the service's; requests are corrected.</source>
        <translation>
            <numerusform>本地时钟与服务相差约 %n 分钟；请求已校正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The local clock is about %n s off the service's; requests are corrected.</source>
        <translation>
            <numerusform>本地时钟与服务相差约 %n 秒；请求已校正。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo needs das-emulator, which ships with SessionScope; it was not found beside SessionScope or in libexec/sessionscope.</source>
        <translation>演示需要随 SessionScope 一起提供的 das-emulator，但在 SessionScope 旁和 libexec/sessionscope 中均未找到它。</translation>
    </message>
    <message>
        <source>The demo emulator could not start: %1</source>
        <translation>演示模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>The demo emulator stopped at once (exit status %1).</source>
        <translation>演示模拟器启动后立即退出（退出状态 %1）。</translation>
    </message>
    <message>
        <source>Demo (local emulator)</source>
        <translation>演示（本地模拟器）</translation>
    </message>
</context>
<context>
    <name>DiffCountModel</name>
    <message>
        <source>Appeared</source>
        <translation>新出现</translation>
    </message>
    <message>
        <source>Vanished</source>
        <translation>已消失</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已变化</translation>
    </message>
</context>
<context>
    <name>DimensionChartView</name>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show every key as a sortable table instead of the chart</source>
        <translation>以可排序的表格（而非图表）显示所有条目</translation>
    </message>
    <message>
        <source>Sessions by user</source>
        <translation>按用户统计会话</translation>
    </message>
    <message>
        <source>Sessions by client</source>
        <translation>按客户端统计会话</translation>
    </message>
    <message>
        <source>Sessions by database</source>
        <translation>按数据库统计会话</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>数据库 %1</translation>
    </message>
    <message numerus="yes">
        <source>Others (%n users)</source>
        <translation>
            <numerusform>其他（%n 个用户）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others (%n clients)</source>
        <translation>
            <numerusform>其他（%n 个客户端）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others (%n databases)</source>
        <translation>
            <numerusform>其他（%n 个数据库）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Total: %2
Active: %3
Idle: %4</source>
        <translation>%1
总数：%2
活跃：%3
空闲：%4</translation>
    </message>
    <message>
        <source>Others (%1)</source>
        <translation>其他（%1）</translation>
    </message>
</context>
<context>
    <name>DimensionStatModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds, in the table's durations.</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <extracomment>Minutes and seconds, in the table's durations.</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <extracomment>Hours and minutes, in the table's durations.</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>Days and hours, in the table's durations.</extracomment>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>Hours, in how long ago a snapshot was taken.</extracomment>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>Days, in how long ago a snapshot was taken.</extracomment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>The endpoint is not a valid URL with a host name.</source>
        <translation>接入地址不是包含主机名的有效 URL。</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>接入地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (localhost); use https:// for %1.</source>
        <translation>仅本机（localhost）允许使用明文 http://；%1 请使用 https://。</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>接入地址不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>The endpoint must not contain a query or a fragment.</source>
        <translation>接入地址不能包含查询参数或片段。</translation>
    </message>
    <message>
        <source>The endpoint must not contain a path.</source>
        <translation>接入地址不能包含路径。</translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not.</source>
        <translation>已设置 ALIBABA_CLOUD_ACCESS_KEY_ID，但未设置 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not.</source>
        <translation>已设置 ALIBABA_CLOUD_ACCESS_KEY_SECRET，但未设置 ALIBABA_CLOUD_ACCESS_KEY_ID。</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.</source>
        <translation>未设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Resume refresh</source>
        <translation>恢复刷新</translation>
    </message>
    <message>
        <source>Automatic refresh is paused for this instance until you fix this and resume.</source>
        <translation>已暂停此实例的自动刷新，请在解决问题后恢复刷新。</translation>
    </message>
    <message>
        <source>No snapshot has been taken yet.</source>
        <translation>尚未获取任何快照。</translation>
    </message>
    <message>
        <source>Showing the last good snapshot, taken %1 (%2 ago): its figures are stale.</source>
        <translation>正在显示最近一次成功获取的快照（获取于 %1，%2前）：其数据已过时。</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>显示完整消息</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation> (请求 ID %1)</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>All %n session(s)</source>
        <translation>
            <numerusform>全部 %n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n row(s) shown (filters and drill-down applied)</source>
        <translation>
            <numerusform>当前显示的 %n 行（已应用筛选和下钻）</numerusform>
        </translation>
    </message>
    <message>
        <source>Also write the statistics CSV</source>
        <translation>同时导出统计 CSV</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>导出快照</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>会话：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Also write the lock waits CSV</source>
        <translation>同时导出锁等待 CSV</translation>
    </message>
    <message>
        <source>Also write the statements CSV (sessions grouped by statement)</source>
        <translation>同时写出语句 CSV（按语句分组的会话）</translation>
    </message>
</context>
<context>
    <name>FetchError</name>
    <message>
        <source>Collecting the sessions took too long. The next refresh tries again; a busy instance may need a longer deadline.</source>
        <translation>采集会话耗时过长。下次刷新时将重试；繁忙的实例可能需要更长的超时时间。</translation>
    </message>
    <message>
        <source>The endpoint's certificate was refused. Check the endpoint URL and the system's CA certificates.</source>
        <translation>接入地址的证书被拒绝。请检查接入地址 URL 和系统的 CA 证书。</translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation> (请求 ID %1)</translation>
    </message>
    <message>
        <source>The credentials were refused. Check the credential of this instance.</source>
        <translation>凭据被拒绝。请检查此实例的凭据。</translation>
    </message>
    <message>
        <source>The credentials lack a privilege this needs. Ask for it to be granted.</source>
        <translation>凭据缺少所需的权限。请申请授予该权限。</translation>
    </message>
    <message>
        <source>This computer's clock differs too much from the server's. Synchronise the clock (NTP).</source>
        <translation>本机时钟与服务器相差过大。请同步时钟（NTP）。</translation>
    </message>
    <message>
        <source>The server is limiting requests. SessionScope backs off and retries; a longer refresh interval avoids this.</source>
        <translation>服务器正在限流。SessionScope 会退避后重试；延长刷新间隔可避免此问题。</translation>
    </message>
    <message>
        <source>The server or the network failed temporarily. SessionScope retries.</source>
        <translation>服务器或网络暂时故障。SessionScope 将自动重试。</translation>
    </message>
    <message>
        <source>The request was rejected. Check the instance's settings.</source>
        <translation>请求被拒绝。请检查此实例的设置。</translation>
    </message>
    <message>
        <source>The answer could not be read. The last good snapshot stays on screen.</source>
        <translation>无法解析返回的响应。屏幕上仍显示最近一次成功获取的快照。</translation>
    </message>
    <message>
        <source>The server could not complete the request. The next refresh tries again.</source>
        <translation>服务器未能完成该请求。下次刷新时将重试。</translation>
    </message>
    <message>
        <source>This source cannot do that.</source>
        <translation>此数据源不支持该操作。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>仅活跃</translation>
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation>事务中空闲</translation>
    </message>
    <message>
        <source>Filter user, client, database, command, state, SQL… (Ctrl+F)</source>
        <translation>筛选用户、客户端、数据库、命令、状态、SQL…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Treat the filter as a regular expression</source>
        <translation>将筛选条件视为正则表达式</translation>
    </message>
    <message>
        <source>Only sessions that sleep inside an open transaction</source>
        <translation>仅显示在未结束的事务中处于 Sleep 状态的会话</translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>无效的匹配模式：%1</translation>
    </message>
    <message>
        <source>Showing exactly these thread IDs; Esc or click to clear</source>
        <translation>仅显示这些线程 ID；按 Esc 或单击以清除</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation>单击以移除此筛选条件</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>阻塞者</translation>
    </message>
    <message>
        <source>Only sessions that other sessions wait for: where a lock chain starts</source>
        <translation>仅显示其他会话正在等待的会话：锁等待链的起点</translation>
    </message>
    <message numerus="yes">
        <source>Kill these %n session(s)…</source>
        <translation>
            <numerusform>终止这 %n 个会话…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview and kill exactly the sessions of this drill-down</source>
        <translation>预览并仅终止此下钻范围内的会话</translation>
    </message>
    <message>
        <source>Hide system threads</source>
        <translation>隐藏系统线程</translation>
    </message>
    <message>
        <source>Hide replication and binlog dump threads, server daemons and the event scheduler, the cloud service's maintenance accounts and SessionScope's own connection. A drill-down still shows all of its threads.</source>
        <translation>隐藏复制线程和 binlog dump 线程、服务器守护线程和事件调度器、云服务的运维账号以及 SessionScope 自身的连接。下钻时仍显示其全部线程。</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Last good snapshot: %1</source>
        <translation>最后一次成功快照：%1</translation>
    </message>
    <message>
        <source>Only the sessions of %1 are visible.</source>
        <translation>只能看到 %1 的会话。</translation>
    </message>
    <message>
        <source>Sessions waiting for another's lock; only a direct connection sees them.</source>
        <translation>等待其他会话持有的锁的会话；只有直连才能看到。</translation>
    </message>
    <message>
        <source>Active sessions over the last hour.</source>
        <translation>过去一小时的活跃会话数。</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Idle in trx</source>
        <translation>事务中空闲</translation>
    </message>
    <message>
        <source>Longest active</source>
        <translation>最长活跃</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>锁等待</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>过去一小时</translation>
    </message>
</context>
<context>
    <name>FleetMonitor</name>
    <message>
        <source>No snapshot within %1 s.</source>
        <translation>%1 秒内没有获得快照。</translation>
    </message>
</context>
<context>
    <name>FleetTileDelegate</name>
    <message>
        <source>%1 active · %2 sessions · longest %3</source>
        <translation>活跃 %1 · 会话 %2 · 最长 %3</translation>
    </message>
</context>
<context>
    <name>ImportInstancesDialog</name>
    <message>
        <source>&amp;List</source>
        <translation>列出(&amp;L)</translation>
    </message>
    <message>
        <source>Import instances</source>
        <translation>导入实例</translation>
    </message>
    <message>
        <source>the products' own: rds.aliyuncs.com, polardb.aliyuncs.com</source>
        <translation>产品自己的地址：rds.aliyuncs.com、polardb.aliyuncs.com</translation>
    </message>
    <message>
        <source>DAS's public endpoint (%1)</source>
        <translation>DAS 公网接入地址（%1）</translation>
    </message>
    <message>
        <source>&amp;AccessKey from:</source>
        <translation>AccessKey 来源(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Listing &amp;endpoint:</source>
        <translation>列表接入地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;DAS endpoint of the profiles:</source>
        <translation>实例配置的 DAS 接入地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Listing: %1…</source>
        <translation>正在列出：%1…</translation>
    </message>
    <message>
        <source>This credential holds no AccessKey.</source>
        <translation>该凭据不含 AccessKey。</translation>
    </message>
    <message>
        <source>AccessKey in the keychain, used by %1</source>
        <translation>系统密钥环中的 AccessKey，由 %1 使用</translation>
    </message>
    <message>
        <source>Aliyun CLI profile '%1'</source>
        <translation>阿里云 CLI 配置“%1”</translation>
    </message>
    <message>
        <source>Environment variables (%1)</source>
        <translation>环境变量（%1）</translation>
    </message>
    <message>
        <source>Environment variables (none set)</source>
        <translation>环境变量（未设置）</translation>
    </message>
    <message>
        <source>Automatic: environment, then Aliyun CLI profile</source>
        <translation>自动：先环境变量，再阿里云 CLI 配置</translation>
    </message>
    <message>
        <source>Listing stopped.</source>
        <translation>已停止列出。</translation>
    </message>
    <message>
        <source>Enter a region ID, such as cn-hangzhou.</source>
        <translation>请输入地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>Reading the credential…</source>
        <translation>正在读取凭据…</translation>
    </message>
    <message>
        <source>No RDS MySQL instance or PolarDB MySQL cluster in %1.</source>
        <translation>%1 中没有 RDS MySQL 实例或 PolarDB MySQL 集群。</translation>
    </message>
    <message>
        <source>Instances and nodes listed: %1</source>
        <translation>已列出的实例和节点：%1</translation>
    </message>
    <message>
        <source>; already added: %1</source>
        <translation>；已添加：%1</translation>
    </message>
    <message>
        <source>. Tick those to add.</source>
        <translation>。请勾选要添加的项。</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add 1 profile</source>
        <translation>添加 1 个实例配置(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add %1 profiles</source>
        <translation>添加 %1 个实例配置(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add profiles</source>
        <translation>添加实例配置(&amp;A)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Some profiles could not be added:
%1</source>
        <translation>部分实例配置未能添加：
%1</translation>
    </message>
</context>
<context>
    <name>InstanceController</name>
    <message>
        <source>given at start</source>
        <translation>启动时提供</translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>Import into keychain</source>
        <translation>导入系统密钥环</translation>
    </message>
    <message>
        <source>Add an instance</source>
        <translation>添加实例</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>e.g. Orders primary</source>
        <translation>例如：订单主库</translation>
    </message>
    <message>
        <source>e.g. rm-bp1xxxxxxxxxxxxxx or pc-bp1xxxxxxxxxxxxxx</source>
        <translation>例如：rm-bp1xxxxxxxxxxxxxx 或 pc-bp1xxxxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>PolarDB only; empty for the whole cluster</source>
        <translation>仅适用于 PolarDB；留空表示整个集群</translation>
    </message>
    <message>
        <source>Public (%1)</source>
        <translation>公网（%1）</translation>
    </message>
    <message>
        <source>VPC (%1)</source>
        <translation>VPC（%1）</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义 URL</translation>
    </message>
    <message>
        <source>https://host/ (plain http:// only for this computer)</source>
        <translation>https://host/（明文 http:// 仅限本机）</translation>
    </message>
    <message numerus="yes">
        <source>Every %n s</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>实例 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Node ID:</source>
        <translation>节点 ID(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>刷新间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Aliyun CLI profile</source>
        <translation>阿里云 CLI 配置</translation>
    </message>
    <message>
        <source>AccessKey saved in the keychain</source>
        <translation>保存在系统密钥环中的 AccessKey</translation>
    </message>
    <message>
        <source>Automatic: environment, then Aliyun CLI profile</source>
        <translation>自动：先环境变量，再阿里云 CLI 配置</translation>
    </message>
    <message>
        <source>Copy this profile's AccessKey into the keychain, so that this instance keeps working when the CLI configuration changes.</source>
        <translation>将此配置的 AccessKey 复制到系统密钥环中，这样即使 CLI 配置文件发生变化，此实例仍可正常使用。</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. LTAI5t…</source>
        <translation>例如：LTAI5t…</translation>
    </message>
    <message>
        <source>optional; only for STS credentials</source>
        <translation>可选；仅用于 STS 凭据</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <source>AccessKey se&amp;cret:</source>
        <translation>AccessKey Secret(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;TS token:</source>
        <translation>STS 安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, not supported)</source>
        <translation>%1（%2，不支持）</translation>
    </message>
    <message>
        <source>no mode</source>
        <translation>无模式</translation>
    </message>
    <message>
        <source>The CLI's current profile</source>
        <translation>CLI 的当前配置</translation>
    </message>
    <message>
        <source>%1 (not in the configuration)</source>
        <translation>%1（不在配置文件中）</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID is set (%1), with its secret and an STS token.</source>
        <translation>已设置 ALIBABA_CLOUD_ACCESS_KEY_ID（%1）及其 Secret 和 STS 安全令牌。</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID is set (%1), with its secret.</source>
        <translation>已设置 ALIBABA_CLOUD_ACCESS_KEY_ID（%1）及其 Secret。</translation>
    </message>
    <message>
        <source>They are read from the environment SessionScope was started in, each time the instance is opened.</source>
        <translation>每次打开实例时，都会从启动 SessionScope 时的环境中读取这些变量。</translation>
    </message>
    <message>
        <source>Set them before starting SessionScope, or choose another source.</source>
        <translation>请在启动 SessionScope 前设置这些变量，或选择其他来源。</translation>
    </message>
    <message>
        <source>Now this finds the environment variables.</source>
        <translation>当前检测到环境变量。</translation>
    </message>
    <message>
        <source>Now this finds nothing: the environment variables are not set and there is no %1.</source>
        <translation>当前未找到凭据：未设置环境变量，且不存在 %1。</translation>
    </message>
    <message>
        <source>Now this finds the Aliyun CLI profile '%1'.</source>
        <translation>当前检测到阿里云 CLI 配置“%1”。</translation>
    </message>
    <message>
        <source>Now this finds nothing: %1</source>
        <translation>当前未找到凭据：%1</translation>
    </message>
    <message>
        <source>Uses the environment variables when they are set, else the Aliyun CLI profile named by ALIBABA_CLOUD_PROFILE or the configuration's current profile, looked up each time the instance is opened.</source>
        <translation>如果设置了环境变量则使用环境变量，否则使用 ALIBABA_CLOUD_PROFILE 指定的阿里云 CLI 配置或配置文件中的当前配置；每次打开实例时重新查找。</translation>
    </message>
    <message>
        <source>Run `aliyun configure` to create %1, or choose another source.</source>
        <translation>请运行 `aliyun configure` 创建 %1，或选择其他来源。</translation>
    </message>
    <message>
        <source>Profiles from %1.</source>
        <translation>配置来自 %1。</translation>
    </message>
    <message>
        <source>Now '%1' from %2, looked up each time the instance is opened.</source>
        <translation>当前为 %2 中的“%1”；每次打开实例时重新查找。</translation>
    </message>
    <message>
        <source>Mode %1, from %2. The key is read each time the instance is opened.</source>
        <translation>模式 %1，来自 %2。每次打开实例时都会重新读取 AccessKey。</translation>
    </message>
    <message>
        <source>Mode %1, region %2, from %3. The key is read each time the instance is opened.</source>
        <translation>模式 %1，地域 %2，来自 %3。每次打开实例时都会重新读取 AccessKey。</translation>
    </message>
    <message>
        <source>The AccessKey of the Aliyun CLI profile '%1' is saved in the keychain when you press Save.</source>
        <translation>单击“保存”时，阿里云 CLI 配置“%1”的 AccessKey 将保存到系统密钥环中。</translation>
    </message>
    <message>
        <source>The saved secret is kept unless you type a new one.</source>
        <translation>除非输入新的 Secret，否则保留已保存的 Secret。</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>正在查找系统密钥环…</translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain, never in a settings file.</source>
        <translation>Secret 保存在系统密钥环中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>There is no Aliyun CLI configuration at %1.</source>
        <translation>%1 处没有阿里云 CLI 配置文件。</translation>
    </message>
    <message>
        <source>No Aliyun CLI profile is chosen.</source>
        <translation>未选择阿里云 CLI 配置。</translation>
    </message>
    <message>
        <source>The Aliyun CLI configuration has no profile named '%1'.</source>
        <translation>阿里云 CLI 配置文件中没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>Type the AccessKey secret that belongs to the new AccessKey ID.</source>
        <translation>请输入与新 AccessKey ID 对应的 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Type the AccessKey secret again to change the STS token.</source>
        <translation>如需更改 STS 安全令牌，请重新输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The AccessKey ID is empty.</source>
        <translation>AccessKey ID 为空。</translation>
    </message>
    <message>
        <source>The AccessKey ID must not contain spaces.</source>
        <translation>AccessKey ID 不能包含空格。</translation>
    </message>
    <message>
        <source>The AccessKey secret is empty.</source>
        <translation>AccessKey Secret 为空。</translation>
    </message>
    <message>
        <source>Nothing is saved under this profile's keychain entry any more; type the AccessKey again.</source>
        <translation>此实例配置的系统密钥环条目下已没有保存任何内容；请重新输入 AccessKey。</translation>
    </message>
    <message>
        <source>The instance is saved. %1</source>
        <translation>实例已保存。%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The keychain is not available in this run, so the saved key cannot be read; type the AccessKey again to use it until SessionScope quits.</source>
        <translation>本次运行无法使用系统密钥环，因此无法读取已保存的密钥；请重新输入 AccessKey，在 SessionScope 退出前有效。</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Alibaba Cloud DAS</source>
        <translation>阿里云 DAS</translation>
    </message>
    <message>
        <source>Direct connection to MySQL or MariaDB</source>
        <translation>直连 MySQL 或 MariaDB</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>数据源(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;AccessKey from:</source>
        <translation>AccessKey 来源(&amp;A)：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>e.g. db.example.com or 10.0.0.12</source>
        <translation>例如：db.example.com 或 10.0.0.12</translation>
    </message>
    <message>
        <source>optional, e.g. /run/mysqld/mysqld.sock</source>
        <translation>可选，例如：/run/mysqld/mysqld.sock</translation>
    </message>
    <message>
        <source>e.g. monitor</source>
        <translation>例如：monitor</translation>
    </message>
    <message>
        <source>Disabled: never use TLS</source>
        <translation>禁用：从不使用 TLS</translation>
    </message>
    <message>
        <source>Preferred: TLS when the server offers it</source>
        <translation>首选：服务器支持时使用 TLS</translation>
    </message>
    <message>
        <source>Required: TLS, certificate not checked</source>
        <translation>必需：使用 TLS，不校验证书</translation>
    </message>
    <message>
        <source>Verify CA: TLS, certificate signed by the CA</source>
        <translation>验证 CA：使用 TLS，证书须由该 CA 签发</translation>
    </message>
    <message>
        <source>Verify identity: as Verify CA, and the host name matches</source>
        <translation>验证身份：同“验证 CA”，且主机名须匹配</translation>
    </message>
    <message>
        <source>PEM file; needed for Verify CA and Verify identity</source>
        <translation>PEM 文件；“验证 CA”和“验证身份”模式必需</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>CA 文件(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Soc&amp;ket:</source>
        <translation>套接字(&amp;K)：</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>用户(&amp;E)：</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SSL 模式(&amp;L)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Keychain (typed here)</source>
        <translation>系统密钥环（在此输入）</translation>
    </message>
    <message>
        <source>MYSQL_PWD or ~/.my.cnf</source>
        <translation>MYSQL_PWD 或 ~/.my.cnf</translation>
    </message>
    <message>
        <source>Password &amp;from:</source>
        <translation>密码来源(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Connects through this socket on this computer; the host and port are not used.</source>
        <translation>通过本机上的此套接字连接；不使用主机和端口。</translation>
    </message>
    <message>
        <source>Optional. When set, the host and port are not used.</source>
        <translation>可选。设置后将不使用主机和端口。</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A password is saved; it is kept unless you type a new one.</source>
        <translation>已保存密码；除非输入新密码，否则保留已保存的密码。</translation>
    </message>
    <message>
        <source>The password is stored in the system keychain, never in a settings file.</source>
        <translation>密码保存在系统密钥环中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>Read from MYSQL_PWD each time the instance is opened.</source>
        <translation>每次打开实例时从 MYSQL_PWD 读取。</translation>
    </message>
    <message>
        <source>MYSQL_PWD is set now.</source>
        <translation>当前已设置 MYSQL_PWD。</translation>
    </message>
    <message>
        <source>MYSQL_PWD is not set now.</source>
        <translation>当前未设置 MYSQL_PWD。</translation>
    </message>
    <message>
        <source>Read each time the instance is opened: MYSQL_PWD when it is set, else the password in ~/.my.cnf, else none.</source>
        <translation>每次打开实例时读取：如果设置了 MYSQL_PWD 则使用它，否则使用 ~/.my.cnf 中的密码，都没有则不使用密码。</translation>
    </message>
    <message>
        <source>MYSQL_PWD only</source>
        <translation>仅 MYSQL_PWD</translation>
    </message>
    <message>
        <source>saved; unchanged unless typed</source>
        <translation>已保存；不输入则保持不变</translation>
    </message>
    <message>
        <source>The user is empty.</source>
        <translation>用户为空。</translation>
    </message>
    <message>
        <source>The password is empty; type it, or take it from MYSQL_PWD or ~/.my.cnf.</source>
        <translation>密码为空；请输入密码，或从 MYSQL_PWD 或 ~/.my.cnf 获取。</translation>
    </message>
    <message>
        <source>The keychain entry of this profile holds no database login; type the password again.</source>
        <translation>此实例配置的系统密钥环条目中没有数据库登录信息；请重新输入密码。</translation>
    </message>
    <message>
        <source>The keychain is not available in this run, so the saved password cannot be read; type it again to use it until SessionScope quits.</source>
        <translation>本次运行无法使用系统密钥环，因此无法读取已保存的密码；请重新输入密码，在 SessionScope 退出前有效。</translation>
    </message>
    <message>
        <source>Nothing is saved under this profile's keychain entry any more; type the password again.</source>
        <translation>此实例配置的系统密钥环条目下已没有保存任何内容；请重新输入密码。</translation>
    </message>
    <message>
        <source>Read-only: never offer to kill sessions on this instance</source>
        <translation>只读：从不允许终止此实例上的会话</translation>
    </message>
    <message>
        <source>The service's maintenance account</source>
        <translation>服务的运维账号</translation>
    </message>
    <message>
        <source>A database account (password asked for at each kill)</source>
        <translation>数据库账号（每次终止时询问密码）</translation>
    </message>
    <message>
        <source>Whom DAS kills sessions as. With a database account, the password travels inside the signed HTTPS request; SessionScope never stores it.</source>
        <translation>DAS 以何种身份终止会话。使用数据库账号时，密码随已签名的 HTTPS 请求传输；SessionScope 从不保存密码。</translation>
    </message>
    <message>
        <source>database user that may kill others' sessions</source>
        <translation>有权终止其他用户会话的数据库用户</translation>
    </message>
    <message>
        <source>&amp;Kill as:</source>
        <translation>终止身份(&amp;K)：</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>数据库用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Take one snapshot with these settings, without saving them</source>
        <translation>使用这些设置获取一次快照，但不保存设置</translation>
    </message>
    <message>
        <source>Cannot test yet: %1</source>
        <translation>暂时无法测试：%1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>No credential: %1</source>
        <translation>没有凭据：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the snapshot holds %Ln session(s).</source>
        <translation>
            <numerusform>已连接：快照中有 %Ln 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The test failed. %1</source>
        <translation>测试失败。%1</translation>
    </message>
    <message>
        <source>PEM file; empty: the system's certificate authorities</source>
        <translation>PEM 文件；留空则使用系统的证书颁发机构</translation>
    </message>
    <message>
        <source>The certificate authorities trusted for the endpoint instead of the system's, for an endpoint behind a proxy that presents its own certificate.</source>
        <translation>代替系统证书颁发机构、为该端点所信任的证书颁发机构，用于位于出示自身证书的代理之后的端点。</translation>
    </message>
    <message>
        <source>Endpoint CA:</source>
        <translation>端点 CA：</translation>
    </message>
    <message>
        <source>prod, orders</source>
        <translation>prod, orders</translation>
    </message>
    <message>
        <source>Comma-separated labels; the overview groups and filters instances by them.</source>
        <translation>以逗号分隔的标签；总览按标签对实例分组和筛选。</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>InstanceListView</name>
    <message>
        <source>No instances yet. Right-click to add one, or import profiles.</source>
        <translation>暂无实例。右键单击以添加实例，或导入实例配置。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>&amp;Add an instance…</source>
        <translation>添加实例(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>创建副本(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport profiles…</source>
        <translation>导出实例配置(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>导入实例配置(&amp;I)…</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Remove the instance “%1”?</source>
        <translation>移除实例“%1”？</translation>
    </message>
    <message>
        <source>Its AccessKey stays in the keychain: another instance uses it too.</source>
        <translation>其 AccessKey 仍保留在系统密钥环中：另一个实例也在使用它。</translation>
    </message>
    <message>
        <source>Its AccessKey is deleted from the keychain too.</source>
        <translation>其 AccessKey 也将从系统密钥环中删除。</translation>
    </message>
    <message>
        <source>The instance was removed, but its AccessKey could not be deleted from the keychain: %1</source>
        <translation>实例已移除，但无法从系统密钥环中删除其 AccessKey：%1</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>导出实例配置</translation>
    </message>
    <message>
        <source>SessionScope profiles (*.json)</source>
        <translation>SessionScope 实例配置 (*.json)</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>导入实例配置</translation>
    </message>
    <message>
        <source>SessionScope profiles (*.json);;All files (*)</source>
        <translation>SessionScope 实例配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The profiles could not be written to %1: %2</source>
        <translation>无法将实例配置写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without secrets.</source>
        <translation>
            <numerusform>已将 %n 个实例配置导出到 %1（不含密钥）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile export.</source>
        <translation>%1 过大，不是有效的实例配置导出文件。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>已导入 %n 个实例配置。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceProfile</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>未定义值</translation>
    </message>
    <message>
        <source>"%1" must be text, not %2.</source>
        <translation>"%1" 必须是文本，而不是%2。</translation>
    </message>
    <message>
        <source>The display name is empty.</source>
        <translation>显示名称为空。</translation>
    </message>
    <message>
        <source>The instance ID is empty.</source>
        <translation>实例 ID 为空。</translation>
    </message>
    <message>
        <source>The instance ID must not contain spaces.</source>
        <translation>实例 ID 不能包含空格。</translation>
    </message>
    <message>
        <source>The node ID must not contain spaces.</source>
        <translation>节点 ID 不能包含空格。</translation>
    </message>
    <message>
        <source>The custom endpoint is empty.</source>
        <translation>自定义接入地址为空。</translation>
    </message>
    <message>
        <source>The refresh interval must be between %1 and %2 seconds.</source>
        <translation>刷新间隔必须介于 %1 到 %2 秒之间。</translation>
    </message>
    <message>
        <source>No keychain credential is chosen.</source>
        <translation>未选择系统密钥环中的凭据。</translation>
    </message>
    <message>
        <source>A profile must be an object, not %1.</source>
        <translation>实例配置必须是对象，而不是%1。</translation>
    </message>
    <message>
        <source>"id" is not a UUID.</source>
        <translation>"id" 不是 UUID。</translation>
    </message>
    <message>
        <source>"source" must be "das" or "mysql".</source>
        <translation>"source" 必须是 "das" 或 "mysql"。</translation>
    </message>
    <message>
        <source>"endpoint" must be "public", "vpc" or "custom".</source>
        <translation>"endpoint" 必须是 "public"、"vpc" 或 "custom"。</translation>
    </message>
    <message>
        <source>"credential.kind" must be "default", "environment", "cliProfile" or "keychain".</source>
        <translation>"credential.kind" 必须是 "default"、"environment"、"cliProfile" 或 "keychain"。</translation>
    </message>
    <message>
        <source>"credential" must be an object, not %1.</source>
        <translation>"credential" 必须是对象，而不是%1。</translation>
    </message>
    <message>
        <source>"refreshIntervalMs" must be a number, not %1.</source>
        <translation>"refreshIntervalMs" 必须是数字，而不是%1。</translation>
    </message>
    <message>
        <source>The server's host (or its socket) is empty.</source>
        <translation>服务器主机（或其套接字）为空。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须介于 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>The SSL mode %1 needs a CA file.</source>
        <translation>SSL 模式 %1 需要 CA 文件。</translation>
    </message>
    <message>
        <source>"sslMode" must be disabled, preferred, required, verify-ca or verify-identity.</source>
        <translation>"sslMode" 必须是 disabled、preferred、required、verify-ca 或 verify-identity。</translation>
    </message>
    <message>
        <source>"port" must be a number, not %1.</source>
        <translation>"port" 必须是数字，而不是%1。</translation>
    </message>
    <message>
        <source>Killing as a database account needs the account's user name.</source>
        <translation>以数据库账号终止会话时，需要提供该账号的用户名。</translation>
    </message>
    <message>
        <source>"readOnly" must be true or false, not %1.</source>
        <translation>"readOnly" 必须是 true 或 false，而不是%1。</translation>
    </message>
    <message>
        <source>"killAccount" must be "maintainUser" or "database".</source>
        <translation>"killAccount" 必须是 "maintainUser" 或 "database"。</translation>
    </message>
    <message>
        <source>"alerts" must be an object, not %1.</source>
        <translation>"alerts" 必须是对象，而不是%1。</translation>
    </message>
    <message>
        <source>"alerts.consecutive" must be a number, not %1.</source>
        <translation>"alerts.consecutive" 必须是数字，而不是%1。</translation>
    </message>
    <message>
        <source>"alerts.rules" must be a list, not %1.</source>
        <translation>"alerts.rules" 必须是列表，而不是%1。</translation>
    </message>
    <message>
        <source>An alert rule cannot be read: %1</source>
        <translation>无法读取告警规则：%1</translation>
    </message>
    <message>
        <source>"enabled" of the alert rule %1 must be true or false, not %2.</source>
        <translation>告警规则 %1 的 "enabled" 必须是 true 或 false，而不是%2。</translation>
    </message>
    <message>
        <source>Alerts must be raised after 1 to %1 snapshots in a row.</source>
        <translation>告警必须在连续 1 到 %1 个快照后触发。</translation>
    </message>
    <message>
        <source>"record.enabled" must be true or false, not %1.</source>
        <translation>"record.enabled" 必须是 true 或 false，而不是%1。</translation>
    </message>
    <message>
        <source>"record.%1" must be a whole number from 1 to %2.</source>
        <translation>"record.%1" 必须是 1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>"record" must be an object, not %1.</source>
        <translation>"record" 必须是对象，而不是%1。</translation>
    </message>
    <message>
        <source>"tags" must be a list of texts, not of %1.</source>
        <translation>"tags" 必须是文本列表，而不是%1的列表。</translation>
    </message>
    <message>
        <source>"tags" must be a list, not %1.</source>
        <translation>"tags" 必须是列表，而不是%1。</translation>
    </message>
    <message>
        <source>"record.file" must be text, not %1.</source>
        <translation>"record.file" 必须是文本，而不是%1。</translation>
    </message>
</context>
<context>
    <name>InventoryClient</name>
    <message>
        <source>RDS instances</source>
        <translation>RDS 实例</translation>
    </message>
    <message>
        <source>PolarDB clusters</source>
        <translation>PolarDB 集群</translation>
    </message>
    <message>
        <source>"%1" is not a region ID such as cn-hangzhou.</source>
        <translation>“%1”不是 cn-hangzhou 这样的地域 ID。</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1，第 %2 页</translation>
    </message>
    <message>
        <source>%1: the service counted %2 but listed %3; page %4 brought nothing new, so the listing stopped there.</source>
        <translation>%1：服务计数为 %2，但只列出了 %3；第 %4 页没有新内容，因此列出到此为止。</translation>
    </message>
    <message>
        <source>%1: stopped after %2 pages.</source>
        <translation>%1：在 %2 页后停止。</translation>
    </message>
    <message>
        <source>Listing %1 is not allowed: the RAM identity may not call %2. (%3)</source>
        <translation>不允许列出%1：该 RAM 身份无权调用 %2。（%3）</translation>
    </message>
    <message>
        <source>Grant the RAM user or role the action %1 in the RAM console, or choose another credential.</source>
        <translation>请在 RAM 控制台中为该 RAM 用户或角色授予操作 %1，或选择其他凭据。</translation>
    </message>
    <message>
        <source>The AccessKey was refused. Check the credential: its ID, its secret and, for an STS token, that it has not expired.</source>
        <translation>AccessKey 被拒绝。请检查凭据：其 ID、密钥，以及 STS 令牌是否已过期。</translation>
    </message>
    <message>
        <source>The service rejected the request for %1 (page %2). Check the region and the endpoint.</source>
        <translation>服务拒绝了%1的请求（第 %2 页）。请检查地域和接入地址。</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be read; nothing was imported.</source>
        <translation>无法读取%2的第 %1 页；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>InventoryParser</name>
    <message>
        <source>Items is not an object.</source>
        <translation>Items 不是对象。</translation>
    </message>
    <message>
        <source>Items.%1 is not a list.</source>
        <translation>Items.%1 不是列表。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object (%1 bytes).</source>
        <translation>应答不是 JSON 对象（%1 字节）。</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No credential id was given.</source>
        <translation>未提供凭据 ID。</translation>
    </message>
    <message>
        <source>The credential '%1' needs both an AccessKey ID and an AccessKey secret.</source>
        <translation>凭据“%1”需要同时提供 AccessKey ID 和 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The keychain entry '%1' was not written by SessionScope or is damaged; save the credential again.</source>
        <translation>系统密钥环条目“%1”不是由 SessionScope 写入的或已损坏；请重新保存凭据。</translation>
    </message>
    <message>
        <source>The keychain entry '%1' could not be deleted: %2</source>
        <translation>无法删除系统密钥环条目“%1”：%2</translation>
    </message>
    <message>
        <source>no keychain service is running</source>
        <translation>没有正在运行的密钥环服务</translation>
    </message>
    <message>
        <source>this system has no supported keychain</source>
        <translation>此系统没有受支持的密钥环</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access</source>
        <translation>密钥环已锁定或拒绝访问</translation>
    </message>
    <message>
        <source>the keychain service did not answer</source>
        <translation>密钥环服务未响应</translation>
    </message>
    <message>
        <source>the keychain service could not be reached: %1</source>
        <translation>无法连接密钥环服务：%1</translation>
    </message>
    <message>
        <source>No keychain is available (%1); secrets entered now are kept in memory until SessionScope quits and are not saved.</source>
        <translation>没有可用的系统密钥环（%1）；现在输入的密钥仅保存在内存中，SessionScope 退出后即丢失，不会被保存。</translation>
    </message>
    <message>
        <source>The credential '%1' needs a database user name.</source>
        <translation>凭据“%1”需要提供数据库用户名。</translation>
    </message>
    <message>
        <source>the system keychain asked for a password for a new keyring and that prompt was cancelled or could not be shown, so nothing was saved. Save again to answer the prompt.</source>
        <translation>系统钥匙串为新钥匙环请求设置密码，但该提示被取消或无法显示，因此没有保存任何内容。请再次保存以回应该提示。</translation>
    </message>
</context>
<context>
    <name>KillDialog</name>
    <message>
        <source>End the connection (KILL CONNECTION)</source>
        <translation>终止连接（KILL CONNECTION）</translation>
    </message>
    <message>
        <source>Stop only the running statement (KILL QUERY); the connection stays</source>
        <translation>仅终止正在执行的语句（KILL QUERY）；保留连接</translation>
    </message>
    <message>
        <source>Kill sessions</source>
        <translation>终止会话</translation>
    </message>
    <message>
        <source>This source can only end whole connections.</source>
        <translation>此数据源只能终止整个连接。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message numerus="yes">
        <source>Also kill the %n system session(s) marked excluded (replication, server threads, maintenance accounts)</source>
        <translation>
            <numerusform>同时终止 %n 个标记为已排除的系统会话（复制、服务器线程、运维账号）</numerusform>
        </translation>
    </message>
    <message>
        <source>Kill:</source>
        <translation>终止范围：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Will be killed</source>
        <translation>将被终止</translation>
    </message>
    <message>
        <source>Gone: skipped</source>
        <translation>已不存在：跳过</translation>
    </message>
    <message>
        <source>Will be killed (system session)</source>
        <translation>将被终止（系统会话）</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>已排除：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Stop the running statement of %n session(s) on %1</source>
        <translation>
            <numerusform>终止 %1 上 %n 个会话正在执行的语句</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n session(s) on %1</source>
        <translation>
            <numerusform>终止 %1 上的 %n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended since the last refresh and will be skipped.</source>
        <translation>
            <numerusform>%n 个会话在上次刷新后已结束，将被跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system session(s) excluded.</source>
        <translation>
            <numerusform>已排除 %n 个系统会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to kill.</source>
        <translation>没有要终止的会话。</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>输入 %1 以确认：</translation>
    </message>
    <message numerus="yes">
        <source>Kill %n statement(s)</source>
        <translation>
            <numerusform>终止 %n 条语句</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n session(s)</source>
        <translation>
            <numerusform>终止 %n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <source>DAS kills as the database account %1. The service receives this password inside the signed HTTPS request; SessionScope keeps it only in the keychain, and only when asked to.</source>
        <translation>DAS 以数据库账号 %1 终止会话。该密码包含在签名的 HTTPS 请求中发送给服务；SessionScope 仅在您要求时将其保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Remember it in the keychain for this instance</source>
        <translation>为此实例在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>保存在系统密钥环中</translation>
    </message>
</context>
<context>
    <name>KillPlan</name>
    <message>
        <source>Not in the latest snapshot.</source>
        <translation>不在最新快照中。</translation>
    </message>
    <message>
        <source>The source reported nothing for this session.</source>
        <translation>数据源未返回此会话的任何结果。</translation>
    </message>
    <message>
        <source>Replication: killing it stops or breaks a replica.</source>
        <translation>复制线程：终止它会使从库复制停止或中断。</translation>
    </message>
    <message>
        <source>A server thread (event scheduler or background work).</source>
        <translation>服务器线程（事件调度器或后台任务）。</translation>
    </message>
    <message>
        <source>The cloud service's own maintenance account.</source>
        <translation>云服务自身的运维账号。</translation>
    </message>
    <message>
        <source>SessionScope's own connection.</source>
        <translation>SessionScope 自身的连接。</translation>
    </message>
</context>
<context>
    <name>KillResultDialog</name>
    <message>
        <source>Kill the failed ones again…</source>
        <translation>再次终止失败的会话…</translation>
    </message>
    <message>
        <source>Kill result</source>
        <translation>终止结果</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <source>Sending the kill to %1…</source>
        <translation>正在向 %1 发送终止请求…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped the statement of %1 of %n session(s) on %2.</source>
        <translation>
            <numerusform>已终止 %2 上 %n 个会话中 %1 个会话正在执行的语句。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Killed %1 of %n session(s) on %2.</source>
        <translation>
            <numerusform>已终止 %2 上 %n 个会话中的 %1 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KillRun</name>
    <message>
        <source>There is no session to kill.</source>
        <translation>没有要终止的会话。</translation>
    </message>
    <message>
        <source>The instance is no longer open.</source>
        <translation>该实例已关闭。</translation>
    </message>
    <message>
        <source>Nothing was killed: the kill could not be recorded in the audit log. %1</source>
        <translation>未终止任何会话：无法将本次终止记录到审计日志。%1</translation>
    </message>
    <message>
        <source>The outcome could not be recorded in the audit log. %1</source>
        <translation>无法将结果记录到审计日志。%1</translation>
    </message>
</context>
<context>
    <name>KillTaskParser</name>
    <message>
        <source>the response is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>响应不是有效的 JSON（%1，位于第 %2 字节，共 %3 字节）</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>响应不是 JSON 对象</translation>
    </message>
    <message>
        <source>Data looks like a list of task ids but is not valid JSON</source>
        <translation>Data 看似任务 ID 列表，但不是有效的 JSON</translation>
    </message>
    <message>
        <source>Data holds no kill task id</source>
        <translation>Data 中没有终止任务 ID</translation>
    </message>
    <message>
        <source>Data is missing from a successful response</source>
        <translation>成功的响应中缺少 Data</translation>
    </message>
    <message>
        <source>Data.Result: expected an array</source>
        <translation>Data.Result：应为数组</translation>
    </message>
    <message>
        <source>Data.Result[%1]: the session id is missing or not a number</source>
        <translation>Data.Result[%1]：会话 ID 缺失或不是数字</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Snapshot exported.</source>
        <translation>快照已导出。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>SessionScope</source>
        <translation>SessionScope</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Take a snapshot now (F5)</source>
        <translation>立即获取快照（F5）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic refresh interval, remembered per instance</source>
        <translation>自动刷新间隔（按实例分别保存）</translation>
    </message>
    <message>
        <source>Export snapshot…</source>
        <translation>导出快照…</translation>
    </message>
    <message>
        <source>Write the sessions and statistics as CSV (Ctrl+E)</source>
        <translation>将会话和统计数据导出为 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>%1 — SessionScope</source>
        <translation>%1 — SessionScope</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n thread(s)</source>
        <translation>
            <numerusform>%1 · %n 个线程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n thread(s) not in the session list</source>
        <translation>
            <numerusform> · %n 个线程不在会话列表中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n session(s)…</source>
        <translation>
            <numerusform>正在导出 %n 个会话…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>There is no snapshot to export yet.</source>
        <translation>尚无可导出的快照。</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>实例 %1</translation>
    </message>
    <message>
        <source>Credential: %1</source>
        <translation>凭据：%1</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of the long-running threshold; keep the leading space if the language uses one.</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Active sessions running at least this long are marked red</source>
        <translation>运行时间达到该值的活跃会话标为红色</translation>
    </message>
    <message>
        <source>An export is still being written; try again when it has finished.</source>
        <translation>仍在写入导出文件；请在完成后重试。</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>刷新间隔</translation>
    </message>
    <message>
        <source>Long-running after</source>
        <translation>长时间运行阈值</translation>
    </message>
    <message>
        <source>Kill session…</source>
        <translation>终止会话…</translation>
    </message>
    <message>
        <source>Preview and kill the selected sessions (Delete)</source>
        <translation>预览并终止所选会话（Delete）</translation>
    </message>
    <message>
        <source>Kill running statement…</source>
        <translation>终止正在执行的语句…</translation>
    </message>
    <message>
        <source>Preview and stop the statements of the selected sessions; their connections stay</source>
        <translation>预览并终止所选会话正在执行的语句；保留其连接</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Every kill made from this computer, with its outcome</source>
        <translation>本机执行过的所有终止操作及其结果</translation>
    </message>
    <message numerus="yes">
        <source>Kill %n session(s)… (%1 hidden by the filter)</source>
        <translation>
            <numerusform>终止 %n 个会话…（其中 %1 个被筛选隐藏）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill %n session(s)…</source>
        <translation>
            <numerusform>终止 %n 个会话…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill the running statement of %n session(s)… (%1 hidden by the filter)</source>
        <translation>
            <numerusform>终止 %n 个会话正在执行的语句…（其中 %1 个被筛选隐藏）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kill the running statement of %n session(s)…</source>
        <translation>
            <numerusform>终止 %n 个会话正在执行的语句…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A kill dialog's instance: the profile's name, then what it watches.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kill not sent</source>
        <translation>未发送终止请求</translation>
    </message>
    <message>
        <source>Sending the kill…</source>
        <translation>正在发送终止请求…</translation>
    </message>
    <message>
        <source>Kill done.</source>
        <translation>终止完成。</translation>
    </message>
    <message>
        <source>Kill done, with failures.</source>
        <translation>终止完成，但有部分失败。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The snapshot was not exported: %1</source>
        <translation>快照未导出：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>窗格</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>会话详情</translation>
    </message>
    <message>
        <source>Charts and trend</source>
        <translation>图表和趋势</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Hours and minutes beside seconds</source>
        <translation>在秒数旁显示小时和分钟</translation>
    </message>
    <message>
        <source>Show times as "4,933 (1 h 22 m)" instead of "4,933"</source>
        <translation>将时间显示为“4,933（1 小时 22 分）”而不是“4,933”</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>SessionScope will use the new language the next time it starts.</source>
        <translation>SessionScope 将在下次启动时使用新的语言。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About SessionScope</source>
        <translation>关于 SessionScope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>take a snapshot now</source>
        <translation>立即获取快照</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>pause / resume automatic refresh</source>
        <translation>暂停 / 恢复自动刷新</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>filter the sessions</source>
        <translation>筛选会话</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>clear the drill-down</source>
        <translation>清除下钻</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>copy the selected rows as TSV</source>
        <translation>将选中的行复制为 TSV</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>export the snapshot as CSV</source>
        <translation>将快照导出为 CSV</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>kill the selected sessions (after the preview)</source>
        <translation>终止选中的会话（先预览）</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>show / hide the instance list</source>
        <translation>显示 / 隐藏实例列表</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>add an instance</source>
        <translation>添加实例</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>this table of keys</source>
        <translation>本快捷键表</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SessionScope %1&lt;/h3&gt;&lt;p&gt;Watches the sessions of MySQL instances: through Alibaba Cloud's Database Autonomy Service or a direct connection to MySQL or MariaDB.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SessionScope %1&lt;/h3&gt;&lt;p&gt;监视 MySQL 实例的会话：通过阿里云数据库自治服务（DAS），或直接连接 MySQL 或 MariaDB。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本（GPL-3.0-or-later）授权。不提供任何担保。&lt;/p&gt;&lt;p&gt;构建于 Qt %2，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SessionScope</source>
        <translation>关于 SessionScope</translation>
    </message>
    <message>
        <source>Resume refresh</source>
        <translation>恢复刷新</translation>
    </message>
    <message>
        <source>Resume automatic refresh (Space)</source>
        <translation>恢复自动刷新（空格）</translation>
    </message>
    <message>
        <source>Pause automatic refresh (Space)</source>
        <translation>暂停自动刷新（空格）</translation>
    </message>
    <message>
        <source>&amp;Add instance…</source>
        <translation>添加实例(&amp;A)…</translation>
    </message>
    <message>
        <source>SessionScope found no credential to send. Edit the instance (right-click it in the instance list) and enter it there, or provide it where the instance says to look.</source>
        <translation>SessionScope 没有找到可发送的凭据。请编辑该实例（在实例列表中右键单击）并在其中输入凭据，或在实例指定的位置提供凭据。</translation>
    </message>
    <message>
        <source>The value filters were cleared for the new instance.</source>
        <translation>已为新实例清除值筛选。</translation>
    </message>
    <message>
        <source>Not monitored: %1</source>
        <translation>未监视：%1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Open &amp;recording…</source>
        <translation>打开录制(&amp;R)…</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>打开录制</translation>
    </message>
    <message>
        <source>SessionScope recordings (*.ssrec);;All files (*)</source>
        <translation>SessionScope 录制文件 (*.ssrec);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Kill these sessions…</source>
        <translation>终止这些会话…</translation>
    </message>
    <message>
        <source>Preview and kill every session running this statement</source>
        <translation>预览并终止运行此语句的每个会话</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>The sessions grouped by the statement they run, its values taken out</source>
        <translation>按所运行语句（去掉其中的值）分组的会话</translation>
    </message>
    <message numerus="yes">
        <source>Kill these %n session(s)…</source>
        <translation>
            <numerusform>终止这 %n 个会话…</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>语句 %1</translation>
    </message>
    <message>
        <source>I&amp;mport instances…</source>
        <translation>导入实例(&amp;M)…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>every instance at a glance</source>
        <translation>一览所有实例</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <source>Every instance at a glance</source>
        <translation>一览所有实例</translation>
    </message>
</context>
<context>
    <name>MySqlAdvice</name>
    <message>
        <source>The server refused the user name or password. Check the login of this instance.</source>
        <translation>服务器拒绝了该用户名或密码。请检查此实例的登录信息。</translation>
    </message>
    <message>
        <source>The account lacks a privilege this needs: PROCESS to see every session and transaction, CONNECTION ADMIN or SUPER to end other users' sessions.</source>
        <translation>该账号缺少所需的权限：查看所有会话和事务需要 PROCESS 权限，结束其他用户的会话需要 CONNECTION ADMIN 或 SUPER 权限。</translation>
    </message>
    <message>
        <source>The server has no connection to spare (max_connections or max_user_connections). SessionScope backs off and retries.</source>
        <translation>服务器没有可用的连接（max_connections 或 max_user_connections）。SessionScope 会退避后重试。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check that it runs, the host and port (or socket), and any firewall in between; SessionScope retries.</source>
        <translation>无法连接服务器。请检查服务器是否在运行、主机和端口（或套接字）是否正确，以及中间是否有防火墙拦截；SessionScope 将自动重试。</translation>
    </message>
    <message>
        <source>The connection to the server failed or timed out. SessionScope reconnects and retries.</source>
        <translation>与服务器的连接失败或超时。SessionScope 将重新连接并重试。</translation>
    </message>
    <message>
        <source>The TLS connection failed. Check the SSL mode, the CA file and the server's certificate.</source>
        <translation>TLS 连接失败。请检查 SSL 模式、CA 文件和服务器证书。</translation>
    </message>
    <message>
        <source>The server refused the request. Check the instance's host, port and settings.</source>
        <translation>服务器拒绝了该请求。请检查此实例的主机、端口和设置。</translation>
    </message>
</context>
<context>
    <name>MySqlConnection</name>
    <message>
        <source>Qt's MySQL driver is not installed (Debian: libqt6sql6-mysql).</source>
        <translation>未安装 Qt 的 MySQL 驱动（Debian：libqt6sql6-mysql）。</translation>
    </message>
    <message>
        <source>The server did not say who it is.</source>
        <translation>服务器未返回其身份信息。</translation>
    </message>
    <message>
        <source>The SSL mode is %1, but the connection to %2 is not encrypted.</source>
        <translation>SSL 模式为 %1，但与 %2 的连接未加密。</translation>
    </message>
    <message>
        <source>Session %1 is SessionScope's own monitoring connection.</source>
        <translation>会话 %1 是 SessionScope 自身的监控连接。</translation>
    </message>
</context>
<context>
    <name>MySqlSource</name>
    <message>
        <source>No snapshot from %1 within %2 s.</source>
        <translation>%2 秒内未从 %1 获取到快照。</translation>
    </message>
</context>
<context>
    <name>MySqlTlsCheck</name>
    <message>
        <source>The SSL mode %1 needs a CA file to check the server against.</source>
        <translation>SSL 模式 %1 需要一个 CA 文件来校验服务器。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 文件 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>Qt's TLS support is not available, so the server's certificate cannot be checked (%1).</source>
        <translation>Qt 的 TLS 支持不可用，因此无法校验服务器证书（%1）。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 did not greet within %2 s: %3</source>
        <translation>%1 未在 %2 秒内发送握手信息：%3</translation>
    </message>
    <message>
        <source>%1 does not answer as a MySQL or MariaDB server does. Check the host and port.</source>
        <translation>%1 的应答不像 MySQL 或 MariaDB 服务器。请检查主机和端口。</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS, and the SSL mode %2 needs it.</source>
        <translation>%1 上的服务器不提供 TLS，而 SSL 模式 %2 需要 TLS。</translation>
    </message>
    <message>
        <source>The server's certificate is not signed by the CA in %1.</source>
        <translation>服务器证书不是由 %1 中的 CA 签发的。</translation>
    </message>
    <message>
        <source>The server's certificate is for %1, not %2.</source>
        <translation>服务器证书属于 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>The server's certificate expired on %1.</source>
        <translation>服务器证书已于 %1 过期。</translation>
    </message>
    <message>
        <source>The server's certificate was refused: %1</source>
        <translation>服务器证书被拒绝：%1</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 s.</source>
        <translation>与 %1 的 TLS 握手未在 %2 秒内完成。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>与 %1 的 TLS 握手失败：%2</translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Group by tag</source>
        <translation>按标签分组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;iles</source>
        <translation>磁贴(&amp;I)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overview&lt;/b&gt;</source>
        <translation>&lt;b&gt;总览&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n 个过时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a first snapshot</source>
        <translation>
            <numerusform>%n 个等待首个快照</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>The previous save has not finished yet.</source>
        <translation>上一次保存尚未完成。</translation>
    </message>
    <message>
        <source>The database login could not be saved: %1</source>
        <translation>无法保存数据库登录信息：%1</translation>
    </message>
    <message>
        <source>The AccessKey could not be saved: %1</source>
        <translation>无法保存 AccessKey：%1</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>%1, node %2</source>
        <translation>%1，节点 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
Endpoint: %2
Credentials: %3
Refresh every %n s</source>
        <translation>
            <numerusform>%1
接入地址：%2
凭据：%3
刷新间隔：%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>the Aliyun CLI's current profile</source>
        <translation>阿里云 CLI 的当前配置</translation>
    </message>
    <message>
        <source>Aliyun CLI profile '%1'</source>
        <translation>阿里云 CLI 配置“%1”</translation>
    </message>
    <message>
        <source>AccessKey saved in the keychain</source>
        <translation>保存在系统密钥环中的 AccessKey</translation>
    </message>
    <message>
        <source>environment, then the Aliyun CLI profile</source>
        <translation>先环境变量，再阿里云 CLI 配置</translation>
    </message>
    <message numerus="yes">
        <source>MySQL or MariaDB at %1
User: %2
TLS: %3
Password: %4
Refresh every %n s</source>
        <translation>
            <numerusform>MySQL 或 MariaDB：%1
用户：%2
TLS：%3
密码：%4
刷新间隔：%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, CA %2</source>
        <translation>%1，CA %2</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>保存在系统密钥环中</translation>
    </message>
    <message>
        <source>MYSQL_PWD</source>
        <translation>MYSQL_PWD</translation>
    </message>
    <message>
        <source>MYSQL_PWD, else ~/.my.cnf</source>
        <translation>MYSQL_PWD，其次 ~/.my.cnf</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>DAS</source>
        <translation>DAS</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no saved profile with this id; it may have been removed.</source>
        <translation>不存在此 ID 对应的已保存实例配置；它可能已被移除。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>该文件不是有效的 JSON：%1（位于偏移量 %2）。</translation>
    </message>
    <message>
        <source>The file is not a SessionScope profile export: it must be a JSON object.</source>
        <translation>该文件不是 SessionScope 实例配置导出文件：它必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The file is not a SessionScope profile export (its "format" is not "%1").</source>
        <translation>该文件不是 SessionScope 实例配置导出文件（其 "format" 不是 "%1"）。</translation>
    </message>
    <message>
        <source>The file was written by a newer SessionScope (format version %1); this one reads version %2.</source>
        <translation>该文件由更新版本的 SessionScope 写入（格式版本 %1）；当前版本只能读取格式版本 %2。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The file has no "profiles" list.</source>
        <translation>该文件中没有 "profiles" 列表。</translation>
    </message>
    <message>
        <source>Profile #%1</source>
        <translation>实例配置 #%1</translation>
    </message>
    <message>
        <source>Profile #%1 ('%2')</source>
        <translation>实例配置 #%1（“%2”）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Profile #%1: %2</source>
        <translation>实例配置 #%1：%2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
</context>
<context>
    <name>RecordAction</name>
    <message>
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Recording failed: %1</source>
        <translation>录制失败：%1</translation>
    </message>
    <message>
        <source>Record every snapshot of this instance into %1, one file a day</source>
        <translation>将此实例的每个快照录制到 %1，每天一个文件</translation>
    </message>
    <message>
        <source>Recording into %1</source>
        <translation>正在录制到 %1</translation>
    </message>
    <message>
        <source>Record every snapshot of this instance into %1</source>
        <translation>将此实例的每个快照录制到 %1</translation>
    </message>
</context>
<context>
    <name>RecordSettingsWidget</name>
    <message>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Re&amp;cord this instance while it is watched</source>
        <translation>监视时录制此实例(&amp;C)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>One file a day in %1; the oldest are removed first.</source>
        <translation>在 %1 中每天一个文件；最旧的先删除。</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>最多保留：</translation>
    </message>
    <message>
        <source>and at most:</source>
        <translation>且最多：</translation>
    </message>
    <message>
        <source>one file a day (below)</source>
        <translation>每天一个文件（见下方）</translation>
    </message>
    <message>
        <source>Record into this one file instead, whatever the day; it is continued if it exists and never removed</source>
        <translation>改为录制到这一个文件中，不分日期；文件已存在时接着写入，且永不删除</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Record into</source>
        <translation>录制到</translation>
    </message>
    <message>
        <source>SessionScope recordings (*.ssrec);;All files (*)</source>
        <translation>SessionScope 录制文件 (*.ssrec);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The recording %1 could not be opened</source>
        <translation>无法打开录制 %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a SessionScope recording; choose another file</source>
        <translation>%1 已存在且不是 SessionScope 录制文件；请选择其他文件</translation>
    </message>
    <message>
        <source>%1 is a recording of another version of SessionScope; choose another file</source>
        <translation>%1 是其他版本 SessionScope 的录制文件；请选择其他文件</translation>
    </message>
    <message>
        <source>The recording %1 could not be set up</source>
        <translation>无法初始化录制 %1</translation>
    </message>
    <message>
        <source>The recording is not open</source>
        <translation>录制未打开</translation>
    </message>
    <message>
        <source>The snapshot lists session %1 twice; it was not recorded</source>
        <translation>该快照两次列出会话 %1；未录制此快照</translation>
    </message>
    <message>
        <source>The snapshot could not be recorded</source>
        <translation>无法录制该快照</translation>
    </message>
    <message>
        <source>the fetch failed</source>
        <translation>获取失败</translation>
    </message>
    <message>
        <source>The failure could not be recorded</source>
        <translation>无法记录该失败</translation>
    </message>
    <message>
        <source>The recording is damaged: text %1 is missing</source>
        <translation>录制已损坏：缺少文本 %1</translation>
    </message>
    <message>
        <source>The recording is damaged: the texts from %1 cannot be read</source>
        <translation>录制已损坏：无法读取从 %1 开始的文本</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 不存在或不是文件</translation>
    </message>
    <message>
        <source>%1 is damaged; the snapshots before the damage can be read</source>
        <translation>%1 已损坏；损坏处之前的快照可以读取</translation>
    </message>
    <message>
        <source>The recording %1 is damaged</source>
        <translation>录制 %1 已损坏</translation>
    </message>
    <message>
        <source>%1 is not a SessionScope recording (%2)</source>
        <translation>%1 不是 SessionScope 录制文件（%2）</translation>
    </message>
    <message>
        <source>%1 is not a SessionScope recording</source>
        <translation>%1 不是 SessionScope 录制文件</translation>
    </message>
    <message>
        <source>%1 was recorded in format version %2; this SessionScope reads version %3</source>
        <translation>%1 以格式版本 %2 录制；此版本的 SessionScope 读取版本 %3</translation>
    </message>
    <message>
        <source>The recording could not be read</source>
        <translation>无法读取录制</translation>
    </message>
    <message numerus="yes">
        <source>The recording is damaged after %n snapshot(s)</source>
        <translation>
            <numerusform>录制在 %n 个快照之后已损坏</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording has no snapshot at or before that time</source>
        <translation>录制中在该时间或之前没有快照</translation>
    </message>
    <message>
        <source>The recording has no snapshot %1</source>
        <translation>录制中没有快照 %1</translation>
    </message>
    <message>
        <source>Snapshot %1 is a failed fetch; it has no sessions</source>
        <translation>快照 %1 是一次失败的获取；其中没有会话</translation>
    </message>
    <message>
        <source>The recording is damaged at snapshot %1</source>
        <translation>录制在快照 %1 处已损坏</translation>
    </message>
    <message>
        <source>The recording is damaged at snapshot %1: session %2 is missing</source>
        <translation>录制在快照 %1 处已损坏：缺少会话 %2</translation>
    </message>
    <message>
        <source>%1 holds no snapshot yet</source>
        <translation>%1 中还没有快照</translation>
    </message>
    <message>
        <source>The folder %1 could not be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>Previous snapshot</source>
        <translation>上一个快照</translation>
    </message>
    <message>
        <source>Next snapshot</source>
        <translation>下一个快照</translation>
    </message>
    <message>
        <source>Recorded %1 (%2 ago), snapshot %3 of %4</source>
        <translation>录制于 %1（%2前），第 %3 个快照，共 %4 个</translation>
    </message>
    <message>
        <source>%1 — the fetch failed then</source>
        <translation>%1 — 当时获取失败</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>播放录制内容</translation>
    </message>
    <message>
        <source>Recording time per second of playing</source>
        <translation>每播放一秒对应的录制时间</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Go to 03:12…</source>
        <translation>转到 03:12…</translation>
    </message>
    <message>
        <source>A time of day (03:12, 03:12:30) or a date and time (2026-12-01 03:12): the snapshot taken then, or just before</source>
        <translation>一天中的时间（03:12、03:12:30）或日期和时间（2026-12-01 03:12）：显示当时或就在此之前获取的快照</translation>
    </message>
    <message>
        <source>What changed between this moment and another: sessions that appeared, vanished or changed</source>
        <translation>此时刻与另一时刻之间的变化：新出现、消失或变化的会话</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>“%1” is not a time: write 03:12, 03:12:30 or 2026-12-01 03:12</source>
        <translation>“%1”不是时间：请写成 03:12、03:12:30 或 2026-12-01 03:12</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>ReplaySource</name>
    <message>
        <source>recording %1</source>
        <translation>录制 %1</translation>
    </message>
    <message>
        <source>%1, recorded in %2</source>
        <translation>%1，录制于 %2</translation>
    </message>
    <message>
        <source>When this was recorded the fetch failed: %1</source>
        <translation>录制此刻时获取失败：%1</translation>
    </message>
    <message>
        <source>Move to another moment of the recording.</source>
        <translation>请转到录制中的其他时刻。</translation>
    </message>
    <message>
        <source>This moment of the recording cannot be read; others may.</source>
        <translation>无法读取录制中的这一时刻；其他时刻也许可以。</translation>
    </message>
</context>
<context>
    <name>ReplayTimeline</name>
    <message>
        <source>Click or drag to move through the recording; ← → step, Home and End go to either end</source>
        <translation>单击或拖动以在录制内容中移动；← → 逐步移动，Home 和 End 转到两端</translation>
    </message>
    <message>
        <source>Sessions (up to %1)</source>
        <translation>会话（最多 %1）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Longest active (up to %1)</source>
        <translation>最长活跃（最多 %1）</translation>
    </message>
    <message>
        <source>Fetch failed</source>
        <translation>获取失败</translation>
    </message>
</context>
<context>
    <name>SessionDetailPane</name>
    <message>
        <source>Session ID</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Client alias</source>
        <translation>客户端别名</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>Transaction time</source>
        <translation>事务持续时间</translation>
    </message>
    <message>
        <source>SQL template</source>
        <translation>SQL 模板</translation>
    </message>
    <message>
        <source>No SQL</source>
        <translation>无 SQL</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>复制 SQL</translation>
    </message>
    <message>
        <source>Copy the full SQL text to the clipboard</source>
        <translation>将完整 SQL 文本复制到剪贴板</translation>
    </message>
    <message>
        <source>SQL:</source>
        <translation>SQL：</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> — idle in transaction</source>
        <translation> — 事务中空闲</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>This SQL text looks cut off by the server (%1 characters); the statement may be longer.</source>
        <translation>此 SQL 文本似乎已被服务端截断（%1 个字符）；完整语句可能更长。</translation>
    </message>
    <message>
        <source>Session %1 — ended</source>
        <translation>会话 %1 — 已结束</translation>
    </message>
    <message>
        <source>This session is no longer in the latest snapshot: it ended. Its last known state is shown.</source>
        <translation>此会话已不在最新快照中：它已结束。下面显示的是其最后已知的状态。</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>锁</translation>
    </message>
    <message>
        <source>not reported by this source</source>
        <translation>此数据源不提供</translation>
    </message>
    <message numerus="yes">
        <source>%1, idle in transaction for %n s</source>
        <translation>
            <numerusform>%1，事务中空闲 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Waiting for a lock held by session %1</source>
        <translation>正在等待会话 %1 持有的锁</translation>
    </message>
    <message>
        <source>Waiting for a lock held by session %1 (%2)</source>
        <translation>正在等待会话 %1（%2）持有的锁</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>，位于 %1</translation>
    </message>
    <message numerus="yes">
        <source>Blocks %n session(s)</source>
        <translation>
            <numerusform>阻塞了 %n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Kill this blocker…</source>
        <translation>终止此阻塞者…</translation>
    </message>
    <message>
        <source>Kill the blocker (session %1)…</source>
        <translation>终止阻塞者（会话 %1）…</translation>
    </message>
</context>
<context>
    <name>SessionSource</name>
    <message>
        <source>This source cannot kill a running statement.</source>
        <translation>此数据源无法终止正在执行的语句。</translation>
    </message>
    <message>
        <source>This source cannot kill sessions.</source>
        <translation>此数据源无法终止会话。</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Client alias</source>
        <translation>客户端别名</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>Trx time (s)</source>
        <translation>事务时长（秒）</translation>
    </message>
    <message>
        <source>SQL template</source>
        <translation>SQL 模板</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>阻塞者</translation>
    </message>
</context>
<context>
    <name>SessionTableView</name>
    <message>
        <source>Filter by %1 = %2</source>
        <translation>按 %1 = %2 筛选</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>复制 SQL</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Seconds, then the same time in larger units: "4,933 (1 h 22 m)".</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>under 1 s</source>
        <translation>不到 1 秒</translation>
    </message>
    <message>
        <source>1–10 s</source>
        <translation>1–10 秒</translation>
    </message>
    <message>
        <source>10 s–1 min</source>
        <translation>10 秒–1 分钟</translation>
    </message>
    <message>
        <source>1–10 min</source>
        <translation>1–10 分钟</translation>
    </message>
    <message>
        <source>10 min–1 h</source>
        <translation>10 分钟–1 小时</translation>
    </message>
    <message>
        <source>1 h or more</source>
        <translation>1 小时或更长</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffModel</name>
    <message>
        <source>Appeared</source>
        <translation>新出现</translation>
    </message>
    <message>
        <source>Vanished</source>
        <translation>已消失</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已变化</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>之前：%1
之后：%2</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>变化：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 s → %2 s</source>
        <translation>%1 秒 → %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Command (state)</source>
        <translation>命令（状态）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
</context>
<context>
    <name>SnapshotExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>There is no snapshot to export.</source>
        <translation>没有可导出的快照。</translation>
    </message>
    <message>
        <source>There is no file name to export to.</source>
        <translation>没有要导出到的文件名。</translation>
    </message>
    <message>
        <source>%1 is named for two files of the export; each needs a name of its own.</source>
        <translation>%1 被用作导出中两个文件的名称；每个文件都需要自己的名称。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>SnapshotFetch</name>
    <message>
        <source>No complete snapshot within %1 s (%2 polls, %3 retries).</source>
        <translation>%1 秒内未获取到完整快照（轮询 %2 次，重试 %3 次）。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最后一次错误：%1</translation>
    </message>
    <message>
        <source>No DAS client.</source>
        <translation>没有 DAS 客户端。</translation>
    </message>
    <message>
        <source>DAS reported the session collection as failed (State %1).</source>
        <translation>DAS 报告会话采集失败（State %1）。</translation>
    </message>
</context>
<context>
    <name>SnapshotParser</name>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1：应为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>%1: expected an integer, got the text "%2"</source>
        <translation>%1：应为整数，实际为文本 "%2"</translation>
    </message>
    <message>
        <source>%1: expected true or false, got the text "%2"</source>
        <translation>%1：应为 true 或 false，实际为文本 "%2"</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>未定义值</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1: expected an integer, got %2</source>
        <translation>%1：应为整数，实际为 %2</translation>
    </message>
    <message>
        <source>%1: SessionId is missing</source>
        <translation>%1：缺少 SessionId</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>响应不是有效的 JSON（%1，位于第 %2 字节，共 %3 字节）</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1; %2 bytes)</source>
        <translation>响应不是有效的 JSON（%1；共 %2 字节）</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>响应不是 JSON 对象</translation>
    </message>
    <message>
        <source>Data is missing from a successful response</source>
        <translation>成功的响应中缺少 Data</translation>
    </message>
    <message>
        <source>Data.Timestamp: %1 is not a time (epoch milliseconds)</source>
        <translation>Data.Timestamp：%1 不是有效的时间（纪元毫秒数）</translation>
    </message>
    <message>
        <source>Data.IsFinish is missing</source>
        <translation>缺少 Data.IsFinish</translation>
    </message>
    <message>
        <source>Data.ResultId is missing from an unfinished response</source>
        <translation>未完成的响应中缺少 Data.ResultId</translation>
    </message>
    <message>
        <source>Data.SessionData is missing from a finished response</source>
        <translation>已完成的响应中缺少 Data.SessionData</translation>
    </message>
    <message>
        <source>%1 is missing while TotalSessionCount is %2</source>
        <translation>TotalSessionCount 为 %2，但缺少 %1</translation>
    </message>
    <message>
        <source>Data.SessionData.TimeStamp: %1 is not a time the server could have taken a snapshot (it is after the year 9999)</source>
        <translation>Data.SessionData.TimeStamp：%1 不可能是服务器获取快照的时间（晚于 9999 年）</translation>
    </message>
</context>
<context>
    <name>SourceFactory</name>
    <message>
        <source>The profile "%1" watches through DAS, which needs an AccessKey; its credential is a database login.</source>
        <translation>实例配置“%1”通过 DAS 监控，需要 AccessKey；但其凭据是数据库登录信息。</translation>
    </message>
    <message>
        <source>The profile "%1" has no AccessKey.</source>
        <translation>实例配置“%1”没有 AccessKey。</translation>
    </message>
    <message>
        <source>The profile "%1" connects to %2 directly, which needs a database user and password; its credential is not one.</source>
        <translation>实例配置“%1”直接连接 %2，需要数据库用户和密码；但其凭据不是数据库登录信息。</translation>
    </message>
</context>
<context>
    <name>StaleBadge</name>
    <message>
        <source>Stale since %1</source>
        <translation>自 %1 起已过时</translation>
    </message>
    <message>
        <source>The latest fetches failed: these figures are from the last good snapshot.</source>
        <translation>最近的获取均失败：这些数字来自最后一次成功的快照。</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>总时间</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>最长</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>平均时间</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Sample session</source>
        <translation>示例会话</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>The Time of all its sessions added up, in seconds</source>
        <translation>其所有会话的 Time 之和，单位为秒</translation>
    </message>
    <message>
        <source>The longest Time of its sessions, in seconds</source>
        <translation>其会话中最长的 Time，单位为秒</translation>
    </message>
    <message>
        <source>The longest-running session; its whole SQL is in the detail pane</source>
        <translation>运行时间最长的会话；其完整 SQL 显示在详情窗格中</translation>
    </message>
    <message>
        <source>A hash of the statement with its values taken out; the server's template id where it sends one</source>
        <translation>去掉值后的语句的哈希；服务器发送模板 ID 时使用该模板 ID</translation>
    </message>
    <message>
        <source>Template %1 (fingerprint %2)</source>
        <translation>模板 %1（指纹 %2）</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation>事务中空闲</translation>
    </message>
    <message>
        <source>Longest active</source>
        <translation>最长活跃</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1（%2前）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>No instance</source>
        <translation>无实例</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>获取中</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>已过时</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Stale since %1</source>
        <translation>自 %1 起已过时</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>显示 %1 个</translation>
    </message>
    <message>
        <source>Retrying (%1, attempt %2)</source>
        <translation>正在重试（%1，第 %2 次）</translation>
    </message>
    <message>
        <source>Lock waits</source>
        <translation>锁等待</translation>
    </message>
    <message>
        <source>You see only %1's sessions: grant PROCESS to see all.</source>
        <translation>仅能看到 %1 的会话：授予 PROCESS 权限后可查看全部会话。</translation>
    </message>
    <message>
        <source>Fetching (%1)</source>
        <translation>获取中（%1）</translation>
    </message>
    <message>
        <source> · system threads hidden: %1</source>
        <extracomment>After the number of rows shown: how many system threads "Hide system threads" leaves out.</extracomment>
        <translation> · 已隐藏系统线程：%1</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已录制</translation>
    </message>
    <message>
        <source>Recorded failure</source>
        <translation>录制的失败</translation>
    </message>
</context>
<context>
    <name>TrendChartView</name>
    <message>
        <source>Total sessions</source>
        <translation>会话总数</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>活跃会话</translation>
    </message>
    <message>
        <source>Longest active (s)</source>
        <translation>最长活跃（秒）</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>SessionScope</source>
        <translation>SessionScope</translation>
    </message>
    <message>
        <source>Watch the sessions of your MySQL instances refresh live: who is connected, from where, running what and for how long, and who is idle inside an open transaction.</source>
        <translation>实时刷新查看 MySQL 实例的会话：谁已连接、来自哪里、正在执行什么、执行了多久，以及谁在未结束的事务中空闲。</translation>
    </message>
    <message>
        <source>Add an instance…</source>
        <translation>添加实例…</translation>
    </message>
    <message>
        <source>RDS MySQL, PolarDB MySQL or PolarDB-X, read through Alibaba Cloud DAS with your AccessKey.</source>
        <translation>RDS MySQL、PolarDB MySQL 或 PolarDB-X，使用您的 AccessKey 通过阿里云 DAS 读取。</translation>
    </message>
    <message>
        <source>Open the demo (local emulator)</source>
        <translation>打开演示（本地模拟器）</translation>
    </message>
    <message>
        <source>Simulated sessions from a DAS emulator on this computer. No account and no key needed.</source>
        <translation>来自本机 DAS 模拟器的模拟会话。无需账号和密钥。</translation>
    </message>
    <message>
        <source>Import profiles…</source>
        <translation>导入实例配置…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON file exported by SessionScope.</source>
        <translation>添加由 SessionScope 导出的 JSON 文件中的实例配置。</translation>
    </message>
</context>
<context>
    <name>Workload</name>
    <message>
        <source>Qt's MySQL driver is not installed (Debian: libqt6sql6-mysql).</source>
        <translation>未安装 Qt 的 MySQL 驱动（Debian：libqt6sql6-mysql）。</translation>
    </message>
    <message>
        <source>Could not connect to %1 as %2: %3</source>
        <translation>无法以 %2 身份连接到 %1：%3</translation>
    </message>
</context>
<context>
    <name>WorkloadClient</name>
    <message>
        <source>%1 could not connect: %2</source>
        <translation>%1 无法连接：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>WorkloadSchema</name>
    <message>
        <source>Could not set the workload accounts' passwords (run --setup first?): %1</source>
        <translation>无法设置负载账号的密码（是否需要先运行 --setup？）：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch the sessions of MySQL instances.</source>
        <translation>监控 MySQL 实例的会话。</translation>
    </message>
    <message>
        <source>DAS endpoint URL.</source>
        <translation>DAS 接入地址 URL。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Node ID (PolarDB).</source>
        <translation>节点 ID（PolarDB）。</translation>
    </message>
    <message>
        <source>Refresh interval in seconds.</source>
        <translation>刷新间隔（秒）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Instance ID to monitor, with the environment's credentials.</source>
        <translation>要监控的实例 ID，使用环境变量中的凭据。</translation>
    </message>
    <message>
        <source>Open the demo (local emulator).</source>
        <translation>打开演示（本地模拟器）。</translation>
    </message>
    <message>
        <source>Watch this MySQL or MariaDB server directly, without saving a profile (password from MYSQL_PWD or ~/.my.cnf).</source>
        <translation>直接监控此 MySQL 或 MariaDB 服务器，无需保存实例配置（密码取自 MYSQL_PWD 或 ~/.my.cnf）。</translation>
    </message>
    <message>
        <source>host[:port]</source>
        <translation>主机[:端口]</translation>
    </message>
    <message>
        <source>Database user for --mysql.</source>
        <translation>--mysql 使用的数据库用户。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>sessionscope: --interval takes a whole number of seconds from %1 to %2, not "%3"</source>
        <translation>sessionscope：--interval 接受 %1 到 %2 之间的整数秒，而不是“%3”</translation>
    </message>
    <message>
        <source>Show a recording (written by sessionscope-cli record) instead of a live instance.</source>
        <translation>显示录制（由 sessionscope-cli record 写入），而不是实时实例。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>sessionscope-cli</name>
    <message>
        <source>Usage: sessionscope-cli &lt;command&gt; [options]
Commands:
  snapshot  take one snapshot of an instance through DAS, or of a server directly
  kill      kill sessions or their statements, after a preview and a confirmation
  audit     print the audit log of kills
  watch     take snapshots on an interval and report rules raised and cleared
  instances list the RDS MySQL instances and PolarDB MySQL nodes of an account as CSV
  convert   turn a saved GetMySQLAllSessionAsync response into CSV or JSON
  record    keep every snapshot of an instance in a file, to replay later
  replay    list a recording, or show the snapshot at a moment
  sign      show how a V3 request is signed
Run sessionscope-cli &lt;command&gt; --help for its options.
</source>
        <translation>用法：sessionscope-cli &lt;命令&gt; [选项]
命令：
  snapshot  通过 DAS 或直接连接服务器，获取实例会话的一个快照
  kill      在预览和确认之后终止会话或其语句
  audit     打印终止操作的审计日志
  watch     按间隔获取快照，报告规则的触发和解除
  instances 以 CSV 列出账号的 RDS MySQL 实例和 PolarDB MySQL 节点
  convert   将保存的 GetMySQLAllSessionAsync 响应转换为 CSV 或 JSON
  record    将实例的每个快照保存到文件中，供以后回放
  replay    列出录制内容，或显示某一时刻的快照
  sign      显示 V3 请求的签名过程
运行 sessionscope-cli &lt;命令&gt; --help 查看其选项。
</translation>
    </message>
</context>
</TS>