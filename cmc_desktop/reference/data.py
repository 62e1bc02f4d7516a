"""Fixed reference facts (DOMAIN.md). Labels stay editable in the program."""

from __future__ import annotations

import datetime as dt

# code, name_fr, name_ar, CMC site, reported residence beds (None: unknown)
REGIONS: tuple[tuple[str, str, str, str, int | None], ...] = (
    ("MA-01", "Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة", "Tanger", 450),
    ("MA-02", "L'Oriental", "الشرق", "Nador", None),
    ("MA-03", "Fès-Meknès", "فاس مكناس", "Fès", 300),
    ("MA-04", "Rabat-Salé-Kénitra", "الرباط سلا القنيطرة", "Tamesna", 700),
    ("MA-05", "Béni Mellal-Khénifra", "بني ملال خنيفرة", "Béni Mellal", None),
    ("MA-06", "Casablanca-Settat", "الدار البيضاء سطات", "Nouaceur", None),
    ("MA-07", "Marrakech-Safi", "مراكش آسفي", "Tamansourt", 450),
    ("MA-08", "Drâa-Tafilalet", "درعة تافيلالت", "Errachidia", 300),
    ("MA-09", "Souss-Massa", "سوس ماسة", "Agadir (Drarga)", 400),
    ("MA-10", "Guelmim-Oued Noun", "كلميم واد نون", "Guelmim", None),
    ("MA-11", "Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء", "Laâyoune", None),
    ("MA-12", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب", "Dakhla", 152),
)

# Sector codes are short and stable; Arabic labels are working translations (editable).
SECTORS: tuple[tuple[str, str, str, str], ...] = (
    ("IND", "Industrie", "الصناعة", "Industry"),
    ("DIA", "Digital & Intelligence Artificielle", "الرقمنة والذكاء الاصطناعي", "Digital & AI"),
    ("GC", "Gestion & Commerce", "التسيير والتجارة", "Management & Commerce"),
    ("TH", "Tourisme & Hôtellerie", "السياحة والفندقة", "Tourism & Hospitality"),
    ("BTP", "BTP", "البناء والأشغال العمومية", "Construction & Public Works"),
    ("AGR", "Agriculture", "الفلاحة", "Agriculture"),
    ("AGI", "Agro-industrie", "الصناعة الغذائية", "Agri-food industry"),
    ("SAN", "Santé", "الصحة", "Health"),
    ("SAP", "Services à la personne", "الخدمات الموجهة للأشخاص", "Services to persons"),
    ("ART", "Artisanat", "الصناعة التقليدية", "Crafts"),
    ("AIG", "Arts & Industries graphiques", "الفنون والصناعات المطبعية", "Graphic arts & industries"),
    ("PEC", "Pêche", "الصيد البحري", "Fisheries"),
    ("TL", "Transport & Logistique", "النقل واللوجستيك", "Transport & Logistics"),
)

LEVEL_LABELS = {
    "Q": "Qualification",
    "T": "Technicien",
    "TS": "Technicien Spécialisé",
    "SPEC": "Spécialisation",
    "CERT": "Formation qualifiante (certificat)",
}


def fixed_holidays(year: int) -> list[tuple[dt.date, str]]:
    """Morocco's fixed public holidays. Lunar ones are entered per year (they move)."""
    fixed = [
        (1, 1, "Nouvel An"), (1, 11, "Manifeste de l'Indépendance"), (1, 14, "Nouvel An amazigh (Yennayer)"),
        (5, 1, "Fête du Travail"), (7, 30, "Fête du Trône"), (8, 14, "Oued Ed-Dahab"),
        (8, 20, "Révolution du Roi et du Peuple"), (8, 21, "Fête de la Jeunesse"),
        (11, 6, "Marche Verte"), (11, 18, "Fête de l'Indépendance"),
    ]
    return [(dt.date(year, m, d), label) for m, d, label in fixed]
