#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# What a DBA would write instead of sessionscope-cli convert: the standard library's json and csv
# modules turning a saved GetMySQLAllSessionAsync response into the same sessions and stats CSVs.
# usage: convert_reference.py RESPONSE INSTANCE SESSIONS_CSV STATS_CSV
import csv, datetime, json, sys

response, instance, sessions_path, stats_path = sys.argv[1:5]
data = json.load(open(response, encoding="utf-8"))["Data"]["SessionData"]
stamp = data["TimeStamp"]
ms = stamp // 1000 if stamp >= 10**15 else stamp if stamp >= 10**12 else stamp * 1000
when = datetime.datetime.fromtimestamp(ms // 1000, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
prefix = [f"{when}.{ms % 1000:03d}Z", instance, ""]
pictures = {c: 0x2400 + c for c in range(32) if c not in (9, 10, 13)} | {127: 0x2421}
def cell(value):
    text = "" if value is None else str(value)
    return ("'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text).translate(pictures)
fields = ["SessionId", "User", "Client", "UserClientAlias", "DbName", "Command", "Time", "State", "TrxId",
          "TrxDuration", "SqlTemplateId", "SqlText"]
with open(sessions_path, "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["SnapshotTime", "InstanceId", "NodeId"] + fields)
    for session in data["SessionList"]:
        writer.writerow(prefix + [cell(session.get(name)) for name in fields])
with open(stats_path, "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["SnapshotTime", "InstanceId", "NodeId", "Dimension", "Key", "TotalCount", "ActiveCount",
                     "ThreadIds", "Users"])
    for dimension, name in (("user", "UserStats"), ("client", "ClientStats"), ("db", "DbStats")):
        for stat in data[name]:
            writer.writerow(prefix + [dimension, cell(stat["Key"]), stat["TotalCount"], stat["ActiveCount"],
                                      " ".join(map(str, stat["ThreadIdList"])), cell(" ".join(stat["UserList"]))])
