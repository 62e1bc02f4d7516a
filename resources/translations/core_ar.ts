<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name />
    <message>
      <source>&amp;About CMC Desktop</source>
      <translation>&amp;حول CMC Desktop</translation>
    </message>
    <message>
      <source>&amp;Database</source>
      <translation>&amp;قاعدة البيانات</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;حذف</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;انتقال</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;مساعدة</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;اللغة</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;جديد</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;حفظ</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
      <source>A new database takes effect at the next start.</source>
      <translation>تسري قاعدة البيانات الجديدة عند التشغيل القادم.</translation>
    </message>
    <message>
      <source>About CMC Desktop</source>
      <translation>حول CMC Desktop</translation>
    </message>
    <message>
      <source>Academic year</source>
      <translation>السنة التكوينية</translation>
    </message>
    <message>
      <source>Academic years</source>
      <translation>السنوات التكوينية</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>Active trainees</source>
      <translation>المتدربون النشطون</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <source>Building the demo city</source>
      <translation>جارٍ إنشاء المدينة التجريبية</translation>
    </message>
    <message>
      <source>CERT</source>
      <translation>شهادة</translation>
    </message>
    <message>
      <source>CMC Desktop</source>
      <translation>CMC Desktop</translation>
    </message>
    <message>
      <source>CMC Desktop %1
The desk application of the Cities of Trades and Skills.
Database: %2</source>
      <translation>CMC Desktop %1
تطبيق المكتب لمدن المهن والكفاءات.
قاعدة البيانات: %2</translation>
    </message>
    <message>
      <source>CMC database (*.sqlite3 *.db)</source>
      <translation>قاعدة بيانات CMC (*.sqlite3 *.db)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>أُلغي</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>الطاقة الاستيعابية</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>الفهرس المرجعي</translation>
    </message>
    <message>
      <source>Catalogue entries</source>
      <translation>عناصر الفهرس</translation>
    </message>
    <message>
      <source>Changed at another desk</source>
      <translation>تم التعديل من مكتب آخر</translation>
    </message>
    <message>
      <source>Choose the database file</source>
      <translation>اختر ملف قاعدة البيانات</translation>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>City not set</source>
      <translation>المدينة غير محددة</translation>
    </message>
    <message>
      <source>Cité des Métiers et des Compétences %1</source>
      <translation>مدينة المهن والكفاءات %1</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>تعارض</translation>
    </message>
    <message>
      <source>Copy details</source>
      <translation>نسخ التفاصيل</translation>
    </message>
    <message>
      <source>Create an &amp;empty database for my city</source>
      <translation>إنشاء قاعدة &amp;فارغة لمدينتي</translation>
    </message>
    <message>
      <source>Create the &amp;demo city (Souss-Massa, sample trainees)</source>
      <translation>إنشاء المدينة &amp;التجريبية (سوس ماسة، متدربون وهميون)</translation>
    </message>
    <message>
      <source>Current year</source>
      <translation>السنة الجارية</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>لوحة القيادة</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>قاعدة البيانات</translation>
    </message>
    <message>
      <source>Database problem</source>
      <translation>مشكلة في قاعدة البيانات</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete %1?</source>
      <translation>حذف %1؟</translation>
    </message>
    <message>
      <source>Duration (months)</source>
      <translation>المدة (بالأشهر)</translation>
    </message>
    <message>
      <source>Ends on</source>
      <translation>تنتهي في</translation>
    </message>
    <message>
      <source>Enrolment by sector and level</source>
      <translation>أعداد المتدربين حسب القطاع والمستوى</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>خطأ</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>المتوقع</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>شاغرة</translation>
    </message>
    <message>
      <source>Groups</source>
      <translation>المجموعات</translation>
    </message>
    <message>
      <source>Holidays and closures</source>
      <translation>العطل والإغلاقات</translation>
    </message>
    <message>
      <source>Indicator unavailable</source>
      <translation>المؤشر غير متاح</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>التسمية</translation>
    </message>
    <message>
      <source>Label (Arabic)</source>
      <translation>التسمية (بالعربية)</translation>
    </message>
    <message>
      <source>Label (French)</source>
      <translation>التسمية (بالفرنسية)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Last changed by %1</source>
      <translation>آخر تعديل بواسطة %1</translation>
    </message>
    <message>
      <source>Leads to a diploma</source>
      <translation>تفضي إلى دبلوم</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <source>Loading the dashboard</source>
      <translation>جارٍ تحميل لوحة القيادة</translation>
    </message>
    <message>
      <source>Loans</source>
      <translation>الإعارات</translation>
    </message>
    <message>
      <source>Loans per week</source>
      <translation>الإعارات في الأسبوع</translation>
    </message>
    <message>
      <source>Meals served against forecast, last 14 days</source>
      <translation>الوجبات المقدمة مقارنة بالمتوقعة، آخر 14 يومًا</translation>
    </message>
    <message>
      <source>Modules</source>
      <translation>الوحدات</translation>
    </message>
    <message>
      <source>Name (Arabic)</source>
      <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
      <source>Name (English)</source>
      <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
      <source>Name (French)</source>
      <translation>الاسم (بالفرنسية)</translation>
    </message>
    <message>
      <source>No database was found at:
