#!/bin/bash
# Every document of an invented case, in English and Korean, as PDFs and page images (60 dpi),
# to look at after changing a document: the demo case, the shared real photos linked to
# incidents (one with a long address), a Telegram export (one exhibit with branches) and three
# chosen messages. Run from the repository root: tests/tools/document_pages.sh OUT_DIR
# (the images checked for issue 21 are in docs/screenshots/documents/).
set -e
ROOT=$(pwd)
OUT=${1:?an output folder}
export QUIETCASE_NEW_PASSPHRASE="demo pass phrase words 42" QUIETCASE_PASSPHRASE="demo pass phrase words 42"
rm -rf "$OUT"; mkdir -p "$OUT"; cd "$OUT"
Q="python -m quietcase.cli.main"
$Q demo demo.quietcase >/dev/null 2>&1
IMG=${QUIETCASE_FIXTURES:-$ROOT/../shared/fixtures/real-images}
[ -d "$IMG" ] || IMG=/work/shared/fixtures/real-images
$Q import demo.quietcase $IMG/Canon_40D.jpg $IMG/gps_DSCN0010.jpg --incident I-2 \
  --source https://t.me/example_room_1/204 --captured-by 본인 --shows "합성 사진이 방에 올라온 것" >/dev/null
$Q import demo.quietcase $IMG/Nikon_D70.jpg --incident I-6 --shows "게시글 캡처" \
  --source "https://example.com/board/view.php?id=free&no=123456&page=2&search_target=title_content" >/dev/null
$Q import demo.quietcase $IMG/gps_DSCN0021.jpg >/dev/null
(cd "$ROOT" && python - "$OUT") <<'PY'
import sys
from pathlib import Path
from tests.app.chats.telegram.writer import room, write_json, write_media
folder = Path(sys.argv[1]) / "export"
write_json(folder, [room()])
write_media(folder, [room()])
PY
python -c "
import sys
from quietcase.app.chats.telegram import parsing; parsing.IN_CHILD = False
from quietcase.cli.main import main
sys.exit(main(['import-telegram', 'demo.quietcase', 'export', '--incident', 'I-1']))" >/dev/null
$Q report-messages demo.quietcase M-2 M-3 M-4 >/dev/null
for L in en ko; do
  Z="--language $L --time-zone Asia/Seoul"
  $Q export demo.quietcase --pdf summary-$L.pdf $Z >/dev/null 2>&1
  $Q export demo.quietcase --complaint-helper helper-$L.pdf $Z >/dev/null 2>&1
  $Q export demo.quietcase --deletion-list deletion-$L.pdf $Z >/dev/null 2>&1
  $Q export demo.quietcase --deletion-list deletion-$L.csv $Z >/dev/null 2>&1
  $Q bundle demo.quietcase bundle-$L.zip $Z >/dev/null 2>&1
done
for f in *.pdf; do pdftoppm -png -r 60 "$f" "png-${f%.pdf}"; done
ls "$OUT"
