#!/usr/bin/env python3
"""Moves seed scenario files to registration days before 2025-06-01 (issue 11): every date in
the file goes back by N years (4 keeps the leap-year pattern), PESEL numbers are re-encoded
with the shifted birth date (an invalid control digit stays invalid). One-off migration tool,
kept for the record of how the scenarios moved.

usage: shift-scenario-years.py YEARS FILE...
"""
import json, re, sys
from datetime import date

WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]

def check(d10):
    return (10 - sum(int(c) * w for c, w in zip(d10, WEIGHTS)) % 10) % 10

def shift_date(s, years):
    y, m, d = map(int, s.split('-'))
    y -= years
    if m == 2 and d == 29 and not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        d = 28
    return f"{y:04d}-{m:02d}-{d:02d}"

def shift_pesel(p, years):
    yy, mm, dd = int(p[0:2]), int(p[2:4]), int(p[4:6])
    century = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}[mm - mm % 20 if mm > 12 else 0]
    month = mm % 20
    y = century + yy - years
    off = {1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60}[y - y % 100]
    body = f"{y % 100:02d}{month + off:02d}{dd:02d}{p[6:10]}"
    was_valid = check(p[:10]) == int(p[10])
    c = check(body)
    return body + str(c if was_valid else (c + 1) % 10)

def walk(v, years):
    if isinstance(v, dict):
        return {k: (shift_pesel(x, years) if k == 'pesel' and isinstance(x, str) and len(x) == 11 and x.isdigit()
                    else walk(x, years)) for k, x in v.items()}
    if isinstance(v, list):
        return [walk(x, years) for x in v]
    if isinstance(v, str):
        return re.sub(r'\b(\d{4}-\d{2}-\d{2})\b', lambda m: shift_date(m.group(1), years), v)
    return v

years = int(sys.argv[1])
for path in sys.argv[2:]:
    data = json.load(open(path))
    out = walk(data, years)
    with open(path, 'w') as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write('\n')
