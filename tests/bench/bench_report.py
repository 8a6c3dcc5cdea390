"""Case summary and evidence bundle speed. (Not a test.)

    python tests/bench/bench_report.py [MiB]        # bundle size, default 1024

1. Report: a case of 1,000 incidents (links, handles, descriptions in Korean and English)
   and 5,000 evidence items (small random files), written straight through the storage
   repositories. In the same run, median of 3:
   - bare: a plain reportlab SimpleDocTemplate with the same tables and the same paragraphs
     (same font), built from records already in memory: no header or footer, no contents,
     bookmarks, links or page numbers;
   - ours: `render_report` (reading the records from the vault included), and
     `export_report` (also writing the file and recording the custody event).
   Target (issue 7): ours <= 1.3x bare.
2. Bundle: MiB of random evidence in 8 files; `make_bundle` against `extract` of every item
   to a folder (both check SHA-256 while streaming), best of 2 rounds each; and the peak RSS
   above the resident size before, of a child process making the bundle.
   Target: bundle >= 0.8x the speed of extract.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from quietcase.app.case import Case, create_case, open_case
from quietcase.app.core.clock import FixedClock
from quietcase.app.documents.bundle.archive import make_bundle
from quietcase.app.documents.summary.data import ReportOptions, collect
from quietcase.app.documents.summary.fonts import choose_fonts
from quietcase.app.documents.summary.layout import Styles, text
from quietcase.app.documents.summary.pdf import export_report, render_report
from quietcase.storage.blobs import Blobs
from quietcase.storage.dates import Moment, When
from quietcase.storage.evidence import EvidenceItems
from quietcase.storage.records import Evidence, Incident, Link, LinkStatus
from quietcase.storage.repositories import Incidents

PASS = "bench"
CLOCK = FixedClock(datetime(2026, 11, 25, 9, tzinfo=UTC))
MIB = 1 << 20
KO = "텔레그램 방에 제 사진으로 만든 합성 이미지가 올라왔어요. 친구가 링크를 보내 줬어요."
EN = "An account posted a cropped image with my handle; about 400 views when I saw it."


def fill(case: Case, incidents: int = 1000, items: int = 5000) -> None:
    rng = random.Random(7)
    now = CLOCK.now()
    repo, evidence, blobs = Incidents(case.vault), EvidenceItems(case.vault), Blobs(case.vault)
    with case.vault.atomic():
        for n in range(incidents):
            day = date(2024, 1, 1) + timedelta(days=n % 700)
            incident = Incident(
                title=f"{'합성 이미지 재유포' if n % 2 else 'Re-upload on X'} #{n}",
                when=When(Moment(day.year, day.month, day.day if n % 3 else None)),
                platform=rng.choice(["Telegram", "X", "KakaoTalk", "Instagram"]),
                place=f"t.me/example_room_{n % 40}",
                links=(
                    Link(
                        f"https://t.me/example_room_{n % 40}/{n}",
                        "post",
                        "@uploader",
                        day,
                        LinkStatus.ONLINE,
                    ),
                ),
                handles=(f"@offender_{n % 17}",),
                tags=("re-upload",),
                description=(KO if n % 2 else EN) * 2,
            )
            repo.add(incident, now)
        for n in range(items):
            data = rng.randbytes(rng.randint(500, 4000))
            blob = blobs.create()
            blobs.append(blob, 0, data)
            digest = hashlib.sha256(data).hexdigest()
            blobs.finish(blob, len(data), digest)
            item = Evidence(
                filename=f"screenshot_{n:05d}.bin",
                size=len(data),
                media_type="application/octet-stream",
                sha256=digest,
                added_at=now,
                source_url=f"https://t.me/example_room_{n % 40}/{n}",
                captured_by="me",
                shows="합성 이미지 게시 사실" if n % 2 else "the image was posted",
                incident_ids=(1 + n % incidents,),
            )
            evidence.add(item, blob)


def bare(case: Case, out: Path) -> float:
    """The same tables and paragraphs (same styles and labels) in a plain SimpleDocTemplate,
    from records already in memory: what the report would cost without its machinery."""
    data = collect(case, ReportOptions())
    st = Styles(choose_fonts(True))
    grid = TableStyle(
        [("LINEBELOW", (0, 0), (-1, -1), 0.3, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    )

    def table(rows: list[list[str]], widths: list[float]) -> Table:
        cells = [[Paragraph(text(c), st.cell) for c in r] for r in rows]
        t = Table(cells, colWidths=widths, repeatRows=1)
        t.setStyle(grid)
        return t

    def field(label: str, value: str, style: ParagraphStyle = st.field) -> Paragraph:
        return Paragraph(text(value), style, bulletText=label)

    evidence_of: dict[int, list[int]] = {}
    for e in data.evidence:
        for i in e.incident_ids:
            evidence_of.setdefault(i, []).append(e.id)
    story: list[Any] = []
    rows = [["No.", "Date", "Platform", "Incident", "Evidence"]]
    rows += [
        [
            f"I-{i.id}",
            str(i.when),
            i.platform,
            i.title,
            ", ".join(f"E-{n}" for n in evidence_of.get(i.id, [])),
        ]
        for i in data.incidents
    ]
    story.append(table(rows, [37, 85, 62, 226, 71]))
    for i in data.incidents:
        story.append(Paragraph(text(f"I-{i.id}  {i.title}"), st.h3))
        story.append(Paragraph(text(f"{i.when} · {i.platform} · {i.place}"), st.meta))
        story.append(field("What happened", i.description))
        for link in i.links:
            story.append(
                field(
                    "Links",
                    f"{link.url}\npost title {link.post_title}; posted by "
                    f"{link.uploader}; found {link.found_on}; still online",
                )
            )
        story.append(field("Offender accounts", ", ".join(i.handles)))
        story.append(field("Evidence", ", ".join(f"E-{n}" for n in evidence_of.get(i.id, []))))
        story.append(field("Keywords", ", ".join(i.tags)))
    rows = [["No.", "File", "Source", "Captured", "What it shows"]]
    rows += [[f"E-{e.id}", e.filename, e.source_url, "", e.shows] for e in data.evidence]
    story.append(table(rows, [34, 125, 102, 62, 158]))
    for e in data.evidence:
        story.append(Paragraph(text(f"E-{e.id}  {e.filename}"), st.h3))
        story.append(field("SHA-256", e.sha256, st.field_mono))
        story.append(field("Type and size", f"{e.media_type} · {e.size} bytes"))
        story.append(field("Added to Quietcase", str(e.added_at)))
        story.append(field("Captured by", e.captured_by))
        story.append(field("Source", e.source_url))
        story.append(field("Incidents", ", ".join(f"I-{i}" for i in e.incident_ids)))
        story.append(field("What it shows", e.shows))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def timed(action: Any, *args: Any) -> tuple[float, float]:
    """(wall-clock, CPU) seconds: CPU time is steadier when other work shares the machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    action(*args)
    return time.perf_counter() - wall, time.process_time() - cpu


