<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name />
    <message>
      <source>'%1' moved to %2.</source>
      <translation>انتقل «%1» إلى مرحلة %2.</translation>
    </message>
    <message>
      <source>36 months</source>
      <translation>36 شهرا</translation>
    </message>
    <message>
      <source>36 months after graduation</source>
      <translation>36 شهرا بعد التخرج</translation>
    </message>
    <message>
      <source>9 months</source>
      <translation>9 أشهر</translation>
    </message>
    <message>
      <source>9 months after graduation</source>
      <translation>9 أشهر بعد التخرج</translation>
    </message>
    <message>
      <source>Abandoned</source>
      <translation>متخلى عنه</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>إضافة الملاحظة</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>ترشيح</translation>
    </message>
    <message>
      <source>Appointment</source>
      <translation>موعد</translation>
    </message>
    <message>
      <source>Appointments</source>
      <translation>المواعيد</translation>
    </message>
    <message>
      <source>Book the selected slot</source>
      <translation>حجز الفترة المختارة</translation>
    </message>
    <message>
      <source>Booked %1 at %2.</source>
      <translation>تم حجز موعد لـ %1 على الساعة %2.</translation>
    </message>
    <message>
      <source>Booked by</source>
      <translation>حُجز من طرف</translation>
    </message>
    <message>
      <source>Business plan</source>
      <translation>مخطط الأعمال</translation>
    </message>
    <message>
      <source>Career centre</source>
      <translation>مركز التوجيه المهني</translation>
    </message>
    <message>
      <source>Choose a free slot first.</source>
      <translation>اختر أولا فترة شاغرة.</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>المقاولة</translation>
    </message>
    <message>
      <source>Company created</source>
      <translation>مقاولة منشأة</translation>
    </message>
    <message>
      <source>Company name (when created)</source>
      <translation>اسم المقاولة (عند إنشائها)</translation>
    </message>
    <message>
      <source>Counselling notes (confidential)</source>
      <translation>ملاحظات الإرشاد (سرية)</translation>
    </message>
    <message>
      <source>Counsellor</source>
      <translation>المستشار</translation>
    </message>
    <message>
      <source>Coworking hours</source>
      <translation>ساعات الفضاء المشترك</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>Dimension</source>
      <translation>المحور</translation>
    </message>
    <message>
      <source>Employed</source>
      <translation>يعمل بأجر</translation>
    </message>
    <message>
      <source>Employer (optional)</source>
      <translation>المشغل (اختياري)</translation>
    </message>
    <message>
      <source>Entrepreneurship</source>
      <translation>المقاولة الذاتية</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>الحدث</translation>
    </message>
    <message>
      <source>Excel or PDF (*.xlsx *.pdf)</source>
      <translation>إكسل أو PDF (*.xlsx *.pdf)</translation>
    </message>
    <message>
      <source>Export report</source>
      <translation>تصدير التقرير</translation>
    </message>
    <message>
      <source>Export report…</source>
      <translation>تصدير التقرير…</translation>
    </message>
    <message>
      <source>Free slots</source>
      <translation>الفترات الشاغرة</translation>
    </message>
    <message>
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <source>Further study</source>
      <translation>متابعة الدراسة</translation>
    </message>
    <message>
      <source>Graduate insertion</source>
      <translation>إدماج الخريجين</translation>
    </message>
    <message>
      <source>Graduate's matricule</source>
      <translation>رقم تسجيل الخريج</translation>
    </message>
    <message>
      <source>Graduates due</source>
      <translation>الخريجون المعنيون</translation>
    </message>
    <message>
      <source>Graduates up to %1: %2 due, insertion %3, knowledge %4 (minimum 65 %)</source>
      <translation>الخريجون حتى %1: %2 معنيون، الإدماج %3، المعرفة %4 (الحد الأدنى 65 %)</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>فكرة</translation>
    </message>
    <message>
      <source>Incubation</source>
      <translation>الاحتضان</translation>
    </message>
    <message>
      <source>Inserted</source>
      <translation>المدمجون</translation>
    </message>
    <message>
      <source>Insertion rate</source>
      <translation>نسبة الإدماج</translation>
    </message>
    <message>
      <source>Insertion rate (9 months)</source>
      <translation>نسبة الإدماج (9 أشهر)</translation>
    </message>
    <message>
      <source>Insertion report</source>
      <translation>تقرير الإدماج</translation>
    </message>
    <message>
      <source>Knowledge rate</source>
      <translation>نسبة المعرفة</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>التسمية</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>المستوى</translation>
    </message>
    <message>
      <source>Matricule</source>
      <translation>رقم التسجيل</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>المؤطر</translation>
    </message>
    <message>
      <source>Move to stage</source>
      <translation>الانتقال إلى المرحلة</translation>
    </message>
    <message>
      <source>New note</source>
      <translation>ملاحظة جديدة</translation>
    </message>
    <message>
      <source>No graduate is due yet</source>
      <translation>لا يوجد خريج معني بعد</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>الوضعية</translation>
    </message>
    <message>
      <source>Outcome known</source>
      <translation>الوضعية معروفة</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>الشعبة</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>المشروع</translation>
    </message>
    <message>
      <source>Project holder</source>
      <translation>حامل المشروع</translation>
    </message>
    <message>
      <source>Record answer</source>
      <translation>تسجيل الجواب</translation>
    </message>
    <message>
      <source>Recorded for %1.</source>
      <translation>تم التسجيل لـ %1.</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>القطاع</translation>
    </message>
    <message>
      <source>Seeking work</source>
      <translation>يبحث عن عمل</translation>
    </message>
    <message>
      <source>Select a project first.</source>
      <translation>اختر مشروعا أولا.</translation>
    </message>
    <message>
      <source>Selected project:</source>
      <translation>المشروع المحدد:</translation>
    </message>
    <message>
      <source>Self-employed or founded a company</source>
      <translation>يعمل لحسابه أو أنشأ مقاولة</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>منذ</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>الموظفون</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Survey answer:</source>
      <translation>جواب الاستطلاع:</translation>
    </message>
    <message>
      <source>Survey at %1 months</source>
      <translation>استطلاع بعد %1 شهرا</translation>
    </message>
    <message>
      <source>Survey wave</source>
      <translation>موجة البحث</translation>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <source>Trainee</source>
      <translation>المتدرب</translation>
    </message>
    <message>
      <source>Trainee file</source>
      <translation>ملف المتدرب</translation>
    </message>
    <message>
      <source>Trainee's matricule, then Enter</source>
      <translation>رقم تسجيل المتدرب، ثم إدخال</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>غير معروفة</translation>
    </message>
  </context>
</TS>
