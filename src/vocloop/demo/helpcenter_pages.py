"""The demo brand's help pages: a kettle, a charger and a desk in en/de/ja, with step pictures."""
# ruff: noqa: E501  (guide texts read best one per line; Japanese uses full-width marks)

from __future__ import annotations

import io
from typing import Any

from PIL import Image, ImageDraw
from sqlalchemy.orm import Session

from vocloop.store.models import Brand
from vocloop.support.helpcenter import add_help_media, read_document, save_help_content

_EDITOR = "demo"


def step_picture(kind: str, number: int) -> bytes:
    """A simple line drawing for a step: a box (the product) and an arrow to the next part."""
    image = Image.new("RGB", (640, 360), (244, 246, 248))
    draw = ImageDraw.Draw(image)
    blue, grey = (10, 88, 202), (91, 100, 105)
    if kind == "desk":  # the part a step is about is drawn in blue
        colour = {part: blue if part == number else grey for part in (1, 2, 3)}
        if number == 1:
            draw.rectangle((120, 110, 520, 140), outline=colour[1], width=6)  # parts laid out
            draw.rectangle((120, 170, 300, 190), outline=grey, width=5)
            draw.rectangle((340, 170, 520, 190), outline=grey, width=5)
            draw.rectangle((200, 220, 440, 300), outline=grey, width=4)
        else:
            draw.rectangle((120, 120, 520, 150), outline=grey, width=6)  # the top
            for x in (140, 480):
                draw.rectangle((x, 150, x + 20, 300), outline=colour[2], width=5)
            if number == 3:
                draw.rectangle((360, 180, 480, 260), outline=colour[3], width=5)  # the shelf
    elif kind == "kettle":
        draw.rounded_rectangle((220, 90, 400, 290), radius=30, outline=blue, width=6)
        draw.arc((390, 130, 470, 250), 270, 90, fill=blue, width=6)
        draw.rectangle((190, 290, 430, 310), outline=grey, width=5)  # the base
    else:
        draw.rounded_rectangle((250, 110, 390, 250), radius=18, outline=blue, width=6)
        draw.line((320, 250, 320, 320), fill=grey, width=6)  # the cable
    draw.ellipse((24, 24, 88, 88), fill=blue)
    draw.text((48, 42), str(number), fill=(255, 255, 255), font_size=30)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _kettle(pictures: list[str]) -> dict[str, dict[str, Any]]:
    return {
        "en": {
            "title": "Electric kettle 1.7 L: quick start",
            "intro": "Three steps before the first cup, and what to do when the light stays off.",
            "steps": [
                {
                    "title": "Rinse once",
                    "text": "Fill to MAX, boil, and pour the water away. This removes any smell from production.",
                    "image": pictures[0],
                },
                {
                    "title": "Seat the kettle on the base",
                    "text": "Press down until you hear a click; the blue light shows it is heating.",
                    "image": pictures[1],
                },
                {
                    "title": "Descale every month",
                    "text": "In hard-water areas boil half water, half white vinegar, leave one hour, rinse twice.",
                },
            ],
            "video_url": "https://video.homely.example/kettle-start",
            "troubleshooting": [
                {
                    "problem": "The light stays off",
                    "fix": "Check that the base plug is fully in the socket and the kettle sits flat on the base.",
                },
                {
                    "problem": "It switches off before boiling",
                    "fix": "Limescale on the sensor: descale as in step 3.",
                },
            ],
            "faq": [
                {
                    "question": "Can I boil milk?",
                    "answer": "No. The kettle is made for water only; milk burns on the element.",
                },
                {
                    "question": "Is the inside plastic?",
                    "answer": "No, everything that touches water is stainless steel.",
                },
            ],
        },
        "de": {
            "title": "Wasserkocher 1,7 L: Schnellstart",
            "intro": "Drei Schritte vor der ersten Tasse, und was tun, wenn die Lampe aus bleibt.",
            "steps": [
                {
                    "title": "Einmal ausspülen",
                    "text": "Bis MAX füllen, aufkochen und das Wasser weggießen. So verschwindet der Geruch aus der Herstellung.",
                    "image": pictures[0],
                },
                {
                    "title": "Auf den Sockel setzen",
                    "text": "Andrücken, bis es klickt; die blaue Lampe zeigt, dass er heizt.",
                    "image": pictures[1],
                },
                {
                    "title": "Monatlich entkalken",
                    "text": "Bei hartem Wasser halb Wasser, halb Essig aufkochen, eine Stunde stehen lassen, zweimal ausspülen.",
                },
            ],
            "troubleshooting": [
                {
                    "problem": "Die Lampe bleibt aus",
                    "fix": "Prüfen Sie, ob der Stecker ganz in der Steckdose steckt und der Kocher gerade auf dem Sockel sitzt.",
                },
            ],
            "faq": [
                {
                    "question": "Kann ich Milch erhitzen?",
                    "answer": "Nein. Der Wasserkocher ist nur für Wasser gemacht.",
                },
            ],
        },
    }


