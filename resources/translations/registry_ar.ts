<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name />
    <message>
      <source>%1 appears twice in the file (also row %2).</source>
      <translation>%1 مكرر في الملف (أيضًا السطر %2).</translation>
    </message>
    <message>
      <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected, %6 warnings.</source>
      <translation>%1 سطر: %2 جديد، %3 محدَّث، %4 دون تغيير، %5 مرفوض، %6 تنبيه.</translation>
    </message>
    <message>
      <source>%1 trainees</source>
      <translation>%1 متدرب</translation>
    </message>
    <message>
      <source>%1 trainees exported to %2</source>
      <translation>تم تصدير %1 متدرب إلى %2</translation>
    </message>
    <message>
      <source>&amp;Choose a file…</source>
      <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;استيراد</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;استيراد…</translation>
    </message>
    <message>
      <source>&amp;New trainee</source>
      <translation>متدرب &amp;جديد</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;فتح</translation>
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;حفظ</translation>
    </message>
    <message>
      <source>Accepted: the CMC template or the headquarters enrolment export (.xlsx).</source>
      <translation>الصيغ المقبولة: نموذج مدينة المهن والكفاءات أو ملف التسجيلات المصدَّر من المقر (.xlsx).</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>All groups</source>
      <translation>كل الأفواج</translation>
    </message>
    <message>
      <source>All levels</source>
      <translation>كل المستويات</translation>
    </message>
    <message>
      <source>All programmes</source>
      <translation>كل الشعب</translation>
    </message>
    <message>
      <source>All sectors</source>
      <translation>كل القطاعات</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>كل الوضعيات</translation>
    </message>
    <message>
      <source>Another desk saved this trainee first: %1</source>
      <translation>قام مكتب آخر بحفظ هذا المتدرب قبلك: %1</translation>
    </message>
    <message>
      <source>Another trainee already has this number.</source>
      <translation>هذا الرقم مسجل لمتدرب آخر.</translation>
    </message>
    <message>
      <source>Arabic letters are not accepted here; use the Arabic name field.</source>
      <translation>الحروف العربية غير مقبولة هنا؛ استعمل خانة الاسم بالعربية.</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>تاريخ الازدياد</translation>
    </message>
    <message>
      <source>Birth date (dd/mm/yyyy)</source>
      <translation>تاريخ الازدياد (يوم/شهر/سنة)</translation>
    </message>
    <message>
      <source>Bridging route (age limit 33)</source>
      <translation>مسلك الجسر (السن الأقصى 33)</translation>
    </message>
    <message>
      <source>CIN</source>
      <translation>رقم البطاقة الوطنية</translation>
    </message>
    <message>
      <source>CIN %1 already belongs to the trainee with matricule %2.</source>
      <translation>رقم البطاقة الوطنية %1 يخص بالفعل المتدرب ذا الرقم %2.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Cancelled; nothing was written.</source>
      <translation>تم الإلغاء؛ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
      <source>Checking the file</source>
      <translation>جارٍ فحص الملف</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>جارٍ الفحص…</translation>
    </message>
    <message>
      <source>Choose a &amp;photo…</source>
      <translation>اختيار &amp;صورة…</translation>
    </message>
    <message>
      <source>Choose a group in the filter first.</source>
      <translation>اختر فوجًا في المرشح أولًا.</translation>
    </message>
    <message>
      <source>Choose a photo</source>
      <translation>اختيار صورة</translation>
    </message>
    <message>
      <source>Class &amp;list…</source>
      <translation>&amp;لائحة الفوج…</translation>
    </message>
    <message>
      <source>Class list</source>
      <translation>لائحة الفوج</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>العمود</translation>
    </message>
    <message>
      <source>Correct the file, or tick the box to import only the valid rows.</source>
      <translation>صحّح الملف، أو ضع علامة في الخانة لاستيراد الأسطر الصحيحة فقط.</translation>
    </message>
    <message>
      <source>Distance to the city (km)</source>
      <translation>المسافة إلى المدينة (كلم)</translation>
    </message>
    <message>
      <source>Dropped out</source>
      <translation>المنقطعون</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>ت&amp;صدير…</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Enrolment &amp;certificate…</source>
      <translation>&amp;شهادة التسجيل…</translation>
    </message>
    <message>
      <source>Enrolment certificate</source>
      <translation>شهادة التسجيل</translation>
    </message>
    <message>
      <source>Enrolments</source>
      <translation>التسجيلات</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات إكسل (*.xlsx)</translation>
    </message>
    <message>
      <source>Export trainees</source>
      <translation>تصدير المتدربين</translation>
    </message>
    <message>
      <source>Exporting trainees</source>
      <translation>جارٍ تصدير المتدربين</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>الاسم الشخصي</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>الفوج</translation>
    </message>
    <message>
      <source>Group %1 does not exist in the catalogue; create it first or correct the code.</source>
      <translation>الفوج %1 غير موجود في الفهرس المرجعي؛ أنشئه أولًا أو صحّح الرمز.</translation>
    </message>
    <message>
      <source>Group %1 would hold %2 trainees for %3 places.</source>
      <translation>سيضم الفوج %1 عدد %2 متدربين مقابل %3 مقاعد.</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>ولي الأمر</translation>
    </message>
    <message>
      <source>Guardian phone</source>
      <translation>هاتف ولي الأمر</translation>
    </message>
    <message>
      <source>Home locality</source>
      <translation>مكان السكن الأصلي</translation>
    </message>
    <message>
      <source>Ignored columns: %1</source>
      <translation>أعمدة تم تجاهلها: %1</translation>
    </message>
    <message>
      <source>Images (*.jpg *.jpeg *.png)</source>
      <translation>صور (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <source>Import the valid rows and save the rejected ones next to the file</source>
      <translation>استيراد الأسطر الصحيحة وحفظ الأسطر المرفوضة بجانب الملف</translation>
    </message>
    <message>
      <source>Import trainees</source>
      <translation>استيراد المتدربين</translation>
    </message>
    <message>
      <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
      <translation>تم الاستيراد: %1 جديد، %2 محدَّث، %3 دون تغيير.</translation>
    </message>
    <message>
      <source>Importing trainees</source>
      <translation>جارٍ استيراد المتدربين</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>الاسم العائلي</translation>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>الاسم العائلي (بالعربية)</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <source>Man (H)</source>
      <translation>ذكر (H)</translation>
    </message>
    <message>
      <source>Massar code</source>
      <translation>رمز مسار</translation>
    </message>
    <message>
      <source>Matricule</source>
      <translation>رقم التسجيل</translation>
    </message>
    <message>
      <source>Matricule %1 already belongs to %2, born %3, in the database; this row names another person.</source>
      <translation>الرقم %1 يخص بالفعل %2، المولود(ة) في %3، في قاعدة البيانات؛ هذا السطر يخص شخصًا آخر.</translation>
    </message>
    <message>
      <source>Matricule %1 does not start with the birth date %2.</source>
      <translation>الرقم %1 لا يبدأ بتاريخ الازدياد %2.</translation>
    </message>
    <message>
      <source>Minor (age %1) without a guardian contact.</source>
      <translation>قاصر (%1 سنة) دون وسيلة اتصال بولي الأمر.</translation>
    </message>
    <message>
      <source>Name (Arabic)</source>
      <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
      <source>New trainee</source>
      <translation>متدرب جديد</translation>
    </message>
    <message>
      <source>No file chosen</source>
      <translation>لم يتم اختيار أي ملف</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>لا توجد صورة</translation>
    </message>
    <message>
      <source>No trainee matches the search and filters. Clear them, or bring in a list with Import… (Ctrl+I).</source>
      <translation>لا يوجد متدرب يطابق البحث والمرشحات. امسحها، أو استورد لائحة عبر استيراد… (Ctrl+I).</translation>
    </message>
    <message>
      <source>Non-residents</source>
      <translation>غير المقيمين</translation>
    </message>
    <message>
      <source>None yet</source>
      <translation>لا شيء بعد</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>الصورة</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>المرجو التأكيد</translation>
    </message>
    <message>
      <source>Programme %1 in LibelleLong differs from the programme %3 of group %2.</source>
      <translation>الشعبة %1 في LibelleLong تختلف عن الشعبة %3 للفوج %2.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Rejected rows saved to %1</source>
      <translation>تم حفظ الأسطر المرفوضة في %1</translation>
    </message>
    <message>
      <source>Remote or rural area</source>
      <translation>منطقة نائية أو قروية</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>المقيمون</translation>
    </message>
    <message>
      <source>Residents and others</source>
      <translation>المقيمون وغير المقيمين</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>السطر</translation>
    </message>
    <message>
      <source>Save anyway?</source>
      <translation>هل تريد الحفظ رغم ذلك؟</translation>
    </message>
    <message>
      <source>Search by name, matricule or CIN (Ctrl+F)</source>
      <translation>البحث بالاسم أو رقم التسجيل أو رقم البطاقة الوطنية (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search trainees</source>
      <translation>البحث عن المتدربين</translation>
    </message>
    <message>
      <source>Select a trainee first.</source>
      <translation>اختر متدربًا أولًا.</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>Special needs</source>
      <translation>احتياجات خاصة</translation>
    </message>
    <message>
      <source>Special needs (health data)</source>
      <translation>احتياجات خاصة (معطيات صحية)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الوضعية</translation>
    </message>
    <message>
      <source>Suspended trainees</source>
      <translation>المتدربون الموقوفون</translation>
    </message>
    <message>
      <source>The CIN is 1 or 2 letters followed by 5 or 6 digits (e.g. JA123456).</source>
      <translation>يتكون رقم البطاقة الوطنية من حرف أو حرفين متبوعين بـ 5 أو 6 أرقام (مثال: JA123456).</translation>
    </message>
    <message>
      <source>The Massar code is one letter followed by 9 digits.</source>
      <translation>يتكون رمز مسار من حرف واحد متبوع بـ 9 أرقام.</translation>
    </message>
    <message>
      <source>The age on 1 September is outside 15–30 years (33 with the bridging route) for a diploma programme.</source>
      <translation>السن في فاتح شتنبر خارج حدود 15 إلى 30 سنة (33 سنة عبر مسلك الجسر) بالنسبة للتكوين المؤهل لدبلوم.</translation>
    </message>
    <message>
      <source>The birth date must be in the past.</source>
      <translation>يجب أن يكون تاريخ الازدياد في الماضي.</translation>
    </message>
    <message>
      <source>The distance is a number of kilometres between 0 and 2000.</source>
      <translation>المسافة عدد من الكيلومترات بين 0 و2000.</translation>
    </message>
    <message>
      <source>The formula %1 is not accepted; paste the values instead.</source>
      <translation>الصيغة %1 غير مقبولة؛ الصق القيم بدلًا منها.</translation>
    </message>
    <message>
      <source>The matricule is exactly 13 digits.</source>
      <translation>يتكون رقم التسجيل من 13 رقمًا بالضبط.</translation>
    </message>
    <message>
      <source>The number is 10 digits starting with 06 or 07.</source>
      <translation>يتكون الرقم من 10 أرقام ويبدأ بـ 06 أو 07.</translation>
    </message>
    <message>
      <source>The status is one of: actif, suspendu, abandon, diplômé.</source>
      <translation>الوضعية إحدى القيم: actif، suspendu، abandon، diplômé.</translation>
    </message>
    <message>
      <source>This birth date gives an age over 80.</source>
      <translation>تاريخ الازدياد هذا يعطي سنًا تفوق 80 سنة.</translation>
    </message>
    <message>
      <source>This date does not exist.</source>
      <translation>هذا التاريخ غير موجود.</translation>
    </message>
    <message>
      <source>This field is required.</source>
      <translation>هذا الحقل إلزامي.</translation>
    </message>
    <message>
      <source>This is not a valid e-mail address.</source>
      <translation>عنوان البريد الإلكتروني هذا غير صالح.</translation>
    </message>
    <message>
      <source>This name contains no letters.</source>
      <translation>هذا الاسم لا يحتوي على أي حرف.</translation>
    </message>
    <message>
      <source>This text is too long.</source>
      <translation>هذا النص طويل جدًا.</translation>
    </message>
    <message>
      <source>Trainee %1</source>
      <translation>المتدرب %1</translation>
    </message>
    <message>
      <source>Trainees</source>
      <translation>المتدربون</translation>
    </message>
    <message>
      <source>Woman (F)</source>
      <translation>أنثى (F)</translation>
    </message>
    <message>
      <source>Women among active trainees</source>
      <translation>نسبة الإناث بين المتدربين النشطين</translation>
    </message>
    <message>
      <source>Write H (homme) or F (femme).</source>
      <translation>اكتب H (ذكر) أو F (أنثى).</translation>
    </message>
    <message>
      <source>Write oui or non.</source>
      <translation>اكتب oui (نعم) أو non (لا).</translation>
    </message>
    <message>
      <source>Write the date as dd/mm/yyyy.</source>
      <translation>اكتب التاريخ على شكل يوم/شهر/سنة.</translation>
    </message>
    <message>
      <source>Write this name in Arabic script.</source>
      <translation>اكتب هذا الاسم بالحروف العربية.</translation>
    </message>
    <message>
      <source>active</source>
      <translation>نشط</translation>
    </message>
    <message>
      <source>dropped out</source>
      <translation>منقطع</translation>
    </message>
    <message>
      <source>error</source>
      <translation>خطأ</translation>
    </message>
    <message>
      <source>graduated</source>
      <translation>متخرج</translation>
    </message>
    <message>
      <source>suspended</source>
      <translation>موقوف</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>تنبيه</translation>
    </message>
  </context>
</TS>
