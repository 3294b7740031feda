<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../src/forumdesk/ui/common/errors.py" line="+24"/>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Copy Details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This database is read-only: you can look, search and export, but every change will be refused. Copy it to a folder you may write to, or ask for write access.</source>
        <translation>此数据库为只读：您可以查看、搜索和导出，但任何更改都将被拒绝。请将其复制到您有写入权限的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only database</source>
        <translation>只读数据库</translation>
    </message>
</context>
<context>
    <name>ActionsBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/actions_box.py" line="+25"/>
        <source>Things to Act On</source>
        <extracomment>The tasks, in the order shown; each names what the main window opens for it. A task&apos;s button was pressed: one of TASKS.</extracomment>
        <translation>待处理事项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accreditation requests waiting</source>
        <translation>待决定的认证申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely duplicates to review</source>
        <translation>待审查的可能重复条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clashes in the programme</source>
        <translation>日程冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes awaiting approval</source>
        <translation>待核准的会议记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs no note cites yet</source>
        <translation>尚无注释引用的段落</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing waits: no request, clash or minutes to approve.</source>
        <translation>没有待处理事项：没有申请、冲突或待核准的会议记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n accreditation request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n项认证申请等待决定</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least {count} likely duplicates to review</source>
        <translation>至少有{count}个可能重复条目待审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} likely duplicate(s) to review</source>
        <translation>{count}个可能重复条目待审查</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n clash(es) in the programme</source>
        <translation>
            <numerusform>日程中有%n处冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Minutes of %n segment(s) awaiting approval</source>
        <translation>
            <numerusform>%n个部分的会议记录待核准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n paragraph(s) of the summary that no note cites yet</source>
        <translation>
            <numerusform>摘要中有%n个段落尚无注释引用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/approval.py" line="+44"/>
        <source>Approve Minutes</source>
        <translation>核准会议记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve version {n} of these minutes?</source>
        <translation>是否核准本会议记录第{n}版？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About this approval</source>
        <translation>关于本次核准</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted for review</source>
        <translation>已提交审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes:</source>
        <translation>会议记录：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment:</source>
        <translation>部分：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} ({state})</source>
        <translation>{n}（{state}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written by:</source>
        <translation>撰写人：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody named</source>
        <translation>未署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved:</source>
        <translation>保存时间：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length:</source>
        <translation>篇幅：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{words} words, {turns} interventions</source>
        <translation>{words}词，{turns}次发言</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since composed:</source>
        <translation>生成以来：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited by hand</source>
        <translation>经手动编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as composed from the programme, not edited</source>
        <translation>按日程生成，未经编辑</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved by:</source>
        <translation>核准人：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not approve</source>
        <translation>不核准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve Version {n}</source>
        <translation>核准第{n}版</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve this version</source>
        <translation>核准此版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This version is already approved.</source>
        <translation>此版本已核准。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You also wrote this version. This forum allows one-person approval, and the approval line of every export will say so.</source>
        <translation>此版本也是您撰写的。本论坛允许一人核准，每份导出文档的核准说明都将注明这一点。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once approved, this version is locked: later changes start a new draft version.</source>
        <translation>版本一经核准即被锁定：此后的更改将生成新的草稿版本。</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/backup_menu.py" line="+31"/>
        <source>Back &amp;Up Now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份还原(&amp;B)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk keeps backups of SQLite files only; this PostgreSQL database is covered by the office&apos;s own dumps.</source>
        <translation>ForumDesk仅备份SQLite文件；此PostgreSQL数据库由本办公室自行转储备份。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup taken: {file}</source>
        <translation>已备份：{file}</translation>
    </message>
