<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name />
    <message>
      <source>%1 %2–%3, room %4</source>
      <translation>%1 %2–%3، القاعة %4</translation>
    </message>
    <message>
      <source>%1 conflict(s): nothing can be saved until they are solved.</source>
      <translation>%1 تعارض(ات): لا يمكن الحفظ قبل حلها.</translation>
    </message>
    <message>
      <source>%1 free room(s)</source>
      <translation>%1 قاعة شاغرة</translation>
    </message>
    <message>
      <source>%1 people expected, the room holds %2</source>
      <translation>%1 شخصا متوقعا، والقاعة تتسع لـ %2</translation>
    </message>
    <message>
      <source>%1 — week of %2 — %3 session(s)</source>
      <translation>%1 — أسبوع %2 — %3 حصة</translation>
    </message>
    <message>
      <source>%1: already taken by %2</source>
      <translation>%1: محجوز مسبقا من طرف %2</translation>
    </message>
    <message>
      <source>&amp;Check</source>
      <translation>&amp;تحقق</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;بحث</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;جديد</translation>
    </message>
    <message>
      <source>&amp;New room</source>
      <translation>&amp;قاعة جديدة</translation>
    </message>
    <message>
      <source>&amp;Save booking</source>
      <translation>&amp;حفظ الحجز</translation>
    </message>
    <message>
      <source>(any)</source>
      <translation>(الكل)</translation>
    </message>
    <message>
      <source>(no group)</source>
      <translation>(بدون مجموعة)</translation>
    </message>
    <message>
      <source>Accessible</source>
      <translation>ولوجة لذوي الإعاقة</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>المصادقات</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>مصادقة</translation>
    </message>
    <message>
      <source>Arabic name</source>
      <translation>الاسم بالعربية</translation>
    </message>
    <message>
      <source>At least</source>
      <translation>على الأقل</translation>
    </message>
    <message>
      <source>Book</source>
      <translation>حجز</translation>
    </message>
    <message>
      <source>Book the selected room</source>
      <translation>حجز القاعة المختارة</translation>
    </message>
    <message>
      <source>Booking #%1 saved: %2 date(s), status %3.</source>
      <translation>تم حفظ الحجز رقم %1: %2 تاريخ، الحالة %3.</translation>
    </message>
    <message>
      <source>Booking #%1: %2</source>
      <translation>الحجز رقم %1: %2</translation>
    </message>
    <message>
      <source>Cancel booking #%1 and all its dates?</source>
      <translation>إلغاء الحجز رقم %1 وجميع تواريخه؟</translation>
    </message>
    <message>
      <source>Cancel the session of %1 only? The rest of the series stays booked.</source>
      <translation>إلغاء حصة %1 فقط؟ تبقى باقي السلسلة محجوزة.</translation>
    </message>
    <message>
      <source>Cancel the whole booking</source>
      <translation>إلغاء الحجز بأكمله</translation>
    </message>
    <message>
      <source>Cancel this date</source>
      <translation>إلغاء هذا التاريخ</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>السعة</translation>
    </message>
    <message>
      <source>Check a booking to see its dates and conflicts.</source>
      <translation>تحقق من الحجز لرؤية تواريخه وتعارضاته.</translation>
    </message>
    <message>
      <source>Choose what to show</source>
      <translation>اختر ما تريد عرضه</translation>
    </message>
    <message>
      <source>Click a session to see it here.</source>
      <translation>انقر على حصة لعرضها هنا.</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>مغلقة</translation>
    </message>
    <message>
      <source>Closes</source>
      <translation>يغلق على الساعة</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>درس</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Dates, skipped dates and conflicts</source>
      <translation>التواريخ والتواريخ المستثناة والتعارضات</translation>
    </message>
    <message>
      <source>Delete room</source>
      <translation>حذف القاعة</translation>
    </message>
    <message>
      <source>Delete room %1? This cannot be undone.</source>
      <translation>حذف القاعة %1؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>Delete structure</source>
      <translation>حذف البنية</translation>
    </message>
    <message>
      <source>Delete structure %1? This cannot be undone.</source>
      <translation>حذف البنية %1؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>Edit the booking</source>
      <translation>تعديل الحجز</translation>
    </message>
    <message>
      <source>Editing booking #%1: every date is checked again when you save.</source>
      <translation>تعديل الحجز رقم %1: يعاد التحقق من كل تاريخ عند الحفظ.</translation>
    </message>
    <message>
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>التجهيزات</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>تظاهرة</translation>
    </message>
    <message>
      <source>Every week until</source>
      <translation>كل أسبوع إلى غاية</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات إكسل (*.xlsx)</translation>
    </message>
    <message>
      <source>Free rooms</source>
      <translation>القاعات الشاغرة</translation>
    </message>
    <message>
      <source>French name</source>
      <translation>الاسم بالفرنسية</translation>
    </message>
    <message>
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>المجموعة</translation>
    </message>
    <message>
      <source>Group: %1</source>
      <translation>المجموعة: %1</translation>
    </message>
    <message>
      <source>Hub</source>
      <translation>القطب</translation>
    </message>
    <message>
      <source>Import a timetable</source>
      <translation>استيراد استعمال الزمن</translation>
    </message>
    <message>
      <source>Import a timetable…</source>
      <translation>استيراد استعمال الزمن…</translation>
    </message>
    <message>
      <source>Imported %1 weekly series, %2 dates.</source>
      <translation>تم استيراد %1 سلسلة أسبوعية و%2 تاريخ.</translation>
    </message>
    <message>
      <source>Importing the timetable</source>
      <translation>جار استيراد استعمال الزمن</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Language session</source>
      <translation>حصة لغة</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>المسؤول</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>اجتماع</translation>
    </message>
    <message>
      <source>Move this date</source>
      <translation>نقل هذا التاريخ</translation>
    </message>
    <message>
      <source>Move this date…</source>
      <translation>نقل هذا التاريخ…</translation>
    </message>
    <message>
      <source>Moved from its usual slot</source>
      <translation>منقولة من توقيتها المعتاد</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Needs approval</source>
      <translation>تتطلب المصادقة</translation>
    </message>
    <message>
      <source>New structure</source>
      <translation>بنية جديدة</translation>
    </message>
    <message>
      <source>Next week ▶</source>
      <translation>◀ الأسبوع التالي</translation>
    </message>
    <message>
      <source>No booking waits for approval.</source>
      <translation>لا يوجد حجز في انتظار المصادقة.</translation>
    </message>
    <message>
      <source>No conflict: %1 date(s) to book, %2 skipped.</source>
      <translation>لا يوجد تعارض: %1 تاريخ للحجز، %2 مستثنى.</translation>
    </message>
    <message>
      <source>No free room to show: choose a slot and press Find, or lower the capacity and equipment asked.</source>
      <translation>لا توجد قاعة شاغرة للعرض: اختر حصة زمنية ثم اضغط «بحث»، أو قلّل السعة والتجهيزات المطلوبة.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>Nothing to show yet</source>
      <translation>لا شيء للعرض حاليا</translation>
    </message>
    <message>
      <source>Open days</source>
      <translation>أيام الفتح</translation>
    </message>
    <message>
      <source>Open days: 1 = Monday … 7 = Sunday</source>
      <translation>أيام الفتح: 1 = الاثنين … 7 = الأحد</translation>
    </message>
    <message>
      <source>Opens</source>
      <translation>يفتح على الساعة</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>المنظم</translation>
    </message>
    <message>
      <source>Out of service</source>
      <translation>خارج الخدمة</translation>
    </message>
    <message>
      <source>Out of service from</source>
      <translation>خارج الخدمة من</translation>
    </message>
    <message>
      <source>People expected</source>
      <translation>عدد الأشخاص المتوقع</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>الغرض</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>رفض</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>القاعة</translation>
    </message>
    <message>
      <source>Room %1 deleted.</source>
      <translation>حُذفت القاعة %1.</translation>
    </message>
    <message>
      <source>Room %1 saved.</source>
      <translation>تم حفظ القاعة %1.</translation>
    </message>
    <message>
      <source>Room utilisation today</source>
      <translation>نسبة استغلال القاعات اليوم</translation>
    </message>
    <message>
      <source>Room: %1</source>
      <translation>القاعة: %1</translation>
    </message>
    <message>
      <source>Rooms</source>
      <translation>القاعات</translation>
    </message>
    <message>
      <source>Rooms in use now</source>
      <translation>القاعات المستغلة حاليا</translation>
    </message>
    <message>
      <source>Row %1: skipped %2 (%3)</source>
      <translation>السطر %1: تم استثناء %2 (%3)</translation>
    </message>
    <message>
      <source>Save room</source>
      <translation>حفظ القاعة</translation>
    </message>
    <message>
      <source>Save structure</source>
      <translation>حفظ البنية</translation>
    </message>
    <message>
      <source>Search a room, a kind or equipment</source>
      <translation>ابحث عن قاعة أو نوع أو تجهيز</translation>
    </message>
    <message>
      <source>Sector hub</source>
      <translation>قطب قطاعي</translation>
    </message>
    <message>
      <source>Select the room to delete in the list.</source>
      <translation>اختر من القائمة القاعة المراد حذفها.</translation>
    </message>
    <message>
      <source>Select the structure to delete in the list.</source>
      <translation>اختر من القائمة البنية المراد حذفها.</translation>
    </message>
    <message>
      <source>Shared</source>
      <translation>مشتركة</translation>
    </message>
    <message>
      <source>Shared type</source>
      <translation>نوع البنية المشتركة</translation>
    </message>
    <message>
      <source>Show the week of</source>
      <translation>عرض أسبوع</translation>
    </message>
    <message>
      <source>Skipped %1: %2</source>
      <translation>مستثنى %1: %2</translation>
    </message>
    <message>
      <source>Spaces</source>
      <translation>الفضاءات</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <source>Structure</source>
      <translation>البنية</translation>
    </message>
    <message>
      <source>Structure %1 deleted.</source>
      <translation>حُذفت البنية %1.</translation>
    </message>
    <message>
      <source>Structure %1 saved.</source>
      <translation>تم حفظ البنية %1.</translation>
    </message>
    <message>
      <source>Structure (all rooms)</source>
      <translation>البنية (كل القاعات)</translation>
    </message>
    <message>
      <source>Structures</source>
      <translation>البنيات</translation>
    </message>
    <message>
      <source>This room has bookings in its history: put it out of service instead, so that its timetables and reports stay true.</source>
      <translation>لهذه القاعة حجوزات في سجلها: ضعها خارج الخدمة بدلًا من حذفها، حتى تبقى استعمالات الزمن والتقارير صحيحة.</translation>
    </message>
    <message>
      <source>This structure needs approval: the booking will wait in the queue.</source>
      <translation>هذه البنية تتطلب المصادقة: سينتظر الحجز في قائمة الانتظار.</translation>
    </message>
    <message>
      <source>This structure still holds rooms: delete them or move them to another structure first.</source>
      <translation>ما تزال هذه البنية تضم قاعات: احذفها أو انقلها إلى بنية أخرى أولًا.</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>هذا الأسبوع</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>التوقيت</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>المكون</translation>
    </message>
    <message>
      <source>Trainer: %1</source>
      <translation>المكون: %1</translation>
    </message>
    <message>
      <source>Type or hub</source>
      <translation>النوع أو القطب</translation>
    </message>
    <message>
      <source>Waiting for approval</source>
      <translation>في انتظار المصادقة</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>الأسبوع</translation>
    </message>
    <message>
      <source>Week calendar</source>
      <translation>جدول الأسبوع</translation>
    </message>
    <message>
      <source>Which one</source>
      <translation>أيهم</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>amphitheatre</source>
      <translation>مدرج</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>مصادق عليه</translation>
    </message>
    <message>
      <source>booking #%1 (%2–%3, room %4)</source>
      <translation>الحجز رقم %1 (%2–%3، القاعة %4)</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>ملغى</translation>
    </message>
    <message>
      <source>career_centre</source>
      <translation>مركز التوجيه المهني</translation>
    </message>
    <message>
      <source>classroom</source>
      <translation>قاعة دراسة</translation>
    </message>
    <message>
      <source>conference_centre</source>
      <translation>مركز المؤتمرات</translation>
    </message>
    <message>
      <source>coworking</source>
      <translation>فضاء عمل مشترك</translation>
    </message>
    <message>
      <source>e.g. pc, vidéoprojecteur</source>
      <translation>مثال: pc, vidéoprojecteur</translation>
    </message>
    <message>
      <source>fablab</source>
      <translation>مختبر التصنيع</translation>
    </message>
    <message>
      <source>group %1</source>
      <translation>المجموعة %1</translation>
    </message>
    <message>
      <source>group headcount</source>
      <translation>عدد أفراد المجموعة</translation>
    </message>
    <message>
      <source>incubator</source>
      <translation>حاضنة</translation>
    </message>
    <message>
      <source>kitchen</source>
      <translation>مطبخ تطبيقي</translation>
    </message>
    <message>
      <source>lab</source>
      <translation>مختبر</translation>
    </message>
    <message>
      <source>language_centre</source>
      <translation>مركز اللغات</translation>
    </message>
    <message>
      <source>media_library</source>
      <translation>الخزانة الوسائطية</translation>
    </message>
    <message>
      <source>meeting</source>
      <translation>قاعة اجتماعات</translation>
    </message>
    <message>
      <source>outside the opening hours (%1–%2)</source>
      <translation>خارج أوقات الفتح (%1–%2)</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>study</source>
      <translation>قاعة مراجعة</translation>
    </message>
    <message>
      <source>the end must be after the start</source>
      <translation>يجب أن تكون النهاية بعد البداية</translation>
    </message>
    <message>
      <source>the room</source>
      <translation>القاعة</translation>
    </message>
    <message>
      <source>the room is closed on that day of the week</source>
      <translation>القاعة مغلقة في هذا اليوم من الأسبوع</translation>
    </message>
    <message>
      <source>the room is out of service from %1 to %2</source>
      <translation>القاعة خارج الخدمة من %1 إلى %2</translation>
    </message>
    <message>
      <source>the trainer</source>
      <translation>المكون</translation>
    </message>
    <message>
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>waiting for approval</source>
      <translation>في انتظار المصادقة</translation>
    </message>
    <message>
      <source>workshop</source>
      <translation>ورشة</translation>
    </message>
    <message>
      <source>◀ Previous week</source>
      <translation>▶ الأسبوع السابق</translation>
    </message>
  </context>
</TS>
