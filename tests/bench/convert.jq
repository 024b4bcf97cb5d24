# SPDX-License-Identifier: GPL-3.0-or-later
# The same sessions CSV with jq (sessionscope's bench_convert runs it once for the sessions and once,
# with --arg stats 1, for the statistics).
.Data.SessionData as $d
| ($d.TimeStamp | if . >= 1000000000000000 then ./1000|floor elif . >= 1000000000000 then . else .*1000 end) as $ms
| (($ms / 1000 | floor | todate | sub("Z$"; "")) + "." + ("00" + (($ms % 1000) | tostring))[-3:] + "Z") as $when
| if $stats == "1" then
    (["SnapshotTime","InstanceId","NodeId","Dimension","Key","TotalCount","ActiveCount","ThreadIds","Users"] | @csv),
    ([["user", $d.UserStats], ["client", $d.ClientStats], ["db", $d.DbStats]][] as [$dim, $list]
     | $list[]
     | [$when, $instance, "", $dim, .Key, .TotalCount, .ActiveCount, (.ThreadIdList | map(tostring) | join(" ")),
        (.UserList | join(" "))] | @csv)
  else
    (["SnapshotTime","InstanceId","NodeId","SessionId","User","Client","UserClientAlias","DbName","Command","Time",
      "State","TrxId","TrxDuration","SqlTemplateId","SqlText"] | @csv),
    ($d.SessionList[]
     | [$when, $instance, "", .SessionId, .User, .Client, .UserClientAlias, .DbName, .Command, .Time, .State, .TrxId,
        .TrxDuration, .SqlTemplateId, .SqlText] | @csv)
  end
