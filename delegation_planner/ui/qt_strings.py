"""Qt's own button and menu texts, listed so that lupdate puts them in our .ts.

PySide6 wheels ship no ``qtbase_vi.qm``; without these, dialogs in the Vietnamese
interface would say "OK" / "Cancel" and text fields' context menus "Copy" / "Paste".
Qt looks these strings up in the contexts below at run time; this function is
never called, it only has to be read by lupdate.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _for_lupdate() -> None:  # pragma: no cover (never called)
    QCoreApplication.translate("QPlatformTheme", "OK")
    QCoreApplication.translate("QPlatformTheme", "Cancel")
    QCoreApplication.translate("QPlatformTheme", "&Yes")
    QCoreApplication.translate("QPlatformTheme", "&No")
    QCoreApplication.translate("QPlatformTheme", "Close")
    QCoreApplication.translate("QPlatformTheme", "Save")
    QCoreApplication.translate("QPlatformTheme", "Discard")
    QCoreApplication.translate("QPlatformTheme", "Apply")
    QCoreApplication.translate("QPlatformTheme", "Reset")
    QCoreApplication.translate("QPlatformTheme", "Help")
    QCoreApplication.translate("QPlatformTheme", "Open")
    QCoreApplication.translate("QPlatformTheme", "Abort")
    QCoreApplication.translate("QPlatformTheme", "Retry")
    QCoreApplication.translate("QPlatformTheme", "Ignore")
    QCoreApplication.translate("QMessageBox", "Show Details...")
    QCoreApplication.translate("QMessageBox", "Hide Details...")
    QCoreApplication.translate("QLineEdit", "&Undo")
    QCoreApplication.translate("QLineEdit", "&Redo")
    QCoreApplication.translate("QLineEdit", "Cu&t")
    QCoreApplication.translate("QLineEdit", "&Copy")
    QCoreApplication.translate("QLineEdit", "&Paste")
    QCoreApplication.translate("QLineEdit", "Delete")
    QCoreApplication.translate("QLineEdit", "Select All")
    QCoreApplication.translate("QWidgetTextControl", "&Undo")
    QCoreApplication.translate("QWidgetTextControl", "&Redo")
    QCoreApplication.translate("QWidgetTextControl", "Cu&t")
    QCoreApplication.translate("QWidgetTextControl", "&Copy")
    QCoreApplication.translate("QWidgetTextControl", "&Paste")
    QCoreApplication.translate("QWidgetTextControl", "Delete")
    QCoreApplication.translate("QWidgetTextControl", "Select All")
    QCoreApplication.translate("QWidgetTextControl", "Copy &Link Location")
