"""A measured effect in one sentence, in English or Chinese (the CLI and the weekly report)."""

from __future__ import annotations

from typing import Protocol

from vocloop.i18n import translate


class EffectLike(Protocol):
    @property
    def status(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def before(self) -> float | None: ...
    @property
    def after(self) -> float | None: ...
    @property
    def effect(self) -> float | None: ...
    @property
    def interval90(self) -> tuple[float, float] | None: ...
    @property
    def weeks_needed(self) -> float | None: ...


def effect_sentence(effect: EffectLike, lang: str, controls: int) -> str:
    """Before, after, the change beyond `controls` comparable ASINs with its 90% interval, and
    the verdict; or the honest "not enough data yet, about N more weeks"."""
    stars = effect.unit == "stars"

    def value(number: float | None) -> str:
        if number is None:
            return "-"
        return f"{number:.2f}★" if stars else f"{100 * number:.1f}%"

    def change(number: float) -> str:
        return f"{number:+.2f}" if stars else f"{100 * number:+.1f}"

    weeks = f"{effect.weeks_needed:.0f}" if effect.weeks_needed is not None else "?"
    if effect.status == "no_data":
        return translate("actions.no_data", lang)
    if effect.effect is None or effect.interval90 is None:
        return translate("actions.collecting", lang, before=value(effect.before), weeks=weeks)
    low, high = effect.interval90
    line = translate(
        "actions.effect_stars" if stars else "actions.effect",
        lang,
        before=value(effect.before),
        after=value(effect.after),
        effect=change(effect.effect),
        low=change(low),
        high=change(high),
        controls=controls,
    )
    verdict = translate(f"actions.status.{effect.status}", lang)
    if effect.status == "collecting" and effect.weeks_needed is not None:
        verdict += " " + translate("actions.more_weeks", lang, weeks=weeks)
    return f"{line} {verdict}"
