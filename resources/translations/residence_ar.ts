<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name />
    <message>
      <source>%1 applications</source>
      <translation>%1 طلبات</translation>
    </message>
    <message>
      <source>%1 applications: %2 housed (%3 new, %4 kept), %5 waitlisted; %6 of %7 beds free.</source>
      <translation>%1 طلبات: %2 مستفيدون من السكن (%3 جدد، %4 محتفظ بهم)، %5 في لائحة الانتظار؛ %6 أسرة شاغرة من أصل %7.</translation>
    </message>
    <message>
      <source>%1 beds: %2 occupied, %3 free</source>
      <translation>%1 سرير: %2 مشغول، %3 شاغر</translation>
    </message>
    <message>
      <source>%1 checked in to %2</source>
      <translation>تم تسجيل دخول %1 إلى السرير %2</translation>
    </message>
    <message>
      <source>%1 checked out; deposit refund %2 MAD</source>
      <translation>تم تسجيل خروج %1؛ الضمانة المستردة %2 درهم</translation>
    </message>
    <message>
      <source>%1 free</source>
      <translation>%1 شاغر</translation>
    </message>
    <message>
      <source>%1 moved from %2 to %3</source>
      <translation>تم نقل %1 من %2 إلى %3</translation>
    </message>
    <message>
      <source>%1 still has %2 media-library item(s) on loan. Ask for them back before the no-dues clearance.</source>
      <translation>لا يزال لدى %1 عدد %2 من وثائق الخزانة الوسائطية على سبيل الإعارة. اطلب إرجاعها قبل تسليم براءة الذمة.</translation>
    </message>
    <message>
      <source>%1: %2 housed, %3 waitlisted</source>
      <translation>%1: %2 مستفيدون، %3 في الانتظار</translation>
    </message>
    <message>
      <source>Accessibility need</source>
      <translation>حاجة إلى الولوجية</translation>
    </message>
    <message>
      <source>Accessible room</source>
      <translation>غرفة ولوجة</translation>
    </message>
    <message>
      <source>Add a building</source>
      <translation>إضافة بناية</translation>
    </message>
    <message>
      <source>Add a building…</source>
      <translation>إضافة بناية…</translation>
    </message>
    <message>
      <source>Add a damage</source>
      <translation>إضافة ضرر</translation>
    </message>
    <message>
      <source>Add a room</source>
      <translation>إضافة غرفة</translation>
    </message>
    <message>
      <source>Add a room…</source>
      <translation>إضافة غرفة…</translation>
    </message>
    <message>
      <source>All applications</source>
      <translation>جميع الطلبات</translation>
    </message>
    <message>
      <source>All buildings</source>
      <translation>جميع البنايات</translation>
    </message>
    <message>
      <source>All floors</source>
      <translation>جميع الطوابق</translation>
    </message>
    <message>
      <source>Allocation</source>
      <translation>التوزيع</translation>
    </message>
    <message>
      <source>Allocation decisions</source>
      <translation>قرارات التوزيع</translation>
    </message>
    <message>
      <source>Allocation for %1 written</source>
      <translation>تم تسجيل توزيع %1</translation>
    </message>
    <message>
      <source>Already housed in room %1: kept</source>
      <translation>مقيم(ة) أصلا في الغرفة %1: تم الإبقاء</translation>
    </message>
    <message>
      <source>Applications and waitlist</source>
      <translation>الطلبات ولائحة الانتظار</translation>
    </message>
    <message>
      <source>Apply allocation</source>
      <translation>تطبيق التوزيع</translation>
    </message>
    <message>
      <source>Back in service</source>
      <translation>إعادة إلى الخدمة</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>السرير</translation>
    </message>
    <message>
      <source>Bed %1 is freed at once.</source>
      <translation>يتم تحرير السرير %1 فورا.</translation>
    </message>
    <message>
      <source>Bed %1 updated</source>
      <translation>تم تحديث السرير %1</translation>
    </message>
    <message>
      <source>Bed history</source>
      <translation>سجل السرير</translation>
    </message>
    <message>
      <source>Beds</source>
      <translation>الأسرة</translation>
    </message>
    <message>
      <source>Beds are free while trainees wait: run the allocation</source>
      <translation>توجد أسرة شاغرة بينما ينتظر متدربون: شغل التوزيع</translation>
    </message>
    <message>
      <source>Building</source>
      <translation>البناية</translation>
    </message>
    <message>
      <source>Building %1 added</source>
      <translation>تمت إضافة البناية %1</translation>
    </message>
    <message>
      <source>Building %1 — floor %2</source>
      <translation>البناية %1 — الطابق %2</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>كرسي</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <source>Check in to %1</source>
      <translation>الدخول إلى السرير %1</translation>
    </message>
    <message>
      <source>Check in…</source>
      <translation>دخول…</translation>
    </message>
    <message>
      <source>Check out</source>
      <translation>تسجيل الخروج</translation>
    </message>
    <message>
      <source>Check out %1</source>
      <translation>خروج %1</translation>
    </message>
    <message>
      <source>Check out…</source>
      <translation>خروج…</translation>
    </message>
    <message>
      <source>Check-in date</source>
      <translation>تاريخ الدخول</translation>
    </message>
    <message>
      <source>Check-out date</source>
      <translation>تاريخ الخروج</translation>
    </message>
    <message>
      <source>Click a bed for its details; drag a resident onto a free bed to move them, or use Ctrl+X on their bed then Ctrl+V on the free bed.</source>
      <translation>انقر على سرير لعرض تفاصيله؛ اسحب مقيمًا إلى سرير شاغر لنقله، أو استعمل Ctrl+X على سريره ثم Ctrl+V على السرير الشاغر.</translation>
    </message>
    <message>
      <source>Click a bed for its details; drag a resident onto a free bed to move them.</source>
      <translation>انقر على سرير لعرض تفاصيله؛ اسحب مقيما إلى سرير شاغر لنقله.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Computing the allocation</source>
      <translation>جار حساب التوزيع</translation>
    </message>
    <message>
      <source>Condition at check-out</source>
      <translation>الحالة عند الخروج</translation>
    </message>
    <message>
      <source>Condition report (the resident may dispute it within 24 hours)</source>
      <translation>محضر الحالة (يمكن للمقيم الاعتراض عليه خلال 24 ساعة)</translation>
    </message>
    <message>
      <source>Condition report disputable until %1</source>
      <translation>محضر الحالة قابل للاعتراض إلى غاية %1</translation>
    </message>
    <message>
      <source>Correct this application</source>
      <translation>تصحيح هذا الطلب</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>متضرر</translation>
    </message>
    <message>
      <source>Damages %1 MAD — deposit refund %2 MAD</source>
      <translation>الأضرار %1 درهم — الضمانة المستردة %2 درهم</translation>
    </message>
    <message>
      <source>Damages charged against the deposit</source>
      <translation>الأضرار المقتطعة من الضمانة</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <source>Deposit</source>
      <translation>الضمانة</translation>
    </message>
    <message>
      <source>Desk</source>
      <translation>مكتب</translation>
    </message>
    <message>
      <source>Dispute recorded for %1</source>
      <translation>تم تسجيل اعتراض %1</translation>
    </message>
    <message>
      <source>Dispute the condition report</source>
      <translation>الاعتراض على محضر الحالة</translation>
    </message>
    <message>
      <source>Dispute the condition report…</source>
      <translation>الاعتراض على محضر الحالة…</translation>
    </message>
    <message>
      <source>Disputed: %1</source>
      <translation>معترض عليه: %1</translation>
    </message>
    <message>
      <source>Distance counted up to (km)</source>
      <translation>المسافة المحتسبة إلى غاية (كلم)</translation>
    </message>
    <message>
      <source>Distance from home</source>
      <translation>المسافة عن المسكن</translation>
    </message>
    <message>
      <source>Distance: %1 km, social score %2/10, year %3</source>
      <translation>المسافة: %1 كلم، النقطة الاجتماعية %2/10، السنة %3</translation>
    </message>
    <message>
      <source>Door and lock</source>
      <translation>الباب والقفل</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات إكسل (*.xlsx)</translation>
    </message>
    <message>
      <source>Explanation</source>
      <translation>التعليل</translation>
    </message>
    <message>
      <source>Export residents</source>
      <translation>تصدير المقيمين</translation>
    </message>
    <message>
      <source>Export residents (Excel)…</source>
      <translation>تصدير المقيمين (إكسل)…</translation>
    </message>
    <message>
      <source>First year of study</source>
      <translation>السنة الأولى من التكوين</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>الطابق</translation>
    </message>
    <message>
      <source>Floors</source>
      <translation>الطوابق</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>شاغر</translation>
    </message>
    <message>
      <source>Free beds</source>
      <translation>الأسرة الشاغرة</translation>
    </message>
    <message>
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>جيد</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>الفوج</translation>
    </message>
    <message>
      <source>Hard constraints, never broken: the building's sex, accessible rooms for accessibility needs, room capacity, beds under maintenance, one bed per trainee. People already housed are never moved.</source>
      <translation>قيود صارمة لا تخرق أبدا: جنس البناية، الغرف الولوجة لذوي الحاجة إلى الولوجية، سعة الغرفة، الأسرة قيد الصيانة، سرير واحد لكل متدرب. لا يتم نقل المقيمين أصلا أبدا.</translation>
    </message>
    <message>
      <source>Housed</source>
      <translation>مستفيد من السكن</translation>
    </message>
    <message>
      <source>Houses</source>
      <translation>مخصصة لـ</translation>
    </message>
    <message>
      <source>Inventory</source>
      <translation>الجرد</translation>
    </message>
    <message>
      <source>Keep minors with minors</source>
      <translation>إسكان القاصرين مع القاصرين</translation>
    </message>
    <message>
      <source>Key or badge</source>
      <translation>المفتاح أو الشارة</translation>
    </message>
    <message>
      <source>Key: %1 · deposit %2 MAD</source>
      <translation>المفتاح: %1 · الضمانة %2 درهم</translation>
    </message>
    <message>
      <source>Lamp</source>
      <translation>مصباح</translation>
    </message>
    <message>
      <source>Leave of absence for %1</source>
      <translation>إذن بالغياب لـ %1</translation>
    </message>
    <message>
      <source>Leave of absence…</source>
      <translation>إذن بالغياب…</translation>
    </message>
    <message>
      <source>Leave recorded for %1</source>
      <translation>تم تسجيل الغياب لـ %1</translation>
    </message>
    <message>
      <source>Library items still on loan</source>
      <translation>وثائق الخزانة لم تُرجَع بعد</translation>
    </message>
    <message>
      <source>MAD</source>
      <translation>درهم</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>صيانة</translation>
    </message>
    <message>
      <source>Matricule</source>
      <translation>رقم التسجيل</translation>
    </message>
    <message>
      <source>Mattress</source>
      <translation>فراش</translation>
    </message>
    <message>
      <source>Meals are not planned for residents on leave.</source>
      <translation>لا تبرمج الوجبات للمقيمين الغائبين.</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>الذكور</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>قاصر</translation>
    </message>
    <message>
      <source>Minor (under 18)</source>
      <translation>قاصر (أقل من 18 سنة)</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>مفقود</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Name (Arabic)</source>
      <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
      <source>No compatible free bed left (rank %1, waitlist position %2)</source>
      <translation>لم يعد هناك سرير شاغر ملائم (الرتبة %1، الموقع %2 في لائحة الانتظار)</translation>
    </message>
    <message>
      <source>No free accessible bed left (rank %1, waitlist position %2)</source>
      <translation>لم يعد هناك سرير ولوج شاغر (الرتبة %1، الموقع %2 في لائحة الانتظار)</translation>
    </message>
    <message>
      <source>No free bed left in the wing for this sex (rank %1, waitlist position %2)</source>
      <translation>لم يعد هناك سرير شاغر في جناح هذا الجنس (الرتبة %1، الموقع %2 في لائحة الانتظار)</translation>
    </message>
    <message>
      <source>No rooms match the filter</source>
      <translation>لا توجد غرف مطابقة للتصفية</translation>
    </message>
    <message>
      <source>No rooms yet: add buildings and rooms</source>
      <translation>لا توجد غرف بعد: أضف البنايات والغرف</translation>
    </message>
    <message>
      <source>Not allocated yet: run the allocation to rank this application</source>
      <translation>لم يوزع بعد: شغل التوزيع لترتيب هذا الطلب</translation>
    </message>
    <message>
      <source>Noted at check-in: %1</source>
      <translation>ملاحظ عند الدخول: %1</translation>
    </message>
    <message>
      <source>Occupancy</source>
      <translation>نسبة الملء</translation>
    </message>
    <message>
      <source>Occupancy (Excel)…</source>
      <translation>نسبة الملء (إكسل)…</translation>
    </message>
    <message>
      <source>Occupancy (PDF)…</source>
      <translation>نسبة الملء (PDF)…</translation>
    </message>
    <message>
      <source>Occupied</source>
      <translation>مشغول</translation>
    </message>
    <message>
      <source>On leave</source>
      <translation>في إجازة</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>قيد الدراسة</translation>
    </message>
    <message>
      <source>Placed in room %1 with the requested roommate (mutual request)</source>
      <translation>وضع(ت) في الغرفة %1 مع رفيق الغرفة المطلوب (طلب متبادل)</translation>
    </message>
    <message>
      <source>Placed in room %1 with trainees of the same group</source>
      <translation>وضع(ت) في الغرفة %1 مع متدربين من نفس الفوج</translation>
    </message>
    <message>
      <source>Placed in room %1 with trainees of the same programme</source>
      <translation>وضع(ت) في الغرفة %1 مع متدربين من نفس الشعبة</translation>
    </message>
    <message>
      <source>Placed in room %1, the first compatible free bed in priority order</source>
      <translation>وضع(ت) في الغرفة %1، أول سرير شاغر ملائم حسب ترتيب الأولوية</translation>
    </message>
    <message>
      <source>Points per 10 km from home</source>
      <translation>نقط لكل 10 كلم عن المسكن</translation>
    </message>
    <message>
      <source>Points per social-situation point (0–10)</source>
      <translation>نقط لكل نقطة من الوضعية الاجتماعية (0–10)</translation>
    </message>
    <message>
      <source>Preview allocation</source>
      <translation>معاينة التوزيع</translation>
    </message>
    <message>
      <source>Preview for %1 — nothing written yet</source>
      <translation>معاينة %1 — لم يسجل أي شيء بعد</translation>
    </message>
    <message>
      <source>Preview the allocation to see who would be housed and why.</source>
      <translation>عاين التوزيع لمعرفة من سيستفيد من السكن ولماذا.</translation>
    </message>
    <message>
      <source>Priority inversions: %1</source>
      <translation>انعكاسات الأولوية: %1</translation>
    </message>
    <message>
      <source>Priority weights</source>
      <translation>معاملات الأولوية</translation>
    </message>
    <message>
      <source>Put under maintenance</source>
      <translation>وضع قيد الصيانة</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>الرتبة</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Remote or rural area</source>
      <translation>منطقة قروية أو نائية</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>التقارير</translation>
    </message>
    <message>
      <source>Reserved</source>
      <translation>محجوز</translation>
    </message>
    <message>
      <source>Residence</source>
      <translation>الإقامة</translation>
    </message>
    <message>
      <source>Residence applications</source>
      <translation>طلبات السكن</translation>
    </message>
    <message>
      <source>Residence certificate</source>
      <translation>شهادة الإقامة</translation>
    </message>
    <message>
      <source>Residence certificate…</source>
      <translation>شهادة الإقامة…</translation>
    </message>
    <message>
      <source>Residence occupancy</source>
      <translation>نسبة ملء الإقامة</translation>
    </message>
    <message>
      <source>Residence waitlist</source>
      <translation>لائحة انتظار الإقامة</translation>
    </message>
    <message>
      <source>Residents against the 16 % target</source>
      <translation>المقيمون مقارنة بهدف 16 %</translation>
    </message>
    <message>
      <source>Residents on leave today</source>
      <translation>المقيمون في إجازة اليوم</translation>
    </message>
    <message>
      <source>Residents per room</source>
      <translation>المقيمون حسب الغرف</translation>
    </message>
    <message>
      <source>Residents per room (PDF)…</source>
      <translation>المقيمون حسب الغرف (PDF)…</translation>
    </message>
    <message>
      <source>Room %1 added</source>
      <translation>تمت إضافة الغرفة %1</translation>
    </message>
    <message>
      <source>Room board</source>
      <translation>لوحة الغرف</translation>
    </message>
    <message>
      <source>Room number</source>
      <translation>رقم الغرفة</translation>
    </message>
    <message>
      <source>Roommate requested: %1</source>
      <translation>رفيق الغرفة المطلوب: %1</translation>
    </message>
    <message>
      <source>Save and rescore</source>
      <translation>حفظ وإعادة احتساب النقطة</translation>
    </message>
    <message>
      <source>Save weights</source>
      <translation>حفظ المعاملات</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <source>Search by name or matricule</source>
      <translation>البحث بالاسم أو رقم التسجيل</translation>
    </message>
    <message>
      <source>Select a bed</source>
      <translation>اختر سريرا</translation>
    </message>
    <message>
      <source>Select an application to see its score breakdown.</source>
      <translation>اختر طلبا لعرض تفصيل نقطته.</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>Since %1</source>
      <translation>منذ %1</translation>
    </message>
    <message>
      <source>Social situation</source>
      <translation>الوضعية الاجتماعية</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>The free beds left are in rooms the minors-with-minors rule closes to this applicant (rank %1, waitlist position %2)</source>
      <translation>الأسرة الشاغرة المتبقية في غرف تغلقها قاعدة «القاصرون مع القاصرين» أمام هذا الطالب (الرتبة %1، الموقع %2 في لائحة الانتظار)</translation>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>Waitlist</source>
      <translation>لائحة الانتظار</translation>
    </message>
    <message>
      <source>Waitlist (PDF)…</source>
      <translation>لائحة الانتظار (PDF)…</translation>
    </message>
    <message>
      <source>Waitlist position</source>
      <translation>الموقع في لائحة الانتظار</translation>
    </message>
    <message>
      <source>Waitlisted</source>
      <translation>في لائحة الانتظار</translation>
    </message>
    <message>
      <source>Walls</source>
      <translation>الجدران</translation>
    </message>
    <message>
      <source>Wardrobe</source>
      <translation>خزانة</translation>
    </message>
    <message>
      <source>Weekend, holiday, family reason…</source>
      <translation>عطلة نهاية الأسبوع، عطلة، سبب عائلي…</translation>
    </message>
    <message>
      <source>Weights saved. Preview again to see their effect.</source>
      <translation>تم حفظ المعاملات. عاين مجددا لرؤية أثرها.</translation>
    </message>
    <message>
      <source>What does the resident dispute?</source>
      <translation>ما الذي يعترض عليه المقيم؟</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>نافذة</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>مسحوب</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>الإناث</translation>
    </message>
    <message>
      <source>Worn</source>
      <translation>مستعمل</translation>
    </message>
    <message>
      <source>Write this allocation? %1 trainees will be newly housed; nobody already housed moves.</source>
      <translation>تسجيل هذا التوزيع؟ سيستفيد %1 متدربا جديدا من السكن؛ لن ينقل أي مقيم أصلا.</translation>
    </message>
    <message>
      <source>Writing the allocation</source>
      <translation>جار تسجيل التوزيع</translation>
    </message>
    <message>
      <source>Written %1</source>
      <translation>تمت الكتابة: %1</translation>
    </message>
    <message>
      <source>balance due %1 MAD</source>
      <translation>المبلغ المتبقي %1 درهم</translation>
    </message>
    <message>
      <source>check-in</source>
      <translation>دخول</translation>
    </message>
    <message>
      <source>check-out</source>
      <translation>خروج</translation>
    </message>
    <message>
      <source>kept</source>
      <translation>محتفظ به</translation>
    </message>
    <message>
      <source>men</source>
      <translation>ذكور</translation>
    </message>
    <message>
      <source>minor</source>
      <translation>قاصر</translation>
    </message>
    <message>
      <source>moved in</source>
      <translation>وصول بالنقل</translation>
    </message>
    <message>
      <source>moved on the room board</source>
      <translation>نقل عبر لوحة الغرف</translation>
    </message>
    <message>
      <source>moved out</source>
      <translation>مغادرة بالنقل</translation>
    </message>
    <message>
      <source>women</source>
      <translation>إناث</translation>
    </message>
  </context>
</TS>
