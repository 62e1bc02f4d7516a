"""Plausible Moroccan names in Latin and Arabic script, and Souss-Massa localities."""

from __future__ import annotations

MALE_FIRST = (
    ("Mohamed", "محمد"), ("Youssef", "يوسف"), ("Ayoub", "أيوب"), ("Hamza", "حمزة"), ("Omar", "عمر"),
    ("Anas", "أنس"), ("Mehdi", "المهدي"), ("Yassine", "ياسين"), ("Amine", "أمين"), ("Soufiane", "سفيان"),
    ("Ismail", "إسماعيل"), ("Khalid", "خالد"), ("Hicham", "هشام"), ("Abdellah", "عبد الله"),
    ("Zakaria", "زكرياء"), ("Adil", "عادل"), ("Reda", "رضا"), ("Ilyas", "إلياس"), ("Badr", "بدر"),
    ("Said", "سعيد"), ("Brahim", "إبراهيم"), ("Lahcen", "لحسن"), ("Hassan", "حسن"), ("Othmane", "عثمان"),
    ("Nabil", "نبيل"), ("Tarik", "طارق"), ("Walid", "وليد"), ("Aziz", "عزيز"), ("Karim", "كريم"),
    ("Mustapha", "مصطفى"), ("Idriss", "إدريس"), ("Salah", "صلاح"), ("Jamal", "جمال"), ("Noureddine", "نور الدين"),
)
FEMALE_FIRST = (
    ("Fatima Zahra", "فاطمة الزهراء"), ("Khadija", "خديجة"), ("Salma", "سلمى"), ("Imane", "إيمان"),
    ("Aya", "آية"), ("Hajar", "هاجر"), ("Meryem", "مريم"), ("Sara", "سارة"), ("Oumaima", "أميمة"),
    ("Nada", "ندى"), ("Houda", "هدى"), ("Zineb", "زينب"), ("Asmae", "أسماء"), ("Chaimae", "شيماء"),
    ("Loubna", "لبنى"), ("Nora", "نورة"), ("Ikram", "إكرام"), ("Soukaina", "سكينة"), ("Hasna", "حسناء"),
    ("Wiam", "وئام"), ("Rania", "رانية"), ("Malak", "ملاك"), ("Kawtar", "كوثر"), ("Ilham", "إلهام"),
    ("Najat", "نجاة"), ("Latifa", "لطيفة"), ("Btissam", "ابتسام"), ("Yasmine", "ياسمين"), ("Amina", "أمينة"),
)
LAST = (
    ("El Amrani", "العمراني"), ("Benali", "بنعلي"), ("Alaoui", "العلوي"), ("Idrissi", "الإدريسي"),
    ("Bennani", "بناني"), ("Tazi", "التازي"), ("Ouhaddou", "أوحدو"), ("Aït Lahcen", "آيت لحسن"),
    ("Boutaleb", "بوطالب"), ("Chakir", "شاكر"), ("Ezzahraoui", "الزهراوي"), ("Haddad", "الحداد"),
    ("Lahlou", "لحلو"), ("Mansouri", "المنصوري"), ("Naciri", "الناصري"), ("Ouazzani", "الوزاني"),
    ("Rahmouni", "الرحموني"), ("Sebbar", "الصبار"), ("Talbi", "الطالبي"), ("Zerouali", "الزروالي"),
    ("Aït Baha", "آيت باها"), ("Oubella", "أوبلا"), ("Amzil", "أمزيل"), ("Akhannouch", "أخنوش"),
    ("Bouhmid", "بوحميد"), ("Id Boubker", "إد بوبكر"), ("Outaleb", "أوطالب"), ("Bakkali", "البقالي"),
    ("Fassi", "الفاسي"), ("Berrada", "برادة"), ("Kabbaj", "القباج"), ("Slaoui", "السلاوي"),
    ("El Kasmi", "القاسمي"), ("Essaidi", "السعيدي"), ("Ouchen", "أوشن"), ("Aznag", "أزناك"),
    ("Belhaj", "بلحاج"), ("Daoudi", "الداودي"), ("El Filali", "الفيلالي"), ("Hilali", "الهلالي"),
)
# locality, distance to the CMC (km), remote/rural
SOUSS_LOCALITIES = (
    ("Agadir", 12, False), ("Inezgane", 8, False), ("Aït Melloul", 10, False), ("Drarga", 2, False),
    ("Dcheira El Jihadia", 9, False), ("Taroudant", 78, False), ("Tiznit", 95, False),
    ("Biougra", 38, False), ("Chtouka Aït Baha", 45, False), ("Aït Baha", 70, True),
    ("Tafraout", 160, True), ("Taliouine", 180, True), ("Igherm", 170, True), ("Tata", 300, True),
    ("Akka", 330, True), ("Sidi Ifni", 160, False), ("Massa", 55, True), ("Oulad Teima", 45, False),
    ("Imouzzer Ida Outanane", 60, True), ("Tamanar", 95, True), ("Anza", 18, False), ("Tamraght", 25, False),
)
