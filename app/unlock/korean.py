"""What a guesser tries first in Korean, for the passphrase strength hint.

Two things the English-only dictionaries of zxcvbn miss:
- common Korean words and phrases (사랑해요, 비밀번호, 대한민국...), in Hangul, in the keys
  they are typed with on the usual Korean keyboard (두벌식: 사랑해 is `tkfkdgo`, what appears
  when she types it with the keyboard left in English mode), and romanised (saranghae);
- Hangul typed along the keyboard (ㅂㅈㄷㄱ is `qwer`), which the keyboard-pattern matcher finds
  once the Hangul is turned back into the keys that typed it (`typed_keys`).

The words are ordered roughly from most to least common: the rank is the number of guesses.
"""

from __future__ import annotations

import unicodedata

# 두벌식 (KS X 5002): the key for each jamo. Shifted keys are upper case.
_INITIALS = ["r", "R", "s", "e", "E", "f", "a", "q", "Q", "t", "T", "d", "w", "W", "c", "z", "x"]
_INITIALS += ["v", "g"]
_VOWELS = ["k", "o", "i", "O", "j", "p", "u", "P", "h", "hk", "ho", "hl", "y", "n", "nj", "np"]
_VOWELS += ["nl", "b", "m", "ml", "l"]
_FINALS = ["", "r", "R", "rt", "s", "sw", "sg", "e", "f", "fr", "fa", "fq", "ft", "fx", "fv"]
_FINALS += ["fg", "a", "q", "qt", "t", "T", "d", "w", "c", "z", "x", "v", "g"]
# Compatibility jamo (ㄱ U+3131 ... ㅣ U+3163), as typed alone: consonants, then vowels.
_LONE = ["r", "R", "rt", "s", "sw", "sg", "e", "E", "f", "fr", "fa", "fq", "ft", "fx", "fv"]
_LONE += ["fg", "a", "q", "Q", "qt", "t", "T", "d", "w", "W", "c", "z", "x", "v", "g", *_VOWELS]

_FIRST_SYLLABLE, _LAST_SYLLABLE = 0xAC00, 0xD7A3
_FIRST_LONE = 0x3131


def has_hangul(text: str) -> bool:
    return any(
        _FIRST_SYLLABLE <= ord(c) <= _LAST_SYLLABLE
        or 0x1100 <= ord(c) <= 0x11FF
        or _FIRST_LONE <= ord(c) < _FIRST_LONE + len(_LONE)
        for c in text
    )


def typed_keys(text: str) -> str:
    """The keys that type `text` on a 두벌식 keyboard; anything but Hangul is kept as it is."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        code = ord(char)
        if _FIRST_SYLLABLE <= code <= _LAST_SYLLABLE:
            index = code - _FIRST_SYLLABLE
            out.append(_INITIALS[index // 588] + _VOWELS[index % 588 // 28] + _FINALS[index % 28])
        elif _FIRST_LONE <= code < _FIRST_LONE + len(_LONE):
            out.append(_LONE[code - _FIRST_LONE])
        else:
            out.append(char)
    return "".join(out)


WORDS = """
사랑해 사랑 사랑해요 비밀번호 비번 대한민국 사랑합니다 안녕 안녕하세요 행복 자기야 여보 사랑아
내사랑 보고싶어 영원히 하늘 우리 우리집 가족 엄마 아빠 친구 오빠 언니 누나 형 동생 애기 자기
공주 왕자 천사 고양이 강아지 토끼 곰돌이 호랑이 서울 부산 대구 인천 광주 대전 울산 제주 제주도
한국 코리아 삼성 카카오 네이버 김치 치킨 라면 사과 딸기 바나나 커피 초코 행복해 행복하자 영원
영원한사랑 첫사랑 나의사랑 우리사랑 당신 너 나 보고싶다 미안해 고마워 좋아해 좋아 최고 짱 대박
화이팅 파이팅 힘내 감사합니다 고맙습니다 하나 하나둘셋 일이삼사 일이삼사오육칠팔구십 가나다
가나다라 가나다라마 가나다라마바사 가나다라마바사아자차카타파하 아자아자 홍길동 철수 영희
ㅋㅋㅋ ㅋㅋㅋㅋ ㅎㅎㅎ ㅎㅎ ㅠㅠ ㄱㄴㄷ ㄱㄴㄷㄹ ㄱㄴㄷㄹㅁㅂㅅ ㅏㅑㅓㅕ ㅏㅑㅓㅕㅗㅛㅜㅠㅡㅣ 암호
패스워드 비밀 로그인 관리자 컴퓨터 인터넷 학교 회사 생일 결혼 기념일 축하 새해 봄 여름 가을
겨울 빨강 파랑 노랑 하양 검정 무지개 햇살 구름 바람 눈 비 별 달 해 꽃 나무 바다 산 건강 돈
부자 성공 희망 꿈 미래 자유 평화 진실 믿음 소망 하나님 예수 주님 아멘 할렐루야 한글 세종대왕
태극기 무궁화 독도 축구 야구 손흥민 박지성 김연아 방탄 방탄소년단 엑소 빅뱅 소녀시대 블랙핑크
트와이스 아이유 뉴진스 귀요미 귀여워 예뻐 이뻐 멋있어 바보 멍청이 개 쥐 돼지 뽀뽀 키스 하트
김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍 민준 서연 지훈 지민 수빈 민지 지은
현우 서준 하은 지우 예은 유진 수진 은지 혜진 민수 영수 지영 지현 수연 미영 은영 정희 영호
"""

ROMANISED = """
saranghae saranghaeyo sarang saranghamnida annyeong annyeonghaseyo daehanminguk hanguk korea
seoul busan daegu incheon jeju oppa unni eonni noona nuna hyung hyeong dongsaeng jagiya jagi
yeobo aegi gongju wangja cheonsa haneul bada gajok eomma umma appa chingu kimchi bibimbap
hwaiting paiting fighting daebak jjang bogosipeo bogoshipeo gomawo mianhae gamsahamnida
kamsahamnida saengil haengbok bimil bimilbeonho bimilbunho amho yeongwonhi uri urijip
sonheungmin bangtan kim lee park choi jung jeong kang cho jo yoon yun jang lim im han oh seo
shin kwon hwang ahn song ryu hong minjun seoyeon jihun jimin subin minji jieun hyunwoo seojun
haeun jiwoo yeeun yujin sujin eunji hyejin minsu younghee cheolsu youngsu jiyoung jihyun
"""


def ranked_words() -> list[str]:
    """Every word in the three forms a guesser would try (Hangul, 두벌식 keys, romanised), most
    common first, in lower case as zxcvbn's dictionaries are."""
    seen: dict[str, None] = {}
    for word in WORDS.split():
        seen.setdefault(word, None)
        seen.setdefault(typed_keys(word).lower(), None)
    for word in ROMANISED.split():
        seen.setdefault(word, None)
    return list(seen)