</context>
<context>
    <name>BalanceStrip</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="+115"/>
        <source>Balance of the speakers list</source>
        <translation>发言名单的均衡情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers by category</source>
        <translation>按类别分列的发言者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers by gender</source>
        <translation>按性别分列的发言者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance warnings</source>
        <translation>均衡警示</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>States</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil society and NGOs</source>
        <translation>民间社会和非政府组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade unions</source>
        <translation>工会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant associations</source>
        <translation>移民协会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector</source>
        <translation>私营部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>研究界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>青年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN and intergovernmental</source>
        <translation>联合国和政府间组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisation</source>
        <translation>无所属组织</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No speakers yet.</source>
        <translation>尚无发言者。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{group}: {speakers:.0%} of speakers, {time:.0%} of time</source>
        <translation>{group}：占发言者的{speakers:.0%}，占时间的{time:.0%}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{gender}: {speakers:.0%} of speakers, {time:.0%} of time</source>
        <translation>{gender}：占发言者的{speakers:.0%}，占时间的{time:.0%}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not heard yet: {group} (%n participant(s) registered; seed ¶75 asks for them)</source>
        <translation>
            <numerusform>尚未发言：{group}（已登记%n人；参考文件第75段要求听取其意见）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not heard yet: {group} (%n participant(s) registered)</source>
        <translation>
            <numerusform>尚未发言：{group}（已登记%n人）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/checkin/page.py" line="+88"/>
        <source>Check-in desk</source>
        <extracomment>Background and text colours of the answer: green, amber, red (WCAG AA contrast). Said once it is undone. Makes the Undo step of an answer; None when there is nothing to take back. Who accredits on the spot and registers walk-ins: the user&apos;s name. The answer shown, and what Undo would take back.</extracomment>
        <translation>签到台</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Last scans</source>
        <translation>最近扫描</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The last scans at this desk, the newest first.</source>
        <translation>本签到台最近的扫描记录，最新的在前。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the scan field</source>
        <translation>清空扫描栏</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>签到台名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Laptop B, side door</source>
        <translation>例如：笔记本电脑B，侧门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Desk:</source>
        <translation>签到台(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door</source>
        <translation>入口</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>The forum&apos;s entrance</source>
        <translation>论坛入口</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>D&amp;oor:</source>
        <translation>入口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badge code</source>
        <translation>证件编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge, or type its number, then Enter</source>
        <translation>扫描证件或输入证件号码，然后按Enter键</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready for the first badge.</source>
        <translation>已准备好扫描第一个证件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Accredit and Check In</source>
        <translation>认证并签到(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accredit the person scanned and check them in</source>
        <translation>为所扫描证件的持有人办理认证并签到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accredit this waiting request and check the person in</source>
        <translation>认证此待决定的申请，并为此人签到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register &amp;Walk-in…</source>
        <translation>现场登记(&amp;W)…</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+53"/>
        <source>Register a walk-in and check them in</source>
        <translation>办理现场登记并签到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register someone with no badge and check them in (Ctrl+Shift+W)</source>
        <translation>为无证件人员办理现场登记并签到（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo Last Check-in</source>
        <translation>撤销上一次签到(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last check-in</source>
        <translation>撤销上一次签到</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The last check-in was undone.</source>
        <translation>上一次签到已撤销。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already checked in at {time} on {place}</source>
        <translation>已于{time}在“{place}”签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this desk</source>
        <translation>本签到台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keys}: accredit and check in</source>
        <translation>{keys}：认证并签到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{keys}: register a walk-in</source>
        <translation>{keys}：现场登记</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ready for the next badge.</source>
        <translation>已准备好扫描下一个证件。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The last check-in and its accreditation were undone.</source>
        <translation>上一次签到及其认证已撤销。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The last check-in and its walk-in were undone.</source>
        <translation>上一次签到及其现场登记已撤销。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undone: the last check-in</source>
        <translation>已撤销：上一次签到</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+48"/>
        <source>Space ticks or unticks the current item</source>
        <translation>空格键勾选或取消勾选当前项</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_clock.py" line="+91"/>
        <source>Current speaker</source>
        <translation>当前发言者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn in progress</source>
        <translation>正在进行的发言</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaking time</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Speaker</source>
        <translation>下一位发言者(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Room Screen…</source>
        <translation>会议室屏幕(&amp;R)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{name} has the floor, clock paused: {time} so far</source>
        <translation>{name}正在发言，计时已暂停：目前用时{time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} had the floor when ForumDesk stopped: {time} so far</source>
        <translation>ForumDesk停止运行时{name}正在发言：目前用时{time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speaking Clock Running</source>
        <translation>发言计时器正在运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has the floor and the speaking clock is running.

Pause the clock and close this database? The time so far ({time}) is saved: the turn can be resumed or closed when the database is opened again.</source>
        <translation>{name}正在发言，发言计时器正在运行。

是否暂停计时并关闭此数据库？目前用时（{time}）将予保存：再次打开数据库时，可以继续或结束此次发言。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Speaking Clock Not Saved</source>
        <translation>发言计时未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaking clock could not be saved: {error}

Close this database anyway? The speakers list keeps what was saved before; the time spoken since is lost.</source>
        <translation>无法保存发言计时：{error}

仍要关闭此数据库吗？发言名单保留此前已保存的内容；此后的发言时间将丢失。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nobody is waiting on the speakers list.</source>
        <translation>发言名单上没有等待发言的人。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The speaking clock is not saved yet, it will try again: {error}</source>
        <translation>发言计时尚未保存，将再次尝试：{error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Speaking: {name}</source>
        <translation>正在发言：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody speaking</source>
        <translation>无人发言</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over by {time}</source>
        <translation>超时{time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} left</source>
        <translation>剩余{time}</translation>
    </message>
</context>
<context>
    <name>ClockWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="-137"/>
        <source>Speaking Time</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room screen with the speaking time</source>
        <translation>显示发言时间的会议室屏幕</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current speaker</source>
        <translation>当前发言者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaking time</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over by {time}</source>
        <translation>超时{time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation>剩余{time}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/compare.py" line="+51"/>
        <location line="+1"/>
        <source>Compare versions</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older version</source>
        <translation>较早版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer version</source>
        <translation>较新版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare version</source>
        <translation>比较版本(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;with version</source>
        <translation>与版本(&amp;W)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two versions, paragraph by paragraph</source>
        <translation>两个版本逐段对照</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>Version {n}</source>
        <translation>第{n}版</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n paragraph(s) differ</source>
        <translation>
            <numerusform>%n个段落不同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompendiumExportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/compendium_dialog.py" line="+68"/>
        <source>Export Compendium</source>
        <translation>导出汇编</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Open Data</source>
        <translation>导出开放数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the compendium</source>
        <translation>汇编的语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forum&apos;s language</source>
        <translation>论坛的语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include the fictional examples, marked as such</source>
        <translation>包括虚构示例（并注明）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published practices only</source>
        <translation>仅限已发布的做法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>compendium</source>
        <translation>汇编</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>practices</source>
        <translation>做法</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Writing the compendium…</source>
        <translation>正在写入汇编…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the open data…</source>
        <translation>正在写入开放数据…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n practice(s) written to {file}</source>
        <translation>
            <numerusform>已将 %n 项做法写入 {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not written: {reason}</source>
        <translation>未写入：{reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/conflicts_dialog.py" line="+53"/>
        <source>Merge Conflicts</source>
        <extracomment>Taking theirs may change any record: every page that shows one reloads.</extracomment>
        <translation>合并冲突</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each line is a field changed both here and on the other side. Our value stays until you keep it or take theirs; either is recorded in the history.</source>
        <translation>每一行是在此处和另一方均被更改的一个字段。在您选择保留我方值或采用对方值之前，保留我方值；无论作何选择，均记入历史记录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>我方值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed here by</source>
        <translation>此处更改人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their value</source>
        <translation>对方值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed there by</source>
        <translation>对方更改人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged from {source}</source>
        <translation>从{source}合并</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open conflicts</source>
        <translation>未解决的冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields both databases changed, each waiting for a choice.</source>
        <translation>两个数据库都更改过的字段，每个字段都有待作出选择。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts to settle.</source>
        <translation>没有需要解决的冲突。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep &amp;Ours</source>
        <translation>保留我方值(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep our value</source>
        <translation>保留我方值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take &amp;Theirs</source>
        <translation>采用对方值(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take their value</source>
        <translation>采用对方值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CountriesChooser</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+38"/>
        <source>Find a country</source>
        <translation>查找国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or an ISO code</source>
        <translation>输入名称或 ISO 代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/coverage_panel.py" line="+49"/>
        <source>How many notes each section and paragraph has. Enter shows the chosen one.</source>
        <extracomment>The user picked a section or a list of paragraphs to look at. The user picked an orphaned note (its id).</extracomment>
        <translation>每一节和每个段落的注释数量。按Enter键显示所选项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections and paragraphs without a note</source>
        <translation>无注释的节和段落</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not cited yet</source>
        <translation>尚未引用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{covered} of {total} paragraphs have a note or a practice ({share} %): {notes} with a note, {practices} with a practice.</source>
        <translation>{total}个段落中有{covered}个有注释或做法（{share}%）：{notes}个有注释，{practices}个有做法。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{covered} of {total} paragraphs have a note ({share} %).</source>
        <translation>{total}个段落中有{covered}个有注释（{share}%）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all: ¶{refs}</source>
        <translation>全部：第{refs}段</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notes on paragraphs of an earlier draft</source>
        <translation>关于先前草稿段落的注释</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every paragraph has a note.</source>
        <translation>每个段落都有注释。</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/database_controller.py" line="+156"/>
        <source>Encrypted Database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>That passphrase does not open {file}. Try again ({n} of {most}):</source>
        <translation>该密码短语无法打开 {file}。请重试（第{n}次，共{most}次）：</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The passphrase remembered in the keyring does not open {file}; it was forgotten. Type its passphrase ({n} of {most}):</source>
        <translation>密钥环中记住的密码短语无法打开 {file}，已将其删除。请输入其密码短语（第{n}次，共{most}次）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is encrypted. Type its passphrase ({n} of {most}):</source>
        <translation>{file} 已加密。请输入其密码短语（第{n}次，共{most}次）：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Password of {account} ({n} of {most}):</source>
        <translation>{account} 的密码（第 {n} 次，共 {most} 次）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign In to the Database Server</source>
        <translation>登录数据库服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/database_menu.py" line="+29"/>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>ForumDesk数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/import_flow.py" line="+51"/>
        <source>Import Document</source>
        <extracomment>A message for the status bar once the import is done. A revised draft was applied (paragraph numbers may have changed).</extracomment>
        <translation>导入文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.txt *.docx *.odt *.md);;All files (*)</source>
        <translation>文档 (*.txt *.docx *.odt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot import the document</source>
        <translation>无法导入文档</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document has no {language} version to revise; import the file as another language instead.</source>
        <translation>该文档没有可供修订的{language}版本；请改为将该文件作为另一语文版本导入。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported {file}: {paragraphs} paragraphs.</source>
        <translation>已导入{file}：{paragraphs}个段落。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Revised draft imported: {moved} note links moved, {orphaned} orphaned.</source>
        <translation>已导入订正稿：移动了{moved}个注释链接，{orphaned}个失去对应段落。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes on ¶{refs} were left on their old numbers, as you chose. Check that these paragraphs still say what the notes discuss.</source>
        <translation>按照您的选择，关于第{refs}段的注释仍保留在原段落编号上。请检查这些段落的内容是否仍与注释所述相符。</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/page.py" line="+73"/>
        <source>Document &amp; notes</source>
        <extracomment>A short message for the status bar. The id of a practice the user opened from a paragraph (the window shows it).</extracomment>
        <translation>文档和注释</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This forum has no document yet.</source>
        <translation>本论坛尚无文档。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outline and coverage</source>
        <translation>大纲和覆盖情况</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/outline.py" line="+21"/>
        <source>Document outline</source>
        <translation>文档大纲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter shows a section&apos;s paragraphs.</source>
        <translation>按Enter键显示某一节的段落。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_model.py" line="+87"/>
        <source>¶</source>
        <translation>段</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/page.py" line="+4"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New Note on Selection</source>
        <translation>对所选内容新建注释</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make &amp;Recommendation…</source>
        <translation>提出建议(&amp;R)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document and language version</source>
        <translation>文档和语文版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Beside it:</source>
        <translation>对照(&amp;B)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language version shown side by side</source>
        <translation>并排显示的语文版本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go to ¶</source>
        <translation>转到段落(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to paragraph number</source>
        <translation>转到段落编号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a document</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Annex</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>That note is not on this document.</source>
        <translation>该注释不属于本文档。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New note</source>
        <translation>新建注释</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+82"/>
        <source>Edit note on ¶{refs}</source>
        <translation>编辑关于第{refs}段的注释</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>New note on ¶{refs}</source>
        <translation>新建关于第{refs}段的注释</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Delete note on ¶{refs}</source>
        <translation>删除关于第{refs}段的注释</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/duplicates_panel.py" line="+71"/>
        <source>Likely duplicates</source>
        <extracomment>A pair was kept apart: (first id, second id, a label naming both), for undo. The list was read again; the number of pairs it holds.</extracomment>
        <translation>可能重复</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+116"/>
        <source>Find &amp;Likely Duplicates</source>
        <extracomment>Who takes the &quot;Keep Both&quot; decisions; set by the page. The merge dialog last opened from this panel (tests and the page look at it).</extracomment>
        <translation>查找可能重复(&amp;F)</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Find likely duplicate representatives in the whole registry</source>
        <translation>在整个登记册中查找可能重复的代表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likely duplicates status</source>
        <translation>可能重复查找状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First person</source>
        <translation>第一人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second person</source>
        <translation>第二人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likely duplicate pairs</source>
        <translation>可能重复的配对</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairs of records that may be one person or organisation. Enter compares the chosen pair.</source>
        <translation>可能属于同一人员或同一组织的成对记录。按Enter键比较所选配对。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Compare and Merge…</source>
        <translation>比较并合并(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected pair field by field and merge them</source>
        <translation>逐字段比较所选配对并予以合并</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep Both</source>
        <translation>两者都保留(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both records of the selected pair: they are different people</source>
        <translation>保留所选配对的两条记录：二者是不同的人</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>无法查找重复条目：{error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding Likely Duplicates…</source>
        <translation>正在查找可能重复…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking through the whole registry…</source>
        <translation>正在检查整个登记册…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n对可能重复</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No likely duplicates left to review.</source>
        <translation>没有待审查的可能重复条目了。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/edit_conflict_dialog.py" line="+56"/>
        <source>Changed Meanwhile: {kind}</source>
        <translation>在此期间已被更改：{kind}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone saved this record after you opened it, and changed some of the fields you changed. Choose the value to keep for each. Your other changes are saved, and theirs are kept.</source>
        <translation>在您打开此记录后，有人保存了该记录，并更改了您也更改过的部分字段。请为每个字段选择要保留的值。您的其他更改已保存，对方的更改也予保留。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save with these choices</source>
        <translation>按这些选择保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel: back to the form</source>
        <translation>取消：返回表单</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved meanwhile</source>
        <translation>在此期间保存的值</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your value of {field}</source>
        <translation>您的{field}值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value}
Saved by {who}</source>
        <translation>{value}
由{who}保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value of {field} saved meanwhile</source>
        <translation>在此期间保存的{field}值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value to keep for {field}</source>
        <translation>{field}要保留的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>保留我的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>采用对方的值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fields changed on both sides</source>
        <translation>双方都更改过的字段</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>another user</source>
        <translation>另一用户</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/dialog.py" line="+73"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel; the database is left as it was</source>
        <translation>取消；数据库保持原样</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} is encrypted: it opens only with its passphrase. You may change the passphrase, or decrypt the file.</source>
        <translation>{file} 已加密：只有使用其密码短语才能打开。您可以更改密码短语，或解密该文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} lies in clear: whoever has the file, or a copy of it, can read the personal data in it. Encrypted, it opens only with its passphrase, which cannot be recovered if it is lost.</source>
        <translation>{file} 未加密：任何拥有该文件或其副本的人都能读取其中的个人数据。加密后，只有使用其密码短语才能打开；密码短语一旦丢失便无法找回。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Change the passphrase</source>
        <translation>更改密码短语(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decr&amp;ypt: leave the file in clear</source>
        <translation>解密：使文件不再加密(&amp;Y)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>当前密码短语(&amp;U)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decrypted, the file lies in clear on this computer: anyone who can read it, or a copy of it, can read the personal data in it. Its backups stay encrypted, each with the passphrase it was taken with.</source>
        <translation>解密后，该文件在本计算机上不再加密：任何能读取该文件或其副本的人都能读取其中的个人数据。其备份仍保持加密，各自使用备份时的密码短语。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earlier backups</source>
        <translation>以前的备份</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encr&amp;ypt them with the same passphrase</source>
        <translation>用同一密码短语加密这些备份(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te them</source>
        <translation>删除这些备份(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them in c&amp;lear</source>
        <translation>保留这些备份，不加密(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n earlier backup(s) of this database lie in clear in {folder}. So that no clear copy stays behind:</source>
        <translation>
            <numerusform>本数据库有 %n 个以前的备份未加密，位于 {folder}。为了不留下任何未加密的副本：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the current passphrase.</source>
        <translation>请输入当前密码短语。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Encrypt</source>
        <translation>加密(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Passphrase</source>
        <translation>更改密码短语(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decrypt</source>
        <translation>解密(&amp;D)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encrypting {file}…</source>
        <translation>正在加密 {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the passphrase of {file}…</source>
        <translation>正在更改 {file} 的密码短语…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypting {file}…</source>
        <translation>正在解密 {file}…</translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/menu.py" line="+24"/>
        <location line="+20"/>
        <source>Encryp&amp;tion…</source>
        <translation>加密(&amp;T)…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Encryption… (the server&apos;s business on PostgreSQL)</source>
        <translation>加密…（PostgreSQL 上由服务器负责）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption at rest of a PostgreSQL database is the server&apos;s business (its disks and backups); ForumDesk encrypts SQLite files.</source>
        <translation>PostgreSQL 数据库的静态加密由服务器负责（其磁盘和备份）；ForumDesk 加密的是 SQLite 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypt this database, change its passphrase, or decrypt it</source>
        <translation>加密此数据库、更改其密码短语或将其解密</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{file} is encrypted.</source>
        <translation>{file} 已加密。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase of {file} is changed.</source>
        <translation>{file} 的密码短语已更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is decrypted: it lies in clear. Its backups stay encrypted.</source>
        <translation>{file} 已解密：现在未加密。其备份仍保持加密。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
</context>
<context>
    <name>ErasePersonalDataButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/personal_data.py" line="+110"/>
        <source>Erase Perso&amp;nal Data…</source>
        <translation>删除个人数据(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this person&apos;s personal data everywhere; it cannot be undone</source>
        <translation>在所有位置删除此人的个人数据；此操作无法撤消</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>Erase Personal Data</source>
        <translation>删除个人数据</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Erase the personal data of {name}?</source>
        <translation>要删除 {name} 的个人数据吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their names, contact details and notes about them are removed everywhere: the registry, notes, minutes, the report, the search index and the audit log. Approved minutes and the report keep their text, with {pseudonym} in place of the name, and say so. A backup is taken first.

This cannot be undone.</source>
        <translation>此人的姓名、联系方式和有关此人的备注将从所有位置删除：登记册、备注、会议记录、报告、搜索索引和审计日志。已核准的会议记录和报告保留其文本，以“{pseudonym}”代替姓名，并注明此事。删除前会先进行备份。

此操作无法撤消。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Erase</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The personal data of {name} was erased. They are now {pseudonym}.</source>
        <translation>{name} 的个人数据已删除。此人现称为“{pseudonym}”。</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/export.py" line="+27"/>
        <location line="+1"/>
        <source>Export all minutes</source>
        <translation>导出全部会议记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the files into</source>
        <translation>文件写入位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One .zip file</source>
        <translation>一个.zip文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Into:</source>
        <translation>写入(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which version</source>
        <translation>哪个版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published: notes for the record only</source>
        <translation>公开版：仅含载入记录的注释</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal: with the internal notes, marked not for distribution</source>
        <translation>内部版：含内部注释，标明不得分发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/export_dialog.py" line="+28"/>
        <source>Export Representatives</source>
        <translation>导出代表</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln representative(s), as the list shows them. Columns:</source>
        <translation>
            <numerusform>%Ln名代表，按列表显示。列：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns to export: tick those wanted.</source>
        <translation>要导出的列：请勾选所需的列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to export</source>
        <translation>要导出的列</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file and export</source>
        <translation>选择文件并导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/facets.py" line="+36"/>
        <source>Search practices…</source>
        <translation>搜索做法…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search practices</source>
        <translation>搜索做法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words of the title, summary, results, partners or a submitter&apos;s name</source>
        <translation>标题、摘要、成果、合作伙伴或提交组织名称中的词语</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion</source>
        <translation>区域(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bmitted by</source>
        <translation>提交方(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review st&amp;ate</source>
        <translation>审查状态(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a value to show only its practices</source>
        <translation>选择一个值，仅显示其做法</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All ({count})</source>
        <translation>全部（{count}）</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="+210"/>
        <source>Status at a Later Forum</source>
        <translation>在后续论坛时的状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later forum</source>
        <translation>后续论坛</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forum:</source>
        <translation>论坛(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What shows it: a decision, a report, a law…</source>
        <translation>证明依据：决定、报告、法律……</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the status</source>
        <translation>保存状态</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../src/forumdesk/ui/widgets/rich_text.py" line="+13"/>
        <location line="+3"/>
        <source>Formatting</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/guide_window.py" line="+60"/>
        <source>ForumDesk User Guide</source>
        <extracomment>Screenshots are ~1200 px wide; the guide shows them this wide, smoothly scaled.</extracomment>
        <translation>ForumDesk用户指南</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Find in the page</source>
        <translation>在页面中查找</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Find in the page (Enter: next)</source>
        <translation>在页面中查找（Enter键：下一个）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/menu.py" line="+53"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ForumDesk</source>
        <translation>关于ForumDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>关于Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>About ForumDesk</source>
        <translation>关于ForumDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s workbench for a consultative forum on international migration and development.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;国际移徙与发展问题协商论坛秘书处工作台。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/history_dialog.py" line="+135"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the history of this record</source>
        <translation>显示此记录的历史记录</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="-99"/>
        <source>History: {record}</source>
        <translation>历史记录：{record}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes to the record</source>
        <translation>对记录的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this record, when, on which device, and what.</source>
        <translation>何人于何时在哪台设备上对此记录作了哪些更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes recorded for this record.</source>
        <translation>此记录尚无任何更改记载。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{login} (computer login)</source>
        <translation>{login}（计算机登录名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unnamed user</source>
        <translation>未署名用户</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/charts.py" line="+158"/>
        <source>nobody has checked in yet</source>
        <extracomment>The figures drawn, as text: the accessible description and the tests read it.</extracomment>
        <translation>尚无人签到</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="+67"/>
        <source>Import Representatives — {file}</source>
        <extracomment>The report of an import that was written (not of a check).</extracomment>
        <translation>导入代表 — {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel: nothing is written</source>
        <translation>取消：不写入任何内容</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Register everyone for {forum} (as requested)</source>
        <translation>为所有人登记参加{forum}（认证状态：已申请）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the people imported for the forum</source>
        <translation>为导入的人员登记参加论坛</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+83"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+2"/>
        <source>Close without importing</source>
        <translation>关闭，不导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check Rows</source>
        <translation>检查行(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every row without importing (dry run)</source>
        <translation>检查每一行但不导入（试运行）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="-59"/>
        <location line="+55"/>
        <source>Import the valid rows</source>
        <translation>导入有效行</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows refused, warnings and duplicates</source>
        <translation>被拒绝的行、警告和重复条目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that look like people already listed:</source>
        <translation>看似已列入人员的行：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do with rows that look like people already listed</source>
        <translation>如何处理看似已列入人员的行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the listed person&apos;s empty or changed fields</source>
        <translation>更新已列入人员的空白字段或已更改字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import them as new people</source>
        <translation>作为新人员导入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save Report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report as CSV</source>
        <translation>将报告保存为CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Columns</source>
        <translation>返回列设置(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the column mapping</source>
        <translation>更改列对应关系</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Valid Rows</source>
        <translation>导入有效行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+24"/>
        <source>Reading {file}…</source>
        <translation>正在读取{file}…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln row(s) under the header</source>
        <translation>
            <numerusform>标题行下有%Ln行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>正在检查%Ln行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>正在导入%Ln行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is read. Building the registry&apos;s indexes…</source>
        <translation>所有行均已读取。正在建立登记册的索引…</translation>
    </message>
    <message>
        <source>Updating the registry&apos;s statistics…</source>
        <translation>正在更新登记册的统计信息…</translation>
    </message>
    <message>
        <source>Saving the import…</source>
        <translation>正在保存导入…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="+69"/>
        <source>%Ln row(s) can be imported</source>
        <translation>
            <numerusform>%Ln行可以导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) would be refused</source>
        <translation>
            <numerusform>%Ln行将被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+6"/>
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>%Ln个新组织</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%Ln representative(s) imported</source>
        <translation>
            <numerusform>已导入%Ln名代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>%Ln行被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln registration(s)</source>
        <translation>
            <numerusform>%Ln项登记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) already listed: skipped</source>
        <translation>
            <numerusform>%Ln行已列入：已跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) look like people already listed</source>
        <translation>
            <numerusform>%Ln行看似是已列入的人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln listed person(s) updated</source>
        <translation>
            <numerusform>已更新%Ln名已列入人员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate?</source>
        <translation>重复？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} (row {row}, {score}%)</source>
        <translation>{name}（第{row}行，{score}%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (in the registry, {score}%)</source>
        <translation>{name}（登记册中，{score}%）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} may be {matches}</source>
        <translation>{name}可能是{matches}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already listed</source>
        <translation>已列入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looks listed</source>
        <translation>似已列入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is {match}</source>
        <translation>{name}即{match}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save Import Report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{summary}&lt;br&gt;Report saved to {file}.</source>
        <translation>{summary}&lt;br&gt;报告已保存至{file}。</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/import_dialog.py" line="+54"/>
        <source>Import {file}</source>
        <translation>导入{file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the import noticed in the file.</source>
        <translation>导入时在文件中发现的情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problem found: numbering and contents agree.</source>
        <translation>未发现问题：编号与目录一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br/&gt;{paragraphs} numbered paragraphs (¶{first}–{last}), {sections} headings, {footnotes} footnote(s){annex}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br/&gt;{paragraphs}个编号段落（第{first}–{last}段），{sections}个标题，{footnotes}个脚注{annex}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, an annex</source>
        <translation>，一个附件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sections found in the document.</source>
        <translation>在文档中找到的节。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections found</source>
        <translation>找到的节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>¶ in the body</source>
        <translation>正文段号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOC</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A &amp;new document</source>
        <translation>新文档(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another &amp;language of {document}</source>
        <translation>{document}的另一语文版本(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;revised draft of {document}</source>
        <translation>{document}的订正稿(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import as:</source>
        <translation>导入为：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the file</source>
        <translation>文件的语文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lan&amp;guage:</source>
        <translation>语文(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/widgets/job_dialog.py" line="+47"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>LaptopDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/laptop_dialog.py" line="+45"/>
        <source>Prepare a Laptop</source>
        <translation>准备笔记本电脑</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A copy of this database for a laptop at the venue. Limited to one forum, it leaves out the other forums and the people registered only for them. Merge it back with File &gt; Merge from Another Database…</source>
        <extracomment>Asks where to write the copy; tests replace it.</extracomment>
        <translation>为会场笔记本电脑准备的本数据库副本。副本仅限一个论坛，不包括其他论坛以及仅登记参加其他论坛的人员。之后可通过“文件 &gt; 从另一数据库合并…”将其合并回来。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the file to write</source>
        <translation>选择要写入的文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forum the laptop holds</source>
        <translation>笔记本电脑所载论坛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All forums</source>
        <translation>所有论坛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orum:</source>
        <translation>论坛(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the laptop</source>
        <translation>笔记本电脑名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop 2, registration desk</source>
        <translation>笔记本电脑2，登记台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop &amp;name:</source>
        <translation>笔记本电脑名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the laptop&apos;s copy</source>
        <translation>笔记本电脑副本的密码短语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>密码短语(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again</source>
        <translation>再次输入同一密码短语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>确认(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy is encrypted: ForumDesk asks for this passphrase whenever it opens the copy, on the laptop and when merging it back. It is the laptop&apos;s own, not this database&apos;s; keep it apart from the laptop.</source>
        <translation>副本已加密：ForumDesk 每次打开该副本时（在笔记本电脑上以及合并回来时）都会要求输入此密码短语。这是笔记本电脑专用的密码短语，不是本数据库的密码短语；请将其与笔记本电脑分开保管。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Leave the copy unencrypted</source>
        <translation>副本不加密(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the copy unencrypted</source>
        <translation>副本不加密</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anyone who finds the laptop, or the file, can read the names, e-mail addresses and registrations in the copy.</source>
        <translation>任何人拿到该笔记本电脑或该文件，都能读取副本中的姓名、电子邮件地址和登记信息。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel: no copy is written</source>
        <translation>取消：不写入副本</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Prepare</source>
        <translation>准备(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the laptop&apos;s copy</source>
        <translation>写入笔记本电脑副本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Laptop Database</source>
        <translation>笔记本电脑数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>ForumDesk数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing {file}…</source>
        <translation>正在写入{file}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a passphrase for the laptop&apos;s copy, or leave it unencrypted.</source>
        <translation>请为笔记本电脑副本输入密码短语，或选择不加密。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>两次输入的密码短语不一致；请重新输入。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written {rows} rows to {file} (device “{device}”).</source>
        <translation>已向{file}写入{rows}行（设备“{device}”）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} people of other forums left out.</source>
        <translation>未包括其他论坛的{count}人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is in clear.</source>
        <translation>副本未加密。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is encrypted with the laptop&apos;s passphrase.</source>
        <translation>副本已用笔记本电脑的密码短语加密。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled: no copy was written.</source>
        <translation>已取消：未写入副本。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/main_window.py" line="+90"/>
        <source>Overview</source>
        <extracomment>Emitted once the first database has opened and the visible page asked for its data. What the menus and dialogs around the pages get instead of the window.</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry</source>
        <translation>登记册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;&amp; notes</source>
        <translation>文档&amp;&amp;注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Practices</source>
        <translation>良好做法</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+1 to Ctrl+7 open them from anywhere.</source>
        <translation>Ctrl+1 至 Ctrl+7 可从任何位置打开它们。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forum:</source>
        <translation>论坛：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current forum</source>
        <translation>当前论坛</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import Document…</source>
        <translation>导入文档(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import R&amp;epresentatives…</source>
        <translation>导入代表(&amp;R)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load &amp;Demo Forum (2006 Hearings)</source>
        <translation>加载演示论坛（2006年听证会）(&amp;D)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search Paragraphs and Notes…</source>
        <translation>搜索段落和注释(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+153"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened {file}</source>
        <translation>已打开{file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo forum loaded</source>
        <translation>演示论坛已加载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup taken</source>
        <translation>已备份</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
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
        <translation>默认数据库</translation>
    </message>
</context>
<context>
    <name>MakeRecommendationDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/make_recommendation.py" line="+51"/>
        <source>Make Recommendation from ¶ {number}</source>
        <translation>根据第{number}段提出建议</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a sentence to recommend it alone; with nothing selected, the whole paragraph is the recommendation.</source>
        <translation>选中一句话即可单独将其作为建议；如未选中任何内容，则整段作为建议。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the paragraph</source>
        <translation>段落案文</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is recommended</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code of the recommendation</source>
        <translation>建议编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R{number} (or the next free one)</source>
        <translation>R{number}（或下一个可用编号）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme of the recommendation</source>
        <translation>建议的主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no theme)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make Recommendation</source>
        <translation>提出建议(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the recommendation</source>
        <translation>提出该建议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recommended: the whole paragraph.</source>
        <translation>建议内容：整段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: the selected text ({count} characters).</source>
        <translation>建议内容：所选文本（{count}个字符）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommendation {code} made from ¶ {number}</source>
        <translation>已根据第{number}段提出建议{code}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_mapping.py" line="+94"/>
        <source>Each column of the file, examples of its values, and the field it fills.</source>
        <extracomment>The mapping changed (a field or a category word): a dry run&apos;s report is stale.</extracomment>
        <translation>文件中的每一列、该列的示例值及其填入的字段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns of the file and what they hold</source>
        <translation>文件中的列及其内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+93"/>
        <source>Category words in the file:</source>
        <translation>文件中的类别用词：</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Each category word found in the file, how many rows carry it, and the category it becomes.</source>
        <translation>文件中找到的每个类别用词、含有该用词的行数及其对应的类别。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category words and their categories</source>
        <translation>类别用词及其对应类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word in the file</source>
        <translation>文件中的用词</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None: such rows are refused</source>
        <translation>无：拒绝此类行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category of a new organisation whose row gives none</source>
        <translation>行中未给出类别的新组织所属类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New organisation without a category:</source>
        <translation>无类别的新组织：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping you confirmed last time for these headers is used.</source>
        <translation>沿用您上次为这些列标题确认的对应关系。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns guessed from their headers: check them before importing.</source>
        <translation>已根据列标题推测各列内容：请在导入前检查。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import column {header} as</source>
        <translation>将列{header}导入为</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown: such rows are refused</source>
        <translation>未知：拒绝此类行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category for {word}</source>
        <translation>{word}对应的类别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category words in the file (the most frequent):</source>
        <translation>文件中的类别用词（最常见的）：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose the column that holds the family name (or the full name).</source>
        <translation>请选择包含姓（或全名）的列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two columns are imported as {field}; keep one.</source>
        <translation>有两列被导入为“{field}”；请只保留一列。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/merge_dialog.py" line="+57"/>
        <source>Merge Two Records</source>
        <extracomment>The merge was made.</extracomment>
        <translation>合并两条记录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose, field by field, which value the merged record keeps. The second record is kept in the database, marked as merged into the first; its registrations, roles and interventions move to the first.</source>
        <translation>请逐字段选择合并后的记录保留哪个值。第二条记录仍保留在数据库中，标记为已并入第一条记录；其登记、角色和发言转至第一条记录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields that differ</source>
        <translation>不同的字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two records hold the same values.</source>
        <translation>两条记录的值相同。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two records</source>
        <translation>合并这两条记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MinutesCoverDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/cover_dialog.py" line="+54"/>
        <location line="+1"/>
        <source>Cover of the minutes</source>
        <translation>会议记录封面</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organ:</source>
        <translation>机关(&amp;O)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organ</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ymbol:</source>
        <translation>文号(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session:</source>
        <translation>届会(&amp;S)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>届会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda item:</source>
        <translation>议程项目(&amp;G)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;riginal language:</source>
        <translation>原文语文(&amp;R)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original language</source>
        <translation>原文语文</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distribution</source>
        <translation>分发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>普遍分发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>限量分发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>内部分发</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Distribution:</source>
        <translation>分发(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;te:</source>
        <translation>日期(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a date of its own</source>
        <translation>打印单独指定的日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date printed on the cover</source>
        <translation>封面上打印的日期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Author&apos;s note</source>
        <translation>作者注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note&apos;s heading, a blank line, then its paragraphs</source>
        <translation>先写注的标题，空一行，再写各段内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author&apos;s &amp;note:</source>
        <translation>作者注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(otherwise the day of approval, or of the meeting)</source>
        <translation>（否则为核准日期或会议日期）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cover of the minutes saved</source>
        <translation>会议记录封面已保存</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: this cover was changed meanwhile.</source>
        <translation>未保存：此封面在此期间已被更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/editor.py" line="+78"/>
        <source>Not started</source>
        <extracomment>A line for the status bar: what was saved, exported, refused. A snapshot was shown (tests and the page wait on it). The file name Export… proposes for a format (&quot;pdf&quot;): the page knows it.</extracomment>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>已提交审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved minutes are locked. Save as New Draft keeps the approved version and starts a new draft version from it, which you can then edit.</source>
        <translation>已核准的会议记录处于锁定状态。“另存为新草稿”会保留已核准版本，并以其为基础新建一个草稿版本，供您编辑。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text of the minutes. Ctrl+Tab leaves the editor.</source>
        <translation>会议记录文本。按Ctrl+Tab键离开编辑器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes text</source>
        <translation>会议记录文本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Compose</source>
        <translation>生成(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose the minutes from the programme</source>
        <translation>根据日程生成会议记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>&amp;Save Draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Su&amp;bmit for Review</source>
        <translation>提交审查(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved version of these minutes.</source>
        <translation>本会议记录已保存的所有版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions of these minutes</source>
        <translation>本会议记录的各版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co&amp;mpare…</source>
        <translation>比较(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected version (or the one before the latest) with the latest</source>
        <translation>将所选版本（或倒数第二个版本）与最新版本进行比较</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Internal Version…</source>
        <translation>导出内部版本(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the internal notes, every page marked not for distribution</source>
        <translation>含内部注释，每页均标明不得分发</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a segment to see its minutes.</source>
        <translation>请选择一个部分以查看其会议记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started: Compose drafts them from the programme.</source>
        <translation>未开始：“生成”将根据日程起草会议记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {n}: {state}</source>
        <translation>第{n}版：{state}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved by {name} on {date}</source>
        <translation>由{name}于{date}核准</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save as New Draft</source>
        <translation>另存为新草稿(&amp;S)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (composed)</source>
        <translation>（已生成）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not done: {reason}</source>
        <translation>未完成：{reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Minutes composed as version 1</source>
        <translation>已生成会议记录第1版</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes composed again as version {n}</source>
        <translation>已重新生成会议记录第{n}版</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not composed again: your edits stay as they are</source>
        <translation>未重新生成：您的编辑保持不变</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {n} was edited by hand by {name}</source>
        <translation>第{n}版已由{name}手动编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {n} was edited by hand</source>
        <translation>第{n}版已经手动编辑</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace your edits?</source>
        <translation>是否替换您的编辑？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace your edits?

{reason}.

A new draft version is composed; the edited version is kept in the history.</source>
        <translation>是否替换您的编辑？

{reason}。

将生成一个新的草稿版本；经编辑的版本保留在历史记录中。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The approved version stays locked; your changes are draft version {n}</source>
        <translation>已核准版本保持锁定；您的更改成为草稿第{n}版</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as draft version {n}; the submission is withdrawn until you submit again</source>
        <translation>已保存为草稿第{n}版；在您再次提交之前，原提交已撤回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft saved as version {n}</source>
        <translation>草稿已保存为第{n}版</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: these minutes were changed meanwhile.</source>
        <translation>未保存：本会议记录在此期间已被更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text of the minutes</source>
        <translation>会议记录文本</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Minutes submitted for review</source>
        <translation>会议记录已提交审查</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version {n} approved</source>
        <translation>第{n}版已核准</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export minutes</source>
        <translation>导出会议记录</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Internal version exported to {path}</source>
        <translation>内部版本已导出至{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes exported to {path}</source>
        <translation>会议记录已导出至{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/page.py" line="+60"/>
        <source>Not started</source>
        <extracomment>A line for the status bar.</extracomment>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>已提交审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Minutes of each segment</source>
        <translation>各部分的会议记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each segment with the state of its minutes. The chosen one opens in the editor.</source>
        <translation>各部分及其会议记录的状态。所选部分将在编辑器中打开。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Minutes and summary report</source>
        <translation>会议记录和摘要报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Summary Report</source>
        <translation>摘要报告</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;over…</source>
        <translation>封面(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover of the selected minutes</source>
        <translation>所选会议记录的封面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organ, symbol, distribution, date and note printed on the first page</source>
        <translation>印在首页上的机关、文号、分发类别、日期和注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export A&amp;ll…</source>
        <translation>全部导出(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+112"/>
        <location line="+25"/>
        <source>Export all minutes</source>
        <translation>导出全部会议记录</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+76"/>
        <source>minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The summary report</source>
        <translation>摘要报告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The minutes of {segment}</source>
        <translation>{segment}的会议记录</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip压缩文件 (*.zip)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all minutes into</source>
        <translation>将全部会议记录导出至</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting minutes…</source>
        <translation>正在导出会议记录…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting minutes</source>
        <translation>正在导出会议记录</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export cancelled after {done} of {total} minutes</source>
        <translation>已导出{total}份会议记录中的{done}份，导出已取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{done} minutes exported to {path}</source>
        <translation>已将{done}份会议记录导出至{path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
</context>
<context>
    <name>MinutesSnapshot</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/snapshot.py" line="+50"/>
        <source>{login} (computer login)</source>
        <translation>{login}（计算机登录名）</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/user_name.py" line="+82"/>
        <source>Your Name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept on this computer, and used by the command line too. You can change it in Preferences.</source>
        <translation>保存在本计算机上，命令行也会使用。您可以在“首选项”中更改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save My Name</source>
        <translation>保存我的姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your name</source>
        <translation>保存您的姓名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not Now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without a name</source>
        <translation>不填写姓名，继续</translation>
    </message>
</context>
<context>
    <name>NameFields</name>
    <message>
        <location line="-73"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name and surname, e.g. Ana Lima</source>
        <translation>名和姓，例如：Ana Lima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs your notes and minutes, and the changes the history records.</source>
        <translation>用于为您的注释、会议记录以及历史记录所载的更改署名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your initials</source>
        <translation>您的姓名缩写</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your initials:</source>
        <translation>您的姓名缩写：</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/new_database.py" line="+25"/>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ForumDesk creates the database {file} in {folder}.</source>
        <translation>ForumDesk 将在 {folder} 中创建数据库 {file}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>使用密码短语加密(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file opens only with the passphrase, which cannot be recovered if it is lost. Advised on a laptop that leaves the office.</source>
        <translation>只有使用密码短语才能打开该文件；密码短语一旦丢失便无法找回。建议用于会离开办公室的笔记本电脑。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
</context>
<context>
    <name>NewForumDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/new_forum.py" line="+60"/>
        <source>New Forum from a Template</source>
        <extracomment>The forum made: its id.</extracomment>
        <translation>根据模板新建论坛</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agenda template</source>
        <translation>议程模板</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a &amp;File…</source>
        <translation>从文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an agenda template from a file</source>
        <translation>从文件导入议程模板</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the first day</source>
        <translation>第一天的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the forum</source>
        <translation>论坛名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template&apos;s title</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>名称(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Palais des Nations, Geneva</source>
        <translation>例如：日内瓦万国宫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>会场(&amp;V)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the programme</source>
        <translation>日程的语文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语文(&amp;L)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create Forum</source>
        <translation>创建论坛(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the forum</source>
        <translation>创建论坛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time zone of the venue</source>
        <translation>会场所在时区</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type part of a city or region</source>
        <translation>输入城市或地区名称的一部分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the time zone comes from</source>
        <translation>时区的来源</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chosen by hand.</source>
        <translation>手动选择。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the venue.</source>
        <translation>根据会场确定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The venue names no known place: choose the zone.</source>
        <translation>会场名称中没有可识别的地点：请选择时区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows the venue once it is typed.</source>
        <translation>输入会场后，将根据会场确定。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Agenda Template</source>
        <translation>导入议程模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda template (*.json)</source>
        <translation>议程模板 (*.json)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a template.</source>
        <translation>请选择模板。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown time zone “{zone}”: choose one from the list.</source>
        <translation>未知时区“{zone}”：请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/passphrases.py" line="+52"/>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>再次输入新密码短语</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New passphrase:</source>
        <translation>新密码短语(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a new passphrase.</source>
        <translation>请输入新的密码短语。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A few words you will remember make a good passphrase; it cannot be recovered.</source>
        <translation>几个您记得住的词就能组成好的密码短语；它无法找回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: easy to guess. Use more words, or a longer one.</source>
        <translation>弱：容易猜到。请多用几个词，或加长。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>中等：再加几个词就会很强。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
</context>
<context>
    <name>NoteChoiceDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/dialogs.py" line="+60"/>
        <source>Paragraph from a Note</source>
        <translation>根据注释添加段落</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notes to choose from. Enter chooses the selected note.</source>
        <translation>可供选择的注释。按Enter键选择所选注释。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes of the forum</source>
        <translation>论坛的注释</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(internal) </source>
        <translation>（内部）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal note: as a paragraph, its text is in the report.</source>
        <translation>内部注释：作为段落后，其文本将出现在报告中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose or cancel</source>
        <translation>选择或取消</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/note_editor.py" line="+91"/>
        <source>Note text</source>
        <extracomment>Asks the database for organisations matching a text, then calls back with them. The user asked to save; the page saves and then calls `saved()` or `show_error()`.</extracomment>
        <translation>注释文本</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paragraphs cited</source>
        <translation>引用的段落</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 23–25, 29</source>
        <translation>例如 23–25, 29</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paragraphs:</source>
        <translation>段落(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags, separated by commas</source>
        <translation>标签，以英文逗号（,）分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remittances, gender, …</source>
        <translation>汇款, 性别, …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked segment</source>
        <translation>关联的部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segment:</source>
        <translation>部分(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked intervention</source>
        <translation>关联的发言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Intervention:</source>
        <translation>发言(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked organisation</source>
        <translation>关联的组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search the registry</source>
        <translation>输入以搜索登记册</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the &amp;record: print it in the minutes</source>
        <translation>载入记录(&amp;R)：印入会议记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+198"/>
        <location line="+11"/>
        <source>For the record</source>
        <translation>载入记录</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Unticked, the note stays internal: the published minutes leave it out.</source>
        <translation>如不勾选，该注释仅供内部使用：公开的会议记录不包含该注释。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the note</source>
        <translation>保存注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep the reference to ¶{refs} of the earlier draft</source>
        <translation>保留对先前草稿第{refs}段的引用</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Write the note first.</source>
        <translation>请先撰写注释。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an organisation from the list, or leave it empty.</source>
        <translation>请从列表中选择组织，或留空。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not saved: this note was changed meanwhile.</source>
        <translation>未保存：此注释在此期间已被更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>发言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs of the earlier draft</source>
        <translation>先前草稿的段落</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/notes_panel.py" line="+83"/>
        <source>&amp;New Note…</source>
        <extracomment>The id of a practice the user opened from the selected paragraphs&apos; practices.</extracomment>
        <translation>新建注释(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the &amp;Record</source>
        <translation>载入记录(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the record are printed in the minutes; the others stay internal</source>
        <translation>载入记录的注释将印入会议记录；其他注释仅供内部使用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A practice&apos;s title opens it on the Practices page.</source>
        <translation>点击做法的标题即可在“做法”页面打开该做法。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter notes by tag</source>
        <translation>按标签筛选注释</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter notes by author</source>
        <translation>按作者筛选注释</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter notes by segment</source>
        <translation>按部分筛选注释</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Practices answering the selected paragraphs</source>
        <translation>回应所选段落的做法</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>T&amp;ag:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;uthor:</source>
        <translation>作者(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seg&amp;ment:</source>
        <translation>部分(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only notes on the selected paragraphs</source>
        <translation>仅显示关于所选段落的注释</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>¶</source>
        <translation>段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the record</source>
        <translation>载入记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notes on the chosen paragraphs. Enter opens the chosen note.</source>
        <translation>关于所选段落的注释。按Enter键打开所选注释。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{author}, {when}</source>
        <translation>{author}，{when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown author</source>
        <translation>作者不详</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select paragraphs to see the notes that cite them.</source>
        <translation>请选择段落，以查看引用这些段落的注释。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No note cites ¶{number} yet.</source>
        <translation>尚无注释引用第{number}段。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>%n条注释引用第{number}段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No note cites ¶{refs} yet.</source>
        <translation>尚无注释引用第{refs}段。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s) cite ¶{refs}</source>
        <translation>
            <numerusform>%n条注释引用第{refs}段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Mark note on ¶{refs} for the record</source>
        <translation>将关于第{refs}段的注释标记为载入记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark note on ¶{refs} internal</source>
        <translation>将关于第{refs}段的注释标记为内部注释</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current note is for the record</source>
        <translation>当前注释为载入记录的注释</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current note is internal</source>
        <translation>当前注释为内部注释</translation>
    </message>
</context>
<context>
    <name>NotesTakenLabel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/notes_taken.py" line="+18"/>
        <source>Notes the minutes publish</source>
        <translation>会议记录公开的注释</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n note(s) for the record taken</source>
        <translation>
            <numerusform>已采用%n条载入记录的注释</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Compose takes %n note(s) for the record</source>
        <translation>
            <numerusform>“生成”将采用%n条载入记录的注释</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n internal note(s) left out</source>
        <translation>
            <numerusform>未采用%n条内部注释</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n note(s) marked for the record since: Compose again to take them</source>
        <translation>
            <numerusform>此后又有%n条注释标记为载入记录：请重新“生成”以采用</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {parts}.</source>
        <translation>注释：{parts}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only notes marked for the record are published; Export Internal Version also prints the internal ones, marked not for distribution.</source>
        <translation>仅公开标记为载入记录的注释；“导出内部版本”还会印出内部注释，并标明不得分发。</translation>
    </message>
</context>
<context>
    <name>NowNextBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/now_next_box.py" line="+33"/>
        <source>Now and Next</source>
        <translation>当前和下一项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment running</source>
        <translation>正在进行的部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker on the floor</source>
        <translation>正在发言者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking time</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next segment</source>
        <translation>下一部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the floor</source>
        <translation>正在发言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The programme has no segment yet</source>
        <translation>日程中尚无任何部分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started: the forum opens on {day}</source>
        <translation>尚未开始：论坛于{day}开幕</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The forum has ended</source>
        <translation>论坛已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{spoken} of {allotted}</source>
        <translation>已用{spoken}（共{allotted}）</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/organisation_dialog.py" line="+113"/>
        <source>Organisation: {name}</source>
        <translation>组织：{name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>保存（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>缩写(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UN regional group</source>
        <translation>联合国区域组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional group:</source>
        <translation>区域组：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC status</source>
        <translation>经社理事会咨商地位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>全面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special</source>
        <translation>特别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>列入名册</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ECOSOC &amp;status:</source>
        <translation>经社理事会咨商地位(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year of the ECOSOC status</source>
        <translation>获得经社理事会咨商地位的年份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ECOSOC &amp;year:</source>
        <translation>咨商地位年份(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or an ISO code</source>
        <translation>输入名称或ISO代码</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n名代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n次发言</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n programme role(s)</source>
        <translation>
            <numerusform>%n个日程角色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n linked note(s)</source>
        <translation>
            <numerusform>%n条关联注释</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures of the organisation</source>
        <translation>组织的统计数字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No representative registered to any forum.</source>
        <translation>没有代表登记参加任何论坛。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrations per forum</source>
        <translation>各论坛的登记人数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Representatives:</source>
        <translation>代表(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Representatives of the organisation</source>
        <translation>该组织的代表</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Showing the first {shown} of {total} representatives.</source>
        <translation>显示{total}名代表中的前{shown}名。</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Not saved: this organisation was changed meanwhile.</source>
        <translation>未保存：此组织在此期间已被更改。</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/output_check.py" line="+49"/>
        <source>File Not Written</source>
        <translation>文件未写入</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/page.py" line="+92"/>
        <source>Overview</source>
        <extracomment>The time moves on: what runs now is asked again this often while the page shows. A &quot;thing to act on&quot; was pressed: one of actions_box.TASKS. &quot;Add to Summary Report…&quot; was pressed, with the sentence.</extracomment>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+188"/>
        <source>No forum open</source>
        <translation>未打开论坛</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Forum dates and venue</source>
        <translation>论坛日期和会场</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered paragraphs</source>
        <translation>编号段落</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations (accredited)</source>
        <translation>登记（已认证）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database holds no forum yet</source>
        <translation>此数据库尚无论坛</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the informal interactive hearings of 12 July 2006 to explore ForumDesk with a real programme and summary document.</source>
        <translation>加载2006年7月12日的非正式互动听证会，通过真实的日程和摘要文档了解ForumDesk。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Load the 2006 demo forum</source>
        <translation>加载2006年演示论坛</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema revision</source>
        <translation>架构修订版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>架构</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Latest backup</source>
        <translation>最近一次备份</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>None yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} ({count} kept)</source>
        <translation>{file}（保留{count}份）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
</context>
<context>
    <name>ParagraphDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/dialogs.py" line="-57"/>
        <source>Add Paragraph</source>
        <translation>添加段落</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The paragraph as it will read in the report.</source>
        <translation>该段落在报告中将呈现的文本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the new paragraph</source>
        <translation>新段落的文本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add or cancel</source>
        <translation>添加或取消</translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message numerus="yes">
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_model.py" line="+122"/>
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>%n条注释引用第{number}段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n项做法</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¶{number}: {practices}</source>
        <translation>第{number}段：{practices}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n条注释</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¶{number}: {notes}, {practices}</source>
        <translation>第{number}段：{notes}，{practices}</translation>
    </message>
</context>
<context>
    <name>ParagraphView</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_view.py" line="+29"/>
        <source>Numbered paragraphs</source>
        <extracomment>The paragraph numbers selected, in order, whenever the selection changes.</extracomment>
        <translation>编号段落</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paragraphs of the document. Enter writes a note on the chosen one.</source>
        <translation>文档的段落。按Enter键为所选段落撰写注释。</translation>
    </message>
</context>
<context>
    <name>ParticipationCharts</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/charts.py" line="+18"/>
        <source>Participation</source>
        <extracomment>pyqtgraph has been imported (emitted from the importing thread, queued here).</extracomment>
        <translation>参与情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present and accredited</source>
        <translation>出席和已认证</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accredited</source>
        <translation>已认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By regional group</source>
        <translation>按区域组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By gender</source>
        <translation>按性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals by hour (venue time)</source>
        <translation>每小时到场人数（会场当地时间）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{present} present of {registered} accredited · {states} Member States · {civil} from civil society and the private sector · {scans} scans</source>
        <translation>{registered}名已认证者中{present}人出席 · {states}个会员国 · 民间社会和私营部门{civil}人 · 扫描{scans}次</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None given</source>
        <translation>未提供</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="+133"/>
        <source>Candidate Partners: {title}</source>
        <translation>潜在合作伙伴：{title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisations that submitted other practices on a theme of this one, in the same region or a country in common, by how many such practices.</source>
        <translation>就本做法的某一主题、在同一区域或共同国家提交过其他做法的组织，按此类做法数量排列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other organisation works on these themes in this region yet.</source>
        <translation>尚无其他组织在该区域就这些主题开展工作。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>做法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared themes</source>
        <translation>共同主题</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidate partners</source>
        <translation>潜在合作伙伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each organisation&apos;s practices are listed in its tooltip</source>
        <translation>每个组织的做法列在其工具提示中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/prompt.py" line="+30"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
</context>
<context>
    <name>PersonalDataButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/personal_data.py" line="-148"/>
        <source>E&amp;xport Personal Data…</source>
        <translation>导出个人数据(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything held about this person, as PDF or JSON</source>
        <translation>以 PDF 或 JSON 格式导出所持有的关于此人员的全部数据</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON data (*.json)</source>
        <translation>JSON 数据 (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Personal Data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal data</source>
        <translation>个人数据</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Personal data written to {file}.</source>
        <translation>个人数据已写入 {file}。</translation>
    </message>
</context>
<context>
    <name>PracticeChoiceDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="-77"/>
        <source>Link a Practice</source>
        <translation>关联做法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search practices by title</source>
        <translation>按标题搜索做法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word of the practice&apos;s title</source>
        <translation>输入做法标题中的一个词</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practices found</source>
        <translation>找到的做法</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link the chosen practice</source>
        <translation>关联所选做法</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title} [fictional]</source>
        <translation>{title}［虚构］</translation>
    </message>
</context>
<context>
    <name>PracticeCompareDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="-83"/>
        <source>Compare Practices</source>
        <translation>比较做法</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two practices, field by field</source>
        <translation>两项做法，逐字段对照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that differ are highlighted</source>
        <translation>不同的行已突出显示</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Differs</source>
        <translation>不同</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n 个字段不同。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PracticeDetailPane</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/detail_pane.py" line="+84"/>
        <source>Selected practice</source>
        <translation>所选做法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of the practice chosen in the list</source>
        <translation>列表中所选做法的全部字段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a practice in the list.</source>
        <translation>请在列表中选择一项做法。</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/practice_dialog.py" line="+75"/>
        <source>Practice: {title}</source>
        <extracomment>A new practice&apos;s id, once created. (id, before, after) once an edit is saved.</extracomment>
        <translation>做法：{title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Practice</source>
        <translation>新做法</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>保存（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ountries:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners:</source>
        <translation>合作伙伴：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period from (year)</source>
        <translation>期间，起（年）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period until (year)</source>
        <translation>期间，止（年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until:</source>
        <translation>止：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From:</source>
        <translation>起：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results:</source>
        <translation>成果：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact name:</source>
        <translation>联系人姓名：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One web address per line</source>
        <translation>每行一个网址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links:</source>
        <translation>链接：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;ctional (sample data)</source>
        <translation>虚构（示例数据）(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fictional (sample data)</source>
        <translation>虚构（示例数据）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Su&amp;bmitted by:</source>
        <translation>提交方(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;hemes:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at</source>
        <translation>介绍场次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;gments:</source>
        <translation>环节(&amp;G)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document whose paragraphs it answers</source>
        <translation>其所回应段落所在的文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph numbers, like 23–25, 32</source>
        <translation>段落编号，如 23–25, 32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs answered:</source>
        <translation>所回应的段落：</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Not saved: this practice was changed meanwhile.</source>
        <translation>未保存：此做法在此期间已被修改。</translation>
    </message>
</context>
<context>
    <name>PracticeFields</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/detail_pane.py" line="-35"/>
        <source>{name} (lead)</source>
        <translation>{name}（牵头）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by</source>
        <translation>提交方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at</source>
        <translation>介绍场次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>回应段落</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state</source>
        <translation>审查状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed at</source>
        <translation>审查时间</translation>
    </message>
</context>
<context>
    <name>PracticeImportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/import_dialog.py" line="+64"/>
        <source>Import Practices</source>
        <translation>导入做法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practices (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>做法 (*.csv *.xlsx *.xlsm *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import Practices — {file}</source>
        <translation>导入做法 — {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel: nothing is written</source>
        <translation>取消：不保存任何内容</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All rows or none: a file with a bad row writes nothing, and each fault is listed. Practices arrive as received, for review in {forum}.</source>
        <translation>全部导入或全不导入：文件中只要有一行错误就不保存任何内容，并列出每个错误。做法以“已收到”状态进入 {forum}，等待审查。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Import every row</source>
        <translation>导入所有行</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows refused, with the column and why</source>
        <translation>被拒绝的行，附列名和理由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Columns</source>
        <translation>返回列设置(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the column mapping</source>
        <translation>更改列对应关系</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type (policy, programme, partnership offer, research, data tool)</source>
        <translation>类型（政策、方案、伙伴关系提议、研究、数据工具）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries (names or codes)</source>
        <translation>国家（名称或代码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes (codes or labels, separated by ;)</source>
        <translation>主题（代码或名称，用 ; 分隔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by (registered organisations, separated by ;)</source>
        <translation>提交者（已登记的组织，用 ; 分隔）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (year)</source>
        <translation>起始（年份）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (year)</source>
        <translation>截止（年份）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>联系人电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary paragraphs (23–25, 32)</source>
        <translation>摘要段落（23–25, 32）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the column that holds the title.</source>
        <translation>请选择包含标题的列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the type of practice.</source>
        <translation>请选择包含做法类型的列。</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>%Ln 行被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) valid</source>
        <translation>
            <numerusform>%Ln 行有效</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was written: correct the file, or the columns, and try again</source>
        <translation>未保存任何内容：请更正文件或列设置后重试</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln more problem(s) not listed</source>
        <translation>
            <numerusform>另有 %Ln 个问题未列出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln practice(s) can be imported</source>
        <translation>
            <numerusform>可导入 %Ln 项做法</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln practice(s) imported, received for review</source>
        <translation>
            <numerusform>已导入 %Ln 项做法，已收到待审查</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeLabels</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/labels.py" line="+12"/>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership offer</source>
        <translation>伙伴关系提议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data tool</source>
        <translation>数据工具</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Americas</source>
        <translation>美洲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia</source>
        <translation>亚洲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>大洋洲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>全球</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fictional</source>
        <translation>虚构</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/page.py" line="+69"/>
        <source>Good Practices</source>
        <extracomment>A short message for the status bar. Who signs review steps (the main window keeps it up to date).</extracomment>
        <translation>良好做法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practices and recommendations</source>
        <translation>做法和建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Practices</source>
        <translation>做法</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead submitter</source>
        <translation>牵头提交方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter edits the chosen practice; choose two to compare them.</source>
        <translation>按 Enter 编辑所选做法；选择两项可进行比较。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practices shown</source>
        <translation>显示的做法</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Start &amp;Review</source>
        <translation>开始审查(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the review</source>
        <translation>开始审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish the practice</source>
        <translation>发布做法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;cline…</source>
        <translation>拒绝(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline the practice</source>
        <translation>拒绝做法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to Revie&amp;w…</source>
        <translation>退回审查(&amp;W)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return it to review</source>
        <translation>将其退回审查</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Practice…</source>
        <translation>新做法(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New practice</source>
        <translation>新做法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the practice</source>
        <translation>编辑做法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the practice</source>
        <translation>删除做法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare…</source>
        <translation>比较(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare the two practices</source>
        <translation>比较两项做法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Partner&amp;s…</source>
        <translation>查找合作伙伴(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find candidate partners</source>
        <translation>查找潜在合作伙伴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The&amp;mes…</source>
        <translation>主题(&amp;M)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Themes of the forum</source>
        <translation>论坛主题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import and E&amp;xport</source>
        <translation>导入和导出(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import practices, export the compendium or the open data</source>
        <translation>导入做法，导出汇编或开放数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Practices…</source>
        <translation>导入做法…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Compendium…</source>
        <translation>导出汇编…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Open Data…</source>
        <translation>导出开放数据…</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n 项做法</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>New Practice</source>
        <translation>新做法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice received.</source>
        <translation>已收到做法。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Practice</source>
        <translation>编辑做法</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Practice</source>
        <translation>删除做法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice “{title}” deleted (Edit &gt; Undo brings it back).</source>
        <translation>已删除做法“{title}”（编辑 &gt; 撤销可恢复）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decline Practice</source>
        <translation>拒绝做法</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return to Review</source>
        <translation>退回审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? The reason is kept with the review of “{title}”.</source>
        <translation>原因？理由将随“{title}”的审查一并保存。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Practice marked {state}.</source>
        <translation>做法已标记为“{state}”。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/preferences_dialog.py" line="+38"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This device&apos;s name</source>
        <translation>本设备名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office, registration desk…</source>
        <translation>办公室、登记台…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merges and the history say which device made each change by this name.</source>
        <translation>合并和历史记录用此名称标明每项更改由哪台设备作出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;device&apos;s name:</source>
        <translation>本设备名称(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name is kept on this computer; the device&apos;s name in the database.</source>
        <translation>您的姓名保存在本计算机上；设备名称保存在数据库中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the preferences</source>
        <translation>保存首选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus, messages and dates. It applies from the next start.</source>
        <translation>菜单、消息和日期所用的语言。下次启动时生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>PreferencesMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/preferences_menu.py" line="+24"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ForumDesk uses the new language from its next start.</source>
        <translation>ForumDesk 将在下次启动时使用新语言。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart Now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/print_menu.py" line="+36"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This page has nothing to print.</source>
        <translation>此页面没有可打印的内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to print here yet.</source>
        <translation>此处尚无可打印的内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which document?</source>
        <translation>哪一份文档？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing {document}…</source>
        <translation>正在准备{document}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+82"/>
        <location line="+21"/>
        <source>Printing cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Cannot print {document}: {reason}</source>
        <translation>无法打印{document}：{reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No printer is installed: you can still print to a PDF file.</source>
        <translation>未安装打印机：您仍可打印为PDF文件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing {document}…</source>
        <translation>正在打印{document}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Cannot start the printer {reason}.</source>
        <translation>无法启动打印机{reason}。</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>%n page(s) of {document} sent to {printer}.</source>
        <translation>
            <numerusform>{document}的%n页已发送至{printer}。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print Preview — {document}</source>
        <translation>打印预览 — {document}</translation>
    </message>
</context>
<context>
    <name>ProgrammeFiles</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/files.py" line="+53"/>
        <source>Forum created.</source>
        <extracomment>A short message for the status bar. A forum was made from a template: its id.</extracomment>
        <translation>论坛已创建。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Programme as Template</source>
        <translation>将日程另存为模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme-template</source>
        <translation>日程模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda template (*.json)</source>
        <translation>议程模板 (*.json)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Template saved to {file}.</source>
        <translation>模板已保存至{file}。</translation>
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
        <translation>Word文档 (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Programme</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>日程</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>已将%n个部分写入{file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/page.py" line="+61"/>
        <source>Programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No forum is open.</source>
        <translation>未打开任何论坛。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create a forum from an agenda template</source>
        <translation>根据议程模板创建论坛</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as &amp;Template…</source>
        <translation>另存为模板(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this programme as an agenda template</source>
        <translation>将此日程另存为议程模板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the programme</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iCalendar (.ics)…</source>
        <translation>iCalendar（.ics）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable Programme (PDF)…</source>
        <translation>可打印日程（PDF）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word Document (.docx)…</source>
        <translation>Word文档（.docx）…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline and list of the programme</source>
        <translation>日程的时间轴和列表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme by day, session and segment</source>
        <translation>按日、会议和部分排列的日程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The selected segment and its speakers</source>
        <translation>所选部分及其发言者</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected segment</source>
        <translation>所选部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gment</source>
        <translation>部分(&amp;G)</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>New F&amp;orum from Template…</source>
        <translation>根据模板新建论坛(&amp;N)…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ti&amp;meline</source>
        <translation>时间轴(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The programme by day, session and segment. Enter opens the chosen segment in its editor.</source>
        <translation>按日、会议和部分排列的日程。按Enter键在编辑器中打开所选部分。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&amp;ist</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time, room, theme and roles of the chosen segment.</source>
        <translation>所选部分的时间、会议室、主题和角色。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spea&amp;kers List</source>
        <translation>发言名单(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments that overlap in a room or for a person. Enter shows the chosen clash on the timeline.</source>
        <translation>在同一会议室或对同一人员而言时间重叠的部分。按Enter键在时间轴上显示所选冲突。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clashes in the programme</source>
        <translation>日程冲突</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+97"/>
        <source>No Clashes</source>
        <translation>无冲突</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Edit {segment}</source>
        <translation>编辑{segment}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The speakers list of {segment}</source>
        <translation>{segment}的发言名单</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Clashes (%n)</source>
        <translation>
            <numerusform>冲突（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Move {segment} to {time}</source>
        <translation>将{segment}移至{time}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not moved: {who} moved this segment meanwhile. The programme now shows it where they put it.</source>
        <translation>未移动：{who}在此期间已移动此部分。日程现按其放置的位置显示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>另一用户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This forum has no programme yet.</source>
        <translation>本论坛尚无日程。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a segment to see its theme and roles.</source>
        <translation>请选择一个部分以查看其主题和角色。</translation>
    </message>
</context>
<context>
    <name>RecommendationDetail</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_detail.py" line="+66"/>
        <source>Text of the recommendation</source>
        <translation>建议案文</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stakeholders who took it up</source>
        <translation>已采纳该建议的利益攸关方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>利益攸关方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Stakeholder…</source>
        <translation>添加利益攸关方(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stakeholder</source>
        <translation>添加利益攸关方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;Commitment…</source>
        <translation>编辑承诺(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the stakeholder&apos;s commitment</source>
        <translation>编辑利益攸关方的承诺</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Sta&amp;keholder</source>
        <translation>移除利益攸关方(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stakeholder</source>
        <translation>移除该利益攸关方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uptake</source>
        <translation>采纳情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Practices answering it</source>
        <translation>回应该建议的做法</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Practice</source>
        <translation>做法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link Practice…</source>
        <translation>关联做法(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link a practice</source>
        <translation>关联做法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlink Practice</source>
        <translation>取消关联(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink the practice</source>
        <translation>取消关联该做法</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status at each later forum</source>
        <translation>在每个后续论坛时的状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessed by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;Status…</source>
        <translation>设置状态(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the status at a later forum</source>
        <translation>设置在后续论坛时的状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>后续落实</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>¶ {number}</source>
        <translation>第{number}段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title} [fictional]</source>
        <translation>{title}［虚构］</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No later forum yet</source>
        <translation>尚无后续论坛</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_editor.py" line="+46"/>
        <source>Edit Recommendation {code}</source>
        <translation>编辑建议{code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code of the recommendation</source>
        <translation>建议编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text of the recommendation</source>
        <translation>建议案文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>案文(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme of the recommendation</source>
        <translation>建议的主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>(no theme)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the recommendation</source>
        <translation>保存建议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{code} saved</source>
        <translation>{code}已保存</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: this recommendation was changed meanwhile.</source>
        <translation>未保存：该建议在此期间已被他人修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="-138"/>
        <source>not assessed</source>
        <extracomment>Asks the database for what matches a text, then calls back with it.</extracomment>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under way</source>
        <translation>正在进行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendations_panel.py" line="+99"/>
        <source>Recommendations status</source>
        <extracomment>What the panel&apos;s edits change.</extracomment>
        <translation>建议状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendations error</source>
        <translation>建议错误</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¶</source>
        <translation>段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptake</source>
        <translation>采纳情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>做法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forum&apos;s recommendations: code, paragraph, text, how many stakeholders took each up, how many practices answer it, and its latest status.</source>
        <translation>本论坛的建议：编号、段落、案文、采纳各项建议的利益攸关方数目、回应该建议的做法数目以及最新状态。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Delete Recommendation</source>
        <translation>删除建议(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recommendation</source>
        <translation>删除该建议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Recommendatio&amp;n…</source>
        <translation>编辑建议(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the recommendation</source>
        <translation>编辑该建议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport Follow-up Report…</source>
        <translation>导出后续落实报告(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+273"/>
        <source>Export the follow-up report</source>
        <translation>导出后续落实报告</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>No recommendation yet: make one from a paragraph on the Document &amp; notes page.</source>
        <translation>尚无建议：请在“文档和注释”页面中根据某一段落提出建议。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status} ({forum})</source>
        <translation>{status}（{forum}）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stakeholder added to {code}</source>
        <translation>已向{code}添加利益攸关方</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Commitment saved</source>
        <translation>承诺已保存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stakeholder removed</source>
        <translation>利益攸关方已移除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Practice linked to {code}</source>
        <translation>做法已关联至{code}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Practice unlinked</source>
        <translation>已取消关联做法</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{code}: {status}</source>
        <translation>{code}：{status}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete Recommendation</source>
        <translation>删除建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {code}, with its stakeholders, practices and statuses?</source>
        <translation>删除{code}及其利益攸关方、做法和状态？</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{code} deleted</source>
        <translation>{code}已删除</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>follow-up</source>
        <translation>后续落实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.md)</source>
        <translation>文档 (*.pdf *.docx *.odt *.html *.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file ending in one of: {formats}</source>
        <translation>请选择以下列扩展名之一结尾的文件：{formats}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow-up report exported to {path}</source>
        <translation>后续落实报告已导出至{path}</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/page.py" line="+62"/>
        <source>Registry</source>
        <extracomment>A short message for the status bar.</extracomment>
        <translation>登记册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations and representatives</source>
        <translation>组织和代表</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Representatives</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+53"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Likely Duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Filter organisations by name, acronym or e-mail…</source>
        <translation>按名称、缩写或电子邮件筛选组织…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter organisations</source>
        <translation>筛选组织</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The organisations. Enter opens the chosen one.</source>
        <translation>组织列表。按Enter键打开所选组织。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registry counts</source>
        <translation>登记册统计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accredit Selected</source>
        <translation>认证所选代表(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accredit the selected representatives</source>
        <translation>认证所选代表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Walk-in…</source>
        <translation>现场登记(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a walk-in</source>
        <translation>办理现场登记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a walk-in (Ctrl+Shift+W)</source>
        <translation>办理现场登记（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import representatives from a CSV or Excel list</source>
        <translation>从CSV或Excel列表导入代表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the representatives listed</source>
        <translation>导出列出的代表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Badges…</source>
        <translation>证件(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print badges for the selection, or for everyone accredited</source>
        <translation>为所选人员或所有已认证人员打印证件</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%Ln representative(s)</source>
        <translation>
            <numerusform>%Ln名代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln个组织</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+37"/>
        <source>Edit {name}</source>
        <translation>编辑{name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This record</source>
        <translation>此记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>representatives</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Representatives</source>
        <translation>导出代表</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln representative(s) exported to {file}</source>
        <translation>
            <numerusform>已将%Ln名代表导出至{file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Representatives</source>
        <translation>导入代表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>列表 (*.csv *.xlsx *.xlsm *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln representative(s) imported from {file}</source>
        <translation>
            <numerusform>已从{file}导入%Ln名代表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import {file}</source>
        <translation>导入{file}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Keep {pair} apart</source>
        <translation>将{pair}分开保留</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Walk-in {name}</source>
        <translation>现场登记{name}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n representative(s) accredited</source>
        <translation>
            <numerusform>已认证%n名代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Accredit %n representative(s)</source>
        <translation>
            <numerusform>认证%n名代表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/badges.py" line="+27"/>
        <source>A4 sheets of 8 badges</source>
        <translation>A4纸，每张8个证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One badge per card (95 × 70 mm)</source>
        <translation>每张卡片一个证件（95 × 70毫米）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Badges of the %n selected person(s)</source>
        <translation>
            <numerusform>所选%n人的证件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges of everyone accredited</source>
        <translation>所有已认证人员的证件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>badges</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print Badges</source>
        <translation>打印证件</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln badge(s) written to {file}</source>
        <translation>
            <numerusform>已将%Ln个证件写入{file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/calendar_export.py" line="+32"/>
        <source>Export Their Programme</source>
        <translation>导出其个人日程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme</source>
        <translation>日程</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>已将%n个部分写入{file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RememberBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/passphrases.py" line="-70"/>
        <source>Remember the passphrase in this computer&apos;s &amp;keyring</source>
        <translation>在本计算机的密钥环中记住密码短语(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operating system&apos;s keyring keeps the passphrase and gives it back when this database is opened on this computer.</source>
        <translation>操作系统的密钥环会保存密码短语，并在本计算机上打开此数据库时提供。</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/panel.py" line="+102"/>
        <source>The sections of the report. Choose one to see its paragraphs.</source>
        <extracomment>What an edit of the report changes: the document&apos;s paragraphs, and notes citing them.</extracomment>
        <translation>报告的各节。选择一节即可查看其段落。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections of the report</source>
        <translation>报告的各节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paragraphs of the chosen section of the report.</source>
        <translation>报告所选节的段落。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraphs of the section</source>
        <translation>本节段落</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report status</source>
        <translation>报告状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report error</source>
        <translation>报告错误</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add Paragraph…</source>
        <translation>添加段落(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a paragraph</source>
        <translation>添加段落</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the paragraph up</source>
        <translation>上移段落</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the paragraph down</source>
        <translation>下移段落</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Paragraph</source>
        <translation>删除段落(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the paragraph</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From a &amp;Note…</source>
        <translation>根据注释(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a paragraph from a note</source>
        <translation>根据注释添加段落</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport Report…</source>
        <translation>导出报告(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{title}: {count} paragraphs</source>
        <translation>{title}：{count}个段落</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+186"/>
        <source>The forum has no summary report to add to yet.</source>
        <translation>本论坛尚无可供添加内容的摘要报告。</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Move paragraph {old} to {new}</source>
        <translation>将第{old}段移至第{new}段</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add paragraph</source>
        <translation>添加段落</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add paragraph from a note</source>
        <translation>根据注释添加段落</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove paragraph {n}</source>
        <translation>删除第{n}段</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The forum has no notes to add.</source>
        <translation>本论坛没有可添加的注释。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the summary report</source>
        <translation>导出摘要报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.md)</source>
        <translation>文档 (*.pdf *.docx *.odt *.html *.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file ending in one of: {formats}</source>
        <translation>请选择扩展名为以下之一的文件：{formats}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Report exported to {path}</source>
        <translation>报告已导出至{path}</translation>
    </message>
</context>
<context>
    <name>RepresentativeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/representative_dialog.py" line="+99"/>
        <source>Representative: {name}</source>
        <extracomment>The person&apos;s own programme is wanted as iCalendar: their id.</extracomment>
        <translation>代表：{name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Title:</source>
        <translation>称谓(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;Latin):</source>
        <translation>名（拉丁字母）(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;unction:</source>
        <translation>职务(&amp;U)：</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Family name (Lat&amp;in):</source>
        <translation>姓（拉丁字母）(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;anguages:</source>
        <translation>语文(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gen&amp;der:</source>
        <translation>性别(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the name in Latin letters as the person spells it: it is printed under the name on the badge. It cannot be made from this script without guessing the vowels.</source>
        <translation>请按本人的拼写用拉丁字母输入姓名：它印在证件上的姓名下方。此种文字无法在不猜测元音的情况下转写。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not registered to any forum.</source>
        <translation>未登记参加任何论坛。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Likely duplicates: {list}</source>
        <translation>可能重复：{list}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare and &amp;Merge…</source>
        <translation>比较并合并(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare and merge with the likely duplicate</source>
        <translation>与可能重复的记录进行比较并合并</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their Prog&amp;ramme (.ics)…</source>
        <translation>个人日程（.ics）(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the segments where this person has a role or speaks, as iCalendar</source>
        <translation>将此人担任角色或发言的部分导出为iCalendar</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Not saved: this person was changed meanwhile.</source>
        <translation>未保存：此人的记录在此期间已被更改。</translation>
    </message>
</context>
<context>
    <name>RepresentativesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/representatives_panel.py" line="+60"/>
        <source>Type the start of a family name, an organisation or an e-mail…</source>
        <translation>输入姓、组织或电子邮件的开头部分…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter representatives</source>
        <translation>筛选代表</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Regional group</source>
        <translation>区域组</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+94"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+28"/>
        <source>Accreditation</source>
        <translation>认证</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Badge</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Representatives</source>
        <translation>代表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registered people. Enter opens the chosen one.</source>
        <translation>已登记的人员。按Enter键打开所选人员。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+56"/>
        <source>Any {facet}</source>
        <translation>{facet}不限</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/restore_dialog.py" line="+52"/>
        <location line="+140"/>
        <source>Restore from Backup</source>
        <extracomment>The restore finished (a RestoreResult): the window reopens the database.</extracomment>
        <translation>从备份还原</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>The copies of {file} kept in the backup folder, newest first. Restoring one replaces everything in the database with that copy; a backup of its current state is taken first.</source>
        <extracomment>Asks the user to confirm the restore described; tests replace it.</extracomment>
        <translation>备份文件夹中保存的{file}副本，最新的在前。还原其中一份会用该副本替换数据库中的全部内容；还原前会先备份数据库的当前状态。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backups of this database, the newest first. Choose one to restore it.</source>
        <translation>此数据库的备份，最新的在前。选择一个备份即可将其还原。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups of this database yet.</source>
        <translation>此数据库尚无备份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the chosen backup</source>
        <translation>还原所选备份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{reason} (encrypted)</source>
        <translation>{reason}（已加密）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged database, kept before a restore</source>
        <translation>已损坏的数据库，在还原前保留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a schema upgrade</source>
        <translation>架构升级前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On opening (older ForumDesk)</source>
        <translation>打开时（旧版ForumDesk）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on request</source>
        <translation>应要求创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>还原前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before undoing an import</source>
        <translation>撤销导入前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before encryption</source>
        <translation>加密之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before decryption</source>
        <translation>解密之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a change of passphrase</source>
        <translation>更改密码短语之前</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before: {operation}</source>
        <translation>执行前：{operation}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Replace everything in {file} with the backup taken {time} ({reason})?

Changes made since then are replaced. A backup of the current state is taken first, so you can come back to it from this list.</source>
        <translation>是否用{time}的备份（{reason}）替换{file}中的全部内容？

此后所作的更改将被替换。还原前会先备份当前状态，因此您可以从此列表中恢复到当前状态。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring…</source>
        <translation>正在还原…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That passphrase does not open the backup. Try again ({n} of {most}):</source>
        <translation>该密码短语无法打开此备份。请重试（第{n}次，共{most}次）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was encrypted with another passphrase than the database&apos;s today. Type the passphrase it was taken with ({n} of {most}):</source>
        <translation>此备份使用的密码短语与数据库现在的不同。请输入备份时所用的密码短语（第{n}次，共{most}次）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted Backup</source>
        <translation>加密的备份</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored. What the damaged database held before is kept in {file}, and its write-ahead log (changes not yet in the file) in {log}.</source>
        <translation>已还原。已损坏数据库的原有内容保存在{file}中，其预写日志（尚未写入该文件的更改）保存在{log}中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored. What the database held before is kept in {file}.</source>
        <translation>已还原。数据库的原有内容保存在{file}中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored.</source>
        <translation>已还原。</translation>
    </message>
</context>
<context>
    <name>ReviewReasonDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="-65"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/revision_dialog.py" line="+42"/>
        <source>Revised draft: confirm how notes move</source>
        <translation>订正稿：确认注释的移动方式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{unchanged} paragraphs unchanged, {renumbered} renumbered, {gone} gone ({orphans} with notes), {added} new. Untick a row to leave its notes where they are.</source>
        <translation>{unchanged}个段落未变，{renumbered}个重新编号，{gone}个已删除（其中{orphans}个有注释），{added}个为新段落。取消勾选某一行，即可将其注释保留在原处。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import the Draft and Move Ticked Notes</source>
        <translation>导入订正稿并移动已勾选的注释</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposed paragraph mapping</source>
        <translation>建议的段落对应关系</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old ¶</source>
        <translation>原段号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ¶</source>
        <translation>新段号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old text</source>
        <translation>原文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New text</source>
        <translation>新文本</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>gone</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_roles.py" line="+64"/>
        <source>The roles of the segment (chair, speakers and others), each with a person or a label.</source>
        <translation>本部分的角色（主席、发言者等），每个角色对应一名人员或一个标注。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add Role</source>
        <translation>添加角色(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a role</source>
        <translation>添加角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move Role</source>
        <translation>删除角色(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected role</source>
        <translation>删除所选角色</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Role {n}: kind</source>
        <translation>角色{n}：类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role {n}: person</source>
        <translation>角色{n}：人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name to find the person</source>
        <translation>输入姓名以查找人员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role {n}: label</source>
        <translation>角色{n}：标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. an address, or a slot to fill</source>
        <translation>例如：致辞，或待定人选的时段</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Role {n}: choose the person from the registry list.</source>
        <translation>角色{n}：请从登记册列表中选择人员。</translation>
    </message>
</context>
<context>
    <name>RolesMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/access/menu.py" line="+25"/>
        <source>U&amp;sers and Roles…</source>
        <translation>用户和角色(&amp;S)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Grant and revoke roles, and create database accounts.</source>
        <translation>授予和撤销角色，并创建数据库账户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator assigns roles; you are signed in as {account}.</source>
        <translation>只有管理员可以分配角色；您以 {account} 身份登录。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/search_dialog.py" line="+117"/>
        <source>Search paragraphs, notes, practices and the registry</source>
        <extracomment>Wait this long after the last key before querying, so typing stays smooth. Kinds of hits that are registry records, found by name. (language version id or None, paragraph number) of a paragraph hit the user opened. The id of a note hit the user opened. The id of a person the user opened. The id of an organisation the user opened. The id of a practice the user opened. The id of a recommendation the user opened.</extracomment>
        <translation>搜索段落、注释、做法和登记册</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search text</source>
        <translation>搜索文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words, &quot;a phrase&quot;, or a prefix* — accents and case do not matter</source>
        <translation>词语、&quot;短语&quot;或前缀* — 不区分重音符号和大小写</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What matches the search. Enter opens the chosen result.</source>
        <translation>与搜索相符的结果。按Enter键打开所选结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¶{number}</source>
        <translation>第{number}段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice</source>
        <translation>做法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation from ¶{number}</source>
        <translation>摘自第{number}段的建议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on ¶{number}</source>
        <translation>关于第{number}段的注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_dialog.py" line="+111"/>
        <source>Edit Segment</source>
        <extracomment>(before, after, times): the values read and the values stored (`SegmentInput`s), and the times read and stored (`TimesChange`).</extracomment>
        <translation>编辑部分</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+116"/>
        <location line="+175"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-289"/>
        <location line="+290"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+285"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Linked sections</source>
        <translation>关联的节</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+279"/>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+290"/>
        <source>(no room)</source>
        <translation>（无会议室）</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Room name</source>
        <translation>会议室名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a room or type a new one</source>
        <translation>选择会议室或输入新会议室</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Th&amp;eme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked sectio&amp;ns:</source>
        <translation>关联的节(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oom:</source>
        <translation>会议室(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;les:</source>
        <translation>角色(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background &amp;documents:</source>
        <translation>背景文件(&amp;D)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the segment</source>
        <translation>保存部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>保存（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+184"/>
        <source>Background documents</source>
        <translation>背景文件</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>A title and a file or web address for each background document.</source>
        <translation>每份背景文件的标题以及文件或网址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File or URL</source>
        <translation>文件或URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Doc&amp;ument</source>
        <translation>添加文件(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a background document</source>
        <translation>添加背景文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the selected document&apos;s file</source>
        <translation>选择所选背景文件对应的文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve Document</source>
        <translation>删除文件(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected document</source>
        <translation>删除所选背景文件</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Background Document</source>
        <translation>背景文件</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not saved: {who} changed these times meanwhile. Close the editor and open it again to see them.</source>
        <translation>未保存：{who}在此期间更改了这些时间。请关闭编辑器并重新打开以查看。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>另一用户</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: this segment was changed meanwhile.</source>
        <translation>未保存：此部分在此期间已被更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A room added meanwhile</source>
        <translation>在此期间添加的会议室</translation>
    </message>
</context>
<context>
    <name>SelfApprovalBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/approval.py" line="+35"/>
        <source>Allow one-person approval</source>
        <translation>允许一人核准</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow one-person approval in this forum</source>
        <translation>在本论坛允许一人核准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For small meetings: whoever composed or last edited the minutes may approve them too. The approval line then says it was a one-person approval.</source>
        <translation>适用于小型会议：生成或最后编辑会议记录的人也可以核准该会议记录。核准说明将注明这是一人核准。</translation>
    </message>
</context>
<context>
    <name>SentenceBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/sentence_box.py" line="+20"/>
        <source>For the Summary Report</source>
        <extracomment>&quot;Add to Summary Report…&quot; was pressed, with the sentence.</extracomment>
        <translation>供摘要报告使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participation sentence</source>
        <translation>参与情况语句</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy Sentence</source>
        <translation>复制语句(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the participation sentence</source>
        <translation>复制参与情况语句</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add to Summary Report…</source>
        <translation>添加到摘要报告(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the participation sentence to the summary report</source>
        <translation>将参与情况语句添加到摘要报告</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/shortcuts.py" line="+112"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts by menu and page</source>
        <translation>按菜单和页面分列的键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SpeakerList</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="+30"/>
        <source>{n}. {who} · spoke {used} of {allotted}</source>
        <translation>{n}. {who} · 已发言{used}（分配{allotted}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n}. {who} · withdrawn</source>
        <translation>{n}. {who} · 已撤回发言</translation>
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
        <translation>发言名单</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find a person to add as speaker</source>
        <translation>查找要列为发言者的人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Speaker: type a name…</source>
        <translation>添加发言者：输入姓名…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Speaker</source>
        <translation>添加发言者(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the chosen person to the speakers list</source>
        <translation>将所选人员列入发言名单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered people whose names match what is typed. Enter adds the chosen one.</source>
        <translation>姓名与输入内容相符的已登记人员。按Enter键添加所选人员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People found in the registry</source>
        <translation>在登记册中找到的人员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The speakers in the order they speak. Move Up and Move Down change the order.</source>
        <translation>按发言顺序排列的发言者。“上移”和“下移”可更改顺序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers in order; drag to reorder</source>
        <translation>按顺序排列的发言者；拖动可调整顺序</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw</source>
        <translation>撤回发言(&amp;W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The speaking time allotted to the chosen speaker.</source>
        <translation>分配给所选发言者的发言时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking time allotted, in seconds</source>
        <translation>分配的发言时间（秒）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as Defau&amp;lt</source>
        <translation>设为默认值(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this speaking time for new speakers of the segment</source>
        <translation>对本部分新增的发言者使用此发言时间</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Add Speaker {name}</source>
        <translation>添加发言者{name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reorder Speakers</source>
        <translation>调整发言者顺序</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw Speaker</source>
        <translation>撤回发言</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set Speaking Time</source>
        <translation>设置发言时间</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set Default Speaking Time</source>
        <translation>设置默认发言时间</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="+17"/>
        <source>Stakeholder&apos;s Commitment</source>
        <translation>利益攸关方的承诺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Stakeholder</source>
        <translation>添加利益攸关方</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search the registry</source>
        <translation>输入以搜索登记册</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>承诺(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed &amp;on:</source>
        <translation>承诺日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commitment has a date</source>
        <translation>承诺注明日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the commitment</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the commitment</source>
        <translation>保存承诺</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose an organisation from the registry.</source>
        <translation>请从登记册中选择一个组织。</translation>
    </message>
</context>
<context>
    <name>SubmittersChooser</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+30"/>
        <source>Find an organisation</source>
        <translation>查找组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a registered organisation&apos;s name</source>
        <translation>输入已登记组织名称的一部分</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the organisation</source>
        <translation>添加该组织</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitting organisations, the lead first</source>
        <translation>提交组织，牵头方在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make Lead moves the chosen one first</source>
        <translation>“设为牵头”将所选组织移到首位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make &amp;Lead</source>
        <translation>设为牵头(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the chosen organisation the lead</source>
        <translation>将所选组织设为牵头方</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen organisation</source>
        <translation>移除所选组织</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/sync_dialog.py" line="+60"/>
        <source>Merge from {file}</source>
        <extracomment>Prompts for the other database&apos;s passphrase before the merge gives up. The result of a merge that was written (not of the preview). The user wants to settle the conflicts this merge left.</extracomment>
        <translation>从{file}合并</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel: nothing is merged</source>
        <extracomment>The passphrase of an encrypted other database, as the command line takes it.</extracomment>
        <translation>取消：不合并任何内容</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A backup of this database is taken before merging. Where a field was changed on both sides, our value stays until the conflict is settled (File &gt; Merge Conflicts…). Likely duplicates are only reported, never merged.</source>
        <translation>合并前将备份此数据库。如某字段在双方均被更改，在冲突解决（文件 &gt; 合并冲突…）之前保留我方值。可能重复的条目只报告，绝不合并。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records the merge brings</source>
        <translation>合并将带入的记录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>我方值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here by</source>
        <translation>此处更改人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their value</source>
        <translation>对方值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed there by</source>
        <translation>对方更改人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts the merge would leave</source>
        <translation>合并后将遗留的冲突</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coming in</source>
        <translation>传入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here</source>
        <translation>已有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates coming in</source>
        <translation>传入的可能重复条目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge the other database into this one</source>
        <translation>将另一数据库合并到此数据库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review Conflicts…</source>
        <translation>审查冲突(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the conflicts this merge left</source>
        <translation>审查此次合并遗留的冲突</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close without merging</source>
        <translation>关闭，不合并</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No database is open.</source>
        <translation>未打开任何数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {file}…</source>
        <translation>正在读取{file}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merging {file}…</source>
        <translation>正在合并{file}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Merging would bring: {counts}.</source>
        <translation>合并将带入：{counts}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to merge: this database already holds everything in {file}.</source>
        <translation>无需合并：此数据库已包含{file}中的全部内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged: {counts}.</source>
        <translation>已合并：{counts}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup at {path}.</source>
        <translation>备份位于{path}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges renumbered: {badges}.</source>
        <translation>重新编号的证件：{badges}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts keep our value until they are settled.</source>
        <translation>冲突解决之前保留我方值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts to settle.</source>
        <translation>没有需要解决的冲突。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled: nothing was merged.</source>
        <translation>已取消：未合并任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was merged.</source>
        <translation>未合并任何内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypted Database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase does not open {file}. Try again ({n} of {most}):</source>
        <translation>该密码短语无法打开 {file}。请重试（第{n}次，共{most}次）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is encrypted. Type its passphrase ({n} of {most}):</source>
        <translation>{file} 已加密。请输入其密码短语（第{n}次，共{most}次）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot merge {file}: {reason}</source>
        <translation>无法合并{file}：{reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records coming in: {count}</source>
        <translation>传入的记录：{count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the first {listed} listed)</source>
        <translation>（列出前{listed}条）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts (a field changed on both sides): {count}</source>
        <translation>冲突（双方均更改了同一字段）：{count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates (reported, not merged): {count}</source>
        <translation>可能重复（仅报告，不合并）：{count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: {fields}</source>
        <translation>已更改：{fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{inserted} new, {updated} changed, {deleted} deleted</source>
        <translation>新增{inserted}条，更改{updated}条，删除{deleted}条</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/menu.py" line="+36"/>
        <source>&amp;Merge from Another Database…</source>
        <extracomment>Asks which database to merge from (&quot;&quot; when the user cancels); tests replace it.</extracomment>
        <translation>从另一数据库合并(&amp;M)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge &amp;Conflicts…</source>
        <translation>合并冲突(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepare a &amp;Laptop…</source>
        <translation>准备笔记本电脑(&amp;L)…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Merge from Another Database</source>
        <translation>从另一数据库合并</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>ForumDesk数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Merge finished</source>
        <translation>合并完成</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/themes_dialog.py" line="+44"/>
        <source>Themes of the Forum</source>
        <translation>论坛主题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Themes:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Themes, each sub-theme under its theme</source>
        <translation>主题，各子主题列于其主题之下</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New label of the theme</source>
        <translation>主题的新名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New label of the chosen theme</source>
        <translation>所选主题的新名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the chosen theme</source>
        <translation>重命名所选主题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen theme</source>
        <translation>删除所选主题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code of the new theme</source>
        <translation>新主题的代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower-case letters, digits, underscores</source>
        <translation>小写字母、数字、下划线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label of the new theme</source>
        <translation>新主题的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>名称(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme the new one belongs to</source>
        <translation>新主题所属的主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Under:</source>
        <translation>所属(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Theme</source>
        <translation>添加主题(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the theme</source>
        <translation>添加该主题</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>— a theme of its own —</source>
        <translation>— 独立主题 —</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/timeline.py" line="+214"/>
        <source>Programme timeline: rooms across, time down</source>
        <extracomment>(segment id, place before, place after): a block was dragged or resized. A block was double-clicked, or Enter pressed on it: its segment id. The selected block changed: its segment id, or None.</extracomment>
        <translation>日程时间轴：横向为会议室，纵向为时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab: next segment. Up and Down: move it by a minute (with Shift: five). Alt with Up and Down: change its end. Left and Right: the next room or day. Enter: edit the segment. Escape: put it back.</source>
        <translation>Tab键：下一部分。上、下方向键：将其移动一分钟（按住Shift键：移动五分钟）。Alt键加上、下方向键：更改其结束时间。左、右方向键：下一会议室或下一日。Enter键：编辑该部分。Esc键：放回原处。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No room</source>
        <translation>无会议室</translation>
    </message>
</context>
<context>
    <name>TimesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_times.py" line="+68"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the time, or change the hours or minutes with Up and Down.</source>
        <translation>输入时间，或使用上、下方向键更改小时或分钟。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The segment must end after it starts.</source>
        <translation>部分的结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>UserNamePrompt</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/user_name.py" line="+88"/>
        <source>Welcome to ForumDesk. What is your name? It signs the notes and minutes you write, and the history records it with your changes.</source>
        <translation>欢迎使用ForumDesk。请问您的姓名？姓名将用于为您撰写的注释和会议记录署名，历史记录也会将其与您的更改一并记载。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes and notes are signed: give your name to go on.</source>
        <translation>会议记录和注释均需署名：请填写您的姓名以继续。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You sign as {name}.</source>
        <translation>您的署名为{name}。</translation>
    </message>
</context>
<context>
    <name>UsersRolesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/access/users_roles_dialog.py" line="+51"/>
        <source>Users and Roles</source>
        <translation>用户和角色</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+37"/>
        <source>Database account</source>
        <translation>数据库账户</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accounts and their roles</source>
        <translation>账户及其角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each database account that holds a role in this database.</source>
        <translation>在此数据库中拥有角色的每个数据库账户。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grant</source>
        <translation>授予(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke</source>
        <translation>撤销(&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password of the new account</source>
        <translation>新账户的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account&apos;s &amp;password:</source>
        <translation>新账户的密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Account with This Role</source>
        <translation>创建具有此角色的账户(&amp;C)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{roles} (owns the tables)</source>
        <translation>{roles}（表的所有者）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signed in as {account}. The roles are not set up on this database yet: the owner of its tables runs “forumdesk roles setup”.</source>
        <translation>以 {account} 身份登录。此数据库尚未设置角色：由其表的所有者运行“forumdesk roles setup”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as {account}, with: {roles}.</source>
        <translation>以 {account} 身份登录，拥有：{roles}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an administrator assigns roles.</source>
        <translation>只有管理员可以分配角色。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{account} now holds the {role} role.</source>
        <translation>{account} 现在拥有“{role}”角色。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} no longer holds the {role} role.</source>
        <translation>{account} 不再拥有“{role}”角色。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Database account {account} created, with the {role} role.</source>
        <translation>已创建数据库账户 {account}，拥有“{role}”角色。</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/walk_in_dialog.py" line="+59"/>
        <source>Register a Walk-in</source>
        <extracomment>(WalkInResult, &quot;FAMILY, Given&quot;) once a person is registered: the page makes it undoable.</extracomment>
        <translation>办理现场登记</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name in Latin letters</source>
        <translation>拉丁字母名字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name in Latin letters</source>
        <translation>拉丁字母姓氏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find it, or a new name</source>
        <translation>输入以查找，或输入新名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category of a new organisation</source>
        <translation>新组织的类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose for a new organisation —</source>
        <translation>— 为新组织选择 —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accredit and give a badge number</source>
        <translation>认证并分配证件号码(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;Latin):</source>
        <translation>名字（拉丁字母）(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Lat&amp;in):</source>
        <translation>姓氏（拉丁字母）(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Register</source>
        <extracomment>Latin fields the user typed in: proposals no longer overwrite them.</extracomment>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the walk-in</source>
        <translation>为现场人员办理登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register (Ctrl+Return)</source>
        <translation>登记（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Type the name in Latin letters as the person spells it: it is printed under the name on the badge. It cannot be made from this script without guessing the vowels.</source>
        <translation>请按本人的拼写用拉丁字母输入姓名：它印在证件上的姓名下方。此种文字无法在不猜测元音的情况下转写。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latin spelling proposed by the standard romanisation: check it with the person, as it is printed under the name on the badge.</source>
        <translation>按标准罗马化方案建议的拉丁拼写：请与本人核对，因为它印在证件上的姓名下方。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{label} ({reasons})</source>
        <translation>{label}（{reasons}）</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Already in the registry? %n likely duplicate(s):</source>
        <translation>
            <numerusform>是否已在登记册中？%n个可能重复条目：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} registered: badge {badge}.</source>
        <translation>已登记{name}：证件{badge}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} registered (not accredited).</source>
        <translation>已登记{name}（未认证）。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/field_labels.py" line="+75"/>
        <source>Name</source>
        <extracomment>Kept for sorting, computed from the names; a note&apos;s markup beside its plain text.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional group</source>
        <translation>区域组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC status</source>
        <translation>经社理事会咨商地位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC year</source>
        <translation>咨商地位年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Given name (Latin)</source>
        <translation>名（拉丁字母）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Latin)</source>
        <translation>姓（拉丁字母）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>并入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the record</source>
        <translation>载入记录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note link</source>
        <translation>注释链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note tag</source>
        <translation>注释标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes version</source>
        <translation>会议记录版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/labels.py" line="+20"/>
        <source>Opening</source>
        <translation>开幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>小组讨论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic part</source>
        <translation>专题部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive discussion</source>
        <translation>互动讨论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>闭幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>小组成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>致辞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker from the floor</source>
        <translation>场内发言者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Respondent</source>
        <translation>回应人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member State</source>
        <translation>会员国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer State</source>
        <translation>观察员国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intergovernmental organisation</source>
        <translation>政府间组织</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UN entity or agency</source>
        <translation>联合国实体或机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO in consultative status</source>
        <translation>具有咨商地位的非政府组织</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other civil society</source>
        <translation>其他民间社会组织</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade union</source>
        <translation>工会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant association or diaspora</source>
        <translation>移民协会或侨民组织</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private sector</source>
        <translation>私营部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial institution</source>
        <translation>金融机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Research or academia</source>
        <translation>研究或学术界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth organisation</source>
        <translation>青年组织</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>African States</source>
        <translation>非洲国家组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia-Pacific States</source>
        <translation>亚太国家组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eastern European States</source>
        <translation>东欧国家组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latin American and Caribbean States</source>
        <translation>拉丁美洲和加勒比国家组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western European and other States</source>
        <translation>西欧和其他国家组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undisclosed</source>
        <translation>未透露</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accredited</source>
        <translation>已认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (given and family)</source>
        <translation>全名（名和姓）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>语文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accreditation</source>
        <translation>认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/export.py" line="+24"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Word文档 (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument文本 (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
</TS>
