<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <location filename="../../src/forumdesk/ui/common/errors.py" line="+24"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Copy Details</source>
        <translation>Копировать сведения</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This database is read-only: you can look, search and export, but every change will be refused. Copy it to a folder you may write to, or ask for write access.</source>
        <translation>Эта база данных доступна только для чтения: можно просматривать, искать и экспортировать данные, но любые изменения будут отклонены. Скопируйте ее в папку, в которую у вас есть право записи, или запросите доступ на запись.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only database</source>
        <translation>База данных только для чтения</translation>
    </message>
</context>
<context>
    <name>ActionsBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/actions_box.py" line="+25"/>
        <source>Things to Act On</source>
        <extracomment>The tasks, in the order shown; each names what the main window opens for it. A task&apos;s button was pressed: one of TASKS.</extracomment>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accreditation requests waiting</source>
        <translation>Ожидающие заявки на аккредитацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely duplicates to review</source>
        <translation>Вероятные дубликаты для проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clashes in the programme</source>
        <translation>Накладки в программе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes awaiting approval</source>
        <translation>Протоколы, ожидающие утверждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs no note cites yet</source>
        <translation>Пункты, на которые еще нет ссылок в заметках</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing waits: no request, clash or minutes to approve.</source>
        <translation>Ничего не ожидает: нет заявок, накладок или протоколов для утверждения.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n accreditation request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n заявка на аккредитацию ожидает решения</numerusform>
            <numerusform>%n заявки на аккредитацию ожидают решения</numerusform>
            <numerusform>%n заявок на аккредитацию ожидают решения</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least {count} likely duplicates to review</source>
        <translation>Не менее {count} вероятных дубликатов для проверки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} likely duplicate(s) to review</source>
        <translation>Вероятные дубликаты для проверки: {count}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n clash(es) in the programme</source>
        <translation>
            <numerusform>%n накладка в программе</numerusform>
            <numerusform>%n накладки в программе</numerusform>
            <numerusform>%n накладок в программе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Minutes of %n segment(s) awaiting approval</source>
        <translation>
            <numerusform>%n этап с протоколом, ожидающим утверждения</numerusform>
            <numerusform>%n этапа с протоколами, ожидающими утверждения</numerusform>
            <numerusform>%n этапов с протоколами, ожидающими утверждения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n paragraph(s) of the summary that no note cites yet</source>
        <translation>
            <numerusform>%n пункт резюме, на который еще нет ссылок в заметках</numerusform>
            <numerusform>%n пункта резюме, на которые еще нет ссылок в заметках</numerusform>
            <numerusform>%n пунктов резюме, на которые еще нет ссылок в заметках</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/approval.py" line="+44"/>
        <source>Approve Minutes</source>
        <translation>Утверждение протокола</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve version {n} of these minutes?</source>
        <translation>Утвердить версию {n} этого протокола?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About this approval</source>
        <translation>Сведения об утверждении</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted for review</source>
        <translation>представлена на рассмотрение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>утверждена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes:</source>
        <translation>Протокол:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} ({state})</source>
        <translation>{n} ({state})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written by:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody named</source>
        <translation>имя не указано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved:</source>
        <translation>Сохранено:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length:</source>
        <translation>Объем:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{words} words, {turns} interventions</source>
        <translation>слов: {words}, выступлений: {turns}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since composed:</source>
        <translation>После составления:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited by hand</source>
        <translation>изменен вручную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as composed from the programme, not edited</source>
        <translation>в том виде, в каком составлен по программе, без изменений</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved by:</source>
        <translation>Кем утвержден:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not approve</source>
        <translation>Не утверждать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve Version {n}</source>
        <translation>Утвердить версию {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve this version</source>
        <translation>Утвердить эту версию</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This version is already approved.</source>
        <translation>Эта версия уже утверждена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You also wrote this version. This forum allows one-person approval, and the approval line of every export will say so.</source>
        <translation>Эту версию составили также вы. На этом форуме разрешено утверждение одним лицом, и это будет указано в строке об утверждении каждого экспортированного документа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once approved, this version is locked: later changes start a new draft version.</source>
        <translation>После утверждения эта версия блокируется: последующие изменения создают новую версию проекта.</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/backup_menu.py" line="+31"/>
        <source>Back &amp;Up Now</source>
        <translation>Создать &amp;резервную копию сейчас</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from &amp;Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk keeps backups of SQLite files only; this PostgreSQL database is covered by the office&apos;s own dumps.</source>
        <translation>ForumDesk создает резервные копии только файлов SQLite; эта база данных PostgreSQL охвачена собственными резервными копиями (дампами) офиса.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup taken: {file}</source>
        <translation>Резервная копия создана: {file}</translation>
    </message>
</context>
<context>
    <name>BalanceStrip</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="+115"/>
        <source>Balance of the speakers list</source>
        <translation>Сбалансированность списка ораторов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers by category</source>
        <translation>Ораторы в разбивке по категориям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers by gender</source>
        <translation>Ораторы в разбивке по полу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance warnings</source>
        <translation>Предупреждения о сбалансированности</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil society and NGOs</source>
        <translation>Гражданское общество и НПО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade unions</source>
        <translation>Профсоюзы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant associations</source>
        <translation>Ассоциации мигрантов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector</source>
        <translation>Частный сектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Научные круги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Молодежь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN and intergovernmental</source>
        <translation>ООН и межправительственные организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisation</source>
        <translation>Без организации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No speakers yet.</source>
        <translation>Ораторов пока нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{group}: {speakers:.0%} of speakers, {time:.0%} of time</source>
        <translation>{group}: {speakers:.0%} ораторов, {time:.0%} времени</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{gender}: {speakers:.0%} of speakers, {time:.0%} of time</source>
        <translation>{gender}: {speakers:.0%} ораторов, {time:.0%} времени</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not heard yet: {group} (%n participant(s) registered; seed ¶75 asks for them)</source>
        <translation>
            <numerusform>Еще не выступали: {group} (зарегистрирован %n участник; п. 75 исходного документа призывает заслушать их)</numerusform>
            <numerusform>Еще не выступали: {group} (зарегистрировано %n участника; п. 75 исходного документа призывает заслушать их)</numerusform>
            <numerusform>Еще не выступали: {group} (зарегистрировано %n участников; п. 75 исходного документа призывает заслушать их)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not heard yet: {group} (%n participant(s) registered)</source>
        <translation>
            <numerusform>Еще не выступали: {group} (зарегистрирован %n участник)</numerusform>
            <numerusform>Еще не выступали: {group} (зарегистрировано %n участника)</numerusform>
            <numerusform>Еще не выступали: {group} (зарегистрировано %n участников)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/checkin/page.py" line="+88"/>
        <source>Check-in desk</source>
        <extracomment>Background and text colours of the answer: green, amber, red (WCAG AA contrast). Said once it is undone. Makes the Undo step of an answer; None when there is nothing to take back. Who accredits on the spot and registers walk-ins: the user&apos;s name. The answer shown, and what Undo would take back.</extracomment>
        <translation>Пункт отметки прибытия</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Last scans</source>
        <translation>Последние считанные пропуска</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The last scans at this desk, the newest first.</source>
        <translation>Пропуска, последними считанные на этом пункте, начиная с самого последнего.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the scan field</source>
        <translation>Очистить поле сканирования</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>Название пункта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Laptop B, side door</source>
        <translation>например, ноутбук B, боковой вход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Desk:</source>
        <translation>&amp;Пункт:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>The forum&apos;s entrance</source>
        <translation>Вход на форум</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>D&amp;oor:</source>
        <translation>&amp;Вход:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badge code</source>
        <translation>Код пропуска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge, or type its number, then Enter</source>
        <translation>Отсканируйте пропуск или введите его номер и нажмите Enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready for the first badge.</source>
        <translation>Можно сканировать первый пропуск.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Accredit and Check In</source>
        <translation>&amp;Аккредитовать и отметить прибытие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accredit the person scanned and check them in</source>
        <translation>Аккредитовать участника, чей пропуск отсканирован, и отметить его прибытие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accredit this waiting request and check the person in</source>
        <translation>Удовлетворить эту ожидающую заявку на аккредитацию и отметить прибытие участника</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register &amp;Walk-in…</source>
        <translation>&amp;Регистрация на месте…</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+53"/>
        <source>Register a walk-in and check them in</source>
        <translation>Зарегистрировать участника на месте и отметить его прибытие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register someone with no badge and check them in (Ctrl+Shift+W)</source>
        <translation>Зарегистрировать на месте участника без пропуска и отметить его прибытие (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo Last Check-in</source>
        <translation>&amp;Отменить последнюю отметку прибытия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last check-in</source>
        <translation>Отменить последнюю отметку прибытия</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The last check-in was undone.</source>
        <translation>Последняя отметка прибытия отменена.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checked in</source>
        <translation>Прибытие отмечено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already checked in at {time} on {place}</source>
        <translation>Прибытие уже отмечено в {time} ({place})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this desk</source>
        <translation>этот пункт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: {reason}</source>
        <translation>Отказано: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keys}: accredit and check in</source>
        <translation>{keys}: аккредитовать и отметить прибытие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{keys}: register a walk-in</source>
        <translation>{keys}: регистрация на месте</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ready for the next badge.</source>
        <translation>Можно сканировать следующий пропуск.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The last check-in and its accreditation were undone.</source>
        <translation>Последняя отметка прибытия и связанная с ней аккредитация отменены.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The last check-in and its walk-in were undone.</source>
        <translation>Последняя отметка прибытия и связанная с ней регистрация на месте отменены.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undone: the last check-in</source>
        <translation>Отменено: последняя отметка прибытия</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+48"/>
        <source>Space ticks or unticks the current item</source>
        <translation>Пробел отмечает или снимает отметку с текущего элемента</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_clock.py" line="+91"/>
        <source>Current speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn in progress</source>
        <translation>Идет выступление</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaking time</source>
        <translation>Время выступления</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time remaining</source>
        <translation>Оставшееся время</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Speaker</source>
        <translation>&amp;Следующий оратор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Room Screen…</source>
        <translation>&amp;Экран в зале…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Resume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{name} has the floor, clock paused: {time} so far</source>
        <translation>Слово предоставлено: {name}; отсчет времени приостановлен, прошло {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} had the floor when ForumDesk stopped: {time} so far</source>
        <translation>Когда работа ForumDesk была прервана, слово было предоставлено: {name}; прошло {time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speaking Clock Running</source>
        <translation>Идет отсчет времени выступления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has the floor and the speaking clock is running.

Pause the clock and close this database? The time so far ({time}) is saved: the turn can be resumed or closed when the database is opened again.</source>
        <translation>Слово предоставлено: {name}, идет отсчет времени выступления.

Приостановить отсчет и закрыть эту базу данных? Истекшее время ({time}) будет сохранено: выступление можно будет продолжить или завершить при следующем открытии базы данных.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Speaking Clock Not Saved</source>
        <translation>Время выступления не сохранено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaking clock could not be saved: {error}

Close this database anyway? The speakers list keeps what was saved before; the time spoken since is lost.</source>
        <translation>Не удалось сохранить время выступления: {error}

Все равно закрыть эту базу данных? В списке ораторов останутся ранее сохраненные данные; время выступления после этого момента будет потеряно.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nobody is waiting on the speakers list.</source>
        <translation>В списке ораторов нет ожидающих.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The speaking clock is not saved yet, it will try again: {error}</source>
        <translation>Время выступления еще не сохранено, будет предпринята повторная попытка: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Speaking: {name}</source>
        <translation>Выступает: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody speaking</source>
        <translation>Никто не выступает</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over by {time}</source>
        <translation>Превышение: {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} left</source>
        <translation>Осталось: {time}</translation>
    </message>
</context>
<context>
    <name>ClockWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="-137"/>
        <source>Speaking Time</source>
        <translation>Время выступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room screen with the speaking time</source>
        <translation>Экран в зале с временем выступления</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaking time</source>
        <translation>Время выступления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time remaining</source>
        <translation>Оставшееся время</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over by {time}</source>
        <translation>Превышение: {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation>Осталось: {time}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/compare.py" line="+51"/>
        <location line="+1"/>
        <source>Compare versions</source>
        <translation>Сравнение версий</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older version</source>
        <translation>Более ранняя версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer version</source>
        <translation>Более поздняя версия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare version</source>
        <translation>С&amp;равнить версию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;with version</source>
        <translation>&amp;с версией</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two versions, paragraph by paragraph</source>
        <translation>Две версии, пункт за пунктом</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>Version {n}</source>
        <translation>Версия {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n paragraph(s) differ</source>
        <translation>
            <numerusform>Различается %n пункт</numerusform>
            <numerusform>Различаются %n пункта</numerusform>
            <numerusform>Различаются %n пунктов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompendiumExportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/compendium_dialog.py" line="+68"/>
        <source>Export Compendium</source>
        <translation>Экспорт сборника</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Open Data</source>
        <translation>Экспорт открытых данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the compendium</source>
        <translation>Язык сборника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forum&apos;s language</source>
        <translation>Язык форума</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include the fictional examples, marked as such</source>
        <translation>Включить вымышленные примеры с соответствующей пометкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published practices only</source>
        <translation>Только опубликованные практики</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ile:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>compendium</source>
        <translation>сборник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>practices</source>
        <translation>практики</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Writing the compendium…</source>
        <translation>Запись сборника…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the open data…</source>
        <translation>Запись открытых данных…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n practice(s) written to {file}</source>
        <translation>
            <numerusform>%n практика записана в {file}</numerusform>
            <numerusform>%n практики записаны в {file}</numerusform>
            <numerusform>%n практик записано в {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not written: {reason}</source>
        <translation>Не записано: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/conflicts_dialog.py" line="+53"/>
        <source>Merge Conflicts</source>
        <extracomment>Taking theirs may change any record: every page that shows one reloads.</extracomment>
        <translation>Конфликты при объединении</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each line is a field changed both here and on the other side. Our value stays until you keep it or take theirs; either is recorded in the history.</source>
        <translation>Каждая строка — это поле, измененное как здесь, так и на другой стороне. Наше значение сохраняется, пока вы не оставите его или не примете их значение; любой выбор фиксируется в истории изменений.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>Наше значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed here by</source>
        <translation>Кем изменено здесь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their value</source>
        <translation>Их значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed there by</source>
        <translation>Кем изменено там</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged</source>
        <translation>Дата объединения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged from {source}</source>
        <translation>Объединено из: {source}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open conflicts</source>
        <translation>Неурегулированные конфликты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields both databases changed, each waiting for a choice.</source>
        <translation>Поля, измененные в обеих базах данных; по каждому из них требуется сделать выбор.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts to settle.</source>
        <translation>Нет конфликтов для урегулирования.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep &amp;Ours</source>
        <translation>Оставить &amp;наше</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep our value</source>
        <translation>Оставить наше значение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take &amp;Theirs</source>
        <translation>Принять &amp;их</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take their value</source>
        <translation>Принять их значение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>CountriesChooser</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+38"/>
        <source>Find a country</source>
        <translation>Найти страну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or an ISO code</source>
        <translation>Введите название или код ISO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/coverage_panel.py" line="+49"/>
        <source>How many notes each section and paragraph has. Enter shows the chosen one.</source>
        <extracomment>The user picked a section or a list of paragraphs to look at. The user picked an orphaned note (its id).</extracomment>
        <translation>Число заметок к каждому разделу и пункту. Клавиша Enter показывает выбранный элемент.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections and paragraphs without a note</source>
        <translation>Разделы и пункты без заметок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not cited yet</source>
        <translation>Пока без ссылок</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{covered} of {total} paragraphs have a note or a practice ({share} %): {notes} with a note, {practices} with a practice.</source>
        <translation>Пункты с заметками или практиками: {covered} из {total} ({share} %); с заметкой: {notes}, с практикой: {practices}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{covered} of {total} paragraphs have a note ({share} %).</source>
        <translation>Пункты с заметками: {covered} из {total} ({share} %).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all: ¶{refs}</source>
        <translation>все: п. {refs}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notes on paragraphs of an earlier draft</source>
        <translation>Заметки к пунктам предыдущего проекта</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every paragraph has a note.</source>
        <translation>К каждому пункту есть заметка.</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/database_controller.py" line="+156"/>
        <source>Encrypted Database</source>
        <translation>Зашифрованная база данных</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>That passphrase does not open {file}. Try again ({n} of {most}):</source>
        <translation>Эта парольная фраза не открывает {file}. Попробуйте еще раз ({n} из {most}):</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The passphrase remembered in the keyring does not open {file}; it was forgotten. Type its passphrase ({n} of {most}):</source>
        <translation>Парольная фраза, сохраненная в связке ключей, не открывает {file}; она удалена. Введите парольную фразу ({n} из {most}):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is encrypted. Type its passphrase ({n} of {most}):</source>
        <translation>{file} зашифрована. Введите ее парольную фразу ({n} из {most}):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Password of {account} ({n} of {most}):</source>
        <translation>Пароль для {account} ({n} из {most}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign In to the Database Server</source>
        <translation>Вход на сервер базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/database_menu.py" line="+29"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы данных ForumDesk (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent databases</source>
        <translation>Нет недавних баз данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>Очистить меню</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/import_flow.py" line="+51"/>
        <source>Import Document</source>
        <extracomment>A message for the status bar once the import is done. A revised draft was applied (paragraph numbers may have changed).</extracomment>
        <translation>Импорт документа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.txt *.docx *.odt *.md);;All files (*)</source>
        <translation>Документы (*.txt *.docx *.odt *.md);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot import the document</source>
        <translation>Не удается импортировать документ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document has no {language} version to revise; import the file as another language instead.</source>
        <translation>У документа нет версии ({language}), которую можно было бы пересмотреть; импортируйте файл как версию на другом языке.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported {file}: {paragraphs} paragraphs.</source>
        <translation>Файл {file} импортирован (пунктов: {paragraphs}).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Revised draft imported: {moved} note links moved, {orphaned} orphaned.</source>
        <translation>Пересмотренный проект импортирован. Перенесено ссылок из заметок: {moved}; утратили привязку: {orphaned}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes on ¶{refs} were left on their old numbers, as you chose. Check that these paragraphs still say what the notes discuss.</source>
        <translation>Заметки к п. {refs} по вашему выбору оставлены на прежних номерах. Проверьте, по-прежнему ли эти пункты касаются того, о чем говорится в заметках.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/page.py" line="+73"/>
        <source>Document &amp; notes</source>
        <extracomment>A short message for the status bar. The id of a practice the user opened from a paragraph (the window shows it).</extracomment>
        <translation>Документ и заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This forum has no document yet.</source>
        <translation>У этого форума пока нет документа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outline and coverage</source>
        <translation>Структура и охват</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/outline.py" line="+21"/>
        <source>Document outline</source>
        <translation>Структура документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter shows a section&apos;s paragraphs.</source>
        <translation>Клавиша Enter показывает пункты раздела.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_model.py" line="+87"/>
        <source>¶</source>
        <translation>№ п.</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/page.py" line="+4"/>
        <source>Outline</source>
        <translation>Структура</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New Note on Selection</source>
        <translation>Новая заметка к выделенному</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make &amp;Recommendation…</source>
        <translation>Сформулировать &amp;рекомендацию…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document and language version</source>
        <translation>Документ и языковая версия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Beside it:</source>
        <translation>&amp;Рядом:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language version shown side by side</source>
        <translation>Языковая версия, показываемая рядом</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go to ¶</source>
        <translation>&amp;Перейти к пункту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to paragraph number</source>
        <translation>Перейти к пункту с номером</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импортировать…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a document</source>
        <translation>Импортировать документ</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Annex</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>That note is not on this document.</source>
        <translation>Эта заметка не относится к этому документу.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+82"/>
        <source>Edit note on ¶{refs}</source>
        <translation>Изменение заметки к п. {refs}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>New note on ¶{refs}</source>
        <translation>Новая заметка к п. {refs}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Delete note on ¶{refs}</source>
        <translation>Удаление заметки к п. {refs}</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/duplicates_panel.py" line="+71"/>
        <source>Likely duplicates</source>
        <extracomment>A pair was kept apart: (first id, second id, a label naming both), for undo. The list was read again; the number of pairs it holds.</extracomment>
        <translation>Вероятные дубликаты</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+116"/>
        <source>Find &amp;Likely Duplicates</source>
        <extracomment>Who takes the &quot;Keep Both&quot; decisions; set by the page. The merge dialog last opened from this panel (tests and the page look at it).</extracomment>
        <translation>&amp;Найти вероятные дубликаты</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Find likely duplicate representatives in the whole registry</source>
        <translation>Найти вероятные дубликаты представителей во всем реестре</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likely duplicates status</source>
        <translation>Состояние поиска вероятных дубликатов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First person</source>
        <translation>Первый представитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second person</source>
        <translation>Второй представитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>Основания</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likely duplicate pairs</source>
        <translation>Пары вероятных дубликатов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairs of records that may be one person or organisation. Enter compares the chosen pair.</source>
        <translation>Пары записей, которые могут относиться к одному и тому же лицу или одной и той же организации. Клавиша Enter открывает сравнение выбранной пары.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Compare and Merge…</source>
        <translation>&amp;Сравнить и объединить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected pair field by field and merge them</source>
        <translation>Сравнить выбранную пару по полям и объединить записи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep Both</source>
        <translation>&amp;Оставить обе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both records of the selected pair: they are different people</source>
        <translation>Оставить обе записи выбранной пары: это разные люди</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Не удалось выполнить поиск дубликатов: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding Likely Duplicates…</source>
        <translation>Поиск вероятных дубликатов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking through the whole registry…</source>
        <translation>Просмотр всего реестра…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n пара вероятных дубликатов</numerusform>
            <numerusform>%n пары вероятных дубликатов</numerusform>
            <numerusform>%n пар вероятных дубликатов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No likely duplicates left to review.</source>
        <translation>Вероятных дубликатов для проверки больше нет.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/edit_conflict_dialog.py" line="+56"/>
        <source>Changed Meanwhile: {kind}</source>
        <translation>Изменено за это время: {kind}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone saved this record after you opened it, and changed some of the fields you changed. Choose the value to keep for each. Your other changes are saved, and theirs are kept.</source>
        <translation>Кто-то сохранил эту запись после того, как вы ее открыли, и изменил некоторые из измененных вами полей. Выберите, какое значение оставить для каждого из них. Другие ваши изменения сохраняются, как и изменения другого пользователя.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save with these choices</source>
        <translation>Сохранить с учетом выбора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel: back to the form</source>
        <translation>Отмена: вернуться к форме</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved meanwhile</source>
        <translation>Сохранено за это время</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your value of {field}</source>
        <translation>Ваше значение поля {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value}
Saved by {who}</source>
        <translation>{value}
Кем сохранено: {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value of {field} saved meanwhile</source>
        <translation>Значение поля {field}, сохраненное за это время</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value to keep for {field}</source>
        <translation>Значение поля {field}, которое следует оставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Оставить мое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Принять их</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fields changed on both sides</source>
        <translation>Поля, измененные обеими сторонами</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/dialog.py" line="+73"/>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel; the database is left as it was</source>
        <translation>Отменить; база данных останется без изменений</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} is encrypted: it opens only with its passphrase. You may change the passphrase, or decrypt the file.</source>
        <translation>{file} зашифрована: она открывается только с ее парольной фразой. Вы можете изменить парольную фразу или расшифровать файл.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} lies in clear: whoever has the file, or a copy of it, can read the personal data in it. Encrypted, it opens only with its passphrase, which cannot be recovered if it is lost.</source>
        <translation>{file} хранится в открытом виде: любой, у кого есть файл или его копия, может прочитать содержащиеся в нем персональные данные. Зашифрованная, она открывается только с ее парольной фразой, которую нельзя восстановить в случае утраты.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Change the passphrase</source>
        <translation>&amp;Изменить парольную фразу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decr&amp;ypt: leave the file in clear</source>
        <translation>Рас&amp;шифровать: оставить файл в открытом виде</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decrypted, the file lies in clear on this computer: anyone who can read it, or a copy of it, can read the personal data in it. Its backups stay encrypted, each with the passphrase it was taken with.</source>
        <translation>После расшифровки файл хранится на этом компьютере в открытом виде: любой, кто может прочитать его или его копию, может прочитать содержащиеся в нем персональные данные. Его резервные копии остаются зашифрованными, каждая — парольной фразой, с которой она была создана.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earlier backups</source>
        <translation>Прежние резервные копии</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encr&amp;ypt them with the same passphrase</source>
        <translation>За&amp;шифровать их той же парольной фразой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te them</source>
        <translation>&amp;Удалить их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them in c&amp;lear</source>
        <translation>Оставить их в &amp;открытом виде</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n earlier backup(s) of this database lie in clear in {folder}. So that no clear copy stays behind:</source>
        <translation>
            <numerusform>%n прежняя резервная копия этой базы данных хранится в открытом виде в {folder}. Чтобы не осталось ни одной незашифрованной копии:</numerusform>
            <numerusform>%n прежние резервные копии этой базы данных хранятся в открытом виде в {folder}. Чтобы не осталось ни одной незашифрованной копии:</numerusform>
            <numerusform>%n прежних резервных копий этой базы данных хранятся в открытом виде в {folder}. Чтобы не осталось ни одной незашифрованной копии:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Зашифровать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Passphrase</source>
        <translation>Изменить &amp;парольную фразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decrypt</source>
        <translation>&amp;Расшифровать</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encrypting {file}…</source>
        <translation>Шифрование {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the passphrase of {file}…</source>
        <translation>Изменение парольной фразы {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypting {file}…</source>
        <translation>Расшифровка {file}…</translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/menu.py" line="+24"/>
        <location line="+20"/>
        <source>Encryp&amp;tion…</source>
        <translation>&amp;Шифрование…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Encryption… (the server&apos;s business on PostgreSQL)</source>
        <translation>Шифрование… (в PostgreSQL это задача сервера)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption at rest of a PostgreSQL database is the server&apos;s business (its disks and backups); ForumDesk encrypts SQLite files.</source>
        <translation>Шифрование хранимых данных базы PostgreSQL — задача сервера (его дисков и резервных копий); ForumDesk шифрует файлы SQLite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypt this database, change its passphrase, or decrypt it</source>
        <translation>Зашифровать эту базу данных, изменить ее парольную фразу или расшифровать ее</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{file} is encrypted.</source>
        <translation>{file} зашифрована.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase of {file} is changed.</source>
        <translation>Парольная фраза {file} изменена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is decrypted: it lies in clear. Its backups stay encrypted.</source>
        <translation>{file} расшифрована: она хранится в открытом виде. Ее резервные копии остаются зашифрованными.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
</context>
<context>
    <name>ErasePersonalDataButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/personal_data.py" line="+110"/>
        <source>Erase Perso&amp;nal Data…</source>
        <translation>&amp;Удалить персональные данные…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this person&apos;s personal data everywhere; it cannot be undone</source>
        <translation>Удалить персональные данные этого лица отовсюду; это действие необратимо</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>Erase Personal Data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Erase the personal data of {name}?</source>
        <translation>Удалить персональные данные {name}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their names, contact details and notes about them are removed everywhere: the registry, notes, minutes, the report, the search index and the audit log. Approved minutes and the report keep their text, with {pseudonym} in place of the name, and say so. A backup is taken first.

This cannot be undone.</source>
        <translation>Имена, контактные данные и заметки об этом лице удаляются отовсюду: из реестра, заметок, отчетов о заседаниях, доклада, поискового индекса и журнала аудита. Утвержденные отчеты и доклад сохраняют свой текст, в котором вместо имени указано «{pseudonym}», с соответствующей пометкой. Сначала создается резервная копия.

Это действие необратимо.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Erase</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The personal data of {name} was erased. They are now {pseudonym}.</source>
        <translation>Персональные данные {name} удалены. Теперь это лицо обозначается как «{pseudonym}».</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/export.py" line="+27"/>
        <location line="+1"/>
        <source>Export all minutes</source>
        <translation>Экспорт всех протоколов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the files into</source>
        <translation>Куда записать файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One .zip file</source>
        <translation>Один файл .zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Into:</source>
        <translation>&amp;Куда:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which version</source>
        <translation>Какая версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published: notes for the record only</source>
        <translation>Публикуемая: только заметки для протокола</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal: with the internal notes, marked not for distribution</source>
        <translation>Внутренняя: с внутренними заметками, с пометкой «не для распространения»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/export_dialog.py" line="+28"/>
        <source>Export Representatives</source>
        <translation>Экспорт представителей</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln representative(s), as the list shows them. Columns:</source>
        <translation>
            <numerusform>%Ln представитель, как в списке. Столбцы:</numerusform>
            <numerusform>%Ln представителя, как в списке. Столбцы:</numerusform>
            <numerusform>%Ln представителей, как в списке. Столбцы:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns to export: tick those wanted.</source>
        <translation>Столбцы для экспорта: отметьте нужные флажками.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to export</source>
        <translation>Столбцы для экспорта</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file and export</source>
        <translation>Выбрать файл и экспортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/facets.py" line="+36"/>
        <source>Search practices…</source>
        <translation>Поиск практик…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search practices</source>
        <translation>Поиск практик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words of the title, summary, results, partners or a submitter&apos;s name</source>
        <translation>Слова из названия, описания, результатов, партнеров или названия представившей организации</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion</source>
        <translation>Р&amp;егион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>Т&amp;ип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bmitted by</source>
        <translation>&amp;Кем представлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review st&amp;ate</source>
        <translation>Состояние &amp;рассмотрения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a value to show only its practices</source>
        <translation>Выберите значение, чтобы показать только его практики</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All ({count})</source>
        <translation>Все ({count})</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="+210"/>
        <source>Status at a Later Forum</source>
        <translation>Статус на последующем форуме</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later forum</source>
        <translation>Последующий форум</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forum:</source>
        <translation>&amp;Форум:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What shows it: a decision, a report, a law…</source>
        <translation>Чем это подтверждается: решение, доклад, закон…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Подтверждение:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the status</source>
        <translation>Сохранить статус</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../src/forumdesk/ui/widgets/rich_text.py" line="+13"/>
        <location line="+3"/>
        <source>Formatting</source>
        <translation>Форматирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/guide_window.py" line="+60"/>
        <source>ForumDesk User Guide</source>
        <extracomment>Screenshots are ~1200 px wide; the guide shows them this wide, smoothly scaled.</extracomment>
        <translation>Руководство пользователя ForumDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contents</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>&amp;Вперед</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Find in the page</source>
        <translation>Поиск на странице</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Find in the page (Enter: next)</source>
        <translation>Поиск на странице (Enter: следующее совпадение)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/menu.py" line="+53"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ForumDesk</source>
        <translation>&amp;О программе ForumDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>About ForumDesk</source>
        <translation>О программе ForumDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s workbench for a consultative forum on international migration and development.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;Рабочий инструмент секретариата консультативного форума по международной миграции и развитию.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/history_dialog.py" line="+135"/>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the history of this record</source>
        <translation>Показать историю этой записи</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="-99"/>
        <source>History: {record}</source>
        <translation>История: {record}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes to the record</source>
        <translation>Изменения записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this record, when, on which device, and what.</source>
        <translation>Кто, когда, на каком устройстве и что изменил в этой записи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes recorded for this record.</source>
        <translation>Изменения этой записи не зафиксированы.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{login} (computer login)</source>
        <translation>{login} (учетная запись компьютера)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unnamed user</source>
        <translation>пользователь без имени</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/charts.py" line="+158"/>
        <source>nobody has checked in yet</source>
        <extracomment>The figures drawn, as text: the accessible description and the tests read it.</extracomment>
        <translation>еще никто не прибыл</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="+67"/>
        <source>Import Representatives — {file}</source>
        <extracomment>The report of an import that was written (not of a check).</extracomment>
        <translation>Импорт представителей — {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel: nothing is written</source>
        <translation>Отмена: ничего не записывается</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Register everyone for {forum} (as requested)</source>
        <translation>Зарегистрировать всех для участия в форуме «{forum}» (с заявкой на аккредитацию)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the people imported for the forum</source>
        <translation>Зарегистрировать импортированных лиц для участия в форуме</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+83"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+2"/>
        <source>Close without importing</source>
        <translation>Закрыть без импорта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check Rows</source>
        <translation>&amp;Проверить строки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every row without importing (dry run)</source>
        <translation>Проверить все строки без импорта (пробный прогон)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="-59"/>
        <location line="+55"/>
        <source>Import the valid rows</source>
        <translation>Импортировать допустимые строки</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows refused, warnings and duplicates</source>
        <translation>Отклоненные строки, предупреждения и дубликаты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that look like people already listed:</source>
        <translation>Строки, похожие на лиц, уже имеющихся в реестре:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do with rows that look like people already listed</source>
        <translation>Как поступить со строками, похожими на лиц, уже имеющихся в реестре</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip them</source>
        <translation>Пропустить их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the listed person&apos;s empty or changed fields</source>
        <translation>Обновить пустые или отличающиеся поля записи о лице в реестре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import them as new people</source>
        <translation>Импортировать их как новых лиц</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save Report…</source>
        <translation>&amp;Сохранить отчет…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report as CSV</source>
        <translation>Сохранить отчет в формате CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Columns</source>
        <translation>&amp;Назад к столбцам</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the column mapping</source>
        <translation>Изменить сопоставление столбцов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Valid Rows</source>
        <translation>&amp;Импортировать допустимые строки</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+24"/>
        <source>Reading {file}…</source>
        <translation>Чтение файла {file}…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln row(s) under the header</source>
        <translation>
            <numerusform>%Ln строка под заголовком</numerusform>
            <numerusform>%Ln строки под заголовком</numerusform>
            <numerusform>%Ln строк под заголовком</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Проверка %Ln строки…</numerusform>
            <numerusform>Проверка %Ln строк…</numerusform>
            <numerusform>Проверка %Ln строк…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>Импорт %Ln строки…</numerusform>
            <numerusform>Импорт %Ln строк…</numerusform>
            <numerusform>Импорт %Ln строк…</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is read. Building the registry&apos;s indexes…</source>
        <translation>Все строки прочитаны. Построение индексов реестра…</translation>
    </message>
    <message>
        <source>Updating the registry&apos;s statistics…</source>
        <translation>Обновление статистики реестра…</translation>
    </message>
    <message>
        <source>Saving the import…</source>
        <translation>Сохранение импорта…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="+69"/>
        <source>%Ln row(s) can be imported</source>
        <translation>
            <numerusform>%Ln строку можно импортировать</numerusform>
            <numerusform>%Ln строки можно импортировать</numerusform>
            <numerusform>%Ln строк можно импортировать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) would be refused</source>
        <translation>
            <numerusform>%Ln строка будет отклонена</numerusform>
            <numerusform>%Ln строки будут отклонены</numerusform>
            <numerusform>%Ln строк будут отклонены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+6"/>
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>%Ln новая организация</numerusform>
            <numerusform>%Ln новые организации</numerusform>
            <numerusform>%Ln новых организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%Ln representative(s) imported</source>
        <translation>
            <numerusform>%Ln представитель импортирован</numerusform>
            <numerusform>%Ln представителя импортированы</numerusform>
            <numerusform>%Ln представителей импортировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>%Ln строка отклонена</numerusform>
            <numerusform>%Ln строки отклонены</numerusform>
            <numerusform>%Ln строк отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln registration(s)</source>
        <translation>
            <numerusform>%Ln регистрация</numerusform>
            <numerusform>%Ln регистрации</numerusform>
            <numerusform>%Ln регистраций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) already listed: skipped</source>
        <translation>
            <numerusform>%Ln строка уже в реестре: пропущена</numerusform>
            <numerusform>%Ln строки уже в реестре: пропущены</numerusform>
            <numerusform>%Ln строк уже в реестре: пропущены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) look like people already listed</source>
        <translation>
            <numerusform>%Ln строка похожа на лицо, уже имеющееся в реестре</numerusform>
            <numerusform>%Ln строки похожи на лиц, уже имеющихся в реестре</numerusform>
            <numerusform>%Ln строк похожи на лиц, уже имеющихся в реестре</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln listed person(s) updated</source>
        <translation>
            <numerusform>%Ln запись о лице в реестре обновлена</numerusform>
            <numerusform>%Ln записи о лицах в реестре обновлены</numerusform>
            <numerusform>%Ln записей о лицах в реестре обновлено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate?</source>
        <translation>дубликат?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} (row {row}, {score}%)</source>
        <translation>{name} (строка {row}, {score} %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (in the registry, {score}%)</source>
        <translation>{name} (в реестре, {score} %)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} may be {matches}</source>
        <translation>{name} — возможно, {matches}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already listed</source>
        <translation>уже в реестре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looks listed</source>
        <translation>похоже, уже в реестре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>обновление</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is {match}</source>
        <translation>{name}: {match}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save Import Report</source>
        <translation>Сохранение отчета об импорте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{summary}&lt;br&gt;Report saved to {file}.</source>
        <translation>{summary}&lt;br&gt;Отчет сохранен в файле {file}.</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/import_dialog.py" line="+54"/>
        <source>Import {file}</source>
        <translation>Импорт файла {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the import noticed in the file.</source>
        <translation>Что было обнаружено в файле при импорте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problem found: numbering and contents agree.</source>
        <translation>Проблем не обнаружено: нумерация и оглавление совпадают.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings:</source>
        <translation>Предупреждения:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br/&gt;{paragraphs} numbered paragraphs (¶{first}–{last}), {sections} headings, {footnotes} footnote(s){annex}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br/&gt;Нумерованных пунктов: {paragraphs} (пп. {first}–{last}), заголовков: {sections}, сносок: {footnotes}{annex}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, an annex</source>
        <translation>, приложение</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sections found in the document.</source>
        <translation>Разделы, найденные в документе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections found</source>
        <translation>Обнаруженные разделы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>¶ in the body</source>
        <translation>Пункты в тексте</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOC</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A &amp;new document</source>
        <translation>&amp;Новый документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another &amp;language of {document}</source>
        <translation>Другая языковая &amp;версия документа {document}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;revised draft of {document}</source>
        <translation>&amp;Пересмотренный проект документа {document}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import as:</source>
        <translation>Импортировать как:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the file</source>
        <translation>Язык файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/widgets/job_dialog.py" line="+47"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancelling…</source>
        <translation>Отмена операции…</translation>
    </message>
</context>
<context>
    <name>LaptopDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/laptop_dialog.py" line="+45"/>
        <source>Prepare a Laptop</source>
        <translation>Подготовка ноутбука</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A copy of this database for a laptop at the venue. Limited to one forum, it leaves out the other forums and the people registered only for them. Merge it back with File &gt; Merge from Another Database…</source>
        <extracomment>Asks where to write the copy; tests replace it.</extracomment>
        <translation>Копия этой базы данных для ноутбука на месте проведения мероприятия. Если ограничить ее одним форумом, в нее не войдут другие форумы и лица, зарегистрированные только для участия в них. Чтобы вернуть данные, воспользуйтесь командой «Файл &gt; Объединить данные из другой базы данных…»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the file to write</source>
        <translation>Выбрать файл для записи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forum the laptop holds</source>
        <translation>Форум, данные которого будут на ноутбуке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All forums</source>
        <translation>Все форумы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orum:</source>
        <translation>Фо&amp;рум:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the laptop</source>
        <translation>Название ноутбука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop 2, registration desk</source>
        <translation>Ноутбук 2, стойка регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Название ноутбука:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the laptop&apos;s copy</source>
        <translation>Парольная фраза копии для ноутбука</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Паро&amp;льная фраза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again</source>
        <translation>Та же парольная фраза еще раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Еще раз:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy is encrypted: ForumDesk asks for this passphrase whenever it opens the copy, on the laptop and when merging it back. It is the laptop&apos;s own, not this database&apos;s; keep it apart from the laptop.</source>
        <translation>Копия зашифрована: ForumDesk запрашивает эту парольную фразу каждый раз, когда открывает копию, — на ноутбуке и при обратном слиянии. Это собственная парольная фраза ноутбука, а не этой базы данных; храните ее отдельно от ноутбука.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Leave the copy unencrypted</source>
        <translation>Ос&amp;тавить копию незашифрованной</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the copy unencrypted</source>
        <translation>Оставить копию незашифрованной</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anyone who finds the laptop, or the file, can read the names, e-mail addresses and registrations in the copy.</source>
        <translation>Любой, кто найдет ноутбук или файл, сможет прочитать имена, адреса электронной почты и регистрации, содержащиеся в копии.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel: no copy is written</source>
        <translation>Отмена: копия не записывается</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Подготовить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the laptop&apos;s copy</source>
        <translation>Записать копию для ноутбука</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Laptop Database</source>
        <translation>База данных ноутбука</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы данных ForumDesk (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing {file}…</source>
        <translation>Запись файла {file}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a passphrase for the laptop&apos;s copy, or leave it unencrypted.</source>
        <translation>Введите парольную фразу для копии ноутбука или оставьте копию незашифрованной.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Парольные фразы не совпадают; введите их еще раз.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written {rows} rows to {file} (device “{device}”).</source>
        <translation>В файл {file} записано строк: {rows} (устройство «{device}»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} people of other forums left out.</source>
        <translation>Не включены лица, относящиеся к другим форумам: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is in clear.</source>
        <translation>Копия не зашифрована.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is encrypted with the laptop&apos;s passphrase.</source>
        <translation>Копия зашифрована парольной фразой ноутбука.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled: no copy was written.</source>
        <translation>Отменено: копия не записана.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/main_window.py" line="+90"/>
        <source>Overview</source>
        <extracomment>Emitted once the first database has opened and the visible page asked for its data. What the menus and dialogs around the pages get instead of the window.</extracomment>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;&amp; notes</source>
        <translation>Документ и заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Отметка прибытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Practices</source>
        <translation>Передовой опыт</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+1 to Ctrl+7 open them from anywhere.</source>
        <translation>Ctrl+1–Ctrl+7 открывают их откуда угодно.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forum:</source>
        <translation>Форум:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current forum</source>
        <translation>Текущий форум</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import Document…</source>
        <translation>&amp;Импортировать документ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import R&amp;epresentatives…</source>
        <translation>Импортировать предст&amp;авителей…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load &amp;Demo Forum (2006 Hearings)</source>
        <translation>Загрузить &amp;демонстрационный форум (слушания 2006 года)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search Paragraphs and Notes…</source>
        <translation>&amp;Поиск по пунктам и заметкам…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working</source>
        <translation>Идет обработка</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+153"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened {file}</source>
        <translation>Открыта база данных: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo forum loaded</source>
        <translation>демонстрационный форум загружен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup taken</source>
        <translation>резервная копия создана</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the database</source>
        <translation>Не удается открыть базу данных</translation>
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
        <translation>База данных по умолчанию</translation>
    </message>
</context>
<context>
    <name>MakeRecommendationDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/make_recommendation.py" line="+51"/>
        <source>Make Recommendation from ¶ {number}</source>
        <translation>Рекомендация на основе пункта {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a sentence to recommend it alone; with nothing selected, the whole paragraph is the recommendation.</source>
        <translation>Выделите предложение, чтобы рекомендовать только его; если ничего не выделено, рекомендацией станет весь пункт.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the paragraph</source>
        <translation>Текст пункта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is recommended</source>
        <translation>Что рекомендуется</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code of the recommendation</source>
        <translation>Код рекомендации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R{number} (or the next free one)</source>
        <translation>R{number} (или следующий свободный)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme of the recommendation</source>
        <translation>Тема рекомендации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no theme)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make Recommendation</source>
        <translation>&amp;Сформулировать рекомендацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the recommendation</source>
        <translation>Сформулировать рекомендацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recommended: the whole paragraph.</source>
        <translation>Рекомендуется: весь пункт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: the selected text ({count} characters).</source>
        <translation>Рекомендуется: выделенный текст (символов: {count}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommendation {code} made from ¶ {number}</source>
        <translation>Рекомендация {code} взята из пункта {number}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_mapping.py" line="+94"/>
        <source>Each column of the file, examples of its values, and the field it fills.</source>
        <extracomment>The mapping changed (a field or a category word): a dry run&apos;s report is stale.</extracomment>
        <translation>Каждый столбец файла, примеры его значений и поле, которое он заполняет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns of the file and what they hold</source>
        <translation>Столбцы файла и их содержимое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+93"/>
        <source>Category words in the file:</source>
        <translation>Обозначения категорий в файле:</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Each category word found in the file, how many rows carry it, and the category it becomes.</source>
        <translation>Каждое обозначение категории, найденное в файле, число строк, в которых оно встречается, и категория, которой оно соответствует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category words and their categories</source>
        <translation>Обозначения категорий и соответствующие категории</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word in the file</source>
        <translation>Обозначение в файле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None: such rows are refused</source>
        <translation>Нет: такие строки отклоняются</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category of a new organisation whose row gives none</source>
        <translation>Категория новой организации, если в строке она не указана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New organisation without a category:</source>
        <translation>Новая организация без категории:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping you confirmed last time for these headers is used.</source>
        <translation>Используется сопоставление, подтвержденное вами в прошлый раз для этих заголовков.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns guessed from their headers: check them before importing.</source>
        <translation>Столбцы определены по заголовкам: проверьте их перед импортом.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import column {header} as</source>
        <translation>Импортировать столбец {header} как</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown: such rows are refused</source>
        <translation>Неизвестно: такие строки отклоняются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category for {word}</source>
        <translation>Категория для «{word}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category words in the file (the most frequent):</source>
        <translation>Обозначения категорий в файле (наиболее частые):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose the column that holds the family name (or the full name).</source>
        <translation>Выберите столбец, содержащий фамилию (или полное имя).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two columns are imported as {field}; keep one.</source>
        <translation>Два столбца импортируются как «{field}»; оставьте один.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/merge_dialog.py" line="+57"/>
        <source>Merge Two Records</source>
        <extracomment>The merge was made.</extracomment>
        <translation>Объединение двух записей</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose, field by field, which value the merged record keeps. The second record is kept in the database, marked as merged into the first; its registrations, roles and interventions move to the first.</source>
        <translation>Выберите для каждого поля значение, которое сохранится в объединенной записи. Вторая запись остается в базе данных с пометкой об объединении с первой; ее регистрации, роли и выступления переносятся в первую.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields that differ</source>
        <translation>Различающиеся поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two records hold the same values.</source>
        <translation>Значения в обеих записях совпадают.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two records</source>
        <translation>Объединить две записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MinutesCoverDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/cover_dialog.py" line="+54"/>
        <location line="+1"/>
        <source>Cover of the minutes</source>
        <translation>Титульная страница протокола</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organ:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organ</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Условное обозначение:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document symbol</source>
        <translation>Условное обозначение документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session:</source>
        <translation>&amp;Сессия:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda item:</source>
        <translation>&amp;Пункт повестки дня:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;riginal language:</source>
        <translation>&amp;Язык оригинала:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original language</source>
        <translation>Язык оригинала</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distribution</source>
        <translation>Распространение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>Ограниченное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Закрытое</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Distribution:</source>
        <translation>&amp;Распространение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;te:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a date of its own</source>
        <translation>Печатать отдельную дату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date printed on the cover</source>
        <translation>Дата на титульной странице</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Author&apos;s note</source>
        <translation>Примечание автора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note&apos;s heading, a blank line, then its paragraphs</source>
        <translation>Заголовок примечания, пустая строка, затем абзацы текста</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author&apos;s &amp;note:</source>
        <translation>Пр&amp;имечание автора:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(otherwise the day of approval, or of the meeting)</source>
        <translation>(в противном случае — дата утверждения или заседания)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cover of the minutes saved</source>
        <translation>Титульная страница протокола сохранена</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: this cover was changed meanwhile.</source>
        <translation>Не сохранено: за это время титульная страница была изменена.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/editor.py" line="+78"/>
        <source>Not started</source>
        <extracomment>A line for the status bar: what was saved, exported, refused. A snapshot was shown (tests and the page wait on it). The file name Export… proposes for a format (&quot;pdf&quot;): the page knows it.</extracomment>
        <translation>Не начат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>Представлен на рассмотрение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Утвержден</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved minutes are locked. Save as New Draft keeps the approved version and starts a new draft version from it, which you can then edit.</source>
        <translation>Утвержденные протоколы заблокированы. Команда «Сохранить как новый проект» сохраняет утвержденную версию и создает на ее основе новую версию проекта, которую затем можно редактировать.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text of the minutes. Ctrl+Tab leaves the editor.</source>
        <translation>Текст протокола. Для выхода из редактора нажмите Ctrl+Tab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes text</source>
        <translation>Текст протокола</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Compose</source>
        <translation>&amp;Составить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose the minutes from the programme</source>
        <translation>Составить протокол на основе программы</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>&amp;Save Draft</source>
        <translation>Со&amp;хранить проект</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Su&amp;bmit for Review</source>
        <translation>&amp;Представить на рассмотрение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved version of these minutes.</source>
        <translation>Все сохраненные версии этого протокола.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions of these minutes</source>
        <translation>Версии этого протокола</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co&amp;mpare…</source>
        <translation>С&amp;равнить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected version (or the one before the latest) with the latest</source>
        <translation>Сравнить выбранную версию (или предпоследнюю) с последней</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Internal Version…</source>
        <translation>Экспортировать &amp;внутреннюю версию…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the internal notes, every page marked not for distribution</source>
        <translation>С внутренними заметками; на каждой странице пометка «не для распространения»</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a segment to see its minutes.</source>
        <translation>Выберите этап, чтобы просмотреть его протокол.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started: Compose drafts them from the programme.</source>
        <translation>Не начат: команда «Составить» подготовит проект на основе программы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {n}: {state}</source>
        <translation>Версия {n}: {state}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved by {name} on {date}</source>
        <translation>Кем утвержден: {name}; дата: {date}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save as New Draft</source>
        <translation>Сохранить как &amp;новый проект</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (composed)</source>
        <translation> (составлен)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not done: {reason}</source>
        <translation>Не выполнено: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Minutes composed as version 1</source>
        <translation>Протокол составлен как версия 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes composed again as version {n}</source>
        <translation>Протокол составлен заново как версия {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not composed again: your edits stay as they are</source>
        <translation>Протокол не составлен заново: ваши правки остаются без изменений</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {n} was edited by hand by {name}</source>
        <translation>Версия {n} отредактирована вручную (автор правки: {name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {n} was edited by hand</source>
        <translation>Версия {n} отредактирована вручную</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace your edits?</source>
        <translation>Заменить ваши правки?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace your edits?

{reason}.

A new draft version is composed; the edited version is kept in the history.</source>
        <translation>Заменить ваши правки?

{reason}.

Будет составлена новая версия проекта; отредактированная версия сохранится в истории.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The approved version stays locked; your changes are draft version {n}</source>
        <translation>Утвержденная версия остается заблокированной; ваши изменения сохранены как версия проекта {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as draft version {n}; the submission is withdrawn until you submit again</source>
        <translation>Сохранено как версия проекта {n}; протокол снят с рассмотрения до повторного представления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft saved as version {n}</source>
        <translation>Проект сохранен как версия {n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: these minutes were changed meanwhile.</source>
        <translation>Не сохранено: за это время протокол был изменен.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text of the minutes</source>
        <translation>Текст протокола</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Minutes submitted for review</source>
        <translation>Протокол представлен на рассмотрение</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version {n} approved</source>
        <translation>Версия {n} утверждена</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export minutes</source>
        <translation>Экспорт протокола</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Internal version exported to {path}</source>
        <translation>Внутренняя версия экспортирована в {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes exported to {path}</source>
        <translation>Протокол экспортирован в {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: {reason}</source>
        <translation>Ошибка экспорта: {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/page.py" line="+60"/>
        <source>Not started</source>
        <extracomment>A line for the status bar.</extracomment>
        <translation>Не начат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>Представлен на рассмотрение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Approved</source>
        <translation>Утвержден</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Minutes of each segment</source>
        <translation>Протоколы по этапам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each segment with the state of its minutes. The chosen one opens in the editor.</source>
        <translation>Этапы и состояние их протоколов. Протокол выбранного этапа открывается в редакторе.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Minutes and summary report</source>
        <translation>Протоколы и сводный доклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Minutes</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Summary Report</source>
        <translation>Сводный доклад</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;over…</source>
        <translation>&amp;Титульная страница…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover of the selected minutes</source>
        <translation>Титульная страница выбранного протокола</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organ, symbol, distribution, date and note printed on the first page</source>
        <translation>Орган, условное обозначение, распространение, дата и примечание на первой странице</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export A&amp;ll…</source>
        <translation>Экспортировать &amp;все…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+112"/>
        <location line="+25"/>
        <source>Export all minutes</source>
        <translation>Экспортировать все протоколы</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+76"/>
        <source>minutes</source>
        <translation>протокол</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The summary report</source>
        <translation>Сводный доклад</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The minutes of {segment}</source>
        <translation>Протокол этапа «{segment}»</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Zip archive (*.zip)</source>
        <translation>Архив ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all minutes into</source>
        <translation>Экспортировать все протоколы в</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting minutes…</source>
        <translation>Экспорт протоколов…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting minutes</source>
        <translation>Экспорт протоколов</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export cancelled after {done} of {total} minutes</source>
        <translation>Экспорт отменен; экспортировано протоколов: {done} из {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{done} minutes exported to {path}</source>
        <translation>Экспортировано протоколов: {done} (в {path})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed: {reason}</source>
        <translation>Ошибка экспорта: {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesSnapshot</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/snapshot.py" line="+50"/>
        <source>{login} (computer login)</source>
        <translation>{login} (учетная запись компьютера)</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/user_name.py" line="+82"/>
        <source>Your Name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept on this computer, and used by the command line too. You can change it in Preferences.</source>
        <translation>Хранится на этом компьютере и используется также в командной строке. Его можно изменить в окне «Параметры».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save My Name</source>
        <translation>Сохранить мое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your name</source>
        <translation>Сохранить ваше имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not Now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without a name</source>
        <translation>Продолжить без имени</translation>
    </message>
</context>
<context>
    <name>NameFields</name>
    <message>
        <location line="-73"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name and surname, e.g. Ana Lima</source>
        <translation>Имя и фамилия, например Ана Лима</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs your notes and minutes, and the changes the history records.</source>
        <translation>Указывается в ваших заметках и протоколах, а также в изменениях, фиксируемых в истории.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your initials</source>
        <translation>Ваши инициалы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your initials:</source>
        <translation>Ваши инициалы:</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/new_database.py" line="+25"/>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ForumDesk creates the database {file} in {folder}.</source>
        <translation>ForumDesk создаст базу данных {file} в {folder}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Зашифровать парольной фразой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file opens only with the passphrase, which cannot be recovered if it is lost. Advised on a laptop that leaves the office.</source>
        <translation>Файл открывается только с парольной фразой, которую нельзя восстановить в случае утраты. Рекомендуется для ноутбука, который покидает офис.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>NewForumDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/new_forum.py" line="+60"/>
        <source>New Forum from a Template</source>
        <extracomment>The forum made: its id.</extracomment>
        <translation>Новый форум на основе шаблона</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agenda template</source>
        <translation>Шаблон повестки дня</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a &amp;File…</source>
        <translation>Из &amp;файла…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an agenda template from a file</source>
        <translation>Импортировать шаблон повестки дня из файла</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the first day</source>
        <translation>Дата первого дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the forum</source>
        <translation>Название форума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template&apos;s title</source>
        <translation>Название из шаблона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Palais des Nations, Geneva</source>
        <translation>например, Дворец Наций, Женева</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Место проведения:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the programme</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create Forum</source>
        <translation>&amp;Создать форум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the forum</source>
        <translation>Создать форум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time zone of the venue</source>
        <translation>Часовой пояс места проведения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type part of a city or region</source>
        <translation>Введите часть названия города или региона</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the time zone comes from</source>
        <translation>Источник часового пояса</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chosen by hand.</source>
        <translation>Выбран вручную.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the venue.</source>
        <translation>По месту проведения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The venue names no known place: choose the zone.</source>
        <translation>Место проведения не соответствует ни одному известному населенному пункту: выберите часовой пояс.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows the venue once it is typed.</source>
        <translation>Определяется по месту проведения после его ввода.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Agenda Template</source>
        <translation>Импорт шаблона повестки дня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda template (*.json)</source>
        <translation>Шаблон повестки дня (*.json)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a template.</source>
        <translation>Выберите шаблон.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown time zone “{zone}”: choose one from the list.</source>
        <translation>Неизвестный часовой пояс «{zone}»: выберите часовой пояс из списка.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/passphrases.py" line="+52"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Новая парольная фраза еще раз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Еще раз:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a new passphrase.</source>
        <translation>Введите новую парольную фразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A few words you will remember make a good passphrase; it cannot be recovered.</source>
        <translation>Несколько слов, которые вы запомните, — хорошая парольная фраза; восстановить ее нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: easy to guess. Use more words, or a longer one.</source>
        <translation>Слабая: легко угадать. Добавьте слов или сделайте ее длиннее.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Средняя: еще несколько слов сделают ее надежной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Надежная.</translation>
    </message>
</context>
<context>
    <name>NoteChoiceDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/dialogs.py" line="+60"/>
        <source>Paragraph from a Note</source>
        <translation>Пункт на основе заметки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notes to choose from. Enter chooses the selected note.</source>
        <translation>Заметки, из которых можно выбрать. Клавиша Enter выбирает выделенную заметку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes of the forum</source>
        <translation>Заметки форума</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(internal) </source>
        <translation>(внутренняя) </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal note: as a paragraph, its text is in the report.</source>
        <translation>Внутренняя заметка: в качестве пункта ее текст войдет в доклад.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose or cancel</source>
        <translation>Выбрать или отменить</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/note_editor.py" line="+91"/>
        <source>Note text</source>
        <extracomment>Asks the database for organisations matching a text, then calls back with them. The user asked to save; the page saves and then calls `saved()` or `show_error()`.</extracomment>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paragraphs cited</source>
        <translation>Пункты, на которые дается ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 23–25, 29</source>
        <translation>например, 23–25, 29</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paragraphs:</source>
        <translation>&amp;Пункты:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags, separated by commas</source>
        <translation>Теги через запятую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remittances, gender, …</source>
        <translation>денежные переводы, гендер, …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked segment</source>
        <translation>Связанный этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segment:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked intervention</source>
        <translation>Связанное выступление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Intervention:</source>
        <translation>&amp;Выступление:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked organisation</source>
        <translation>Связанная организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search the registry</source>
        <translation>Начните вводить текст для поиска в реестре</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the &amp;record: print it in the minutes</source>
        <translation>Для п&amp;ротокола: включить в протокол</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+198"/>
        <location line="+11"/>
        <source>For the record</source>
        <translation>Для протокола</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Unticked, the note stays internal: the published minutes leave it out.</source>
        <translation>Если флажок снят, заметка остается внутренней и не включается в публикуемый протокол.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep the reference to ¶{refs} of the earlier draft</source>
        <translation>Сохранить ссылку на п. {refs} предыдущего проекта</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Write the note first.</source>
        <translation>Сначала введите текст заметки.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an organisation from the list, or leave it empty.</source>
        <translation>Выберите организацию из списка или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not saved: this note was changed meanwhile.</source>
        <translation>Не сохранено: за это время заметка была изменена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs of the earlier draft</source>
        <translation>Пункты предыдущего проекта</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Internal</source>
        <translation>Внутренняя</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/notes_panel.py" line="+83"/>
        <source>&amp;New Note…</source>
        <extracomment>The id of a practice the user opened from the selected paragraphs&apos; practices.</extracomment>
        <translation>&amp;Новая заметка…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the &amp;Record</source>
        <translation>Для п&amp;ротокола</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the record are printed in the minutes; the others stay internal</source>
        <translation>Заметки для протокола включаются в протокол; остальные остаются внутренними</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A practice&apos;s title opens it on the Practices page.</source>
        <translation>Название практики открывает её на странице «Практики».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter notes by tag</source>
        <translation>Фильтровать заметки по тегу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter notes by author</source>
        <translation>Фильтровать заметки по автору</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter notes by segment</source>
        <translation>Фильтровать заметки по этапу</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Practices answering the selected paragraphs</source>
        <translation>Практики, отвечающие на выбранные пункты</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>T&amp;ag:</source>
        <translation>&amp;Тег:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;uthor:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seg&amp;ment:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only notes on the selected paragraphs</source>
        <translation>Только заметки к выбранным пунктам</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>¶</source>
        <translation>№ п.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the record</source>
        <translation>Для протокола</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal</source>
        <translation>Внутренняя</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notes on the chosen paragraphs. Enter opens the chosen note.</source>
        <translation>Заметки к выбранным пунктам. Клавиша Enter открывает выбранную заметку.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{author}, {when}</source>
        <translation>{author}, {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown author</source>
        <translation>автор неизвестен</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select paragraphs to see the notes that cite them.</source>
        <translation>Выберите пункты, чтобы увидеть заметки со ссылками на них.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No note cites ¶{number} yet.</source>
        <translation>Заметок со ссылкой на п. {number} пока нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>%n заметка ссылается на п. {number}</numerusform>
            <numerusform>%n заметки ссылаются на п. {number}</numerusform>
            <numerusform>%n заметок ссылаются на п. {number}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No note cites ¶{refs} yet.</source>
        <translation>Заметок со ссылкой на п. {refs} пока нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s) cite ¶{refs}</source>
        <translation>
            <numerusform>%n заметка ссылается на п. {refs}</numerusform>
            <numerusform>%n заметки ссылаются на п. {refs}</numerusform>
            <numerusform>%n заметок ссылаются на п. {refs}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Mark note on ¶{refs} for the record</source>
        <translation>Отметить заметку к п. {refs} для протокола</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark note on ¶{refs} internal</source>
        <translation>Отметить заметку к п. {refs} как внутреннюю</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current note is for the record</source>
        <translation>Текущая заметка предназначена для протокола</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current note is internal</source>
        <translation>Текущая заметка является внутренней</translation>
    </message>
</context>
<context>
    <name>NotesTakenLabel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/notes_taken.py" line="+18"/>
        <source>Notes the minutes publish</source>
        <translation>Заметки, публикуемые в протоколе</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n note(s) for the record taken</source>
        <translation>
            <numerusform>%n заметка для протокола включена</numerusform>
            <numerusform>%n заметки для протокола включены</numerusform>
            <numerusform>%n заметок для протокола включено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Compose takes %n note(s) for the record</source>
        <translation>
            <numerusform>команда «Составить» включит %n заметку для протокола</numerusform>
            <numerusform>команда «Составить» включит %n заметки для протокола</numerusform>
            <numerusform>команда «Составить» включит %n заметок для протокола</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n internal note(s) left out</source>
        <translation>
            <numerusform>%n внутренняя заметка не включена</numerusform>
            <numerusform>%n внутренние заметки не включены</numerusform>
            <numerusform>%n внутренних заметок не включено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n note(s) marked for the record since: Compose again to take them</source>
        <translation>
            <numerusform>%n заметка отмечена для протокола после составления: чтобы включить ее, повторите команду «Составить»</numerusform>
            <numerusform>%n заметки отмечены для протокола после составления: чтобы включить их, повторите команду «Составить»</numerusform>
            <numerusform>%n заметок отмечено для протокола после составления: чтобы включить их, повторите команду «Составить»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {parts}.</source>
        <translation>Заметки: {parts}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only notes marked for the record are published; Export Internal Version also prints the internal ones, marked not for distribution.</source>
        <translation>Публикуются только заметки, отмеченные для протокола; команда «Экспортировать внутреннюю версию» включает также внутренние заметки с пометкой «не для распространения».</translation>
    </message>
</context>
<context>
    <name>NowNextBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/now_next_box.py" line="+33"/>
        <source>Now and Next</source>
        <translation>Сейчас и далее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment running</source>
        <translation>Текущий этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker on the floor</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking time</source>
        <translation>Время выступления</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next segment</source>
        <translation>Следующий этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the floor</source>
        <translation>Выступает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The programme has no segment yet</source>
        <translation>В программе пока нет этапов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started: the forum opens on {day}</source>
        <translation>Еще не начался: форум открывается {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The forum has ended</source>
        <translation>Форум завершен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{spoken} of {allotted}</source>
        <translation>{spoken} из {allotted}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/organisation_dialog.py" line="+113"/>
        <source>Organisation: {name}</source>
        <translation>Организация: {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Сохранить (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>А&amp;ббревиатура:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UN regional group</source>
        <translation>Региональная группа ООН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional group:</source>
        <translation>Региональная группа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC status</source>
        <translation>Статус при ЭКОСОС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Общий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special</source>
        <translation>Специальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ECOSOC &amp;status:</source>
        <translation>Стат&amp;ус при ЭКОСОС:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year of the ECOSOC status</source>
        <translation>Год получения статуса при ЭКОСОС</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ECOSOC &amp;year:</source>
        <translation>&amp;Год (ЭКОСОС):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Электронная почта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or an ISO code</source>
        <translation>Введите название или код ISO</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n представитель</numerusform>
            <numerusform>%n представителя</numerusform>
            <numerusform>%n представителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n выступление</numerusform>
            <numerusform>%n выступления</numerusform>
            <numerusform>%n выступлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n programme role(s)</source>
        <translation>
            <numerusform>%n роль в программе</numerusform>
            <numerusform>%n роли в программе</numerusform>
            <numerusform>%n ролей в программе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n linked note(s)</source>
        <translation>
            <numerusform>%n связанная заметка</numerusform>
            <numerusform>%n связанные заметки</numerusform>
            <numerusform>%n связанных заметок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures of the organisation</source>
        <translation>Показатели организации</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No representative registered to any forum.</source>
        <translation>Ни один представитель не зарегистрирован для участия ни в одном форуме.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrations per forum</source>
        <translation>Регистрации по форумам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Representatives:</source>
        <translation>П&amp;редставители:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Representatives of the organisation</source>
        <translation>Представители организации</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Showing the first {shown} of {total} representatives.</source>
        <translation>Показаны первые {shown} из {total} представителей.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Not saved: this organisation was changed meanwhile.</source>
        <translation>Не сохранено: за это время данные организации были изменены.</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/output_check.py" line="+49"/>
        <source>File Not Written</source>
        <translation>Файл не записан</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/page.py" line="+92"/>
        <source>Overview</source>
        <extracomment>The time moves on: what runs now is asked again this often while the page shows. A &quot;thing to act on&quot; was pressed: one of actions_box.TASKS. &quot;Add to Summary Report…&quot; was pressed, with the sentence.</extracomment>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+188"/>
        <source>No forum open</source>
        <translation>Форум не открыт</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Forum dates and venue</source>
        <translation>Даты и место проведения форума</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered paragraphs</source>
        <translation>Нумерованные пункты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations (accredited)</source>
        <translation>Регистрации (аккредитовано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database holds no forum yet</source>
        <translation>В этой базе данных пока нет форумов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the informal interactive hearings of 12 July 2006 to explore ForumDesk with a real programme and summary document.</source>
        <translation>Загрузите данные неофициальных интерактивных слушаний 12 июля 2006 года, чтобы ознакомиться с ForumDesk на примере реальной программы и резюме.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Load the 2006 demo forum</source>
        <translation>Загрузить демонстрационный форум 2006 года</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema revision</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Latest backup</source>
        <translation>Последняя резервная копия</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} ({count} kept)</source>
        <translation>{file} (хранится копий: {count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{start} to {end}</source>
        <translation>С {start} по {end}</translation>
    </message>
</context>
<context>
    <name>ParagraphDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/dialogs.py" line="-57"/>
        <source>Add Paragraph</source>
        <translation>Добавление пункта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The paragraph as it will read in the report.</source>
        <translation>Пункт в том виде, в каком он будет включен в доклад.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the new paragraph</source>
        <translation>Текст нового пункта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add or cancel</source>
        <translation>Добавить или отменить</translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message numerus="yes">
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_model.py" line="+122"/>
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>%n заметка ссылается на п. {number}</numerusform>
            <numerusform>%n заметки ссылаются на п. {number}</numerusform>
            <numerusform>%n заметок ссылаются на п. {number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n практика</numerusform>
            <numerusform>%n практики</numerusform>
            <numerusform>%n практик</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¶{number}: {practices}</source>
        <translation>п. {number}: {practices}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¶{number}: {notes}, {practices}</source>
        <translation>п. {number}: {notes}, {practices}</translation>
    </message>
</context>
<context>
    <name>ParagraphView</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_view.py" line="+29"/>
        <source>Numbered paragraphs</source>
        <extracomment>The paragraph numbers selected, in order, whenever the selection changes.</extracomment>
        <translation>Пронумерованные пункты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paragraphs of the document. Enter writes a note on the chosen one.</source>
        <translation>Пункты документа. Клавиша Enter открывает окно для заметки к выбранному пункту.</translation>
    </message>
</context>
<context>
    <name>ParticipationCharts</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/charts.py" line="+18"/>
        <source>Participation</source>
        <extracomment>pyqtgraph has been imported (emitted from the importing thread, queued here).</extracomment>
        <translation>Участие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present and accredited</source>
        <translation>Присутствующие и аккредитованные</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accredited</source>
        <translation>Аккредитованные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Присутствующие</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By category</source>
        <translation>По категориям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By regional group</source>
        <translation>По региональным группам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By gender</source>
        <translation>По полу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals by hour (venue time)</source>
        <translation>Прибытие по часам (местное время)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{present} present of {registered} accredited · {states} Member States · {civil} from civil society and the private sector · {scans} scans</source>
        <translation>Присутствуют: {present} из {registered} аккредитованных · государства-члены: {states} · гражданское общество и частный сектор: {civil} · считано пропусков: {scans}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None given</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="+133"/>
        <source>Candidate Partners: {title}</source>
        <translation>Возможные партнеры: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisations that submitted other practices on a theme of this one, in the same region or a country in common, by how many such practices.</source>
        <translation>Организации, представившие другие практики по одной из тем этой практики в том же регионе или в общей стране, по числу таких практик.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other organisation works on these themes in this region yet.</source>
        <translation>Ни одна другая организация пока не работает по этим темам в этом регионе.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>Практики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared themes</source>
        <translation>Общие темы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidate partners</source>
        <translation>Возможные партнеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each organisation&apos;s practices are listed in its tooltip</source>
        <translation>Практики каждой организации перечислены в ее всплывающей подсказке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/prompt.py" line="+30"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
</context>
<context>
    <name>PersonalDataButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/personal_data.py" line="-148"/>
        <source>E&amp;xport Personal Data…</source>
        <translation>Экспорт персональных &amp;данных…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything held about this person, as PDF or JSON</source>
        <translation>Экспортировать все данные об этом лице в формате PDF или JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON data (*.json)</source>
        <translation>Данные JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Personal Data</source>
        <translation>Экспорт персональных данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal data</source>
        <translation>персональные данные</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Personal data written to {file}.</source>
        <translation>Персональные данные записаны в {file}.</translation>
    </message>
</context>
<context>
    <name>PracticeChoiceDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="-77"/>
        <source>Link a Practice</source>
        <translation>Связать практику</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search practices by title</source>
        <translation>Поиск практики по названию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word of the practice&apos;s title</source>
        <translation>Введите слово из названия практики</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practices found</source>
        <translation>Найденные практики</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link the chosen practice</source>
        <translation>Связать выбранную практику</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title} [fictional]</source>
        <translation>{title} [вымышленная]</translation>
    </message>
</context>
<context>
    <name>PracticeCompareDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="-83"/>
        <source>Compare Practices</source>
        <translation>Сравнение практик</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two practices, field by field</source>
        <translation>Две практики, поле за полем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that differ are highlighted</source>
        <translation>Различающиеся строки выделены</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Differs</source>
        <translation>Отличается</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n поле различается.</numerusform>
            <numerusform>%n поля различаются.</numerusform>
            <numerusform>%n полей различаются.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PracticeDetailPane</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/detail_pane.py" line="+84"/>
        <source>Selected practice</source>
        <translation>Выбранная практика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of the practice chosen in the list</source>
        <translation>Все поля практики, выбранной в списке</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a practice in the list.</source>
        <translation>Выберите практику в списке.</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/practice_dialog.py" line="+75"/>
        <source>Practice: {title}</source>
        <extracomment>A new practice&apos;s id, once created. (id, before, after) once an edit is saved.</extracomment>
        <translation>Практика: {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Practice</source>
        <translation>Новая практика</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ountries:</source>
        <translation>&amp;Страны:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners:</source>
        <translation>Партнеры:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period from (year)</source>
        <translation>Период, с (год)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period until (year)</source>
        <translation>Период, по (год)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results:</source>
        <translation>Результаты:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact name:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One web address per line</source>
        <translation>Один веб-адрес в строке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links:</source>
        <translation>Ссылки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;ctional (sample data)</source>
        <translation>&amp;Вымышленная (пример данных)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fictional (sample data)</source>
        <translation>Вымышленная (пример данных)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Su&amp;bmitted by:</source>
        <translation>&amp;Кем представлена:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;hemes:</source>
        <translation>Т&amp;емы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at</source>
        <translation>Представлена на</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;gments:</source>
        <translation>Се&amp;гменты:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document whose paragraphs it answers</source>
        <translation>Документ, на пункты которого она отвечает</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph numbers, like 23–25, 32</source>
        <translation>Номера пунктов, например 23–25, 32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs answered:</source>
        <translation>Пункты, на которые отвечает:</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Not saved: this practice was changed meanwhile.</source>
        <translation>Не сохранено: эта практика была изменена за это время.</translation>
    </message>
</context>
<context>
    <name>PracticeFields</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/detail_pane.py" line="-35"/>
        <source>{name} (lead)</source>
        <translation>{name} (ведущая)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by</source>
        <translation>Представлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Партнеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at</source>
        <translation>Представлена на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Отвечает на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state</source>
        <translation>Состояние рассмотрения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Рецензент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed at</source>
        <translation>Рассмотрена</translation>
    </message>
</context>
<context>
    <name>PracticeImportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/import_dialog.py" line="+64"/>
        <source>Import Practices</source>
        <translation>Импорт практик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practices (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Практики (*.csv *.xlsx *.xlsm *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import Practices — {file}</source>
        <translation>Импорт практик — {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel: nothing is written</source>
        <translation>Отмена: ничего не сохраняется</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All rows or none: a file with a bad row writes nothing, and each fault is listed. Practices arrive as received, for review in {forum}.</source>
        <translation>Все строки или ни одной: если в файле есть ошибочная строка, ничего не сохраняется, а каждая ошибка указывается. Практики поступают в состоянии «получена» для рассмотрения на форуме {forum}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Import every row</source>
        <translation>Импортировать все строки</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows refused, with the column and why</source>
        <translation>Отклонённые строки, со столбцом и причиной</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Columns</source>
        <translation>&amp;Назад к столбцам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the column mapping</source>
        <translation>Изменить соответствие столбцов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type (policy, programme, partnership offer, research, data tool)</source>
        <translation>Тип (политика, программа, предложение о партнёрстве, исследование, инструмент данных)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries (names or codes)</source>
        <translation>Страны (названия или коды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes (codes or labels, separated by ;)</source>
        <translation>Темы (коды или названия через ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by (registered organisations, separated by ;)</source>
        <translation>Представлена (зарегистрированные организации через ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (year)</source>
        <translation>С (год)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (year)</source>
        <translation>По (год)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact name</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>Адрес эл. почты для связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary paragraphs (23–25, 32)</source>
        <translation>Пункты резюме (23–25, 32)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the column that holds the title.</source>
        <translation>Выберите столбец с названием.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the type of practice.</source>
        <translation>Выберите столбец с типом практики.</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>%Ln строка отклонена</numerusform>
            <numerusform>%Ln строки отклонены</numerusform>
            <numerusform>%Ln строк отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) valid</source>
        <translation>
            <numerusform>%Ln строка верна</numerusform>
            <numerusform>%Ln строки верны</numerusform>
            <numerusform>%Ln строк верны</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was written: correct the file, or the columns, and try again</source>
        <translation>ничего не сохранено: исправьте файл или столбцы и повторите попытку</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln more problem(s) not listed</source>
        <translation>
            <numerusform>ещё %Ln проблема не в списке</numerusform>
            <numerusform>ещё %Ln проблемы не в списке</numerusform>
            <numerusform>ещё %Ln проблем не в списке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln practice(s) can be imported</source>
        <translation>
            <numerusform>%Ln практику можно импортировать</numerusform>
            <numerusform>%Ln практики можно импортировать</numerusform>
            <numerusform>%Ln практик можно импортировать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln practice(s) imported, received for review</source>
        <translation>
            <numerusform>%Ln практика импортирована, получена для рассмотрения</numerusform>
            <numerusform>%Ln практики импортированы, получены для рассмотрения</numerusform>
            <numerusform>%Ln практик импортировано, получены для рассмотрения</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeLabels</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/labels.py" line="+12"/>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership offer</source>
        <translation>Предложение о партнерстве</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Research</source>
        <translation>Исследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data tool</source>
        <translation>Инструмент данных</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Americas</source>
        <translation>Америка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia</source>
        <translation>Азия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>Океания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>Глобальный</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fictional</source>
        <translation>Вымышленная</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/page.py" line="+69"/>
        <source>Good Practices</source>
        <extracomment>A short message for the status bar. Who signs review steps (the main window keeps it up to date).</extracomment>
        <translation>Передовой опыт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practices and recommendations</source>
        <translation>Практики и рекомендации</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Practices</source>
        <translation>Практики</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead submitter</source>
        <translation>Ведущая организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter edits the chosen practice; choose two to compare them.</source>
        <translation>Enter открывает выбранную практику для правки; выберите две, чтобы сравнить их.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practices shown</source>
        <translation>Показанные практики</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Start &amp;Review</source>
        <translation>&amp;Начать рассмотрение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the review</source>
        <translation>Начать рассмотрение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish the practice</source>
        <translation>Опубликовать практику</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;cline…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline the practice</source>
        <translation>Отклонить практику</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to Revie&amp;w…</source>
        <translation>&amp;Вернуть на рассмотрение…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return it to review</source>
        <translation>Вернуть ее на рассмотрение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Practice…</source>
        <translation>&amp;Новая практика…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New practice</source>
        <translation>Новая практика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the practice</source>
        <translation>Изменить практику</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the practice</source>
        <translation>Удалить практику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare…</source>
        <translation>&amp;Сравнить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare the two practices</source>
        <translation>Сравнить две практики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Partner&amp;s…</source>
        <translation>Найти &amp;партнеров…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find candidate partners</source>
        <translation>Найти возможных партнеров</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The&amp;mes…</source>
        <translation>Те&amp;мы…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Themes of the forum</source>
        <translation>Темы форума</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import and E&amp;xport</source>
        <translation>Импорт и &amp;экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import practices, export the compendium or the open data</source>
        <translation>Импорт практик, экспорт сборника или открытых данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Practices…</source>
        <translation>Импортировать практики…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Compendium…</source>
        <translation>Экспортировать сборник…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Open Data…</source>
        <translation>Экспортировать открытые данные…</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n практика</numerusform>
            <numerusform>%n практики</numerusform>
            <numerusform>%n практик</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>New Practice</source>
        <translation>Новая практика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice received.</source>
        <translation>Практика получена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Practice</source>
        <translation>Изменение практики</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Practice</source>
        <translation>Удаление практики</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice “{title}” deleted (Edit &gt; Undo brings it back).</source>
        <translation>Практика «{title}» удалена (Правка &gt; Отменить вернет ее).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decline Practice</source>
        <translation>Отклонение практики</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return to Review</source>
        <translation>Возврат на рассмотрение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? The reason is kept with the review of “{title}”.</source>
        <translation>Почему? Причина сохраняется вместе с рассмотрением «{title}».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Practice marked {state}.</source>
        <translation>Практика отмечена как «{state}».</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/preferences_dialog.py" line="+38"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This device&apos;s name</source>
        <translation>Название этого устройства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office, registration desk…</source>
        <translation>Офис, стойка регистрации…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merges and the history say which device made each change by this name.</source>
        <translation>По этому названию при объединении данных и в истории указывается, на каком устройстве было внесено каждое изменение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;device&apos;s name:</source>
        <translation>Название этого &amp;устройства:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name is kept on this computer; the device&apos;s name in the database.</source>
        <translation>Ваше имя хранится на этом компьютере, а название устройства — в базе данных.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the preferences</source>
        <translation>Сохранить параметры</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus, messages and dates. It applies from the next start.</source>
        <translation>Язык меню, сообщений и дат. Применяется при следующем запуске.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>PreferencesMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/preferences_menu.py" line="+24"/>
        <source>&amp;Preferences…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ForumDesk uses the new language from its next start.</source>
        <translation>ForumDesk будет использовать новый язык после следующего запуска.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/print_menu.py" line="+36"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print Pre&amp;view…</source>
        <translation>Предварительный просмо&amp;тр…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This page has nothing to print.</source>
        <translation>На этой странице нечего печатать.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to print here yet.</source>
        <translation>Здесь пока нечего печатать.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which document?</source>
        <translation>Какой документ?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing {document}…</source>
        <translation>Подготовка: {document}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+82"/>
        <location line="+21"/>
        <source>Printing cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Cannot print {document}: {reason}</source>
        <translation>Не удается напечатать документ ({document}): {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No printer is installed: you can still print to a PDF file.</source>
        <translation>Принтер не установлен: можно печатать в файл PDF.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing {document}…</source>
        <translation>Печать: {document}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Cannot start the printer {reason}.</source>
        <translation>Не удается запустить принтер {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>%n page(s) of {document} sent to {printer}.</source>
        <translation>
            <numerusform>{document}: %n страница отправлена на принтер {printer}.</numerusform>
            <numerusform>{document}: %n страницы отправлены на принтер {printer}.</numerusform>
            <numerusform>{document}: %n страниц отправлено на принтер {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print Preview — {document}</source>
        <translation>Предварительный просмотр — {document}</translation>
    </message>
</context>
<context>
    <name>ProgrammeFiles</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/files.py" line="+53"/>
        <source>Forum created.</source>
        <extracomment>A short message for the status bar. A forum was made from a template: its id.</extracomment>
        <translation>Форум создан.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Programme as Template</source>
        <translation>Сохранение программы как шаблона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme-template</source>
        <translation>шаблон-программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda template (*.json)</source>
        <translation>Шаблон повестки дня (*.json)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Template saved to {file}.</source>
        <translation>Шаблон сохранен в файле {file}.</translation>
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
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Programme</source>
        <translation>Экспорт программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>программа</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>%n этап записан в {file}</numerusform>
            <numerusform>%n этапа записаны в {file}</numerusform>
            <numerusform>%n этапов записано в {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/page.py" line="+61"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No forum is open.</source>
        <translation>Нет открытого форума.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create a forum from an agenda template</source>
        <translation>Создать форум на основе шаблона повестки дня</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as &amp;Template…</source>
        <translation>Сохранить как &amp;шаблон…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this programme as an agenda template</source>
        <translation>Сохранить эту программу как шаблон повестки дня</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the programme</source>
        <translation>Экспортировать программу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iCalendar (.ics)…</source>
        <translation>iCalendar (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable Programme (PDF)…</source>
        <translation>Программа для печати (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word Document (.docx)…</source>
        <translation>Документ Word (.docx)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline and list of the programme</source>
        <translation>Программа: временная шкала и список</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme by day, session and segment</source>
        <translation>Программа по дням, заседаниям и этапам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The selected segment and its speakers</source>
        <translation>Выбранный этап и его ораторы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected segment</source>
        <translation>Выбранный этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gment</source>
        <translation>Эт&amp;ап</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>New F&amp;orum from Template…</source>
        <translation>&amp;Новый форум на основе шаблона…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ti&amp;meline</source>
        <translation>&amp;Временная шкала</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The programme by day, session and segment. Enter opens the chosen segment in its editor.</source>
        <translation>Программа по дням, заседаниям и этапам. Клавиша Enter открывает выбранный этап в редакторе.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&amp;ist</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time, room, theme and roles of the chosen segment.</source>
        <translation>Время, зал, тема и роли выбранного этапа.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spea&amp;kers List</source>
        <translation>Список &amp;ораторов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments that overlap in a room or for a person. Enter shows the chosen clash on the timeline.</source>
        <translation>Этапы, накладывающиеся друг на друга в одном зале или у одного лица. Клавиша Enter показывает выбранную накладку на временной шкале.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clashes in the programme</source>
        <translation>Накладки в программе</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+97"/>
        <source>No Clashes</source>
        <translation>Накладок нет</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Edit {segment}</source>
        <translation>Изменение этапа «{segment}»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The speakers list of {segment}</source>
        <translation>Список ораторов этапа «{segment}»</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Clashes (%n)</source>
        <translation>
            <numerusform>Накладки (%n)</numerusform>
            <numerusform>Накладки (%n)</numerusform>
            <numerusform>Накладки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Move {segment} to {time}</source>
        <translation>Перенос этапа «{segment}» на {time}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not moved: {who} moved this segment meanwhile. The programme now shows it where they put it.</source>
        <translation>Не перенесено: за это время этап был перенесен (кем: {who}). Теперь в программе он показан на новом месте.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This forum has no programme yet.</source>
        <translation>У этого форума пока нет программы.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a segment to see its theme and roles.</source>
        <translation>Выберите этап, чтобы увидеть его тему и роли.</translation>
    </message>
</context>
<context>
    <name>RecommendationDetail</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_detail.py" line="+66"/>
        <source>Text of the recommendation</source>
        <translation>Текст рекомендации</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stakeholders who took it up</source>
        <translation>Заинтересованные стороны, взявшие её на себя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>Заинтересованная сторона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Stakeholder…</source>
        <translation>&amp;Добавить заинтересованную сторону…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stakeholder</source>
        <translation>Добавить заинтересованную сторону</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;Commitment…</source>
        <translation>Изменить &amp;обязательство…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the stakeholder&apos;s commitment</source>
        <translation>Изменить обязательство заинтересованной стороны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Sta&amp;keholder</source>
        <translation>&amp;Убрать заинтересованную сторону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stakeholder</source>
        <translation>Убрать заинтересованную сторону</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uptake</source>
        <translation>Принятие к исполнению</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Practices answering it</source>
        <translation>Практика, отвечающая на рекомендацию</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link Practice…</source>
        <translation>&amp;Связать практику…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link a practice</source>
        <translation>Связать практику</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlink Practice</source>
        <translation>Отв&amp;язать практику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink the practice</source>
        <translation>Отвязать практику</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status at each later forum</source>
        <translation>Статус на каждом последующем форуме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessed by</source>
        <translation>Кем оценено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;Status…</source>
        <translation>Задать с&amp;татус…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the status at a later forum</source>
        <translation>Задать статус на последующем форуме</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Последующая деятельность</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>¶ {number}</source>
        <translation>п. {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title} [fictional]</source>
        <translation>{title} [вымышленная]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No later forum yet</source>
        <translation>Последующего форума пока нет</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_editor.py" line="+46"/>
        <source>Edit Recommendation {code}</source>
        <translation>Изменить рекомендацию {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code of the recommendation</source>
        <translation>Код рекомендации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text of the recommendation</source>
        <translation>Текст рекомендации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme of the recommendation</source>
        <translation>Тема рекомендации</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>(no theme)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>T&amp;heme:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the recommendation</source>
        <translation>Сохранить рекомендацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{code} saved</source>
        <translation>{code}: сохранено</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: this recommendation was changed meanwhile.</source>
        <translation>Не сохранено: эту рекомендацию тем временем изменили.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="-138"/>
        <source>not assessed</source>
        <extracomment>Asks the database for what matches a text, then calls back with it.</extracomment>
        <translation>не оценено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under way</source>
        <translation>в процессе выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendations_panel.py" line="+99"/>
        <source>Recommendations status</source>
        <extracomment>What the panel&apos;s edits change.</extracomment>
        <translation>Состояние рекомендаций</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendations error</source>
        <translation>Ошибка рекомендаций</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¶</source>
        <translation>п.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptake</source>
        <translation>Принятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>Практика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forum&apos;s recommendations: code, paragraph, text, how many stakeholders took each up, how many practices answer it, and its latest status.</source>
        <translation>Рекомендации форума: код, пункт, текст, число заинтересованных сторон, взявших каждую на себя, число отвечающих на неё практик и последний статус.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Delete Recommendation</source>
        <translation>Уд&amp;алить рекомендацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recommendation</source>
        <translation>Удалить рекомендацию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Recommendatio&amp;n…</source>
        <translation>&amp;Изменить рекомендацию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the recommendation</source>
        <translation>Изменить рекомендацию</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport Follow-up Report…</source>
        <translation>Э&amp;кспорт доклада о последующей деятельности…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+273"/>
        <source>Export the follow-up report</source>
        <translation>Экспортировать доклад о последующей деятельности</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>No recommendation yet: make one from a paragraph on the Document &amp; notes page.</source>
        <translation>Рекомендаций пока нет: сформулируйте рекомендацию на основе пункта на странице «Документ и заметки».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status} ({forum})</source>
        <translation>{status} ({forum})</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stakeholder added to {code}</source>
        <translation>Заинтересованная сторона добавлена к {code}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Commitment saved</source>
        <translation>Обязательство сохранено</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stakeholder removed</source>
        <translation>Заинтересованная сторона убрана</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Practice linked to {code}</source>
        <translation>Практика связана с {code}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Practice unlinked</source>
        <translation>Связь с практикой удалена</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{code}: {status}</source>
        <translation>{code}: {status}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete Recommendation</source>
        <translation>Удалить рекомендацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {code}, with its stakeholders, practices and statuses?</source>
        <translation>Удалить {code} вместе с заинтересованными сторонами, практиками и статусами?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{code} deleted</source>
        <translation>{code}: удалена</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>follow-up</source>
        <translation>последующая-деятельность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.md)</source>
        <translation>Документы (*.pdf *.docx *.odt *.html *.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file ending in one of: {formats}</source>
        <translation>Выберите файл с одним из расширений: {formats}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow-up report exported to {path}</source>
        <translation>Доклад о последующей деятельности экспортирован в {path}</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/page.py" line="+62"/>
        <source>Registry</source>
        <extracomment>A short message for the status bar.</extracomment>
        <translation>Реестр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations and representatives</source>
        <translation>Организации и представители</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Representatives</source>
        <translation>Представители</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+53"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Likely Duplicates</source>
        <translation>Вероятные дубликаты</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Filter organisations by name, acronym or e-mail…</source>
        <translation>Фильтр организаций по названию, аббревиатуре или адресу электронной почты…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter organisations</source>
        <translation>Фильтр организаций</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The organisations. Enter opens the chosen one.</source>
        <translation>Организации. Клавиша Enter открывает выбранную организацию.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registry counts</source>
        <translation>Показатели реестра</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accredit Selected</source>
        <translation>&amp;Аккредитовать выбранных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accredit the selected representatives</source>
        <translation>Аккредитовать выбранных представителей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Регистрация на месте…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a walk-in</source>
        <translation>Зарегистрировать участника на месте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a walk-in (Ctrl+Shift+W)</source>
        <translation>Зарегистрировать участника на месте (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импортировать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import representatives from a CSV or Excel list</source>
        <translation>Импортировать представителей из списка CSV или Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the representatives listed</source>
        <translation>Экспортировать представителей из списка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Badges…</source>
        <translation>&amp;Пропуска…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print badges for the selection, or for everyone accredited</source>
        <translation>Напечатать пропуска для выбранных или для всех аккредитованных</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%Ln representative(s)</source>
        <translation>
            <numerusform>%Ln представитель</numerusform>
            <numerusform>%Ln представителя</numerusform>
            <numerusform>%Ln представителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln организация</numerusform>
            <numerusform>%Ln организации</numerusform>
            <numerusform>%Ln организаций</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+37"/>
        <source>Edit {name}</source>
        <translation>Изменение: {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This record</source>
        <translation>Эта запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely duplicate</source>
        <translation>Вероятный дубликат</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>representatives</source>
        <translation>представители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Representatives</source>
        <translation>Экспорт представителей</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln representative(s) exported to {file}</source>
        <translation>
            <numerusform>%Ln представитель экспортирован в {file}</numerusform>
            <numerusform>%Ln представителя экспортированы в {file}</numerusform>
            <numerusform>%Ln представителей экспортировано в {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Representatives</source>
        <translation>Импорт представителей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Списки (*.csv *.xlsx *.xlsm *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln representative(s) imported from {file}</source>
        <translation>
            <numerusform>%Ln представитель импортирован из {file}</numerusform>
            <numerusform>%Ln представителя импортированы из {file}</numerusform>
            <numerusform>%Ln представителей импортировано из {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import {file}</source>
        <translation>Импорт файла {file}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Keep {pair} apart</source>
        <translation>Оставить раздельными: {pair}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Walk-in {name}</source>
        <translation>Регистрация на месте: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n representative(s) accredited</source>
        <translation>
            <numerusform>%n представитель аккредитован</numerusform>
            <numerusform>%n представителя аккредитованы</numerusform>
            <numerusform>%n представителей аккредитовано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Accredit %n representative(s)</source>
        <translation>
            <numerusform>Аккредитация %n представителя</numerusform>
            <numerusform>Аккредитация %n представителей</numerusform>
            <numerusform>Аккредитация %n представителей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/badges.py" line="+27"/>
        <source>A4 sheets of 8 badges</source>
        <translation>Листы A4 по 8 пропусков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One badge per card (95 × 70 mm)</source>
        <translation>Один пропуск на карточку (95 × 70 мм)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Badges of the %n selected person(s)</source>
        <translation>
            <numerusform>Пропуска для %n выбранного лица</numerusform>
            <numerusform>Пропуска для %n выбранных лиц</numerusform>
            <numerusform>Пропуска для %n выбранных лиц</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges of everyone accredited</source>
        <translation>Пропуска для всех аккредитованных</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>badges</source>
        <translation>пропуска</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print Badges</source>
        <translation>Печать пропусков</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln badge(s) written to {file}</source>
        <translation>
            <numerusform>%Ln пропуск записан в {file}</numerusform>
            <numerusform>%Ln пропуска записаны в {file}</numerusform>
            <numerusform>%Ln пропусков записано в {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/calendar_export.py" line="+32"/>
        <source>Export Their Programme</source>
        <translation>Экспорт личной программы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme</source>
        <translation>программа</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>%n этап записан в {file}</numerusform>
            <numerusform>%n этапа записаны в {file}</numerusform>
            <numerusform>%n этапов записано в {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RememberBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/passphrases.py" line="-70"/>
        <source>Remember the passphrase in this computer&apos;s &amp;keyring</source>
        <translation>Запомнить парольную фразу в связке &amp;ключей этого компьютера</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operating system&apos;s keyring keeps the passphrase and gives it back when this database is opened on this computer.</source>
        <translation>Связка ключей операционной системы хранит парольную фразу и подставляет ее при открытии этой базы данных на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/panel.py" line="+102"/>
        <source>The sections of the report. Choose one to see its paragraphs.</source>
        <extracomment>What an edit of the report changes: the document&apos;s paragraphs, and notes citing them.</extracomment>
        <translation>Разделы доклада. Выберите раздел, чтобы увидеть его пункты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections of the report</source>
        <translation>Разделы доклада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paragraphs of the chosen section of the report.</source>
        <translation>Пункты выбранного раздела доклада.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraphs of the section</source>
        <translation>Пункты раздела</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report status</source>
        <translation>Состояние доклада</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report error</source>
        <translation>Ошибка доклада</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add Paragraph…</source>
        <translation>&amp;Добавить пункт…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a paragraph</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the paragraph up</source>
        <translation>Переместить пункт вверх</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the paragraph down</source>
        <translation>Переместить пункт вниз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Paragraph</source>
        <translation>&amp;Удалить пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the paragraph</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From a &amp;Note…</source>
        <translation>Из &amp;заметки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a paragraph from a note</source>
        <translation>Добавить пункт на основе заметки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport Report…</source>
        <translation>&amp;Экспортировать доклад…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report</source>
        <translation>Экспортировать доклад</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{title}: {count} paragraphs</source>
        <translation>{title} (пунктов: {count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+186"/>
        <source>The forum has no summary report to add to yet.</source>
        <translation>У форума пока нет сводного доклада, в который можно было бы добавить текст.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Move paragraph {old} to {new}</source>
        <translation>Перемещение пункта {old} на место {new}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add paragraph</source>
        <translation>Добавление пункта</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add paragraph from a note</source>
        <translation>Добавление пункта на основе заметки</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove paragraph {n}</source>
        <translation>Удаление пункта {n}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The forum has no notes to add.</source>
        <translation>У форума нет заметок для добавления.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the summary report</source>
        <translation>Экспорт сводного доклада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translation>доклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.md)</source>
        <translation>Документы (*.pdf *.docx *.odt *.html *.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file ending in one of: {formats}</source>
        <translation>Выберите файл с одним из следующих расширений: {formats}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Report exported to {path}</source>
        <translation>Доклад экспортирован в {path}</translation>
    </message>
</context>
<context>
    <name>RepresentativeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/representative_dialog.py" line="+99"/>
        <source>Representative: {name}</source>
        <extracomment>The person&apos;s own programme is wanted as iCalendar: their id.</extracomment>
        <translation>Представитель: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Title:</source>
        <translation>&amp;Обращение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;Latin):</source>
        <translation>Имя (&amp;латиницей):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;unction:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Family name (Lat&amp;in):</source>
        <translation>Фамилия (латини&amp;цей):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;anguages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Электронная почта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gen&amp;der:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the name in Latin letters as the person spells it: it is printed under the name on the badge. It cannot be made from this script without guessing the vowels.</source>
        <translation>Введите имя латинскими буквами так, как его пишет сам человек: оно печатается под именем на пропуске. Из этой письменности его нельзя получить, не угадывая гласные.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not registered to any forum.</source>
        <translation>Регистраций для участия в форумах нет.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Likely duplicates: {list}</source>
        <translation>Вероятные дубликаты: {list}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare and &amp;Merge…</source>
        <translation>Сравнить и объ&amp;единить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare and merge with the likely duplicate</source>
        <translation>Сравнить и объединить с вероятным дубликатом</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their Prog&amp;ramme (.ics)…</source>
        <translation>Личная п&amp;рограмма (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the segments where this person has a role or speaks, as iCalendar</source>
        <translation>Экспортировать в формате iCalendar этапы, в которых это лицо выполняет какую-либо роль или выступает</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Not saved: this person was changed meanwhile.</source>
        <translation>Не сохранено: за это время данные этого лица были изменены.</translation>
    </message>
</context>
<context>
    <name>RepresentativesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/representatives_panel.py" line="+60"/>
        <source>Type the start of a family name, an organisation or an e-mail…</source>
        <translation>Введите начало фамилии, названия организации или адреса электронной почты…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter representatives</source>
        <translation>Фильтр представителей</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Regional group</source>
        <translation>Региональная группа</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+94"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+28"/>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Badge</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Representatives</source>
        <translation>Представители</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registered people. Enter opens the chosen one.</source>
        <translation>Зарегистрированные лица. Клавиша Enter открывает запись о выбранном лице.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+56"/>
        <source>Any {facet}</source>
        <translation>Без фильтра ({facet})</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/restore_dialog.py" line="+52"/>
        <location line="+140"/>
        <source>Restore from Backup</source>
        <extracomment>The restore finished (a RestoreResult): the window reopens the database.</extracomment>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>The copies of {file} kept in the backup folder, newest first. Restoring one replaces everything in the database with that copy; a backup of its current state is taken first.</source>
        <extracomment>Asks the user to confirm the restore described; tests replace it.</extracomment>
        <translation>Копии файла {file}, хранящиеся в папке резервных копий, начиная с самой новой. При восстановлении одной из них все содержимое базы данных заменяется этой копией; предварительно создается резервная копия ее текущего состояния.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backups of this database, the newest first. Choose one to restore it.</source>
        <translation>Резервные копии этой базы данных, начиная с самой новой. Выберите копию, чтобы восстановить ее.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups of this database yet.</source>
        <translation>Резервных копий этой базы данных пока нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the chosen backup</source>
        <translation>Восстановить выбранную резервную копию</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{reason} (encrypted)</source>
        <translation>{reason} (зашифрована)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged database, kept before a restore</source>
        <translation>Поврежденная база данных, сохраненная перед восстановлением</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a schema upgrade</source>
        <translation>Перед обновлением схемы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On opening (older ForumDesk)</source>
        <translation>При открытии (более старая версия ForumDesk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on request</source>
        <translation>Создана по запросу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Before a merge</source>
        <translation>Перед объединением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before undoing an import</source>
        <translation>Перед отменой импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before encryption</source>
        <translation>Перед шифрованием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before decryption</source>
        <translation>Перед расшифровкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a change of passphrase</source>
        <translation>Перед сменой парольной фразы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before: {operation}</source>
        <translation>Перед операцией: {operation}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Replace everything in {file} with the backup taken {time} ({reason})?

Changes made since then are replaced. A backup of the current state is taken first, so you can come back to it from this list.</source>
        <translation>Заменить все содержимое {file} резервной копией, созданной {time} ({reason})?

Изменения, внесенные после этого, будут заменены. Предварительно будет создана резервная копия текущего состояния, чтобы к нему можно было вернуться из этого списка.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That passphrase does not open the backup. Try again ({n} of {most}):</source>
        <translation>Эта парольная фраза не открывает резервную копию. Попробуйте еще раз ({n} из {most}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was encrypted with another passphrase than the database&apos;s today. Type the passphrase it was taken with ({n} of {most}):</source>
        <translation>Эта резервная копия зашифрована другой парольной фразой, чем нынешняя фраза базы данных. Введите парольную фразу, с которой она была создана ({n} из {most}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted Backup</source>
        <translation>Зашифрованная резервная копия</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored. What the damaged database held before is kept in {file}, and its write-ahead log (changes not yet in the file) in {log}.</source>
        <translation>Восстановление выполнено. Прежнее содержимое поврежденной базы данных сохранено в файле {file}, а ее журнал упреждающей записи (изменения, еще не внесенные в файл) — в файле {log}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored. What the database held before is kept in {file}.</source>
        <translation>Восстановление выполнено. Прежнее содержимое базы данных сохранено в файле {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored.</source>
        <translation>Восстановление выполнено.</translation>
    </message>
</context>
<context>
    <name>ReviewReasonDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="-65"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/revision_dialog.py" line="+42"/>
        <source>Revised draft: confirm how notes move</source>
        <translation>Пересмотренный проект: подтвердите перенос заметок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{unchanged} paragraphs unchanged, {renumbered} renumbered, {gone} gone ({orphans} with notes), {added} new. Untick a row to leave its notes where they are.</source>
        <translation>Пунктов без изменений: {unchanged}; перенумеровано: {renumbered}; исключено: {gone} (с заметками: {orphans}); новых: {added}. Снимите флажок в строке, чтобы оставить ее заметки на месте.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import the Draft and Move Ticked Notes</source>
        <translation>Импортировать проект и перенести отмеченные заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposed paragraph mapping</source>
        <translation>Предлагаемое соответствие пунктов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old ¶</source>
        <translation>Прежний п.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ¶</source>
        <translation>Новый п.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old text</source>
        <translation>Прежний текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New text</source>
        <translation>Новый текст</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>gone</source>
        <translation>исключен</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_roles.py" line="+64"/>
        <source>The roles of the segment (chair, speakers and others), each with a person or a label.</source>
        <translation>Роли на этапе (Председатель, ораторы и другие), для каждой из которых указывается лицо или подпись.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add Role</source>
        <translation>&amp;Добавить роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a role</source>
        <translation>Добавить роль</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move Role</source>
        <translation>&amp;Удалить роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected role</source>
        <translation>Удалить выбранную роль</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Role {n}: kind</source>
        <translation>Роль {n}: тип</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role {n}: person</source>
        <translation>Роль {n}: лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name to find the person</source>
        <translation>Введите имя для поиска лица</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role {n}: label</source>
        <translation>Роль {n}: подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. an address, or a slot to fill</source>
        <translation>например, обращение или незаполненная позиция</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Role {n}: choose the person from the registry list.</source>
        <translation>Роль {n}: выберите лицо из списка реестра.</translation>
    </message>
</context>
<context>
    <name>RolesMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/access/menu.py" line="+25"/>
        <source>U&amp;sers and Roles…</source>
        <translation>По&amp;льзователи и роли…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Grant and revoke roles, and create database accounts.</source>
        <translation>Назначать и снимать роли, создавать учётные записи базы данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator assigns roles; you are signed in as {account}.</source>
        <translation>Роли назначает только администратор; вы вошли как {account}.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/search_dialog.py" line="+117"/>
        <source>Search paragraphs, notes, practices and the registry</source>
        <extracomment>Wait this long after the last key before querying, so typing stays smooth. Kinds of hits that are registry records, found by name. (language version id or None, paragraph number) of a paragraph hit the user opened. The id of a note hit the user opened. The id of a person the user opened. The id of an organisation the user opened. The id of a practice the user opened. The id of a recommendation the user opened.</extracomment>
        <translation>Поиск по пунктам, заметкам, практикам и реестру</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search text</source>
        <translation>Искомый текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words, &quot;a phrase&quot;, or a prefix* — accents and case do not matter</source>
        <translation>Слова, &quot;фраза&quot; или префикс* — диакритические знаки и регистр не учитываются</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What matches the search. Enter opens the chosen result.</source>
        <translation>Результаты поиска. Клавиша Enter открывает выбранный результат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¶{number}</source>
        <translation>п. {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation from ¶{number}</source>
        <translation>Рекомендация из п. {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on ¶{number}</source>
        <translation>Заметка к п. {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_dialog.py" line="+111"/>
        <source>Edit Segment</source>
        <extracomment>(before, after, times): the values read and the values stored (`SegmentInput`s), and the times read and stored (`TimesChange`).</extracomment>
        <translation>Изменение этапа</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+116"/>
        <location line="+175"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="-289"/>
        <location line="+290"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+285"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Linked sections</source>
        <translation>Связанные разделы</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+279"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+290"/>
        <source>(no room)</source>
        <translation>(без зала)</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Room name</source>
        <translation>Название зала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a room or type a new one</source>
        <translation>Выберите зал или введите название нового</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Th&amp;eme:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked sectio&amp;ns:</source>
        <translation>Связанные &amp;разделы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oom:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;les:</source>
        <translation>Р&amp;оли:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background &amp;documents:</source>
        <translation>&amp;Справочные документы:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the segment</source>
        <translation>Сохранить этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Сохранить (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+184"/>
        <source>Background documents</source>
        <translation>Справочные документы</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>A title and a file or web address for each background document.</source>
        <translation>Название и файл или веб-адрес для каждого справочного документа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File or URL</source>
        <translation>Файл или URL-адрес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Doc&amp;ument</source>
        <translation>&amp;Добавить документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a background document</source>
        <translation>Добавить справочный документ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the selected document&apos;s file</source>
        <translation>Выбрать файл для выделенного документа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve Document</source>
        <translation>&amp;Удалить документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected document</source>
        <translation>Удалить выбранный документ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Background Document</source>
        <translation>Справочный документ</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not saved: {who} changed these times meanwhile. Close the editor and open it again to see them.</source>
        <translation>Не сохранено: за это время эти значения времени были изменены (кем: {who}). Закройте редактор и откройте его снова, чтобы увидеть их.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: this segment was changed meanwhile.</source>
        <translation>Не сохранено: за это время этап был изменен.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A room added meanwhile</source>
        <translation>Зал, добавленный за это время</translation>
    </message>
</context>
<context>
    <name>SelfApprovalBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/approval.py" line="+35"/>
        <source>Allow one-person approval</source>
        <translation>Разрешить утверждение одним лицом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow one-person approval in this forum</source>
        <translation>Разрешить утверждение одним лицом на этом форуме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For small meetings: whoever composed or last edited the minutes may approve them too. The approval line then says it was a one-person approval.</source>
        <translation>Для небольших заседаний: лицо, составившее протокол или последним внесшее в него правку, может также его утвердить. В этом случае в строке об утверждении указывается, что утверждение произведено одним лицом.</translation>
    </message>
</context>
<context>
    <name>SentenceBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/sentence_box.py" line="+20"/>
        <source>For the Summary Report</source>
        <extracomment>&quot;Add to Summary Report…&quot; was pressed, with the sentence.</extracomment>
        <translation>Для сводного доклада</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participation sentence</source>
        <translation>Фраза об участии</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy Sentence</source>
        <translation>&amp;Копировать фразу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the participation sentence</source>
        <translation>Копировать фразу об участии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add to Summary Report…</source>
        <translation>&amp;Добавить в сводный доклад…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the participation sentence to the summary report</source>
        <translation>Добавить фразу об участии в сводный доклад</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/shortcuts.py" line="+112"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts by menu and page</source>
        <translation>Сочетания клавиш по меню и страницам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
</context>
<context>
    <name>SpeakerList</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="+30"/>
        <source>{n}. {who} · spoke {used} of {allotted}</source>
        <translation>{n}. {who} · выступление: {used} из {allotted}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n}. {who} · withdrawn</source>
        <translation>{n}. {who} · выступление снято</translation>
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
        <translation>Список ораторов</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find a person to add as speaker</source>
        <translation>Найти лицо для включения в список ораторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Speaker: type a name…</source>
        <translation>Добавить оратора: введите имя…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Speaker</source>
        <translation>&amp;Добавить оратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the chosen person to the speakers list</source>
        <translation>Включить выбранное лицо в список ораторов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered people whose names match what is typed. Enter adds the chosen one.</source>
        <translation>Зарегистрированные лица, имена которых соответствуют введенному тексту. Клавиша Enter включает выбранное лицо в список ораторов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People found in the registry</source>
        <translation>Лица, найденные в реестре</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The speakers in the order they speak. Move Up and Move Down change the order.</source>
        <translation>Ораторы в порядке выступления. Кнопки «Вверх» и «Вниз» изменяют порядок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers in order; drag to reorder</source>
        <translation>Ораторы по порядку; перетащите, чтобы изменить порядок</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Исключить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The speaking time allotted to the chosen speaker.</source>
        <translation>Время выступления, отведенное выбранному оратору.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking time allotted, in seconds</source>
        <translation>Отведенное время выступления, в секундах</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as Defau&amp;lt</source>
        <translation>Использовать по &amp;умолчанию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this speaking time for new speakers of the segment</source>
        <translation>Применять это время выступления к новым ораторам этапа</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Add Speaker {name}</source>
        <translation>Добавление оратора: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reorder Speakers</source>
        <translation>Изменение порядка ораторов</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw Speaker</source>
        <translation>Исключение оратора</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set Speaking Time</source>
        <translation>Изменение времени выступления</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set Default Speaking Time</source>
        <translation>Изменение времени выступления по умолчанию</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="+17"/>
        <source>Stakeholder&apos;s Commitment</source>
        <translation>Обязательство заинтересованной стороны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Stakeholder</source>
        <translation>Добавить заинтересованную сторону</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search the registry</source>
        <translation>Начните вводить текст для поиска в реестре</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Обязательство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed &amp;on:</source>
        <translation>Принято &amp;когда:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commitment has a date</source>
        <translation>У обязательства есть дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the commitment</source>
        <translation>Дата обязательства</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the commitment</source>
        <translation>Сохранить обязательство</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose an organisation from the registry.</source>
        <translation>Выберите организацию из реестра.</translation>
    </message>
</context>
<context>
    <name>SubmittersChooser</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+30"/>
        <source>Find an organisation</source>
        <translation>Найти организацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a registered organisation&apos;s name</source>
        <translation>Введите часть названия зарегистрированной организации</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the organisation</source>
        <translation>Добавить организацию</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitting organisations, the lead first</source>
        <translation>Представившие организации, ведущая первой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make Lead moves the chosen one first</source>
        <translation>«Сделать ведущей» ставит выбранную первой</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make &amp;Lead</source>
        <translation>Сделать &amp;ведущей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the chosen organisation the lead</source>
        <translation>Сделать выбранную организацию ведущей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen organisation</source>
        <translation>Убрать выбранную организацию</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/sync_dialog.py" line="+60"/>
        <source>Merge from {file}</source>
        <extracomment>Prompts for the other database&apos;s passphrase before the merge gives up. The result of a merge that was written (not of the preview). The user wants to settle the conflicts this merge left.</extracomment>
        <translation>Объединение данных из {file}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel: nothing is merged</source>
        <extracomment>The passphrase of an encrypted other database, as the command line takes it.</extracomment>
        <translation>Отмена: ничего не объединяется</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A backup of this database is taken before merging. Where a field was changed on both sides, our value stays until the conflict is settled (File &gt; Merge Conflicts…). Likely duplicates are only reported, never merged.</source>
        <translation>Перед объединением создается резервная копия этой базы данных. Если поле было изменено с обеих сторон, до урегулирования конфликта сохраняется наше значение (Файл &gt; Конфликты при объединении…). О вероятных дубликатах только сообщается; они никогда не объединяются.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records the merge brings</source>
        <translation>Записи, поступающие при объединении</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>Наше значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here by</source>
        <translation>Кем изменено здесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their value</source>
        <translation>Их значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed there by</source>
        <translation>Кем изменено там</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts the merge would leave</source>
        <translation>Конфликты, которые останутся после объединения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coming in</source>
        <translation>Поступающая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here</source>
        <translation>Имеющаяся запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>Основания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates coming in</source>
        <translation>Поступающие вероятные дубликаты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge the other database into this one</source>
        <translation>Перенести данные другой базы данных в эту</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review Conflicts…</source>
        <translation>&amp;Просмотреть конфликты…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the conflicts this merge left</source>
        <translation>Просмотреть конфликты, оставшиеся после этого объединения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close without merging</source>
        <translation>Закрыть без объединения</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No database is open.</source>
        <translation>Нет открытой базы данных.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {file}…</source>
        <translation>Чтение файла {file}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merging {file}…</source>
        <translation>Объединение данных из {file}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Merging would bring: {counts}.</source>
        <translation>При объединении поступит: {counts}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to merge: this database already holds everything in {file}.</source>
        <translation>Объединять нечего: в этой базе данных уже есть все, что содержится в {file}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged: {counts}.</source>
        <translation>Объединено: {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup at {path}.</source>
        <translation>Резервная копия: {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges renumbered: {badges}.</source>
        <translation>Пропуска перенумерованы: {badges}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts keep our value until they are settled.</source>
        <translation>До урегулирования конфликтов сохраняется наше значение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts to settle.</source>
        <translation>Нет конфликтов для урегулирования.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled: nothing was merged.</source>
        <translation>Отменено: ничего не объединено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was merged.</source>
        <translation>Ничего не объединено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypted Database</source>
        <translation>Зашифрованная база данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase does not open {file}. Try again ({n} of {most}):</source>
        <translation>Эта парольная фраза не открывает {file}. Попробуйте еще раз ({n} из {most}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is encrypted. Type its passphrase ({n} of {most}):</source>
        <translation>{file} зашифрована. Введите ее парольную фразу ({n} из {most}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot merge {file}: {reason}</source>
        <translation>Не удается объединить данные из {file}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records coming in: {count}</source>
        <translation>Поступающие записи: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the first {listed} listed)</source>
        <translation>(показаны первые {listed})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts (a field changed on both sides): {count}</source>
        <translation>Конфликты (поле изменено с обеих сторон): {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates (reported, not merged): {count}</source>
        <translation>Вероятные дубликаты (только сообщение, без объединения): {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: {fields}</source>
        <translation>Изменена: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{inserted} new, {updated} changed, {deleted} deleted</source>
        <translation>новых: {inserted}, измененных: {updated}, удаленных: {deleted}</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/menu.py" line="+36"/>
        <source>&amp;Merge from Another Database…</source>
        <extracomment>Asks which database to merge from (&quot;&quot; when the user cancels); tests replace it.</extracomment>
        <translation>Объ&amp;единить данные из другой базы данных…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge &amp;Conflicts…</source>
        <translation>&amp;Конфликты при объединении…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepare a &amp;Laptop…</source>
        <translation>Подготовить ноут&amp;бук…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Merge from Another Database</source>
        <translation>Объединение данных из другой базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы данных ForumDesk (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Merge finished</source>
        <translation>Объединение завершено</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/themes_dialog.py" line="+44"/>
        <source>Themes of the Forum</source>
        <translation>Темы форума</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Themes:</source>
        <translation>&amp;Темы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Themes, each sub-theme under its theme</source>
        <translation>Темы, каждая подтема под своей темой</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New label of the theme</source>
        <translation>Новое название темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New label of the chosen theme</source>
        <translation>Новое название выбранной темы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the chosen theme</source>
        <translation>Переименовать выбранную тему</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen theme</source>
        <translation>Удалить выбранную тему</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code of the new theme</source>
        <translation>Код новой темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower-case letters, digits, underscores</source>
        <translation>строчные латинские буквы, цифры, подчеркивания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label of the new theme</source>
        <translation>Название новой темы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme the new one belongs to</source>
        <translation>Тема, к которой относится новая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Under:</source>
        <translation>&amp;В теме:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Theme</source>
        <translation>&amp;Добавить тему</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the theme</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>— a theme of its own —</source>
        <translation>— самостоятельная тема —</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/timeline.py" line="+214"/>
        <source>Programme timeline: rooms across, time down</source>
        <extracomment>(segment id, place before, place after): a block was dragged or resized. A block was double-clicked, or Enter pressed on it: its segment id. The selected block changed: its segment id, or None.</extracomment>
        <translation>Временная шкала программы: залы по горизонтали, время по вертикали</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab: next segment. Up and Down: move it by a minute (with Shift: five). Alt with Up and Down: change its end. Left and Right: the next room or day. Enter: edit the segment. Escape: put it back.</source>
        <translation>Tab: следующий этап. Стрелки вверх и вниз: сдвинуть этап на минуту (с клавишей Shift — на пять минут). Alt со стрелками вверх и вниз: изменить время окончания. Стрелки влево и вправо: следующий зал или день. Enter: изменить этап. Esc: вернуть этап на место.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No room</source>
        <translation>Без зала</translation>
    </message>
</context>
<context>
    <name>TimesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_times.py" line="+68"/>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the time, or change the hours or minutes with Up and Down.</source>
        <translation>Введите время или измените часы или минуты клавишами со стрелками вверх и вниз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The segment must end after it starts.</source>
        <translation>Время окончания этапа должно быть позже времени начала.</translation>
    </message>
</context>
<context>
    <name>UserNamePrompt</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/user_name.py" line="+88"/>
        <source>Welcome to ForumDesk. What is your name? It signs the notes and minutes you write, and the history records it with your changes.</source>
        <translation>Добро пожаловать в ForumDesk. Как вас зовут? Ваше имя указывается в составленных вами заметках и протоколах и фиксируется в истории вместе с вашими изменениями.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes and notes are signed: give your name to go on.</source>
        <translation>Протоколы и заметки подписываются: чтобы продолжить, укажите свое имя.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You sign as {name}.</source>
        <translation>Вы подписываетесь как {name}.</translation>
    </message>
</context>
<context>
    <name>UsersRolesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/access/users_roles_dialog.py" line="+51"/>
        <source>Users and Roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+37"/>
        <source>Database account</source>
        <translation>Учётная запись базы данных</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accounts and their roles</source>
        <translation>Учётные записи и их роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each database account that holds a role in this database.</source>
        <translation>Каждая учётная запись базы данных, у которой есть роль в этой базе данных.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Account:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grant</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke</source>
        <translation>&amp;Снять</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password of the new account</source>
        <translation>Пароль новой учётной записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account&apos;s &amp;password:</source>
        <translation>&amp;Пароль новой учётной записи:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Account with This Role</source>
        <translation>Создать у&amp;чётную запись с этой ролью</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{roles} (owns the tables)</source>
        <translation>{roles} (владелец таблиц)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signed in as {account}. The roles are not set up on this database yet: the owner of its tables runs “forumdesk roles setup”.</source>
        <translation>Вход выполнен как {account}. Роли в этой базе данных ещё не настроены: владелец её таблиц выполняет «forumdesk roles setup».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as {account}, with: {roles}.</source>
        <translation>Вход выполнен как {account}, роли: {roles}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an administrator assigns roles.</source>
        <translation>Роли назначает только администратор.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{account} now holds the {role} role.</source>
        <translation>Теперь у {account} есть роль «{role}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} no longer holds the {role} role.</source>
        <translation>У {account} больше нет роли «{role}».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Database account {account} created, with the {role} role.</source>
        <translation>Учётная запись базы данных {account} создана, роль: «{role}».</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/walk_in_dialog.py" line="+59"/>
        <source>Register a Walk-in</source>
        <extracomment>(WalkInResult, &quot;FAMILY, Given&quot;) once a person is registered: the page makes it undoable.</extracomment>
        <translation>Регистрация на месте</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name in Latin letters</source>
        <translation>Имя латинскими буквами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name in Latin letters</source>
        <translation>Фамилия латинскими буквами</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find it, or a new name</source>
        <translation>Начните вводить для поиска или введите новое название</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category of a new organisation</source>
        <translation>Категория новой организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose for a new organisation —</source>
        <translation>— выберите для новой организации —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accredit and give a badge number</source>
        <translation>&amp;Аккредитовать и присвоить номер пропуска</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;Latin):</source>
        <translation>Имя (&amp;латиницей):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Lat&amp;in):</source>
        <translation>Фамилия (лат&amp;иницей):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Электронная почта:</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Register</source>
        <extracomment>Latin fields the user typed in: proposals no longer overwrite them.</extracomment>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the walk-in</source>
        <translation>Зарегистрировать участника на месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register (Ctrl+Return)</source>
        <translation>Зарегистрировать (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Type the name in Latin letters as the person spells it: it is printed under the name on the badge. It cannot be made from this script without guessing the vowels.</source>
        <translation>Введите имя латинскими буквами так, как его пишет сам человек: оно печатается под именем на пропуске. Из этой письменности его нельзя получить, не угадывая гласные.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latin spelling proposed by the standard romanisation: check it with the person, as it is printed under the name on the badge.</source>
        <translation>Латинское написание предложено по стандартной транслитерации: сверьте его с человеком, так как оно печатается под именем на пропуске.</translation>
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
            <numerusform>Уже в реестре? %n вероятный дубликат:</numerusform>
            <numerusform>Уже в реестре? %n вероятных дубликата:</numerusform>
            <numerusform>Уже в реестре? %n вероятных дубликатов:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} registered: badge {badge}.</source>
        <translation>{name}: регистрация выполнена, пропуск {badge}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} registered (not accredited).</source>
        <translation>{name}: регистрация выполнена (без аккредитации).</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/field_labels.py" line="+75"/>
        <source>Name</source>
        <extracomment>Kept for sorting, computed from the names; a note&apos;s markup beside its plain text.</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional group</source>
        <translation>Региональная группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC status</source>
        <translation>Статус при ЭКОСОС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC year</source>
        <translation>Год получения статуса при ЭКОСОС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Given name (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Latin)</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Requested on</source>
        <translation>Дата заявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Кем принято решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on</source>
        <translation>Дата удаления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Объединено с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the record</source>
        <translation>Для протокола</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note link</source>
        <translation>Ссылка заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note tag</source>
        <translation>Тег заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes version</source>
        <translation>Версия протокола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/labels.py" line="+20"/>
        <source>Opening</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Дискуссионная группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic part</source>
        <translation>Тематическая часть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive discussion</source>
        <translation>Интерактивное обсуждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporteur</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>Участник дискуссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker from the floor</source>
        <translation>Выступающий из зала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer State</source>
        <translation>Государство-наблюдатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intergovernmental organisation</source>
        <translation>Межправительственная организация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UN entity or agency</source>
        <translation>Структура или учреждение ООН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO in consultative status</source>
        <translation>НПО с консультативным статусом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other civil society</source>
        <translation>Другие организации гражданского общества</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade union</source>
        <translation>Профсоюз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant association or diaspora</source>
        <translation>Ассоциация мигрантов или диаспора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private sector</source>
        <translation>Частный сектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial institution</source>
        <translation>Финансовое учреждение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Research or academia</source>
        <translation>Научно-исследовательские и академические круги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth organisation</source>
        <translation>Молодежная организация</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>African States</source>
        <translation>Группа африканских государств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia-Pacific States</source>
        <translation>Группа азиатско-тихоокеанских государств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eastern European States</source>
        <translation>Группа восточноевропейских государств</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latin American and Caribbean States</source>
        <translation>Группа государств Латинской Америки и Карибского бассейна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western European and other States</source>
        <translation>Группа западноевропейских и других государств</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undisclosed</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accredited</source>
        <translation>Предоставлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (given and family)</source>
        <translation>Полное имя (имя и фамилия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge number</source>
        <translation>Номер пропуска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/export.py" line="+24"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
</TS>
