"""Residence page: the room board (drag a resident to a free bed), applications with their
score breakdown, and the allocation preview then apply. Data comes from ResidenceService DTOs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmc_desktop.bootstrap import AppContext
from cmc_desktop.errors import CmcError
from cmc_desktop.residence import reports
from cmc_desktop.residence.dto import AllocationOutcome, ApplicationRow, BedCell, DecisionRow
from cmc_desktop.residence.service import DEFAULT_DEPOSIT, ResidenceService
from cmc_desktop.security.permissions import Perm
from ui.errors import show_error
from ui.models.lazy import Column, LazyIdModel
from ui.models.rows import RowsModel
from ui.pages.residence.dialogs import (
    CHECKLIST,
    BuildingDialog,
    CheckInDialog,
    CheckOutDialog,
    LeaveDialog,
    RoomDialog,
    item_label,
    pydate,
)
from ui.tasks import RUNNER
from ui.widgets.room_board import STATE_COLOURS, RoomBoard, state_label


def _t(text: str) -> str:
    return QCoreApplication.translate("Residence", text)


def status_label(status: str) -> str:
    return {"pending": _t("Pending"), "housed": _t("Housed"), "waitlisted": _t("Waitlisted"),
            "withdrawn": _t("Withdrawn")}.get(status, status)


def component_label(key: str) -> str:
    return {"distance": _t("Distance from home"), "remote": _t("Remote or rural area"),
            "social": _t("Social situation"), "minor": _t("Minor"), "accessibility": _t("Accessibility need"),
            "first_year": _t("First year of study")}.get(key, key)


def weight_label(key: str) -> str:
    return {"distance_per_10km": _t("Points per 10 km from home"),
            "distance_cap_km": _t("Distance counted up to (km)"),
            "remote": _t("Remote or rural area"),
            "social_per_point": _t("Points per social-situation point (0–10)"),
            "minor": _t("Minor (under 18)"), "accessibility": _t("Accessibility need"),
            "first_year": _t("First year of study")}.get(key, key)


def why_text(why: str, room: str, rank: int | None, position: int | None) -> str:
    """The decision's explanation in the desk's language (the core keeps the English one)."""
    housed = {
        "kept": _t("Already housed in room %1: kept"),
        "roommate": _t("Placed in room %1 with the requested roommate (mutual request)"),
        "group": _t("Placed in room %1 with trainees of the same group"),
        "programme": _t("Placed in room %1 with trainees of the same programme"),
        "best_free": _t("Placed in room %1, the first compatible free bed in priority order"),
    }
    waiting = {
        "no_bed_sex": _t("No free bed left in the wing for this sex (rank %1, waitlist position %2)"),
        "no_accessible_bed": _t("No free accessible bed left (rank %1, waitlist position %2)"),
        "minors_rule": _t("The free beds left are in rooms the minors-with-minors rule closes to this "
                          "applicant (rank %1, waitlist position %2)"),
        "no_compatible_bed": _t("No compatible free bed left (rank %1, waitlist position %2)"),
    }
    if why in housed:
        return housed[why].replace("%1", room)
    if why in waiting:
        return waiting[why].replace("%1", str(rank or "")).replace("%2", str(position or ""))
    return _t("Not allocated yet: run the allocation to rank this application")


# =============================================================================================
# Room board
# =============================================================================================


class BoardTab(QWidget):
    def __init__(self, page: ResidencePage) -> None:
        super().__init__(page)
        self.page = page
        self.svc = page.svc
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.building = QComboBox()
        self.building.setObjectName("boardBuilding")
        self.building.setAccessibleName(_t("Building"))
        self.floor = QComboBox()
        self.floor.setObjectName("boardFloor")
        self.floor.setAccessibleName(_t("Floor"))
        bar.addWidget(QLabel(_t("Building")))
        bar.addWidget(self.building)
        bar.addWidget(QLabel(_t("Floor")))
        bar.addWidget(self.floor)
        for state in ("free", "reserved", "occupied", "leave", "maintenance"):
            chip = QLabel(state_label(state))
            chip.setStyleSheet(f"background:{STATE_COLOURS[state]};color:#1b1b1b;padding:2px 8px;border-radius:3px")
            bar.addWidget(chip)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        bar.addWidget(self.summary)
        self.reports_btn = QToolButton()
        self.reports_btn.setText(_t("Reports"))
        self.reports_btn.setPopupMode(QToolButton.InstantPopup)
        self.reports_btn.setMenu(self._reports_menu())
        bar.addWidget(self.reports_btn)
        self.inventory_btn = QToolButton()
        self.inventory_btn.setObjectName("inventoryButton")
        self.inventory_btn.setText(_t("Inventory"))
        self.inventory_btn.setPopupMode(QToolButton.InstantPopup)
        inventory = QMenu(self)
        inventory.addAction(_t("Add a building…"), self.add_building)
        inventory.addAction(_t("Add a room…"), self.add_room)
        self.inventory_btn.setMenu(inventory)
        self.inventory_btn.setEnabled(page.can_edit)
        bar.addWidget(self.inventory_btn)
        lay.addLayout(bar)

        split = QSplitter()
        self.board = RoomBoard()
        self.board.can_move = page.can_edit
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        split.addWidget(scroll)
        side = QWidget()
        # No fixed minimum: the buttons' own width (longer in French and Arabic) sets it.
        side_lay = QVBoxLayout(side)
        self.bed_title = QLabel(_t("Select a bed"))
        self.bed_title.setObjectName("bedTitle")
        self.bed_title.setStyleSheet("font-weight:bold;font-size:14px")
        self.bed_info = QLabel()
        self.bed_info.setObjectName("bedInfo")
        self.bed_info.setWordWrap(True)
        side_lay.addWidget(self.bed_title)
        side_lay.addWidget(self.bed_info)
        self.check_in_btn = QPushButton(_t("Check in…"))
        self.check_in_btn.setObjectName("checkInButton")
        self.check_out_btn = QPushButton(_t("Check out…"))
        self.check_out_btn.setObjectName("checkOutButton")
        self.leave_btn = QPushButton(_t("Leave of absence…"))
        self.leave_btn.setObjectName("leaveButton")
        self.maint_btn = QPushButton(_t("Put under maintenance"))
        self.maint_btn.setObjectName("maintenanceButton")
        self.cert_btn = QPushButton(_t("Residence certificate…"))
        self.dispute_btn = QPushButton(_t("Dispute the condition report…"))
        self.dispute_btn.setObjectName("disputeButton")
        for b in (self.check_in_btn, self.check_out_btn, self.leave_btn, self.dispute_btn, self.maint_btn,
                  self.cert_btn):
            side_lay.addWidget(b)
        side_lay.addWidget(QLabel(_t("Bed history")))
        self.history = QListWidget()
        self.history.setObjectName("bedHistory")
        side_lay.addWidget(self.history, 1)
        self.message = QLabel()
        self.message.setObjectName("boardMessage")
        self.message.setWordWrap(True)
        side_lay.addWidget(self.message)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)

        self.building.currentIndexChanged.connect(self._building_changed)
        self.floor.currentIndexChanged.connect(lambda _i: self.refresh())
        self.board.bedSelected.connect(self._show_bed)
        self.board.moveRequested.connect(self.move)
        self.check_in_btn.clicked.connect(self.check_in)
        self.check_out_btn.clicked.connect(self.check_out)
        self.leave_btn.clicked.connect(self.leave)
        self.maint_btn.clicked.connect(self.toggle_maintenance)
        self.cert_btn.clicked.connect(self.certificate)
        self.dispute_btn.clicked.connect(self.dispute)
        self._fill_buildings()
        self._show_bed(None)

    # --- filters ---------------------------------------------------------------------------
    def _fill_buildings(self) -> None:
        self.building.blockSignals(True)
        self.building.clear()
        self.building.addItem(_t("All buildings"), None)
        sexes = {"H": _t("men"), "F": _t("women")}
        for b in self.svc.buildings():
            self.building.addItem(f"{b.code} — {b.name} ({sexes.get(b.sex, b.sex)})", b.id)
        self.building.blockSignals(False)
        self._building_changed()

    def _building_changed(self, _index: int = 0) -> None:
        self.floor.blockSignals(True)
        current = self.floor.currentData()
        self.floor.clear()
        self.floor.addItem(_t("All floors"), None)
        for f in self.svc.floors(self.building.currentData()):
            self.floor.addItem(str(f), f)
        self.floor.setCurrentIndex(max(0, self.floor.findData(current)))
        self.floor.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        rooms = self.svc.board(building_id=self.building.currentData(), floor=self.floor.currentData())
        self.board.set_rooms(rooms)
        beds = [b for r in rooms for b in r.beds]
        counts = {s: sum(b.state == s for b in beds) for s in STATE_COLOURS}
        self.summary.setText(_t("%1 beds: %2 occupied, %3 free").replace("%1", str(len(beds)))
                             .replace("%2", str(counts["occupied"] + counts["leave"])).replace("%3", str(counts["free"])))
        self._show_bed(self.board.selected())

    # --- selection -------------------------------------------------------------------------
    def _bed(self) -> BedCell | None:
        bid = self.board.selected()
        return self.board.bed(bid) if bid is not None else None

    def _show_bed(self, bed_id: int | None) -> None:
        bed = self.board.bed(bed_id) if bed_id is not None else None
        edit = self.page.can_edit
        self.history.clear()
        self.current_stay = None
        if bed is None:
            self.bed_title.setText(_t("Select a bed"))
            self.bed_info.setText(_t("Click a bed for its details; drag a resident onto a free bed to move them, "
                                   "or use Ctrl+X on their bed then Ctrl+V on the free bed."))
            for b in (self.check_in_btn, self.check_out_btn, self.leave_btn, self.dispute_btn, self.maint_btn,
                      self.cert_btn):
                b.setEnabled(False)
            return
        room = self.board.room_of(bed.bed_id)
        self.bed_title.setText(bed.label)
        lines = [state_label(bed.state)]
        if bed.trainee_name:
            lines.append(f"{bed.matricule} — {bed.trainee_name}")
        if bed.since:
            lines.append(_t("Since %1").replace("%1", bed.since.strftime("%d/%m/%Y")))
        if room is not None and room.accessible:
            lines.append(_t("Accessible room"))
        self.bed_info.setText("\n".join(lines))
        self.check_in_btn.setEnabled(edit and bed.state in ("free", "reserved"))
        self.check_out_btn.setEnabled(edit and bed.state in ("occupied", "leave"))
        self.leave_btn.setEnabled(edit and bed.state in ("occupied", "leave"))
        self.maint_btn.setEnabled(edit and bed.state in ("free", "maintenance"))
        self.maint_btn.setText(_t("Back in service") if bed.state == "maintenance" else _t("Put under maintenance"))
        self.cert_btn.setEnabled(bed.state in ("occupied", "leave"))
        stay = self.svc.current_stay(bed.matricule) if bed.state in ("occupied", "leave") else None
        self.current_stay = stay
        open_dispute = bool(stay and stay.dispute_until and self.page.ctx.clock.now() <= stay.dispute_until)
        self.dispute_btn.setEnabled(edit and open_dispute)
        if stay is not None:
            worn = [k for k, v in stay.condition_in.items() if v != "good"]
            lines.append(_t("Key: %1 · deposit %2 MAD").replace("%1", stay.key_code or "—")
                         .replace("%2", str(stay.deposit_mad)))
            if worn:
                names = [item_label(k) if k in CHECKLIST else k for k in worn]
                lines.append(_t("Noted at check-in: %1").replace("%1", ", ".join(names)))
            if stay.dispute_note:
                lines.append(_t("Disputed: %1").replace("%1", stay.dispute_note))
            elif open_dispute:
                lines.append(_t("Condition report disputable until %1")
                             .replace("%1", stay.dispute_until.astimezone().strftime("%d/%m/%Y %H:%M")))
            self.bed_info.setText("\n".join(lines))
        kinds = {"check_in": _t("check-in"), "check_out": _t("check-out"), "move_in": _t("moved in"),
                 "move_out": _t("moved out")}
        for h in self.svc.bed_history(bed.bed_id):
            self.history.addItem(f"{h.day:%d/%m/%Y}  {kinds.get(h.kind, h.kind)}  {h.trainee}  {h.detail}".rstrip())

    # --- actions ---------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()
        self.page.changed()

    def move(self, from_bed: int, to_bed: int) -> bool:
        """Drag-and-drop: the service checks every hard constraint; a refusal says why."""
        src, dst = self.board.bed(from_bed), self.board.bed(to_bed)
        if src is None or dst is None or not src.matricule:
            return False
        try:
            stay = self.svc.move(src.matricule, to_bed, reason=_t("moved on the room board"))
        except CmcError as exc:
            self.message.setText(exc.message)
            show_error(self, exc)
            return False
        self.board.select(stay.bed_id)
        self._done(_t("%1 moved from %2 to %3").replace("%1", stay.name).replace("%2", src.label)
                   .replace("%3", stay.bed))
        return True

    def check_in(self) -> None:
        bed = self._bed()
        if bed is None:
            return
        dlg = CheckInDialog(bed.label, self.page.ctx.clock.today(), DEFAULT_DEPOSIT, bed.matricule, self)
        if dlg.exec() != CheckInDialog.Accepted:
            return
        self.do_check_in(dlg)

    def do_check_in(self, dlg: CheckInDialog) -> bool:
        bed = self._bed()
        try:
            stay = self.svc.check_in(dlg.matricule.text().strip(), bed_id=bed.bed_id if bed else None,
                                     day=pydate(dlg.day.date()), key_code=dlg.key.text(),
                                     deposit_mad=dlg.deposit.value(), condition=dlg.checklist.values())
        except CmcError as exc:
            self.message.setText(exc.message)
            show_error(self, exc)
            return False
        self._done(_t("%1 checked in to %2").replace("%1", stay.name).replace("%2", stay.bed))
        return True

    def check_out(self) -> None:
        bed = self._bed()
        if bed is None or not bed.matricule:
            return
        stay = self.svc.current_stay(bed.matricule)
        dlg = CheckOutDialog(bed.trainee_name, bed.label, self.page.ctx.clock.today(),
                             stay.deposit_mad if stay else 0, self)
        if dlg.exec() != CheckOutDialog.Accepted:
            return
        self.do_check_out(bed.matricule, dlg)

    def do_check_out(self, matricule: str, dlg: CheckOutDialog) -> bool:
        try:
            stay = self.svc.check_out(matricule, day=pydate(dlg.day.date()), condition=dlg.checklist.values(),
                                      damages=dlg.damage_values())
        except CmcError as exc:
            self.message.setText(exc.message)
            show_error(self, exc)
            return False
        self._done(_t("%1 checked out; deposit refund %2 MAD").replace("%1", stay.name)
                   .replace("%2", str(stay.refund_mad)))
        if stay.library_items_out:
            QMessageBox.warning(self, _t("Library items still on loan"),
                                _t("%1 still has %2 media-library item(s) on loan. Ask for them back before "
                                   "the no-dues clearance.").replace("%1", stay.name)
                                .replace("%2", str(stay.library_items_out)))
        return True

    def leave(self) -> None:
        bed = self._bed()
        if bed is None or not bed.matricule:
            return
        dlg = LeaveDialog(bed.trainee_name, self.page.ctx.clock.today(), self)
        if dlg.exec() != LeaveDialog.Accepted:
            return
        self.do_leave(bed, dlg)

    def do_leave(self, bed: BedCell, dlg: LeaveDialog) -> bool:
        try:
            self.svc.add_leave(bed.matricule, pydate(dlg.start.date()), pydate(dlg.end.date()), dlg.reason.text())
        except CmcError as exc:
            show_error(self, exc)
            return False
        self._done(_t("Leave recorded for %1").replace("%1", bed.trainee_name))
        return True

    def dispute(self) -> None:
        stay = getattr(self, "current_stay", None)
        if stay is None:
            return
        note, ok = QInputDialog.getText(self, _t("Dispute the condition report"),
                                        _t("What does the resident dispute?"))
        if ok:
            self.do_dispute(note)

    def do_dispute(self, note: str) -> bool:
        stay = getattr(self, "current_stay", None)
        if stay is None:
            return False
        try:
            self.svc.dispute_condition(stay.id, note)
        except CmcError as exc:
            show_error(self, exc)
            return False
        self._done(_t("Dispute recorded for %1").replace("%1", stay.name))
        return True

    def toggle_maintenance(self) -> None:
        bed = self._bed()
        if bed is None:
            return
        try:
            self.svc.set_bed_status(bed.bed_id, "available" if bed.state == "maintenance" else "maintenance")
        except CmcError as exc:
            show_error(self, exc)
            return
        self._done(_t("Bed %1 updated").replace("%1", bed.label))

    def certificate(self) -> None:
        bed = self._bed()
        if bed is None or not bed.matricule:
            return
        self.page.save_report(_t("Residence certificate"), f"attestation-hebergement-{bed.matricule}.pdf",
                              lambda path: reports.certificate(self.svc, bed.matricule, path))

    def add_building(self) -> None:
        dlg = BuildingDialog(self)
        if dlg.exec() == BuildingDialog.Accepted:
            self.do_add_building(dlg)

    def do_add_building(self, dlg: BuildingDialog) -> bool:
        try:
            b = self.svc.add_building(dlg.code.text(), dlg.name.text(), dlg.sex.currentData(), dlg.floors.value(),
                                      name_ar=dlg.name_ar.text())
        except CmcError as exc:
            show_error(self, exc)
            return False
        self._fill_buildings()
        self.message.setText(_t("Building %1 added").replace("%1", b.code))
        return True

    def add_room(self) -> None:
        dlg = RoomDialog([(b.code, f"{b.code} — {b.name}") for b in self.svc.buildings()], self)
        if dlg.exec() == RoomDialog.Accepted:
            self.do_add_room(dlg)

    def do_add_room(self, dlg: RoomDialog) -> bool:
        try:
            room = self.svc.add_room(dlg.building.currentData() or "", dlg.code.text(), dlg.floor.value(),
                                     dlg.beds.value(), accessible=dlg.accessible.isChecked())
        except CmcError as exc:
            show_error(self, exc)
            return False
        self._building_changed()
        self.message.setText(_t("Room %1 added").replace("%1", room.label))
        return True

    def _reports_menu(self) -> QMenu:
        menu = QMenu(self)
        svc = self.svc
        menu.addAction(_t("Occupancy (PDF)…"), lambda: self.page.save_report(
            _t("Occupancy"), "occupation-residence.pdf", lambda p: reports.occupancy(svc, p)))
        menu.addAction(_t("Occupancy (Excel)…"), lambda: self.page.save_report(
            _t("Occupancy"), "occupation-residence.xlsx", lambda p: reports.occupancy(svc, p)))
        menu.addAction(_t("Residents per room (PDF)…"), lambda: self.page.save_report(
            _t("Residents per room"), "residents-par-chambre.pdf", lambda p: reports.residents_by_room(svc, p)))
        menu.addAction(_t("Waitlist (PDF)…"), lambda: self.page.save_report(
            _t("Waitlist"), "liste-attente.pdf", lambda p: reports.waitlist(svc, p)))
        menu.addAction(_t("Export residents (Excel)…"), lambda: self.page.save_report(
            _t("Export residents"), "residents.xlsx", lambda p: reports.export_residents(svc, p)))
        return menu


# =============================================================================================
# Applications
# =============================================================================================


class ApplicationsTab(QWidget):
    def __init__(self, page: ResidencePage) -> None:
        super().__init__(page)
        self.page = page
        self.svc = page.svc
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("applicationStatus")
        self.status.setAccessibleName(_t("Status"))
        self.status.addItem(_t("All applications"), None)
        for s in ("waitlisted", "housed", "pending", "withdrawn"):
            self.status.addItem(status_label(s), s)
        self.search = QLineEdit()
        self.search.setObjectName("applicationSearch")
        self.search.setPlaceholderText(_t("Search by name or matricule"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("applicationCount")
        bar.addWidget(self.status)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        lay.addLayout(bar)
        split = QSplitter()
        self.model = LazyIdModel([
            Column("rank", _t("Rank"), True), Column("matricule", _t("Matricule")), Column("name", _t("Name")),
            Column("sex", _t("Sex")), Column("score", _t("Score"), True, lambda v: f"{v:.2f}"),
            Column("status", _t("Status"), formatter=status_label), Column("bed", _t("Bed")),
            Column("waitlist_position", _t("Waitlist position"), True),
            Column("group", _t("Group")),
        ], self.svc.application_rows, self)
        self.table = QTableView()
        self.table.setObjectName("applicationsTable")
        self.table.setAccessibleName(_t("Residence applications"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        split.addWidget(self.table)
        self.detail = QLabel()
        self.detail.setObjectName("applicationDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignTop | Qt.AlignLeading)
        self.detail.setMinimumWidth(280)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.addWidget(self.detail)
        self.edit_box = QGroupBox(_t("Correct this application"))
        form = QFormLayout(self.edit_box)
        self.distance = QDoubleSpinBox()
        self.distance.setObjectName("editDistance")
        self.distance.setRange(0, 3000)
        self.distance.setDecimals(1)
        self.distance.setSuffix(" km")
        self.social = QSpinBox()
        self.social.setObjectName("editSocial")
        self.social.setRange(0, 10)
        self.remote = QCheckBox(_t("Remote or rural area"))
        self.access = QCheckBox(_t("Accessibility need"))
        self.save_btn = QPushButton(_t("Save and rescore"))
        self.save_btn.setObjectName("saveApplication")
        form.addRow(_t("Distance from home"), self.distance)
        form.addRow(_t("Social situation"), self.social)
        form.addRow(self.remote)
        form.addRow(self.access)
        form.addRow(self.save_btn)
        self.edit_box.setEnabled(False)
        right_lay.addWidget(self.edit_box)
        right_lay.addStretch(1)
        split.addWidget(right)
        self.current_id: int | None = None
        self.save_btn.clicked.connect(self.save)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.returnPressed.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._select)
        self.status.setCurrentIndex(1)  # the waitlist first: that is what the manager works on

    def refresh(self) -> None:
        ids = self.svc.search_applications(status=self.status.currentData(), text=self.search.text())
        self.model.set_ids(ids)
        self.count.setText(_t("%1 applications").replace("%1", str(len(ids))))
        self.detail.setText(_t("Select an application to see its score breakdown."))

    def _select(self, current: QModelIndex, _prev: QModelIndex) -> None:
        app_id = self.model.id_at(current.row()) if current.isValid() else None
        if app_id is None:
            return
        self.show_detail(app_id)

    def save(self) -> bool:
        if self.current_id is None:
            return False
        try:
            self.svc.edit_application(self.current_id, distance_km=self.distance.value(),
                                      social_score=self.social.value(), remote=self.remote.isChecked(),
                                      accessibility_need=self.access.isChecked())
        except CmcError as exc:
            show_error(self, exc)
            return False
        self.model.invalidate([self.current_id])
        self.show_detail(self.current_id)
        return True

    def show_detail(self, app_id: int) -> None:
        d = self.svc.application_detail(app_id)
        r: ApplicationRow = d.row
        self.current_id = app_id
        self.distance.setValue(r.distance_km)
        self.social.setValue(r.social_score)
        self.remote.setChecked(r.remote)
        self.access.setChecked(r.accessibility_need)
        self.edit_box.setEnabled(self.page.can_edit and r.status != "withdrawn")
        rows = "".join(f"<tr><td>{component_label(x.key)}</td><td align='right'>{x.points:.2f}</td></tr>"
                       for x in d.breakdown)
        flags = [f for f, on in ((_t("Minor"), r.minor), (_t("Accessibility need"), r.accessibility_need),
                                 (_t("Remote or rural area"), r.remote)) if on]
        facts = (_t("Distance: %1 km, social score %2/10, year %3").replace("%1", f"{r.distance_km:g}")
                 .replace("%2", str(r.social_score)).replace("%3", str(r.year_of_study)))
        if flags:
            facts += "<br>" + ", ".join(flags)
        mate = f"<p>{_t('Roommate requested: %1').replace('%1', d.roommate)}</p>" if d.roommate else ""
        state = status_label(r.status) + (f" · {r.bed}" if r.bed else "")
        html = (f"<h3>{r.matricule} — {r.name}</h3><p>{state}</p><p>{facts}</p>{mate}"
                f"<table width='100%'>{rows}<tr><td><b>{_t('Score')}</b></td>"
                f"<td align='right'><b>{r.score:.2f}</b></td></tr></table>"
                f"<p><i>{why_text(d.why, d.room, r.rank, r.waitlist_position)}</i></p>")
        self.detail.setText(html)


# =============================================================================================
# Allocation: weights, preview (dry run), apply
# =============================================================================================


class DecisionsModel(RowsModel):
    """The preview's decisions: a computed result held in memory (not a database list)."""

    def __init__(self) -> None:
        super().__init__([_t("Rank"), _t("Matricule"), _t("Name"), _t("Sex"), _t("Score"), _t("Decision"), _t("Bed"),
                          _t("Explanation")])

    def display(self, d: DecisionRow, column: int) -> Any:
        return (d.rank, d.matricule, d.name, d.sex, f"{d.score:.2f}",
                status_label(d.status) + (" · " + _t("kept") if d.kept else ""), d.bed,
                why_text(d.why, d.bed.rsplit("-", 1)[0] if d.bed else "", d.rank, d.waitlist_position))[column]

    def decorate(self, d: DecisionRow, column: int, role: int) -> Any:
        return str(self.display(d, column)) if role == Qt.ToolTipRole else None


