"""An invented example case, for trying Quietcase out and for screenshots.

Everything here is made up: the people, rooms, handles, phone numbers (010-0000-…) and
addresses (example.org, example.com). The data is written as small text tables below; each
record is a head line of `|`-separated fields followed by `X text` lines (T title,
D description, N private note, L link, H handles, S subject); an indented line continues the
line above it. Dates are days before `today`, so the demo always looks current.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from quietcase.app.core.errors import UserError
from quietcase.app.core.i18n import QT_TRANSLATE_NOOP
from quietcase.app.journal.records import Journal
from quietcase.storage.dates import Moment, When
from quietcase.storage.records import (
    Contact,
    ContactRole,
    Deadline,
    Incident,
    Link,
    LinkStatus,
    Request,
    RequestKind,
    RequestStatus,
)

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Quietcase", "The example case can only go into a new, empty case file, never a real one."
)

_PLATFORMS = {
    "tg": "Telegram",
    "kk": "KakaoTalk",
    "x": "X",
    "ig": "Instagram",
    "dc": "Discord",
    "web": "Website",
    "off": "In person",
}

# key role | name | organisation | email
_CONTACTS = """
lawyer lawyer | 김지원 변호사 | 법무법인 예시로 (가상) | jiwon.kim@example.org
N 피해자 국선변호사로 연결됐어요. 목요일 오후에 통화가 잘 돼요.
police police | 박도윤 경위 | 예시경찰서 사이버수사팀 (가상) | cyber.team@example.org
N 진술 조사 때 신뢰관계인 동석이 가능하다고 했어요.
dsc support_centre | 이하늘 상담원 | 디지털성범죄피해자지원센터 (예시) | counsel@example.org
N 삭제지원과 사후 모니터링 담당. 새 URL은 게시판으로 보내 달라고 했어요.
xsafety platform | X Trust & Safety (demo) | X | safety-demo@example.com
tgabuse platform | Telegram abuse desk (demo) | Telegram | abuse-demo@example.com
activist activist | 정다은 | 디지털 성폭력 대응 모임 (가상) | daeun@example.org
H @daeun_example
N Offered to come with me to the police interview.
witness witness | 최민서 | Friend from university | minseo.friend@example.com
N 처음 링크를 보내 준 친구예요. 필요하면 진술해 주겠다고 했어요.
shadow suspect | shadow_demo (닉네임) | |
H @shadow_demo, t.me/shadow_demo
N 신원 모름. 텔레그램 방 운영자로 보여요. Same wording in later DMs.
reup suspect | re_uploader_demo | |
H @re_uploader_demo, @re_uploader_demo2
N Re-uploads on X; the second account appeared after the first was suspended.
kcsc other | 방송통신심의위원회 민원 담당 (예시) | 방심위 | kcsc-demo@example.org
mgmt other | 예시빌딩 관리사무소 | 예시빌딩 (가상) | office@example.com
N CCTV is kept for 30 days only.
"""

# key when platform | place | tags | handles | contacts
# when: days ago + m (month), d (day) or t (day and time); a..b is a range; - is undated
_INCIDENTS = """
ig0 360m ig | instagram.com/example.me.demo | early-sign | @lurker_demo |
T Unknown account saved most of my public photos
D Over a few weeks an account with no posts liked and saved nearly every photo on my profile.
tg1 330t tg | t.me/example_room_1 | deepfake 합성 허위영상물 | @shadow_demo | witness shadow
T 텔레그램 방에 제 사진으로 만든 합성 이미지가 올라왔어요
D 친구가 링크를 보내 줬어요. 인스타그램 프로필 사진을 합성한 이미지였고, 방 인원은
  약 {big}명, 게시물 반응은 {n}개였어요.
L https://t.me/example_room_1/204 | 새내기 합성 | @shadow_demo | removed
N 처음 봤을 때 너무 놀라서 캡처만 해 뒀어요. 원본 파일은 증거 폴더에 있어요.
tg2 328d tg | t.me/example_room_1 | 신상 doxxing | @shadow_demo | shadow
T My name and university posted under the images
D Two days later the same account added my first name, my university and a link to my
  (then public) Instagram profile under the post.