def _charger(pictures: list[str]) -> dict[str, dict[str, Any]]:
    return {
        "en": {
            "title": "20W USB-C charger: getting full speed",
            "intro": "Fast charging needs a USB-C cable on both ends and a phone that supports USB Power Delivery.",
            "steps": [
                {
                    "title": "Use a USB-C to USB-C cable",
                    "text": "A USB-A cable limits charging to 12W.",
                    "image": pictures[0],
                },
                {
                    "title": "Plug into a wall socket",
                    "text": "Extension strips with USB ports or switches can cut power; use the wall socket for the first test.",
                },
            ],
            "troubleshooting": [
                {
                    "problem": "The phone says 'slow charging'",
                    "fix": "Try another USB-C cable; worn cables often cannot carry 20W.",
                },
                {
                    "problem": "The charger gets warm",
                    "fix": "Warm is normal at full power. If it is too hot to hold, unplug it and contact us.",
                },
            ],
            "faq": [
                {
                    "question": "Does it work with iPhone?",
                    "answer": "Yes, iPhone 8 and newer charge fast with a USB-C to Lightning cable.",
                }
            ],
        },
        "de": {
            "title": "20W USB-C Ladegerät: volle Geschwindigkeit",
            "intro": "Schnellladen braucht ein Kabel mit USB-C an beiden Enden und ein Telefon mit USB Power Delivery.",
            "steps": [
                {
                    "title": "USB-C-auf-USB-C-Kabel verwenden",
                    "text": "Mit einem USB-A-Kabel sind höchstens 12W möglich.",
                    "image": pictures[0],
                },
                {
                    "title": "In die Wandsteckdose stecken",
                    "text": "Steckerleisten mit Schalter können die Leistung begrenzen; testen Sie zuerst an der Wand.",
                },
            ],
            "troubleshooting": [
                {
                    "problem": "Das Telefon meldet „langsames Laden“",
                    "fix": "Versuchen Sie ein anderes USB-C-Kabel; abgenutzte Kabel schaffen oft keine 20W.",
                },
            ],
        },
        "ja": {
            "title": "20W USB-C 急速充電器:フルスピードで充電するには",
            "intro": "急速充電には両端が USB-C のケーブルと、USB PD 対応のスマートフォンが必要です。",
            "steps": [
                {
                    "title": "USB-C to USB-C ケーブルを使う",
                    "text": "USB-A ケーブルでは最大 12W に制限されます。",
                    "image": pictures[0],
                },
                {
                    "title": "壁のコンセントに差し込む",
                    "text": "スイッチ付きの電源タップでは出力が下がることがあります。まず壁のコンセントでお試しください。",
                },
            ],
            "troubleshooting": [
                {
                    "problem": "「低速充電」と表示される",
                    "fix": "別の USB-C ケーブルをお試しください。劣化したケーブルは 20W に対応できないことがあります。",
                },
            ],
            "faq": [
                {
                    "question": "iPhone で使えますか?",
                    "answer": "はい。iPhone 8 以降は USB-C to Lightning ケーブルで急速充電できます。",
                }
            ],
        },
    }