%1</source>
      <translation>لم يتم العثور على قاعدة بيانات في:
%1</translation>
    </message>
    <message>
      <source>No database yet: create one.</source>
      <translation>لا توجد قاعدة بيانات بعد: أنشئ واحدة.</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>غير موجود</translation>
    </message>
    <message>
      <source>Nothing here yet: fill in the form and press Save.</source>
      <translation>لا شيء بعد: املأ الاستمارة ثم اضغط على حفظ.</translation>
    </message>
    <message>
      <source>Number of demo trainees</source>
      <translation>عدد المتدربين التجريبيين</translation>
    </message>
    <message>
      <source>Occupied</source>
      <translation>مشغولة</translation>
    </message>
    <message>
      <source>Open log folder</source>
      <translation>فتح مجلد السجلات</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
      <source>Please correct the input</source>
      <translation>يرجى تصحيح الإدخال</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>الشعبة</translation>
    </message>
    <message>
      <source>Programmes</source>
      <translation>الشعب</translation>
    </message>
    <message>
      <source>Q</source>
      <translation>تأهيل</translation>
    </message>
    <message>
      <source>Reserved</source>
      <translation>محجوزة</translation>
    </message>
    <message>
      <source>Residence occupancy by building</source>
      <translation>نسبة ملء الإقامة حسب البناية</translation>
    </message>
    <message>
      <source>Room utilisation this week (%)</source>
      <translation>نسبة استغلال القاعات هذا الأسبوع (%)</translation>
    </message>
    <message>
      <source>Save as PNG…</source>
      <translation>حفظ بصيغة PNG…</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>تم الحفظ.</translation>
    </message>
    <message>
      <source>Saving the city</source>
      <translation>حفظ المدينة</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>القطاع</translation>
    </message>
    <message>
      <source>Sector hubs</source>
      <translation>الأقطاب القطاعية</translation>
    </message>
    <message>
      <source>Sectors</source>
      <translation>القطاعات</translation>
    </message>
    <message>
      <source>Served</source>
      <translation>المقدَّم</translation>
    </message>
    <message>
      <source>Set the current academic year in the catalogue</source>
      <translation>حدد السنة الجارية في الفهرس</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <source>Sign in to continue.</source>
      <translation>سجّل الدخول للمتابعة.</translation>
    </message>
    <message>
      <source>Sign-in failed</source>
      <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
      <source>Soft-skills hours</source>
      <translation>ساعات المهارات الناعمة</translation>
    </message>
    <message>
      <source>Something went wrong. Your data is safe; the operation was not completed.</source>
      <translation>حدث خطأ. بياناتك سليمة؛ لم تكتمل العملية.</translation>
    </message>
    <message>
      <source>Starts on</source>
      <translation>تبدأ في</translation>
    </message>
    <message>
      <source>T</source>
      <translation>تقني</translation>
    </message>
    <message>
      <source>TS</source>
      <translation>تقني متخصص</translation>
    </message>
    <message>
      <source>The database file is damaged</source>
      <translation>ملف قاعدة البيانات تالف</translation>
    </message>
    <message>
      <source>The database is busy</source>
      <translation>قاعدة البيانات مشغولة</translation>
    </message>
    <message>
      <source>The details were written to the log file:</source>
      <translation>كُتبت التفاصيل في ملف السجل:</translation>
    </message>
    <message>
      <source>This database needs a newer CMC Desktop</source>
      <translation>تتطلب قاعدة البيانات هذه إصدارًا أحدث من CMC Desktop</translation>
    </message>
    <message>
      <source>This file is not a CMC database</source>
      <translation>هذا الملف ليس قاعدة بيانات CMC</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>خطأ غير متوقع</translation>
    </message>
    <message>
      <source>User: %1 (%2)</source>
      <translation>المستخدم: %1 (%2)</translation>
    </message>
    <message>
      <source>Utilisation</source>
      <translation>الاستغلال</translation>
    </message>
    <message>
      <source>Welcome to CMC Desktop</source>
      <translation>مرحبًا بكم في CMC Desktop</translation>
    </message>
    <message>
      <source>Year of study</source>
      <translation>سنة الدراسة</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>You are not allowed to do this</source>
      <translation>غير مسموح لك بهذا الإجراء</translation>
    </message>
    <message>
      <source>administrator</source>
      <translation>مدير النظام</translation>
    </message>
    <message>
      <source>auditor</source>
      <translation>المدقق</translation>
    </message>
    <message>
      <source>canteen_agent</source>
      <translation>عون المطعم</translation>
    </message>
    <message>
      <source>career_counsellor</source>
      <translation>مستشار التوجيه</translation>
    </message>
    <message>
      <source>catering_manager</source>
      <translation>مسؤول الإطعام</translation>
    </message>
    <message>
      <source>director</source>
      <translation>المدير</translation>
    </message>
    <message>
      <source>language_coordinator</source>
      <translation>منسق مركز اللغات</translation>
    </message>
    <message>
      <source>librarian</source>
      <translation>أمين المكتبة</translation>
    </message>
    <message>
      <source>registrar</source>
      <translation>مصلحة التسجيل</translation>
    </message>
    <message>
      <source>residence_manager</source>
      <translation>مسير الداخلية</translation>
    </message>
  </context>
</TS>
