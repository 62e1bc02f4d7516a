<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name />
    <message>
      <source> min</source>
      <translation> دقيقة</translation>
    </message>
    <message>
      <source>#</source>
      <translation>رقم</translation>
    </message>
    <message>
      <source>%1 entries</source>
      <translation>%1 قيد</translation>
    </message>
    <message>
      <source>%1 entries exported to %2</source>
      <translation>تم تصدير %1 قيد إلى %2</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;استعراض…</translation>
    </message>
    <message>
      <source>&amp;Current password</source>
      <translation>كلمة المرور ال&amp;حالية</translation>
    </message>
    <message>
      <source>&amp;Export to Excel…</source>
      <translation>&amp;تصدير إلى Excel…</translation>
    </message>
    <message>
      <source>&amp;Full name</source>
      <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
      <source>&amp;Lock the screen now</source>
      <translation>&amp;قفل الشاشة الآن</translation>
    </message>
    <message>
      <source>&amp;New account</source>
      <translation>حساب &amp;جديد</translation>
    </message>
    <message>
      <source>&amp;New password</source>
      <translation>كلمة المرور ال&amp;جديدة</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
      <source>&amp;Repeat</source>
      <translation>&amp;إعادة</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>&amp;الدور</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>&amp;بحث</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;إلغاء القفل</translation>
    </message>
    <message>
      <source>&amp;User name</source>
      <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
      <source>&amp;Verify the chain</source>
      <translation>&amp;التحقق من السلسلة</translation>
    </message>
    <message>
      <source>Account %1 created; the password must be changed at the first sign-in.</source>
      <translation>تم إنشاء الحساب %1؛ يجب تغيير كلمة المرور عند أول تسجيل دخول.</translation>
    </message>
    <message>
      <source>Account %1 saved.</source>
      <translation>تم حفظ الحساب %1.</translation>
    </message>
    <message>
      <source>Account %1 unlocked.</source>
      <translation>تم إلغاء قفل الحساب %1.</translation>
    </message>
    <message>
      <source>Account active</source>
      <translation>الحساب مفعّل</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>العملية</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>مفعّل</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>المسؤول</translation>
    </message>
    <message>
      <source>Administrator account</source>
      <translation>حساب المسؤول</translation>
    </message>
    <message>
      <source>All entities</source>
      <translation>كل الكيانات</translation>
    </message>
    <message>
      <source>Anonymised</source>
      <translation>إخفاء الهوية</translation>
    </message>
    <message>
      <source>At least %1 characters, without the user name.</source>
      <translation>%1 أحرف على الأقل، دون اسم المستخدم.</translation>
    </message>
    <message>
      <source>Audit entries</source>
      <translation>قيود سجل التدقيق</translation>
    </message>
    <message>
      <source>Audit trail</source>
      <translation>سجل التدقيق</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>المدقق</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>جارٍ النسخ الاحتياطي</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>نسخ احتياطي</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>مجلد النسخ الاحتياطي</translation>
    </message>
    <message>
      <source>Backup folder (it may be a USB disk)</source>
      <translation>مجلد النسخ الاحتياطي (يمكن أن يكون قرص USB)</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Canteen agent</source>
      <translation>عون المقصف</translation>
    </message>
    <message>
      <source>Career counsellor</source>
      <translation>مستشار التوجيه والإدماج</translation>
    </message>
    <message>
      <source>Catering manager</source>
      <translation>مسؤول الإطعام</translation>
    </message>
    <message>
      <source>Change my &amp;password…</source>
      <translation>تغيير &amp;كلمة المرور…</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>تعديل</translation>
    </message>
    <message>
      <source>Changes (sensitive values masked)</source>
      <translation>التغييرات (القيم الحساسة محجوبة)</translation>
    </message>
    <message>
      <source>Choose the &amp;folder…</source>
      <translation>اختيار ال&amp;مجلد…</translation>
    </message>
    <message>
      <source>Create the administrator</source>
      <translation>إنشاء حساب المسؤول</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>إنشاء</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
      <source>Daily backup</source>
      <translation>النسخ الاحتياطي اليومي</translation>
    </message>
    <message>
      <source>Daily copies kept</source>
      <translation>عدد النسخ اليومية المحفوظة</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Demo city: sign in as admin with the password Souss-2026-01; the demo command prints one account per role.</source>
      <translation>مدينة تجريبية: سجّل الدخول باسم admin وكلمة المرور Souss-2026-01؛ يعرض الأمر demo حسابًا لكل دور.</translation>
    </message>
    <message>
      <source>Director</source>
      <translation>المدير</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>معطّل</translation>
    </message>
    <message>
      <source>Entity</source>
      <translation>الكيان</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export the audit trail</source>
      <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
      <source>Exporting the audit trail</source>
      <translation>جارٍ تصدير سجل التدقيق</translation>
    </message>
    <message>
      <source>Failed sign-in</source>
      <translation>تسجيل دخول فاشل</translation>
    </message>
    <message>
      <source>Failed: %1</source>
      <translation>فشل: %1</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>المجلد</translation>
    </message>
    <message>
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <source>In canteen desk mode, lock after</source>
      <translation>في وضع مكتب المقصف، القفل بعد</translation>
    </message>
    <message>
      <source>Language-centre coordinator</source>
      <translation>منسق مركز اللغات</translation>
    </message>
    <message>
      <source>Last backup</source>
      <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
      <source>Librarian</source>
      <translation>أمين المكتبة</translation>
    </message>
    <message>
      <source>Lock the screen after</source>
      <translation>قفل الشاشة بعد</translation>
    </message>
    <message>
      <source>Locked until %1</source>
      <translation>مقفل حتى %1</translation>
    </message>
    <message>
      <source>My account</source>
      <translation>حسابي</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>أبدًا</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
      <source>New password for %1</source>
      <translation>كلمة مرور جديدة لـ %1</translation>
    </message>
    <message>
      <source>No audit entry matches these filters. Widen the dates or clear a filter.</source>
      <translation>لا يوجد قيد في السجل يطابق هذه المرشحات. وسّع التواريخ أو أزل مرشحًا.</translation>
    </message>
    <message>
      <source>No backup yet</source>
      <translation>لا توجد نسخة احتياطية بعد</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <source>Password of %1 reset; it must be changed at the next sign-in.</source>
      <translation>تمت إعادة تعيين كلمة مرور %1؛ يجب تغييرها عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
      <source>Password of the new account</source>
      <translation>كلمة مرور الحساب الجديد</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>السجل</translation>
    </message>
    <message>
      <source>Registrar</source>
      <translation>مسؤول التسجيل</translation>
    </message>
    <message>
      <source>Repeat the password</source>
      <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
      <source>Reset &amp;password…</source>
      <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
      <source>Residence manager</source>
      <translation>مسير الداخلية</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>استعادة</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source>Screen locked</source>
      <translation>الشاشة مقفلة</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <source>Sign in to CMC Desktop</source>
      <translation>تسجيل الدخول إلى CMC Desktop</translation>
    </message>
    <message>
      <source>Signed in as %1 (%2)</source>
      <translation>متصل باسم %1 (%2)</translation>
    </message>
    <message>
      <source>State</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>The administrator reset your password: choose a new one now.</source>
      <translation>أعاد المسؤول تعيين كلمة مرورك: اختر كلمة مرور جديدة الآن.</translation>
    </message>
    <message>
      <source>The audit trail is broken at entry %1: it was changed or removed after it was written.</source>
      <translation>سجل التدقيق منقطع عند القيد %1: تم تعديله أو حذفه بعد كتابته.</translation>
    </message>
    <message>
      <source>The audit trail is intact: %1 entries verified.</source>
      <translation>سجل التدقيق سليم: تم التحقق من %1 قيد.</translation>
    </message>
    <message>
      <source>The backup failed: %1</source>
      <translation>فشل النسخ الاحتياطي: %1</translation>
    </message>
    <message>
      <source>The current password is wrong.</source>
      <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
      <source>The password must have at least %1 characters.</source>
      <translation>يجب أن تتكون كلمة المرور من %1 أحرف على الأقل.</translation>
    </message>
    <message>
      <source>The password must not contain the user name.</source>
      <translation>يجب ألا تتضمن كلمة المرور اسم المستخدم.</translation>
    </message>
    <message>
      <source>The screen was locked after a period of inactivity. Enter your password to continue.</source>
      <translation>تم قفل الشاشة بعد فترة من عدم النشاط. أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
      <source>This account is disabled; ask the administrator.</source>
      <translation>هذا الحساب معطّل؛ راجع المسؤول.</translation>
    </message>
    <message>
      <source>This account is locked after 5 failed attempts. Wait 15 minutes or ask the administrator.</source>
      <translation>تم قفل هذا الحساب بعد 5 محاولات فاشلة. انتظر 15 دقيقة أو راجع المسؤول.</translation>
    </message>
    <message>
      <source>This database has no user account yet. Create the administrator account; the administrator then creates the other accounts.</source>
      <translation>لا تحتوي قاعدة البيانات هذه على أي حساب بعد. أنشئ حساب المسؤول، ثم يُنشئ المسؤول الحسابات الأخرى.</translation>
    </message>
    <message>
      <source>This desk</source>
      <translation>هذا المكتب</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>Unknown user name or wrong password.</source>
      <translation>اسم مستخدم غير معروف أو كلمة مرور خاطئة.</translation>
    </message>
    <message>
      <source>User</source>
      <translation>المستخدم</translation>
    </message>
    <message>
      <source>User accounts</source>
      <translation>حسابات المستخدمين</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>المستخدمون</translation>
    </message>
    <message>
      <source>Verifying the audit trail</source>
      <translation>جارٍ التحقق من سجل التدقيق</translation>
    </message>
    <message>
      <source>You see the entries of your own area only.</source>
      <translation>لا ترى إلا قيود مجالك.</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>تم تغيير كلمة مرورك.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>أبدًا</translation>
    </message>
    <message>
      <source>to</source>
      <translation>إلى</translation>
    </message>
  </context>
</TS>
