<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name />
    <message>
      <source>%1 (%2): %3 item(s) on loan</source>
      <translation>%1 (%2): %3 وثيقة معارة</translation>
    </message>
    <message>
      <source>%1 may borrow. Scan the copies.</source>
      <translation>يمكن لـ %1 الاستعارة. امسح النسخ.</translation>
    </message>
    <message>
      <source>%1 new title(s), %2 copies.</source>
      <translation>%1 عنوان جديد، %2 نسخة.</translation>
    </message>
    <message>
      <source>%1 overdue item(s); their borrowers cannot borrow until they return them.</source>
      <translation>%1 وثيقة متأخرة؛ لا يمكن لأصحابها الاستعارة حتى يعيدوها.</translation>
    </message>
    <message>
      <source>%1 title(s)</source>
      <translation>%1 عنوان</translation>
    </message>
    <message>
      <source>&amp;Return</source>
      <translation>إ&amp;رجاع</translation>
    </message>
    <message>
      <source>A trainee borrowing a book today returns it on %1 at the latest (holidays and the end of the academic year apply).</source>
      <translation>المتدرب الذي يستعير كتابا اليوم يعيده في أجل أقصاه %1 (مع احتساب العطل ونهاية السنة التكوينية).</translation>
    </message>
    <message>
      <source>Authors</source>
      <translation>المؤلفون</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>المتاحة</translation>
    </message>
    <message>
      <source>Barcode</source>
      <translation>الرمز الشريطي</translation>
    </message>
    <message>
      <source>Borrower</source>
      <translation>المستعير</translation>
    </message>
    <message>
      <source>Borrower card</source>
      <translation>بطاقة المستعير</translation>
    </message>
    <message>
      <source>Borrowers with overdue items cannot borrow</source>
      <translation>لا يمكن للمستعيرين المتأخرين الاستعارة</translation>
    </message>
    <message>
      <source>Borrowing blocked: %1</source>
      <translation>الاستعارة موقوفة: %1</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>البطاقة</translation>
    </message>
    <message>
      <source>Card for a hold</source>
      <translation>بطاقة الحجز</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>الفهرس</translation>
    </message>
    <message>
      <source>Check &amp;out</source>
      <translation>إ&amp;عارة</translation>
    </message>
    <message>
      <source>Circulation</source>
      <translation>الإعارة والإرجاع</translation>
    </message>
    <message>
      <source>Compare with the catalogue</source>
      <translation>المقارنة مع الفهرس</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>النسخ</translation>
    </message>
    <message>
      <source>Copy barcode</source>
      <translation>الرمز الشريطي للنسخة</translation>
    </message>
    <message>
      <source>DVD</source>
      <translation>قرص DVD</translation>
    </message>
    <message>
      <source>Days overdue</source>
      <translation>أيام التأخير</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>افتراضي</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>تاريخ الإرجاع</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات إكسل (*.xlsx)</translation>
    </message>
    <message>
      <source>Export loans</source>
      <translation>تصدير الإعارات</translation>
    </message>
    <message>
      <source>Export loans…</source>
      <translation>تصدير الإعارات…</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>الملاحظة</translation>
    </message>
    <message>
      <source>Hold placed for %1: position %2 in the queue.</source>
      <translation>تم الحجز لـ %1: الرتبة %2 في قائمة الانتظار.</translation>
    </message>
    <message>
      <source>ISBN</source>
      <translation>ردمك</translation>
    </message>
    <message>
      <source>Import catalogue</source>
      <translation>استيراد الفهرس</translation>
    </message>
    <message>
      <source>Import catalogue…</source>
      <translation>استيراد الفهرس…</translation>
    </message>
    <message>
      <source>Importing the catalogue</source>
      <translation>جارٍ استيراد الفهرس</translation>
    </message>
    <message>
      <source>Labels written to %1</source>
      <translation>تم حفظ الملصقات في %1</translation>
    </message>
    <message>
      <source>Lent: %1 — due on %2</source>
      <translation>تمت الإعارة: %1 — الإرجاع يوم %2</translation>
    </message>
    <message>
      <source>Loan days</source>
      <translation>مدة الإعارة (أيام)</translation>
    </message>
    <message>
      <source>Loan rules</source>
      <translation>قواعد الإعارة</translation>
    </message>
    <message>
      <source>Loans out</source>
      <translation>الإعارات الجارية</translation>
    </message>
    <message>
      <source>Magazine</source>
      <translation>مجلة</translation>
    </message>
    <message>
      <source>Max loans</source>
      <translation>الحد الأقصى للإعارات</translation>
    </message>
    <message>
      <source>Media library</source>
      <translation>الخزانة الوسائطية</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>مفقودة</translation>
    </message>
    <message>
      <source>Next borrower</source>
      <translation>المستعير التالي</translation>
    </message>
    <message>
      <source>No title matches. Add titles or import a catalogue (Titre, Auteurs, ISBN…).</source>
      <translation>لا يوجد عنوان مطابق. أضف عناوين أو استورد فهرسًا (Titre, Auteurs, ISBN…).</translation>
    </message>
    <message>
      <source>On loan but on the shelf</source>
      <translation>معارة لكنها على الرف</translation>
    </message>
    <message>
      <source>Out of place</source>
      <translation>في غير مكانها</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>المتأخرات</translation>
    </message>
    <message>
      <source>Overdue items</source>
      <translation>الوثائق المتأخرة</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Place hold</source>
      <translation>حجز</translation>
    </message>
    <message>
      <source>Print labels</source>
      <translation>طباعة الملصقات</translation>
    </message>
    <message>
      <source>Print labels…</source>
      <translation>طباعة الملصقات…</translation>
    </message>
    <message>
      <source>Printed book</source>
      <translation>كتاب</translation>
    </message>
    <message>
      <source>Printing labels</source>
      <translation>جارٍ طبع الملصقات</translation>
    </message>
    <message>
      <source>Re&amp;new</source>
      <translation>ت&amp;جديد</translation>
    </message>
    <message>
      <source>Ready: scan a card, then the copies.</source>
      <translation>جاهز: امسح البطاقة ثم النسخ.</translation>
    </message>
    <message>
      <source>Reference work</source>
      <translation>مرجع</translation>
    </message>
    <message>
      <source>Reminder letters</source>
      <translation>رسائل التذكير</translation>
    </message>
    <message>
      <source>Reminder letters…</source>
      <translation>رسائل التذكير…</translation>
    </message>
    <message>
      <source>Renewals</source>
      <translation>التجديدات</translation>
    </message>
    <message>
      <source>Renewed: %1 — due on %2</source>
      <translation>تم التجديد: %1 — الإرجاع يوم %2</translation>
    </message>
    <message>
      <source>Returned: %1</source>
      <translation>تم الإرجاع: %1</translation>
    </message>
    <message>
      <source>Returned: %1 (%2 day(s) late)</source>
      <translation>تم الإرجاع: %1 (تأخير %2 يوم)</translation>
    </message>
    <message>
      <source>Returned: %1. Put it aside for %2</source>
      <translation>تم الإرجاع: %1. احتفظ به لـ %2</translation>
    </message>
    <message>
      <source>Save the selected rule</source>
      <translation>حفظ القاعدة المختارة</translation>
    </message>
    <message>
      <source>Scan the barcodes here, one per line</source>
      <translation>امسح الرموز الشريطية هنا، رمز في كل سطر</translation>
    </message>
    <message>
      <source>Scan the borrower's card (matricule or staff code)</source>
      <translation>امسح بطاقة المستعير (رقم التسجيل أو رمز الموظف)</translation>
    </message>
    <message>
      <source>Scan the copy's barcode</source>
      <translation>امسح الرمز الشريطي للنسخة</translation>
    </message>
    <message>
      <source>Scan the copy's barcode first.</source>
      <translation>امسح أولا الرمز الشريطي للنسخة.</translation>
    </message>
    <message>
      <source>Scanned %1, recognised %2: %3 missing, %4 out of place, %5 unknown.</source>
      <translation>تم مسح %1، التعرف على %2: %3 مفقودة، %4 في غير مكانها، %5 غير معروفة.</translation>
    </message>
    <message>
      <source>Scanned barcodes</source>
      <translation>الرموز الشريطية الممسوحة</translation>
    </message>
    <message>
      <source>Search the catalogue</source>
      <translation>البحث في الفهرس</translation>
    </message>
    <message>
      <source>Search title, author, ISBN, subject…</source>
      <translation>ابحث بالعنوان أو المؤلف أو ردمك أو الموضوع…</translation>
    </message>
    <message>
      <source>Select a title first.</source>
      <translation>اختر عنوانا أولا.</translation>
    </message>
    <message>
      <source>Set by the library</source>
      <translation>محددة من طرف الخزانة</translation>
    </message>
    <message>
      <source>Shelf</source>
      <translation>الرف</translation>
    </message>
    <message>
      <source>Shelf scanned, e.g. A1 (empty: the whole library)</source>
      <translation>الرف الممسوح، مثلا A1 (فارغ: الخزانة كلها)</translation>
    </message>
    <message>
      <source>Stocktake</source>
      <translation>الجرد</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Unknown barcode</source>
      <translation>رمز شريطي غير معروف</translation>
    </message>
    <message>
      <source>Written to %1</source>
      <translation>تم الحفظ في %1</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
  </context>
</TS>
