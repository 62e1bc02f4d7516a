<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name />
    <message>
      <source>&amp;Export now</source>
      <translation>التصدير الآن</translation>
    </message>
    <message>
      <source>A file with the next package's name, not written by this database, is already in %1: move it away, and check that no other PC exports as this city.</source>
      <translation>يوجد في %1 ملف يحمل اسم الحزمة التالية ولم تكتبه قاعدة البيانات هذه: انقله إلى مكان آخر، وتحقق من أنه لا يوجد حاسوب آخر يصدّر باسم هذه المدينة.</translation>
    </message>
    <message>
      <source>A local folder, a USB stick or a network share</source>
      <translation>مجلد محلي أو مفتاح USB أو مجلد مشترك على الشبكة</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>تغييرات</translation>
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
      <source>Created at the first export</source>
      <translation>يُنشأ عند أول تصدير</translation>
    </message>
    <message>
      <source>Daily export times (local time), separated by commas</source>
      <translation>أوقات التصدير اليومية (بالتوقيت المحلي)، مفصولة بفواصل</translation>
    </message>
    <message>
      <source>Deletions</source>
      <translation>الحذوفات</translation>
    </message>
    <message>
      <source>Destination folder</source>
      <translation>مجلد الوجهة</translation>
    </message>
    <message>
      <source>Export running…</source>
      <translation>التصدير جارٍ…</translation>
    </message>
    <message>
      <source>Export times</source>
      <translation>أوقات التصدير</translation>
    </message>
    <message>
      <source>Export to headquarters</source>
      <translation>التصدير إلى المقر المركزي</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>المجلد</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>كامل</translation>
    </message>
    <message>
      <source>Full snapshot</source>
      <translation>نسخة كاملة</translation>
    </message>
    <message>
      <source>Key fingerprint</source>
      <translation>بصمة المفتاح</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Last attempt</source>
      <translation>آخر محاولة</translation>
    </message>
    <message>
      <source>Last error</source>
      <translation>آخر خطأ</translation>
    </message>
    <message>
      <source>Last package</source>
      <translation>آخر حزمة</translation>
    </message>
    <message>
      <source>Last package sent to headquarters</source>
      <translation>آخر حزمة أُرسلت إلى المقر المركزي</translation>
    </message>
    <message>
      <source>Next run</source>
      <translation>التصدير القادم</translation>
    </message>
    <message>
      <source>No package yet: press Export now, or wait for the scheduled export.</source>
      <translation>لا توجد حزمة بعد: اضغط على «تصدير الآن» أو انتظر التصدير المبرمج.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>No. %1, %2</source>
      <translation>رقم %1، %2</translation>
    </message>
    <message>
      <source>None</source>
      <translation>لا يوجد</translation>
    </message>
    <message>
      <source>None yet</source>
      <translation>لا شيء بعد</translation>
    </message>
    <message>
      <source>PEM key (*.pem)</source>
      <translation>مفتاح PEM (*.pem)</translation>
    </message>
    <message>
      <source>Package %1 written: %2 rows, %3 deletions.</source>
      <translation>كُتبت الحزمة %1: %2 سطرًا، %3 حذفًا.</translation>
    </message>
    <message>
      <source>Package history</source>
      <translation>سجل الحزم</translation>
    </message>
    <message>
      <source>Pending changes</source>
      <translation>التغييرات المعلّقة</translation>
    </message>
    <message>
      <source>Public key saved to %1.</source>
      <translation>حُفظ المفتاح العام في %1.</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>الأسطر</translation>
    </message>
    <message>
      <source>Save public key…</source>
      <translation>حفظ المفتاح العام…</translation>
    </message>
    <message>
      <source>Save schedule</source>
      <translation>حفظ الجدولة</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>الجدولة</translation>
    </message>
    <message>
      <source>Schedule saved.</source>
      <translation>حُفظت الجدولة.</translation>
    </message>
    <message>
      <source>Send every record again (first load at headquarters, or recovery)</source>
      <translation>إعادة إرسال جميع السجلات (أول تحميل في المقر المركزي أو للاستعادة)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>The export failed; nothing was marked as sent. %1</source>
      <translation>فشل التصدير؛ لم يُعلَّم أي شيء كمُرسَل. %1</translation>
    </message>
    <message>
      <source>The export folder %1 cannot be reached.</source>
      <translation>تعذّر الوصول إلى مجلد التصدير %1.</translation>
    </message>
    <message>
      <source>The export folder %1 cannot be written to.</source>
      <translation>تعذّرت الكتابة في مجلد التصدير %1.</translation>
    </message>
    <message>
      <source>The file headquarters needs to register this city</source>
      <translation>الملف الذي يحتاجه المقر المركزي لتسجيل هذه المدينة</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>تاريخ الكتابة</translation>
    </message>
    <message>
      <source>e.g. 02:00, 13:30</source>
      <translation>مثال: 02:00، 13:30</translation>
    </message>
  </context>
</TS>
