"""The demo city's catalogue: Souss-Massa hubs, programmes and groups."""

from __future__ import annotations

# hub code, name_fr, name_ar, sector code
HUBS = (
    ("P-IND", "Pôle Industrie", "قطب الصناعة", "IND"),
    ("P-DIA", "Pôle Digital & IA", "قطب الرقمنة والذكاء الاصطناعي", "DIA"),
    ("P-GC", "Pôle Gestion & Commerce", "قطب التسيير والتجارة", "GC"),
    ("P-TH", "Pôle Tourisme & Hôtellerie", "قطب السياحة والفندقة", "TH"),
    ("P-BTP", "Pôle BTP", "قطب البناء والأشغال العمومية", "BTP"),
    ("P-AGR", "Pôle Agriculture", "قطب الفلاحة", "AGR"),
    ("P-AGI", "Pôle Agro-industrie", "قطب الصناعة الغذائية", "AGI"),
    ("P-SAN", "Pôle Santé", "قطب الصحة", "SAN"),
    ("P-SAP", "Pôle Services à la personne", "قطب الخدمات الموجهة للأشخاص", "SAP"),
    ("P-PEC", "Pôle Pêche", "قطب الصيد البحري", "PEC"),
    ("P-TL", "Pôle Transport & Logistique", "قطب النقل واللوجستيك", "TL"),
)

# code, label_fr, label_ar, level, months, sector, soft-skills hours
PROGRAMMES = (
    ("DEV", "Développement Digital", "التطوير الرقمي", "TS", 24, "DIA", 180),
    ("ID", "Infrastructure Digitale option Systèmes et Réseaux", "البنية التحتية الرقمية", "TS", 24, "DIA", 180),
    ("IA", "Intelligence Artificielle", "الذكاء الاصطناعي", "TS", 24, "DIA", 180),
    ("AAG", "Assistant Administratif option Gestion", "مساعد إداري تخصص التسيير", "T", 24, "GC", 200),
    ("GE", "Gestion des Entreprises", "تسيير المقاولات", "TS", 24, "GC", 200),
    ("CMC", "Commerce et Marketing", "التجارة والتسويق", "TS", 24, "GC", 200),
    ("HR", "Hôtellerie et Restauration", "الفندقة والإطعام", "T", 24, "TH", 220),
    ("AT", "Animation Touristique", "التنشيط السياحي", "TS", 24, "TH", 220),
    ("CUI", "Cuisine", "الطبخ", "Q", 12, "TH", 120),
    ("BECM", "Bureau d'Étude en Construction Métallique", "مكتب الدراسات في البناء المعدني", "TS", 24, "BTP", 150),
    ("GO", "Gros Œuvres", "الأشغال الكبرى", "Q", 12, "BTP", 90),
    ("TCE", "Technicien Conducteur de Travaux", "تقني قيادة الأشغال", "T", 24, "BTP", 150),
    ("EMI", "Électromécanique des Systèmes Automatisés", "الكهروميكانيك للأنظمة الآلية", "TS", 24, "IND", 150),
    ("MI", "Maintenance Industrielle", "الصيانة الصناعية", "T", 24, "IND", 150),
    ("SOU", "Soudage", "التلحيم", "Q", 12, "IND", 90),
    ("TAG", "Technicien en Agriculture", "تقني في الفلاحة", "T", 24, "AGR", 150),
    ("IRR", "Irrigation et Gestion de l'Eau", "السقي وتدبير المياه", "TS", 24, "AGR", 150),
    ("QAL", "Qualité en Agro-industrie", "الجودة في الصناعة الغذائية", "TS", 24, "AGI", 150),
    ("AS", "Aide-Soignant", "مساعد علاجي", "T", 24, "SAN", 150),
    ("APS", "Auxiliaire de Puériculture", "مساعد في رعاية الطفولة", "Q", 12, "SAP", 90),
    ("PM", "Pêche Maritime", "الصيد البحري", "Q", 12, "PEC", 90),
    ("LOG", "Logistique", "اللوجستيك", "TS", 24, "TL", 150),
    ("CERT-NUM", "Certificat Compétences Numériques", "شهادة المهارات الرقمية", "CERT", 3, "DIA", 0),
)