L https://t.me/example_room_1/219 | 신상 정리 | @shadow_demo | removed
kk1 320t kk | 알 수 없는 프로필 | threat | |
T 모르는 카카오톡 프로필이 캡처를 보냈어요
D 프로필 사진이 없는 계정이 텔레그램 게시물 캡처를 보내며 "이거 너 맞지?"라고 물었어요.
  답하지 않았고 대화는 내보내기로 저장했어요.
N 대화 내보내기 파일: kakao_export_01.txt
tg3 300m..240m tg | t.me/example_archive_2 | re-upload 재유포 | | dsc
T Images reposted in a second "archive" room
D Found by the centre's monitoring. No exact date: the post says "collected over 2 months".
L https://t.me/example_archive_2/88 | archive vol.3 | unknown admin | removed
x1 290d x | x.com/re_uploader_demo | re-upload deepfake | @re_uploader_demo | reup
T Re-upload on X with my Instagram handle
D An account posted a cropped image with my Instagram handle. About {big} views when I saw it.
L https://x.com/re_uploader_demo/status/1000000000000000001 | (no title) | @re_uploader_demo
  | online
web1 270m web | board.example.com | mirror 재유포 | | dsc
T 게시판 사이트에 이미지가 옮겨졌어요
D 디성센터 모니터링에서 발견됐어요. 게시물 제목에 제 학교 이름이 들어 있었어요.
L https://board.example.com/gallery/1187 | ○○대 새내기 사진 | guest_1187 | removed
ig2 260t ig | Instagram DM | threat 유포협박 | @shadow_demo | shadow police
T Message request threatening to send the images to my followers
D A message request from @shadow_demo said the images would be sent to my followers unless
  I replied. I did not reply and saved screenshots of the request.
N This is when I decided to go to the police.
ig3 258d ig | instagram.com/me.fake.demo | impersonation 사칭 | @me.fake.demo |
T 저를 사칭하는 인스타그램 계정이 생겼어요
D 제 이름과 사진을 쓴 계정이 친구들에게 팔로우 요청을 보냈어요. 친구 {n}명이 알려 줬어요.
L https://www.instagram.com/me.fake.demo/ | | @me.fake.demo | removed
dc1 240d dc | example-gallery #requests | request-thread | @collector_demo |
T Someone asked for "more" of me in a Discord server
D In a server called example-gallery, a user posted my first name and asked whether anyone
  had more images. Two users replied with the Telegram link.
L https://discord.com/channels/100000000000000001/200000000000000002 | #requests |
  @collector_demo | unknown
tg4 230t tg | t.me/example_bot_room | deepfake bot | |
T 합성 봇 방의 예시 게시물에 제 사진이 쓰였어요
D 사진을 올리면 합성해 준다는 봇 방이었어요. 안내 게시물의 예시 이미지로 제 사진이 쓰였어요.
L https://t.me/example_bot_room/12 | 사용법 안내 | bot admin | unknown
off1 220d off | 회사 휴게실 | 2차피해 | | witness
T A colleague told me the images were being talked about
D She said quietly that the images were mentioned in a work group chat. I wrote it down.
kk2 215d..205d kk | 회사 동료 단톡방 (가상) | 유포 | |
T 회사 단톡방에 링크가 공유됐어요
D 정확한 날짜는 몰라요. 동료 말로는 그 주에 링크가 한 번 올라왔다가 곧 지워졌다고 해요.
web2 200d web | mirror.example.com | mirror | | dsc
T Second mirror site found by monitoring
D The centre's monitoring found a copy of the board post on another site.
L https://mirror.example.com/p/55210 | ○○대 새내기 사진 (copy) | anonymous | removed
hc1 190t off | 예시빌딩 3층 공용 화장실 (가상) | hidden-camera 불법촬영 | | mgmt police
T Small device found in the shared office restroom
D I noticed a small object taped under the shelf. I did not touch it, told building
  management, and they called the police. I do not know if anything was recorded.
hc2 187d off | 예시경찰서 (가상) | hidden-camera 불법촬영 | | police
T 경찰이 기기를 증거로 가져갔어요
D 사이버수사팀 박도윤 경위가 기기를 수거했고, 분석 결과는 나중에 알려 주겠다고 했어요.
x3 170d x | x.com/re_uploader_demo2 | re-upload 재유포 | @re_uploader_demo2 | reup
T New X account posted the same image again
D After the first account was suspended, a new one with almost the same name posted the
  same cropped image. {n} accounts reposted it within a day.
