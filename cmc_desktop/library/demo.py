"""Demo media library: ~300 titles, copies with city barcodes, a term of loans, holds, staff patrons."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, select, update

from cmc_desktop.db.base import utcnow
from cmc_desktop.db.models import CalendarDay
from cmc_desktop.db.models.library import Hold, LibraryCopy, LibraryStaffPatron, LibraryTitle, Loan, LoanRule
from cmc_desktop.demo.builder import DemoContext
from cmc_desktop.library import rules
from cmc_desktop.text import search_key

SUBJECTS = (
    ("Informatique", "A", ("programmation Python", "bases de données", "réseaux informatiques", "développement web",
                           "cybersécurité", "intelligence artificielle", "systèmes Linux", "algorithmique")),
    ("Gestion", "B", ("comptabilité générale", "gestion de projet", "marketing digital", "droit des affaires",
                      "fiscalité marocaine", "gestion des ressources humaines")),
    ("Hôtellerie", "C", ("cuisine marocaine", "service en salle", "pâtisserie", "hébergement hôtelier",
                         "tourisme durable")),
    ("Industrie", "D", ("électrotechnique", "maintenance industrielle", "automatismes", "soudage",
                        "dessin technique", "mécanique des fluides")),
    ("BTP", "E", ("béton armé", "topographie", "métré et devis", "construction métallique")),
    ("Santé", "F", ("soins infirmiers", "hygiène hospitalière", "anatomie", "premiers secours")),
    ("Langues", "G", ("grammaire française", "anglais professionnel", "espagnol", "communication écrite",
                      "expression orale")),
    ("Entrepreneuriat", "H", ("création d'entreprise", "business plan", "financement de projet",
                              "leadership")),
)
FORMS = ("Initiation à la {t}", "Manuel de {t}", "{T} : guide pratique", "Exercices corrigés de {t}",
         "Le grand livre de la {t}", "{T} pour les techniciens")
AUTHORS = ("M. Benali", "S. El Idrissi", "K. Amrani", "F. Tazi", "J. Dupont", "C. Martin", "A. Lahlou",
           "N. Berrada", "P. Durand", "H. Ouazzani", "L. Bernard", "R. Chraibi")
AR_TITLES = (("مدخل إلى المحاسبة", "Gestion"), ("أساسيات البرمجة", "Informatique"),
             ("فن الطبخ المغربي", "Hôtellerie"), ("التواصل المهني", "Langues"))


def _isbn(rng: Any) -> str:
    core = "9782" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return core + rules.isbn13_check_digit(core)


def populate(demo: DemoContext) -> dict[str, int]:
    s, rng, today = demo.session, demo.rng, demo.today
    now = utcnow()
    base = {"created_at": now, "updated_at": now, "version": 1, "updated_by": "demo"}
    prefix = rules.barcode_prefix(demo.city_code)

    s.execute(insert(LoanRule), [
        {**base, "uuid": demo.uuid(), "patron_category": c, "item_type": k, "max_loans": m, "loan_days": d,
         "renewals": n} for (c, k), (m, d, n) in rules.DEFAULT_RULES.items()])

    titles: list[dict[str, Any]] = []
    scale = max(1, len(demo.trainees) // 800)  # a bigger city buys more copies of each title
    meta: list[tuple[str, int]] = []  # shelf letter, copies
    for subject, shelf, topics in SUBJECTS:
        for topic in topics:
            for form in rng.sample(FORMS, 4):
                t = form.format(t=topic, T=topic[0].upper() + topic[1:])
                kind = "book" if rng.random() > 0.08 else rng.choice(("dvd", "magazine", "reference"))
                isbn = _isbn(rng) if kind != "magazine" else None
                authors = ", ".join(rng.sample(AUTHORS, rng.choice((1, 1, 2))))
                titles.append({**base, "uuid": demo.uuid(), "title": t, "authors": authors, "isbn": isbn,
                               "language": "Anglais" if "anglais" in topic else "Français", "subject": subject,
                               "item_type": kind, "search_key": search_key(t, authors, isbn, subject)})
                meta.append((shelf, rng.choice((1, 2, 2, 3, 4)) * scale))
    for t, subject in AR_TITLES:
        isbn = _isbn(rng)
        titles.append({**base, "uuid": demo.uuid(), "title": t, "authors": "ع. الفاسي", "isbn": isbn,
                       "language": "Arabe", "subject": subject, "item_type": "book",
                       "search_key": search_key(t, "ع. الفاسي", isbn, subject)})
        meta.append(("G", 2))
    s.execute(insert(LibraryTitle), titles)
    title_ids = list(s.scalars(select(LibraryTitle.id).order_by(LibraryTitle.id)))
    kinds = [t["item_type"] for t in titles]

    copies: list[dict[str, Any]] = []
    copy_title: list[int] = []
    seq = 0
    for idx, (tid, (shelf, n)) in enumerate(zip(title_ids, meta, strict=True)):
        for _ in range(n):
            seq += 1
            copies.append({**base, "uuid": demo.uuid(), "barcode": rules.make_barcode(prefix, seq), "title_id": tid,
                           "shelf_location": f"{shelf}{rng.randint(1, 6)}", "status": "available",
                           "last_seen_on": demo.year.starts_on})
            copy_title.append(idx)

    staff = [{**base, "uuid": demo.uuid(), "code": f"STAFF{i:03d}", "full_name": name, "department": dept}
             for i, (name, dept) in enumerate((
                 ("Nadia Benjelloun", "Langues"), ("Youssef Alaoui", "Digital"), ("Samira Fassi", "Gestion"),
                 ("Omar Kettani", "Industrie"), ("Latifa Berrada", "Santé"), ("Rachid Naciri", "Hôtellerie")), 1)]
    s.execute(insert(LibraryStaffPatron), staff)
    staff_ids = list(s.scalars(select(LibraryStaffPatron.id).order_by(LibraryStaffPatron.id)))

    closed = set(s.scalars(select(CalendarDay.day)))
    active = [t for t in demo.trainees if t.status == "active"]
    loans: list[dict[str, Any]] = []
    open_by_copy: set[int] = set()
    start = demo.year.starts_on + dt.timedelta(days=7)
    span = max(1, (today - start).days)
    n_loans = max(40, len(active) // 2)
    for _ in range(n_loans):
        ci = rng.randrange(len(copies))
        kind = kinds[copy_title[ci]]
        if kind == "reference":
            continue
        day = start + dt.timedelta(days=rng.randrange(span))
        days = rules.DEFAULT_RULES[("trainee", kind)][1]
        due = rules.due_date(day, days, demo.year.ends_on, closed)
        keep_out = 0.25 if due >= today - dt.timedelta(days=10) else 0.03
        returned = due - dt.timedelta(days=rng.randint(0, days - 1)) if rng.random() > keep_out else None
        if returned is not None and returned > today:
            returned = None
        if returned is None and ci in open_by_copy:
            continue
        if returned is None:
            open_by_copy.add(ci)
        staff_loan = rng.random() < 0.08
        p = rng.choice(active)
        out_at = dt.datetime.combine(day, dt.time(9 + rng.randrange(8), rng.randrange(60)), tzinfo=dt.UTC)
        back = dt.datetime.combine(max(returned, day), dt.time(15, 0), tzinfo=dt.UTC) if returned else None
        loans.append({**base, "uuid": demo.uuid(), "copy_id": None, "_ci": ci,
                      "trainee_id": None if staff_loan else p.id,
                      "staff_id": rng.choice(staff_ids) if staff_loan else None,
                      "patron_category": "staff" if staff_loan else "trainee", "item_type": kind,
                      "checked_out_at": out_at, "due_on": due, "returned_at": back, "renewals": 0,
                      "open": back is None})
    s.execute(insert(LibraryCopy), copies)
    ids = list(s.scalars(select(LibraryCopy.id).order_by(LibraryCopy.id)))
    for ln in loans:
        ln["copy_id"] = ids[ln.pop("_ci")]
    if loans:
        s.execute(insert(Loan), loans)
    out_ids = [ids[ci] for ci in open_by_copy]
    for chunk in range(0, len(out_ids), 500):
        s.execute(update(LibraryCopy).where(LibraryCopy.id.in_(out_ids[chunk:chunk + 500]))
                  .values(status="on_loan").execution_options(synchronize_session=False))
    # A few holds on titles whose copies are out: the queue the desk sees on return.
    held_titles = sorted({copy_title[ci] for ci in open_by_copy})[:8]
    holds = [{**base, "uuid": demo.uuid(), "title_id": title_ids[ti], "trainee_id": rng.choice(active).id,
              "staff_id": None, "placed_at": now - dt.timedelta(days=rng.randint(1, 10)), "status": "waiting",
              "copy_id": None, "note": None} for ti in held_titles]
    if holds:
        s.execute(insert(Hold), holds)
    overdue = sum(1 for ln in loans if ln["open"] and ln["due_on"] < today)
    return {"library titles": len(titles), "library copies": len(copies), "library loans": len(loans),
            "library loans out": len(open_by_copy), "library overdue": overdue}
