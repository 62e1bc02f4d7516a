<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name />
    <message>
      <source>%1 absences in a row</source>
      <translation>%1 غيابات متتالية</translation>
    </message>
    <message>
      <source>%1 now has %2 session(s).</source>
      <translation>أصبح لدى %1 الآن %2 حصة.</translation>
    </message>
    <message>
      <source>%1 score(s) imported.</source>
      <translation>تم استيراد %1 نتيجة.</translation>
    </message>
    <message>
      <source>%1: level %2 (attempt %3)</source>
      <translation>%1: المستوى %2 (المحاولة %3)</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>غائب</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>تنبيه</translation>
    </message>
    <message>
      <source>Attempt</source>
      <translation>المحاولة</translation>
    </message>
    <message>
      <source>Attendance alerts</source>
      <translation>تنبيهات الحضور</translation>
    </message>
    <message>
      <source>Attendance saved for %1 trainee(s).</source>
      <translation>تم تسجيل الحضور لـ %1 متدرب.</translation>
    </message>
    <message>
      <source>Attendance sheet</source>
      <translation>ورقة الحضور</translation>
    </message>
    <message>
      <source>Attendance sheet…</source>
      <translation>ورقة الحضور…</translation>
    </message>
    <message>
      <source>Book the term weekly</source>
      <translation>حجز الفصل أسبوعيا</translation>
    </message>
    <message>
      <source>CEFR level</source>
      <translation>مستوى الإطار الأوروبي</translation>
    </message>
    <message>
      <source>Excused</source>
      <translation>غياب مبرر</translation>
    </message>
    <message>
      <source>First week</source>
      <translation>الأسبوع الأول</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>الفوج</translation>
    </message>
    <message>
      <source>Groups and attendance</source>
      <translation>الأفواج والحضور</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>الساعات</translation>
    </message>
    <message>
      <source>Import scores</source>
      <translation>استيراد النتائج</translation>
    </message>
    <message>
      <source>Import scores…</source>
      <translation>استيراد النتائج…</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Language centre</source>
      <translation>مركز اللغات</translation>
    </message>
    <message>
      <source>Last week</source>
      <translation>الأسبوع الأخير</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>متأخر</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>الأعضاء</translation>
    </message>
    <message>
      <source>Placement tests</source>
      <translation>اختبارات تحديد المستوى</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>حاضر</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>النسبة</translation>
    </message>
    <message>
      <source>Record score</source>
      <translation>تسجيل النتيجة</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>القاعة</translation>
    </message>
    <message>
      <source>Room code, e.g. LANG-1</source>
      <translation>رمز القاعة، مثلا LANG-1</translation>
    </message>
    <message>
      <source>Save attendance</source>
      <translation>حفظ الحضور</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الحصة</translation>
    </message>
    <message>
      <source>Size limit</source>
      <translation>الحد الأقصى</translation>
    </message>
    <message>
      <source>Soft-skills hours required</source>
      <translation>ساعات المهارات الحياتية المطلوبة</translation>
    </message>
    <message>
      <source>Teacher</source>
      <translation>الأستاذ</translation>
    </message>
    <message>
      <source>Today's language sessions</source>
      <translation>حصص اللغات اليوم</translation>
    </message>
    <message>
      <source>Today: %1 session(s)</source>
      <translation>اليوم: %1 حصة</translation>
    </message>
    <message>
      <source>Trainees who can no longer reach the minimum rate or are absent several times in a row</source>
      <translation>متدربون لم يعد بإمكانهم بلوغ النسبة الدنيا أو تغيبوا مرات متتالية</translation>
    </message>
    <message>
      <source>cannot reach the minimum rate</source>
      <translation>لم يعد بإمكانه بلوغ النسبة الدنيا</translation>
    </message>
  </context>
</TS>
