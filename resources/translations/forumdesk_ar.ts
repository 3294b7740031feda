<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <location filename="../../src/forumdesk/ui/common/errors.py" line="+24"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Copy Details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This database is read-only: you can look, search and export, but every change will be refused. Copy it to a folder you may write to, or ask for write access.</source>
        <translation>قاعدة البيانات هذه للقراءة فقط: يمكنك الاطلاع والبحث والتصدير، ولكن سيُرفض أي تغيير. انسخها إلى مجلد يحق لك الكتابة فيه، أو اطلب إذناً بالكتابة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only database</source>
        <translation>قاعدة بيانات للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>ActionsBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/actions_box.py" line="+25"/>
        <source>Things to Act On</source>
        <extracomment>The tasks, in the order shown; each names what the main window opens for it. A task&apos;s button was pressed: one of TASKS.</extracomment>
        <translation>مسائل تتطلب إجراءً</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accreditation requests waiting</source>
        <translation>طلبات اعتماد قيد الانتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely duplicates to review</source>
        <translation>سجلات يُرجَّح أنها مكررة يلزم استعراضها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clashes in the programme</source>
        <translation>تعارضات في البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes awaiting approval</source>
        <translation>محاضر بانتظار الموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs no note cites yet</source>
        <translation>فقرات لم تُشر إليها أي ملاحظة بعد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing waits: no request, clash or minutes to approve.</source>
        <translation>لا شيء قيد الانتظار: لا توجد طلبات أو تعارضات أو محاضر تنتظر الموافقة.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n accreditation request(s) waiting for a decision</source>
        <translation>
            <numerusform>لا توجد طلبات اعتماد تنتظر البت فيها</numerusform>
            <numerusform>طلب اعتماد واحد ينتظر البت فيه</numerusform>
            <numerusform>طلبا اعتماد ينتظران البت فيهما</numerusform>
            <numerusform>%n طلبات اعتماد تنتظر البت فيها</numerusform>
            <numerusform>%n طلب اعتماد ينتظر البت فيه</numerusform>
            <numerusform>%n طلب اعتماد ينتظر البت فيه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least {count} likely duplicates to review</source>
        <translation>سجلات يُرجَّح أنها مكررة يلزم استعراضها: {count} على الأقل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} likely duplicate(s) to review</source>
        <translation>سجلات يُرجَّح أنها مكررة يلزم استعراضها: {count}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n clash(es) in the programme</source>
        <translation>
            <numerusform>لا توجد تعارضات في البرنامج</numerusform>
            <numerusform>تعارض واحد في البرنامج</numerusform>
            <numerusform>تعارضان في البرنامج</numerusform>
            <numerusform>%n تعارضات في البرنامج</numerusform>
            <numerusform>%n تعارضاً في البرنامج</numerusform>
            <numerusform>%n تعارض في البرنامج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Minutes of %n segment(s) awaiting approval</source>
        <translation>
            <numerusform>لا توجد محاضر أجزاء بانتظار الموافقة</numerusform>
            <numerusform>محضر جزء واحد بانتظار الموافقة</numerusform>
            <numerusform>محضرا جزأين بانتظار الموافقة</numerusform>
            <numerusform>محاضر %n أجزاء بانتظار الموافقة</numerusform>
            <numerusform>محاضر %n جزءاً بانتظار الموافقة</numerusform>
            <numerusform>محاضر %n جزء بانتظار الموافقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n paragraph(s) of the summary that no note cites yet</source>
        <translation>
            <numerusform>لا توجد فقرات من الموجز لم تُشر إليها أي ملاحظة بعد</numerusform>
            <numerusform>فقرة واحدة من الموجز لم تُشر إليها أي ملاحظة بعد</numerusform>
            <numerusform>فقرتان من الموجز لم تُشر إليهما أي ملاحظة بعد</numerusform>
            <numerusform>%n فقرات من الموجز لم تُشر إليها أي ملاحظة بعد</numerusform>
            <numerusform>%n فقرة من الموجز لم تُشر إليها أي ملاحظة بعد</numerusform>
            <numerusform>%n فقرة من الموجز لم تُشر إليها أي ملاحظة بعد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/approval.py" line="+44"/>
        <source>Approve Minutes</source>
        <translation>الموافقة على المحضر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve version {n} of these minutes?</source>
        <translation>هل توافق على النسخة {n} من هذا المحضر؟</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About this approval</source>
        <translation>بشأن هذه الموافقة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted for review</source>
        <translation>مقدَّم للاستعراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes:</source>
        <translation>المحضر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment:</source>
        <translation>الجزء:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>النسخة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} ({state})</source>
        <translation>{n} ({state})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written by:</source>
        <translation>المحرِّر:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody named</source>
        <translation>لم يُذكر اسم أحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved:</source>
        <translation>تاريخ الحفظ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length:</source>
        <translation>الطول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{words} words, {turns} interventions</source>
        <translation>عدد الكلمات: {words}، عدد المداخلات: {turns}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since composed:</source>
        <translation>منذ الإنشاء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited by hand</source>
        <translation>عُدِّل يدوياً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as composed from the programme, not edited</source>
        <translation>كما أُنشئ من البرنامج، دون تعديل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved by:</source>
        <translation>وافق عليه:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not approve</source>
        <translation>عدم الموافقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve Version {n}</source>
        <translation>الموافقة على النسخة {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve this version</source>
        <translation>الموافقة على هذه النسخة</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This version is already approved.</source>
        <translation>تمت الموافقة على هذه النسخة من قبل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You also wrote this version. This forum allows one-person approval, and the approval line of every export will say so.</source>
        <translation>أنت أيضاً من حرَّر هذه النسخة. يسمح هذا المنتدى بموافقة شخص واحد، وسيُذكر ذلك في سطر الموافقة في كل ملف مُصدَّر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once approved, this version is locked: later changes start a new draft version.</source>
        <translation>بعد الموافقة، تُقفل هذه النسخة: وأي تغييرات لاحقة تبدأ نسخة مسودة جديدة.</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/backup_menu.py" line="+31"/>
        <source>Back &amp;Up Now</source>
        <translation>إنشاء نسخة احتياطية ال&amp;آن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from &amp;Backup…</source>
        <translation>الاستعادة من &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk keeps backups of SQLite files only; this PostgreSQL database is covered by the office&apos;s own dumps.</source>
        <translation>لا يحتفظ ForumDesk بنسخ احتياطية إلا لملفات SQLite؛ أما قاعدة بيانات PostgreSQL هذه فتشملها عمليات التفريغ التي يجريها المكتب.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backing up…</source>
        <translation>جارٍ إنشاء نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup taken: {file}</source>
        <translation>أُنشئت النسخة الاحتياطية: {file}</translation>
    </message>
</context>
<context>
    <name>BalanceStrip</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="+115"/>
        <source>Balance of the speakers list</source>
        <translation>توازن قائمة المتكلمين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers by category</source>
        <translation>المتكلمون حسب الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers by gender</source>
        <translation>المتكلمون حسب نوع الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance warnings</source>
        <translation>تنبيهات التوازن</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>States</source>
        <translation>الدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil society and NGOs</source>
        <translation>المجتمع المدني والمنظمات غير الحكومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade unions</source>
        <translation>النقابات العمالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant associations</source>
        <translation>رابطات المهاجرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>الأوساط البحثية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN and intergovernmental</source>
        <translation>الأمم المتحدة والمنظمات الحكومية الدولية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisation</source>
        <translation>دون منظمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No speakers yet.</source>
        <translation>لا يوجد متكلمون بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{group}: {speakers:.0%} of speakers, {time:.0%} of time</source>
        <translation>{group}: {speakers:.0%} من المتكلمين، {time:.0%} من الوقت</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{gender}: {speakers:.0%} of speakers, {time:.0%} of time</source>
        <translation>{gender}: {speakers:.0%} من المتكلمين، {time:.0%} من الوقت</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not heard yet: {group} (%n participant(s) registered; seed ¶75 asks for them)</source>
        <translation>
            <numerusform>لم يُستمع إليهم بعد: {group} (لا يوجد مشاركون مسجلون؛ تطلب الفقرة 75 من الوثيقة المرجعية الاستماع إليهم)</numerusform>
            <numerusform>لم يُستمع إليهم بعد: {group} (مشارك واحد مسجل؛ تطلب الفقرة 75 من الوثيقة المرجعية الاستماع إليهم)</numerusform>
            <numerusform>لم يُستمع إليهم بعد: {group} (مشاركان مسجلان؛ تطلب الفقرة 75 من الوثيقة المرجعية الاستماع إليهم)</numerusform>
            <numerusform>لم يُستمع إليهم بعد: {group} (%n مشاركين مسجلين؛ تطلب الفقرة 75 من الوثيقة المرجعية الاستماع إليهم)</numerusform>
            <numerusform>لم يُستمع إليهم بعد: {group} (%n مشاركاً مسجلاً؛ تطلب الفقرة 75 من الوثيقة المرجعية الاستماع إليهم)</numerusform>
            <numerusform>لم يُستمع إليهم بعد: {group} (%n مشارك مسجل؛ تطلب الفقرة 75 من الوثيقة المرجعية الاستماع إليهم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not heard yet: {group} (%n participant(s) registered)</source>
        <translation>
            <numerusform>لم يُستمع إليهم بعد: {group} (لا يوجد مشاركون مسجلون)</numerusform>
            <numerusform>لم يُستمع إليهم بعد: {group} (مشارك واحد مسجل)</numerusform>
            <numerusform>لم يُستمع إليهم بعد: {group} (مشاركان مسجلان)</numerusform>
            <numerusform>لم يُستمع إليهم بعد: {group} (%n مشاركين مسجلين)</numerusform>
            <numerusform>لم يُستمع إليهم بعد: {group} (%n مشاركاً مسجلاً)</numerusform>
            <numerusform>لم يُستمع إليهم بعد: {group} (%n مشارك مسجل)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/checkin/page.py" line="+88"/>
        <source>Check-in desk</source>
        <extracomment>Background and text colours of the answer: green, amber, red (WCAG AA contrast). Said once it is undone. Makes the Undo step of an answer; None when there is nothing to take back. Who accredits on the spot and registers walk-ins: the user&apos;s name. The answer shown, and what Undo would take back.</extracomment>
        <translation>مكتب تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Last scans</source>
        <translation>آخر عمليات المسح</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The last scans at this desk, the newest first.</source>
        <translation>آخر عمليات المسح في هذا المكتب، الأحدث أولاً.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the scan field</source>
        <translation>مسح حقل المسح الضوئي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Laptop B, side door</source>
        <translation>مثلاً: الحاسوب المحمول باء، الباب الجانبي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Desk:</source>
        <translation>ال&amp;مكتب:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door</source>
        <translation>الباب</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>The forum&apos;s entrance</source>
        <translation>مدخل المنتدى</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>D&amp;oor:</source>
        <translation>ال&amp;باب:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badge code</source>
        <translation>رمز الشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge, or type its number, then Enter</source>
        <translation>امسح الشارة ضوئياً أو اكتب رقمها، ثم اضغط Enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready for the first badge.</source>
        <translation>جاهز لأول شارة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Accredit and Check In</source>
        <translation>ا&amp;عتماد وتسجيل الحضور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accredit the person scanned and check them in</source>
        <translation>اعتماد الشخص الذي مُسحت شارته وتسجيل حضوره</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accredit this waiting request and check the person in</source>
        <translation>اعتماد هذا الطلب المنتظر وتسجيل حضور الشخص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register &amp;Walk-in…</source>
        <translation>تسجيل مشارك غير مسجل م&amp;سبقاً…</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+53"/>
        <source>Register a walk-in and check them in</source>
        <translation>تسجيل مشارك غير مسجل مسبقاً وتسجيل حضوره</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register someone with no badge and check them in (Ctrl+Shift+W)</source>
        <translation>تسجيل شخص لا يحمل شارة وتسجيل حضوره (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo Last Check-in</source>
        <translation>ال&amp;تراجع عن آخر تسجيل حضور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last check-in</source>
        <translation>التراجع عن آخر تسجيل حضور</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The last check-in was undone.</source>
        <translation>تم التراجع عن آخر تسجيل حضور.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checked in</source>
        <translation>سُجِّل الحضور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already checked in at {time} on {place}</source>
        <translation>سبق تسجيل الحضور في {time} لدى {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this desk</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: {reason}</source>
        <translation>مرفوض: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keys}: accredit and check in</source>
        <translation>{keys}: الاعتماد وتسجيل الحضور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{keys}: register a walk-in</source>
        <translation>{keys}: تسجيل مشارك غير مسجل مسبقاً</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ready for the next badge.</source>
        <translation>جاهز للشارة التالية.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The last check-in and its accreditation were undone.</source>
        <translation>تم التراجع عن آخر تسجيل حضور وعن الاعتماد المرتبط به.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The last check-in and its walk-in were undone.</source>
        <translation>تم التراجع عن آخر تسجيل حضور وعن تسجيل المشارك غير المسجل مسبقاً المرتبط به.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undone: the last check-in</source>
        <translation>تم التراجع: آخر تسجيل حضور</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+48"/>
        <source>Space ticks or unticks the current item</source>
        <translation>مفتاح المسافة يحدد العنصر الحالي أو يلغي تحديده</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_clock.py" line="+91"/>
        <source>Current speaker</source>
        <translation>المتكلم الحالي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn in progress</source>
        <translation>الكلمة الجارية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaking time</source>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time remaining</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>&amp;Start</source>
        <translation>&amp;بدء</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Pause</source>
        <translation>إي&amp;قاف مؤقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Speaker</source>
        <translation>المتكلم ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Room Screen…</source>
        <translation>&amp;شاشة القاعة…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Resume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{name} has the floor, clock paused: {time} so far</source>
        <translation>الكلمة لـ {name}، والمؤقت متوقف مؤقتاً: {time} حتى الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} had the floor when ForumDesk stopped: {time} so far</source>
        <translation>كانت الكلمة لـ {name} عندما توقف ForumDesk: {time} حتى الآن</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speaking Clock Running</source>
        <translation>مؤقت الكلام يعمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has the floor and the speaking clock is running.

Pause the clock and close this database? The time so far ({time}) is saved: the turn can be resumed or closed when the database is opened again.</source>
        <translation>الكلمة لـ {name} ومؤقت الكلام يعمل.

هل تريد إيقاف المؤقت مؤقتاً وإغلاق قاعدة البيانات هذه؟ سيُحفظ الوقت المنقضي حتى الآن ({time}): ويمكن استئناف الكلمة أو إنهاؤها عند فتح قاعدة البيانات مجدداً.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Speaking Clock Not Saved</source>
        <translation>لم يُحفظ مؤقت الكلام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaking clock could not be saved: {error}

Close this database anyway? The speakers list keeps what was saved before; the time spoken since is lost.</source>
        <translation>تعذّر حفظ مؤقت الكلام: {error}

هل تريد إغلاق قاعدة البيانات هذه رغم ذلك؟ تحتفظ قائمة المتكلمين بما حُفظ من قبل؛ ويضيع وقت الكلام المنقضي منذ ذلك الحين.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nobody is waiting on the speakers list.</source>
        <translation>لا يوجد أحد ينتظر في قائمة المتكلمين.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The speaking clock is not saved yet, it will try again: {error}</source>
        <translation>لم يُحفظ مؤقت الكلام بعد، وستجري محاولة أخرى: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Speaking: {name}</source>
        <translation>المتكلم: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody speaking</source>
        <translation>لا يوجد متكلم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over by {time}</source>
        <translation>تجاوز الوقت بمقدار {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} left</source>
        <translation>الوقت المتبقي: {time}</translation>
    </message>
</context>
<context>
    <name>ClockWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="-137"/>
        <source>Speaking Time</source>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room screen with the speaking time</source>
        <translation>شاشة القاعة مع وقت الكلام</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current speaker</source>
        <translation>المتكلم الحالي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaking time</source>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time remaining</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over by {time}</source>
        <translation>تجاوز الوقت بمقدار {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation>الوقت المتبقي: {time}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/compare.py" line="+51"/>
        <location line="+1"/>
        <source>Compare versions</source>
        <translation>مقارنة النسخ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older version</source>
        <translation>النسخة الأقدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer version</source>
        <translation>النسخة الأحدث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare version</source>
        <translation>&amp;مقارنة النسخة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;with version</source>
        <translation>&amp;بالنسخة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two versions, paragraph by paragraph</source>
        <translation>النسختان، فقرةً فقرة</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>Version {n}</source>
        <translation>النسخة {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>مُعدَّلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>مُضافة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>محذوفة</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n paragraph(s) differ</source>
        <translation>
            <numerusform>لا توجد فقرات مختلفة</numerusform>
            <numerusform>فقرة واحدة مختلفة</numerusform>
            <numerusform>فقرتان مختلفتان</numerusform>
            <numerusform>%n فقرات مختلفة</numerusform>
            <numerusform>%n فقرة مختلفة</numerusform>
            <numerusform>%n فقرة مختلفة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompendiumExportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/compendium_dialog.py" line="+68"/>
        <source>Export Compendium</source>
        <translation>تصدير الخلاصة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Open Data</source>
        <translation>تصدير البيانات المفتوحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the compendium</source>
        <translation>لغة الخلاصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forum&apos;s language</source>
        <translation>لغة المنتدى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include the fictional examples, marked as such</source>
        <translation>تضمين الأمثلة الوهمية مع الإشارة إليها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published practices only</source>
        <translation>الممارسات المنشورة فقط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ile:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>مستند Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>نص OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>compendium</source>
        <translation>خلاصة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>practices</source>
        <translation>ممارسات</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Writing the compendium…</source>
        <translation>جارٍ كتابة الخلاصة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the open data…</source>
        <translation>جارٍ كتابة البيانات المفتوحة…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n practice(s) written to {file}</source>
        <translation>
            <numerusform>كُتبت %n ممارسة في {file}</numerusform>
            <numerusform>كُتبت %n ممارسة في {file}</numerusform>
            <numerusform>كُتبت %n ممارسة في {file}</numerusform>
            <numerusform>كُتبت %n ممارسة في {file}</numerusform>
            <numerusform>كُتبت %n ممارسة في {file}</numerusform>
            <numerusform>كُتبت %n ممارسة في {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not written: {reason}</source>
        <translation>لم تُكتب: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/conflicts_dialog.py" line="+53"/>
        <source>Merge Conflicts</source>
        <extracomment>Taking theirs may change any record: every page that shows one reloads.</extracomment>
        <translation>تعارضات الدمج</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each line is a field changed both here and on the other side. Our value stays until you keep it or take theirs; either is recorded in the history.</source>
        <translation>يمثل كل سطر حقلاً عُدِّل هنا وفي الجانب الآخر في آن واحد. تبقى قيمتنا إلى أن تختار الإبقاء عليها أو الأخذ بقيمتهم؛ ويُسجَّل أي من الخيارين في السجل التاريخي.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>قيمتنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed here by</source>
        <translation>من غيّرها هنا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their value</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed there by</source>
        <translation>من غيّرها هناك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged from {source}</source>
        <translation>مدمج من {source}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open conflicts</source>
        <translation>التعارضات المعلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields both databases changed, each waiting for a choice.</source>
        <translation>الحقول التي غُيِّرت في قاعدتي البيانات كلتيهما، وكل منها ينتظر اختياراً.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts to settle.</source>
        <translation>لا توجد تعارضات يلزم حسمها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep &amp;Ours</source>
        <translation>الإبقاء على &amp;قيمتنا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep our value</source>
        <translation>الإبقاء على قيمتنا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take &amp;Theirs</source>
        <translation>ال&amp;أخذ بقيمتهم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take their value</source>
        <translation>الأخذ بقيمتهم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CountriesChooser</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+38"/>
        <source>Find a country</source>
        <translation>البحث عن بلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or an ISO code</source>
        <translation>اكتب اسمًا أو رمز ISO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/coverage_panel.py" line="+49"/>
        <source>How many notes each section and paragraph has. Enter shows the chosen one.</source>
        <extracomment>The user picked a section or a list of paragraphs to look at. The user picked an orphaned note (its id).</extracomment>
        <translation>عدد الملاحظات في كل قسم وكل فقرة. اضغط Enter لعرض العنصر المختار.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections and paragraphs without a note</source>
        <translation>الأقسام والفقرات التي لا تتضمن ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not cited yet</source>
        <translation>لم يُستشهد بها بعد</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{covered} of {total} paragraphs have a note or a practice ({share} %): {notes} with a note, {practices} with a practice.</source>
        <translation>الفقرات التي تتضمن ملاحظة أو ممارسة: {covered} من أصل {total} ({share} %)؛ بملاحظة: {notes}، بممارسة: {practices}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{covered} of {total} paragraphs have a note ({share} %).</source>
        <translation>الفقرات التي تتضمن ملاحظة: {covered} من أصل {total} ({share} %).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all: ¶{refs}</source>
        <translation>الكل: الفقرات ¶{refs}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notes on paragraphs of an earlier draft</source>
        <translation>ملاحظات على فقرات من مسودة سابقة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every paragraph has a note.</source>
        <translation>كل الفقرات تتضمن ملاحظة.</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/database_controller.py" line="+156"/>
        <source>Encrypted Database</source>
        <translation>قاعدة بيانات مشفرة</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>That passphrase does not open {file}. Try again ({n} of {most}):</source>
        <translation>عبارة المرور هذه لا تفتح {file}. حاول مرة أخرى ({n} من {most}):</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The passphrase remembered in the keyring does not open {file}; it was forgotten. Type its passphrase ({n} of {most}):</source>
        <translation>عبارة المرور المحفوظة في سلسلة المفاتيح لا تفتح {file}؛ وقد أُزيلت منها. اكتب عبارة المرور الخاصة بها ({n} من {most}):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is encrypted. Type its passphrase ({n} of {most}):</source>
        <translation>{file} مشفرة. اكتب عبارة المرور الخاصة بها ({n} من {most}):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Password of {account} ({n} of {most}):</source>
        <translation>كلمة مرور {account} ({n} من {most}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign In to the Database Server</source>
        <translation>تسجيل الدخول إلى خادم قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/database_menu.py" line="+29"/>
        <source>&amp;New Database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>فتح الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>قواعد بيانات ForumDesk (*.db *.sqlite);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent databases</source>
        <translation>لا توجد قواعد بيانات حديثة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>مسح القائمة</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/import_flow.py" line="+51"/>
        <source>Import Document</source>
        <extracomment>A message for the status bar once the import is done. A revised draft was applied (paragraph numbers may have changed).</extracomment>
        <translation>استيراد وثيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.txt *.docx *.odt *.md);;All files (*)</source>
        <translation>الوثائق (*.txt *.docx *.odt *.md);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot import the document</source>
        <translation>تعذّر استيراد الوثيقة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document has no {language} version to revise; import the file as another language instead.</source>
        <translation>لا توجد للوثيقة نسخة باللغة {language} لتنقيحها؛ استورد الملف بوصفه نسخة بلغة أخرى بدلاً من ذلك.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported {file}: {paragraphs} paragraphs.</source>
        <translation>استُورد الملف {file}: عدد الفقرات {paragraphs}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Revised draft imported: {moved} note links moved, {orphaned} orphaned.</source>
        <translation>استُوردت المسودة المنقحة: نُقلت {moved} من روابط الملاحظات، وبقيت {orphaned} دون فقرة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes on ¶{refs} were left on their old numbers, as you chose. Check that these paragraphs still say what the notes discuss.</source>
        <translation>أُبقيت الملاحظات على الفقرات ¶{refs} على أرقامها القديمة، حسب اختيارك. تحقق من أن هذه الفقرات لا تزال تتناول ما تناقشه الملاحظات.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/page.py" line="+73"/>
        <source>Document &amp; notes</source>
        <extracomment>A short message for the status bar. The id of a practice the user opened from a paragraph (the window shows it).</extracomment>
        <translation>الوثيقة والملاحظات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This forum has no document yet.</source>
        <translation>لا توجد وثيقة لهذا المنتدى بعد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outline and coverage</source>
        <translation>المخطط والتغطية</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/outline.py" line="+21"/>
        <source>Document outline</source>
        <translation>مخطط الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter shows a section&apos;s paragraphs.</source>
        <translation>اضغط Enter لعرض فقرات القسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_model.py" line="+87"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/page.py" line="+4"/>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New Note on Selection</source>
        <translation>ملاحظة جديدة على النص المحدد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make &amp;Recommendation…</source>
        <translation>تقديم &amp;توصية…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Document:</source>
        <translation>ال&amp;وثيقة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document and language version</source>
        <translation>الوثيقة والنسخة اللغوية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Beside it:</source>
        <translation>&amp;بجانبها:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language version shown side by side</source>
        <translation>النسخة اللغوية المعروضة جنباً إلى جنب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go to ¶</source>
        <translation>الا&amp;نتقال إلى الفقرة ¶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to paragraph number</source>
        <translation>الانتقال إلى رقم الفقرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a document</source>
        <translation>استيراد وثيقة</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>— none —</source>
        <translation>— لا شيء —</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Annex</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>That note is not on this document.</source>
        <translation>تلك الملاحظة ليست على هذه الوثيقة.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+82"/>
        <source>Edit note on ¶{refs}</source>
        <translation>تعديل الملاحظة على الفقرات ¶{refs}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>New note on ¶{refs}</source>
        <translation>ملاحظة جديدة على الفقرات ¶{refs}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Delete note on ¶{refs}</source>
        <translation>حذف الملاحظة على الفقرات ¶{refs}</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/duplicates_panel.py" line="+71"/>
        <source>Likely duplicates</source>
        <extracomment>A pair was kept apart: (first id, second id, a label naming both), for undo. The list was read again; the number of pairs it holds.</extracomment>
        <translation>السجلات المرجح تكرارها</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+116"/>
        <source>Find &amp;Likely Duplicates</source>
        <extracomment>Who takes the &quot;Keep Both&quot; decisions; set by the page. The merge dialog last opened from this panel (tests and the page look at it).</extracomment>
        <translation>ال&amp;بحث عن السجلات المرجح تكرارها</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Find likely duplicate representatives in the whole registry</source>
        <translation>البحث في سجل المشاركين بأكمله عن ممثلين يُرجَّح أنهم مكررون</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likely duplicates status</source>
        <translation>حالة البحث عن السجلات المرجح تكرارها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First person</source>
        <translation>الشخص الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second person</source>
        <translation>الشخص الثاني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likely duplicate pairs</source>
        <translation>أزواج السجلات المرجح تكرارها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairs of records that may be one person or organisation. Enter compares the chosen pair.</source>
        <translation>أزواج من السجلات قد تخص الشخص نفسه أو المنظمة نفسها. اضغط Enter لمقارنة الزوج المختار.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Compare and Merge…</source>
        <translation>م&amp;قارنة ودمج…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected pair field by field and merge them</source>
        <translation>مقارنة الزوج المحدد حقلاً حقلاً ودمجهما</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep Both</source>
        <translation>الإبقاء على ال&amp;اثنين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both records of the selected pair: they are different people</source>
        <translation>الإبقاء على سجلَّي الزوج المحدد كليهما: فهما شخصان مختلفان</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>تعذّر البحث عن السجلات المكررة: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding Likely Duplicates…</source>
        <translation>جارٍ البحث عن السجلات المرجح تكرارها…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking through the whole registry…</source>
        <translation>جارٍ البحث في سجل المشاركين بأكمله…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>لا توجد أزواج يُرجَّح تكرارها</numerusform>
            <numerusform>زوج واحد يُرجَّح تكراره</numerusform>
            <numerusform>زوجان يُرجَّح تكرارهما</numerusform>
            <numerusform>%n أزواج يُرجَّح تكرارها</numerusform>
            <numerusform>%n زوجاً يُرجَّح تكرارها</numerusform>
            <numerusform>%n زوج يُرجَّح تكرارها</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No likely duplicates left to review.</source>
        <translation>لم يتبق أي سجلات يُرجَّح تكرارها يلزم استعراضها.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/edit_conflict_dialog.py" line="+56"/>
        <source>Changed Meanwhile: {kind}</source>
        <translation>تغيَّر في الأثناء: {kind}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone saved this record after you opened it, and changed some of the fields you changed. Choose the value to keep for each. Your other changes are saved, and theirs are kept.</source>
        <translation>حفظ شخص آخر هذا السجل بعد أن فتحته، وغيّر بعض الحقول التي غيّرتها. اختر القيمة التي تريد الإبقاء عليها في كل حقل. تُحفظ تغييراتك الأخرى، ويُحتفظ بتغييراته.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save with these choices</source>
        <translation>الحفظ بهذه الخيارات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel: back to the form</source>
        <translation>إلغاء: العودة إلى الاستمارة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>قيمتك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved meanwhile</source>
        <translation>ما حُفظ في الأثناء</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your value of {field}</source>
        <translation>قيمتك للحقل {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value}
Saved by {who}</source>
        <translation>{value}
حفظها {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value of {field} saved meanwhile</source>
        <translation>قيمة الحقل {field} المحفوظة في الأثناء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value to keep for {field}</source>
        <translation>القيمة التي يُبقى عليها للحقل {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>الأخذ بقيمتهم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fields changed on both sides</source>
        <translation>الحقول التي تغيّرت في الجانبين</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/dialog.py" line="+73"/>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel; the database is left as it was</source>
        <translation>إلغاء؛ تبقى قاعدة البيانات كما كانت</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} is encrypted: it opens only with its passphrase. You may change the passphrase, or decrypt the file.</source>
        <translation>{file} مشفرة: لا تُفتح إلا بعبارة المرور الخاصة بها. يمكنك تغيير عبارة المرور، أو فك تشفير الملف.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} lies in clear: whoever has the file, or a copy of it, can read the personal data in it. Encrypted, it opens only with its passphrase, which cannot be recovered if it is lost.</source>
        <translation>{file} غير مشفرة: كل من لديه الملف، أو نسخة منه، يستطيع قراءة البيانات الشخصية التي فيه. وإذا شُفِّرت فلن تُفتح إلا بعبارة المرور الخاصة بها، ولا يمكن استرجاع هذه العبارة إذا فُقدت.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Change the passphrase</source>
        <translation>&amp;تغيير عبارة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decr&amp;ypt: leave the file in clear</source>
        <translation>&amp;فك التشفير: ترك الملف غير مشفر</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>عبارة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decrypted, the file lies in clear on this computer: anyone who can read it, or a copy of it, can read the personal data in it. Its backups stay encrypted, each with the passphrase it was taken with.</source>
        <translation>بعد فك التشفير يبقى الملف غير مشفر على هذا الحاسوب: كل من يستطيع قراءته، أو قراءة نسخة منه، يستطيع قراءة البيانات الشخصية التي فيه. وتبقى نسخه الاحتياطية مشفرة، كلٌّ منها بعبارة المرور التي أُخذت بها.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earlier backups</source>
        <translation>النسخ الاحتياطية السابقة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encr&amp;ypt them with the same passphrase</source>
        <translation>&amp;تشفيرها بعبارة المرور نفسها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te them</source>
        <translation>&amp;حذفها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them in c&amp;lear</source>
        <translation>إ&amp;بقاؤها غير مشفرة</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n earlier backup(s) of this database lie in clear in {folder}. So that no clear copy stays behind:</source>
        <translation>
            <numerusform>لا توجد نسخ احتياطية سابقة غير مشفرة لقاعدة البيانات هذه في {folder}. حتى لا تبقى أي نسخة غير مشفرة:</numerusform>
            <numerusform>توجد نسخة احتياطية سابقة واحدة غير مشفرة لقاعدة البيانات هذه في {folder}. حتى لا تبقى أي نسخة غير مشفرة:</numerusform>
            <numerusform>توجد نسختان احتياطيتان سابقتان غير مشفرتين لقاعدة البيانات هذه في {folder}. حتى لا تبقى أي نسخة غير مشفرة:</numerusform>
            <numerusform>توجد %n نسخ احتياطية سابقة غير مشفرة لقاعدة البيانات هذه في {folder}. حتى لا تبقى أي نسخة غير مشفرة:</numerusform>
            <numerusform>توجد %n نسخة احتياطية سابقة غير مشفرة لقاعدة البيانات هذه في {folder}. حتى لا تبقى أي نسخة غير مشفرة:</numerusform>
            <numerusform>توجد %n نسخة احتياطية سابقة غير مشفرة لقاعدة البيانات هذه في {folder}. حتى لا تبقى أي نسخة غير مشفرة:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Encrypt</source>
        <translation>ت&amp;شفير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Passphrase</source>
        <translation>تغيير &amp;عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decrypt</source>
        <translation>ف&amp;ك التشفير</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encrypting {file}…</source>
        <translation>جارٍ تشفير {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the passphrase of {file}…</source>
        <translation>جارٍ تغيير عبارة المرور الخاصة بـ {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypting {file}…</source>
        <translation>جارٍ فك تشفير {file}…</translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/menu.py" line="+24"/>
        <location line="+20"/>
        <source>Encryp&amp;tion…</source>
        <translation>الت&amp;شفير…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Encryption… (the server&apos;s business on PostgreSQL)</source>
        <translation>التشفير… (من شأن الخادم في PostgreSQL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption at rest of a PostgreSQL database is the server&apos;s business (its disks and backups); ForumDesk encrypts SQLite files.</source>
        <translation>تشفير قاعدة بيانات PostgreSQL أثناء التخزين من شأن الخادم (أقراصه ونسخه الاحتياطية)؛ أما ForumDesk فيشفّر ملفات SQLite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypt this database, change its passphrase, or decrypt it</source>
        <translation>تشفير قاعدة البيانات هذه، أو تغيير عبارة المرور الخاصة بها، أو فك تشفيرها</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{file} is encrypted.</source>
        <translation>{file} مشفرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase of {file} is changed.</source>
        <translation>تم تغيير عبارة المرور الخاصة بـ {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is decrypted: it lies in clear. Its backups stay encrypted.</source>
        <translation>تم فك تشفير {file}: أصبحت غير مشفرة. وتبقى نسخها الاحتياطية مشفرة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
</context>
<context>
    <name>ErasePersonalDataButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/personal_data.py" line="+110"/>
        <source>Erase Perso&amp;nal Data…</source>
        <translation>&amp;محو البيانات الشخصية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this person&apos;s personal data everywhere; it cannot be undone</source>
        <translation>محو البيانات الشخصية لهذا الشخص من كل مكان؛ لا يمكن التراجع عن ذلك</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>Erase Personal Data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Erase the personal data of {name}?</source>
        <translation>هل تريد محو البيانات الشخصية لـ {name}؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their names, contact details and notes about them are removed everywhere: the registry, notes, minutes, the report, the search index and the audit log. Approved minutes and the report keep their text, with {pseudonym} in place of the name, and say so. A backup is taken first.

This cannot be undone.</source>
        <translation>تُزال أسماؤه وبيانات الاتصال به والملاحظات المتعلقة به من كل مكان: السجل والملاحظات والمحاضر والتقرير وفهرس البحث وسجل المراجعة. وتحتفظ المحاضر المعتمدة والتقرير بنصها، مع «{pseudonym}» بدلاً من الاسم، وتشير إلى ذلك. وتُؤخذ نسخة احتياطية أولاً.

لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Erase</source>
        <translation>&amp;محو</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The personal data of {name} was erased. They are now {pseudonym}.</source>
        <translation>مُحيت البيانات الشخصية لـ {name}. أصبح يُشار إليه الآن بـ «{pseudonym}».</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/export.py" line="+27"/>
        <location line="+1"/>
        <source>Export all minutes</source>
        <translation>تصدير جميع المحاضر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the files into</source>
        <translation>كتابة الملفات في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One .zip file</source>
        <translation>ملف ‎.zip‎ واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Into:</source>
        <translation>&amp;في:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which version</source>
        <translation>أي نسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published: notes for the record only</source>
        <translation>منشورة: الملاحظات المخصصة للمحضر فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal: with the internal notes, marked not for distribution</source>
        <translation>داخلية: مع الملاحظات الداخلية، مع وسمها بأنها ليست للتوزيع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Version:</source>
        <translation>الن&amp;سخة:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/export_dialog.py" line="+28"/>
        <source>Export Representatives</source>
        <translation>تصدير الممثلين</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln representative(s), as the list shows them. Columns:</source>
        <translation>
            <numerusform>لا يوجد ممثلون، كما تعرضهم القائمة. الأعمدة:</numerusform>
            <numerusform>ممثل واحد، كما تعرضه القائمة. الأعمدة:</numerusform>
            <numerusform>ممثلان، كما تعرضهما القائمة. الأعمدة:</numerusform>
            <numerusform>%Ln ممثلين، كما تعرضهم القائمة. الأعمدة:</numerusform>
            <numerusform>%Ln ممثلاً، كما تعرضهم القائمة. الأعمدة:</numerusform>
            <numerusform>%Ln ممثل، كما تعرضهم القائمة. الأعمدة:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns to export: tick those wanted.</source>
        <translation>الأعمدة المراد تصديرها: حدد الأعمدة المطلوبة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to export</source>
        <translation>الأعمدة المراد تصديرها</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file and export</source>
        <translation>اختيار الملف والتصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/facets.py" line="+36"/>
        <source>Search practices…</source>
        <translation>البحث في الممارسات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search practices</source>
        <translation>البحث في الممارسات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words of the title, summary, results, partners or a submitter&apos;s name</source>
        <translation>كلمات من العنوان أو الملخص أو النتائج أو الشركاء أو اسم جهة مقدِّمة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Theme</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion</source>
        <translation>الم&amp;نطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bmitted by</source>
        <translation>مقدَّ&amp;مة من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review st&amp;ate</source>
        <translation>&amp;حالة الاستعراض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a value to show only its practices</source>
        <translation>اختر قيمة لعرض ممارساتها فقط</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All ({count})</source>
        <translation>الكل ({count})</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="+210"/>
        <source>Status at a Later Forum</source>
        <translation>الحالة في منتدى لاحق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later forum</source>
        <translation>منتدى لاحق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forum:</source>
        <translation>&amp;المنتدى:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What shows it: a decision, a report, a law…</source>
        <translation>ما يثبت ذلك: قرار أو تقرير أو قانون…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation>الأ&amp;دلة:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the status</source>
        <translation>حفظ الحالة</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../src/forumdesk/ui/widgets/rich_text.py" line="+13"/>
        <location line="+3"/>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbered list</source>
        <translation>قائمة مرقمة</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/guide_window.py" line="+60"/>
        <source>ForumDesk User Guide</source>
        <extracomment>Screenshots are ~1200 px wide; the guide shows them this wide, smoothly scaled.</extracomment>
        <translation>دليل مستخدم ForumDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guide</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back</source>
        <translation>إلى ال&amp;خلف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>إلى الأ&amp;مام</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Find in the page</source>
        <translation>البحث في الصفحة</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Find in the page (Enter: next)</source>
        <translation>البحث في الصفحة (Enter: الموضع التالي)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/menu.py" line="+53"/>
        <source>&amp;User Guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ForumDesk</source>
        <translation>&amp;حول ForumDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>About ForumDesk</source>
        <translation>حول ForumDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s workbench for a consultative forum on international migration and development.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;منصة عمل الأمانة لمنتدى استشاري بشأن الهجرة الدولية والتنمية.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/history_dialog.py" line="+135"/>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل التاريخي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the history of this record</source>
        <translation>عرض السجل التاريخي لهذا السجل</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="-99"/>
        <source>History: {record}</source>
        <translation>السجل التاريخي: {record}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>غُيِّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes to the record</source>
        <translation>التغييرات على السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this record, when, on which device, and what.</source>
        <translation>من غيّر هذا السجل، ومتى، وعلى أي جهاز، وما الذي غيّره.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes recorded for this record.</source>
        <translation>لم تُسجَّل أي تغييرات على هذا السجل.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{login} (computer login)</source>
        <translation>{login} (اسم الدخول إلى الحاسوب)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unnamed user</source>
        <translation>مستخدم غير مسمى</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/charts.py" line="+158"/>
        <source>nobody has checked in yet</source>
        <extracomment>The figures drawn, as text: the accessible description and the tests read it.</extracomment>
        <translation>لم يُسجِّل أحد حضوره بعد</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="+67"/>
        <source>Import Representatives — {file}</source>
        <extracomment>The report of an import that was written (not of a check).</extracomment>
        <translation>استيراد الممثلين — {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel: nothing is written</source>
        <translation>إلغاء: لن يُكتب أي شيء</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Register everyone for {forum} (as requested)</source>
        <translation>تسجيل الجميع في {forum} (حسب الطلب)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the people imported for the forum</source>
        <translation>تسجيل الأشخاص المستوردين في المنتدى</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+83"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+2"/>
        <source>Close without importing</source>
        <translation>الإغلاق دون استيراد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check Rows</source>
        <translation>ال&amp;تحقق من الصفوف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every row without importing (dry run)</source>
        <translation>التحقق من كل صف دون استيراد (تشغيل تجريبي)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="-59"/>
        <location line="+55"/>
        <source>Import the valid rows</source>
        <translation>استيراد الصفوف الصالحة</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows refused, warnings and duplicates</source>
        <translation>الصفوف المرفوضة والتنبيهات والسجلات المكررة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that look like people already listed:</source>
        <translation>صفوف تبدو لأشخاص مدرجين بالفعل:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do with rows that look like people already listed</source>
        <translation>ما يُفعل بالصفوف التي تبدو لأشخاص مدرجين بالفعل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip them</source>
        <translation>تخطيها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the listed person&apos;s empty or changed fields</source>
        <translation>تحديث الحقول الفارغة أو المتغيرة للشخص المدرج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import them as new people</source>
        <translation>استيرادها بوصفها أشخاصاً جدداً</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save Report…</source>
        <translation>&amp;حفظ التقرير…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report as CSV</source>
        <translation>حفظ التقرير بصيغة CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Columns</source>
        <translation>ال&amp;عودة إلى الأعمدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the column mapping</source>
        <translation>تغيير مطابقة الأعمدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Valid Rows</source>
        <translation>استيراد الصفوف ال&amp;صالحة</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+24"/>
        <source>Reading {file}…</source>
        <translation>جارٍ قراءة {file}…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln row(s) under the header</source>
        <translation>
            <numerusform>لا توجد صفوف تحت سطر العناوين</numerusform>
            <numerusform>صف واحد تحت سطر العناوين</numerusform>
            <numerusform>صفان تحت سطر العناوين</numerusform>
            <numerusform>%Ln صفوف تحت سطر العناوين</numerusform>
            <numerusform>%Ln صفاً تحت سطر العناوين</numerusform>
            <numerusform>%Ln صف تحت سطر العناوين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>لا توجد صفوف للتحقق منها…</numerusform>
            <numerusform>جارٍ التحقق من صف واحد…</numerusform>
            <numerusform>جارٍ التحقق من صفين…</numerusform>
            <numerusform>جارٍ التحقق من %Ln صفوف…</numerusform>
            <numerusform>جارٍ التحقق من %Ln صفاً…</numerusform>
            <numerusform>جارٍ التحقق من %Ln صف…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>لا توجد صفوف لاستيرادها…</numerusform>
            <numerusform>جارٍ استيراد صف واحد…</numerusform>
            <numerusform>جارٍ استيراد صفين…</numerusform>
            <numerusform>جارٍ استيراد %Ln صفوف…</numerusform>
            <numerusform>جارٍ استيراد %Ln صفاً…</numerusform>
            <numerusform>جارٍ استيراد %Ln صف…</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is read. Building the registry&apos;s indexes…</source>
        <translation>تمت قراءة جميع الصفوف. جارٍ بناء فهارس سجل المشاركين…</translation>
    </message>
    <message>
        <source>Updating the registry&apos;s statistics…</source>
        <translation>جارٍ تحديث إحصاءات سجل المشاركين…</translation>
    </message>
    <message>
        <source>Saving the import…</source>
        <translation>جارٍ حفظ الاستيراد…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغيت العملية: لم يُكتب أي شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="+69"/>
        <source>%Ln row(s) can be imported</source>
        <translation>
            <numerusform>لا توجد صفوف يمكن استيرادها</numerusform>
            <numerusform>يمكن استيراد صف واحد</numerusform>
            <numerusform>يمكن استيراد صفين</numerusform>
            <numerusform>يمكن استيراد %Ln صفوف</numerusform>
            <numerusform>يمكن استيراد %Ln صفاً</numerusform>
            <numerusform>يمكن استيراد %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) would be refused</source>
        <translation>
            <numerusform>لن يُرفض أي صف</numerusform>
            <numerusform>سيُرفض صف واحد</numerusform>
            <numerusform>سيُرفض صفان</numerusform>
            <numerusform>ستُرفض %Ln صفوف</numerusform>
            <numerusform>سيُرفض %Ln صفاً</numerusform>
            <numerusform>سيُرفض %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+6"/>
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>لا توجد منظمات جديدة</numerusform>
            <numerusform>منظمة جديدة واحدة</numerusform>
            <numerusform>منظمتان جديدتان</numerusform>
            <numerusform>%Ln منظمات جديدة</numerusform>
            <numerusform>%Ln منظمة جديدة</numerusform>
            <numerusform>%Ln منظمة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%Ln representative(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي ممثل</numerusform>
            <numerusform>استُورد ممثل واحد</numerusform>
            <numerusform>استُورد ممثلان</numerusform>
            <numerusform>استُورد %Ln ممثلين</numerusform>
            <numerusform>استُورد %Ln ممثلاً</numerusform>
            <numerusform>استُورد %Ln ممثل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>لم يُرفض أي صف</numerusform>
            <numerusform>رُفض صف واحد</numerusform>
            <numerusform>رُفض صفان</numerusform>
            <numerusform>رُفضت %Ln صفوف</numerusform>
            <numerusform>رُفض %Ln صفاً</numerusform>
            <numerusform>رُفض %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln registration(s)</source>
        <translation>
            <numerusform>لا توجد تسجيلات</numerusform>
            <numerusform>تسجيل واحد</numerusform>
            <numerusform>تسجيلان</numerusform>
            <numerusform>%Ln تسجيلات</numerusform>
            <numerusform>%Ln تسجيلاً</numerusform>
            <numerusform>%Ln تسجيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) already listed: skipped</source>
        <translation>
            <numerusform>لا توجد صفوف مدرجة بالفعل</numerusform>
            <numerusform>صف واحد مدرج بالفعل: تم تخطيه</numerusform>
            <numerusform>صفان مدرجان بالفعل: تم تخطيهما</numerusform>
            <numerusform>%Ln صفوف مدرجة بالفعل: تم تخطيها</numerusform>
            <numerusform>%Ln صفاً مدرجاً بالفعل: تم تخطيها</numerusform>
            <numerusform>%Ln صف مدرج بالفعل: تم تخطيها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) look like people already listed</source>
        <translation>
            <numerusform>لا توجد صفوف تبدو لأشخاص مدرجين بالفعل</numerusform>
            <numerusform>صف واحد يبدو لشخص مدرج بالفعل</numerusform>
            <numerusform>صفان يبدوان لشخصين مدرجين بالفعل</numerusform>
            <numerusform>%Ln صفوف تبدو لأشخاص مدرجين بالفعل</numerusform>
            <numerusform>%Ln صفاً تبدو لأشخاص مدرجين بالفعل</numerusform>
            <numerusform>%Ln صف تبدو لأشخاص مدرجين بالفعل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln listed person(s) updated</source>
        <translation>
            <numerusform>لم يُحدَّث أي شخص مدرج</numerusform>
            <numerusform>حُدِّث شخص مدرج واحد</numerusform>
            <numerusform>حُدِّث شخصان مدرجان</numerusform>
            <numerusform>حُدِّث %Ln أشخاص مدرجين</numerusform>
            <numerusform>حُدِّث %Ln شخصاً مدرجاً</numerusform>
            <numerusform>حُدِّث %Ln شخص مدرج</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate?</source>
        <translation>مكرر؟</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} (row {row}, {score}%)</source>
        <translation>{name} (الصف {row}، {score}%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (in the registry, {score}%)</source>
        <translation>{name} (في سجل المشاركين، {score}%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} may be {matches}</source>
        <translation>قد يكون {name} هو {matches}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already listed</source>
        <translation>مدرج بالفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looks listed</source>
        <translation>يبدو مدرجاً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is {match}</source>
        <translation>{name} هو {match}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save Import Report</source>
        <translation>حفظ تقرير الاستيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV، بترميز UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{summary}&lt;br&gt;Report saved to {file}.</source>
        <translation>{summary}&lt;br&gt;حُفظ التقرير في {file}.</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/import_dialog.py" line="+54"/>
        <source>Import {file}</source>
        <translation>استيراد {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the import noticed in the file.</source>
        <translation>ما لاحظته عملية الاستيراد في الملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problem found: numbering and contents agree.</source>
        <translation>لم يُعثر على أي مشكلة: الترقيم والمحتويات متطابقان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings:</source>
        <translation>التنبيهات:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br/&gt;{paragraphs} numbered paragraphs (¶{first}–{last}), {sections} headings, {footnotes} footnote(s){annex}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br/&gt;عدد الفقرات المرقمة: {paragraphs} (¶{first}–{last})، وعدد العناوين: {sections}، وعدد الحواشي: {footnotes}{annex}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, an annex</source>
        <translation>، ومرفق</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sections found in the document.</source>
        <translation>الأقسام التي عُثر عليها في الوثيقة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections found</source>
        <translation>الأقسام التي عُثر عليها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>¶ in the body</source>
        <translation>¶ في المتن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOC</source>
        <translation>جدول المحتويات</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A &amp;new document</source>
        <translation>وثيقة &amp;جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another &amp;language of {document}</source>
        <translation>&amp;لغة أخرى من {document}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;revised draft of {document}</source>
        <translation>مسودة &amp;منقحة من {document}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import as:</source>
        <translation>الاستيراد بوصفه:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the file</source>
        <translation>لغة الملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lan&amp;guage:</source>
        <translation>الل&amp;غة:</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/widgets/job_dialog.py" line="+47"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>LaptopDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/laptop_dialog.py" line="+45"/>
        <source>Prepare a Laptop</source>
        <translation>إعداد حاسوب محمول</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A copy of this database for a laptop at the venue. Limited to one forum, it leaves out the other forums and the people registered only for them. Merge it back with File &gt; Merge from Another Database…</source>
        <extracomment>Asks where to write the copy; tests replace it.</extracomment>
        <translation>نسخة من قاعدة البيانات هذه لحاسوب محمول في مكان الانعقاد. وهي مقصورة على منتدى واحد، فتُستبعد منها المنتديات الأخرى والأشخاص المسجلون فيها فقط. أعد دمجها باستخدام ملف &gt; الدمج من قاعدة بيانات أخرى…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the file to write</source>
        <translation>اختيار الملف المراد كتابته</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forum the laptop holds</source>
        <translation>المنتدى الذي يحمله الحاسوب المحمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All forums</source>
        <translation>جميع المنتديات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orum:</source>
        <translation>المن&amp;تدى:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the laptop</source>
        <translation>اسم الحاسوب المحمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop 2, registration desk</source>
        <translation>الحاسوب المحمول 2، مكتب التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop &amp;name:</source>
        <translation>اسم ال&amp;حاسوب المحمول:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the laptop&apos;s copy</source>
        <translation>عبارة المرور لنسخة الحاسوب المحمول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>ع&amp;بارة المرور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again</source>
        <translation>عبارة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>تأ&amp;كيدها:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy is encrypted: ForumDesk asks for this passphrase whenever it opens the copy, on the laptop and when merging it back. It is the laptop&apos;s own, not this database&apos;s; keep it apart from the laptop.</source>
        <translation>النسخة مشفرة: يطلب ForumDesk عبارة المرور هذه كلما فتح النسخة، على الحاسوب المحمول وعند دمجها مرة أخرى. وهي عبارة مرور خاصة بالحاسوب المحمول، لا عبارة مرور قاعدة البيانات هذه؛ فاحفظها بعيدًا عن الحاسوب المحمول.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Leave the copy unencrypted</source>
        <translation>ت&amp;رك النسخة غير مشفرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the copy unencrypted</source>
        <translation>ترك النسخة غير مشفرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anyone who finds the laptop, or the file, can read the names, e-mail addresses and registrations in the copy.</source>
        <translation>يستطيع كل من يعثر على الحاسوب المحمول، أو على الملف، أن يقرأ ما في النسخة من أسماء وعناوين بريد إلكتروني وتسجيلات.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel: no copy is written</source>
        <translation>إلغاء: لن تُكتب أي نسخة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Prepare</source>
        <translation>إ&amp;عداد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the laptop&apos;s copy</source>
        <translation>كتابة نسخة الحاسوب المحمول</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Laptop Database</source>
        <translation>قاعدة بيانات الحاسوب المحمول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>قواعد بيانات ForumDesk (*.db *.sqlite);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing {file}…</source>
        <translation>جارٍ كتابة {file}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a passphrase for the laptop&apos;s copy, or leave it unencrypted.</source>
        <translation>اكتب عبارة مرور لنسخة الحاسوب المحمول، أو اتركها غير مشفرة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>عبارتا المرور مختلفتان؛ اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written {rows} rows to {file} (device “{device}”).</source>
        <translation>عدد الصفوف المكتوبة في {file}: {rows} (الجهاز «{device}»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} people of other forums left out.</source>
        <translation>استُبعد {count} من الأشخاص المسجلين في منتديات أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is in clear.</source>
        <translation>وهي غير مشفرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is encrypted with the laptop&apos;s passphrase.</source>
        <translation>وهي مشفرة بعبارة المرور الخاصة بالحاسوب المحمول.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled: no copy was written.</source>
        <translation>أُلغيت العملية: لم تُكتب أي نسخة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/main_window.py" line="+90"/>
        <source>Overview</source>
        <extracomment>Emitted once the first database has opened and the visible page asked for its data. What the menus and dialogs around the pages get instead of the window.</extracomment>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry</source>
        <translation>سجل المشاركين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;&amp; notes</source>
        <translation>الوثيقة والملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Practices</source>
        <translation>الممارسات الجيدة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+1 to Ctrl+7 open them from anywhere.</source>
        <translation>يفتحها Ctrl+1 إلى Ctrl+7 من أي مكان.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forum:</source>
        <translation>المنتدى:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current forum</source>
        <translation>المنتدى الحالي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import Document…</source>
        <translation>استيراد &amp;وثيقة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import R&amp;epresentatives…</source>
        <translation>استيراد ال&amp;ممثلين…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load &amp;Demo Forum (2006 Hearings)</source>
        <translation>تحميل المنتدى ال&amp;تجريبي (جلسات الاستماع لعام 2006)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search Paragraphs and Notes…</source>
        <translation>ال&amp;بحث في الفقرات والملاحظات…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+153"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened {file}</source>
        <translation>فُتح {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo forum loaded</source>
        <translation>حُمِّل المنتدى التجريبي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup taken</source>
        <translation>أُنشئت نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database could not be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target}

{message}</source>
        <translation>{target}

{message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default database</source>
        <translation>قاعدة البيانات الافتراضية</translation>
    </message>
</context>
<context>
    <name>MakeRecommendationDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/make_recommendation.py" line="+51"/>
        <source>Make Recommendation from ¶ {number}</source>
        <translation>تقديم توصية من الفقرة {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a sentence to recommend it alone; with nothing selected, the whole paragraph is the recommendation.</source>
        <translation>حدِّد جملة للتوصية بها وحدها؛ وإن لم يُحدَّد شيء، تكون الفقرة كلها هي التوصية.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the paragraph</source>
        <translation>نص الفقرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is recommended</source>
        <translation>ما يُوصى به</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code of the recommendation</source>
        <translation>رمز التوصية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R{number} (or the next free one)</source>
        <translation>R{number} (أو الرمز المتاح التالي)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme of the recommendation</source>
        <translation>موضوع التوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no theme)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>المو&amp;ضوع:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make Recommendation</source>
        <translation>&amp;تقديم التوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the recommendation</source>
        <translation>تقديم التوصية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recommended: the whole paragraph.</source>
        <translation>يُوصى بـ: الفقرة كلها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: the selected text ({count} characters).</source>
        <translation>يُوصى بـ: النص المحدَّد (عدد الحروف: {count}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommendation {code} made from ¶ {number}</source>
        <translation>التوصية {code} مأخوذة من الفقرة {number}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_mapping.py" line="+94"/>
        <source>Each column of the file, examples of its values, and the field it fills.</source>
        <extracomment>The mapping changed (a field or a category word): a dry run&apos;s report is stale.</extracomment>
        <translation>كل عمود من أعمدة الملف، وأمثلة على قيمه، والحقل الذي يملؤه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns of the file and what they hold</source>
        <translation>أعمدة الملف وما تتضمنه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>الاستيراد بوصفه</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+93"/>
        <source>Category words in the file:</source>
        <translation>كلمات الفئات في الملف:</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Each category word found in the file, how many rows carry it, and the category it becomes.</source>
        <translation>كل كلمة من كلمات الفئات عُثر عليها في الملف، وعدد الصفوف التي تتضمنها، والفئة التي تقابلها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category words and their categories</source>
        <translation>كلمات الفئات وفئاتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word in the file</source>
        <translation>الكلمة في الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None: such rows are refused</source>
        <translation>لا شيء: تُرفض هذه الصفوف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category of a new organisation whose row gives none</source>
        <translation>فئة المنظمة الجديدة التي لا يحدد صفها أي فئة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New organisation without a category:</source>
        <translation>منظمة جديدة دون فئة:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping you confirmed last time for these headers is used.</source>
        <translation>تُستخدم المطابقة التي أكدتها في المرة السابقة لهذه العناوين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns guessed from their headers: check them before importing.</source>
        <translation>خُمِّنت الأعمدة من عناوينها: تحقق منها قبل الاستيراد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import column {header} as</source>
        <translation>استيراد العمود {header} بوصفه</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown: such rows are refused</source>
        <translation>غير معروف: تُرفض هذه الصفوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category for {word}</source>
        <translation>الفئة المقابلة لـ {word}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category words in the file (the most frequent):</source>
        <translation>كلمات الفئات في الملف (الأكثر تكراراً):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose the column that holds the family name (or the full name).</source>
        <translation>اختر العمود الذي يتضمن اسم العائلة (أو الاسم الكامل).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two columns are imported as {field}; keep one.</source>
        <translation>يُستورد عمودان بوصفهما {field}؛ أبقِ على أحدهما.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/merge_dialog.py" line="+57"/>
        <source>Merge Two Records</source>
        <extracomment>The merge was made.</extracomment>
        <translation>دمج سجلين</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose, field by field, which value the merged record keeps. The second record is kept in the database, marked as merged into the first; its registrations, roles and interventions move to the first.</source>
        <translation>اختر، حقلاً حقلاً، القيمة التي يحتفظ بها السجل المدمج. يبقى السجل الثاني في قاعدة البيانات موسوماً بأنه مدمج في الأول؛ وتُنقل تسجيلاته وأدواره ومداخلاته إلى الأول.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields that differ</source>
        <translation>الحقول المختلفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two records hold the same values.</source>
        <translation>يتضمن السجلان القيم نفسها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two records</source>
        <translation>دمج السجلين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>MinutesCoverDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/cover_dialog.py" line="+54"/>
        <location line="+1"/>
        <source>Cover of the minutes</source>
        <translation>غلاف المحضر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organ:</source>
        <translation>ال&amp;هيئة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organ</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ymbol:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session:</source>
        <translation>ال&amp;دورة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda item:</source>
        <translation>البند من &amp;جدول الأعمال:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>البند من جدول الأعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;riginal language:</source>
        <translation>اللغة الأ&amp;صلية:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original language</source>
        <translation>اللغة الأصلية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>محدود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>مقيد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Distribution:</source>
        <translation>الت&amp;وزيع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;te:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a date of its own</source>
        <translation>طباعة تاريخ مستقل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date printed on the cover</source>
        <translation>التاريخ المطبوع على الغلاف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Author&apos;s note</source>
        <translation>ملاحظة المؤلف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note&apos;s heading, a blank line, then its paragraphs</source>
        <translation>عنوان الملاحظة، ثم سطر فارغ، ثم فقراتها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author&apos;s &amp;note:</source>
        <translation>&amp;ملاحظة المؤلف:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(otherwise the day of approval, or of the meeting)</source>
        <translation>(وإلا فتاريخ يوم الموافقة، أو يوم الجلسة)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cover of the minutes saved</source>
        <translation>حُفظ غلاف المحضر</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: this cover was changed meanwhile.</source>
        <translation>لم يُحفظ: تغيّر هذا الغلاف في الأثناء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/editor.py" line="+78"/>
        <source>Not started</source>
        <extracomment>A line for the status bar: what was saved, exported, refused. A snapshot was shown (tests and the page wait on it). The file name Export… proposes for a format (&quot;pdf&quot;): the page knows it.</extracomment>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>مقدَّم للاستعراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved minutes are locked. Save as New Draft keeps the approved version and starts a new draft version from it, which you can then edit.</source>
        <translation>المحاضر الموافق عليها مقفلة. يحتفظ الأمر «الحفظ كمسودة جديدة» بالنسخة الموافق عليها ويبدأ منها نسخة مسودة جديدة يمكنك بعد ذلك تحريرها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text of the minutes. Ctrl+Tab leaves the editor.</source>
        <translation>نص المحضر. اضغط Ctrl+Tab لمغادرة المحرر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes text</source>
        <translation>نص المحضر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Compose</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose the minutes from the programme</source>
        <translation>إنشاء المحضر من البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>&amp;Save Draft</source>
        <translation>&amp;حفظ المسودة</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Su&amp;bmit for Review</source>
        <translation>ت&amp;قديم للاستعراض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>م&amp;وافقة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Versions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved version of these minutes.</source>
        <translation>كل النسخ المحفوظة من هذا المحضر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions of these minutes</source>
        <translation>نسخ هذا المحضر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>تاريخ الحفظ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co&amp;mpare…</source>
        <translation>مقا&amp;رنة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected version (or the one before the latest) with the latest</source>
        <translation>مقارنة النسخة المحددة (أو النسخة السابقة للأحدث) بأحدث نسخة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Internal Version…</source>
        <translation>تصدير النسخة ال&amp;داخلية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the internal notes, every page marked not for distribution</source>
        <translation>مع الملاحظات الداخلية، ووسم كل صفحة بأنها ليست للتوزيع</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a segment to see its minutes.</source>
        <translation>اختر جزءاً لعرض محضره.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started: Compose drafts them from the programme.</source>
        <translation>لم يبدأ: ينشئ الأمر «إنشاء» مسودته من البرنامج.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {n}: {state}</source>
        <translation>النسخة {n}: {state}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved by {name} on {date}</source>
        <translation>وافق عليه {name} في {date}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save as New Draft</source>
        <translation>الحفظ كمسودة &amp;جديدة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (composed)</source>
        <translation> (مُنشأ)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not done: {reason}</source>
        <translation>لم يُنفَّذ: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Minutes composed as version 1</source>
        <translation>أُنشئ المحضر بوصفه النسخة 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes composed again as version {n}</source>
        <translation>أُعيد إنشاء المحضر بوصفه النسخة {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not composed again: your edits stay as they are</source>
        <translation>لم يُعد الإنشاء: تبقى تعديلاتك كما هي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {n} was edited by hand by {name}</source>
        <translation>عدّل {name} النسخة {n} يدوياً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {n} was edited by hand</source>
        <translation>عُدِّلت النسخة {n} يدوياً</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace your edits?</source>
        <translation>هل تريد استبدال تعديلاتك؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace your edits?

{reason}.

A new draft version is composed; the edited version is kept in the history.</source>
        <translation>هل تريد استبدال تعديلاتك؟

{reason}.

ستُنشأ نسخة مسودة جديدة؛ ويُحتفظ بالنسخة المعدَّلة في السجل التاريخي.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The approved version stays locked; your changes are draft version {n}</source>
        <translation>تبقى النسخة الموافق عليها مقفلة؛ وتمثل تغييراتك نسخة المسودة {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as draft version {n}; the submission is withdrawn until you submit again</source>
        <translation>حُفظت بوصفها نسخة المسودة {n}؛ ويُسحب التقديم إلى أن تقدمها مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft saved as version {n}</source>
        <translation>حُفظت المسودة بوصفها النسخة {n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: these minutes were changed meanwhile.</source>
        <translation>لم يُحفظ: تغيّر هذا المحضر في الأثناء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text of the minutes</source>
        <translation>نص المحضر</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Minutes submitted for review</source>
        <translation>قُدِّم المحضر للاستعراض</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version {n} approved</source>
        <translation>تمت الموافقة على النسخة {n}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export minutes</source>
        <translation>تصدير المحضر</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Internal version exported to {path}</source>
        <translation>صُدِّرت النسخة الداخلية إلى {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes exported to {path}</source>
        <translation>صُدِّر المحضر إلى {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: {reason}</source>
        <translation>تعذّر التصدير: {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/page.py" line="+60"/>
        <source>Not started</source>
        <extracomment>A line for the status bar.</extracomment>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>مقدَّم للاستعراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Minutes of each segment</source>
        <translation>محضر كل جزء</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each segment with the state of its minutes. The chosen one opens in the editor.</source>
        <translation>كل جزء مع حالة محضره. يُفتح الجزء المختار في المحرر.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Minutes and summary report</source>
        <translation>المحاضر والتقرير الموجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Minutes</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Summary Report</source>
        <translation>التقرير الموجز</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;over…</source>
        <translation>الغ&amp;لاف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover of the selected minutes</source>
        <translation>غلاف المحضر المحدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organ, symbol, distribution, date and note printed on the first page</source>
        <translation>الهيئة والرمز والتوزيع والتاريخ والملاحظة المطبوعة على الصفحة الأولى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export A&amp;ll…</source>
        <translation>تصدير ال&amp;كل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+112"/>
        <location line="+25"/>
        <source>Export all minutes</source>
        <translation>تصدير جميع المحاضر</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+76"/>
        <source>minutes</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The summary report</source>
        <translation>التقرير الموجز</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The minutes of {segment}</source>
        <translation>محضر {segment}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Zip archive (*.zip)</source>
        <translation>أرشيف Zip (*.zip)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all minutes into</source>
        <translation>تصدير جميع المحاضر إلى</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting minutes…</source>
        <translation>جارٍ تصدير المحاضر…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting minutes</source>
        <translation>تصدير المحاضر</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export cancelled after {done} of {total} minutes</source>
        <translation>أُلغي التصدير بعد تصدير {done} من المحاضر من أصل {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{done} minutes exported to {path}</source>
        <translation>صُدِّرت المحاضر إلى {path} (عددها: {done})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed: {reason}</source>
        <translation>تعذّر التصدير: {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesSnapshot</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/snapshot.py" line="+50"/>
        <source>{login} (computer login)</source>
        <translation>{login} (اسم الدخول إلى الحاسوب)</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/user_name.py" line="+82"/>
        <source>Your Name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept on this computer, and used by the command line too. You can change it in Preferences.</source>
        <translation>يُحفظ على هذا الحاسوب، ويستخدمه سطر الأوامر أيضاً. يمكنك تغييره من الأفضليات.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save My Name</source>
        <translation>حفظ اسمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your name</source>
        <translation>حفظ اسمك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not Now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without a name</source>
        <translation>المتابعة دون اسم</translation>
    </message>
</context>
<context>
    <name>NameFields</name>
    <message>
        <location line="-73"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name and surname, e.g. Ana Lima</source>
        <translation>الاسم الأول واسم العائلة، مثلاً: Ana Lima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs your notes and minutes, and the changes the history records.</source>
        <translation>يُوقَّع به على ملاحظاتك ومحاضرك، وعلى التغييرات التي يسجلها السجل التاريخي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your initials</source>
        <translation>الأحرف الأولى من اسمك</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name:</source>
        <translation>اسمك:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your initials:</source>
        <translation>الأحرف الأولى من اسمك:</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/new_database.py" line="+25"/>
        <source>New Database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ForumDesk creates the database {file} in {folder}.</source>
        <translation>ينشئ ForumDesk قاعدة البيانات {file} في {folder}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;تشفير بعبارة مرور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file opens only with the passphrase, which cannot be recovered if it is lost. Advised on a laptop that leaves the office.</source>
        <translation>لا يُفتح الملف إلا بعبارة المرور، ولا يمكن استرجاعها إذا فُقدت. يُنصح بذلك للحاسوب المحمول الذي يغادر المكتب.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
</context>
<context>
    <name>NewForumDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/new_forum.py" line="+60"/>
        <source>New Forum from a Template</source>
        <extracomment>The forum made: its id.</extracomment>
        <translation>منتدى جديد من نموذج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agenda template</source>
        <translation>نموذج جدول الأعمال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a &amp;File…</source>
        <translation>من &amp;ملف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an agenda template from a file</source>
        <translation>استيراد نموذج جدول أعمال من ملف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Template:</source>
        <translation>ال&amp;نموذج:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the first day</source>
        <translation>تاريخ اليوم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the forum</source>
        <translation>عنوان المنتدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template&apos;s title</source>
        <translation>عنوان النموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Palais des Nations, Geneva</source>
        <translation>مثلاً: قصر الأمم، جنيف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>م&amp;كان الانعقاد:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the programme</source>
        <translation>لغة البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create Forum</source>
        <translation>&amp;إنشاء المنتدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the forum</source>
        <translation>إنشاء المنتدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time zone of the venue</source>
        <translation>المنطقة الزمنية لمكان الانعقاد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type part of a city or region</source>
        <translation>اكتب جزءاً من اسم مدينة أو منطقة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the time zone comes from</source>
        <translation>مصدر المنطقة الزمنية</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chosen by hand.</source>
        <translation>اختيرت يدوياً.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the venue.</source>
        <translation>من مكان الانعقاد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The venue names no known place: choose the zone.</source>
        <translation>لا يشير مكان الانعقاد إلى أي مكان معروف: اختر المنطقة الزمنية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows the venue once it is typed.</source>
        <translation>تتبع مكان الانعقاد بمجرد كتابته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Agenda Template</source>
        <translation>استيراد نموذج جدول أعمال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda template (*.json)</source>
        <translation>نموذج جدول أعمال (*.json)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a template.</source>
        <translation>اختر نموذجاً.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown time zone “{zone}”: choose one from the list.</source>
        <translation>المنطقة الزمنية «{zone}» غير معروفة: اختر منطقة من القائمة.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/passphrases.py" line="+52"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>م&amp;رة أخرى:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a new passphrase.</source>
        <translation>اكتب عبارة مرور جديدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A few words you will remember make a good passphrase; it cannot be recovered.</source>
        <translation>بضع كلمات تتذكرها تصنع عبارة مرور جيدة؛ ولا يمكن استرجاعها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: easy to guess. Use more words, or a longer one.</source>
        <translation>ضعيفة: سهلة التخمين. استخدم كلمات أكثر، أو عبارة أطول.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>مقبولة: بضع كلمات أخرى تجعلها قوية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
</context>
<context>
    <name>NoteChoiceDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/dialogs.py" line="+60"/>
        <source>Paragraph from a Note</source>
        <translation>فقرة من ملاحظة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notes to choose from. Enter chooses the selected note.</source>
        <translation>الملاحظات المتاحة للاختيار. اضغط Enter لاختيار الملاحظة المحددة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes of the forum</source>
        <translation>ملاحظات المنتدى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(internal) </source>
        <translation>(داخلية) </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal note: as a paragraph, its text is in the report.</source>
        <translation>ملاحظة داخلية: إذا أُدرجت بوصفها فقرة، ظهر نصها في التقرير.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose or cancel</source>
        <translation>اختر أو ألغِ</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/note_editor.py" line="+91"/>
        <source>Note text</source>
        <extracomment>Asks the database for organisations matching a text, then calls back with them. The user asked to save; the page saves and then calls `saved()` or `show_error()`.</extracomment>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paragraphs cited</source>
        <translation>الفقرات المشار إليها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 23–25, 29</source>
        <translation>مثلاً 23–25، 29</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paragraphs:</source>
        <translation>ال&amp;فقرات:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remittances, gender, …</source>
        <translation>التحويلات المالية، نوع الجنس، …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tags:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked segment</source>
        <translation>الجزء المرتبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segment:</source>
        <translation>ال&amp;جزء:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked intervention</source>
        <translation>المداخلة المرتبطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Intervention:</source>
        <translation>الم&amp;داخلة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked organisation</source>
        <translation>المنظمة المرتبطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search the registry</source>
        <translation>اكتب للبحث في سجل المشاركين</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Organisation:</source>
        <translation>الم&amp;نظمة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the &amp;record: print it in the minutes</source>
        <translation>لل&amp;محضر: طباعتها في المحضر</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+198"/>
        <location line="+11"/>
        <source>For the record</source>
        <translation>للمحضر</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Unticked, the note stays internal: the published minutes leave it out.</source>
        <translation>إذا لم يُحدَّد هذا الخيار، تبقى الملاحظة داخلية: ولا تُدرج في المحضر المنشور.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— none —</source>
        <translation>— لا شيء —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep the reference to ¶{refs} of the earlier draft</source>
        <translation>الإبقاء على الإشارة إلى الفقرات ¶{refs} من المسودة السابقة</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Write the note first.</source>
        <translation>اكتب الملاحظة أولاً.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an organisation from the list, or leave it empty.</source>
        <translation>اختر منظمة من القائمة، أو اترك الحقل فارغاً.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not saved: this note was changed meanwhile.</source>
        <translation>لم تُحفظ: تغيّرت هذه الملاحظة في الأثناء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>المداخلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs of the earlier draft</source>
        <translation>فقرات المسودة السابقة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Internal</source>
        <translation>داخلية</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/notes_panel.py" line="+83"/>
        <source>&amp;New Note…</source>
        <extracomment>The id of a practice the user opened from the selected paragraphs&apos; practices.</extracomment>
        <translation>ملاحظة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the &amp;Record</source>
        <translation>لل&amp;محضر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the record are printed in the minutes; the others stay internal</source>
        <translation>تُطبع الملاحظات المخصصة للمحضر فيه؛ وتبقى الملاحظات الأخرى داخلية</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A practice&apos;s title opens it on the Practices page.</source>
        <translation>يؤدي النقر على عنوان الممارسة إلى فتحها في صفحة الممارسات.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter notes by tag</source>
        <translation>تصفية الملاحظات حسب الوسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter notes by author</source>
        <translation>تصفية الملاحظات حسب المؤلف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter notes by segment</source>
        <translation>تصفية الملاحظات حسب الجزء</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Practices answering the selected paragraphs</source>
        <translation>الممارسات المتعلقة بالفقرات المختارة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>T&amp;ag:</source>
        <translation>ال&amp;وسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;uthor:</source>
        <translation>الم&amp;ؤلف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seg&amp;ment:</source>
        <translation>الج&amp;زء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only notes on the selected paragraphs</source>
        <translation>الملاحظات على الفقرات المحددة فقط</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the record</source>
        <translation>للمحضر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal</source>
        <translation>داخلية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notes on the chosen paragraphs. Enter opens the chosen note.</source>
        <translation>الملاحظات على الفقرات المختارة. اضغط Enter لفتح الملاحظة المختارة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{author}, {when}</source>
        <translation>{author}، {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown author</source>
        <translation>مؤلف غير معروف</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select paragraphs to see the notes that cite them.</source>
        <translation>حدد فقرات لعرض الملاحظات التي تشير إليها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No note cites ¶{number} yet.</source>
        <translation>لا توجد بعد أي ملاحظة تشير إلى الفقرة ¶{number}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>لا توجد ملاحظات تشير إلى الفقرة ¶{number}</numerusform>
            <numerusform>ملاحظة واحدة تشير إلى الفقرة ¶{number}</numerusform>
            <numerusform>ملاحظتان تشيران إلى الفقرة ¶{number}</numerusform>
            <numerusform>%n ملاحظات تشير إلى الفقرة ¶{number}</numerusform>
            <numerusform>%n ملاحظة تشير إلى الفقرة ¶{number}</numerusform>
            <numerusform>%n ملاحظة تشير إلى الفقرة ¶{number}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No note cites ¶{refs} yet.</source>
        <translation>لا توجد بعد أي ملاحظة تشير إلى الفقرات ¶{refs}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s) cite ¶{refs}</source>
        <translation>
            <numerusform>لا توجد ملاحظات تشير إلى الفقرات ¶{refs}</numerusform>
            <numerusform>ملاحظة واحدة تشير إلى الفقرات ¶{refs}</numerusform>
            <numerusform>ملاحظتان تشيران إلى الفقرات ¶{refs}</numerusform>
            <numerusform>%n ملاحظات تشير إلى الفقرات ¶{refs}</numerusform>
            <numerusform>%n ملاحظة تشير إلى الفقرات ¶{refs}</numerusform>
            <numerusform>%n ملاحظة تشير إلى الفقرات ¶{refs}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Mark note on ¶{refs} for the record</source>
        <translation>وسم الملاحظة على الفقرات ¶{refs} بأنها للمحضر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark note on ¶{refs} internal</source>
        <translation>وسم الملاحظة على الفقرات ¶{refs} بأنها داخلية</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current note is for the record</source>
        <translation>الملاحظة الحالية مخصصة للمحضر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current note is internal</source>
        <translation>الملاحظة الحالية داخلية</translation>
    </message>
</context>
<context>
    <name>NotesTakenLabel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/notes_taken.py" line="+18"/>
        <source>Notes the minutes publish</source>
        <translation>الملاحظات التي ينشرها المحضر</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n note(s) for the record taken</source>
        <translation>
            <numerusform>لم تُدرج أي ملاحظة للمحضر</numerusform>
            <numerusform>أُدرجت ملاحظة واحدة للمحضر</numerusform>
            <numerusform>أُدرجت ملاحظتان للمحضر</numerusform>
            <numerusform>أُدرجت %n ملاحظات للمحضر</numerusform>
            <numerusform>أُدرجت %n ملاحظة للمحضر</numerusform>
            <numerusform>أُدرجت %n ملاحظة للمحضر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Compose takes %n note(s) for the record</source>
        <translation>
            <numerusform>لن يُدرج الأمر «إنشاء» أي ملاحظة للمحضر</numerusform>
            <numerusform>يُدرج الأمر «إنشاء» ملاحظة واحدة للمحضر</numerusform>
            <numerusform>يُدرج الأمر «إنشاء» ملاحظتين للمحضر</numerusform>
            <numerusform>يُدرج الأمر «إنشاء» %n ملاحظات للمحضر</numerusform>
            <numerusform>يُدرج الأمر «إنشاء» %n ملاحظة للمحضر</numerusform>
            <numerusform>يُدرج الأمر «إنشاء» %n ملاحظة للمحضر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n internal note(s) left out</source>
        <translation>
            <numerusform>لم تُستبعد أي ملاحظة داخلية</numerusform>
            <numerusform>استُبعدت ملاحظة داخلية واحدة</numerusform>
            <numerusform>استُبعدت ملاحظتان داخليتان</numerusform>
            <numerusform>استُبعدت %n ملاحظات داخلية</numerusform>
            <numerusform>استُبعدت %n ملاحظة داخلية</numerusform>
            <numerusform>استُبعدت %n ملاحظة داخلية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n note(s) marked for the record since: Compose again to take them</source>
        <translation>
            <numerusform>لم توسم أي ملاحظة للمحضر منذ ذلك الحين</numerusform>
            <numerusform>وُسمت ملاحظة واحدة للمحضر منذ ذلك الحين: أعد الإنشاء لإدراجها</numerusform>
            <numerusform>وُسمت ملاحظتان للمحضر منذ ذلك الحين: أعد الإنشاء لإدراجهما</numerusform>
            <numerusform>وُسمت %n ملاحظات للمحضر منذ ذلك الحين: أعد الإنشاء لإدراجها</numerusform>
            <numerusform>وُسمت %n ملاحظة للمحضر منذ ذلك الحين: أعد الإنشاء لإدراجها</numerusform>
            <numerusform>وُسمت %n ملاحظة للمحضر منذ ذلك الحين: أعد الإنشاء لإدراجها</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {parts}.</source>
        <translation>الملاحظات: {parts}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only notes marked for the record are published; Export Internal Version also prints the internal ones, marked not for distribution.</source>
        <translation>لا تُنشر إلا الملاحظات الموسومة بأنها للمحضر؛ ويطبع الأمر «تصدير النسخة الداخلية» الملاحظات الداخلية أيضاً، موسومة بأنها ليست للتوزيع.</translation>
    </message>
</context>
<context>
    <name>NowNextBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/now_next_box.py" line="+33"/>
        <source>Now and Next</source>
        <translation>الآن والتالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment running</source>
        <translation>الجزء الجاري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker on the floor</source>
        <translation>المتكلم الذي يتناول الكلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking time</source>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next segment</source>
        <translation>الجزء التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the floor</source>
        <translation>يتناول الكلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The programme has no segment yet</source>
        <translation>لا يتضمن البرنامج أي جزء بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started: the forum opens on {day}</source>
        <translation>لم يبدأ: يُفتتح المنتدى في {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The forum has ended</source>
        <translation>اختُتم المنتدى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{spoken} of {allotted}</source>
        <translation>{spoken} من أصل {allotted}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/organisation_dialog.py" line="+113"/>
        <source>Organisation: {name}</source>
        <translation>المنظمة: {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>حفظ (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>الاسم المخت&amp;صر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cate&amp;gory:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ountry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UN regional group</source>
        <translation>المجموعة الإقليمية في الأمم المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional group:</source>
        <translation>المجموعة الإقليمية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC status</source>
        <translation>المركز لدى المجلس الاقتصادي والاجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none —</source>
        <translation>— لا شيء —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special</source>
        <translation>خاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ECOSOC &amp;status:</source>
        <translation>المركز لدى المجلس الا&amp;قتصادي والاجتماعي:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year of the ECOSOC status</source>
        <translation>سنة الحصول على المركز لدى المجلس الاقتصادي والاجتماعي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ECOSOC &amp;year:</source>
        <translation>&amp;سنة الحصول على المركز:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Website:</source>
        <translation>الموقع ال&amp;شبكي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>البريد الإ&amp;لكتروني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>الملا&amp;حظات:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or an ISO code</source>
        <translation>اكتب اسماً أو رمز ISO</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>لا يوجد ممثلون</numerusform>
            <numerusform>ممثل واحد</numerusform>
            <numerusform>ممثلان</numerusform>
            <numerusform>%n ممثلين</numerusform>
            <numerusform>%n ممثلاً</numerusform>
            <numerusform>%n ممثل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>لا توجد مداخلات</numerusform>
            <numerusform>مداخلة واحدة</numerusform>
            <numerusform>مداخلتان</numerusform>
            <numerusform>%n مداخلات</numerusform>
            <numerusform>%n مداخلة</numerusform>
            <numerusform>%n مداخلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n programme role(s)</source>
        <translation>
            <numerusform>لا توجد أدوار في البرنامج</numerusform>
            <numerusform>دور واحد في البرنامج</numerusform>
            <numerusform>دوران في البرنامج</numerusform>
            <numerusform>%n أدوار في البرنامج</numerusform>
            <numerusform>%n دوراً في البرنامج</numerusform>
            <numerusform>%n دور في البرنامج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n linked note(s)</source>
        <translation>
            <numerusform>لا توجد ملاحظات مرتبطة</numerusform>
            <numerusform>ملاحظة مرتبطة واحدة</numerusform>
            <numerusform>ملاحظتان مرتبطتان</numerusform>
            <numerusform>%n ملاحظات مرتبطة</numerusform>
            <numerusform>%n ملاحظة مرتبطة</numerusform>
            <numerusform>%n ملاحظة مرتبطة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures of the organisation</source>
        <translation>أرقام المنظمة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No representative registered to any forum.</source>
        <translation>لا يوجد ممثل مسجل في أي منتدى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrations per forum</source>
        <translation>التسجيلات حسب المنتدى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Representatives:</source>
        <translation>ال&amp;ممثلون:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Representatives of the organisation</source>
        <translation>ممثلو المنظمة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Showing the first {shown} of {total} representatives.</source>
        <translation>يُعرض أول {shown} من الممثلين البالغ عددهم {total}.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Not saved: this organisation was changed meanwhile.</source>
        <translation>لم يُحفظ: تغيّرت هذه المنظمة في الأثناء.</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/output_check.py" line="+49"/>
        <source>File Not Written</source>
        <translation>لم يُكتب الملف</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/page.py" line="+92"/>
        <source>Overview</source>
        <extracomment>The time moves on: what runs now is asked again this often while the page shows. A &quot;thing to act on&quot; was pressed: one of actions_box.TASKS. &quot;Add to Summary Report…&quot; was pressed, with the sentence.</extracomment>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+188"/>
        <source>No forum open</source>
        <translation>لا يوجد منتدى مفتوح</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Forum dates and venue</source>
        <translation>تواريخ المنتدى ومكان انعقاده</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>الأجزاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered paragraphs</source>
        <translation>الفقرات المرقمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations (accredited)</source>
        <translation>التسجيلات (المعتمدة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database holds no forum yet</source>
        <translation>لا تتضمن قاعدة البيانات هذه أي منتدى بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the informal interactive hearings of 12 July 2006 to explore ForumDesk with a real programme and summary document.</source>
        <translation>حمِّل جلسات الاستماع التفاعلية غير الرسمية المعقودة في 12 تموز/يوليه 2006 لاستكشاف ForumDesk باستخدام برنامج ووثيقة موجز حقيقيين.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Load the 2006 demo forum</source>
        <translation>تحميل المنتدى التجريبي لعام 2006</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema revision</source>
        <translation>مراجعة المخطط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Latest backup</source>
        <translation>أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>None yet</source>
        <translation>لا توجد بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} ({count} kept)</source>
        <translation>{file} (عدد النسخ المحتفظ بها: {count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
</context>
<context>
    <name>ParagraphDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/dialogs.py" line="-57"/>
        <source>Add Paragraph</source>
        <translation>إضافة فقرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The paragraph as it will read in the report.</source>
        <translation>الفقرة كما ستَرِد في التقرير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the new paragraph</source>
        <translation>نص الفقرة الجديدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add or cancel</source>
        <translation>أضف أو ألغِ</translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message numerus="yes">
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_model.py" line="+122"/>
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>لا توجد ملاحظات تشير إلى الفقرة ¶{number}</numerusform>
            <numerusform>ملاحظة واحدة تشير إلى الفقرة ¶{number}</numerusform>
            <numerusform>ملاحظتان تشيران إلى الفقرة ¶{number}</numerusform>
            <numerusform>%n ملاحظات تشير إلى الفقرة ¶{number}</numerusform>
            <numerusform>%n ملاحظة تشير إلى الفقرة ¶{number}</numerusform>
            <numerusform>%n ملاحظة تشير إلى الفقرة ¶{number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>لا توجد ممارسات</numerusform>
            <numerusform>ممارسة واحدة</numerusform>
            <numerusform>ممارستان</numerusform>
            <numerusform>%n ممارسات</numerusform>
            <numerusform>%n ممارسة</numerusform>
            <numerusform>%n ممارسة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¶{number}: {practices}</source>
        <translation>الفقرة ¶{number}: {practices}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>لا توجد ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¶{number}: {notes}, {practices}</source>
        <translation>الفقرة ¶{number}: {notes}، {practices}</translation>
    </message>
</context>
<context>
    <name>ParagraphView</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_view.py" line="+29"/>
        <source>Numbered paragraphs</source>
        <extracomment>The paragraph numbers selected, in order, whenever the selection changes.</extracomment>
        <translation>الفقرات المرقمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paragraphs of the document. Enter writes a note on the chosen one.</source>
        <translation>فقرات الوثيقة. اضغط Enter لكتابة ملاحظة على الفقرة المختارة.</translation>
    </message>
</context>
<context>
    <name>ParticipationCharts</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/charts.py" line="+18"/>
        <source>Participation</source>
        <extracomment>pyqtgraph has been imported (emitted from the importing thread, queued here).</extracomment>
        <translation>المشاركة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present and accredited</source>
        <translation>الحاضرون والمعتمدون</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accredited</source>
        <translation>المعتمدون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By category</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By regional group</source>
        <translation>حسب المجموعة الإقليمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By gender</source>
        <translation>حسب نوع الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals by hour (venue time)</source>
        <translation>الوصول حسب الساعة (بتوقيت مكان الانعقاد)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{present} present of {registered} accredited · {states} Member States · {civil} from civil society and the private sector · {scans} scans</source>
        <translation>الحاضرون: {present} من أصل {registered} من المعتمدين · الدول الأعضاء: {states} · المجتمع المدني والقطاع الخاص: {civil} · عمليات المسح: {scans}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None given</source>
        <translation>لم يُحدَّد</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="+133"/>
        <source>Candidate Partners: {title}</source>
        <translation>الشركاء المحتملون: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisations that submitted other practices on a theme of this one, in the same region or a country in common, by how many such practices.</source>
        <translation>الجهات التي قدّمت ممارسات أخرى بشأن أحد مواضيع هذه الممارسة، في المنطقة نفسها أو في بلد مشترك، مرتّبة حسب عدد تلك الممارسات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other organisation works on these themes in this region yet.</source>
        <translation>لا توجد بعد جهة أخرى تعمل على هذه المواضيع في هذه المنطقة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>الممارسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared themes</source>
        <translation>المواضيع المشتركة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidate partners</source>
        <translation>الشركاء المحتملون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each organisation&apos;s practices are listed in its tooltip</source>
        <translation>تُدرج ممارسات كل جهة في تلميحها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/prompt.py" line="+30"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
</context>
<context>
    <name>PersonalDataButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/personal_data.py" line="-148"/>
        <source>E&amp;xport Personal Data…</source>
        <translation>تصدير البيانات ال&amp;شخصية…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything held about this person, as PDF or JSON</source>
        <translation>تصدير جميع البيانات المحفوظة عن هذا الشخص بتنسيق PDF أو JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON data (*.json)</source>
        <translation>بيانات JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Personal Data</source>
        <translation>تصدير البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Personal data written to {file}.</source>
        <translation>كُتبت البيانات الشخصية في {file}.</translation>
    </message>
</context>
<context>
    <name>PracticeChoiceDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="-77"/>
        <source>Link a Practice</source>
        <translation>ربط ممارسة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search practices by title</source>
        <translation>البحث عن الممارسات بالعنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word of the practice&apos;s title</source>
        <translation>اكتب كلمة من عنوان الممارسة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practices found</source>
        <translation>الممارسات التي عُثر عليها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link the chosen practice</source>
        <translation>ربط الممارسة المختارة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title} [fictional]</source>
        <translation>{title} [وهمية]</translation>
    </message>
</context>
<context>
    <name>PracticeCompareDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="-83"/>
        <source>Compare Practices</source>
        <translation>مقارنة الممارسات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two practices, field by field</source>
        <translation>الممارستان، حقلًا حقلًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that differ are highlighted</source>
        <translation>الصفوف المختلفة مميَّزة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Differs</source>
        <translation>مختلف</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>لا يختلف أي حقل (%n).</numerusform>
            <numerusform>يختلف حقل واحد.</numerusform>
            <numerusform>يختلف حقلان.</numerusform>
            <numerusform>تختلف %n حقول.</numerusform>
            <numerusform>يختلف %n حقلًا.</numerusform>
            <numerusform>يختلف %n حقل.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PracticeDetailPane</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/detail_pane.py" line="+84"/>
        <source>Selected practice</source>
        <translation>الممارسة المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of the practice chosen in the list</source>
        <translation>جميع حقول الممارسة المختارة في القائمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a practice in the list.</source>
        <translation>اختر ممارسة من القائمة.</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/practice_dialog.py" line="+75"/>
        <source>Practice: {title}</source>
        <extracomment>A new practice&apos;s id, once created. (id, before, after) once an edit is saved.</extracomment>
        <translation>الممارسة: {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Practice</source>
        <translation>ممارسة جديدة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>حفظ (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;ype:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary:</source>
        <translation>المل&amp;خص:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Region:</source>
        <translation>الم&amp;نطقة:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ountries:</source>
        <translation>ال&amp;بلدان:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners:</source>
        <translation>الشركاء:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period from (year)</source>
        <translation>الفترة، من (السنة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period until (year)</source>
        <translation>الفترة، حتى (السنة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until:</source>
        <translation>حتى:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results:</source>
        <translation>النتائج:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact name:</source>
        <translation>اسم جهة الاتصال:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One web address per line</source>
        <translation>عنوان ويب واحد في كل سطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links:</source>
        <translation>الروابط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;ctional (sample data)</source>
        <translation>ا&amp;فتراضية (بيانات نموذجية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fictional (sample data)</source>
        <translation>افتراضية (بيانات نموذجية)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Su&amp;bmitted by:</source>
        <translation>مقدَّ&amp;مة من:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;hemes:</source>
        <translation>الموا&amp;ضيع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at</source>
        <translation>عُرضت في</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;gments:</source>
        <translation>ال&amp;أجزاء:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document whose paragraphs it answers</source>
        <translation>الوثيقة التي تستجيب لفقراتها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Document:</source>
        <translation>الو&amp;ثيقة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph numbers, like 23–25, 32</source>
        <translation>أرقام الفقرات، مثل 23–25، 32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs answered:</source>
        <translation>الفقرات المستجاب لها:</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Not saved: this practice was changed meanwhile.</source>
        <translation>لم تُحفظ: عُدّلت هذه الممارسة في الأثناء.</translation>
    </message>
</context>
<context>
    <name>PracticeFields</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/detail_pane.py" line="-35"/>
        <source>{name} (lead)</source>
        <translation>{name} (الرئيسية)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by</source>
        <translation>مقدَّمة من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at</source>
        <translation>عُرضت في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>تستجيب لـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state</source>
        <translation>حالة الاستعراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>المستعرِض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed at</source>
        <translation>تاريخ الاستعراض</translation>
    </message>
</context>
<context>
    <name>PracticeImportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/import_dialog.py" line="+64"/>
        <source>Import Practices</source>
        <translation>استيراد ممارسات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practices (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>الممارسات (*.csv *.xlsx *.xlsm *.txt *.tsv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import Practices — {file}</source>
        <translation>استيراد ممارسات — {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel: nothing is written</source>
        <translation>إلغاء: لا يُحفظ شيء</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All rows or none: a file with a bad row writes nothing, and each fault is listed. Practices arrive as received, for review in {forum}.</source>
        <translation>كل الصفوف أو لا شيء: الملف الذي يتضمن صفاً خاطئاً لا يُحفظ منه شيء، ويُذكر كل خطأ. تصل الممارسات بحالة «مستلمة» لمراجعتها في {forum}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Import every row</source>
        <translation>استيراد كل الصفوف</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows refused, with the column and why</source>
        <translation>الصفوف المرفوضة، مع العمود والسبب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Columns</source>
        <translation>ال&amp;عودة إلى الأعمدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the column mapping</source>
        <translation>تغيير مطابقة الأعمدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type (policy, programme, partnership offer, research, data tool)</source>
        <translation>النوع (سياسة، برنامج، عرض شراكة، بحث، أداة بيانات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries (names or codes)</source>
        <translation>البلدان (أسماء أو رموز)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes (codes or labels, separated by ;)</source>
        <translation>المواضيع (رموز أو تسميات، تفصل بينها ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by (registered organisations, separated by ;)</source>
        <translation>مقدَّمة من (منظمات مسجلة، تفصل بينها ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (year)</source>
        <translation>من (سنة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (year)</source>
        <translation>إلى (سنة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact name</source>
        <translation>اسم جهة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>البريد الإلكتروني لجهة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary paragraphs (23–25, 32)</source>
        <translation>فقرات الموجز (23–25، 32)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the column that holds the title.</source>
        <translation>اختر العمود الذي يتضمن العنوان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the type of practice.</source>
        <translation>اختر العمود الذي يتضمن نوع الممارسة.</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>رُفض %Ln صف</numerusform>
            <numerusform>رُفض صف واحد (%Ln)</numerusform>
            <numerusform>رُفض صفان (%Ln)</numerusform>
            <numerusform>رُفضت %Ln صفوف</numerusform>
            <numerusform>رُفض %Ln صفاً</numerusform>
            <numerusform>رُفض %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) valid</source>
        <translation>
            <numerusform>%Ln صف صالح</numerusform>
            <numerusform>صف واحد صالح (%Ln)</numerusform>
            <numerusform>صفان صالحان (%Ln)</numerusform>
            <numerusform>%Ln صفوف صالحة</numerusform>
            <numerusform>%Ln صفاً صالحاً</numerusform>
            <numerusform>%Ln صف صالح</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was written: correct the file, or the columns, and try again</source>
        <translation>لم يُحفظ شيء: صحِّح الملف أو الأعمدة ثم أعد المحاولة</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln more problem(s) not listed</source>
        <translation>
            <numerusform>%Ln مشكلة أخرى غير مدرجة</numerusform>
            <numerusform>مشكلة أخرى واحدة (%Ln) غير مدرجة</numerusform>
            <numerusform>مشكلتان أخريان (%Ln) غير مدرجتين</numerusform>
            <numerusform>%Ln مشكلات أخرى غير مدرجة</numerusform>
            <numerusform>%Ln مشكلة أخرى غير مدرجة</numerusform>
            <numerusform>%Ln مشكلة أخرى غير مدرجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln practice(s) can be imported</source>
        <translation>
            <numerusform>يمكن استيراد %Ln ممارسة</numerusform>
            <numerusform>يمكن استيراد ممارسة واحدة (%Ln)</numerusform>
            <numerusform>يمكن استيراد ممارستين (%Ln)</numerusform>
            <numerusform>يمكن استيراد %Ln ممارسات</numerusform>
            <numerusform>يمكن استيراد %Ln ممارسة</numerusform>
            <numerusform>يمكن استيراد %Ln ممارسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln practice(s) imported, received for review</source>
        <translation>
            <numerusform>استُوردت %Ln ممارسة، مستلمة للمراجعة</numerusform>
            <numerusform>استُوردت ممارسة واحدة (%Ln)، مستلمة للمراجعة</numerusform>
            <numerusform>استُوردت ممارستان (%Ln)، مستلمتان للمراجعة</numerusform>
            <numerusform>استُوردت %Ln ممارسات، مستلمة للمراجعة</numerusform>
            <numerusform>استُوردت %Ln ممارسة، مستلمة للمراجعة</numerusform>
            <numerusform>استُوردت %Ln ممارسة، مستلمة للمراجعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeLabels</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/labels.py" line="+12"/>
        <source>Policy</source>
        <translation>سياسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership offer</source>
        <translation>عرض شراكة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Research</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data tool</source>
        <translation>أداة بيانات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Americas</source>
        <translation>الأمريكتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia</source>
        <translation>آسيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>أوقيانوسيا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>عالمي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>قيد الاستعراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fictional</source>
        <translation>افتراضية</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/page.py" line="+69"/>
        <source>Good Practices</source>
        <extracomment>A short message for the status bar. Who signs review steps (the main window keeps it up to date).</extracomment>
        <translation>الممارسات الجيدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practices and recommendations</source>
        <translation>الممارسات والتوصيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Practices</source>
        <translation>الممارسات</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead submitter</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter edits the chosen practice; choose two to compare them.</source>
        <translation>يفتح Enter الممارسة المختارة للتعديل؛ اختر ممارستين لمقارنتهما.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practices shown</source>
        <translation>الممارسات المعروضة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Start &amp;Review</source>
        <translation>&amp;بدء الاستعراض</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the review</source>
        <translation>بدء الاستعراض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish</source>
        <translation>&amp;نشر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish the practice</source>
        <translation>نشر الممارسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;cline…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline the practice</source>
        <translation>رفض الممارسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to Revie&amp;w…</source>
        <translation>إ&amp;عادة إلى الاستعراض…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return it to review</source>
        <translation>إعادتها إلى الاستعراض</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Practice…</source>
        <translation>م&amp;مارسة جديدة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New practice</source>
        <translation>ممارسة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the practice</source>
        <translation>تعديل الممارسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the practice</source>
        <translation>حذف الممارسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare…</source>
        <translation>م&amp;قارنة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare the two practices</source>
        <translation>مقارنة الممارستين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Partner&amp;s…</source>
        <translation>ال&amp;بحث عن شركاء…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find candidate partners</source>
        <translation>البحث عن شركاء محتملين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The&amp;mes…</source>
        <translation>الم&amp;واضيع…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Themes of the forum</source>
        <translation>مواضيع المنتدى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import and E&amp;xport</source>
        <translation>ا&amp;ستيراد وتصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import practices, export the compendium or the open data</source>
        <translation>استيراد الممارسات أو تصدير الخلاصة أو البيانات المفتوحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Practices…</source>
        <translation>استيراد الممارسات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Compendium…</source>
        <translation>تصدير الخلاصة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Open Data…</source>
        <translation>تصدير البيانات المفتوحة…</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>لا توجد ممارسات (%n)</numerusform>
            <numerusform>ممارسة واحدة</numerusform>
            <numerusform>ممارستان</numerusform>
            <numerusform>%n ممارسات</numerusform>
            <numerusform>%n ممارسة</numerusform>
            <numerusform>%n ممارسة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>New Practice</source>
        <translation>ممارسة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice received.</source>
        <translation>استُلمت الممارسة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Practice</source>
        <translation>تعديل الممارسة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Practice</source>
        <translation>حذف الممارسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice “{title}” deleted (Edit &gt; Undo brings it back).</source>
        <translation>حُذفت الممارسة «{title}» (تحرير &gt; تراجع يعيدها).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decline Practice</source>
        <translation>رفض الممارسة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return to Review</source>
        <translation>إعادة إلى الاستعراض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? The reason is kept with the review of “{title}”.</source>
        <translation>لماذا؟ يُحفظ السبب مع استعراض «{title}».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Practice marked {state}.</source>
        <translation>وُسمت الممارسة بأنها «{state}».</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/preferences_dialog.py" line="+38"/>
        <source>Preferences</source>
        <translation>الأفضليات</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This device&apos;s name</source>
        <translation>اسم هذا الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office, registration desk…</source>
        <translation>المكتب، مكتب التسجيل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merges and the history say which device made each change by this name.</source>
        <translation>تبيّن عمليات الدمج والسجل التاريخي بهذا الاسم الجهاز الذي أجرى كل تغيير.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;device&apos;s name:</source>
        <translation>اسم هذا ال&amp;جهاز:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name is kept on this computer; the device&apos;s name in the database.</source>
        <translation>يُحفظ اسمك على هذا الحاسوب؛ ويُحفظ اسم الجهاز في قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the preferences</source>
        <translation>حفظ الأفضليات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus, messages and dates. It applies from the next start.</source>
        <translation>لغة القوائم والرسائل والتواريخ. تسري عند بدء التشغيل التالي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>PreferencesMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/preferences_menu.py" line="+24"/>
        <source>&amp;Preferences…</source>
        <translation>الأف&amp;ضليات…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ForumDesk uses the new language from its next start.</source>
        <translation>سيستخدم ForumDesk اللغة الجديدة عند بدء تشغيله التالي.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart Now</source>
        <translation>إعادة التشغيل ال&amp;آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;لاحقاً</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/print_menu.py" line="+36"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print Pre&amp;view…</source>
        <translation>معا&amp;ينة الطباعة…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This page has nothing to print.</source>
        <translation>لا يوجد في هذه الصفحة ما يُطبع.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to print here yet.</source>
        <translation>لا يوجد هنا ما يُطبع بعد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which document?</source>
        <translation>أي وثيقة؟</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing {document}…</source>
        <translation>جارٍ إعداد {document}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+82"/>
        <location line="+21"/>
        <source>Printing cancelled.</source>
        <translation>أُلغيت الطباعة.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Cannot print {document}: {reason}</source>
        <translation>تتعذّر طباعة {document}: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No printer is installed: you can still print to a PDF file.</source>
        <translation>لا توجد طابعة مثبتة: لا يزال بإمكانك الطباعة إلى ملف PDF.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing {document}…</source>
        <translation>جارٍ طباعة {document}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Cannot start the printer {reason}.</source>
        <translation>يتعذّر تشغيل الطابعة {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>%n page(s) of {document} sent to {printer}.</source>
        <translation>
            <numerusform>لم تُرسل أي صفحة من {document} إلى {printer}.</numerusform>
            <numerusform>أُرسلت صفحة واحدة من {document} إلى {printer}.</numerusform>
            <numerusform>أُرسلت صفحتان من {document} إلى {printer}.</numerusform>
            <numerusform>أُرسلت %n صفحات من {document} إلى {printer}.</numerusform>
            <numerusform>أُرسلت %n صفحة من {document} إلى {printer}.</numerusform>
            <numerusform>أُرسلت %n صفحة من {document} إلى {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print Preview — {document}</source>
        <translation>معاينة الطباعة — {document}</translation>
    </message>
</context>
<context>
    <name>ProgrammeFiles</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/files.py" line="+53"/>
        <source>Forum created.</source>
        <extracomment>A short message for the status bar. A forum was made from a template: its id.</extracomment>
        <translation>أُنشئ المنتدى.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Programme as Template</source>
        <translation>حفظ البرنامج كنموذج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme-template</source>
        <translation>نموذج-البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda template (*.json)</source>
        <translation>نموذج جدول أعمال (*.json)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Template saved to {file}.</source>
        <translation>حُفظ النموذج في {file}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>مستند Word (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Programme</source>
        <translation>تصدير البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>البرنامج</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>لم يُكتب أي جزء في {file}</numerusform>
            <numerusform>كُتب جزء واحد في {file}</numerusform>
            <numerusform>كُتب جزءان في {file}</numerusform>
            <numerusform>كُتبت %n أجزاء في {file}</numerusform>
            <numerusform>كُتب %n جزءاً في {file}</numerusform>
            <numerusform>كُتب %n جزء في {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/page.py" line="+61"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No forum is open.</source>
        <translation>لا يوجد منتدى مفتوح.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create a forum from an agenda template</source>
        <translation>إنشاء منتدى من نموذج جدول أعمال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as &amp;Template…</source>
        <translation>الحفظ ك&amp;نموذج…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this programme as an agenda template</source>
        <translation>حفظ هذا البرنامج كنموذج جدول أعمال</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the programme</source>
        <translation>تصدير البرنامج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iCalendar (.ics)…</source>
        <translation>iCalendar (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable Programme (PDF)…</source>
        <translation>برنامج قابل للطباعة (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word Document (.docx)…</source>
        <translation>مستند Word (.docx)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline and list of the programme</source>
        <translation>الجدول الزمني للبرنامج وقائمته</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme by day, session and segment</source>
        <translation>البرنامج حسب اليوم والجلسة والجزء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The selected segment and its speakers</source>
        <translation>الجزء المحدد ومتكلموه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected segment</source>
        <translation>الجزء المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gment</source>
        <translation>الج&amp;زء</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>New F&amp;orum from Template…</source>
        <translation>منتدى &amp;جديد من نموذج…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ti&amp;meline</source>
        <translation>الجد&amp;ول الزمني</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The programme by day, session and segment. Enter opens the chosen segment in its editor.</source>
        <translation>البرنامج حسب اليوم والجلسة والجزء. اضغط Enter لفتح الجزء المختار في محرره.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&amp;ist</source>
        <translation>القا&amp;ئمة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time, room, theme and roles of the chosen segment.</source>
        <translation>وقت الجزء المختار وقاعته وموضوعه وأدواره.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spea&amp;kers List</source>
        <translation>&amp;قائمة المتكلمين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments that overlap in a room or for a person. Enter shows the chosen clash on the timeline.</source>
        <translation>الأجزاء المتداخلة في قاعة ما أو بالنسبة إلى شخص ما. اضغط Enter لعرض التعارض المختار على الجدول الزمني.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clashes in the programme</source>
        <translation>التعارضات في البرنامج</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+97"/>
        <source>No Clashes</source>
        <translation>لا توجد تعارضات</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Edit {segment}</source>
        <translation>تعديل {segment}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The speakers list of {segment}</source>
        <translation>قائمة المتكلمين في {segment}</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Clashes (%n)</source>
        <translation>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Move {segment} to {time}</source>
        <translation>نقل {segment} إلى {time}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not moved: {who} moved this segment meanwhile. The programme now shows it where they put it.</source>
        <translation>لم يُنقل: نقل {who} هذا الجزء في الأثناء. ويعرضه البرنامج الآن في الموضع الذي وضعه فيه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This forum has no programme yet.</source>
        <translation>لا يوجد لهذا المنتدى برنامج بعد.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a segment to see its theme and roles.</source>
        <translation>حدد جزءاً لعرض موضوعه والأدوار فيه.</translation>
    </message>
</context>
<context>
    <name>RecommendationDetail</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_detail.py" line="+66"/>
        <source>Text of the recommendation</source>
        <translation>نص التوصية</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stakeholders who took it up</source>
        <translation>أصحاب المصلحة الذين تبنّوها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>صاحب المصلحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Stakeholder…</source>
        <translation>إ&amp;ضافة صاحب مصلحة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stakeholder</source>
        <translation>إضافة صاحب مصلحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;Commitment…</source>
        <translation>تعديل الا&amp;لتزام…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the stakeholder&apos;s commitment</source>
        <translation>تعديل التزام صاحب المصلحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Sta&amp;keholder</source>
        <translation>إ&amp;زالة صاحب المصلحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stakeholder</source>
        <translation>إزالة صاحب المصلحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uptake</source>
        <translation>التبنّي</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Practices answering it</source>
        <translation>الممارسات التي تستجيب لها</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Practice</source>
        <translation>الممارسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link Practice…</source>
        <translation>&amp;ربط ممارسة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link a practice</source>
        <translation>ربط ممارسة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlink Practice</source>
        <translation>إلغاء ال&amp;ربط بالممارسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink the practice</source>
        <translation>إلغاء الربط بالممارسة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status at each later forum</source>
        <translation>الحالة في كل منتدى لاحق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessed by</source>
        <translation>قيّمها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;Status…</source>
        <translation>تحديد ال&amp;حالة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the status at a later forum</source>
        <translation>تحديد الحالة في منتدى لاحق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>¶ {number}</source>
        <translation>الفقرة {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title} [fictional]</source>
        <translation>{title} [وهمية]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No later forum yet</source>
        <translation>لا يوجد منتدى لاحق بعد</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_editor.py" line="+46"/>
        <source>Edit Recommendation {code}</source>
        <translation>تعديل التوصية {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code of the recommendation</source>
        <translation>رمز التوصية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text of the recommendation</source>
        <translation>نص التوصية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme of the recommendation</source>
        <translation>موضوع التوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>(no theme)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>T&amp;heme:</source>
        <translation>المو&amp;ضوع:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the recommendation</source>
        <translation>حفظ التوصية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{code} saved</source>
        <translation>حُفظت {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: this recommendation was changed meanwhile.</source>
        <translation>لم تُحفظ: عُدِّلت هذه التوصية في أثناء ذلك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="-138"/>
        <source>not assessed</source>
        <extracomment>Asks the database for what matches a text, then calls back with it.</extracomment>
        <translation>لم تُقيَّم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not started</source>
        <translation>لم يبدأ التنفيذ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under way</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>نُفّذت</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendations_panel.py" line="+99"/>
        <source>Recommendations status</source>
        <extracomment>What the panel&apos;s edits change.</extracomment>
        <translation>حالة التوصيات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendations error</source>
        <translation>خطأ في التوصيات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¶</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptake</source>
        <translation>التبنّي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>الممارسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forum&apos;s recommendations: code, paragraph, text, how many stakeholders took each up, how many practices answer it, and its latest status.</source>
        <translation>توصيات المنتدى: الرمز والفقرة والنص وعدد أصحاب المصلحة الذين تبنّوا كل توصية وعدد الممارسات التي تستجيب لها وآخر حالة لها.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Delete Recommendation</source>
        <translation>&amp;حذف التوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recommendation</source>
        <translation>حذف التوصية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Recommendatio&amp;n…</source>
        <translation>&amp;تعديل التوصية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the recommendation</source>
        <translation>تعديل التوصية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport Follow-up Report…</source>
        <translation>ت&amp;صدير تقرير المتابعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+273"/>
        <source>Export the follow-up report</source>
        <translation>تصدير تقرير المتابعة</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>No recommendation yet: make one from a paragraph on the Document &amp; notes page.</source>
        <translation>لا توجد توصيات بعد: قدِّم توصية من فقرة في صفحة الوثيقة والملاحظات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status} ({forum})</source>
        <translation>{status} ({forum})</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stakeholder added to {code}</source>
        <translation>أُضيف صاحب مصلحة إلى {code}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Commitment saved</source>
        <translation>حُفظ الالتزام</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stakeholder removed</source>
        <translation>أُزيل صاحب المصلحة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Practice linked to {code}</source>
        <translation>رُبطت ممارسة بـ {code}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Practice unlinked</source>
        <translation>أُلغي الربط بالممارسة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{code}: {status}</source>
        <translation>{code}: {status}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete Recommendation</source>
        <translation>حذف التوصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {code}, with its stakeholders, practices and statuses?</source>
        <translation>هل تريد حذف {code} مع أصحاب المصلحة والممارسات والحالات المرتبطة بها؟</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{code} deleted</source>
        <translation>حُذفت {code}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.md)</source>
        <translation>الوثائق (*.pdf *.docx *.odt *.html *.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file ending in one of: {formats}</source>
        <translation>اختر ملفاً ينتهي بأحد الامتدادات التالية: {formats}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow-up report exported to {path}</source>
        <translation>صُدِّر تقرير المتابعة إلى {path}</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/page.py" line="+62"/>
        <source>Registry</source>
        <extracomment>A short message for the status bar.</extracomment>
        <translation>سجل المشاركين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations and representatives</source>
        <translation>المنظمات والممثلون</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Representatives</source>
        <translation>الممثلون</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+53"/>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Likely Duplicates</source>
        <translation>السجلات المرجح تكرارها</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Filter organisations by name, acronym or e-mail…</source>
        <translation>تصفية المنظمات حسب الاسم أو الاسم المختصر أو البريد الإلكتروني…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter organisations</source>
        <translation>تصفية المنظمات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The organisations. Enter opens the chosen one.</source>
        <translation>المنظمات. اضغط Enter لفتح المنظمة المختارة.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registry counts</source>
        <translation>أعداد سجل المشاركين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accredit Selected</source>
        <translation>ا&amp;عتماد المحددين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accredit the selected representatives</source>
        <translation>اعتماد الممثلين المحددين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Walk-in…</source>
        <translation>مشارك غير &amp;مسجل مسبقاً…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a walk-in</source>
        <translation>تسجيل مشارك غير مسجل مسبقاً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a walk-in (Ctrl+Shift+W)</source>
        <translation>تسجيل مشارك غير مسجل مسبقاً (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import representatives from a CSV or Excel list</source>
        <translation>استيراد الممثلين من قائمة CSV أو Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the representatives listed</source>
        <translation>تصدير الممثلين المدرجين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Badges…</source>
        <translation>ال&amp;شارات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print badges for the selection, or for everyone accredited</source>
        <translation>طباعة الشارات للمحددين، أو لجميع المعتمدين</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%Ln representative(s)</source>
        <translation>
            <numerusform>لا يوجد ممثلون</numerusform>
            <numerusform>ممثل واحد</numerusform>
            <numerusform>ممثلان</numerusform>
            <numerusform>%Ln ممثلين</numerusform>
            <numerusform>%Ln ممثلاً</numerusform>
            <numerusform>%Ln ممثل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>لا توجد منظمات</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%Ln منظمات</numerusform>
            <numerusform>%Ln منظمة</numerusform>
            <numerusform>%Ln منظمة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+37"/>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This record</source>
        <translation>هذا السجل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely duplicate</source>
        <translation>سجل يُرجَّح تكراره</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>representatives</source>
        <translation>الممثلون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel (*.xlsx);;CSV، بترميز UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Representatives</source>
        <translation>تصدير الممثلين</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln representative(s) exported to {file}</source>
        <translation>
            <numerusform>لم يُصدَّر أي ممثل إلى {file}</numerusform>
            <numerusform>صُدِّر ممثل واحد إلى {file}</numerusform>
            <numerusform>صُدِّر ممثلان إلى {file}</numerusform>
            <numerusform>صُدِّر %Ln ممثلين إلى {file}</numerusform>
            <numerusform>صُدِّر %Ln ممثلاً إلى {file}</numerusform>
            <numerusform>صُدِّر %Ln ممثل إلى {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Representatives</source>
        <translation>استيراد الممثلين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>القوائم (*.csv *.xlsx *.xlsm *.txt *.tsv);;جميع الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln representative(s) imported from {file}</source>
        <translation>
            <numerusform>لم يُستورد أي ممثل من {file}</numerusform>
            <numerusform>استُورد ممثل واحد من {file}</numerusform>
            <numerusform>استُورد ممثلان من {file}</numerusform>
            <numerusform>استُورد %Ln ممثلين من {file}</numerusform>
            <numerusform>استُورد %Ln ممثلاً من {file}</numerusform>
            <numerusform>استُورد %Ln ممثل من {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import {file}</source>
        <translation>استيراد {file}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Keep {pair} apart</source>
        <translation>الإبقاء على {pair} منفصلين</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Walk-in {name}</source>
        <translation>مشارك غير مسجل مسبقاً: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n representative(s) accredited</source>
        <translation>
            <numerusform>لم يُعتمد أي ممثل</numerusform>
            <numerusform>اعتُمد ممثل واحد</numerusform>
            <numerusform>اعتُمد ممثلان</numerusform>
            <numerusform>اعتُمد %n ممثلين</numerusform>
            <numerusform>اعتُمد %n ممثلاً</numerusform>
            <numerusform>اعتُمد %n ممثل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Accredit %n representative(s)</source>
        <translation>
            <numerusform>عدم اعتماد أي ممثل</numerusform>
            <numerusform>اعتماد ممثل واحد</numerusform>
            <numerusform>اعتماد ممثلَين</numerusform>
            <numerusform>اعتماد %n ممثلين</numerusform>
            <numerusform>اعتماد %n ممثلاً</numerusform>
            <numerusform>اعتماد %n ممثل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/badges.py" line="+27"/>
        <source>A4 sheets of 8 badges</source>
        <translation>أوراق A4 تضم كل منها 8 شارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One badge per card (95 × 70 mm)</source>
        <translation>شارة واحدة لكل بطاقة (95 × 70 مم)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Badges of the %n selected person(s)</source>
        <translation>
            <numerusform>لا توجد شارات، إذ لم يُحدَّد أي شخص</numerusform>
            <numerusform>شارة الشخص المحدد</numerusform>
            <numerusform>شارتا الشخصين المحددين</numerusform>
            <numerusform>شارات الأشخاص المحددين البالغ عددهم %n</numerusform>
            <numerusform>شارات الأشخاص المحددين البالغ عددهم %n</numerusform>
            <numerusform>شارات الأشخاص المحددين البالغ عددهم %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges of everyone accredited</source>
        <translation>شارات جميع المعتمدين</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print Badges</source>
        <translation>طباعة الشارات</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln badge(s) written to {file}</source>
        <translation>
            <numerusform>لم تُكتب أي شارة في {file}</numerusform>
            <numerusform>كُتبت شارة واحدة في {file}</numerusform>
            <numerusform>كُتبت شارتان في {file}</numerusform>
            <numerusform>كُتبت %Ln شارات في {file}</numerusform>
            <numerusform>كُتبت %Ln شارة في {file}</numerusform>
            <numerusform>كُتبت %Ln شارة في {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/calendar_export.py" line="+32"/>
        <source>Export Their Programme</source>
        <translation>تصدير برنامجه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme</source>
        <translation>البرنامج</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>لم يُكتب أي جزء في {file}</numerusform>
            <numerusform>كُتب جزء واحد في {file}</numerusform>
            <numerusform>كُتب جزءان في {file}</numerusform>
            <numerusform>كُتبت %n أجزاء في {file}</numerusform>
            <numerusform>كُتب %n جزءاً في {file}</numerusform>
            <numerusform>كُتب %n جزء في {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RememberBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/passphrases.py" line="-70"/>
        <source>Remember the passphrase in this computer&apos;s &amp;keyring</source>
        <translation>تذكر عبارة المرور في &amp;سلسلة مفاتيح هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operating system&apos;s keyring keeps the passphrase and gives it back when this database is opened on this computer.</source>
        <translation>تحتفظ سلسلة مفاتيح نظام التشغيل بعبارة المرور وتعيدها عند فتح قاعدة البيانات هذه على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/panel.py" line="+102"/>
        <source>The sections of the report. Choose one to see its paragraphs.</source>
        <extracomment>What an edit of the report changes: the document&apos;s paragraphs, and notes citing them.</extracomment>
        <translation>أقسام التقرير. اختر قسماً لعرض فقراته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections of the report</source>
        <translation>أقسام التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paragraphs of the chosen section of the report.</source>
        <translation>فقرات القسم المختار من التقرير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraphs of the section</source>
        <translation>فقرات القسم</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report status</source>
        <translation>حالة التقرير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report error</source>
        <translation>خطأ في التقرير</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add Paragraph…</source>
        <translation>إ&amp;ضافة فقرة…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a paragraph</source>
        <translation>إضافة فقرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>نقل إلى الأ&amp;على</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the paragraph up</source>
        <translation>نقل الفقرة إلى الأعلى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Down</source>
        <translation>نقل إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the paragraph down</source>
        <translation>نقل الفقرة إلى الأسفل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Paragraph</source>
        <translation>&amp;حذف الفقرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the paragraph</source>
        <translation>حذف الفقرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From a &amp;Note…</source>
        <translation>من &amp;ملاحظة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a paragraph from a note</source>
        <translation>إضافة فقرة من ملاحظة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport Report…</source>
        <translation>ت&amp;صدير التقرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{title}: {count} paragraphs</source>
        <translation>{title}: عدد الفقرات {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+186"/>
        <source>The forum has no summary report to add to yet.</source>
        <translation>لا يوجد للمنتدى بعد تقرير موجز تمكن الإضافة إليه.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Move paragraph {old} to {new}</source>
        <translation>نقل الفقرة {old} إلى {new}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add paragraph</source>
        <translation>إضافة فقرة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add paragraph from a note</source>
        <translation>إضافة فقرة من ملاحظة</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove paragraph {n}</source>
        <translation>حذف الفقرة {n}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The forum has no notes to add.</source>
        <translation>لا توجد للمنتدى ملاحظات لإضافتها.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the summary report</source>
        <translation>تصدير التقرير الموجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.md)</source>
        <translation>الوثائق (*.pdf *.docx *.odt *.html *.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file ending in one of: {formats}</source>
        <translation>اختر ملفاً ينتهي بأحد الامتدادات التالية: {formats}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Report exported to {path}</source>
        <translation>صُدِّر التقرير إلى {path}</translation>
    </message>
</context>
<context>
    <name>RepresentativeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/representative_dialog.py" line="+99"/>
        <source>Representative: {name}</source>
        <extracomment>The person&apos;s own programme is wanted as iCalendar: their id.</extracomment>
        <translation>الممثل: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Title:</source>
        <translation>الل&amp;قب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>ا&amp;سم العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;Latin):</source>
        <translation>الاسم الأول (بالحروف اللا&amp;تينية):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;unction:</source>
        <translation>ال&amp;وظيفة:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Family name (Lat&amp;in):</source>
        <translation>اسم العائلة (ب&amp;الحروف اللاتينية):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;anguages:</source>
        <translation>الل&amp;غات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>البريد الإ&amp;لكتروني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gender</source>
        <translation>نوع الجنس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gen&amp;der:</source>
        <translation>&amp;نوع الجنس:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation:</source>
        <translation>المنظمة:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>الملا&amp;حظات:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the name in Latin letters as the person spells it: it is printed under the name on the badge. It cannot be made from this script without guessing the vowels.</source>
        <translation>اكتب الاسم بالحروف اللاتينية كما يكتبه صاحبه: فهو يُطبع تحت الاسم على الشارة. ولا يمكن استخراجه من هذه الكتابة دون تخمين حروف العلة.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not registered to any forum.</source>
        <translation>غير مسجل في أي منتدى.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Likely duplicates: {list}</source>
        <translation>سجلات يُرجَّح تكرارها: {list}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare and &amp;Merge…</source>
        <translation>مقارنة و&amp;دمج…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare and merge with the likely duplicate</source>
        <translation>المقارنة والدمج مع السجل المرجح تكراره</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their Prog&amp;ramme (.ics)…</source>
        <translation>&amp;برنامجه (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the segments where this person has a role or speaks, as iCalendar</source>
        <translation>تصدير الأجزاء التي يؤدي فيها هذا الشخص دوراً أو يتكلم فيها، بصيغة iCalendar</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Not saved: this person was changed meanwhile.</source>
        <translation>لم يُحفظ: تغيّرت بيانات هذا الشخص في الأثناء.</translation>
    </message>
</context>
<context>
    <name>RepresentativesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/representatives_panel.py" line="+60"/>
        <source>Type the start of a family name, an organisation or an e-mail…</source>
        <translation>اكتب بداية اسم عائلة أو اسم منظمة أو عنوان بريد إلكتروني…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter representatives</source>
        <translation>تصفية الممثلين</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Regional group</source>
        <translation>المجموعة الإقليمية</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+94"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+28"/>
        <source>Accreditation</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Gender</source>
        <translation>نوع الجنس</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Representatives</source>
        <translation>الممثلون</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registered people. Enter opens the chosen one.</source>
        <translation>الأشخاص المسجلون. اضغط Enter لفتح بيانات الشخص المختار.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+56"/>
        <source>Any {facet}</source>
        <translation>{facet}: الكل</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/restore_dialog.py" line="+52"/>
        <location line="+140"/>
        <source>Restore from Backup</source>
        <extracomment>The restore finished (a RestoreResult): the window reopens the database.</extracomment>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>The copies of {file} kept in the backup folder, newest first. Restoring one replaces everything in the database with that copy; a backup of its current state is taken first.</source>
        <extracomment>Asks the user to confirm the restore described; tests replace it.</extracomment>
        <translation>نسخ {file} المحفوظة في مجلد النسخ الاحتياطية، الأحدث أولاً. تؤدي استعادة إحداها إلى استبدال كل محتويات قاعدة البيانات بتلك النسخة؛ وتُنشأ أولاً نسخة احتياطية من حالتها الراهنة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backups of this database, the newest first. Choose one to restore it.</source>
        <translation>النسخ الاحتياطية من قاعدة البيانات هذه، الأحدث أولاً. اختر نسخة لاستعادتها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups of this database yet.</source>
        <translation>لا توجد نسخ احتياطية من قاعدة البيانات هذه بعد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the chosen backup</source>
        <translation>استعادة النسخة الاحتياطية المختارة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{reason} (encrypted)</source>
        <translation>{reason} (مشفرة)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged database, kept before a restore</source>
        <translation>قاعدة بيانات تالفة، محفوظة قبل الاستعادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a schema upgrade</source>
        <translation>قبل ترقية المخطط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On opening (older ForumDesk)</source>
        <translation>عند الفتح (إصدار أقدم من ForumDesk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on request</source>
        <translation>أُنشئت بناءً على الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Before a merge</source>
        <translation>قبل الدمج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before undoing an import</source>
        <translation>قبل التراجع عن الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before encryption</source>
        <translation>قبل التشفير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before decryption</source>
        <translation>قبل فك التشفير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a change of passphrase</source>
        <translation>قبل تغيير عبارة المرور</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before: {operation}</source>
        <translation>قبل: {operation}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Replace everything in {file} with the backup taken {time} ({reason})?

Changes made since then are replaced. A backup of the current state is taken first, so you can come back to it from this list.</source>
        <translation>هل تريد استبدال كل محتويات {file} بالنسخة الاحتياطية المنشأة في {time} ({reason})؟

ستُستبدل التغييرات التي أُجريت منذ ذلك الحين. وتُنشأ أولاً نسخة احتياطية من الحالة الراهنة، لكي تتمكن من العودة إليها من هذه القائمة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That passphrase does not open the backup. Try again ({n} of {most}):</source>
        <translation>عبارة المرور هذه لا تفتح النسخة الاحتياطية. حاول مرة أخرى ({n} من {most}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was encrypted with another passphrase than the database&apos;s today. Type the passphrase it was taken with ({n} of {most}):</source>
        <translation>شُفِّرت هذه النسخة الاحتياطية بعبارة مرور غير عبارة مرور قاعدة البيانات اليوم. اكتب عبارة المرور التي أُخذت بها ({n} من {most}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted Backup</source>
        <translation>نسخة احتياطية مشفرة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored. What the damaged database held before is kept in {file}, and its write-ahead log (changes not yet in the file) in {log}.</source>
        <translation>تمت الاستعادة. حُفظ ما كانت تتضمنه قاعدة البيانات التالفة من قبل في {file}، وحُفظ سجل الكتابة المسبقة الخاص بها (التغييرات التي لم تُدرج بعد في الملف) في {log}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored. What the database held before is kept in {file}.</source>
        <translation>تمت الاستعادة. حُفظ ما كانت تتضمنه قاعدة البيانات من قبل في {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored.</source>
        <translation>تمت الاستعادة.</translation>
    </message>
</context>
<context>
    <name>ReviewReasonDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="-65"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/revision_dialog.py" line="+42"/>
        <source>Revised draft: confirm how notes move</source>
        <translation>مسودة منقحة: أكِّد كيفية نقل الملاحظات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{unchanged} paragraphs unchanged, {renumbered} renumbered, {gone} gone ({orphans} with notes), {added} new. Untick a row to leave its notes where they are.</source>
        <translation>الفقرات التي لم تتغير: {unchanged}، والتي أُعيد ترقيمها: {renumbered}، والمحذوفة: {gone} ({orphans} منها عليها ملاحظات)، والجديدة: {added}. ألغِ تحديد صف لإبقاء ملاحظاته حيث هي.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import the Draft and Move Ticked Notes</source>
        <translation>استيراد المسودة ونقل الملاحظات المحددة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposed paragraph mapping</source>
        <translation>المطابقة المقترحة بين الفقرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old ¶</source>
        <translation>الفقرة ¶ القديمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ¶</source>
        <translation>الفقرة ¶ الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old text</source>
        <translation>النص القديم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New text</source>
        <translation>النص الجديد</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>gone</source>
        <translation>محذوفة</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_roles.py" line="+64"/>
        <source>The roles of the segment (chair, speakers and others), each with a person or a label.</source>
        <translation>أدوار الجزء (الرئيس والمتكلمون وغيرهم)، ولكل دور شخص أو تسمية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add Role</source>
        <translation>إ&amp;ضافة دور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a role</source>
        <translation>إضافة دور</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move Role</source>
        <translation>&amp;حذف الدور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected role</source>
        <translation>حذف الدور المحدد</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Role {n}: kind</source>
        <translation>الدور {n}: النوع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role {n}: person</source>
        <translation>الدور {n}: الشخص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name to find the person</source>
        <translation>اكتب اسماً للعثور على الشخص</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role {n}: label</source>
        <translation>الدور {n}: التسمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. an address, or a slot to fill</source>
        <translation>مثلاً: كلمة، أو خانة يلزم ملؤها</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Role {n}: choose the person from the registry list.</source>
        <translation>الدور {n}: اختر الشخص من قائمة سجل المشاركين.</translation>
    </message>
</context>
<context>
    <name>RolesMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/access/menu.py" line="+25"/>
        <source>U&amp;sers and Roles…</source>
        <translation>الم&amp;ستخدمون والأدوار…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Grant and revoke roles, and create database accounts.</source>
        <translation>منح الأدوار وسحبها، وإنشاء حسابات قاعدة البيانات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator assigns roles; you are signed in as {account}.</source>
        <translation>لا يسند الأدوار إلا المدير؛ أنت مسجَّل الدخول باسم {account}.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/search_dialog.py" line="+117"/>
        <source>Search paragraphs, notes, practices and the registry</source>
        <extracomment>Wait this long after the last key before querying, so typing stays smooth. Kinds of hits that are registry records, found by name. (language version id or None, paragraph number) of a paragraph hit the user opened. The id of a note hit the user opened. The id of a person the user opened. The id of an organisation the user opened. The id of a practice the user opened. The id of a recommendation the user opened.</extracomment>
        <translation>البحث في الفقرات والملاحظات والممارسات والسجل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search text</source>
        <translation>نص البحث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words, &quot;a phrase&quot;, or a prefix* — accents and case do not matter</source>
        <translation>كلمات، أو &quot;عبارة&quot;، أو بادئة* — لا عبرة بعلامات التشكيل ولا بحالة الأحرف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What matches the search. Enter opens the chosen result.</source>
        <translation>ما يطابق البحث. اضغط Enter لفتح النتيجة المختارة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¶{number}</source>
        <translation>¶{number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice</source>
        <translation>ممارسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation from ¶{number}</source>
        <translation>توصية مستمدة من الفقرة ¶{number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on ¶{number}</source>
        <translation>ملاحظة على الفقرة ¶{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا توجد نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_dialog.py" line="+111"/>
        <source>Edit Segment</source>
        <extracomment>(before, after, times): the values read and the values stored (`SegmentInput`s), and the times read and stored (`TimesChange`).</extracomment>
        <translation>تعديل الجزء</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+116"/>
        <location line="+175"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="-289"/>
        <location line="+290"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+285"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Linked sections</source>
        <translation>الأقسام المرتبطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+279"/>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+290"/>
        <source>(no room)</source>
        <translation>(دون قاعة)</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Room name</source>
        <translation>اسم القاعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a room or type a new one</source>
        <translation>اختر قاعة أو اكتب اسم قاعة جديدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime:</source>
        <translation>الوق&amp;ت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Th&amp;eme:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked sectio&amp;ns:</source>
        <translation>ال&amp;أقسام المرتبطة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oom:</source>
        <translation>ال&amp;قاعة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;les:</source>
        <translation>الأ&amp;دوار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background &amp;documents:</source>
        <translation>&amp;وثائق المعلومات الأساسية:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the segment</source>
        <translation>حفظ الجزء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>حفظ (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+184"/>
        <source>Background documents</source>
        <translation>وثائق المعلومات الأساسية</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>A title and a file or web address for each background document.</source>
        <translation>عنوان وملف أو عنوان شبكي لكل وثيقة من وثائق المعلومات الأساسية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File or URL</source>
        <translation>الملف أو عنوان URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Doc&amp;ument</source>
        <translation>إ&amp;ضافة وثيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a background document</source>
        <translation>إضافة وثيقة معلومات أساسية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the selected document&apos;s file</source>
        <translation>اختيار ملف الوثيقة المحددة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve Document</source>
        <translation>ح&amp;ذف الوثيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected document</source>
        <translation>حذف الوثيقة المحددة</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Background Document</source>
        <translation>وثيقة معلومات أساسية</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not saved: {who} changed these times meanwhile. Close the editor and open it again to see them.</source>
        <translation>لم يُحفظ: غيّر {who} هذه الأوقات في الأثناء. أغلق المحرر وافتحه مجدداً للاطلاع عليها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: this segment was changed meanwhile.</source>
        <translation>لم يُحفظ: تغيّر هذا الجزء في الأثناء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A room added meanwhile</source>
        <translation>قاعة أُضيفت في الأثناء</translation>
    </message>
</context>
<context>
    <name>SelfApprovalBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/approval.py" line="+35"/>
        <source>Allow one-person approval</source>
        <translation>السماح بموافقة شخص واحد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow one-person approval in this forum</source>
        <translation>السماح بموافقة شخص واحد في هذا المنتدى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For small meetings: whoever composed or last edited the minutes may approve them too. The approval line then says it was a one-person approval.</source>
        <translation>للاجتماعات الصغيرة: يجوز لمن أنشأ المحضر أو كان آخر من عدّله أن يوافق عليه أيضاً. ويبيّن سطر الموافقة عندئذ أنها موافقة شخص واحد.</translation>
    </message>
</context>
<context>
    <name>SentenceBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/sentence_box.py" line="+20"/>
        <source>For the Summary Report</source>
        <extracomment>&quot;Add to Summary Report…&quot; was pressed, with the sentence.</extracomment>
        <translation>للتقرير الموجز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participation sentence</source>
        <translation>جملة المشاركة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy Sentence</source>
        <translation>&amp;نسخ الجملة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the participation sentence</source>
        <translation>نسخ جملة المشاركة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add to Summary Report…</source>
        <translation>إ&amp;ضافة إلى التقرير الموجز…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the participation sentence to the summary report</source>
        <translation>إضافة جملة المشاركة إلى التقرير الموجز</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/shortcuts.py" line="+112"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts by menu and page</source>
        <translation>اختصارات لوحة المفاتيح حسب القائمة والصفحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
</context>
<context>
    <name>SpeakerList</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="+30"/>
        <source>{n}. {who} · spoke {used} of {allotted}</source>
        <translation>{n}. {who} · تكلم {used} من أصل {allotted}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n}. {who} · withdrawn</source>
        <translation>{n}. {who} · انسحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n}. {who} · {allotted}</source>
        <translation>{n}. {who} · {allotted}</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers.py" line="+57"/>
        <source>Speakers list</source>
        <extracomment>Emitted once the list and balance of the segment are shown (tests wait on it).</extracomment>
        <translation>قائمة المتكلمين</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find a person to add as speaker</source>
        <translation>البحث عن شخص لإضافته متكلماً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Speaker: type a name…</source>
        <translation>إضافة متكلم: اكتب اسماً…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Speaker</source>
        <translation>إ&amp;ضافة متكلم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the chosen person to the speakers list</source>
        <translation>إضافة الشخص المختار إلى قائمة المتكلمين</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered people whose names match what is typed. Enter adds the chosen one.</source>
        <translation>الأشخاص المسجلون الذين تطابق أسماؤهم ما كُتب. اضغط Enter لإضافة الشخص المختار.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People found in the registry</source>
        <translation>الأشخاص الذين عُثر عليهم في سجل المشاركين</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The speakers in the order they speak. Move Up and Move Down change the order.</source>
        <translation>المتكلمون حسب ترتيب أخذهم الكلمة. يغيّر الزران «نقل إلى الأعلى» و«نقل إلى الأسفل» الترتيب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers in order; drag to reorder</source>
        <translation>المتكلمون بالترتيب؛ اسحب لإعادة الترتيب</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move &amp;Up</source>
        <translation>نقل إلى الأ&amp;على</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>نقل إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw</source>
        <translation>س&amp;حب الاسم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The speaking time allotted to the chosen speaker.</source>
        <translation>وقت الكلام المخصص للمتكلم المختار.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking time allotted, in seconds</source>
        <translation>وقت الكلام المخصص، بالثواني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as Defau&amp;lt</source>
        <translation>الاستخدام ك&amp;قيمة افتراضية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this speaking time for new speakers of the segment</source>
        <translation>استخدام وقت الكلام هذا للمتكلمين الجدد في الجزء</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Add Speaker {name}</source>
        <translation>إضافة المتكلم {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reorder Speakers</source>
        <translation>إعادة ترتيب المتكلمين</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw Speaker</source>
        <translation>سحب اسم المتكلم</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set Speaking Time</source>
        <translation>تحديد وقت الكلام</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set Default Speaking Time</source>
        <translation>تحديد وقت الكلام الافتراضي</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="+17"/>
        <source>Stakeholder&apos;s Commitment</source>
        <translation>التزام صاحب المصلحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Stakeholder</source>
        <translation>إضافة صاحب مصلحة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search the registry</source>
        <translation>اكتب للبحث في سجل المشاركين</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;منظمة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>الا&amp;لتزام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed &amp;on:</source>
        <translation>تاريخ الال&amp;تزام:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commitment has a date</source>
        <translation>للالتزام تاريخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the commitment</source>
        <translation>تاريخ الالتزام</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the commitment</source>
        <translation>حفظ الالتزام</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose an organisation from the registry.</source>
        <translation>اختر منظمة من السجل.</translation>
    </message>
</context>
<context>
    <name>SubmittersChooser</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+30"/>
        <source>Find an organisation</source>
        <translation>البحث عن جهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a registered organisation&apos;s name</source>
        <translation>اكتب جزءًا من اسم جهة مسجَّلة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the organisation</source>
        <translation>إضافة الجهة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitting organisations, the lead first</source>
        <translation>الجهات المقدِّمة، الرئيسية أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make Lead moves the chosen one first</source>
        <translation>«جعلها الرئيسية» تضع المختارة أولًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make &amp;Lead</source>
        <translation>جعلها ال&amp;رئيسية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the chosen organisation the lead</source>
        <translation>جعل الجهة المختارة هي الرئيسية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen organisation</source>
        <translation>إزالة الجهة المختارة</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/sync_dialog.py" line="+60"/>
        <source>Merge from {file}</source>
        <extracomment>Prompts for the other database&apos;s passphrase before the merge gives up. The result of a merge that was written (not of the preview). The user wants to settle the conflicts this merge left.</extracomment>
        <translation>الدمج من {file}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel: nothing is merged</source>
        <extracomment>The passphrase of an encrypted other database, as the command line takes it.</extracomment>
        <translation>إلغاء: لن يُدمج أي شيء</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A backup of this database is taken before merging. Where a field was changed on both sides, our value stays until the conflict is settled (File &gt; Merge Conflicts…). Likely duplicates are only reported, never merged.</source>
        <translation>تُنشأ نسخة احتياطية من قاعدة البيانات هذه قبل الدمج. وحيثما غُيِّر حقل في الجانبين، تبقى قيمتنا إلى أن يُحسم التعارض (ملف &gt; تعارضات الدمج…). أما السجلات المرجح تكرارها فيُبلَّغ عنها فقط، ولا تُدمج أبداً.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records the merge brings</source>
        <translation>السجلات التي يجلبها الدمج</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>قيمتنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here by</source>
        <translation>من غيّرها هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their value</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed there by</source>
        <translation>من غيّرها هناك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts the merge would leave</source>
        <translation>التعارضات التي سيخلّفها الدمج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coming in</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here</source>
        <translation>الموجود هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates coming in</source>
        <translation>السجلات الواردة المرجح تكرارها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge the other database into this one</source>
        <translation>دمج قاعدة البيانات الأخرى في هذه القاعدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review Conflicts…</source>
        <translation>اس&amp;تعراض التعارضات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the conflicts this merge left</source>
        <translation>استعراض التعارضات التي خلّفها هذا الدمج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close without merging</source>
        <translation>الإغلاق دون دمج</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No database is open.</source>
        <translation>لا توجد قاعدة بيانات مفتوحة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {file}…</source>
        <translation>جارٍ قراءة {file}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merging {file}…</source>
        <translation>جارٍ دمج {file}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Merging would bring: {counts}.</source>
        <translation>سيجلب الدمج ما يلي: {counts}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to merge: this database already holds everything in {file}.</source>
        <translation>لا يوجد ما يُدمج: تتضمن قاعدة البيانات هذه بالفعل كل ما في {file}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged: {counts}.</source>
        <translation>تم الدمج: {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup at {path}.</source>
        <translation>النسخة الاحتياطية في {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges renumbered: {badges}.</source>
        <translation>الشارات المعاد ترقيمها: {badges}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts keep our value until they are settled.</source>
        <translation>تُبقي التعارضات على قيمتنا إلى أن تُحسم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts to settle.</source>
        <translation>لا توجد تعارضات يلزم حسمها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled: nothing was merged.</source>
        <translation>أُلغيت العملية: لم يُدمج أي شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was merged.</source>
        <translation>لم يُدمج أي شيء.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypted Database</source>
        <translation>قاعدة بيانات مشفرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase does not open {file}. Try again ({n} of {most}):</source>
        <translation>عبارة المرور هذه لا تفتح {file}. حاول مرة أخرى ({n} من {most}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is encrypted. Type its passphrase ({n} of {most}):</source>
        <translation>{file} مشفرة. اكتب عبارة المرور الخاصة بها ({n} من {most}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot merge {file}: {reason}</source>
        <translation>يتعذّر دمج {file}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records coming in: {count}</source>
        <translation>السجلات الواردة: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the first {listed} listed)</source>
        <translation>(يُعرض أول {listed} منها)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts (a field changed on both sides): {count}</source>
        <translation>التعارضات (حقل غُيِّر في الجانبين): {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates (reported, not merged): {count}</source>
        <translation>السجلات المرجح تكرارها (يُبلَّغ عنها ولا تُدمج): {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: {fields}</source>
        <translation>مُغيَّر: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{inserted} new, {updated} changed, {deleted} deleted</source>
        <translation>جديدة: {inserted}، ومُغيَّرة: {updated}، ومحذوفة: {deleted}</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/menu.py" line="+36"/>
        <source>&amp;Merge from Another Database…</source>
        <extracomment>Asks which database to merge from (&quot;&quot; when the user cancels); tests replace it.</extracomment>
        <translation>ال&amp;دمج من قاعدة بيانات أخرى…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge &amp;Conflicts…</source>
        <translation>تعا&amp;رضات الدمج…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepare a &amp;Laptop…</source>
        <translation>إعداد &amp;حاسوب محمول…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Merge from Another Database</source>
        <translation>الدمج من قاعدة بيانات أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>قواعد بيانات ForumDesk (*.db *.sqlite);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Merge finished</source>
        <translation>اكتمل الدمج</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/themes_dialog.py" line="+44"/>
        <source>Themes of the Forum</source>
        <translation>مواضيع المنتدى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Themes:</source>
        <translation>ال&amp;مواضيع:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Themes, each sub-theme under its theme</source>
        <translation>المواضيع، وكل موضوع فرعي تحت موضوعه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New label of the theme</source>
        <translation>التسمية الجديدة للموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New label of the chosen theme</source>
        <translation>التسمية الجديدة للموضوع المختار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>إعادة ت&amp;سمية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the chosen theme</source>
        <translation>إعادة تسمية الموضوع المختار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen theme</source>
        <translation>حذف الموضوع المختار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code of the new theme</source>
        <translation>رمز الموضوع الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower-case letters, digits, underscores</source>
        <translation>حروف صغيرة وأرقام وشرطات سفلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label of the new theme</source>
        <translation>تسمية الموضوع الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>الت&amp;سمية:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme the new one belongs to</source>
        <translation>الموضوع الذي يندرج تحته الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Under:</source>
        <translation>ت&amp;حت:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Theme</source>
        <translation>إ&amp;ضافة موضوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the theme</source>
        <translation>إضافة الموضوع</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>— a theme of its own —</source>
        <translation>— موضوع مستقل —</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/timeline.py" line="+214"/>
        <source>Programme timeline: rooms across, time down</source>
        <extracomment>(segment id, place before, place after): a block was dragged or resized. A block was double-clicked, or Enter pressed on it: its segment id. The selected block changed: its segment id, or None.</extracomment>
        <translation>الجدول الزمني للبرنامج: القاعات أفقياً، والوقت رأسياً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab: next segment. Up and Down: move it by a minute (with Shift: five). Alt with Up and Down: change its end. Left and Right: the next room or day. Enter: edit the segment. Escape: put it back.</source>
        <translation>Tab: الجزء التالي. السهمان لأعلى ولأسفل: نقل الجزء دقيقة واحدة (مع Shift: خمس دقائق). Alt مع السهمين لأعلى ولأسفل: تغيير وقت انتهائه. السهمان الأيسر والأيمن: القاعة أو اليوم التالي. Enter: تعديل الجزء. Escape: إعادته إلى موضعه.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No room</source>
        <translation>دون قاعة</translation>
    </message>
</context>
<context>
    <name>TimesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_times.py" line="+68"/>
        <source>Start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the time, or change the hours or minutes with Up and Down.</source>
        <translation>اكتب الوقت، أو غيّر الساعات أو الدقائق باستخدام السهمين لأعلى ولأسفل.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The segment must end after it starts.</source>
        <translation>يجب أن ينتهي الجزء بعد بدئه.</translation>
    </message>
</context>
<context>
    <name>UserNamePrompt</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/user_name.py" line="+88"/>
        <source>Welcome to ForumDesk. What is your name? It signs the notes and minutes you write, and the history records it with your changes.</source>
        <translation>مرحباً بك في ForumDesk. ما اسمك؟ يُوقَّع به على الملاحظات والمحاضر التي تكتبها، ويسجله السجل التاريخي مع تغييراتك.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes and notes are signed: give your name to go on.</source>
        <translation>المحاضر والملاحظات موقَّعة: أدخل اسمك للمتابعة.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You sign as {name}.</source>
        <translation>توقّع باسم {name}.</translation>
    </message>
</context>
<context>
    <name>UsersRolesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/access/users_roles_dialog.py" line="+51"/>
        <source>Users and Roles</source>
        <translation>المستخدمون والأدوار</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+37"/>
        <source>Database account</source>
        <translation>حساب قاعدة البيانات</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accounts and their roles</source>
        <translation>الحسابات وأدوارها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each database account that holds a role in this database.</source>
        <translation>كل حساب قاعدة بيانات له دور في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Account:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grant</source>
        <translation>&amp;منح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke</source>
        <translation>&amp;سحب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password of the new account</source>
        <translation>كلمة مرور الحساب الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account&apos;s &amp;password:</source>
        <translation>&amp;كلمة مرور الحساب الجديد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Account with This Role</source>
        <translation>إ&amp;نشاء حساب بهذا الدور</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{roles} (owns the tables)</source>
        <translation>{roles} (مالك الجداول)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signed in as {account}. The roles are not set up on this database yet: the owner of its tables runs “forumdesk roles setup”.</source>
        <translation>مسجَّل الدخول باسم {account}. لم تُعَدّ الأدوار في قاعدة البيانات هذه بعد: يشغّل مالك جداولها «forumdesk roles setup».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as {account}, with: {roles}.</source>
        <translation>مسجَّل الدخول باسم {account}، ولديك: {roles}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an administrator assigns roles.</source>
        <translation>لا يسند الأدوار إلا المدير.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{account} now holds the {role} role.</source>
        <translation>أصبح لدى {account} دور «{role}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} no longer holds the {role} role.</source>
        <translation>لم يعد لدى {account} دور «{role}».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Database account {account} created, with the {role} role.</source>
        <translation>أُنشئ حساب قاعدة البيانات {account}، بدور «{role}».</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/walk_in_dialog.py" line="+59"/>
        <source>Register a Walk-in</source>
        <extracomment>(WalkInResult, &quot;FAMILY, Given&quot;) once a person is registered: the page makes it undoable.</extracomment>
        <translation>تسجيل مشارك غير مسجل مسبقاً</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name in Latin letters</source>
        <translation>الاسم الأول بالحروف اللاتينية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name in Latin letters</source>
        <translation>اسم العائلة بالحروف اللاتينية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find it, or a new name</source>
        <translation>اكتب للعثور عليها، أو اكتب اسماً جديداً</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category of a new organisation</source>
        <translation>فئة المنظمة الجديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose for a new organisation —</source>
        <translation>— اختر فئة لمنظمة جديدة —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accredit and give a badge number</source>
        <translation>ا&amp;عتماد وإعطاء رقم شارة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Given name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>ا&amp;سم العائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;Latin):</source>
        <translation>الاسم الأول (بالحروف ال&amp;لاتينية):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Lat&amp;in):</source>
        <translation>اسم العائلة (بالحروف اللا&amp;تينية):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>الم&amp;نظمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>البريد الإ&amp;لكتروني:</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Register</source>
        <extracomment>Latin fields the user typed in: proposals no longer overwrite them.</extracomment>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the walk-in</source>
        <translation>تسجيل المشارك غير المسجل مسبقاً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register (Ctrl+Return)</source>
        <translation>تسجيل (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Type the name in Latin letters as the person spells it: it is printed under the name on the badge. It cannot be made from this script without guessing the vowels.</source>
        <translation>اكتب الاسم بالحروف اللاتينية كما يكتبه صاحبه: فهو يُطبع تحت الاسم على الشارة. ولا يمكن استخراجه من هذه الكتابة دون تخمين حروف العلة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latin spelling proposed by the standard romanisation: check it with the person, as it is printed under the name on the badge.</source>
        <translation>كتابة لاتينية مقترحة وفق نظام الكتابة بالحروف اللاتينية الموحد: تحقق منها مع صاحب الاسم، لأنها تُطبع تحت الاسم على الشارة.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{label} ({reasons})</source>
        <translation>{label} ({reasons})</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Already in the registry? %n likely duplicate(s):</source>
        <translation>
            <numerusform>هل هو مدرج بالفعل في سجل المشاركين؟ لا توجد سجلات يُرجَّح تكرارها:</numerusform>
            <numerusform>هل هو مدرج بالفعل في سجل المشاركين؟ سجل واحد يُرجَّح تكراره:</numerusform>
            <numerusform>هل هو مدرج بالفعل في سجل المشاركين؟ سجلان يُرجَّح تكرارهما:</numerusform>
            <numerusform>هل هو مدرج بالفعل في سجل المشاركين؟ %n سجلات يُرجَّح تكرارها:</numerusform>
            <numerusform>هل هو مدرج بالفعل في سجل المشاركين؟ %n سجلاً يُرجَّح تكرارها:</numerusform>
            <numerusform>هل هو مدرج بالفعل في سجل المشاركين؟ %n سجل يُرجَّح تكرارها:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} registered: badge {badge}.</source>
        <translation>سُجِّل {name}: الشارة {badge}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} registered (not accredited).</source>
        <translation>سُجِّل {name} (غير معتمد).</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/field_labels.py" line="+75"/>
        <source>Name</source>
        <extracomment>Kept for sorting, computed from the names; a note&apos;s markup beside its plain text.</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional group</source>
        <translation>المجموعة الإقليمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC status</source>
        <translation>المركز لدى المجلس الاقتصادي والاجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC year</source>
        <translation>سنة الحصول على المركز لدى المجلس الاقتصادي والاجتماعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Given name (Latin)</source>
        <translation>الاسم الأول (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Latin)</source>
        <translation>اسم العائلة (بالحروف اللاتينية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Forum</source>
        <translation>المنتدى</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Requested on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>صاحب القرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>مدمج في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the record</source>
        <translation>للمحضر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registration</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>الجزء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note link</source>
        <translation>رابط الملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note tag</source>
        <translation>وسم الملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes version</source>
        <translation>نسخة المحضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/labels.py" line="+20"/>
        <source>Opening</source>
        <translation>الافتتاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>حلقة نقاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic part</source>
        <translation>الشق المواضيعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive discussion</source>
        <translation>مناقشة تفاعلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>الاختتام</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>مدير الحوار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporteur</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>عضو حلقة النقاش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>كلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker from the floor</source>
        <translation>متكلم من القاعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Respondent</source>
        <translation>المعقِّب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member State</source>
        <translation>دولة عضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer State</source>
        <translation>دولة مراقبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intergovernmental organisation</source>
        <translation>منظمة حكومية دولية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UN entity or agency</source>
        <translation>كيان أو وكالة تابعة للأمم المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO in consultative status</source>
        <translation>منظمة غير حكومية ذات مركز استشاري</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other civil society</source>
        <translation>جهات أخرى من المجتمع المدني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade union</source>
        <translation>نقابة عمالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant association or diaspora</source>
        <translation>رابطة مهاجرين أو جالية في المهجر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial institution</source>
        <translation>مؤسسة مالية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Research or academia</source>
        <translation>الأوساط البحثية أو الأكاديمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth organisation</source>
        <translation>منظمة شبابية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>African States</source>
        <translation>الدول الأفريقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia-Pacific States</source>
        <translation>دول آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eastern European States</source>
        <translation>دول أوروبا الشرقية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latin American and Caribbean States</source>
        <translation>دول أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western European and other States</source>
        <translation>دول أوروبا الغربية والدول الأخرى</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undisclosed</source>
        <translation>لم يُفصح عنه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested</source>
        <translation>طلب مقدَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accredited</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (given and family)</source>
        <translation>الاسم الكامل (الاسم الأول واسم العائلة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>نوع الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>الموقع الشبكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accreditation</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge number</source>
        <translation>رقم الشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/export.py" line="+24"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>مستند Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>نص OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
</TS>
