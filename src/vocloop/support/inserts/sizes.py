"""Common insert card sizes a print shop takes, as data."""

from __future__ import annotations

from dataclasses import dataclass

from vocloop.errors import UserError


@dataclass(frozen=True)
class InsertSize:
    name: str
    width_mm: float
    height_mm: float
    label: str


INSERT_SIZES: tuple[InsertSize, ...] = (
    InsertSize("a6", 105.0, 148.0, "A6 (105 × 148 mm)"),
    InsertSize("a7", 74.0, 105.0, "A7 (74 × 105 mm)"),
    InsertSize("4x6in", 101.6, 152.4, "4 × 6 in (102 × 152 mm)"),
    InsertSize("3.5x5in", 88.9, 127.0, "3.5 × 5 in (89 × 127 mm)"),
)
SIZES_BY_NAME = {size.name: size for size in INSERT_SIZES}
DEFAULT_SIZE = "a6"


def get_insert_size(name: str) -> InsertSize:
    size = SIZES_BY_NAME.get(name.strip().lower())
    if size is None:
        names = ", ".join(SIZES_BY_NAME)
        raise UserError(f"'{name}' is not an insert size; use one of {names}.")
    return size
