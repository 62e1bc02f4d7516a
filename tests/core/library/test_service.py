"""Library use cases on a real migrated SQLite file: catalogue, loan matrix, circulation, holds, stocktake."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cmc_desktop.clock import FixedClock
from cmc_desktop.db.models import CalendarDay, Trainee
from cmc_desktop.db.models.library import LibraryCopy, Loan
from cmc_desktop.errors import ConflictError, PermissionDenied, ValidationError
from cmc_desktop.library import rules
from cmc_desktop.library.service import LibraryService, trainee_has_dues
from cmc_desktop.security.permissions import Actor, Role
from tests.core.library.conftest import City
from tests.tools import require_tool

AR_ISBN = int("978995400000" + rules.isbn13_check_digit("978995400000"))  # a number, as Excel keeps it


def _svc(city: City) -> LibraryService:
    return city.ctx.service(LibraryService)


def test_copies_get_city_prefixed_sequential_barcodes(city: City) -> None:
    svc = _svc(city)
    t = svc.add_title("Initiation à Python", authors="M. Benali", isbn="978-2-07-036002-4", copies=2,
                      shelf_location="A1")
    more = svc.add_copies(t.id, 2, "A1")
    codes = [c.barcode for c in svc.copies(title_id=t.id)]
    assert codes == ["MA09L0000001", "MA09L0000002", "MA09L0000003", "MA09L0000004"]
    assert more == codes[2:]
    assert svc.title_rows([t.id])[t.id].isbn == "9782070360024"
    with pytest.raises(ValidationError, match="check digit"):
        svc.add_title("Faux", isbn="978-2-07-036002-5")


def test_loan_matrix_limits_and_reference_items(city: City) -> None:
    svc = _svc(city)
    svc.set_loan_rule("trainee", "book", max_loans=2, loan_days=21, renewals=1)
    b = svc.add_title("Manuel de soudage", copies=3)
    ref = svc.add_title("Dictionnaire", item_type="reference", copies=1)
    codes = [c.barcode for c in svc.copies(title_id=b.id)]
    me = city.matricules[0]
    r = svc.checkout(me, codes[0])
    assert r.due_on == dt.date(2026, 12, 21)  # 21 days from Monday 30/11, a Monday
    svc.checkout(me, codes[1])
    with pytest.raises(ConflictError, match="limit is 2"):
        svc.checkout(me, codes[2])
    with pytest.raises(ConflictError, match="consultation on site"):
        svc.checkout(me, svc.copies(title_id=ref.id)[0].barcode)
    # staff have their own row of the matrix (default 6 books)
    svc.add_staff_patron("STAFF001", "Nadia Benjelloun")
    assert svc.checkout("staff001", codes[2]).due_on == dt.date(2026, 12, 30)
    stored = {(r.patron_category, r.item_type): r for r in svc.loan_rules()}
    assert stored[("trainee", "book")].stored and stored[("trainee", "book")].max_loans == 2
    assert not stored[("staff", "dvd")].stored


def test_due_date_skips_holidays(city: City) -> None:
    svc = _svc(city)
    # 14 days from 30/11 is 14/12, a closure day in the test calendar → 15/12.
    assert svc.due_date_for("trainee", "book") == dt.date(2026, 12, 15)
    t = svc.add_title("Comptabilité", copies=1)
    assert svc.checkout(city.matricules[0], svc.copies(title_id=t.id)[0].barcode).due_on == dt.date(2026, 12, 15)


def test_hard_due_date_is_the_end_of_the_academic_year(city: City) -> None:
    late_ctx = city.ctx.as_actor(city.ctx.actor)
    late_ctx.clock = FixedClock(dt.datetime(2027, 7, 8, 10, 0))
    svc = late_ctx.service(LibraryService)
    assert svc.due_date_for("trainee", "book") == dt.date(2027, 7, 15)
    with city.ctx.sf.begin() as s:
        s.add(CalendarDay(day=dt.date(2027, 7, 15), kind="closure", label="Fin d'année"))
    assert svc.due_date_for("trainee", "book") == dt.date(2027, 7, 14)
    t = svc.add_title("Topographie", copies=1)
    code = svc.copies(title_id=t.id)[0].barcode
    assert svc.checkout(city.matricules[0], code).due_on == dt.date(2027, 7, 14)
    with pytest.raises(ConflictError, match="latest date allowed"):
        svc.renew(code)
    late_ctx.clock = FixedClock(dt.datetime(2027, 7, 20, 10, 0))
    svc2 = late_ctx.service(LibraryService)
    t2 = svc2.add_title("Béton armé", copies=1)
    with pytest.raises(ValidationError, match="academic year ended"):
        svc2.checkout(city.matricules[1], svc2.copies(title_id=t2.id)[0].barcode)


def test_overdue_blocks_borrowing_until_returned(city: City) -> None:
    svc = _svc(city)
    t = svc.add_title("Réseaux", copies=2)
    a, b = (c.barcode for c in svc.copies(title_id=t.id))
    me = city.matricules[0]
    svc.checkout(me, a)
    with city.ctx.sf.begin() as s:
        s.execute(Loan.__table__.update().values(due_on=dt.date(2026, 11, 20)))
    assert [ln.barcode for ln in svc.overdue()] == [a]
    assert svc.overdue()[0].overdue_days == 10
    assert svc.patron(me).blocked
    with pytest.raises(ConflictError, match="overdue") as exc:
        svc.checkout(me, b)
    assert exc.value.code == "patron_blocked"
    back = svc.checkin(a)
    assert back.overdue_days == 10 and "10 day(s) late" in back.message
    assert svc.checkout(me, b).due_on is not None


def test_renewal_count_and_hold_block_renewal(city: City) -> None:
    svc = _svc(city)
    t = svc.add_title("Marketing digital", copies=1)
    code = svc.copies(title_id=t.id)[0].barcode
    svc.checkout(city.matricules[0], code)
    city.ctx.clock.advance(days=3)
    r = svc.renew(code)
    assert r.due_on == dt.date(2026, 12, 17)
    with pytest.raises(ConflictError, match="limit is 1"):
        svc.renew(code)


def test_holds_queue_on_return(city: City) -> None:
    svc = _svc(city)
    t = svc.add_title("Pâtisserie", copies=1)
    code = svc.copies(title_id=t.id)[0].barcode
    a, b, c = city.matricules[:3]
    svc.checkout(a, code)
    with pytest.raises(ConflictError, match="already has"):
        svc.place_hold(a, t.id)
    assert svc.place_hold(b, t.id).position == 1
    assert svc.place_hold(c, t.id).position == 2
    with pytest.raises(ConflictError, match="on hold"):
        svc.renew(code)
    back = svc.checkin(code)
    assert "Nom1" in back.hold_for
    with pytest.raises(ConflictError, match="another borrower"):
        svc.checkout(c, code)
    svc.checkout(b, code)
    queue = svc.holds(t.id)
    assert [(h.patron_code, h.position) for h in queue] == [(c, 1)]


def test_double_checkout_and_unknown_codes(city: City) -> None:
    svc = _svc(city)
    t = svc.add_title("Automatismes", copies=1)
    code = svc.copies(title_id=t.id)[0].barcode
    svc.checkout(city.matricules[0], code)
    with pytest.raises(ConflictError, match="already on loan"):
        svc.checkout(city.matricules[1], code)
    with pytest.raises(Exception, match="No copy has the barcode MA09L9999999"):
        svc.checkout(city.matricules[1], "MA09L9999999")
    with pytest.raises(Exception, match="No trainee or staff patron"):
        svc.checkout("0000", code)


def test_clearance_when_a_trainee_leaves(city: City) -> None:
    svc = _svc(city)
    t = svc.add_title("Anatomie", copies=2)
    a, b = (c.barcode for c in svc.copies(title_id=t.id))
    tid = city.trainees[0]
    assert svc.clearance(tid).cleared
    svc.checkout(city.matricules[0], a)
    svc.checkout(city.matricules[1], b)
    svc.place_hold(city.matricules[0], svc.add_title("Hygiène", copies=0).id)
    clr = svc.clearance(tid)
    assert not clr.cleared and [ln.barcode for ln in clr.open_loans] == [a]
    assert trainee_has_dues(city.ctx, tid)
    svc.checkin(a)
    done = svc.clearance(tid, cancel_holds=True)
    assert done.cleared and done.cancelled_holds == 1 and not trainee_has_dues(city.ctx, tid)
    with city.ctx.sf.begin() as s:
        s.get(Trainee, tid).current_status = "graduated"
    with pytest.raises(ConflictError, match="not an active borrower"):
        svc.checkout(city.matricules[0], a)


def test_stocktake_reports_missing_and_out_of_place(city: City) -> None:
    svc = _svc(city)
    t1 = svc.add_title("Livre A1", copies=3, shelf_location="A1")
    t2 = svc.add_title("Livre B2", copies=1, shelf_location="B2")
    a = [c.barcode for c in svc.copies(title_id=t1.id)]
    b = svc.copies(title_id=t2.id)[0].barcode
    svc.checkout(city.matricules[0], a[2])  # out on loan: not missing
    res = svc.stocktake([a[0], b, "XYZ"], location="A1")
    assert [c.barcode for c in res.missing] == [a[1]]
    assert [c.barcode for c in res.out_of_place] == [b]
    assert res.unknown == ("XYZ",)
    with city.ctx.read_sf() as s:
        seen = dict(s.execute(select(LibraryCopy.barcode, LibraryCopy.last_seen_on)).all())
    assert seen[a[0]] == dt.date(2026, 11, 30) and seen[a[1]] is None


def _catalogue_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Titre", "Auteurs", "ISBN", "Langue", "Sujet", "Exemplaires"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_catalogue_import_is_all_or_nothing_and_names_bad_isbn_rows(city: City, tmp_path: Path) -> None:
    svc = _svc(city)
    bad = _catalogue_xlsx(tmp_path / "bad.xlsx", [
        ["L'Étranger", "A. Camus", "978-2-07-036002-4", "Français", "Roman", 2],
        ["Faux livre", "X", "978-2-07-036002-5", "Français", "Roman", 1],
        ["Autre", "Y", "12-34", "Français", "Roman", 1],
    ])
    with pytest.raises(ValidationError) as exc:
        svc.import_catalogue(bad)
    assert "row 3, column ISBN" in exc.value.message and "row 4, column ISBN" in exc.value.message
    assert "row 2" not in exc.value.message
    assert svc.search_titles() == []
    good = _catalogue_xlsx(tmp_path / "good.xlsx", [
        ["L'Étranger", "A. Camus", "978-2-07-036002-4", "Français", "Roman", 2],
        ["مدخل إلى المحاسبة", "ع. الفاسي", AR_ISBN, "Arabe", "Gestion", 1],
        ["Revue Tech", "", None, "Français", "Presse", 1],
        ["L'Étranger (2e exemplaire)", "A. Camus", "9782070360024", "Français", "Roman", 1],
    ])
    res = svc.import_catalogue(good)
    assert (res.titles_created, res.titles_extended, res.copies_created) == (3, 1, 5)
    assert len(svc.search_titles("etranger")) == 1
    assert len(svc.search_titles("المحاسبة")) == 1


def test_labels_decode_with_a_barcode_reader(city: City, tmp_path: Path) -> None:
    zbarimg = require_tool("zbarimg")
    pdftoppm = require_tool("pdftoppm")
    svc = _svc(city)
    svc.add_title("Développement web avec un titre assez long pour être coupé", copies=4, shelf_location="A1")
    svc.add_title("أساسيات البرمجة", copies=2, shelf_location="G2")
    out = svc.labels_pdf(tmp_path / "labels.pdf")
    assert len(PdfReader(out).pages) == 1
    subprocess.run([pdftoppm, "-r", "300", "-gray", "-png", str(out), str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    res = subprocess.run([zbarimg, "--quiet", "--raw", str(png)], capture_output=True, text=True)
    decoded = sorted(res.stdout.split())
    assert decoded == [c.barcode for c in svc.copies()]


def test_reminders_and_loans_export(city: City, tmp_path: Path) -> None:
    svc = _svc(city)
    t = svc.add_title("Fiscalité marocaine", copies=2)
    a, b = (c.barcode for c in svc.copies(title_id=t.id))
    svc.checkout(city.matricules[0], a)
    svc.checkout(city.matricules[1], b)
    with pytest.raises(ValidationError, match="No item is overdue"):
        svc.reminders_pdf(tmp_path / "r.pdf")
    city.ctx.clock.advance(days=30)
    svc.checkin(b)
    out = svc.reminders_pdf(tmp_path / "r.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Rappel de retour" in text and a in text and "Nom0" in text and b not in text
    x = svc.export_loans(tmp_path / "loans.xlsx")
    ws = openpyxl.load_workbook(x).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Barcode", "Title", "Card") and len(rows) == 3
    by_code = {r[0]: r for r in rows[1:]}
    assert by_code[a][9] == 15 and by_code[b][7] is not None


def test_permissions(city: City) -> None:
    svc = _svc(city)
    t = svc.add_title("Leadership", copies=1)
    auditor = city.ctx.as_actor(Actor("aud", Role.AUDITOR)).service(LibraryService)
    assert auditor.search_titles() == [t.id]
    with pytest.raises(PermissionDenied):
        auditor.checkout(city.matricules[0], svc.copies()[0].barcode)
    canteen = city.ctx.as_actor(Actor("c", Role.CANTEEN_AGENT)).service(LibraryService)
    with pytest.raises(PermissionDenied):
        canteen.search_titles()