L https://x.com/re_uploader_demo2/status/1000000000000000002 | (no title) |
  @re_uploader_demo2 | online
tg5 160t tg | t.me/example_room_1_backup | re-upload 재유포 | @shadow_demo | shadow
T 같은 방이 이름을 바꿔 다시 열렸어요
D 원래 방이 없어진 뒤 backup이라는 이름으로 다시 열렸고, 예전 이미지가 다시 올라왔어요.
L https://t.me/example_room_1_backup/3 | 복구 | @shadow_demo | online
kk3 120t kk | open.kakao.com/o/gExampleDemo | 신상 | |
T 오픈채팅방에서 누가 제 이름으로 링크를 찾았어요
D 익명 참여자가 제 이름을 적고 "텔레그램 링크 있는 분"이라고 물었어요. 방 인원은 {n}명이었어요.
L https://open.kakao.com/o/gExampleDemo | 익명 오픈채팅 | 익명 참여자 | unknown
tg6 100d tg | t.me/example_room_1_backup | threat 2차피해 | @shadow_demo | shadow lawyer
T Post saying "she reported us", with my university again
D A pinned message said I had reported the room and repeated my university. No new images.
L https://t.me/example_room_1_backup/41 | 공지 | @shadow_demo | online
N 김지원 변호사님께 캡처 전달함. 유포협박 부분도 고소장에 넣기로 했어요.
web3 90d web | blog.example.com | 2차피해 | | activist
T 사건을 요약한 블로그 글에 제 이름이 나왔어요
D 텔레그램 합성방 사건을 다룬 글이었는데 제 이름(성 빼고)이 적혀 있었어요. 사진은 없었어요.
L https://blog.example.com/posts/deepfake-room | 텔레그램 합성방 정리 | blog owner | online
N 다은 님이 블로그 운영자에게 수정 요청을 해 보겠다고 했어요.
x4 75t x | X DM | scam deletion-service | @clean_service_demo |
T Paid "deletion service" contacted me
D An account offering to delete the images for a fee sent me a DM. I did not reply or pay.
  The counsellor said deletion support from the centre is free.