class AllocationTab(QWidget):
    def __init__(self, page: ResidencePage) -> None:
        super().__init__(page)
        self.page = page
        self.svc = page.svc
        self.preview: AllocationOutcome | None = None
        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        box = QGroupBox(_t("Priority weights"))
        form = QFormLayout(box)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for key, value in self.svc.weights().items():
            spin = QDoubleSpinBox()
            spin.setObjectName(f"weight_{key}")
            spin.setRange(0, 1000)
            spin.setDecimals(1)
            spin.setValue(value)
            spin.setEnabled(page.can_edit)
            spin.setAccessibleName(weight_label(key))
            self.spins[key] = spin
            form.addRow(weight_label(key), spin)
        self.minors = QCheckBox(_t("Keep minors with minors"))
        self.minors.setObjectName("minorsRule")
        self.minors.setChecked(self.svc.minors_with_minors())
        self.minors.setEnabled(page.can_edit)
        form.addRow(self.minors)
        self.save_btn = QPushButton(_t("Save weights"))
        self.save_btn.setObjectName("saveWeights")
        self.save_btn.setEnabled(page.can_edit)
        form.addRow(self.save_btn)
        left.addWidget(box)
        left.addWidget(QLabel(_t("Hard constraints, never broken: the building's sex, accessible rooms for "
                                 "accessibility needs, room capacity, beds under maintenance, one bed per "
                                 "trainee. People already housed are never moved.")))
        left.itemAt(left.count() - 1).widget().setWordWrap(True)
        self.preview_btn = QPushButton(_t("Preview allocation"))
        self.preview_btn.setObjectName("previewAllocation")
        self.apply_btn = QPushButton(_t("Apply allocation"))
        self.apply_btn.setObjectName("applyAllocation")
        self.apply_btn.setEnabled(False)
        left.addWidget(self.preview_btn)
        left.addWidget(self.apply_btn)
        left.addStretch(1)
        lay.addLayout(left, 1)
        right = QVBoxLayout()
        self.summary = QLabel(_t("Preview the allocation to see who would be housed and why."))
        self.summary.setObjectName("allocationSummary")
        self.summary.setWordWrap(True)
        right.addWidget(self.summary)
        self.model = DecisionsModel()
        self.table = QTableView()
        self.table.setObjectName("decisionsTable")
        self.table.setAccessibleName(_t("Allocation decisions"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        right.addWidget(self.table, 1)
        lay.addLayout(right, 3)
        self.save_btn.clicked.connect(self.save_weights)
        self.preview_btn.clicked.connect(self.run_preview)
        self.apply_btn.clicked.connect(self.confirm_apply)

    def save_weights(self) -> bool:
        try:
            self.svc.set_weights({k: s.value() for k, s in self.spins.items()})
            self.svc.set_minors_with_minors(self.minors.isChecked())
        except CmcError as exc:
            show_error(self, exc)
            return False
        self.apply_btn.setEnabled(False)  # a preview made with the old weights is stale
        self.summary.setText(_t("Weights saved. Preview again to see their effect."))
        return True

    def run_preview(self) -> None:
        self.preview_btn.setEnabled(False)
        RUNNER.run(self, _t("Computing the allocation"),
                   lambda progress, cancel: self.svc.allocate(dry_run=True),
                   on_done=self._previewed, on_error=self._failed, cancellable=False)

    def _previewed(self, res: AllocationOutcome) -> None:
        self.preview = res
        self.preview_btn.setEnabled(True)
        self.apply_btn.setEnabled(self.page.can_edit)
        self._show(res)

    def _failed(self, exc: BaseException) -> None:
        self.preview_btn.setEnabled(True)
        show_error(self, exc)

    def _show(self, res: AllocationOutcome) -> None:
        head = _t("Preview for %1 — nothing written yet").replace("%1", res.year) if res.dry_run else \
            _t("Allocation for %1 written").replace("%1", res.year)
        body = (_t("%1 applications: %2 housed (%3 new, %4 kept), %5 waitlisted; %6 of %7 beds free.")
                .replace("%1", str(res.applications)).replace("%2", str(res.housed))
                .replace("%3", str(res.newly_housed)).replace("%4", str(res.kept))
                .replace("%5", str(res.waitlisted)).replace("%6", str(res.beds_free))
                .replace("%7", str(res.beds_total)))
        sexes = " · ".join(
            _t("%1: %2 housed, %3 waitlisted").replace("%1", _t("Men") if sex == "H" else _t("Women"))
            .replace("%2", str(v["housed"])).replace("%3", str(v["waitlisted"])) for sex, v in res.by_sex.items())
        inv = _t("Priority inversions: %1").replace("%1", str(res.priority_inversions))
        self.summary.setText(f"<b>{head}</b><br>{body}<br>{sexes}<br>{inv}")
        self.model.set_rows(res.decisions)

    def confirm_apply(self) -> None:
        if self.preview is None:
            return
        answer = QMessageBox.question(
            self, _t("Apply allocation"),
            _t("Write this allocation? %1 trainees will be newly housed; nobody already housed moves.")
            .replace("%1", str(self.preview.newly_housed)))
        if answer == QMessageBox.Yes:
            self.apply()

    def apply(self) -> None:
        self.apply_btn.setEnabled(False)
        RUNNER.run(self, _t("Writing the allocation"), lambda progress, cancel: self.svc.allocate(),
                   on_done=self._applied, on_error=self._failed, cancellable=False, writes=True)

    def _applied(self, res: AllocationOutcome) -> None:
        self.preview = None
        self._show(res)
        self.page.changed()


# =============================================================================================


class ResidencePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residencePage")
        self.ctx = ctx
        self.svc = ctx.service(ResidenceService)
        self.can_edit = ctx.actor.can(Perm.RESIDENCE_EDIT)
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("residenceTabs")
        self.board_tab = BoardTab(self)
        self.applications_tab = ApplicationsTab(self)
        self.allocation_tab = AllocationTab(self)
        self.tabs.addTab(self.board_tab, _t("Room board"))
        self.tabs.addTab(self.applications_tab, _t("Applications and waitlist"))
        self.tabs.addTab(self.allocation_tab, _t("Allocation"))
        lay.addWidget(self.tabs)

    def changed(self) -> None:
        """Something was written: every view shows fresh data."""
        self.board_tab.refresh()
        self.applications_tab.refresh()

    def save_report(self, title: str, name: str, make: Any) -> None:
        suffix = name.rsplit(".", 1)[-1]
        filt = _t("PDF documents (*.pdf)") if suffix == "pdf" else _t("Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, title, name, filt)
        if not path:
            return
        RUNNER.run(self, title, lambda progress, cancel: make(path),
                   on_done=lambda out: self.board_tab.message.setText(_t("Written %1").replace("%1", str(out))))
