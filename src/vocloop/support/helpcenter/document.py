"""The help-page document: its sections, their limits, and reading one from JSON or a form."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from vocloop.errors import UserError

MAX_ITEMS = 40
MAX_SHORT = 300
MAX_LONG = 4000
MEDIA_NAME = re.compile(r"[0-9a-f]{16}\.(?:png|jpg|webp|gif|pdf)")


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    image: str | None = None  # https URL or the name of an uploaded picture


@dataclass(frozen=True)
class Trouble:
    problem: str
    fix: str


@dataclass(frozen=True)
class Question:
    question: str
    answer: str


@dataclass(frozen=True)
class HelpDocument:
    """What a product's help page says in one language."""

    title: str = ""
    intro: str = ""
    steps: tuple[Step, ...] = ()
    video_url: str | None = None
    troubleshooting: tuple[Trouble, ...] = ()
    faq: tuple[Question, ...] = ()
    manual: str | None = None  # https URL or the name of an uploaded PDF

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["steps"] = [asdict(step) for step in self.steps]
        data["troubleshooting"] = [asdict(item) for item in self.troubleshooting]
        data["faq"] = [asdict(item) for item in self.faq]
        return data

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every buyer-visible text with where it sits ('steps.2.text'), for the policy check."""
        yield "title", self.title
        yield "intro", self.intro
        for number, step in enumerate(self.steps, 1):
            yield f"steps.{number}.title", step.title
            yield f"steps.{number}.text", step.text
        for number, trouble in enumerate(self.troubleshooting, 1):
            yield f"troubleshooting.{number}.problem", trouble.problem
            yield f"troubleshooting.{number}.fix", trouble.fix
        for number, question in enumerate(self.faq, 1):
            yield f"faq.{number}.question", question.question
            yield f"faq.{number}.answer", question.answer

    def media_names(self) -> set[str]:
        names = {step.image for step in self.steps} | {self.manual}
        return {name for name in names if name and MEDIA_NAME.fullmatch(name)}

    def is_empty(self) -> bool:
        return not any(text for _, text in self.texts()) and not (self.video_url or self.manual)


@dataclass
class _Reader:
    """Collects the first problem with its place, so the message says where to look."""

    where: str
    problems: list[str] = field(default_factory=list)

    def text(self, value: object, place: str, limit: int) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problems.append(f"{place} must be text")
            return ""
        value = value.replace("\r\n", "\n").strip()
        if len(value) > limit:
            self.problems.append(f"{place} is longer than {limit} characters")
        return value

    def link(self, value: object, place: str, *, media: bool) -> str | None:
        text = self.text(value, place, 500)
        if not text:
            return None
        if media and MEDIA_NAME.fullmatch(text):
            return text
        parts = urlsplit(text)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            self.problems.append(f"{place} '{text[:60]}' is not a web address (https://…)")
        return text

    def items(self, value: object, place: str) -> list[Mapping[str, Any]]:
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.problems.append(f"{place} must be a list of objects")
            return []
        if len(value) > MAX_ITEMS:
            self.problems.append(f"{place} has more than {MAX_ITEMS} entries")
        return value


def read_document(data: object, *, where: str = "the help page") -> HelpDocument:
    """A HelpDocument from plain data (JSON import, form); UserError naming the first problem."""
    reader = _Reader(where)
    if not isinstance(data, dict):
        raise UserError(f"{where} must be a JSON object with title, intro, steps, faq ….")
    known = {"title", "intro", "steps", "video_url", "troubleshooting", "faq", "manual"}
    unknown = sorted(set(data) - known)
    if unknown:
        reader.problems.append(f"'{unknown[0]}' is not a help-page section")
    steps = tuple(
        Step(
            title=reader.text(item.get("title"), f"steps.{n}.title", MAX_SHORT),
            text=reader.text(item.get("text"), f"steps.{n}.text", MAX_LONG),
            image=reader.link(item.get("image"), f"steps.{n}.image", media=True),
        )
        for n, item in enumerate(reader.items(data.get("steps"), "steps"), 1)
    )
    troubles = tuple(
        Trouble(
            problem=reader.text(item.get("problem"), f"troubleshooting.{n}.problem", MAX_SHORT),
            fix=reader.text(item.get("fix"), f"troubleshooting.{n}.fix", MAX_LONG),
        )
        for n, item in enumerate(reader.items(data.get("troubleshooting"), "troubleshooting"), 1)
    )
    faq = tuple(
        Question(
            question=reader.text(item.get("question"), f"faq.{n}.question", MAX_SHORT),
            answer=reader.text(item.get("answer"), f"faq.{n}.answer", MAX_LONG),
        )
        for n, item in enumerate(reader.items(data.get("faq"), "faq"), 1)
    )
    document = HelpDocument(
        title=reader.text(data.get("title"), "title", MAX_SHORT),
        intro=reader.text(data.get("intro"), "intro", MAX_LONG),
        steps=tuple(step for step in steps if step.title or step.text or step.image),
        video_url=reader.link(data.get("video_url"), "video_url", media=False),
        troubleshooting=tuple(item for item in troubles if item.problem or item.fix),
        faq=tuple(item for item in faq if item.question or item.answer),
        manual=reader.link(data.get("manual"), "manual", media=True),
    )
    if reader.problems:
        raise UserError(f"In {where}: {reader.problems[0]}.")
    return document
