"""The motorcade list as text lines (the CLI's ``motorcade`` and the window's Cars dialog): by day,
each transfer, each car (number, plate, driver, phone) and who rides where."""
from __future__ import annotations

from delegation_planner.reports.i18n import Labels

_WORDS = {
    "en": {"car": "Car", "driver": "driver", 1: "rear right", 2: "rear left", 3: "front", "empty": "(empty)",
           "none": "No transfer of this trip has cars yet."},
    "vi": {"car": "Xe", "driver": "lái xe", 1: "sau bên phải", 2: "sau bên trái", 3: "ghế trước", "empty": "(trống)",
           "none": "Chưa có chuyến di chuyển nào của đoàn được xếp xe."},
}


def motorcade_lines(transfers, lang: str = "en", visible=str) -> list[str]:
    """``visible``: how a stored text is shown (the CLI escapes control characters for the terminal)."""
    words, labels = _WORDS["vi" if lang == "vi" else "en"], Labels("vi" if lang == "vi" else "en")
    if not transfers:
        return [words["none"]]
    out: list[str] = []
    day = None
    for t in transfers:
        if t.day != day:
            day = t.day
            out += ["" if out else None, labels.day(day)]
        out.append(f"  {t.start_local}  {visible(t.title)}")
        for car in t.cars:
            v = car.vehicle
            details = ", ".join(x for x in (visible(v.plate), f"{words['driver']} {visible(v.driver)}" if v.driver
                                            else "", visible(v.phone)) if x)
            out.append(f"    {words['car']} {v.number}" + (f" ({details})" if details else ""))
            seated = [s for s in sorted(car.plan.seats, key=lambda s: s.number) if s.occupant]
            if not seated:
                out.append(f"      {words['empty']}")
            for s in seated:
                out.append(f"      {s.number}  {words[s.number]:<13} {visible(s.occupant.name)}")
    return [line for line in out if line is not None]


