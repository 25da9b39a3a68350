"""A problem found while checking a data file: where it is and what was expected."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in one file, phrased for the person who has to fix it.

    ``key`` is the dotted path of the setting (``phones.0.number``), empty for problems
    with the file as a whole; ``line`` is 1-based, ``None`` when it is not known.
    """

    file: str
    key: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"
