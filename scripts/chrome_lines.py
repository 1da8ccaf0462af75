#!/usr/bin/python3
"""Which chrome lines does newsclean keep? A probe, not a test.

Each candidate in scripts/chrome_lines/LANG.MODE.txt (one per line: a
caption, a button label, a credit, a list header) is put into a small
article written for this script, and the output is searched for it:

  body  a body copy (two paragraphs, as a portal crawler saves them): the
        candidate at the end, then between the paragraphs;
  page  a whole page (a <title>, a menu, the headline, a byline, six or
        five paragraphs, a list and a footer): the candidate between the
        story's paragraphs.

Prints KEPT for a candidate that stays and LOST for one whose article lost
a paragraph; nothing when all is well. Exit status 1 when anything printed.

usage: scripts/chrome_lines.py [--bin build/newsclean] [FILE ...]
       (default: every file in scripts/chrome_lines/)
"""
import argparse
import glob
import os
import subprocess
import sys

BODY = {
    "ko": "서울의 한 구청이 폭염 특보가 이어지자 건설 현장과 시장 주변에 야외노동자를 위한 이동식 쉼터를 20곳 더 설치하기로 했다. "
          "구청은 21일 이런 내용의 폭염 대책을 발표했다.",
    "ja": "北海道北見市で3日、市中心部と郊外の病院を結ぶ自動運転バスの試験運行が始まった。運転手不足が深刻になるなか、市は2027年度の本格運行を目指す。",
    "zh": "记者从市住房和城乡建设局获悉，今年以来，全市老旧小区加装电梯工作明显提速，截至9月底已完工并投入使用的电梯达到312部，超过去年全年总数。",
    "en": "The council voted on Tuesday to keep the late ferry to the islands running every night this winter, "
          "after more than two thousand residents signed a petition.",
    "de": "Der Gemeinderat hat am Dienstag beschlossen, die späte Fähre zu den Inseln auch im Winter jede Nacht fahren "
          "zu lassen, nachdem mehr als zweitausend Menschen unterschrieben hatten.",
    "fr": "Le conseil municipal a voté mardi le maintien du dernier bac vers les îles tous les soirs cet hiver, après "
          "une pétition signée par plus de deux mille habitants.",
    "es": "El ayuntamiento votó el martes mantener el último ferri a las islas todas las noches este invierno, después "
          "de que más de dos mil vecinos firmaran una petición.",
    "it": "Il consiglio comunale ha votato martedì per mantenere l'ultimo traghetto per le isole tutte le sere "
          "quest'inverno, dopo una petizione firmata da oltre duemila residenti.",
}

