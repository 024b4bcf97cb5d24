<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AlertCenter</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click an alert (or press Enter) to see exactly its sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts raised now; click to see the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export alert history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep watching in the tray when the window is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>While alert rules are on, closing or minimising the window leaves SessionScope in the tray, watching and alerting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert on %1</source>
        <extracomment>Summary of a desktop notification: the instance an alert was raised on.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: now %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> · %n session(s)</source>
        <translation><numerusform> · %n session</numerusform><numerusform> · %n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation><numerusform>%n alert</numerusform><numerusform>%n alerts</numerusform></translation>
    </message>
    <message>
        <source>SessionScope is watching for alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show SessionScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This alert is about the instance as a whole; it names no sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This alert was raised on %1; open that instance to see its sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert: %1 at %2</source>
        <extracomment>The drill-down chip of an alert's sessions: the rule in words, then when it was raised.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export alert history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert history exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alert history was not exported: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertHistory</name>
    <message>
        <source>The alert history %1 could not be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alert history %1 is damaged (line %2 cannot be read); it was set aside as %3 and a new history was started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alert history %1 is damaged (line %2 cannot be read) and could not be set aside; alerts are not kept until it is removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alert history %1 could not be written: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertListModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleared at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An alert's rule and what its value is of (a user, client, database or statement).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not seen (no longer watched)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>"%1" is not a rule: write NAME&gt;N, e.g. active&gt;50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": the threshold must be a whole number of 0 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": name the %2 after the colon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": %2 takes no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": unknown rule "%2"; use active, longest_active, idle_in_trx, user, client, db, statement, lock_waits or failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active sessions above %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest active session above %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A session idle in a transaction for longer than %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions of one user above %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions of user %1 above %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions of one client above %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions of client %1 above %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions of one database above %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions of database %1 above %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions running one statement above %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock waits above %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every fetch failing for longer than %1 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertRulesEditor</name>
    <message>
        <source>Active sessions above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest active session above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A session idle in a transaction longer than</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions of one user above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions of one client above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions of one database above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions running one statement above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock waits above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every fetch failing for longer than</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of an alert threshold in seconds; keep the leading space if the language uses one.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the busiest, or a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch only this one; empty watches whichever has the most sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>direct connections only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An alert is raised after this many breaching snapshots in a row and cleared after as many clean ones, so a value that flaps around its threshold stays quiet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshots in a row that raise or clear an alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alert rule is on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AliyunCliConfig</name>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI profile '%1' (mode %2) has no %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the Aliyun CLI profile '%1', %2 must be text, not %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the Aliyun CLI profile '%1', mode must be text, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI profile '%1' has no mode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI profile '%1' uses mode %2, which SessionScope does not support; use a profile with mode AK or StsToken, or the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration must be a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the Aliyun CLI configuration, "current" must be text, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration has no "profiles" list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the Aliyun CLI configuration, "profiles" must be a list, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile #%1 in the Aliyun CLI configuration must be an object, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In profile #%1 of the Aliyun CLI configuration, "name" must be text, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile #%1 in the Aliyun CLI configuration has no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration has two profiles named '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration contains no profiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration has no profile named '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALIBABA_CLOUD_PROFILE names the profile '%1', but the Aliyun CLI configuration has no profile of that name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration names '%1' as its current profile, but has no profile of that name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration names no current profile and has no profile named '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 is larger than 4 MiB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 is not a regular file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 cannot be read: %2 is a symbolic link to %3, which does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 cannot be read: its symbolic links form a loop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 cannot be read: permission to enter its folder %2 is denied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration %1 cannot be read: a part of that path is a file, not a folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot create the folder %1 for the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the audit log %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No outcome recorded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter: user, instance, session, SQL, outcome…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n kill(s)</source>
        <translation><numerusform>%n kill</numerusform><numerusform>%n kills</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation><numerusform>%n target</numerusform><numerusform>%n targets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read.</source>
        <translation><numerusform>%n line could not be read.</numerusform><numerusform>%n lines could not be read.</numerusform></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the sessions to FILE (- for standard output).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write the per-user/client/db statistics CSV to FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not prefix text cells that start with = + - @ with a quote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: unknown format "%1"; use csv or json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node ID (PolarDB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DAS endpoint URL (default %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds between polls (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: InvalidEndpoint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convert a saved GetMySQLAllSessionAsync response.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved response (JSON).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance ID to record in the output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node ID to record in the output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: convert takes exactly one response file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: MalformedResponse: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1: the saved response is an error: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1: the saved response holds no snapshot (IsFinish %2, State %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the canonical request, the string to sign and the Authorization header of a V3 request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AccessKey ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x-acs-date, yyyy-MM-ddTHH:mm:ssZ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x-acs-signature-nonce.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nonce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API action.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP method (default POST).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A query parameter, repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key=value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --%1 is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --param takes key=value, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A SessionScope instance profile (its display name or id): instance, node, endpoint and credential, from the keychain if it is kept there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance ID (required without --profile).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: NoSuchProfile: no SessionScope profile is named "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: NoCredentials: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write the lock waits CSV to FILE (direct connections; a header only otherwise).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --mysql takes host[:port], got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --ssl-mode takes disabled, preferred, required, verify-ca or verify-identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take one snapshot of an instance's sessions through DAS, or of a MySQL/MariaDB server directly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to this MySQL or MariaDB server directly instead of DAS (port 3306 unless given).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host[:port]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database user for --mysql (default: ~/.my.cnf's, else the login name). The password comes from MYSQL_PWD or ~/.my.cnf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unix socket of the server for --mysql.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS for --mysql: disabled, preferred (default), required, verify-ca or verify-identity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificate file for --mysql.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --instance, --mysql or --profile is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>will be killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gone, skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>will be killed (included anyway): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>excluded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TRX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill %n session(s) on %1? Type %n to confirm: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill %n session(s) on %1? Type yes to confirm: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill sessions (or only their running statements) through DAS, or on a MySQL/MariaDB server directly. Shows what the kill will do from a fresh snapshot, asks for confirmation and records the attempt and its outcome in the audit log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A session (process list) ID to kill; repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill only the running statement; the session stays connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DAS: kill as the service's maintenance user (the default).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DAS: kill as this database account; its password comes from MYSQL_PWD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show what would be killed, and stop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not ask for confirmation (required when not on a terminal).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also kill system sessions that are left alone by default (replication, server threads, the service's maintenance accounts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --session takes a session ID (a positive number), got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --session is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: profile "%1" is read-only: it offers no kill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --maintain-user and --db-user are for DAS; a direct connection kills as its own user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --maintain-user and --db-user exclude each other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: NoCredentials: killing as the database account %1 needs its password in MYSQL_PWD; or pass --maintain-user to kill as the service's maintenance user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: sessions on %1 cannot be killed through this source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --query: this source can kill only whole sessions, not a running statement; leave out --query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to kill: none of the sessions asked for can be killed now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run: %n session(s) would be killed; nothing was killed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: not confirmed: standard input is not a terminal; pass --yes to kill without asking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: not confirmed; nothing was killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the audit log: every kill attempt, its sessions and their outcomes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: csv (default, one row per session) or json (one attempt per line).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to FILE (- for standard output).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print where the audit log is kept, and stop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %n unreadable line(s) of %1 were left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --timeout takes a number of seconds from 1 to 3600, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --poll-interval takes a number of seconds from 0.05 to 60, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1 is larger than %2 MiB, more than any response the service sends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the AccessKey secret from FILE (- for standard input); else ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the STS security token from FILE (- for standard input); else ALIBABA_CLOUD_SECURITY_TOKEN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: use --access-key-secret-file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: use --security-token-file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --%1 would show the secret to every user of this machine (ps); give it in %2 or with --%1-file FILE (- for standard input)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --access-key-id and --access-key-secret-file (or ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET) are required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --%1 and --%2 both name %3; each output needs a file of its own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: MalformedResponse: %1: the saved response neither says it succeeded (Success true or Code 200) nor names an error (Code, Message)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: %1: the saved response holds no snapshot: the service reports that the session query failed (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MalformedResponse: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM file of the CAs trusted for the DAS endpoint's certificate, instead of the system's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record an instance's sessions into a file, one snapshot every interval, for replay later. Stop it with --count or --duration, or with Ctrl+C: every snapshot recorded until then is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording to write (created, or continued).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds between snapshots (default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop after this many snapshots.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop after this long: 90s, 15m, 2h, 1d.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --output FILE is required: a recording is a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --interval takes seconds from 0.1 to 86400</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --count takes a whole number of snapshots, at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --duration takes a time such as 90s, 15m, 2h or 1d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2 sessions, %3 active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show what a recording holds: its snapshots, the one at a moment, or all of them in a stretch of time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file written by record (or the window).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line per snapshot: time, sessions, active, status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot at or just before this moment (2026-12-01T03:12:00Z, local time without an offset, or epoch milliseconds).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --to: every snapshot in this stretch, as one CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End of the stretch of --from (included).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: name one recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: use one of --list, --at TIME, or --from T1 --to T2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SESSIONS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --at takes a time such as 2026-12-01T03:12:00Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --from and --to take two times, the first not after the second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --from/--to write one sessions CSV; --format json, --stats and --locks go with --at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: the recording has no snapshot between those times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write the statements CSV to FILE: one row per statement fingerprint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take a snapshot every interval and print a line when a rule is raised or cleared. A rule is raised after --consecutive breaching snapshots in a row and cleared after as many clean ones. Exits 0 when nothing was raised, 7 when something was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rule, repeatable: active&gt;N, longest_active&gt;S, idle_in_trx&gt;S, user&gt;N or user:NAME&gt;N (also client and db), statement&gt;N, lock_waits&gt;N, failing&gt;S.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop after this many snapshots (default: run until stopped).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshots in a row that raise or clear a rule (default 2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --rule is required, e.g. --rule 'active&gt;50'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --interval takes a number of seconds from 0.05 to 86400, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --count takes a whole number from 1, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --consecutive takes a whole number from 1 to 1000, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the RDS MySQL instances and the PolarDB MySQL cluster nodes of an Alibaba Cloud account in one region, as CSV: Kind,InstanceId,NodeId,NodeRole,Description,Region,Engine,EngineVersion,Status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region ID, such as cn-hangzhou (default: the Aliyun CLI profile's region, when the key comes from one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the credential of this SessionScope instance profile (its display name or id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this Aliyun CLI profile's key. Without it or --profile: the environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ...), else the Aliyun CLI's current profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send both listings to this endpoint URL instead of the products' own (a proxy, or the emulator).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RDS endpoint URL (default rds.aliyuncs.com or the region's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PolarDB endpoint URL (default polardb.aliyuncs.com or the region's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM file of the CAs trusted for the endpoints' certificates, instead of the system's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the CSV to FILE (- for standard output).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: unexpected argument "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --profile and --cli-profile both name a credential; give one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: the profile "%1" connects to a server directly; it has no AccessKey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: InvalidEndpoint: --%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --region takes a region ID such as cn-hangzhou, not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the credential holds no AccessKey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error: --region is required (the credential names no region)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CloudInstance</name>
    <message>
        <source>RDS MySQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PolarDB MySQL node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CloudInstanceModel</name>
    <message>
        <source>Already added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A profile already watches %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare two moments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or type a time: 03:12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compared with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a time: write 03:12, 03:12:30 or 2026-12-01 03:12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading that moment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1 to %2: %3 appeared, %4 vanished, %5 changed, %6 unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That moment cannot be compared: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>environment (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_SECURITY_TOKEN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment (ALIBABA_CLOUD_ACCESS_KEY_ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliyun CLI profile '%1' (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keychain entry '%1' (kept in memory for this session)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keychain entry '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no Aliyun CLI configuration at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No credentials in the environment: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain credential is chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain cannot be asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No credentials found. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment (MYSQL_PWD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MYSQL_PWD is not set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Aliyun CLI profile holds no database password; choose the keychain or the default chain for this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>option file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no password (MYSQL_PWD and ~/.my.cnf have none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database user is given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain entry '%1' holds an AccessKey, not a database password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain is not available in this run, so the saved key cannot be read: unlock the keychain and start SessionScope again, or edit the instance and type the key again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key is saved in the keychain for this instance: edit the instance and type the key again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DasAdvice</name>
    <message>
        <source>The STS security token is missing or has expired. Obtain a new token and update the credential of this instance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AccessKey secret does not match the AccessKey ID. Check the secret of this instance's credential.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AccessKey ID is unknown or disabled. Check the credential of this instance in the RAM console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The RAM identity may not read sessions. Grant it hdm:GetMySQLAllSessionAsync, for example through the AliyunHDMReadOnlyAccess policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer's clock differs from the service's by more than 15 minutes. Synchronise the clock (NTP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service is limiting requests. SessionScope backs off and retries; a longer refresh interval avoids this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service or the network failed temporarily. SessionScope retries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service rejected the request. Check the instance ID, the node ID and the endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service's answer could not be read. The last good snapshot stays on screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DAS could not collect the sessions of this instance. The next refresh tries again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collecting the sessions took too long. The next refresh tries again; a busy instance may need a longer deadline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint's certificate was refused. Check the endpoint URL and the system's CA certificates.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DasCall</name>
    <message>
        <source>The answer exceeded %1 MiB and was discarded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint redirected to %1; use that address as the endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the service was closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the service broke before its answer arrived. (The request was sent again on a new connection, and the service refused the copy as a repeat: SignatureNonceUsed.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there, or a firewall turns it away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name %1 could not be resolved: check the endpoint and the DNS settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The network is down: %1 cannot be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS connection to %1:%2 was refused: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DasErrors</name>
    <message>
        <source>HTTP status %1 with no error details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DasKillTask</name>
    <message>
        <source>Session %1 had already ended when the kill task reached it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database account may not kill session %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Killing another user's session needs the CONNECTION_ADMIN or SUPER privilege; kill as an account that has it, or as DAS's maintenance user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session %1 belongs to a user the kill task was told to leave alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session %1 is protected: it belongs to one of Alibaba Cloud's maintenance accounts or runs a command the service never kills, such as Binlog Dump.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service could not log in with the database account given for the kill, so session %1 was left running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the database user name and password, or kill as DAS's maintenance user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kill task timed out before it reached session %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session may still be running. Refresh, and kill it again if it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service could not kill session %1 for a reason it did not state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh to see whether the session is still there, and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service reported session %1 with a reason SessionScope does not know (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the service was closed before the kill task ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kill task did not finish within %1 s (%2 polls, last state %3); it may still complete on the service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh to see which sessions are gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the service was closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No session to kill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer to the kill request could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service had already received this kill request (the connection broke and it was sent again), so SessionScope did not send it a third time. The sessions may or may not have been killed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh to see which sessions are gone, then kill the rest again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The RAM identity may not kill sessions. Grant it hdm:%1 and hdm:GetKillInstanceSessionTaskResult, for example through the AliyunHDMFullAccess policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A kill is never sent twice on its own, since the service may have carried out the first one. Refresh to see which sessions are gone, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kill task %1 was still %2 after %3 polls; it may still complete on the service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kill task's result could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kill task %1 was created, but its result could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sessions may have been killed. Refresh to see which are gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DAS reported the kill task as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some sessions may have been killed. Refresh to see which are gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kill task ended as %1 without reporting this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service did not report this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh to see whether the session is still there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DasSource</name>
    <message>
        <source>poll %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (node %2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The local clock is about %n min off the service's; requests are corrected.</source>
        <translation><numerusform>The local clock is about %n min off the service's; requests are corrected.</numerusform><numerusform>The local clock is about %n min off the service's; requests are corrected.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The local clock is about %n s off the service's; requests are corrected.</source>
        <translation><numerusform>The local clock is about %n s off the service's; requests are corrected.</numerusform><numerusform>The local clock is about %n s off the service's; requests are corrected.</numerusform></translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The demo needs das-emulator, which ships with SessionScope; it was not found beside SessionScope or in libexec/sessionscope.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo emulator could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo emulator stopped at once (exit status %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo (local emulator)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiffCountModel</name>
    <message>
        <source>Appeared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vanished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DimensionChartView</name>
    <message numerus="yes">
        <source>Others (%n users)</source>
        <translation><numerusform>Others (%n user)</numerusform><numerusform>Others (%n users)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Others (%n clients)</source>
        <translation><numerusform>Others (%n client)</numerusform><numerusform>Others (%n clients)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Others (%n databases)</source>
        <translation><numerusform>Others (%n database)</numerusform><numerusform>Others (%n databases)</numerusform></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every key as a sortable table instead of the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions by user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions by client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions by database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Total: %2
Active: %3
Idle: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DimensionStatModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds, in the table's durations.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 m %2 s</source>
        <extracomment>Minutes and seconds, in the table's durations.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 m</source>
        <extracomment>Hours and minutes, in the table's durations.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>Days and hours, in the table's durations.</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>Hours, in how long ago a snapshot was taken.</extracomment>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>Days, in how long ago a snapshot was taken.</extracomment>
        <translation><numerusform>%n d</numerusform><numerusform>%n d</numerusform></translation>
    </message>
</context>
<context>
    <name>EndpointPolicy</name>
    <message>
        <source>The endpoint is not a valid URL with a host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (localhost); use https:// for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint must not contain a query or a fragment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint must not contain a path.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnvironmentCredentials</name>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic refresh is paused for this instance until you fix this and resume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No snapshot has been taken yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the last good snapshot, taken %1 (%2 ago): its figures are stale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (request %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>All %n session(s)</source>
        <translation><numerusform>All %n session</numerusform><numerusform>All %n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %n row(s) shown (filters and drill-down applied)</source>
        <translation><numerusform>The %n row shown (filters and drill-down applied)</numerusform><numerusform>The %n rows shown (filters and drill-down applied)</numerusform></translation>
    </message>
    <message>
        <source>Also write the statistics CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write the lock waits CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also write the statements CSV (sessions grouped by statement)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FetchError</name>
    <message>
        <source>Collecting the sessions took too long. The next refresh tries again; a busy instance may need a longer deadline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint's certificate was refused. Check the endpoint URL and the system's CA certificates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (request %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credentials were refused. Check the credential of this instance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credentials lack a privilege this needs. Ask for it to be granted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer's clock differs too much from the server's. Synchronise the clock (NTP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is limiting requests. SessionScope backs off and retries; a longer refresh interval avoids this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server or the network failed temporarily. SessionScope retries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was rejected. Check the instance's settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer could not be read. The last good snapshot stays on screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server could not complete the request. The next refresh tries again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This source cannot do that.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Regex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter user, client, database, command, state, SQL… (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treat the filter as a regular expression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only sessions that sleep inside an open transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing exactly these thread IDs; Esc or click to clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to remove this filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only sessions that other sessions wait for: where a lock chain starts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Kill these %n session(s)…</source>
        <translation><numerusform>Kill these %n session…</numerusform><numerusform>Kill these %n sessions…</numerusform></translation>
    </message>
    <message>
        <source>Preview and kill exactly the sessions of this drill-down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide system threads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide replication and binlog dump threads, server daemons and the event scheduler, the cloud service's maintenance accounts and SessionScope's own connection. A drill-down still shows all of its threads.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last good snapshot: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the sessions of %1 are visible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions waiting for another's lock; only a direct connection sees them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active sessions over the last hour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle in trx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock waits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FleetMonitor</name>
    <message>
        <source>No snapshot within %1 s.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FleetTileDelegate</name>
    <message>
        <source>%1 active · %2 sessions · longest %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportInstancesDialog</name>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import instances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the products' own: rds.aliyuncs.com, polardb.aliyuncs.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DAS's public endpoint (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;AccessKey from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing &amp;endpoint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;DAS endpoint of the profiles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing: %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This credential holds no AccessKey.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AccessKey in the keychain, used by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliyun CLI profile '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment variables (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment variables (none set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic: environment, then Aliyun CLI profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a region ID, such as cn-hangzhou.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the credential…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No RDS MySQL instance or PolarDB MySQL cluster in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instances and nodes listed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; already added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>. Tick those to add.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add 1 profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add %1 profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some profiles could not be added:
%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstanceController</name>
    <message>
        <source>given at start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>Import into keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Orders primary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. rm-bp1xxxxxxxxxxxxxx or pc-bp1xxxxxxxxxxxxxx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PolarDB only; empty for the whole cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VPC (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://host/ (plain http:// only for this computer)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Every %n s</source>
        <translation><numerusform>Every %n s</numerusform><numerusform>Every %n s</numerusform></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Node ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliyun CLI profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AccessKey saved in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic: environment, then Aliyun CLI profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy this profile's AccessKey into the keychain, so that this instance keeps working when the CLI configuration changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. LTAI5t…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional; only for STS credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AccessKey se&amp;cret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;TS token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, not supported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CLI's current profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not in the configuration)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID is set (%1), with its secret and an STS token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID is set (%1), with its secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They are read from the environment SessionScope was started in, each time the instance is opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set them before starting SessionScope, or choose another source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now this finds the environment variables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now this finds nothing: the environment variables are not set and there is no %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now this finds the Aliyun CLI profile '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now this finds nothing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the environment variables when they are set, else the Aliyun CLI profile named by ALIBABA_CLOUD_PROFILE or the configuration's current profile, looked up each time the instance is opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run `aliyun configure` to create %1, or choose another source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now '%1' from %2, looked up each time the instance is opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode %1, from %2. The key is read each time the instance is opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode %1, region %2, from %3. The key is read each time the instance is opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AccessKey of the Aliyun CLI profile '%1' is saved in the keychain when you press Save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved secret is kept unless you type a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret is stored in the system keychain, never in a settings file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no Aliyun CLI configuration at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Aliyun CLI profile is chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Aliyun CLI configuration has no profile named '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the AccessKey secret that belongs to the new AccessKey ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the AccessKey secret again to change the STS token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AccessKey ID is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AccessKey ID must not contain spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AccessKey secret is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is saved under this profile's keychain entry any more; type the AccessKey again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The instance is saved. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain is not available in this run, so the saved key cannot be read; type the AccessKey again to use it until SessionScope quits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alibaba Cloud DAS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direct connection to MySQL or MariaDB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;AccessKey from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. db.example.com or 10.0.0.12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional, e.g. /run/mysqld/mysqld.sock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. monitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled: never use TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferred: TLS when the server offers it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: TLS, certificate not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify CA: TLS, certificate signed by the CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify identity: as Verify CA, and the host name matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM file; needed for Verify CA and Verify identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Soc&amp;ket:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keychain (typed here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MYSQL_PWD or ~/.my.cnf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password &amp;from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connects through this socket on this computer; the host and port are not used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional. When set, the host and port are not used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A password is saved; it is kept unless you type a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is stored in the system keychain, never in a settings file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read from MYSQL_PWD each time the instance is opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MYSQL_PWD is set now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MYSQL_PWD is not set now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read each time the instance is opened: MYSQL_PWD when it is set, else the password in ~/.my.cnf, else none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MYSQL_PWD only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved; unchanged unless typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is empty; type it, or take it from MYSQL_PWD or ~/.my.cnf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain entry of this profile holds no database login; type the password again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain is not available in this run, so the saved password cannot be read; type it again to use it until SessionScope quits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is saved under this profile's keychain entry any more; type the password again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only: never offer to kill sessions on this instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service's maintenance account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A database account (password asked for at each kill)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whom DAS kills sessions as. With a database account, the password travels inside the signed HTTPS request; SessionScope never stores it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>database user that may kill others' sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kill as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take one snapshot with these settings, without saving them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot test yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No credential: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Connected: the snapshot holds %Ln session(s).</source>
        <translation><numerusform>Connected: the snapshot holds %Ln session.</numerusform><numerusform>Connected: the snapshot holds %Ln sessions.</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test failed. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM file; empty: the system's certificate authorities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate authorities trusted for the endpoint instead of the system's, for an endpoint behind a proxy that presents its own certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint CA:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prod, orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated labels; the overview groups and filters instances by them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstanceListView</name>
    <message>
        <source>No instances yet. Right-click to add one, or import profiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add an instance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the instance “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its AccessKey stays in the keychain: another instance uses it too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its AccessKey is deleted from the keychain too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The instance was removed, but its AccessKey could not be deleted from the keychain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SessionScope profiles (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SessionScope profiles (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profiles could not be written to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without secrets.</source>
        <translation><numerusform>Exported %n profile to %1, without secrets.</numerusform><numerusform>Exported %n profiles to %1, without secrets.</numerusform></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be a profile export.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation><numerusform>Imported %n profile.</numerusform><numerusform>Imported %n profiles.</numerusform></translation>
    </message>
</context>
<context>
    <name>InstanceProfile</name>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be text, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The display name is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The instance ID is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The instance ID must not contain spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The node ID must not contain spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The custom endpoint is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The refresh interval must be between %1 and %2 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain credential is chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A profile must be an object, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"id" is not a UUID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"source" must be "das" or "mysql".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"endpoint" must be "public", "vpc" or "custom".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"credential.kind" must be "default", "environment", "cliProfile" or "keychain".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"credential" must be an object, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"refreshIntervalMs" must be a number, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's host (or its socket) is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSL mode %1 needs a CA file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"sslMode" must be disabled, preferred, required, verify-ca or verify-identity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"port" must be a number, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Killing as a database account needs the account's user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"readOnly" must be true or false, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"killAccount" must be "maintainUser" or "database".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"alerts" must be an object, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"alerts.consecutive" must be a number, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"alerts.rules" must be a list, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An alert rule cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"enabled" of the alert rule %1 must be true or false, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts must be raised after 1 to %1 snapshots in a row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"record.enabled" must be true or false, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"record.%1" must be a whole number from 1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"record" must be an object, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"tags" must be a list of texts, not of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"tags" must be a list, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"record.file" must be text, not %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InventoryClient</name>
    <message>
        <source>RDS instances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PolarDB clusters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a region ID such as cn-hangzhou.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the service counted %2 but listed %3; page %4 brought nothing new, so the listing stopped there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: stopped after %2 pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing %1 is not allowed: the RAM identity may not call %2. (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grant the RAM user or role the action %1 in the RAM console, or choose another credential.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AccessKey was refused. Check the credential: its ID, its secret and, for an STS token, that it has not expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service rejected the request for %1 (page %2). Check the region and the endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2 could not be read; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InventoryParser</name>
    <message>
        <source>Items is not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items.%1 is not a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer is not a JSON object (%1 bytes).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>No credential id was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credential '%1' needs both an AccessKey ID and an AccessKey secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain entry '%1' was not written by SessionScope or is damaged; save the credential again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain entry '%1' could not be deleted: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no keychain service is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this system has no supported keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain is locked or refused access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain service did not answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain service could not be reached: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available (%1); secrets entered now are kept in memory until SessionScope quits and are not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credential '%1' needs a database user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the system keychain asked for a password for a new keyring and that prompt was cancelled or could not be shown, so nothing was saved. Save again to answer the prompt.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KillDialog</name>
    <message>
        <source>End the connection (KILL CONNECTION)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop only the running statement (KILL QUERY); the connection stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This source can only end whole connections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Also kill the %n system session(s) marked excluded (replication, server threads, maintenance accounts)</source>
        <translation><numerusform>Also kill the %n system session marked excluded (replication, server threads, maintenance accounts)</numerusform><numerusform>Also kill the %n system sessions marked excluded (replication, server threads, maintenance accounts)</numerusform></translation>
    </message>
    <message>
        <source>Kill:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will be killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gone: skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will be killed (system session)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Stop the running statement of %n session(s) on %1</source>
        <translation><numerusform>Stop the running statement of %n session on %1</numerusform><numerusform>Stop the running statement of %n sessions on %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Kill %n session(s) on %1</source>
        <translation><numerusform>Kill %n session on %1</numerusform><numerusform>Kill %n sessions on %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended since the last refresh and will be skipped.</source>
        <translation><numerusform>%n session ended since the last refresh and will be skipped.</numerusform><numerusform>%n sessions ended since the last refresh and will be skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n system session(s) excluded.</source>
        <translation><numerusform>%n system session excluded.</numerusform><numerusform>%n system sessions excluded.</numerusform></translation>
    </message>
    <message>
        <source>Nothing to kill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Kill %n statement(s)</source>
        <translation><numerusform>Kill %n statement</numerusform><numerusform>Kill %n statements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Kill %n session(s)</source>
        <translation><numerusform>Kill %n session</numerusform><numerusform>Kill %n sessions</numerusform></translation>
    </message>
    <message>
        <source>DAS kills as the database account %1. The service receives this password inside the signed HTTPS request; SessionScope keeps it only in the keychain, and only when asked to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember it in the keychain for this instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KillPlan</name>
    <message>
        <source>Not in the latest snapshot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The source reported nothing for this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replication: killing it stops or breaks a replica.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A server thread (event scheduler or background work).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cloud service's own maintenance account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SessionScope's own connection.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KillResultDialog</name>
    <message>
        <source>Kill the failed ones again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the kill to %1…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Stopped the statement of %1 of %n session(s) on %2.</source>
        <translation><numerusform>Stopped the statement of %1 of %n session on %2.</numerusform><numerusform>Stopped the statement of %1 of %n sessions on %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Killed %1 of %n session(s) on %2.</source>
        <translation><numerusform>Killed %1 of %n session on %2.</numerusform><numerusform>Killed %1 of %n sessions on %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>KillRun</name>
    <message>
        <source>There is no session to kill.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The instance is no longer open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was killed: the kill could not be recorded in the audit log. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outcome could not be recorded in the audit log. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KillTaskParser</name>
    <message>
        <source>the response is not valid JSON (%1 at byte %2 of %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data looks like a list of task ids but is not valid JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data holds no kill task id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data is missing from a successful response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data.Result: expected an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data.Result[%1]: the session id is missing or not a number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n thread(s)</source>
        <translation><numerusform>%1 · %n thread</numerusform><numerusform>%1 · %n threads</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n thread(s) not in the session list</source>
        <translation><numerusform> · %n thread not in the session list</numerusform><numerusform> · %n threads not in the session list</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n session(s)…</source>
        <translation><numerusform>Exporting %n session…</numerusform><numerusform>Exporting %n sessions…</numerusform></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SessionScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take a snapshot now (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic refresh interval, remembered per instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export snapshot…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the sessions and statistics as CSV (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — SessionScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no snapshot to export yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credential: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of the long-running threshold; keep the leading space if the language uses one.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active sessions running at least this long are marked red</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An export is still being written; try again when it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long-running after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview and kill the selected sessions (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill running statement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview and stop the statements of the selected sessions; their connections stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every kill made from this computer, with its outcome</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Kill %n session(s)… (%1 hidden by the filter)</source>
        <translation><numerusform>Kill %n session… (%1 hidden by the filter)</numerusform><numerusform>Kill %n sessions… (%1 hidden by the filter)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Kill %n session(s)…</source>
        <translation><numerusform>Kill %n session…</numerusform><numerusform>Kill %n sessions…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Kill the running statement of %n session(s)… (%1 hidden by the filter)</source>
        <translation><numerusform>Kill the running statement of %n session… (%1 hidden by the filter)</numerusform><numerusform>Kill the running statement of %n sessions… (%1 hidden by the filter)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Kill the running statement of %n session(s)…</source>
        <translation><numerusform>Kill the running statement of %n session…</numerusform><numerusform>Kill the running statement of %n sessions…</numerusform></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A kill dialog's instance: the profile's name, then what it watches.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the kill…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill done, with failures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot was not exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charts and trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours and minutes beside seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show times as "4,933 (1 h 22 m)" instead of "4,933"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SessionScope will use the new language the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About SessionScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>take a snapshot now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pause / resume automatic refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filter the sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clear the drill-down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copy the selected rows as TSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export the snapshot as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kill the selected sessions (after the preview)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show / hide the instance list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add an instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this table of keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;SessionScope %1&lt;/h3&gt;&lt;p&gt;Watches the sessions of MySQL instances: through Alibaba Cloud's Database Autonomy Service or a direct connection to MySQL or MariaDB.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). There is no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About SessionScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume automatic refresh (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause automatic refresh (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add instance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SessionScope found no credential to send. Edit the instance (right-click it in the instance list) and enter it there, or provide it where the instance says to look.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value filters were cleared for the new instance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not monitored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;recording…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SessionScope recordings (*.ssrec);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill these sessions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview and kill every session running this statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sessions grouped by the statement they run, its values taken out</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Kill these %n session(s)…</source>
        <translation><numerusform>Kill these %n session…</numerusform><numerusform>Kill these %n sessions…</numerusform></translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I&amp;mport instances…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every instance at a glance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every instance at a glance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MySqlAdvice</name>
    <message>
        <source>The server refused the user name or password. Check the login of this instance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account lacks a privilege this needs: PROCESS to see every session and transaction, CONNECTION ADMIN or SUPER to end other users' sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server has no connection to spare (max_connections or max_user_connections). SessionScope backs off and retries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot be reached. Check that it runs, the host and port (or socket), and any firewall in between; SessionScope retries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server failed or timed out. SessionScope reconnects and retries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS connection failed. Check the SSL mode, the CA file and the server's certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the request. Check the instance's host, port and settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MySqlConnection</name>
    <message>
        <source>Qt's MySQL driver is not installed (Debian: libqt6sql6-mysql).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not say who it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSL mode is %1, but the connection to %2 is not encrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session %1 is SessionScope's own monitoring connection.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MySqlSource</name>
    <message>
        <source>No snapshot from %1 within %2 s.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MySqlTlsCheck</name>
    <message>
        <source>The SSL mode %1 needs a CA file to check the server against.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt's TLS support is not available, so the server's certificate cannot be checked (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not greet within %2 s: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not answer as a MySQL or MariaDB server does. Check the host and port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server at %1 does not offer TLS, and the SSL mode %2 needs it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate is not signed by the CA in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate is for %1, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate expired on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate was refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish within %2 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Group by tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;iles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Overview&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation><numerusform>%n instance</numerusform><numerusform>%n instances</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation><numerusform>%n failing</numerusform><numerusform>%n failing</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation><numerusform>%n stale</numerusform><numerusform>%n stale</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a first snapshot</source>
        <translation><numerusform>%n waiting for a first snapshot</numerusform><numerusform>%n waiting for a first snapshot</numerusform></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>The previous save has not finished yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database login could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AccessKey could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>%1, node %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1
Endpoint: %2
Credentials: %3
Refresh every %n s</source>
        <translation><numerusform>%1
Endpoint: %2
Credentials: %3
Refresh every %n s</numerusform><numerusform>%1
Endpoint: %2
Credentials: %3
Refresh every %n s</numerusform></translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Aliyun CLI's current profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliyun CLI profile '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AccessKey saved in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment, then the Aliyun CLI profile</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>MySQL or MariaDB at %1
User: %2
TLS: %3
Password: %4
Refresh every %n s</source>
        <translation><numerusform>MySQL or MariaDB at %1
User: %2
TLS: %3
Password: %4
Refresh every %n s</numerusform><numerusform>MySQL or MariaDB at %1
User: %2
TLS: %3
Password: %4
Refresh every %n s</numerusform></translation>
    </message>
    <message>
        <source>%1, CA %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MYSQL_PWD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MYSQL_PWD, else ~/.my.cnf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MySQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DAS</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no saved profile with this id; it may have been removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a SessionScope profile export: it must be a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a SessionScope profile export (its "format" is not "%1").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was written by a newer SessionScope (format version %1); this one reads version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no "profiles" list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile #%1 ('%2')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile #%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordAction</name>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record every snapshot of this instance into %1, one file a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording into %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record every snapshot of this instance into %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordSettingsWidget</name>
    <message>
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;cord this instance while it is watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One file a day in %1; the oldest are removed first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep at most:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and at most:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one file a day (below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record into this one file instead, whatever the day; it is continued if it exists and never removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SessionScope recordings (*.ssrec);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording %1 could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists and is not a SessionScope recording; choose another file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a recording of another version of SessionScope; choose another file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording %1 could not be set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording is not open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot lists session %1 twice; it was not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snapshot could not be recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the fetch failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The failure could not be recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording is damaged: text %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording is damaged: the texts from %1 cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged; the snapshots before the damage can be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording %1 is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a SessionScope recording (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a SessionScope recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was recorded in format version %2; this SessionScope reads version %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording could not be read</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The recording is damaged after %n snapshot(s)</source>
        <translation><numerusform>The recording is damaged after %n snapshot</numerusform><numerusform>The recording is damaged after %n snapshots</numerusform></translation>
    </message>
    <message>
        <source>The recording has no snapshot at or before that time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording has no snapshot %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot %1 is a failed fetch; it has no sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording is damaged at snapshot %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recording is damaged at snapshot %1: session %2 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no snapshot yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 could not be created</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <source>Previous snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded %1 (%2 ago), snapshot %3 of %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — the fetch failed then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play the recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording time per second of playing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to 03:12…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A time of day (03:12, 03:12:30) or a date and time (2026-12-01 03:12): the snapshot taken then, or just before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What changed between this moment and another: sessions that appeared, vanished or changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a time: write 03:12, 03:12:30 or 2026-12-01 03:12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplaySource</name>
    <message>
        <source>recording %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, recorded in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When this was recorded the fetch failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to another moment of the recording.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This moment of the recording cannot be read; others may.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplayTimeline</name>
    <message>
        <source>Click or drag to move through the recording; ← → step, Home and End go to either end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions (up to %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest active (up to %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionDetailPane</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the full SQL text to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — idle in transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This SQL text looks cut off by the server (%1 characters); the statement may be longer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session %1 — ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This session is no longer in the latest snapshot: it ended. Its last known state is shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No session selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reported by this source</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, idle in transaction for %n s</source>
        <translation><numerusform>%1, idle in transaction for %n s</numerusform><numerusform>%1, idle in transaction for %n s</numerusform></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for a lock held by session %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for a lock held by session %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Blocks %n session(s)</source>
        <translation><numerusform>Blocks %n session</numerusform><numerusform>Blocks %n sessions</numerusform></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill this blocker…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill the blocker (session %1)…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionSource</name>
    <message>
        <source>This source cannot kill a running statement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This source cannot kill sessions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trx time (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocked by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionTableView</name>
    <message>
        <source>Filter by %1 = %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Seconds, then the same time in larger units: "4,933 (1 h 22 m)".</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>under 1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1–10 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 s–1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1–10 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 min–1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 h or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SnapshotDiffModel</name>
    <message>
        <source>Appeared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vanished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s → %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command (state)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SnapshotExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no snapshot to export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file name to export to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is named for two files of the export; each needs a name of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SnapshotFetch</name>
    <message>
        <source>No complete snapshot within %1 s (%2 polls, %3 retries).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DAS client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DAS reported the session collection as failed (State %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SnapshotParser</name>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expected an integer, got the text "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expected true or false, got the text "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expected an integer, got %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: SessionId is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2 of %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the response is not valid JSON (%1; %2 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data is missing from a successful response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data.Timestamp: %1 is not a time (epoch milliseconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data.IsFinish is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data.ResultId is missing from an unfinished response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data.SessionData is missing from a finished response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing while TotalSessionCount is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data.SessionData.TimeStamp: %1 is not a time the server could have taken a snapshot (it is after the year 9999)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceFactory</name>
    <message>
        <source>The profile "%1" watches through DAS, which needs an AccessKey; its credential is a database login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile "%1" has no AccessKey.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile "%1" connects to %2 directly, which needs a database user and password; its credential is not one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaleBadge</name>
    <message>
        <source>Stale since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The latest fetches failed: these figures are from the last good snapshot.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Time of all its sessions added up, in seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The longest Time of its sessions, in seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The longest-running session; its whole SQL is in the detail pane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A hash of the statement with its values taken out; the server's template id where it sends one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template %1 (fingerprint %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retrying (%1, attempt %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock waits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You see only %1's sessions: grant PROCESS to see all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · system threads hidden: %1</source>
        <extracomment>After the number of rows shown: how many system threads "Hide system threads" leaves out.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded failure</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrendChartView</name>
    <message>
        <source>Total sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest active (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>SessionScope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch the sessions of your MySQL instances refresh live: who is connected, from where, running what and for how long, and who is idle inside an open transaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an instance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RDS MySQL, PolarDB MySQL or PolarDB-X, read through Alibaba Cloud DAS with your AccessKey.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the demo (local emulator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulated sessions from a DAS emulator on this computer. No account and no key needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the profiles of a JSON file exported by SessionScope.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workload</name>
    <message>
        <source>Qt's MySQL driver is not installed (Debian: libqt6sql6-mysql).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to %1 as %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkloadClient</name>
    <message>
        <source>%1 could not connect: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkloadSchema</name>
    <message>
        <source>Could not set the workload accounts' passwords (run --setup first?): %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watch the sessions of MySQL instances.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DAS endpoint URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Node ID (PolarDB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh interval in seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance ID to monitor, with the environment's credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the demo (local emulator).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch this MySQL or MariaDB server directly, without saving a profile (password from MYSQL_PWD or ~/.my.cnf).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host[:port]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database user for --mysql.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sessionscope: --interval takes a whole number of seconds from %1 to %2, not "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a recording (written by sessionscope-cli record) instead of a live instance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
</TS>