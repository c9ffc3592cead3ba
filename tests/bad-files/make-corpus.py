#!/usr/bin/env python3
"""Writes the bad-file corpus: one file of every kind a partner might hand to ifw by mistake.

Run from this folder: python3 make-corpus.py. The files are committed; cases.txt says what ifw must print for each.
Every assessment here is illustrative: made-up ratings of a made-up footprint.
"""
import io
import json
import os
import zipfile

ASSESSMENT = {
    "schemaVersion": 1,
    "framework": "lga-position-paper",
    "footprint": {"code": "E09000099", "name": "Illustrative Place", "level": "place", "population": 250000},
    "assessedOn": "2026-10-01",
    "assessors": [
        {"id": "council", "name": "Illustrative Council", "partner": "council"},
        {"id": "icb", "name": "Illustrative ICB", "partner": "integratedCareBoard"},
    ],
    "ratings": [
        {"item": "IND.1", "assessor": "council", "progress": "inPlace", "evidence": "Illustrative: café £ note"},
        {"item": "IND.1", "assessor": "icb", "progress": "planned"},
        {"item": "IND.2", "assessor": "council", "progress": "underDevelopment"},
    ],
}

def text(): return json.dumps(ASSESSMENT, indent=2, ensure_ascii=False) + "\n"

def write(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

CSV_ROWS = [
    ["framework", "footprint_code", "footprint_name", "footprint_level", "population", "assessed_on", "assessor", "assessor_name", "partner", "item", "progress", "target", "evidence"],
    ["lga-position-paper", "E09000099", "Illustrative Place", "place", "250000", "2026-10-01", "council", "Illustrative Council", "council", "IND.1", "inPlace", "", "Illustrative"],
    ["lga-position-paper", "E09000099", "Illustrative Place", "place", "250000", "2026-10-01", "icb", "Illustrative ICB", "integratedCareBoard", "IND.1", "planned", "", ""],
]

def csv(separator): return "".join(separator.join(row) + "\r\n" for row in CSV_ROWS)

write("empty.json", b"")
write("blank.json", "  \r\n\t\n")
write("good.json", text())
write("utf16-with-mark.json", b"\xff\xfe" + text().encode("utf-16-le"))
write("utf16-no-mark.json", text().encode("utf-16-le"))
write("utf16be-no-mark.json", text().encode("utf-16-be"))
write("utf32-with-mark.json", b"\xff\xfe\x00\x00" + text().encode("utf-32-le"))
write("utf32-no-mark.json", text().encode("utf-32-le"))
write("latin1.json", text().encode("latin-1"))
write("semicolons.csv", csv(";"))
write("tabs.csv", csv("\t"))
# What Excel saves as "Unicode Text": UTF-16 with a byte-order mark, separated by tabs.
write("excel-unicode-text.csv", b"\xff\xfe" + csv("\t").encode("utf-16-le"))
write("truncated.json", text()[: len(text()) // 2])
broken = text().replace('"population": 250000', '"population": "many"').replace('"assessedOn": "2026-10-01"', '"assessedOn": 20261001').replace('"progress": "planned"', '"progress": 2')
write("three-wrong-types.json", broken)
many = dict(ASSESSMENT)
many["ratings"] = [{"item": f"IND.{i + 100}", "assessor": "council", "progress": "inPlace"} for i in range(262)]
write("262-unknown-items.json", json.dumps(many, indent=2) + "\n")
write("duplicate-property.json", text().replace('"framework": "lga-position-paper",', '"framework": "lga-position-paper",\n  "framework": "lga-position-paper",'))
write("score-card.json", json.dumps({"framework": "lga-position-paper", "policy": "standard", "footprint": ASSESSMENT["footprint"], "assessedOn": "2026-10-01", "overall": {"score": 50}, "themes": [], "domains": [], "items": []}, indent=2) + "\n")
write("not-fhir.json", json.dumps({"name": "a list of places", "places": ["Croydon", "Plymouth"]}, indent=2) + "\n")
write("patient.json", json.dumps({"resourceType": "Patient", "active": True}, indent=2) + "\n")
write("binary.json", bytes(range(0, 256)) * 4)
archive = io.BytesIO()
with zipfile.ZipFile(archive, "w") as z:
    z.writestr("notes.txt", "not a workbook")
write("archive.json", archive.getvalue())
book = io.BytesIO()
with zipfile.ZipFile(book, "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("xl/workbook.xml", "<workbook/>")
write("workbook.xlsx", book.getvalue())
os.makedirs("a-folder.json", exist_ok=True)
write(os.path.join("a-folder.json", "README"), "A folder named like a file: ifw must say it is a folder.\n")
