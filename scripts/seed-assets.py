#!/usr/bin/env python3
"""Writes an H2 SQL script inserting COUNT fictional assets spread over the unit ids listed in UNITS_FILE
(one per line): every zone, kind, form and level. A read benchmark's fixture: no history or audit rows.
Usage: seed-assets.py COUNT UNITS_FILE > seed.sql  (used by bench-asset-list.sh and load.sh)"""
import sys
count = int(sys.argv[1]); units = [int(l) for l in open(sys.argv[2]) if l.strip()]
kinds = ["NETWORK_SYSTEM_MEDIA", "INFORMATION", "SYSTEM_DOCUMENT"]
forms = ["ELECTRONIC", "PAPER", "BOTH"]
zones = ["MYNUMBER", "LGWAN", "INTERNET", "NONE"]
words = ["名簿", "申請書", "台帳", "システム", "端末", "仕様書", "ネットワーク図", "記録", "帳票", "媒体"]
print("set autocommit false;")
for x in range(1, count + 1):
    c = x % 3 + 1
    print("insert into ast_asset (asset_number, name, kind, description, owner_unit_id, custodian, asset_users, "
          "location, form, zone_code, scheme, confidentiality, confidentiality_rank, integrity, availability, "
          "personal_info, sensitive_personal_info, specific_personal_info, record_count, retention, next_review, "
          "status, note, created_at, created_by, updated_at, updated_by) values ("
          f"'IA-{x:06d}', '試験{words[x % 10]}{x}', '{kinds[x % 3]}', '性能測定用の架空の資産', {units[x % len(units)]}, "
          f"'係員', '課員', '書庫{x % 40}', '{forms[x % 3]}', '{zones[x % 4]}', 'R5-03', '{c}', {c}, '{x % 2 + 1}', "
          f"'{(x // 2) % 2 + 1}', {str(x % 2 == 0).lower()}, {str(x % 7 == 0).lower()}, {str(x % 11 == 0).lower()}, "
          f"{x}, '5年', dateadd('DAY', {x % 900 - 300}, current_date), "
          f"'{'DISPOSED' if x % 25 == 0 else 'IN_USE'}', '', current_timestamp, 'bench', current_timestamp, 'bench');")
print(f"alter sequence ast_asset_number_seq restart with {count + 1};")
print("commit;")