def report_figures(folder: Path) -> None:
    vault = folder / "report.quietcase"
    create_case(vault, PASS, CLOCK).close()
    with open_case(vault, PASS, CLOCK) as case:
        start = time.perf_counter()
        fill(case)
        took = time.perf_counter() - start
        print(f"filled 1,000 incidents and 5,000 evidence items in {took:.1f} s")
        runs: dict[str, list[tuple[float, float]]] = {"bare": [], "render": [], "export": []}
        pages = 0
        for n in range(3):
            runs["bare"].append(timed(bare, case, folder / "bare.pdf"))
            runs["render"].append(timed(render_report, case, ReportOptions()))
            out = folder / f"ours-{n}.pdf"
            runs["export"].append(timed(export_report, case, ReportOptions(), out))
            pages = len(PdfReader(out).pages)
        bare_pages = len(PdfReader(folder / "bare.pdf").pages)
    wall = {k: statistics.median(w for w, _ in v) for k, v in runs.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in runs.items()}
    print(f"\n{'report (median of 3)':<40} {'wall s':>7} {'ratio':>6} {'CPU s':>7} {'ratio':>6}")
    names = {
        "bare": f"bare reportlab, same tables ({bare_pages} p.)",
        "render": f"render_report ({pages} pages, in memory)",
        "export": "export_report (file + custody event)",
    }
    for key, name in names.items():
        print(
            f"{name:<40} {wall[key]:7.2f} {wall[key] / wall['bare']:6.2f} "
            f"{cpu[key]:7.2f} {cpu[key] / cpu['bare']:6.2f}"
        )
    print("(target <= 1.30)")


def extract_all(case: Case, out: Path) -> None:
    for evidence_id in range(1, 9):
        case.evidence.extract(evidence_id, out / f"{evidence_id}.bin")


CHILD = """
import sys
from pathlib import Path
from datetime import UTC, datetime
from quietcase.app.documents.bundle.archive import make_bundle
from quietcase.app.case import open_case
from quietcase.app.core.clock import FixedClock

def status(name):  # VmHWM: the peak of this process image (ru_maxrss would include the
    with open("/proc/self/status") as fh:  # parent's peak: Linux keeps it across fork)
        return next(int(line.split()[1]) for line in fh if line.startswith(name + ":"))

case = open_case(sys.argv[1], "bench", FixedClock(datetime(2026, 11, 25, tzinfo=UTC)))
before = status("VmRSS")
make_bundle(case, Path(sys.argv[2]))
case.close()
print((status("VmHWM") - before) / 1024)
"""


def bundle_figures(folder: Path, total_mib: int) -> None:
    vault = folder / "bundle.quietcase"
    sources = folder / "in"
    sources.mkdir()
    per_file = max(1, total_mib // 8)
    for i in range(8):
        with open(sources / f"video-{i}.mp4", "wb") as fh:
            for _ in range(per_file):
                fh.write(os.urandom(MIB))
    total = 8 * per_file
    create_case(vault, PASS, CLOCK).close()
    with open_case(vault, PASS, CLOCK) as case:
        report = case.intake.import_paths([sources])
        assert len(report.imported) == 8
        shutil.rmtree(sources)
        extract_s, bundle_s = [], []
        for n in range(2):
            out = folder / f"extract-{n}"
            out.mkdir()
            extract_s.append(timed(extract_all, case, out)[0])
            shutil.rmtree(out)
            zip_path = folder / f"bundle-{n}.zip"
            bundle_s.append(timed(make_bundle, case, zip_path)[0])
            zip_path.unlink()
    growth = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault), str(folder / "rss.zip")],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.strip()
    ex, bu = min(extract_s), min(bundle_s)
    print(f"\n{total} MiB of evidence in 8 files (best of 2)  {'MiB/s':>7} {'ratio':>6}")
    print(f"{'extract every item (SHA-256 checked)':<44} {total / ex:7.0f} {1:6.2f}")
    print(f"{'make_bundle (SHA-256 checked, + summary)':<44} {total / bu:7.0f} {ex / bu:6.2f}")
    print("(target >= 0.80)")
    print(f"peak RSS above resident size before, making the bundle: {float(growth):.1f} MiB")


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        report_figures(Path(tmp))
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        bundle_figures(Path(tmp), total)


if __name__ == "__main__":
    main()
