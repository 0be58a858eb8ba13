#!/usr/bin/env python3
"""Writes the compressed examples: examples/archive.warc.gz (two HTML responses) and
examples/arctic-council.txt.gz. The texts are dyad's own samples. Deterministic (gzip mtime 0).

usage: python3 scripts/make-example-archives.py
"""
import gzip, io, os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")

PAGES = [
    ("https://archive.example/2025/02/baltic-cable", "2025-02-11T08:00:00Z", """<html><head><title>Finland detains tanker after Baltic cable damage</title>
<meta property="article:published_time" content="2025-02-11T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/europe">Europe</a></nav>
<article><h1>Finland detains tanker after Baltic cable damage</h1>
<p>Finnish police detained a tanker on Monday after an undersea power cable between Finland and Estonia was damaged, the interior ministry said. Investigators suspect the ship dragged its anchor across the seabed.</p>
<p>Estonian Prime Minister Kristen Michal called the incident an attack on critical infrastructure. NATO announced that it would increase patrols in the Baltic Sea.</p>
<p>Russia denied any involvement and accused Finland of staging a provocation.</p></article>
<footer>Archive Example. Terms of use.</footer></body></html>"""),
    ("https://archive.example/2025/02/ethiopia-eritrea", "2025-02-12T08:00:00Z", """<html><head><title>Ethiopia and Eritrea trade warnings over Red Sea access</title></head><body>
<nav><a href="/">Home</a> <a href="/africa">Africa</a></nav>
<article><h1>Ethiopia and Eritrea trade warnings over Red Sea access</h1>
<p>Ethiopian Prime Minister Abiy Ahmed said on Tuesday that his country would seek access to the Red Sea by peaceful means, but Eritrea warned that it would defend its territory.</p>
<p>“We have no intention of invading anyone,” Abiy told parliament. The African Union called on both governments to hold talks.</p></article>
<footer>Archive Example. Terms of use.</footer></body></html>"""),
]

TXT = """Arctic Council resumes work as Norway and Russia restore contacts

TROMSO, September 9 (dyad sample) - Norway and Russia agreed on Tuesday to restore working contacts within the Arctic Council, ending a pause that began in 2022, Norwegian officials said.

"Cooperation on search and rescue and on fisheries cannot wait for better times," Norway's Foreign Minister told reporters in Tromso. Russian officials welcomed the decision.

Denmark and Canada said they would join the working groups next year. The United States has not decided, according to diplomats in Oslo.
"""


def warc_record(rtype, headers, payload):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + f"Content-Length: {len(payload)}\r\n\r\n"
    return head.encode() + payload + b"\r\n\r\n"


def main():
    out = io.BytesIO()
    info = b"software: dyad example generator\r\nformat: WARC File Format 1.0\r\n"
    out.write(warc_record("warcinfo", [("WARC-Type", "warcinfo"), ("WARC-Date", "2025-02-12T09:00:00Z"),
                                        ("WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000000>"),
                                        ("Content-Type", "application/warc-fields")], info))
    for i, (url, date, html) in enumerate(PAGES, 1):
        body = html.encode()
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + str(len(body)).encode() + b"\r\n\r\n" + body)
        out.write(warc_record("response", [("WARC-Type", "response"), ("WARC-Date", date),
                                           ("WARC-Record-ID", f"<urn:uuid:00000000-0000-0000-0000-00000000000{i}>"),
                                           ("WARC-Target-URI", url), ("Content-Type", "application/http; msgtype=response")], http))
    with open(os.path.join(HERE, "archive.warc.gz"), "wb") as f:
        f.write(gzip.compress(out.getvalue(), mtime=0))
    with open(os.path.join(HERE, "arctic-council.txt.gz"), "wb") as f:
        f.write(gzip.compress(TXT.encode(), mtime=0))


main()