def _desk(pictures: list[str]) -> dict[str, dict[str, Any]]:
    return {
        "en": {
            "title": "Computer desk 120 cm: assembly",
            "intro": "Two people, about 40 minutes, one Phillips screwdriver. Parts are numbered on their stickers.",
            "steps": [
                {
                    "title": "Lay out the parts",
                    "text": "Check the parts list on page 2 of the manual; bag A holds the long screws, bag B the short ones.",
                    "image": pictures[0],
                },
                {
                    "title": "Fix the legs to the top",
                    "text": "Use four long screws (A) per leg and tighten them only halfway.",
                    "image": pictures[1],
                },
                {
                    "title": "Add the shelf and tighten everything",
                    "text": "Slide the shelf in, fit the short screws (B), then tighten all screws fully.",
                    "image": pictures[2],
                },
            ],
            "video_url": "https://video.homely.example/desk-assembly",
            "troubleshooting": [
                {
                    "problem": "The desk wobbles",
                    "fix": "Loosen the leg screws, stand the desk on a flat floor, then tighten them again; turn the foot pads to level it.",
                },
                {
                    "problem": "A screw hole does not line up",
                    "fix": "Leave all screws half-tight until the shelf is in; the frame then aligns itself.",
                },
            ],
            "faq": [
                {
                    "question": "How much weight does it hold?",
                    "answer": "Up to 50 kg on the top and 15 kg on the shelf, spread evenly.",
                }
            ],
        },
        "de": {
            "title": "Computertisch 120 cm: Aufbau",
            "intro": "Zwei Personen, etwa 40 Minuten, ein Kreuzschlitzschraubendreher. Die Teile sind nummeriert.",
            "steps": [
                {
                    "title": "Teile auslegen",
                    "text": "Prüfen Sie die Teileliste auf Seite 2; Beutel A enthält die langen, Beutel B die kurzen Schrauben.",
                    "image": pictures[0],
                },
                {
                    "title": "Beine an der Platte befestigen",
                    "text": "Vier lange Schrauben (A) je Bein, nur halb anziehen.",
                    "image": pictures[1],
                },
                {
                    "title": "Ablage einsetzen und alles festziehen",
                    "text": "Ablage einschieben, kurze Schrauben (B) einsetzen, dann alle Schrauben fest anziehen.",
                    "image": pictures[2],
                },
            ],
            "troubleshooting": [
                {
                    "problem": "Der Tisch wackelt",
                    "fix": "Beinschrauben lösen, Tisch auf ebenen Boden stellen, wieder anziehen; mit den Fußkappen ausgleichen.",
                },
            ],
        },
        "ja": {
            "title": "パソコンデスク 幅120cm:組み立て方",
            "intro": "2 人で約 40 分、プラスドライバー 1 本で組み立てられます。部品にはシールで番号が付いています。",
            "steps": [
                {
                    "title": "部品を並べる",
                    "text": "説明書 2 ページの部品表をご確認ください。袋 A は長いネジ、袋 B は短いネジです。",
                    "image": pictures[0],
                },
                {
                    "title": "天板に脚を取り付ける",
                    "text": "脚 1 本につき長いネジ (A) を 4 本使い、半分だけ締めます。",
                    "image": pictures[1],
                },
                {
                    "title": "棚を入れて全体を締める",
                    "text": "棚を差し込み、短いネジ (B) を付けてから、すべてのネジをしっかり締めます。",
                    "image": pictures[2],
                },
            ],
            "troubleshooting": [
                {
                    "problem": "デスクがぐらつく",
                    "fix": "脚のネジをゆるめ、平らな床に置いてから締め直してください。アジャスターで高さを調整できます。",
                },
            ],
        },
    }


DEMO_GUIDES = (
    ("B0DEMOKT17", "kettle", 2, _kettle),
    ("B0DEMOCH20", "charger", 1, _charger),
    ("B0DEMODK12", "desk", 3, _desk),
)


def add_demo_help_pages(session: Session, *, tenant_id: int, brand: Brand) -> int:
    """Write the demo guides (pictures uploaded like an editor would); returns the pages made."""
    made = 0
    for asin, kind, count, pages in DEMO_GUIDES:
        names = [
            add_help_media(
                session,
                tenant_id=tenant_id,
                brand=brand,
                filename=f"{kind}-{n}.png",
                data=step_picture(kind, n),
            ).name
            for n in range(1, count + 1)
        ]
        for lang, data in pages(names).items():
            save_help_content(
                session,
                tenant_id=tenant_id,
                brand=brand,
                asin=asin,
                lang=lang,
                document=read_document(data, where=f"the demo page {asin}/{lang}"),
                editor=_EDITOR,
            )
            made += 1
    return made
