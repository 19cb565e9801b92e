"""Access keys (Alt+letter) that never clash, in every language.

Qt resolves an Alt+letter shared by two visible widgets by moving the focus between them
(Alt+C "toggles between two widgets") and a letter of the menu bar shared with a tab or a
button stops opening the menu (Alt+R opened the Directory tab, not Reports). Translations
choose their own letters, so the clashes differ per language: fixing strings one by one
does not hold. The rule here, applied to a window (or dialog) whenever what it shows
changes, is the one KDE's accelerator manager follows:

* the menu bar keeps its letters (Alt+R is Reports, Alt+P is Programme);
* then tab bars, then buttons, check boxes, group boxes and labels with a buddy, in
  the order they were built, keep the letter their text gives if no one took it, else
  get the first free letter of their text (a word's first letter first), else none;
* only ASCII letters and digits (an Alt+"ệ" cannot be typed on most keyboards).

``mnemonics(root)`` lists what is visible, for the tests.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

_MARK = re.compile(r"&(?!&)(.)")
_ORIGINAL = "_dp_access_original"
_ASSIGNED = "_dp_access_assigned"


def mnemonic_of(text: str) -> str | None:
    """The access key of ``text`` ("Di&rectory" -> "r"), or None; "&&" is a literal ampersand."""
    match = _MARK.search(text.replace("&&", "\x00\x00"))
    return match.group(1).casefold() if match else None


def _plain(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&&")


def _typeable(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _with_key(text: str, taken: set[str]) -> str:
    """``text`` with its own key if free and typeable, else the first free letter, else none."""
    own = mnemonic_of(text)
    if own is not None and _typeable(own) and own not in taken:
        taken.add(own)
        return text
    plain = _plain(text)
    positions = [i for i, ch in enumerate(plain) if _typeable(ch) and (i == 0 or not plain[i - 1].isalnum())]
    positions += [i for i, ch in enumerate(plain) if _typeable(ch) and i not in positions]
    for i in positions:
        if plain[i].casefold() not in taken:
            taken.add(plain[i].casefold())
            return plain[:i] + "&" + plain[i:]
    return plain


class _Item:
    """One text with an access key: how to read and write it."""

    def __init__(self, owner, key: object, get: Callable[[], str], put: Callable[[str], None]):
        self.owner, self.key, self.get, self.put = owner, key, get, put

    def original(self) -> str:
        """The text as the code (and the translation) set it last, not as this module changed it."""
        store = self.owner.property(_ORIGINAL) or {}
        assigned = self.owner.property(_ASSIGNED) or {}
        current = self.get()
        name = str(self.key)
        if assigned.get(name) != current:  # set anew by the code since: that is the original now
            store = dict(store)
            store[name] = current
            self.owner.setProperty(_ORIGINAL, store)
        return store.get(name, current)

    def assign(self, text: str) -> None:
        assigned = dict(self.owner.property(_ASSIGNED) or {})
        assigned[str(self.key)] = text
        self.owner.setProperty(_ASSIGNED, assigned)
        if self.get() != text:
            self.put(text)


def _items(root: QWidget) -> Iterator[_Item]:
    for bar in root.findChildren(QMenuBar):
        if bar.window() is root:
            for action in bar.actions():
                if action.isVisible():
                    yield _Item(action, "text", action.text, action.setText)
    widgets = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root) and w.window() is root]
    for bar in widgets:
        if isinstance(bar, QTabBar):
            for i in range(bar.count()):
                if bar.isTabVisible(i) and bar.isTabEnabled(i):
                    yield _Item(bar, f"tab{i}", lambda b=bar, i=i: b.tabText(i),
                                lambda t, b=bar, i=i: b.setTabText(i, t))
    for widget in widgets:
        if isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar):
            yield _Item(widget, "text", widget.text, widget.setText)
        elif isinstance(widget, QGroupBox):
            yield _Item(widget, "title", widget.title, widget.setTitle)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield _Item(widget, "text", widget.text, widget.setText)


def assign_access_keys(root: QWidget) -> None:
    """Give every visible text of ``root`` (a window or dialog) a unique access key (see above)."""
    taken: set[str] = set()
    for item in _items(root):
        original = item.original()
        if "&" not in original.replace("&&", ""):
            continue  # no access key meant (a list header, a count)
        item.assign(_with_key(original, taken))


def assign_menu_keys(menu) -> None:
    """The same rule inside one menu (a menu is its own scope): its items' keys unique."""
    taken: set[str] = set()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        item = _Item(action, "text", action.text, action.setText)
        original = item.original()
        if "&" in original.replace("&&", ""):
            item.assign(_with_key(original, taken))


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(key, text) of every visible access key of ``root``, menu bar first."""
    out = []
    for item in _items(root):
        key = mnemonic_of(item.get())
        if key is not None:
            out.append((key, item.get()))
    return out


__all__ = ["assign_access_keys", "assign_menu_keys", "mnemonic_of", "mnemonics"]
