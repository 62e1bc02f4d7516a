<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name />
    <message>
      <source>%1 subscribed to lunch from %2 to %3</source>
      <translation>تم اشتراك %1 في الغداء من %2 إلى %3</translation>
    </message>
    <message>
      <source>%1 subscriptions</source>
      <translation>%1 اشتراك</translation>
    </message>
    <message>
      <source>&amp;End the selected subscription today</source>
      <translation>&amp;إنهاء الاشتراك المحدد اليوم</translation>
    </message>
    <message>
      <source>&amp;Issue meal tickets</source>
      <translation>&amp;إصدار تذاكر الوجبات</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;تحديث</translation>
    </message>
    <message>
      <source>&amp;Subscribe to lunch</source>
      <translation>&amp;الاشتراك في الغداء</translation>
    </message>
    <message>
      <source>&amp;Undo last scan</source>
      <translation>&amp;إلغاء آخر مرور</translation>
    </message>
    <message>
      <source>Active on</source>
      <translation>السارية بتاريخ</translation>
    </message>
    <message>
      <source>Add the Ramadan period</source>
      <translation>إضافة فترة رمضان</translation>
    </message>
    <message>
      <source>Add the cost</source>
      <translation>إضافة المصروف</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>مسببات الحساسية</translation>
    </message>
    <message>
      <source>Already served this meal</source>
      <translation>سبق تقديم هذه الوجبة</translation>
    </message>
    <message>
      <source>Already served this meal at %1</source>
      <translation>سبق تقديم هذه الوجبة على الساعة %1</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>المبلغ</translation>
    </message>
    <message>
      <source>Breakfast</source>
      <translation>الفطور</translation>
    </message>
    <message>
      <source>Breakfast served / forecast</source>
      <translation>الفطور: المقدَّم / المتوقع</translation>
    </message>
    <message>
      <source>CMC Desktop — canteen service desk</source>
      <translation>CMC Desktop — مكتب خدمة المطعم</translation>
    </message>
    <message>
      <source>Canteen service desk</source>
      <translation>مكتب خدمة المطعم</translation>
    </message>
    <message>
      <source>Card or matricule</source>
      <translation>البطاقة أو رقم التسجيل</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <source>Catering</source>
      <translation>الإطعام</translation>
    </message>
    <message>
      <source>Celery</source>
      <translation>الكرفس</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>مغلق</translation>
    </message>
    <message>
      <source>Computing the forecast</source>
      <translation>جارٍ حساب التوقعات</translation>
    </message>
    <message>
      <source>Cost per meal (MAD)</source>
      <translation>تكلفة الوجبة (درهم)</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>التكاليف</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>الطبق</translation>
    </message>
    <message>
      <source>Crustaceans</source>
      <translation>القشريات</translation>
    </message>
    <message>
      <source>Daily food cost</source>
      <translation>التكلفة الغذائية اليومية</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <source>Day trainee</source>
      <translation>متدرب خارجي</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <source>Dessert</source>
      <translation>تحلية</translation>
    </message>
    <message>
      <source>Diabetic</source>
      <translation>مريض بالسكري</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>النظام الغذائي</translation>
    </message>
    <message>
      <source>Diet of %1</source>
      <translation>النظام الغذائي لـ %1</translation>
    </message>
    <message>
      <source>Diet: %1</source>
      <translation>النظام الغذائي: %1</translation>
    </message>
    <message>
      <source>Dietary flags</source>
      <translation>الأنظمة الغذائية والحساسية</translation>
    </message>
    <message>
      <source>Dinner</source>
      <translation>العشاء</translation>
    </message>
    <message>
      <source>Dinner served / forecast</source>
      <translation>العشاء: المقدَّم / المتوقع</translation>
    </message>
    <message>
      <source>Dish (Arabic)</source>
      <translation>الطبق (بالعربية)</translation>
    </message>
    <message>
      <source>Dish (French)</source>
      <translation>الطبق (بالفرنسية)</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>الوثائق</translation>
    </message>
    <message>
      <source>Drink</source>
      <translation>مشروب</translation>
    </message>
    <message>
      <source>Eggs</source>
      <translation>البيض</translation>
    </message>
    <message>
      <source>Excel files (*.xlsx)</source>
      <translation>ملفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
      <source>Export meals of the month (Excel)…</source>
      <translation>تصدير وجبات الشهر (Excel)…</translation>
    </message>
    <message>
      <source>Exporting the meals</source>
      <translation>جارٍ تصدير الوجبات</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>اليوم الأول</translation>
    </message>
    <message>
      <source>Fish</source>
      <translation>الأسماك</translation>
    </message>
    <message>
      <source>Food cost (MAD)</source>
      <translation>التكلفة الغذائية (درهم)</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>التوقعات</translation>
    </message>
    <message>
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <source>Gluten</source>
      <translation>الغلوتين</translation>
    </message>
    <message>
      <source>Gluten-free</source>
      <translation>بدون غلوتين</translation>
    </message>
    <message>
      <source>Group code</source>
      <translation>رمز الفوج</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>ضيف</translation>
    </message>
    <message>
      <source>Headcount forecast</source>
      <translation>توقع عدد الوجبات</translation>
    </message>
    <message>
      <source>Holder</source>
      <translation>المستفيد</translation>
    </message>
    <message>
      <source>Iftar</source>
      <translation>الإفطار</translation>
    </message>
    <message>
      <source>Iftar (Ramadan)</source>
      <translation>الإفطار (رمضان)</translation>
    </message>
    <message>
      <source>Iftar served / forecast</source>
      <translation>الإفطار: المقدَّم / المتوقع</translation>
    </message>
    <message>
      <source>Lactose-free</source>
      <translation>بدون لاكتوز</translation>
    </message>
    <message>
      <source>Last scans</source>
      <translation>آخر المرورات</translation>
    </message>
    <message>
      <source>Low salt</source>
      <translation>قليل الملح</translation>
    </message>
    <message>
      <source>Lunch</source>
      <translation>الغداء</translation>
    </message>
    <message>
      <source>Lunch served / forecast</source>
      <translation>الغداء: المقدَّم / المتوقع</translation>
    </message>
    <message>
      <source>Lunch subscriptions</source>
      <translation>اشتراكات الغداء</translation>
    </message>
    <message>
      <source>Lupin</source>
      <translation>الترمس</translation>
    </message>
    <message>
      <source>Main course</source>
      <translation>الطبق الرئيسي</translation>
    </message>
    <message>
      <source>Matricule</source>
      <translation>رقم التسجيل</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>الوجبة</translation>
    </message>
    <message>
      <source>Meal being served</source>
      <translation>الوجبة الجاري تقديمها</translation>
    </message>
    <message>
      <source>Meal by the clock</source>
      <translation>الوجبة حسب الساعة</translation>
    </message>
    <message>
      <source>Meal cards (PDF)…</source>
      <translation>بطاقات الإطعام (PDF)…</translation>
    </message>
    <message>
      <source>Meals served</source>
      <translation>الوجبات المقدَّمة</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>قائمة الوجبات</translation>
    </message>
    <message>
      <source>Milk</source>
      <translation>الحليب</translation>
    </message>
    <message>
      <source>Molluscs</source>
      <translation>الرخويات</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>الشهر</translation>
    </message>
    <message>
      <source>Monthly report (Excel)…</source>
      <translation>التقرير الشهري (Excel)…</translation>
    </message>
    <message>
      <source>Monthly report (PDF)…</source>
      <translation>التقرير الشهري (PDF)…</translation>
    </message>
    <message>
      <source>Mustard</source>
      <translation>الخردل</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Name or matricule</source>
      <translation>الاسم أو رقم التسجيل</translation>
    </message>
    <message>
      <source>No meal</source>
      <translation>لا توجد وجبة</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>لا توجد صورة</translation>
    </message>
    <message>
      <source>Not entitled to this meal</source>
      <translation>لا يحق له هذه الوجبة</translation>
    </message>
    <message>
      <source>Not served</source>
      <translation>لا تقدَّم</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Now: %1</source>
      <translation>الآن: %1</translation>
    </message>
    <message>
      <source>Number of days</source>
      <translation>عدد الأيام</translation>
    </message>
    <message>
      <source>Number of tickets</source>
      <translation>عدد التذاكر</translation>
    </message>
    <message>
      <source>On leave</source>
      <translation>في إجازة</translation>
    </message>
    <message>
      <source>On leave today</source>
      <translation>في إجازة اليوم</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>مفتوح</translation>
    </message>
    <message>
      <source>Outside the service window</source>
      <translation>خارج أوقات التقديم</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message>
      <source>Peanuts</source>
      <translation>الفول السوداني</translation>
    </message>
    <message>
      <source>Print the menu (PDF)…</source>
      <translation>طباعة قائمة الوجبات (PDF)…</translation>
    </message>
    <message>
      <source>REFUSED</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>Ramadan periods (suhoor and iftar, no lunch)</source>
      <translation>فترات رمضان (السحور والإفطار، بدون غداء)</translation>
    </message>
    <message>
      <source>Ready: scan a card</source>
      <translation>جاهز: امسح بطاقة</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>مقيم</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>المقيمون</translation>
    </message>
    <message>
      <source>SERVED</source>
      <translation>تم التقديم</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>حفظ باسم</translation>
    </message>
    <message>
      <source>Save the diet</source>
      <translation>حفظ النظام الغذائي</translation>
    </message>
    <message>
      <source>Save the dish</source>
      <translation>حفظ الطبق</translation>
    </message>
    <message>
      <source>Save the menu</source>
      <translation>حفظ قائمة الوجبات</translation>
    </message>
    <message>
      <source>Save the service windows</source>
      <translation>حفظ أوقات التقديم</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>تم الحفظ.</translation>
    </message>
    <message>
      <source>Scan a card or type a matricule, then press Enter</source>
      <translation>امسح بطاقة أو اكتب رقم التسجيل ثم اضغط Enter</translation>
    </message>
    <message>
      <source>Scan undone: %1</source>
      <translation>أُلغي المرور: %1</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>المواعيد</translation>
    </message>
    <message>
      <source>Select a subscription first.</source>
      <translation>اختر اشتراكًا أولًا.</translation>
    </message>
    <message>
      <source>Served</source>
      <translation>المقدَّمة</translation>
    </message>
    <message>
      <source>Served: %1</source>
      <translation>المقدَّمة: %1</translation>
    </message>
    <message>
      <source>Service desk</source>
      <translation>مكتب الخدمة</translation>
    </message>
    <message>
      <source>Sesame</source>
      <translation>السمسم</translation>
    </message>
    <message>
      <source>Show the diet</source>
      <translation>عرض النظام الغذائي</translation>
    </message>
    <message>
      <source>Soft food</source>
      <translation>طعام لين</translation>
    </message>
    <message>
      <source>Soybeans</source>
      <translation>الصويا</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>الموظفون</translation>
    </message>
    <message>
      <source>Starter</source>
      <translation>مقبلات</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Subscribers</source>
      <translation>المشتركون</translation>
    </message>
    <message>
      <source>Subscription ended.</source>
      <translation>انتهى الاشتراك.</translation>
    </message>
    <message>
      <source>Subscriptions and tickets</source>
      <translation>الاشتراكات والتذاكر</translation>
    </message>
    <message>
      <source>Suhoor</source>
      <translation>السحور</translation>
    </message>
    <message>
      <source>Suhoor (Ramadan)</source>
      <translation>السحور (رمضان)</translation>
    </message>
    <message>
      <source>Suhoor served / forecast</source>
      <translation>السحور: المقدَّم / المتوقع</translation>
    </message>
    <message>
      <source>Sulphites</source>
      <translation>الكبريتيت</translation>
    </message>
    <message>
      <source>Supplier or purchase</source>
      <translation>المورد أو المشتريات</translation>
    </message>
    <message>
      <source>The canteen is closed today</source>
      <translation>المطعم مغلق اليوم</translation>
    </message>
    <message>
      <source>This account may not serve meals; sign in as a canteen agent.</source>
      <translation>لا يمكن لهذا الحساب تقديم الوجبات؛ سجّل الدخول بحساب عون المطعم.</translation>
    </message>
    <message>
      <source>This code is not a matricule nor a meal ticket</source>
      <translation>هذا الرمز ليس رقم تسجيل ولا تذكرة وجبة</translation>
    </message>
    <message>
      <source>This meal is not served today</source>
      <translation>هذه الوجبة لا تقدَّم اليوم</translation>
    </message>
    <message>
      <source>This ticket is for another day or meal</source>
      <translation>هذه التذكرة صالحة ليوم آخر أو لوجبة أخرى</translation>
    </message>
    <message>
      <source>Tickets</source>
      <translation>التذاكر</translation>
    </message>
    <message>
      <source>Tickets issued: %1</source>
      <translation>التذاكر المُصدَرة: %1</translation>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>Today: %1 served of %2 forecast</source>
      <translation>اليوم: %1 وجبة مقدَّمة من أصل %2 متوقعة</translation>
    </message>
    <message>
      <source>Total %1 MAD for %2 meals: %3 MAD per meal</source>
      <translation>المجموع %1 درهم مقابل %2 وجبة: %3 درهم للوجبة</translation>
    </message>
    <message>
      <source>Tree nuts</source>
      <translation>المكسرات</translation>
    </message>
    <message>
      <source>Unknown card: no trainee or ticket has this code</source>
      <translation>بطاقة غير معروفة: لا يوجد متدرب أو تذكرة بهذا الرمز</translation>
    </message>
    <message>
      <source>Vegetarian</source>
      <translation>نباتي</translation>
    </message>
    <message>
      <source>Week of</source>
      <translation>أسبوع</translation>
    </message>
    <message>
      <source>Weekly menu</source>
      <translation>قائمة الوجبات الأسبوعية</translation>
    </message>
    <message>
      <source>Writing the meal cards</source>
      <translation>جارٍ إنشاء بطاقات الإطعام</translation>
    </message>
    <message>
      <source>Writing the menu</source>
      <translation>جارٍ إنشاء قائمة الوجبات</translation>
    </message>
    <message>
      <source>Writing the monthly report</source>
      <translation>جارٍ إنشاء التقرير الشهري</translation>
    </message>
    <message>
      <source>Written: %1</source>
      <translation>تم إنشاء الملف: %1</translation>
    </message>
    <message>
      <source>all groups</source>
      <translation>جميع الأفواج</translation>
    </message>
  </context>
</TS>