tg7 70d..55d tg | 3 channels (see links) | re-upload 재유포 | | dsc
T 모니터링 결과 채널 세 곳에서 추가로 발견됐어요
D 디성센터 모니터링 보고서에 따르면 이 기간에 채널 세 곳에서 같은 이미지가 발견됐어요.
L https://t.me/example_channel_a/301 | | | removed
L https://t.me/example_channel_b/77 | | | removed
L https://t.me/example_channel_c/9 | | | unknown
ig5 40t ig | Instagram DM | threat 유포협박 | @night_demo_22 | shadow
T New message request with the same wording as before
D Almost the same sentences as the @shadow_demo message. I saved it and blocked the account.
web4 25d web | search.example.com | search-result | | dsc
T 검색 결과에 미러 페이지 제목이 남아 있어요
D 페이지는 지워졌지만 검색 결과에 제목과 제 이름이 아직 보여요. 검색 결과 삭제도 문의하려고 해요.
L https://search.example.com/?q=example | ○○대 새내기 사진 | | unknown
tg8 12t tg | t.me/example_room_1_backup | re-upload 재유포 | @shadow_demo | shadow dsc
T New upload in the backup room
D One new synthesised image from the same profile photo; about {big} views when I saw it.
L https://t.me/example_room_1_backup/58 | | @shadow_demo | online
und1 - off | 고등학교 동창 모임 | 2차피해 | |
T 동창 모임에서 누가 그 방 이야기를 했어요
D 언제였는지 기억이 안 나요. 한 동창이 "그 방 봤냐"고 말하는 걸 들었어요.
und2 - tg | unknown room | deepfake | | witness
T Screenshot of a room list with my photo as thumbnail
D 민서가 예전에 받은 캡처인데 날짜가 없어요. A room list where one thumbnail is my photo.
"""

# due(days, +/-, optional @HH:MM) incident done(x/-) | title
_DEADLINES = """
-262 x1 x | X 이의신청 기한
-200 tg1 x | 증거 목록 정리해서 변호사님께 보내기
-170 hc1 x | Ask building management to keep the CCTV (30-day limit)
-9 tg7 - | Send the new monitoring results to 김지원 변호사
N 아직 못 보냈어요. 보고서 PDF를 찾아야 해요.
+3@14:00 hc1 - | 경찰 진술 조사 (사이버수사팀, 신뢰관계인 동석)
N 다은 님이 같이 가기로 했어요.
+6 tg8 - | 디성센터에 새 URL 전달하기
+12@10:30 - - | Meeting with the lawyer: review the draft 고소장
+30 x3 - | 방심위 심의 결과 확인
"""

# kind status sent follow-up contact | incidents | reference ({y} year, {n} digits)
_REQUESTS = """
support_centre done -325 -300 dsc | tg1 tg2 | 디성센터-{y}-{n}
S 1366 상담 후 디성센터 삭제지원 신청
N 상담원: 이하늘. 첫 통화 약 40분.
takedown done -280 -265 dsc | tg3 web1 | DEL-{n}
S 삭제지원: 텔레그램 아카이브 방과 게시판 미러
takedown refused -285 -270 xsafety | x1 | X-{n}
S Report: non-consensual synthetic image
N Reply said no violation was found. The counsellor suggested asking 방심위.
takedown done -256 - - | ig3 | IG-{n}
S Instagram impersonation report
takedown acknowledged -165 +4 kcsc | x1 x3 | 방심위-{y}-{n}
S 방심위 심의 요청 (접속차단, 시정요구)
police_report acknowledged -180 +10 police | tg1 tg2 ig2 hc1 | ECRM-{y}-{n}
S 사이버범죄 신고시스템(ECRM) 신고
N 접수번호 받았어요. 담당: 박도윤 경위.
police_report draft - +12 lawyer | tg1 tg2 tg5 ig2 tg6 | 초안 v3
S 고소장 초안 (허위영상물 반포, 유포협박)
other done -185 -175 mgmt | hc1 | 관리-{n}
S CCTV 영상 보존 요청
takedown sent -10 +8 tgabuse | tg5 tg8 | TG-{n}
S Report to Telegram: backup room re-uploads
support_centre sent -20 +9 dsc | tg7 tg8 web4 | 디성센터-{y}-{n}
S 추가 URL 모니터링 및 검색 결과 삭제 요청
other draft - - activist | |
S Ask 다은 to come with me to the police interview
"""


@dataclass
class _Row:
    head: list[str]
    lines: dict[str, list[str]] = field(default_factory=dict)

    def get(self, prefix: str) -> str:
        return self.lines.get(prefix, [""])[0]

    def words(self, index: int) -> list[str]:
        return self.head[index].split() if index < len(self.head) else []


def _rows(table: str) -> list[_Row]:
    """Head lines (`a | b | c`), `X text` lines under them, indented continuation lines."""
    rows: list[_Row] = []
    prefix = ""
    for line in table.strip("\n").splitlines():
        if line.startswith(" "):
            rows[-1].lines[prefix][-1] += " " + line.strip()
        elif len(line) > 1 and line[0].isupper() and line[1] == " ":
            prefix = line[0]
            rows[-1].lines.setdefault(prefix, []).append(line[2:].strip())
        else:
            rows.append(_Row([part.strip() for part in line.split("|")]))
    return rows


class _Demo:
    """Adds the tables to one journal; keeps the ids it was given, by key."""

    def __init__(self, journal: Journal, today: date, seed: int) -> None:
        self.journal, self.today, self.rng = journal, today, random.Random(seed)
        self.contacts: dict[str, int] = {}
        self.incidents: dict[str, int] = {}

    def day(self, offset: str) -> date | None:
        return None if offset == "-" else self.today + timedelta(days=int(offset))

    def when(self, spec: str) -> tuple[When | None, date | None]:
        """`330t`, `360m`, `215d..205d` (days ago; month, day, day and time) or `-` (undated)
        as a When, moved a few days either way, and the day it starts."""
        if spec == "-":
            return None, None
        shift = self.rng.randint(-3, 3)
        moments: list[Moment] = []
        for part in spec.split(".."):
            day = self.today - timedelta(days=int(part[:-1]) + shift)
            if part[-1] == "t":
                time = (self.rng.randint(8, 23), self.rng.randrange(0, 60, 5))
                moments.append(Moment(day.year, day.month, day.day, *time))
            else:
                moments.append(Moment(day.year, day.month, day.day if part[-1] == "d" else None))
        start = self.today - timedelta(days=int(spec.split("..")[0][:-1]) + shift)
        return When(*moments), start

    def links(self, row: _Row, start: date | None) -> tuple[Link, ...]:
        links: list[Link] = []
        for text in row.lines.get("L", []):
            url, title, uploader, status = (part.strip() for part in text.split("|"))
            found = start and min(self.today, start + timedelta(days=self.rng.randint(0, 3)))
            checked = None
            if status != LinkStatus.UNKNOWN:
                checked = self.today - timedelta(days=self.rng.randint(1, 20))
                checked = max(found, checked) if found else checked
            links.append(Link(url, title, uploader, found, LinkStatus(status), checked))
        return tuple(links)

    def add_contacts(self) -> None:
        for row in _rows(_CONTACTS):
            key, role = row.words(0)
            private = ContactRole(role) in (ContactRole.SUSPECT, ContactRole.PLATFORM)
            contact = Contact(
                name=row.head[1],
                role=ContactRole(role),
                organisation=row.head[2],
                phone="" if private else f"010-0000-{self.rng.randint(1000, 9999)}",
                email=row.head[3],
                handles=tuple(h.strip() for h in row.get("H").split(",") if h.strip()),
                note=row.get("N"),
            )
            self.contacts[key] = self.journal.add_contact(contact).id

    def add_incidents(self) -> None:
        for row in _rows(_INCIDENTS):
            key, spec, platform = row.words(0)
            when, start = self.when(spec)
            counts = {"n": self.rng.randint(4, 30), "big": self.rng.randint(12, 90) * 10}
            incident = Incident(
                title=row.get("T"),
                when=when,
                platform=_PLATFORMS[platform],
                place=row.head[1],
                links=self.links(row, start),
                handles=tuple(row.words(3)),
                tags=tuple(row.words(2)),
                description=row.get("D").format(**counts),
                note=row.get("N"),
                contact_ids=tuple(self.contacts[c] for c in row.words(4)),
            )
            self.incidents[key] = self.journal.add_incident(incident).id

    def add_deadlines(self) -> None:
        for row in _rows(_DEADLINES):
            due, incident, done = row.words(0)
            offset, _, time = due.partition("@")
            day = self.today + timedelta(days=int(offset))
            hour, minute = (int(n) for n in time.split(":")) if time else (None, None)
            deadline = Deadline(
                title=row.head[1],
                due=Moment(day.year, day.month, day.day, hour, minute),
                incident_id=self.incidents.get(incident),
                done=done == "x",
                note=row.get("N"),
            )
            self.journal.add_deadline(deadline)

    def add_requests(self) -> None:
        for row in _rows(_REQUESTS):
            kind, status, sent, follow_up, contact = row.words(0)
            sent_on = self.day(sent)
            year = (sent_on or self.today).year
            request = Request(
                kind=RequestKind(kind),
                subject=row.get("S"),
                sent_on=sent_on,
                contact_id=self.contacts.get(contact),
                reference=row.head[2].format(y=year, n=self.rng.randint(10000, 99999)),
                status=RequestStatus(status),
                follow_up_on=self.day(follow_up),
                incident_ids=tuple(self.incidents[i] for i in row.words(1)),
                note=row.get("N"),
            )
            self.journal.add_request(request)


def fill_demo(journal: Journal, today: date, seed: int = 7) -> None:
    """Fill an empty case with an invented example case, for trying Quietcase and screenshots.

    About thirty incidents over the twelve months before `today` (Telegram deepfake rooms and
    their re-uploads on X, websites, KakaoTalk, Instagram, Discord, and a hidden-camera
    incident in person), at every date precision, with links, handles and tags; a contact for
    every role; deadlines that are done, overdue and coming up; and requests of every kind and
    status. All names, handles, numbers and addresses are made up (010-0000-…, example.org).

    Dates are counted back from `today`, so the demo always looks current; small variations
    (a few days either way, times, counts, reference numbers) come from `random.Random(seed)`,
    so the same `today` and `seed` always give the same case. Everything is written in one
    transaction: if anything fails, the case is left as it was.

    Raises `UserError` if the case already holds anything, so real records never mix with
    the example.
    """
    if not journal.is_empty():
        raise UserError(NOT_EMPTY)
    demo = _Demo(journal, today, seed)
    with journal.transaction():
        demo.add_contacts()
        demo.add_incidents()
        demo.add_deadlines()
        demo.add_requests()