PAGE = {
    "en": ("Town keeps night ferry running through winter | Example Herald\n\nExample Herald\nHome\nNews\nSport\n"
           "Weather\nBusiness\nOpinion\nLogin\n\nTown keeps night ferry running through winter\n\nBy Jane Roe\n"
           "November 4, 2026\n\n",
           ["The council voted on Tuesday to keep the late ferry to the islands running every night this winter, "
            "after more than two thousand residents signed a petition against the planned cuts.",
            "The vote was close, with eleven councillors in favour and nine against, and it came after a three-hour "
            "debate in which several members said the town could not afford the extra crew.",
            "Supporters said the night boat was the only way for island nurses and care workers to get home after "
            "a late shift on the mainland hospital wards.",
            "The operator said it would need to hire four more deckhands and find a second skipper before the end "
            "of November, and that it had already started advertising.",
            "Its manager told the meeting that the company had been losing money on the late crossing for three "
            "winters in a row and could not carry the cost without help.",
            "A review of the service will be published in the spring, when councillors will decide whether to make "
            "the arrangement permanent."],
           "\n\nMost Read\nStorm warning issued for the coast\nNew cycle lane opens on the harbour road\n"
           "Fishing boat rescued off the point\n\nAbout us\nContact\nPrivacy policy\nTerms of use\n"
           "Copyright 2026 Example Herald. All rights reserved.\n"),
    "ko": ("폭염 속 야외노동자 쉼터 늘린다 : 사회 : 뉴스 : 예시일보\n\n예시일보\n로그인\n정치\n경제\n사회\n국제\n문화\n스포츠\n\n"
           "폭염 속 야외노동자 쉼터 늘린다\n\n등록 :2025-07-21 15:02\n김다은 기자\n\n",
           ["서울의 한 구청이 폭염 특보가 이어지자 건설 현장과 시장 주변에 야외노동자를 위한 이동식 쉼터를 20곳 더 설치하기로 했다.",
            "구청은 21일 이런 내용의 폭염 대책을 발표하고, 관내 공사 현장에 가장 더운 오후 2시부터 5시까지는 야외 작업을 자제해 달라고 권고했다.",
            "배달 노동자와 환경미화원도 쉼터를 이용할 수 있다. 구청 관계자는 위치 정보를 공개하겠다고 말했다.",
            "노동단체는 권고를 넘어 작업 중지를 의무화해야 한다고 주장한다. 한 건설노조 관계자는 현장 노동자가 책임을 떠안는다고 했다.",
            "구청은 다음 달 쉼터 이용 현황을 조사해 추가 설치 여부를 결정할 계획이다."],
           "\n\n많이 본 기사\n장마 끝나자 폭염 주말까지 35도\n버스 요금 내년부터 오른다\n\n회사소개\n개인정보처리방침\n"
           "ⓒ 예시일보 All rights reserved. 무단 전재 및 재배포 금지\n"),
    "ja": ("自動運転バスの試験運行始まる | 地域 | 例示新報\n\nメニュー\nログイン\nニュース\n地域\n政治\n経済\n国際\nスポーツ\n\n"
           "自動運転バスの試験運行始まる\n\n2025年10月3日 6:00\n\n",
           ["北海道北見市で3日、市中心部と郊外の病院を結ぶ自動運転バスの試験運行が始まった。運転手不足が深刻になるなか、市は2027年度の本格運行を目指す。",
            "バスは定員12人の小型車両で、約4キロの区間を1日6往復する。運転席には安全確保のため係員が乗る。",
            "初日は午前9時に市役所前を出発し、通院する高齢者ら8人が乗車した。市内に住む70代の女性は「揺れも少ない」と話した。",
            "市によると、市内の路線バスは過去5年で運転手が3割減り、減便が続いている。試験運行は来年3月までで、積雪時の走行データも集める。",
            "市交通政策課の担当者は「課題を一つずつ洗い出したい」と話している。"],
           "\n\nランキング\n物価高で給食費の値上げ相次ぐ\n初雪観測、平年より5日遅く\n\n利用規約\nプライバシーポリシー\n"
           "Copyright © Example Shimpo. All rights reserved.\n"),
    "zh": ("老旧小区加装电梯提速_新闻中心_例示网\n\n首页\n新闻\n财经\n科技\n汽车\n房产\n教育\n\n"
           "老旧小区加装电梯提速 今年已完工三百余部\n\n2025-10-14 08:30:12 来源：例示日报\n\n",
           ["记者从市住房和城乡建设局获悉，今年以来，全市老旧小区加装电梯工作明显提速，截至9月底已完工并投入使用的电梯达到312部。",
            "据介绍，加装电梯过去常因低层住户意见不一而难以推进。今年起，各街道普遍设立了协调小组。",
            "家住城东一处小区的退休工人刘师傅告诉记者，他家住在六楼，过去下楼买菜要歇好几次。",
            "市住建局相关负责人表示，每部电梯可获得最高20万元的财政补贴，审批时间也从原来的两个多月压缩到一个月以内。",
            "下一步，还将探索“以租代购”等模式，进一步减轻居民的出资负担。"],
           "\n\n热点推荐\n秋季流感高发 专家提醒及时接种疫苗\n地铁5号线南延段进入试运行阶段\n\n关于我们\n联系我们\n"
           "例示网版权所有 未经授权禁止转载\n"),
}


def clean(binary, text):
    return subprocess.run([binary], input=text, capture_output=True, text=True, check=True).stdout


def articles(lang, mode, candidate):
    """(the article's paragraphs, the article's text) for each position tried."""
    if mode == "body":
        first = BODY[lang]
        second = first.replace("2", "7").replace("3", "8")  # a second paragraph the duplicate detector leaves alone
        yield [first, second], f"{first}\n\n{second}\n\n{candidate}\n"
        yield [first, second], f"{first}\n\n{candidate}\n\n{second}\n"
    else:
        head, paragraphs, foot = PAGE[lang]
        yield paragraphs, head + "\n\n".join(paragraphs[:3] + [candidate] + paragraphs[3:]) + foot


def probe(binary, path):
    lang, mode = os.path.basename(path).split(".")[:2]
    problems = 0
    for candidate in open(path, encoding="utf-8").read().split("\n"):
        if not candidate:
            continue
        for paragraphs, text in articles(lang, mode, candidate):
            out = clean(binary, text)
            if any(p not in out for p in paragraphs):
                print(f"LOST {path}: {candidate}")
                problems += 1
            elif candidate.strip() in out.split("\n"):
                print(f"KEPT {path}: {candidate}")
                problems += 1
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(here, "..", "build", "newsclean"))
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or sorted(glob.glob(os.path.join(here, "chrome_lines", "*.txt")))
    problems = sum(probe(args.bin, f) for f in files)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
