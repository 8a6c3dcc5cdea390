"""The README of an evidence bundle, in the summary's language (English or Korean)."""

from __future__ import annotations

_POWERSHELL = (
    "Get-Content SHA256SUMS | ForEach-Object { $h, $f = $_ -split '  ', 2; "
    'if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -ne $h) { "FAILED: $f" } }'
)

_EN = """Evidence bundle: {title}
Made with Quietcase on {date}. {zone}

WHAT IS INSIDE

  {summary}    the case summary: timeline, evidence register, how to verify
  evidence/           {count} evidence files ({size}), exactly as they were added to
                      Quietcase. Each name starts with its exhibit number, as
                      in every document: Exhibit-03-1_... is Exhibit 3-1.
  manifest.csv        one line per file: exhibit, evidence id, original name, size,
                      SHA-256, dates, source, incidents (opens in a spreadsheet)
  manifest.json       the same, for programs
  SHA256SUMS          the SHA-256 of every other file in this folder

HOW TO CHECK THAT THE FILES ARE UNCHANGED

Open a terminal in this folder and run:

  Linux:              sha256sum -c SHA256SUMS
  macOS:              shasum -a 256 -c SHA256SUMS
  Windows PowerShell: {powershell}

On Linux and macOS every line must end in "OK"; in PowerShell nothing is printed when
every file matches. For a single file: certutil -hashfile FILE SHA256 (Windows),
shasum -a 256 FILE (macOS), sha256sum FILE (Linux), and compare with manifest.csv or
the evidence register in the summary.

CUSTODY LOG

When this bundle was made, the case file's custody log ended with event {seq}, whose
hash is:

  {head}

Making this bundle was recorded as the next event.

What each check proves:
- sha256sum -c SHA256SUMS: the files in this folder are the ones written into it when it
  was made (and the summary's evidence register names the same SHA-256 for each file).
- The head above: whoever holds the case file (and its passphrase) can later check that
  nothing recorded until this bundle was made has been changed or removed since, and see
  which records changed after it:

    quietcase-cli verify CASE-FILE --against bundle.zip      (or: --against {seq}:{head})

  If the case file's history was rewritten, even by someone who knows the passphrase, this
  head is no longer found in it, and the command says so (exit code 4).
- Neither check can tell what happened before a file was added to Quietcase, or before the
  first printout or bundle of the case: keep this bundle (or its head) somewhere safe.

PLEASE NOTE

This bundle is not encrypted: anyone who has it can open the evidence. Please keep it
somewhere only the people who need it can reach.

Quietcase records that each file is unchanged since it was added to Quietcase. It
cannot show how or when a file was first made, and it makes no promise about whether
the police or a court will accept any item as evidence.

In manifest.csv, a cell that would begin with = + - or @ starts with an apostrophe, so
that spreadsheet programs do not treat it as a formula; manifest.json holds every value
exactly as recorded.
"""

_KO = """증거 묶음: {title}
Quietcase로 {date}에 만들었습니다. {zone}

들어 있는 것

  {summary}    사건 요약서: 사건 경위, 증거 목록, 검증 방법
  evidence/           증거 파일 {count}건 ({size}). Quietcase에 추가한 그대로입니다.
                      파일 이름은 모든 문서와 같은 증거번호로 시작합니다.
                      증제03호증의1_...은 증 제3호증의 1입니다.
  manifest.csv        파일마다 한 줄: 증거번호, 증거 ID, 원래 이름, 크기, SHA-256,
                      날짜, 출처, 관련 사건 (스프레드시트에서 열립니다)
  manifest.json       같은 내용 (프로그램용)
  SHA256SUMS          이 폴더의 다른 모든 파일의 SHA-256 해시값

파일이 바뀌지 않았는지 확인하는 방법

이 폴더에서 터미널을 열고 다음을 실행하세요.

  Linux:              sha256sum -c SHA256SUMS
  macOS:              shasum -a 256 -c SHA256SUMS
  Windows PowerShell: {powershell}

Linux와 macOS에서는 모든 줄이 "OK"로 끝나야 합니다. PowerShell에서는 모든 파일이
일치하면 아무것도 출력되지 않습니다. 파일 하나만 확인하려면 certutil -hashfile 파일 SHA256
(Windows), shasum -a 256 파일 (macOS), sha256sum 파일 (Linux)로 계산해 manifest.csv나
요약서의 증거 목록과 비교하세요.

보관 기록

이 묶음을 만들 때 사건 파일의 보관 기록은 {seq}번째 항목으로 끝났고, 그 해시값은
다음과 같습니다.

  {head}

이 묶음을 만든 일도 다음 항목으로 기록되었습니다.

각 확인이 증명하는 것:
- sha256sum -c SHA256SUMS: 이 폴더의 파일이 묶음을 만들 때 넣은 파일 그대로라는 것
  (요약서의 증거 목록에도 파일마다 같은 SHA-256이 적혀 있습니다).
- 위의 해시값: 사건 파일(과 그 암호)을 가진 사람은 나중에, 이 묶음을 만들 때까지 기록된
  것이 그 뒤 바뀌거나 지워지지 않았는지 확인하고, 그 뒤에 바뀐 기록을 볼 수 있습니다.

    quietcase-cli verify 사건파일 --against bundle.zip      (또는: --against {seq}:{head})

  사건 파일의 기록이 다시 쓰였다면 (암호를 아는 사람이 했더라도) 이 해시값은 더 이상
  찾을 수 없고, 명령이 그렇게 알려 줍니다 (종료 코드 4).
- 두 확인 모두, 파일이 Quietcase에 추가되기 전이나 사건의 첫 인쇄물·묶음이 만들어지기
  전에 있었던 일은 알려 주지 못합니다. 이 묶음(또는 해시값)을 안전한 곳에 보관하세요.

알아 두세요

이 묶음은 암호화되어 있지 않습니다. 가진 사람은 누구나 증거를 열 수 있으니, 꼭 필요한
사람만 접근할 수 있는 곳에 보관해 주세요.

Quietcase는 각 파일이 Quietcase에 추가된 뒤 바뀌지 않았음을 기록합니다. 파일이 처음
언제 어떻게 만들어졌는지는 보여 줄 수 없으며, 수사기관이나 법원이 증거로 받아들일지에
대해서도 아무것도 약속하지 않습니다.

manifest.csv에서 = + - @로 시작하는 칸은 스프레드시트가 수식으로 실행하지 않도록 앞에
작은따옴표(')를 붙였습니다. manifest.json에는 모든 값이 기록된 그대로 있습니다.
"""


def readme(
    language: str,
    *,
    title: str,
    date: str,
    summary: str,
    count: int,
    size: str,
    seq: int,
    head: str,
    zone: str = "",
) -> str:
    """The README text (Unix line ends; every editor on every system reads them)."""
    template = _KO if language == "ko" else _EN
    return template.format(
        title=title,
        date=date,
        summary=summary.ljust(16),
        count=count,
        size=size,
        seq=seq,
        head=head,
        zone=zone,
        powershell=_POWERSHELL,
    )
