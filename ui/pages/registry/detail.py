"""Trainee detail form: field-by-field checks, confirmations, and stale-version conflicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError, ConflictError, ValidationError
from cmc_desktop.registry import rules
from cmc_desktop.registry.dto import TraineeDetail, TraineeInput
from cmc_desktop.registry.service import RegistryService
from cmc_desktop.security.permissions import Perm
from ui.errors import show_error
from ui.pages.registry.messages import rule_message

ERROR_STYLE = "color: #b3261e;"


class TraineeDialog(QDialog):
    def __init__(self, ctx: AppContext, trainee_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traineeDialog")
        self.ctx = ctx
        self.svc = ctx.service(RegistryService)
        self.health = ctx.actor.can(Perm.HEALTH_READ)
        self.can_edit = ctx.actor.can(Perm.REGISTRY_EDIT)
        self.detail: TraineeDetail | None = self.svc.get(trainee_id) if trainee_id is not None else None
        self.saved: TraineeDetail | None = None
        self.setWindowTitle(self.tr("Trainee %1").replace("%1", self.detail.matricule) if self.detail
                            else self.tr("New trainee"))
        self.resize(620, 720)

        outer = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("conflictBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fdecea; color: #8c1d18; padding: 6px; border-radius: 4px;")
        self.banner.hide()
        self.reload_btn = QPushButton(self.tr("&Reload"))
        self.reload_btn.setObjectName("reloadTrainee")
        self.reload_btn.hide()
        self.reload_btn.clicked.connect(self.reload)
        bl = QHBoxLayout()
        bl.addWidget(self.banner, 1)
        bl.addWidget(self.reload_btn)
        outer.addLayout(bl)

        holder = QWidget()
        self.form = QFormLayout(holder)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)

        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        opts = self.svc.filter_options()

        def line(name: str, label: str, check: Callable[[str], Any] | None = None, max_len: int = 120) -> QLineEdit:
            w = QLineEdit()
            w.setObjectName(f"field_{name}")
            w.setMaxLength(max_len)
            self._add(name, label, w)
            if check is not None:
                w.editingFinished.connect(lambda n=name, c=check, w=w: self._check(n, c, w.text()))
            return w

        self.matricule = line("matricule", self.tr("Matricule"), rules.normalise_matricule, 13)
        self.last_name = line("last_name", self.tr("Last name"),
                              lambda v: rules.normalise_latin_name(v, what="last name"), 80)
        self.first_name = line("first_name", self.tr("First name"),
                               lambda v: rules.normalise_latin_name(v, what="first name"), 80)
        self.last_name_ar = line("last_name_ar", self.tr("Last name (Arabic)"),
                                 lambda v: rules.normalise_arabic_name(v, what="Arabic last name"), 80)
        self.first_name_ar = line("first_name_ar", self.tr("First name (Arabic)"),
                                  lambda v: rules.normalise_arabic_name(v, what="Arabic first name"), 80)
        self.sex = QComboBox()
        self.sex.setObjectName("field_sex")
        self.sex.addItem(self.tr("Man (H)"), "H")
        self.sex.addItem(self.tr("Woman (F)"), "F")
        self._add("sex", self.tr("Sex"), self.sex)
        self.birth_date = line("birth_date", self.tr("Birth date (dd/mm/yyyy)"), self._check_birth, 19)
        self.cin = line("cin", self.tr("CIN"), rules.normalise_cin, 8)
        self.massar = line("massar", self.tr("Massar code"), rules.normalise_massar, 10)
        self.phone = line("phone", self.tr("Phone"), rules.normalise_phone, 16)
        self.email = line("email", self.tr("E-mail"), rules.normalise_email, 120)
        self.address = line("address", self.tr("Address"), None, 250)
        self.home_locality = line("home_locality", self.tr("Home locality"), None, 120)
        self.distance_km = line("distance_km", self.tr("Distance to the city (km)"), rules.normalise_distance, 8)
        self.remote_area = QCheckBox(self.tr("Remote or rural area"))
        self.remote_area.setObjectName("field_remote_area")
        self._add("remote_area", "", self.remote_area)
        self.guardian_name = line("guardian_name", self.tr("Guardian"), None, 120)
        self.guardian_phone = line("guardian_phone", self.tr("Guardian phone"),
                                   lambda v: rules.normalise_phone(v, what="guardian phone"), 16)
        self.special_needs = QPlainTextEdit()
        self.special_needs.setObjectName("field_special_needs")
        self.special_needs.setMaximumHeight(60)
        if self.health:
            self._add("special_needs", self.tr("Special needs (health data)"), self.special_needs)
        self.bridging = QCheckBox(self.tr("Bridging route (age limit 33)"))
        self.bridging.setObjectName("field_bridging")
        self._add("bridging", "", self.bridging)
        self.group = QComboBox()
        self.group.setObjectName("field_group_id")
        self.group.addItem("—", None)
        for o in opts.groups:
            self.group.addItem(str(o.label), o.id)
        self._add("group_id", self.tr("Group"), self.group)
        self.status = QComboBox()
        self.status.setObjectName("field_status")
        for s in opts.statuses:
            self.status.addItem(self._status_label(s), s)
        self._add("status", self.tr("Status"), self.status)
        photo_box = QWidget()
        pl = QHBoxLayout(photo_box)
        pl.setContentsMargins(0, 0, 0, 0)
        self.photo = QLabel(self.tr("No photo"))
        self.photo.setObjectName("traineePhoto")
        self.photo.setFixedSize(90, 110)
        self.photo.setStyleSheet("border: 1px solid #b8c2cc;")
        self.photo_btn = QPushButton(self.tr("Choose a &photo…"))
        self.photo_btn.setObjectName("choosePhoto")
        self.photo_btn.setEnabled(self.can_edit and self.detail is not None)
        self.photo_btn.clicked.connect(self.choose_photo)
        pl.addWidget(self.photo)
        pl.addWidget(self.photo_btn)
        pl.addStretch(1)
        self.form.addRow(self.tr("Photo"), photo_box)
        self.history = QLabel()
        self.history.setObjectName("enrolmentHistory")
        self.history.setWordWrap(True)
        self.form.addRow(self.tr("Enrolments"), self.history)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setObjectName("saveTrainee")
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.Save).setEnabled(self.can_edit)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._fill(self.detail)

    # --- building ------------------------------------------------------------------------
    def _status_label(self, status: str) -> str:
        return {"active": self.tr("active"), "suspended": self.tr("suspended"),
                "dropped": self.tr("dropped out"), "graduated": self.tr("graduated")}.get(status, status)

    def _add(self, name: str, label: str, widget: QWidget) -> None:
        widget.setEnabled(self.can_edit)
        if label:
            widget.setAccessibleName(label)
        err = QLabel()
        err.setObjectName(f"error_{name}")
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.hide()
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        v.addWidget(err)
        self.form.addRow(label, box)
        self.inputs[name] = widget
        self.errors[name] = err

    def _fill(self, d: TraineeDetail | None) -> None:
        def text(w: QLineEdit, value: Any) -> None:
            w.setText("" if value is None else str(value))

        if d is None:
            self.status.setCurrentIndex(max(0, self.status.findData("active")))
            self.history.setText(self.tr("None yet"))
            return
        for name in ("matricule", "last_name", "first_name", "last_name_ar", "first_name_ar", "cin", "massar",
                     "phone", "email", "address", "home_locality", "guardian_name", "guardian_phone"):
            text(getattr(self, name), getattr(d, name))
        self.birth_date.setText(d.birth_date.strftime("%d/%m/%Y"))
        self.distance_km.setText("" if d.distance_km is None else f"{d.distance_km:g}")
        self.sex.setCurrentIndex(max(0, self.sex.findData(d.sex)))
        self.remote_area.setChecked(d.remote_area)
        self.bridging.setChecked(d.bridging)
        self.special_needs.setPlainText(d.special_needs or "")
        self.group.setCurrentIndex(max(0, self.group.findData(d.group_id)))
        if self.group.findData(d.group_id) < 0 and d.group_code:
            self.group.addItem(d.group_code, d.group_id)
            self.group.setCurrentIndex(self.group.count() - 1)
        self.status.setCurrentIndex(max(0, self.status.findData(d.status or "active")))
        self._show_photo()
        self.history.setText("\n".join(
            f"{e.academic_year} · {e.group_code} · {e.programme_code} ({e.level}) · {self._status_label(e.status)}"
            f" · {e.status_since:%d/%m/%Y}" for e in d.enrolments) or self.tr("None yet"))
        for err in self.errors.values():
            err.hide()

    def _show_photo(self) -> None:
        data = self.svc.photo(self.detail.id) if self.detail is not None else None
        pix = QPixmap()
        if data and pix.loadFromData(data):
            self.photo.setPixmap(pix.scaled(self.photo.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation))
        else:
            self.photo.setText(self.tr("No photo"))

    def choose_photo(self, path: str | None = None) -> None:
        if self.detail is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                                  self.tr("Images (*.jpg *.jpeg *.png)"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
            self.svc.set_photo(self.detail.id, data, version=self.detail.version)
        except OSError as exc:
            self.banner.setText(str(exc))
            self.banner.show()
            return
        except ConflictError as exc:
            self.banner.setText(self.tr("Another desk saved this trainee first: %1").replace("%1", exc.message))
            self.banner.show()
            self.reload_btn.show()
            return
        except CmcError as exc:
            show_error(self, exc)
            return
        self.detail = self.svc.get(self.detail.id)
        self._show_photo()

    # --- checks ----------------------------------------------------------------------------
    def _check_birth(self, value: str) -> dt.date:
        day = rules.parse_date(value, what="birth date")
        rules.check_birth_date(day, self.ctx.clock.today())
        return day

    def rule_message(self, code: str, fallback: str) -> str:
        """The desk's own sentence for a rule (translated); the core's English text otherwise."""
        return rule_message(code, fallback)

    def _check(self, name: str, check: Callable[[str], Any], value: str) -> bool:
        try:
            check(value)
        except rules.RuleError as exc:
            self._show_error(name, self.rule_message(exc.code, str(exc)))
            return False
        self.errors[name].hide()
        return True

    def _show_error(self, name: str, message: str) -> None:
        label = self.errors.get(name)
        if label is None:
            label = self.errors["matricule"]
        label.setText(message)
        label.show()

    def values(self) -> TraineeInput:
        return TraineeInput(
            matricule=self.matricule.text(), last_name=self.last_name.text(), first_name=self.first_name.text(),
            sex=self.sex.currentData(), birth_date=self.birth_date.text(), group_id=self.group.currentData(),
            cin=self.cin.text(), massar=self.massar.text(), last_name_ar=self.last_name_ar.text(),
            first_name_ar=self.first_name_ar.text(), phone=self.phone.text(), email=self.email.text(),
            address=self.address.text(), home_locality=self.home_locality.text(),
            distance_km=self.distance_km.text(), remote_area=self.remote_area.isChecked(),
            guardian_name=self.guardian_name.text(), guardian_phone=self.guardian_phone.text(),
            special_needs=self.special_needs.toPlainText() if self.health else None,
            bridging=self.bridging.isChecked(), status=self.status.currentData())

    # --- saving ----------------------------------------------------------------------------
    def save(self, confirmed: frozenset[str] = frozenset()) -> bool:
        for err in self.errors.values():
            err.hide()
        d = self.detail
        try:
            self.saved = self.svc.save(self.values(), trainee_id=d.id if d else None, version=d.version if d else None,
                                       confirmed=confirmed)
        except ValidationError as exc:
            if exc.code == "needs_confirmation":
                answer = QMessageBox.question(
                    self, self.tr("Please confirm"),
                    self.tr("Save anyway?") + "\n\n" + "\n".join(f"• {m}" for _k, m in exc.errors))
                if answer == QMessageBox.Yes:
                    return self.save(confirmed | {k for k, _ in exc.errors})
                return False
            codes = exc.params.get("field_codes", {})
            for name, message in exc.errors:
                self._show_error(name, self.rule_message(codes.get(name, ""), message))
            if not exc.errors:
                show_error(self, exc)
            return False
        except ConflictError as exc:
            self.banner.setText(self.tr("Another desk saved this trainee first: %1").replace("%1", exc.message))
            self.banner.show()
            self.reload_btn.show()
            return False
        except CmcError as exc:
            show_error(self, exc)
            return False
        self._warn_library_dues(d.status if d else None)
        self.accept()
        return True

    def _warn_library_dues(self, old_status: str | None) -> None:
        """Graduation or leaving is a "no dues" moment: say what the library still lends them."""
        new = self.saved.status if self.saved else None
        if new == old_status or new not in ("graduated", "dropped"):
            return
        from cmc_desktop.library.service import trainee_items_out

        items = trainee_items_out(self.svc.ctx, self.saved.id)
        if items:
            QMessageBox.warning(self, self.tr("Library items still on loan"),
                                self.tr("%1 still has %2 media-library item(s) on loan. Ask for them back "
                                        "before the no-dues clearance.")
                                .replace("%1", f"{self.saved.last_name} {self.saved.first_name}")
                                .replace("%2", str(items)))

    def reload(self) -> None:
        if self.detail is None:
            return
        self.detail = self.svc.get(self.detail.id)
        self._fill(self.detail)
        self.banner.hide()
        self.reload_btn.hide()
