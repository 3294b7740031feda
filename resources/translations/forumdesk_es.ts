<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../src/forumdesk/ui/common/errors.py" line="+24"/>
        <source>Something went wrong</source>
        <translation>Se ha producido un error</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Copy Details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This database is read-only: you can look, search and export, but every change will be refused. Copy it to a folder you may write to, or ask for write access.</source>
        <translation>Esta base de datos es de solo lectura: puede consultarla, hacer búsquedas y exportar, pero se rechazará cualquier cambio. Cópiela en una carpeta en la que pueda escribir o solicite acceso de escritura.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only database</source>
        <translation>Base de datos de solo lectura</translation>
    </message>
</context>
<context>
    <name>ActionsBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/actions_box.py" line="+25"/>
        <source>Things to Act On</source>
        <extracomment>The tasks, in the order shown; each names what the main window opens for it. A task&apos;s button was pressed: one of TASKS.</extracomment>
        <translation>Tareas pendientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accreditation requests waiting</source>
        <translation>Solicitudes de acreditación pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely duplicates to review</source>
        <translation>Posibles duplicados por examinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clashes in the programme</source>
        <translation>Conflictos de horario en el programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes awaiting approval</source>
        <translation>Actas pendientes de aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs no note cites yet</source>
        <translation>Párrafos que aún no cita ninguna nota</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing waits: no request, clash or minutes to approve.</source>
        <translation>No hay nada pendiente: ninguna solicitud, conflicto de horario ni acta por aprobar.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n accreditation request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n solicitud de acreditación pendiente de decisión</numerusform>
            <numerusform>%n solicitudes de acreditación pendientes de decisión</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least {count} likely duplicates to review</source>
        <translation>Al menos {count} posibles duplicados por examinar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} likely duplicate(s) to review</source>
        <translation>{count} posible(s) duplicado(s) por examinar</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n clash(es) in the programme</source>
        <translation>
            <numerusform>%n conflicto de horario en el programa</numerusform>
            <numerusform>%n conflictos de horario en el programa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Minutes of %n segment(s) awaiting approval</source>
        <translation>
            <numerusform>Acta de %n segmento pendiente de aprobación</numerusform>
            <numerusform>Actas de %n segmentos pendientes de aprobación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n paragraph(s) of the summary that no note cites yet</source>
        <translation>
            <numerusform>%n párrafo del resumen que aún no cita ninguna nota</numerusform>
            <numerusform>%n párrafos del resumen que aún no cita ninguna nota</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/approval.py" line="+44"/>
        <source>Approve Minutes</source>
        <translation>Aprobar el acta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve version {n} of these minutes?</source>
        <translation>¿Desea aprobar la versión {n} de esta acta?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About this approval</source>
        <translation>Acerca de esta aprobación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>draft</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted for review</source>
        <translation>presentada para examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes:</source>
        <translation>Acta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment:</source>
        <translation>Segmento:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} ({state})</source>
        <translation>{n} ({state})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written by:</source>
        <translation>Redactada por:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody named</source>
        <translation>nadie indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved:</source>
        <translation>Guardada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length:</source>
        <translation>Extensión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{words} words, {turns} interventions</source>
        <translation>{words} palabras, {turns} intervenciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since composed:</source>
        <translation>Desde su composición:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited by hand</source>
        <translation>modificada manualmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as composed from the programme, not edited</source>
        <translation>tal como se compuso a partir del programa, sin modificar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved by:</source>
        <translation>Aprobada por:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not approve</source>
        <translation>No aprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve Version {n}</source>
        <translation>Aprobar la versión {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve this version</source>
        <translation>Aprobar esta versión</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This version is already approved.</source>
        <translation>Esta versión ya está aprobada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You also wrote this version. This forum allows one-person approval, and the approval line of every export will say so.</source>
        <translation>Usted también redactó esta versión. Este foro permite que una sola persona apruebe el acta, y así se indicará en la mención de aprobación de cada exportación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once approved, this version is locked: later changes start a new draft version.</source>
        <translation>Una vez aprobada, esta versión queda bloqueada: cualquier cambio posterior crea una nueva versión en estado de proyecto.</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/backup_menu.py" line="+31"/>
        <source>Back &amp;Up Now</source>
        <translation>Crear copia de se&amp;guridad ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurar desde una copia de seg&amp;uridad…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk keeps backups of SQLite files only; this PostgreSQL database is covered by the office&apos;s own dumps.</source>
        <translation>ForumDesk solo guarda copias de seguridad de los archivos SQLite; esta base de datos PostgreSQL está cubierta por los volcados (dumps) propios de la oficina.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backing up…</source>
        <translation>Creando copia de seguridad…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup taken: {file}</source>
        <translation>Copia de seguridad creada: {file}</translation>
    </message>
</context>
<context>
    <name>BalanceStrip</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="+115"/>
        <source>Balance of the speakers list</source>
        <translation>Equilibrio de la lista de oradores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers by category</source>
        <translation>Oradores por categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers by gender</source>
        <translation>Oradores por género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance warnings</source>
        <translation>Advertencias sobre el equilibrio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil society and NGOs</source>
        <translation>Sociedad civil y ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade unions</source>
        <translation>Sindicatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant associations</source>
        <translation>Asociaciones de migrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN and intergovernmental</source>
        <translation>Naciones Unidas y organizaciones intergubernamentales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisation</source>
        <translation>Sin organización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No speakers yet.</source>
        <translation>Todavía no hay oradores.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{group}: {speakers:.0%} of speakers, {time:.0%} of time</source>
        <translation>{group}: {speakers:.0%} de los oradores, {time:.0%} del tiempo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{gender}: {speakers:.0%} of speakers, {time:.0%} of time</source>
        <translation>{gender}: {speakers:.0%} de los oradores, {time:.0%} del tiempo</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not heard yet: {group} (%n participant(s) registered; seed ¶75 asks for them)</source>
        <translation>
            <numerusform>Aún no han intervenido: {group} (%n participante inscrito; el ¶75 del documento de referencia pide que se les escuche)</numerusform>
            <numerusform>Aún no han intervenido: {group} (%n participantes inscritos; el ¶75 del documento de referencia pide que se les escuche)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not heard yet: {group} (%n participant(s) registered)</source>
        <translation>
            <numerusform>Aún no han intervenido: {group} (%n participante inscrito)</numerusform>
            <numerusform>Aún no han intervenido: {group} (%n participantes inscritos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/checkin/page.py" line="+88"/>
        <source>Check-in desk</source>
        <extracomment>Background and text colours of the answer: green, amber, red (WCAG AA contrast). Said once it is undone. Makes the Undo step of an answer; None when there is nothing to take back. Who accredits on the spot and registers walk-ins: the user&apos;s name. The answer shown, and what Undo would take back.</extracomment>
        <translation>Puesto de control de entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Last scans</source>
        <translation>Últimos pases escaneados</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The last scans at this desk, the newest first.</source>
        <translation>Los últimos pases escaneados en este puesto, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the scan field</source>
        <translation>Vaciar el campo de lectura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Laptop B, side door</source>
        <translation>p. ej., Portátil B, puerta lateral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Desk:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>The forum&apos;s entrance</source>
        <translation>La entrada del foro</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>D&amp;oor:</source>
        <translation>P&amp;uerta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badge code</source>
        <translation>Código del pase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge, or type its number, then Enter</source>
        <translation>Escanee un pase o escriba su número y pulse Intro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready for the first badge.</source>
        <translation>Listo para el primer pase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Accredit and Check In</source>
        <translation>&amp;Acreditar y registrar la entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accredit the person scanned and check them in</source>
        <translation>Acreditar a la persona cuyo pase se ha escaneado y registrar su entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accredit this waiting request and check the person in</source>
        <translation>Acreditar esta solicitud pendiente y registrar la entrada de la persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register &amp;Walk-in…</source>
        <translation>&amp;Inscripción in situ…</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+53"/>
        <source>Register a walk-in and check them in</source>
        <translation>Inscribir a una persona in situ y registrar su entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register someone with no badge and check them in (Ctrl+Shift+W)</source>
        <translation>Inscribir in situ a una persona sin pase y registrar su entrada (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo Last Check-in</source>
        <translation>&amp;Deshacer el último registro de entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last check-in</source>
        <translation>Deshacer el último registro de entrada</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The last check-in was undone.</source>
        <translation>Se ha deshecho el último registro de entrada.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already checked in at {time} on {place}</source>
        <translation>Entrada ya registrada a las {time} en el puesto “{place}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this desk</source>
        <translation>este puesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{keys}: accredit and check in</source>
        <translation>{keys}: acreditar y registrar la entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{keys}: register a walk-in</source>
        <translation>{keys}: inscripción in situ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ready for the next badge.</source>
        <translation>Listo para el siguiente pase.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The last check-in and its accreditation were undone.</source>
        <translation>Se han deshecho el último registro de entrada y su acreditación.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The last check-in and its walk-in were undone.</source>
        <translation>Se han deshecho el último registro de entrada y su inscripción in situ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undone: the last check-in</source>
        <translation>Deshecho: el último registro de entrada</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+48"/>
        <source>Space ticks or unticks the current item</source>
        <translation>La barra espaciadora marca o desmarca el elemento actual</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_clock.py" line="+91"/>
        <source>Current speaker</source>
        <translation>Orador actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn in progress</source>
        <translation>Intervención en curso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaking time</source>
        <translation>Tiempo de uso de la palabra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Speaker</source>
        <translation>&amp;Siguiente orador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Room Screen…</source>
        <translation>Pantalla de la s&amp;ala…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{name} has the floor, clock paused: {time} so far</source>
        <translation>{name} tiene la palabra, cronómetro en pausa: {time} hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} had the floor when ForumDesk stopped: {time} so far</source>
        <translation>{name} tenía la palabra cuando se cerró ForumDesk: {time} hasta ahora</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speaking Clock Running</source>
        <translation>Cronómetro en marcha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has the floor and the speaking clock is running.

Pause the clock and close this database? The time so far ({time}) is saved: the turn can be resumed or closed when the database is opened again.</source>
        <translation>{name} tiene la palabra y el cronómetro está en marcha.

¿Desea poner el cronómetro en pausa y cerrar esta base de datos? El tiempo transcurrido ({time}) se guarda: la intervención podrá reanudarse o cerrarse la próxima vez que se abra la base de datos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Speaking Clock Not Saved</source>
        <translation>Cronómetro no guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaking clock could not be saved: {error}

Close this database anyway? The speakers list keeps what was saved before; the time spoken since is lost.</source>
        <translation>No se pudo guardar el cronómetro: {error}

¿Desea cerrar esta base de datos de todos modos? La lista de oradores conserva lo que se guardó antes; se pierde el tiempo de palabra transcurrido desde entonces.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nobody is waiting on the speakers list.</source>
        <translation>No hay nadie en espera en la lista de oradores.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The speaking clock is not saved yet, it will try again: {error}</source>
        <translation>El cronómetro aún no se ha guardado; se volverá a intentar: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Speaking: {name}</source>
        <translation>Tiene la palabra: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody speaking</source>
        <translation>Nadie tiene la palabra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over by {time}</source>
        <translation>Excedido en {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} left</source>
        <translation>Quedan {time}</translation>
    </message>
</context>
<context>
    <name>ClockWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="-137"/>
        <source>Speaking Time</source>
        <translation>Tiempo de uso de la palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room screen with the speaking time</source>
        <translation>Pantalla de la sala con el tiempo de uso de la palabra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current speaker</source>
        <translation>Orador actual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaking time</source>
        <translation>Tiempo de uso de la palabra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over by {time}</source>
        <translation>Excedido en {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation>Quedan {time}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/compare.py" line="+51"/>
        <location line="+1"/>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer version</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare version</source>
        <translation>&amp;Comparar la versión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;with version</source>
        <translation>co&amp;n la versión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two versions, paragraph by paragraph</source>
        <translation>Las dos versiones, párrafo por párrafo</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>Version {n}</source>
        <translation>Versión {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Suprimido</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n paragraph(s) differ</source>
        <translation>
            <numerusform>%n párrafo difiere</numerusform>
            <numerusform>%n párrafos difieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompendiumExportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/compendium_dialog.py" line="+68"/>
        <source>Export Compendium</source>
        <translation>Exportar el compendio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Open Data</source>
        <translation>Exportar datos abiertos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the compendium</source>
        <translation>Idioma del compendio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forum&apos;s language</source>
        <translation>El idioma del foro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include the fictional examples, marked as such</source>
        <translation>Incluir los ejemplos ficticios, señalados como tales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published practices only</source>
        <translation>Solo las prácticas publicadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ile:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>compendium</source>
        <translation>compendio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>practices</source>
        <translation>practicas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Writing the compendium…</source>
        <translation>Escribiendo el compendio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the open data…</source>
        <translation>Escribiendo los datos abiertos…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n practice(s) written to {file}</source>
        <translation>
            <numerusform>%n práctica escrita en {file}</numerusform>
            <numerusform>%n prácticas escritas en {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not written: {reason}</source>
        <translation>No se escribió: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/conflicts_dialog.py" line="+53"/>
        <source>Merge Conflicts</source>
        <extracomment>Taking theirs may change any record: every page that shows one reloads.</extracomment>
        <translation>Conflictos de fusión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each line is a field changed both here and on the other side. Our value stays until you keep it or take theirs; either is recorded in the history.</source>
        <translation>Cada línea es un campo modificado tanto aquí como en la otra copia. Nuestro valor se mantiene hasta que usted decida conservarlo o tomar el de la otra copia; cualquiera de las dos opciones queda registrada en el historial.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>Nuestro valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed here by</source>
        <translation>Modificado aquí por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their value</source>
        <translation>Valor de la otra copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed there by</source>
        <translation>Modificado en la otra copia por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged</source>
        <translation>Fusionado el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged from {source}</source>
        <translation>Fusionado desde {source}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open conflicts</source>
        <translation>Conflictos pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields both databases changed, each waiting for a choice.</source>
        <translation>Campos modificados en ambas bases de datos, cada uno a la espera de una decisión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts to settle.</source>
        <translation>No hay conflictos que resolver.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep &amp;Ours</source>
        <translation>Conservar el &amp;nuestro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep our value</source>
        <translation>Conservar nuestro valor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Tomar el de la otra copia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take their value</source>
        <translation>Tomar el valor de la otra copia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CountriesChooser</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+38"/>
        <source>Find a country</source>
        <translation>Buscar un país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or an ISO code</source>
        <translation>Escriba un nombre o un código ISO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/coverage_panel.py" line="+49"/>
        <source>How many notes each section and paragraph has. Enter shows the chosen one.</source>
        <extracomment>The user picked a section or a list of paragraphs to look at. The user picked an orphaned note (its id).</extracomment>
        <translation>Número de notas de cada sección y de cada párrafo. Intro muestra el elemento elegido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections and paragraphs without a note</source>
        <translation>Secciones y párrafos sin nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not cited yet</source>
        <translation>Aún sin citar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{covered} of {total} paragraphs have a note or a practice ({share} %): {notes} with a note, {practices} with a practice.</source>
        <translation>{covered} de {total} párrafos tienen una nota o una práctica ({share}%): {notes} con nota, {practices} con práctica.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{covered} of {total} paragraphs have a note ({share} %).</source>
        <translation>{covered} de {total} párrafos tienen una nota ({share}%).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all: ¶{refs}</source>
        <translation>todos: ¶{refs}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notes on paragraphs of an earlier draft</source>
        <translation>Notas sobre párrafos de un proyecto anterior</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every paragraph has a note.</source>
        <translation>Todos los párrafos tienen al menos una nota.</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/database_controller.py" line="+156"/>
        <source>Encrypted Database</source>
        <translation>Base de datos cifrada</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>That passphrase does not open {file}. Try again ({n} of {most}):</source>
        <translation>Esa frase de contraseña no abre {file}. Inténtelo de nuevo ({n} de {most}):</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The passphrase remembered in the keyring does not open {file}; it was forgotten. Type its passphrase ({n} of {most}):</source>
        <translation>La frase de contraseña recordada en el llavero no abre {file}; se ha olvidado. Escriba su frase de contraseña ({n} de {most}):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is encrypted. Type its passphrase ({n} of {most}):</source>
        <translation>{file} está cifrada. Escriba su frase de contraseña ({n} de {most}):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Password of {account} ({n} of {most}):</source>
        <translation>Contraseña de {account} ({n} de {most}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign In to the Database Server</source>
        <translation>Iniciar sesión en el servidor de base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/database_menu.py" line="+29"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de ForumDesk (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>Borrar el menú</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/import_flow.py" line="+51"/>
        <source>Import Document</source>
        <extracomment>A message for the status bar once the import is done. A revised draft was applied (paragraph numbers may have changed).</extracomment>
        <translation>Importar documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.txt *.docx *.odt *.md);;All files (*)</source>
        <translation>Documentos (*.txt *.docx *.odt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot import the document</source>
        <translation>No se puede importar el documento</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document has no {language} version to revise; import the file as another language instead.</source>
        <translation>El documento no tiene una versión en {language} que revisar; importe el archivo como otro idioma.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported {file}: {paragraphs} paragraphs.</source>
        <translation>Se ha importado {file}: {paragraphs} párrafos.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Revised draft imported: {moved} note links moved, {orphaned} orphaned.</source>
        <translation>Proyecto revisado importado: {moved} vínculos de notas trasladados, {orphaned} huérfanos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes on ¶{refs} were left on their old numbers, as you chose. Check that these paragraphs still say what the notes discuss.</source>
        <translation>Las notas sobre los ¶{refs} se han dejado en sus números anteriores, como usted eligió. Compruebe que esos párrafos siguen tratando lo que comentan las notas.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/page.py" line="+73"/>
        <source>Document &amp; notes</source>
        <extracomment>A short message for the status bar. The id of a practice the user opened from a paragraph (the window shows it).</extracomment>
        <translation>Documento y notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This forum has no document yet.</source>
        <translation>Este foro aún no tiene ningún documento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outline and coverage</source>
        <translation>Estructura y cobertura</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/outline.py" line="+21"/>
        <source>Document outline</source>
        <translation>Estructura del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter shows a section&apos;s paragraphs.</source>
        <translation>Intro muestra los párrafos de una sección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
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
        <translation>Estructura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New Note on Selection</source>
        <translation>Nueva nota sobre la selección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make &amp;Recommendation…</source>
        <translation>Formular &amp;recomendación…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document and language version</source>
        <translation>Documento y versión lingüística</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Beside it:</source>
        <translation>&amp;Al lado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language version shown side by side</source>
        <translation>Versión lingüística que se muestra al lado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go to ¶</source>
        <translation>I&amp;r al ¶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to paragraph number</source>
        <translation>Ir al párrafo número</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a document</source>
        <translation>Importar un documento</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>That note is not on this document.</source>
        <translation>Esa nota no corresponde a este documento.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+82"/>
        <source>Edit note on ¶{refs}</source>
        <translation>Editar la nota sobre el ¶{refs}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>New note on ¶{refs}</source>
        <translation>Nueva nota sobre el ¶{refs}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Delete note on ¶{refs}</source>
        <translation>Eliminar la nota sobre el ¶{refs}</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/duplicates_panel.py" line="+71"/>
        <source>Likely duplicates</source>
        <extracomment>A pair was kept apart: (first id, second id, a label naming both), for undo. The list was read again; the number of pairs it holds.</extracomment>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+116"/>
        <source>Find &amp;Likely Duplicates</source>
        <extracomment>Who takes the &quot;Keep Both&quot; decisions; set by the page. The merge dialog last opened from this panel (tests and the page look at it).</extracomment>
        <translation>&amp;Buscar posibles duplicados</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Find likely duplicate representatives in the whole registry</source>
        <translation>Buscar representantes posiblemente duplicados en todo el registro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likely duplicates status</source>
        <translation>Estado de la búsqueda de posibles duplicados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First person</source>
        <translation>Primera persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second person</source>
        <translation>Segunda persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likely duplicate pairs</source>
        <translation>Pares de posibles duplicados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairs of records that may be one person or organisation. Enter compares the chosen pair.</source>
        <translation>Pares de fichas que podrían corresponder a la misma persona u organización. Intro compara el par elegido.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Compare and Merge…</source>
        <translation>&amp;Comparar y fusionar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected pair field by field and merge them</source>
        <translation>Comparar campo por campo el par seleccionado y fusionarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep Both</source>
        <translation>Conservar a&amp;mbos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both records of the selected pair: they are different people</source>
        <translation>Conservar las dos fichas del par seleccionado: son personas distintas</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>No se pudieron buscar duplicados: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding Likely Duplicates…</source>
        <translation>Buscando posibles duplicados…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking through the whole registry…</source>
        <translation>Revisando todo el registro…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n par de posibles duplicados</numerusform>
            <numerusform>%n pares de posibles duplicados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No likely duplicates left to review.</source>
        <translation>No quedan posibles duplicados por examinar.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/edit_conflict_dialog.py" line="+56"/>
        <source>Changed Meanwhile: {kind}</source>
        <translation>Modificado entretanto: {kind}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone saved this record after you opened it, and changed some of the fields you changed. Choose the value to keep for each. Your other changes are saved, and theirs are kept.</source>
        <translation>Otra persona guardó esta ficha después de que usted la abriera y modificó algunos de los campos que usted modificó. Elija el valor que desea conservar en cada caso. Sus demás cambios se guardan, y los de la otra persona se conservan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save with these choices</source>
        <translation>Guardar con estas opciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel: back to the form</source>
        <translation>Cancelar: volver al formulario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved meanwhile</source>
        <translation>Guardado entretanto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your value of {field}</source>
        <translation>Su valor de {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value}
Saved by {who}</source>
        <translation>{value}
Guardado por {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value of {field} saved meanwhile</source>
        <translation>Valor de {field} guardado entretanto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value to keep for {field}</source>
        <translation>Valor que se conserva para {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Tomar el de la otra persona</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fields changed on both sides</source>
        <translation>Campos modificados en ambas partes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>another user</source>
        <translation>otro usuario</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/dialog.py" line="+73"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel; the database is left as it was</source>
        <translation>Cancelar; la base de datos queda como estaba</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} is encrypted: it opens only with its passphrase. You may change the passphrase, or decrypt the file.</source>
        <translation>{file} está cifrada: solo se abre con su frase de contraseña. Puede cambiar la frase de contraseña o descifrar el archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} lies in clear: whoever has the file, or a copy of it, can read the personal data in it. Encrypted, it opens only with its passphrase, which cannot be recovered if it is lost.</source>
        <translation>{file} está sin cifrar: quien tenga el archivo, o una copia, puede leer los datos personales que contiene. Cifrada, solo se abre con su frase de contraseña, que no se puede recuperar si se pierde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Change the passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decr&amp;ypt: leave the file in clear</source>
        <translation>Desc&amp;ifrar: dejar el archivo sin cifrar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña ac&amp;tual:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decrypted, the file lies in clear on this computer: anyone who can read it, or a copy of it, can read the personal data in it. Its backups stay encrypted, each with the passphrase it was taken with.</source>
        <translation>Descifrado, el archivo queda sin cifrar en este equipo: quien pueda leerlo, o leer una copia, puede leer los datos personales que contiene. Sus copias de seguridad siguen cifradas, cada una con la frase de contraseña con la que se hizo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earlier backups</source>
        <translation>Copias de seguridad anteriores</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encr&amp;ypt them with the same passphrase</source>
        <translation>Ci&amp;frarlas con la misma frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te them</source>
        <translation>&amp;Eliminarlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them in c&amp;lear</source>
        <translation>C&amp;onservarlas sin cifrar</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n earlier backup(s) of this database lie in clear in {folder}. So that no clear copy stays behind:</source>
        <translation>
            <numerusform>%n copia de seguridad anterior de esta base de datos está sin cifrar en {folder}. Para que no quede ninguna copia sin cifrar:</numerusform>
            <numerusform>%n copias de seguridad anteriores de esta base de datos están sin cifrar en {folder}. Para que no quede ninguna copia sin cifrar:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the current passphrase.</source>
        <translation>Escriba la frase de contraseña actual.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Cifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Passphrase</source>
        <translation>Cambiar la &amp;frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decrypt</source>
        <translation>&amp;Descifrar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encrypting {file}…</source>
        <translation>Cifrando {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the passphrase of {file}…</source>
        <translation>Cambiando la frase de contraseña de {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypting {file}…</source>
        <translation>Descifrando {file}…</translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/menu.py" line="+24"/>
        <location line="+20"/>
        <source>Encryp&amp;tion…</source>
        <translation>Cifrad&amp;o…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Encryption… (the server&apos;s business on PostgreSQL)</source>
        <translation>Cifrado… (en PostgreSQL corresponde al servidor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption at rest of a PostgreSQL database is the server&apos;s business (its disks and backups); ForumDesk encrypts SQLite files.</source>
        <translation>El cifrado en reposo de una base de datos PostgreSQL corresponde al servidor (sus discos y sus copias de seguridad); ForumDesk cifra los archivos SQLite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypt this database, change its passphrase, or decrypt it</source>
        <translation>Cifrar esta base de datos, cambiar su frase de contraseña o descifrarla</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{file} is encrypted.</source>
        <translation>{file} está cifrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase of {file} is changed.</source>
        <translation>Se ha cambiado la frase de contraseña de {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is decrypted: it lies in clear. Its backups stay encrypted.</source>
        <translation>{file} está descifrada: queda sin cifrar. Sus copias de seguridad siguen cifradas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
</context>
<context>
    <name>ErasePersonalDataButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/personal_data.py" line="+110"/>
        <source>Erase Perso&amp;nal Data…</source>
        <translation>Suprimir &amp;datos personales…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this person&apos;s personal data everywhere; it cannot be undone</source>
        <translation>Suprimir en todas partes los datos personales de esta persona; no se puede deshacer</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>Erase Personal Data</source>
        <translation>Suprimir datos personales</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Erase the personal data of {name}?</source>
        <translation>¿Suprimir los datos personales de {name}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their names, contact details and notes about them are removed everywhere: the registry, notes, minutes, the report, the search index and the audit log. Approved minutes and the report keep their text, with {pseudonym} in place of the name, and say so. A backup is taken first.

This cannot be undone.</source>
        <translation>Sus nombres, datos de contacto y las notas que le conciernen se eliminan en todas partes: el registro, las notas, las actas, el informe, el índice de búsqueda y el registro de auditoría. Las actas aprobadas y el informe conservan su texto, con {pseudonym} en lugar del nombre, y lo indican. Antes se hace una copia de seguridad.

Esta operación no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Erase</source>
        <translation>&amp;Suprimir</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The personal data of {name} was erased. They are now {pseudonym}.</source>
        <translation>Se han suprimido los datos personales de {name}. Esta persona es ahora {pseudonym}.</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/export.py" line="+27"/>
        <location line="+1"/>
        <source>Export all minutes</source>
        <translation>Exportar todas las actas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the files into</source>
        <translation>Guardar los archivos en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder</source>
        <translation>Una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One .zip file</source>
        <translation>Un único archivo .zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Into:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which version</source>
        <translation>Qué versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published: notes for the record only</source>
        <translation>Publicada: solo las notas para el acta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal: with the internal notes, marked not for distribution</source>
        <translation>Interna: con las notas internas, marcada como no destinada a la distribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/export_dialog.py" line="+28"/>
        <source>Export Representatives</source>
        <translation>Exportar representantes</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln representative(s), as the list shows them. Columns:</source>
        <translation>
            <numerusform>%Ln representante, tal como lo muestra la lista. Columnas:</numerusform>
            <numerusform>%Ln representantes, tal como los muestra la lista. Columnas:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns to export: tick those wanted.</source>
        <translation>Las columnas que se exportarán: marque las que desee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to export</source>
        <translation>Columnas que se exportarán</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file and export</source>
        <translation>Elegir el archivo y exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/facets.py" line="+36"/>
        <source>Search practices…</source>
        <translation>Buscar prácticas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search practices</source>
        <translation>Buscar prácticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words of the title, summary, results, partners or a submitter&apos;s name</source>
        <translation>Palabras del título, el resumen, los resultados, los asociados o el nombre de una entidad que presenta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>Tip&amp;o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bmitted by</source>
        <translation>&amp;Presentada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review st&amp;ate</source>
        <translation>Estado del e&amp;xamen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a value to show only its practices</source>
        <translation>Elija un valor para mostrar solo sus prácticas</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All ({count})</source>
        <translation>Todas ({count})</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="+210"/>
        <source>Status at a Later Forum</source>
        <translation>Estado en un foro posterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later forum</source>
        <translation>Foro posterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forum:</source>
        <translation>&amp;Foro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What shows it: a decision, a report, a law…</source>
        <translation>Lo que lo demuestra: una decisión, un informe, una ley…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Pruebas:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the status</source>
        <translation>Guardar el estado</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../src/forumdesk/ui/widgets/rich_text.py" line="+13"/>
        <location line="+3"/>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/guide_window.py" line="+60"/>
        <source>ForumDesk User Guide</source>
        <extracomment>Screenshots are ~1200 px wide; the guide shows them this wide, smoothly scaled.</extracomment>
        <translation>Guía del usuario de ForumDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Find in the page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Find in the page (Enter: next)</source>
        <translation>Buscar en la página (Intro: siguiente)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/menu.py" line="+53"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ForumDesk</source>
        <translation>&amp;Acerca de ForumDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>About ForumDesk</source>
        <translation>Acerca de ForumDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s workbench for a consultative forum on international migration and development.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;La herramienta de trabajo de la secretaría de un foro consultivo sobre la migración internacional y el desarrollo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/history_dialog.py" line="+135"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the history of this record</source>
        <translation>Mostrar el historial de esta ficha</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="-99"/>
        <source>History: {record}</source>
        <translation>Historial: {record}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes to the record</source>
        <translation>Cambios en la ficha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this record, when, on which device, and what.</source>
        <translation>Quién modificó esta ficha, cuándo, en qué dispositivo y qué cambió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes recorded for this record.</source>
        <translation>No se ha registrado ningún cambio en esta ficha.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{login} (computer login)</source>
        <translation>{login} (usuario del ordenador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unnamed user</source>
        <translation>usuario sin nombre</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/charts.py" line="+158"/>
        <source>nobody has checked in yet</source>
        <extracomment>The figures drawn, as text: the accessible description and the tests read it.</extracomment>
        <translation>todavía no se ha registrado ninguna entrada</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="+67"/>
        <source>Import Representatives — {file}</source>
        <extracomment>The report of an import that was written (not of a check).</extracomment>
        <translation>Importar representantes — {file}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel: nothing is written</source>
        <translation>Cancelar: no se guarda nada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Register everyone for {forum} (as requested)</source>
        <translation>Inscribir a todos en {forum} (como solicitud de acreditación)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the people imported for the forum</source>
        <translation>Inscribir en el foro a las personas importadas</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+83"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+2"/>
        <source>Close without importing</source>
        <translation>Cerrar sin importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check Rows</source>
        <translation>&amp;Comprobar las filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every row without importing (dry run)</source>
        <translation>Comprobar cada fila sin importar nada (simulación)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="-59"/>
        <location line="+55"/>
        <source>Import the valid rows</source>
        <translation>Importar las filas válidas</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows refused, warnings and duplicates</source>
        <translation>Filas rechazadas, advertencias y duplicados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that look like people already listed:</source>
        <translation>Filas que parecen corresponder a personas ya inscritas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do with rows that look like people already listed</source>
        <translation>Qué hacer con las filas que parecen corresponder a personas ya inscritas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip them</source>
        <translation>Omitirlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the listed person&apos;s empty or changed fields</source>
        <translation>Actualizar los campos vacíos o modificados de la persona inscrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import them as new people</source>
        <translation>Importarlas como personas nuevas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save Report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report as CSV</source>
        <translation>Guardar el informe en formato CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Columns</source>
        <translation>&amp;Volver a las columnas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the column mapping</source>
        <translation>Cambiar la correspondencia de las columnas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Valid Rows</source>
        <translation>&amp;Importar las filas válidas</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+24"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln row(s) under the header</source>
        <translation>
            <numerusform>%Ln fila bajo el encabezado</numerusform>
            <numerusform>%Ln filas bajo el encabezado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Comprobando %Ln fila…</numerusform>
            <numerusform>Comprobando %Ln filas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>Importando %Ln fila…</numerusform>
            <numerusform>Importando %Ln filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is read. Building the registry&apos;s indexes…</source>
        <translation>Se han leído todas las filas. Creando los índices del registro…</translation>
    </message>
    <message>
        <source>Updating the registry&apos;s statistics…</source>
        <translation>Actualizando las estadísticas del registro…</translation>
    </message>
    <message>
        <source>Saving the import…</source>
        <translation>Guardando la importación…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se ha guardado nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="+69"/>
        <source>%Ln row(s) can be imported</source>
        <translation>
            <numerusform>%Ln fila puede importarse</numerusform>
            <numerusform>%Ln filas pueden importarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) would be refused</source>
        <translation>
            <numerusform>%Ln fila se rechazaría</numerusform>
            <numerusform>%Ln filas se rechazarían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+6"/>
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>%Ln organización nueva</numerusform>
            <numerusform>%Ln organizaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%Ln representative(s) imported</source>
        <translation>
            <numerusform>%Ln representante importado</numerusform>
            <numerusform>%Ln representantes importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>%Ln fila rechazada</numerusform>
            <numerusform>%Ln filas rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln registration(s)</source>
        <translation>
            <numerusform>%Ln inscripción</numerusform>
            <numerusform>%Ln inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) already listed: skipped</source>
        <translation>
            <numerusform>%Ln fila ya inscrita: omitida</numerusform>
            <numerusform>%Ln filas ya inscritas: omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) look like people already listed</source>
        <translation>
            <numerusform>%Ln fila parece corresponder a una persona ya inscrita</numerusform>
            <numerusform>%Ln filas parecen corresponder a personas ya inscritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln listed person(s) updated</source>
        <translation>
            <numerusform>%Ln persona inscrita actualizada</numerusform>
            <numerusform>%Ln personas inscritas actualizadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate?</source>
        <translation>¿duplicado?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} (row {row}, {score}%)</source>
        <translation>{name} (fila {row}, {score}%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (in the registry, {score}%)</source>
        <translation>{name} (en el registro, {score}%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} may be {matches}</source>
        <translation>{name} podría ser {matches}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already listed</source>
        <translation>ya inscrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looks listed</source>
        <translation>parece inscrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is {match}</source>
        <translation>{name} es {match}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save Import Report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{summary}&lt;br&gt;Report saved to {file}.</source>
        <translation>{summary}&lt;br&gt;Informe guardado en {file}.</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/import_dialog.py" line="+54"/>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the import noticed in the file.</source>
        <translation>Lo que la importación ha detectado en el archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problem found: numbering and contents agree.</source>
        <translation>No se ha detectado ningún problema: la numeración y el índice coinciden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br/&gt;{paragraphs} numbered paragraphs (¶{first}–{last}), {sections} headings, {footnotes} footnote(s){annex}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br/&gt;{paragraphs} párrafos numerados (¶{first}–{last}), {sections} encabezados, {footnotes} nota(s) a pie de página{annex}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, an annex</source>
        <translation>, un anexo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sections found in the document.</source>
        <translation>Las secciones encontradas en el documento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections found</source>
        <translation>Secciones encontradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>¶ in the body</source>
        <translation>¶ en el texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOC</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A &amp;new document</source>
        <translation>Un documento &amp;nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another &amp;language of {document}</source>
        <translation>Otra versión &amp;lingüística de {document}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;revised draft of {document}</source>
        <translation>Un proyecto &amp;revisado de {document}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import as:</source>
        <translation>Importar como:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the file</source>
        <translation>Idioma del archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lan&amp;guage:</source>
        <translation>I&amp;dioma:</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/widgets/job_dialog.py" line="+47"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>LaptopDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/laptop_dialog.py" line="+45"/>
        <source>Prepare a Laptop</source>
        <translation>Preparar un portátil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A copy of this database for a laptop at the venue. Limited to one forum, it leaves out the other forums and the people registered only for them. Merge it back with File &gt; Merge from Another Database…</source>
        <extracomment>Asks where to write the copy; tests replace it.</extracomment>
        <translation>Una copia de esta base de datos para un portátil en el lugar de la reunión. Limitada a un foro, omite los demás foros y las personas inscritas solo en ellos. Vuelva a integrarla con Archivo &gt; Fusionar desde otra base de datos…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que se escribirá</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forum the laptop holds</source>
        <translation>Foro que contiene el portátil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All forums</source>
        <translation>Todos los foros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orum:</source>
        <translation>F&amp;oro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the laptop</source>
        <translation>Nombre del portátil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop 2, registration desk</source>
        <translation>Portátil 2, mostrador de inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Nombre del portátil:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the laptop&apos;s copy</source>
        <translation>Frase de contraseña de la copia del portátil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy is encrypted: ForumDesk asks for this passphrase whenever it opens the copy, on the laptop and when merging it back. It is the laptop&apos;s own, not this database&apos;s; keep it apart from the laptop.</source>
        <translation>La copia está cifrada: ForumDesk pide esta frase de contraseña cada vez que abre la copia, en el portátil y al fusionarla de vuelta. Es la frase de contraseña propia del portátil, no la de esta base de datos; guárdela aparte del portátil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Leave the copy unencrypted</source>
        <translation>&amp;Dejar la copia sin cifrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the copy unencrypted</source>
        <translation>Dejar la copia sin cifrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anyone who finds the laptop, or the file, can read the names, e-mail addresses and registrations in the copy.</source>
        <translation>Cualquiera que encuentre el portátil, o el archivo, puede leer los nombres, las direcciones de correo electrónico y las inscripciones de la copia.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel: no copy is written</source>
        <translation>Cancelar: no se escribe ninguna copia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the laptop&apos;s copy</source>
        <translation>Escribir la copia para el portátil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Laptop Database</source>
        <translation>Base de datos del portátil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de ForumDesk (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a passphrase for the laptop&apos;s copy, or leave it unencrypted.</source>
        <translation>Escriba una frase de contraseña para la copia del portátil, o déjela sin cifrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written {rows} rows to {file} (device “{device}”).</source>
        <translation>Se han escrito {rows} filas en {file} (dispositivo “{device}”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} people of other forums left out.</source>
        <translation>Se han omitido {count} personas de otros foros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is in clear.</source>
        <translation>Está sin cifrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is encrypted with the laptop&apos;s passphrase.</source>
        <translation>Está cifrada con la frase de contraseña del portátil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled: no copy was written.</source>
        <translation>Cancelado: no se ha escrito ninguna copia.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/main_window.py" line="+90"/>
        <source>Overview</source>
        <extracomment>Emitted once the first database has opened and the visible page asked for its data. What the menus and dialogs around the pages get instead of the window.</extracomment>
        <translation>Panorama general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;&amp; notes</source>
        <translation>Documento y notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Actas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Control de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Practices</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+1 to Ctrl+7 open them from anywhere.</source>
        <translation>Ctrl+1 a Ctrl+7 las abren desde cualquier lugar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forum:</source>
        <translation>Foro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current forum</source>
        <translation>Foro actual</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import Document…</source>
        <translation>&amp;Importar documento…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import R&amp;epresentatives…</source>
        <translation>Importar &amp;representantes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load &amp;Demo Forum (2006 Hearings)</source>
        <translation>Cargar el foro de &amp;demostración (audiencias de 2006)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search Paragraphs and Notes…</source>
        <translation>&amp;Buscar en párrafos y notas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+153"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened {file}</source>
        <translation>Base de datos abierta: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo forum loaded</source>
        <translation>foro de demostración cargado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup taken</source>
        <translation>copia de seguridad creada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database could not be opened.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
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
        <translation>Base de datos predeterminada</translation>
    </message>
</context>
<context>
    <name>MakeRecommendationDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/make_recommendation.py" line="+51"/>
        <source>Make Recommendation from ¶ {number}</source>
        <translation>Formular una recomendación a partir del párrafo {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a sentence to recommend it alone; with nothing selected, the whole paragraph is the recommendation.</source>
        <translation>Seleccione una oración para recomendarla sola; si no hay nada seleccionado, la recomendación es el párrafo entero.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the paragraph</source>
        <translation>Texto del párrafo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is recommended</source>
        <translation>Lo que se recomienda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code of the recommendation</source>
        <translation>Código de la recomendación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R{number} (or the next free one)</source>
        <translation>R{number} (o el siguiente libre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme of the recommendation</source>
        <translation>Tema de la recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no theme)</source>
        <translation>(sin tema)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make Recommendation</source>
        <translation>&amp;Formular la recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the recommendation</source>
        <translation>Formular la recomendación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recommended: the whole paragraph.</source>
        <translation>Se recomienda: el párrafo entero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: the selected text ({count} characters).</source>
        <translation>Se recomienda: el texto seleccionado ({count} caracteres).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommendation {code} made from ¶ {number}</source>
        <translation>Recomendación {code} tomada del párrafo {number}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_mapping.py" line="+94"/>
        <source>Each column of the file, examples of its values, and the field it fills.</source>
        <extracomment>The mapping changed (a field or a category word): a dry run&apos;s report is stale.</extracomment>
        <translation>Cada columna del archivo, ejemplos de sus valores y el campo que rellena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns of the file and what they hold</source>
        <translation>Columnas del archivo y su contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+93"/>
        <source>Category words in the file:</source>
        <translation>Términos de categoría en el archivo:</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Each category word found in the file, how many rows carry it, and the category it becomes.</source>
        <translation>Cada término de categoría encontrado en el archivo, el número de filas que lo contienen y la categoría a la que corresponde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category words and their categories</source>
        <translation>Términos de categoría y sus categorías</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word in the file</source>
        <translation>Término del archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None: such rows are refused</source>
        <translation>Ninguna: esas filas se rechazan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category of a new organisation whose row gives none</source>
        <translation>Categoría de una organización nueva cuya fila no indica ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New organisation without a category:</source>
        <translation>Organización nueva sin categoría:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping you confirmed last time for these headers is used.</source>
        <translation>Se utiliza la correspondencia que usted confirmó la última vez para estos encabezados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns guessed from their headers: check them before importing.</source>
        <translation>Columnas deducidas de sus encabezados: compruébelas antes de importar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import column {header} as</source>
        <translation>Importar la columna {header} como</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown: such rows are refused</source>
        <translation>Desconocida: esas filas se rechazan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category for {word}</source>
        <translation>Categoría para {word}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category words in the file (the most frequent):</source>
        <translation>Términos de categoría en el archivo (los más frecuentes):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose the column that holds the family name (or the full name).</source>
        <translation>Elija la columna que contiene el apellido (o el nombre completo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two columns are imported as {field}; keep one.</source>
        <translation>Hay dos columnas que se importan como {field}; conserve solo una.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/merge_dialog.py" line="+57"/>
        <source>Merge Two Records</source>
        <extracomment>The merge was made.</extracomment>
        <translation>Fusionar dos fichas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose, field by field, which value the merged record keeps. The second record is kept in the database, marked as merged into the first; its registrations, roles and interventions move to the first.</source>
        <translation>Elija, campo por campo, el valor que conservará la ficha fusionada. La segunda ficha se mantiene en la base de datos, marcada como fusionada con la primera; sus inscripciones, funciones e intervenciones pasan a la primera.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields that differ</source>
        <translation>Campos que difieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two records hold the same values.</source>
        <translation>Las dos fichas tienen los mismos valores.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two records</source>
        <translation>Fusionar las dos fichas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MinutesCoverDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/cover_dialog.py" line="+54"/>
        <location line="+1"/>
        <source>Cover of the minutes</source>
        <translation>Portada del acta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organ:</source>
        <translation>Ór&amp;gano:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organ</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document symbol</source>
        <translation>Signatura del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session:</source>
        <translation>&amp;Período de sesiones:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda item:</source>
        <translation>&amp;Tema del programa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Tema del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;riginal language:</source>
        <translation>&amp;Idioma original:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>Limitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Distribution:</source>
        <translation>&amp;Distribución:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;te:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a date of its own</source>
        <translation>Imprimir una fecha propia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date printed on the cover</source>
        <translation>Fecha impresa en la portada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Author&apos;s note</source>
        <translation>Nota del autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note&apos;s heading, a blank line, then its paragraphs</source>
        <translation>El título de la nota, una línea en blanco y luego sus párrafos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author&apos;s &amp;note:</source>
        <translation>&amp;Nota del autor:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(otherwise the day of approval, or of the meeting)</source>
        <translation>(de lo contrario, la fecha de aprobación o la de la reunión)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cover of the minutes saved</source>
        <translation>Portada del acta guardada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: this cover was changed meanwhile.</source>
        <translation>No se ha guardado: esta portada se modificó entretanto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/editor.py" line="+78"/>
        <source>Not started</source>
        <extracomment>A line for the status bar: what was saved, exported, refused. A snapshot was shown (tests and the page wait on it). The file name Export… proposes for a format (&quot;pdf&quot;): the page knows it.</extracomment>
        <translation>No iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>Presentada para examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved minutes are locked. Save as New Draft keeps the approved version and starts a new draft version from it, which you can then edit.</source>
        <translation>Las actas aprobadas quedan bloqueadas. “Guardar como nuevo proyecto” conserva la versión aprobada y crea a partir de ella una nueva versión en estado de proyecto, que luego puede editar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text of the minutes. Ctrl+Tab leaves the editor.</source>
        <translation>El texto del acta. Ctrl+Tab sale del editor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes text</source>
        <translation>Texto del acta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Compose</source>
        <translation>&amp;Componer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose the minutes from the programme</source>
        <translation>Componer el acta a partir del programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>&amp;Save Draft</source>
        <translation>&amp;Guardar el proyecto</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Su&amp;bmit for Review</source>
        <translation>&amp;Presentar para examen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved version of these minutes.</source>
        <translation>Todas las versiones guardadas de esta acta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions of these minutes</source>
        <translation>Versiones de esta acta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected version (or the one before the latest) with the latest</source>
        <translation>Comparar la versión seleccionada (o la penúltima) con la última</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Internal Version…</source>
        <translation>Exportar la versión &amp;interna…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the internal notes, every page marked not for distribution</source>
        <translation>Con las notas internas y cada página marcada como no destinada a la distribución</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a segment to see its minutes.</source>
        <translation>Elija un segmento para ver su acta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started: Compose drafts them from the programme.</source>
        <translation>No iniciada: “Componer” crea un proyecto a partir del programa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {n}: {state}</source>
        <translation>Versión {n}: {state}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved by {name} on {date}</source>
        <translation>Aprobada por {name} el {date}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save as New Draft</source>
        <translation>&amp;Guardar como nuevo proyecto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (composed)</source>
        <translation> (compuesta)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not done: {reason}</source>
        <translation>No se ha hecho: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Minutes composed as version 1</source>
        <translation>Acta compuesta como versión 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes composed again as version {n}</source>
        <translation>Acta compuesta de nuevo como versión {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not composed again: your edits stay as they are</source>
        <translation>No se ha vuelto a componer: sus modificaciones se mantienen tal cual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {n} was edited by hand by {name}</source>
        <translation>{name} modificó manualmente la versión {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {n} was edited by hand</source>
        <translation>La versión {n} se modificó manualmente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace your edits?</source>
        <translation>¿Desea reemplazar sus modificaciones?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace your edits?

{reason}.

A new draft version is composed; the edited version is kept in the history.</source>
        <translation>¿Desea reemplazar sus modificaciones?

{reason}.

Se compone una nueva versión en estado de proyecto; la versión modificada se conserva en el historial.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The approved version stays locked; your changes are draft version {n}</source>
        <translation>La versión aprobada sigue bloqueada; sus cambios constituyen la versión {n}, en estado de proyecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as draft version {n}; the submission is withdrawn until you submit again</source>
        <translation>Guardada como versión {n}, en estado de proyecto; la presentación queda retirada hasta que vuelva a presentarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft saved as version {n}</source>
        <translation>Proyecto guardado como versión {n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: these minutes were changed meanwhile.</source>
        <translation>No se ha guardado: esta acta se modificó entretanto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text of the minutes</source>
        <translation>Texto del acta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Minutes submitted for review</source>
        <translation>Acta presentada para examen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version {n} approved</source>
        <translation>Versión {n} aprobada</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export minutes</source>
        <translation>Exportar el acta</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Internal version exported to {path}</source>
        <translation>Versión interna exportada a {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes exported to {path}</source>
        <translation>Acta exportada a {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: {reason}</source>
        <translation>Error al exportar: {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/page.py" line="+60"/>
        <source>Not started</source>
        <extracomment>A line for the status bar.</extracomment>
        <translation>No iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>Presentada para examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Minutes of each segment</source>
        <translation>Actas de cada segmento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each segment with the state of its minutes. The chosen one opens in the editor.</source>
        <translation>Cada segmento con el estado de su acta. El segmento elegido se abre en el editor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Minutes and summary report</source>
        <translation>Actas e informe resumido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Minutes</source>
        <translation>Actas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Summary Report</source>
        <translation>Informe resumido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;over…</source>
        <translation>&amp;Portada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover of the selected minutes</source>
        <translation>Portada del acta seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organ, symbol, distribution, date and note printed on the first page</source>
        <translation>Órgano, signatura, distribución, fecha y nota que se imprimen en la primera página</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export A&amp;ll…</source>
        <translation>Exportar &amp;todas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+112"/>
        <location line="+25"/>
        <source>Export all minutes</source>
        <translation>Exportar todas las actas</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+76"/>
        <source>minutes</source>
        <translation>acta</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The summary report</source>
        <translation>El informe resumido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The minutes of {segment}</source>
        <translation>El acta de {segment}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all minutes into</source>
        <translation>Exportar todas las actas a</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting minutes…</source>
        <translation>Exportando las actas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting minutes</source>
        <translation>Exportación de las actas</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export cancelled after {done} of {total} minutes</source>
        <translation>Exportación cancelada después de {done} de {total} actas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{done} minutes exported to {path}</source>
        <translation>{done} actas exportadas a {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed: {reason}</source>
        <translation>Error al exportar: {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesSnapshot</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/snapshot.py" line="+50"/>
        <source>{login} (computer login)</source>
        <translation>{login} (usuario del ordenador)</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/user_name.py" line="+82"/>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept on this computer, and used by the command line too. You can change it in Preferences.</source>
        <translation>Se guarda en este ordenador y también lo utiliza la línea de comandos. Puede cambiarlo en Preferencias.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save My Name</source>
        <translation>Guardar mi nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your name</source>
        <translation>Guardar su nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without a name</source>
        <translation>Continuar sin nombre</translation>
    </message>
</context>
<context>
    <name>NameFields</name>
    <message>
        <location line="-73"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name and surname, e.g. Ana Lima</source>
        <translation>Nombre y apellido, p. ej., Ana Lima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs your notes and minutes, and the changes the history records.</source>
        <translation>Firma sus notas y actas, así como los cambios que registra el historial.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your initials</source>
        <translation>Sus iniciales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your initials:</source>
        <translation>Sus iniciales:</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/new_database.py" line="+25"/>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ForumDesk creates the database {file} in {folder}.</source>
        <translation>ForumDesk crea la base de datos {file} en {folder}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Cifrar con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file opens only with the passphrase, which cannot be recovered if it is lost. Advised on a laptop that leaves the office.</source>
        <translation>El archivo solo se abre con la frase de contraseña, que no se puede recuperar si se pierde. Recomendado para un portátil que sale de la oficina.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Create</source>
        <translation>Cr&amp;ear</translation>
    </message>
</context>
<context>
    <name>NewForumDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/new_forum.py" line="+60"/>
        <source>New Forum from a Template</source>
        <extracomment>The forum made: its id.</extracomment>
        <translation>Nuevo foro a partir de una plantilla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agenda template</source>
        <translation>Plantilla de programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a &amp;File…</source>
        <translation>Desde un &amp;archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an agenda template from a file</source>
        <translation>Importar una plantilla de programa desde un archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the first day</source>
        <translation>Fecha del primer día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the forum</source>
        <translation>Título del foro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template&apos;s title</source>
        <translation>El título de la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Palais des Nations, Geneva</source>
        <translation>p. ej., Palais des Nations, Ginebra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the programme</source>
        <translation>Idioma del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create Forum</source>
        <translation>&amp;Crear el foro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the forum</source>
        <translation>Crear el foro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time zone of the venue</source>
        <translation>Huso horario del lugar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type part of a city or region</source>
        <translation>Escriba parte del nombre de una ciudad o región</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Huso horario:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the time zone comes from</source>
        <translation>De dónde procede el huso horario</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chosen by hand.</source>
        <translation>Elegido manualmente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the venue.</source>
        <translation>Según el lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The venue names no known place: choose the zone.</source>
        <translation>El lugar no corresponde a ningún sitio conocido: elija el huso horario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows the venue once it is typed.</source>
        <translation>Se ajusta al lugar en cuanto se escribe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Agenda Template</source>
        <translation>Importar una plantilla de programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda template (*.json)</source>
        <translation>Plantilla de programa (*.json)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a template.</source>
        <translation>Elija una plantilla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown time zone “{zone}”: choose one from the list.</source>
        <translation>Huso horario desconocido “{zone}”: elija uno de la lista.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/passphrases.py" line="+52"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a new passphrase.</source>
        <translation>Escriba una nueva frase de contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A few words you will remember make a good passphrase; it cannot be recovered.</source>
        <translation>Unas palabras que recuerde forman una buena frase de contraseña; no se puede recuperar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: easy to guess. Use more words, or a longer one.</source>
        <translation>Débil: fácil de adivinar. Use más palabras o una más larga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Aceptable: unas palabras más la harían fuerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
</context>
<context>
    <name>NoteChoiceDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/dialogs.py" line="+60"/>
        <source>Paragraph from a Note</source>
        <translation>Párrafo a partir de una nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notes to choose from. Enter chooses the selected note.</source>
        <translation>Las notas entre las que elegir. Intro elige la nota seleccionada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes of the forum</source>
        <translation>Notas del foro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(internal) </source>
        <translation>(interna) </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal note: as a paragraph, its text is in the report.</source>
        <translation>Nota interna: como párrafo, su texto figura en el informe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose or cancel</source>
        <translation>Elija o cancele</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/note_editor.py" line="+91"/>
        <source>Note text</source>
        <extracomment>Asks the database for organisations matching a text, then calls back with them. The user asked to save; the page saves and then calls `saved()` or `show_error()`.</extracomment>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paragraphs cited</source>
        <translation>Párrafos citados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 23–25, 29</source>
        <translation>por ejemplo, 23–25, 29</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paragraphs:</source>
        <translation>&amp;Párrafos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remittances, gender, …</source>
        <translation>remesas, género, …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked segment</source>
        <translation>Segmento vinculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked intervention</source>
        <translation>Intervención vinculada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Intervention:</source>
        <translation>&amp;Intervención:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked organisation</source>
        <translation>Organización vinculada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search the registry</source>
        <translation>Escriba para buscar en el registro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the &amp;record: print it in the minutes</source>
        <translation>Para el &amp;acta: se imprime en el acta</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+198"/>
        <location line="+11"/>
        <source>For the record</source>
        <translation>Para el acta</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Unticked, the note stays internal: the published minutes leave it out.</source>
        <translation>Si no se marca, la nota sigue siendo interna: el acta publicada la omite.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep the reference to ¶{refs} of the earlier draft</source>
        <translation>Conservar la referencia al ¶{refs} del proyecto anterior</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Write the note first.</source>
        <translation>Escriba primero el texto de la nota.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an organisation from the list, or leave it empty.</source>
        <translation>Elija una organización de la lista o deje el campo vacío.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not saved: this note was changed meanwhile.</source>
        <translation>No se ha guardado: esta nota se modificó entretanto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs of the earlier draft</source>
        <translation>Párrafos del proyecto anterior</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/notes_panel.py" line="+83"/>
        <source>&amp;New Note…</source>
        <extracomment>The id of a practice the user opened from the selected paragraphs&apos; practices.</extracomment>
        <translation>&amp;Nueva nota…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the &amp;Record</source>
        <translation>Para el &amp;acta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the record are printed in the minutes; the others stay internal</source>
        <translation>Las notas para el acta se imprimen en el acta; las demás siguen siendo internas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A practice&apos;s title opens it on the Practices page.</source>
        <translation>El título de una práctica la abre en la página Prácticas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter notes by tag</source>
        <translation>Filtrar las notas por etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter notes by author</source>
        <translation>Filtrar las notas por autor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter notes by segment</source>
        <translation>Filtrar las notas por segmento</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Practices answering the selected paragraphs</source>
        <translation>Prácticas que responden a los párrafos elegidos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>T&amp;ag:</source>
        <translation>E&amp;tiqueta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seg&amp;ment:</source>
        <translation>Seg&amp;mento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only notes on the selected paragraphs</source>
        <translation>Solo las notas sobre los párrafos seleccionados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the record</source>
        <translation>Para el acta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notes on the chosen paragraphs. Enter opens the chosen note.</source>
        <translation>Las notas sobre los párrafos elegidos. Intro abre la nota elegida.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{author}, {when}</source>
        <translation>{author}, {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown author</source>
        <translation>autor desconocido</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select paragraphs to see the notes that cite them.</source>
        <translation>Seleccione párrafos para ver las notas que los citan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No note cites ¶{number} yet.</source>
        <translation>Aún no hay ninguna nota que cite el ¶{number}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>%n nota cita el ¶{number}</numerusform>
            <numerusform>%n notas citan el ¶{number}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No note cites ¶{refs} yet.</source>
        <translation>Aún no hay ninguna nota que cite los ¶{refs}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s) cite ¶{refs}</source>
        <translation>
            <numerusform>%n nota cita los ¶{refs}</numerusform>
            <numerusform>%n notas citan los ¶{refs}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Mark note on ¶{refs} for the record</source>
        <translation>Marcar la nota sobre los ¶{refs} como nota para el acta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark note on ¶{refs} internal</source>
        <translation>Marcar la nota sobre los ¶{refs} como interna</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current note is for the record</source>
        <translation>La nota actual es para el acta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current note is internal</source>
        <translation>La nota actual es interna</translation>
    </message>
</context>
<context>
    <name>NotesTakenLabel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/notes_taken.py" line="+18"/>
        <source>Notes the minutes publish</source>
        <translation>Notas que publica el acta</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n note(s) for the record taken</source>
        <translation>
            <numerusform>%n nota para el acta incluida</numerusform>
            <numerusform>%n notas para el acta incluidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Compose takes %n note(s) for the record</source>
        <translation>
            <numerusform>“Componer” incluye %n nota para el acta</numerusform>
            <numerusform>“Componer” incluye %n notas para el acta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n internal note(s) left out</source>
        <translation>
            <numerusform>%n nota interna omitida</numerusform>
            <numerusform>%n notas internas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n note(s) marked for the record since: Compose again to take them</source>
        <translation>
            <numerusform>%n nota marcada para el acta desde entonces: vuelva a componer para incluirla</numerusform>
            <numerusform>%n notas marcadas para el acta desde entonces: vuelva a componer para incluirlas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {parts}.</source>
        <translation>Notas: {parts}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only notes marked for the record are published; Export Internal Version also prints the internal ones, marked not for distribution.</source>
        <translation>Solo se publican las notas marcadas para el acta; “Exportar la versión interna” imprime también las internas, marcadas como no destinadas a la distribución.</translation>
    </message>
</context>
<context>
    <name>NowNextBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/now_next_box.py" line="+33"/>
        <source>Now and Next</source>
        <translation>Ahora y a continuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment running</source>
        <translation>Segmento en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker on the floor</source>
        <translation>Orador en el uso de la palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking time</source>
        <translation>Tiempo de uso de la palabra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next segment</source>
        <translation>Segmento siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the floor</source>
        <translation>En el uso de la palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The programme has no segment yet</source>
        <translation>El programa aún no tiene ningún segmento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started: the forum opens on {day}</source>
        <translation>No ha comenzado: el foro se inaugura el {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The forum has ended</source>
        <translation>El foro ha terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{spoken} of {allotted}</source>
        <translation>{spoken} de {allotted}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/organisation_dialog.py" line="+113"/>
        <source>Organisation: {name}</source>
        <translation>Organización: {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Guardar (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cate&amp;gory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UN regional group</source>
        <translation>Grupo regional de las Naciones Unidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional group:</source>
        <translation>Grupo regional:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC status</source>
        <translation>Carácter consultivo ante el ECOSOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special</source>
        <translation>Especial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ECOSOC &amp;status:</source>
        <translation>&amp;Carácter consultivo (ECOSOC):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year of the ECOSOC status</source>
        <translation>Año en que se obtuvo el carácter consultivo ante el ECOSOC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ECOSOC &amp;year:</source>
        <translation>&amp;Año (ECOSOC):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or an ISO code</source>
        <translation>Escriba un nombre o un código ISO</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n representante</numerusform>
            <numerusform>%n representantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n intervención</numerusform>
            <numerusform>%n intervenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n programme role(s)</source>
        <translation>
            <numerusform>%n función en el programa</numerusform>
            <numerusform>%n funciones en el programa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n linked note(s)</source>
        <translation>
            <numerusform>%n nota vinculada</numerusform>
            <numerusform>%n notas vinculadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures of the organisation</source>
        <translation>Cifras de la organización</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No representative registered to any forum.</source>
        <translation>No hay ningún representante inscrito en ningún foro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrations per forum</source>
        <translation>Inscripciones por foro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Representatives:</source>
        <translation>&amp;Representantes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Representatives of the organisation</source>
        <translation>Representantes de la organización</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Showing the first {shown} of {total} representatives.</source>
        <translation>Se muestran los primeros {shown} de {total} representantes.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Not saved: this organisation was changed meanwhile.</source>
        <translation>No se ha guardado: esta organización se modificó entretanto.</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/output_check.py" line="+49"/>
        <source>File Not Written</source>
        <translation>Archivo no escrito</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/page.py" line="+92"/>
        <source>Overview</source>
        <extracomment>The time moves on: what runs now is asked again this often while the page shows. A &quot;thing to act on&quot; was pressed: one of actions_box.TASKS. &quot;Add to Summary Report…&quot; was pressed, with the sentence.</extracomment>
        <translation>Panorama general</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+188"/>
        <source>No forum open</source>
        <translation>Ningún foro abierto</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Forum dates and venue</source>
        <translation>Fechas y lugar del foro</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered paragraphs</source>
        <translation>Párrafos numerados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations (accredited)</source>
        <translation>Inscripciones (acreditadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Actas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database holds no forum yet</source>
        <translation>Esta base de datos aún no contiene ningún foro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the informal interactive hearings of 12 July 2006 to explore ForumDesk with a real programme and summary document.</source>
        <translation>Cargue las audiencias oficiosas interactivas del 12 de julio de 2006 para explorar ForumDesk con un programa y un resumen reales.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Load the 2006 demo forum</source>
        <translation>Cargar el foro de demostración de 2006</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema revision</source>
        <translation>Revisión del esquema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Latest backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>None yet</source>
        <translation>Ninguna por ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} ({count} kept)</source>
        <translation>{file} ({count} conservadas)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
</context>
<context>
    <name>ParagraphDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/dialogs.py" line="-57"/>
        <source>Add Paragraph</source>
        <translation>Añadir un párrafo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The paragraph as it will read in the report.</source>
        <translation>El párrafo tal como figurará en el informe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the new paragraph</source>
        <translation>Texto del nuevo párrafo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add or cancel</source>
        <translation>Añada o cancele</translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message numerus="yes">
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_model.py" line="+122"/>
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>%n nota cita el ¶{number}</numerusform>
            <numerusform>%n notas citan el ¶{number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¶{number}: {practices}</source>
        <translation>¶{number}: {practices}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¶{number}: {notes}, {practices}</source>
        <translation>¶{number}: {notes}, {practices}</translation>
    </message>
</context>
<context>
    <name>ParagraphView</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_view.py" line="+29"/>
        <source>Numbered paragraphs</source>
        <extracomment>The paragraph numbers selected, in order, whenever the selection changes.</extracomment>
        <translation>Párrafos numerados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paragraphs of the document. Enter writes a note on the chosen one.</source>
        <translation>Los párrafos del documento. Intro redacta una nota sobre el párrafo elegido.</translation>
    </message>
</context>
<context>
    <name>ParticipationCharts</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/charts.py" line="+18"/>
        <source>Participation</source>
        <extracomment>pyqtgraph has been imported (emitted from the importing thread, queued here).</extracomment>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present and accredited</source>
        <translation>Presentes y acreditados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accredited</source>
        <translation>Acreditados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By regional group</source>
        <translation>Por grupo regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By gender</source>
        <translation>Por género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals by hour (venue time)</source>
        <translation>Llegadas por hora (hora local del lugar)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{present} present of {registered} accredited · {states} Member States · {civil} from civil society and the private sector · {scans} scans</source>
        <translation>{present} presentes de {registered} acreditados · {states} Estados Miembros · {civil} de la sociedad civil y el sector privado · {scans} pases escaneados</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None given</source>
        <translation>No indicado</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="+133"/>
        <source>Candidate Partners: {title}</source>
        <translation>Posibles asociados: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisations that submitted other practices on a theme of this one, in the same region or a country in common, by how many such practices.</source>
        <translation>Entidades que presentaron otras prácticas sobre un tema de esta, en la misma región o en un país común, ordenadas por el número de esas prácticas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other organisation works on these themes in this region yet.</source>
        <translation>Ninguna otra entidad trabaja aún en estos temas en esta región.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared themes</source>
        <translation>Temas comunes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidate partners</source>
        <translation>Posibles asociados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each organisation&apos;s practices are listed in its tooltip</source>
        <translation>Las prácticas de cada entidad figuran en su información sobre herramientas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/prompt.py" line="+30"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PersonalDataButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/personal_data.py" line="-148"/>
        <source>E&amp;xport Personal Data…</source>
        <translation>E&amp;xportar datos personales…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything held about this person, as PDF or JSON</source>
        <translation>Exportar todos los datos conservados sobre esta persona, en PDF o JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON data (*.json)</source>
        <translation>Datos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Personal Data</source>
        <translation>Exportar datos personales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal data</source>
        <translation>datos personales</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Personal data written to {file}.</source>
        <translation>Datos personales escritos en {file}.</translation>
    </message>
</context>
<context>
    <name>PracticeChoiceDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="-77"/>
        <source>Link a Practice</source>
        <translation>Vincular una práctica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search practices by title</source>
        <translation>Buscar prácticas por título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word of the practice&apos;s title</source>
        <translation>Escriba una palabra del título de la práctica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practices found</source>
        <translation>Prácticas encontradas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link the chosen practice</source>
        <translation>Vincular la práctica elegida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title} [fictional]</source>
        <translation>{title} [ficticia]</translation>
    </message>
</context>
<context>
    <name>PracticeCompareDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="-83"/>
        <source>Compare Practices</source>
        <translation>Comparar prácticas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two practices, field by field</source>
        <translation>Las dos prácticas, campo por campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that differ are highlighted</source>
        <translation>Las filas que difieren aparecen resaltadas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Differs</source>
        <translation>Difiere</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n campo difiere.</numerusform>
            <numerusform>%n campos difieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PracticeDetailPane</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/detail_pane.py" line="+84"/>
        <source>Selected practice</source>
        <translation>Práctica seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of the practice chosen in the list</source>
        <translation>Todos los campos de la práctica elegida en la lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a practice in the list.</source>
        <translation>Elija una práctica en la lista.</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/practice_dialog.py" line="+75"/>
        <source>Practice: {title}</source>
        <extracomment>A new practice&apos;s id, once created. (id, before, after) once an edit is saved.</extracomment>
        <translation>Práctica: {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Practice</source>
        <translation>Nueva práctica</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;ype:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Region:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ountries:</source>
        <translation>&amp;Países:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners:</source>
        <translation>Asociados:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period from (year)</source>
        <translation>Período, desde (año)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period until (year)</source>
        <translation>Período, hasta (año)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact name:</source>
        <translation>Nombre del contacto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One web address per line</source>
        <translation>Una dirección web por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links:</source>
        <translation>Enlaces:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;ctional (sample data)</source>
        <translation>&amp;Ficticia (datos de ejemplo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fictional (sample data)</source>
        <translation>Ficticia (datos de ejemplo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Su&amp;bmitted by:</source>
        <translation>Presentada &amp;por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;hemes:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at</source>
        <translation>Presentada en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;gments:</source>
        <translation>Se&amp;gmentos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document whose paragraphs it answers</source>
        <translation>Documento cuyos párrafos responde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph numbers, like 23–25, 32</source>
        <translation>Números de párrafo, como 23–25, 32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs answered:</source>
        <translation>Párrafos a los que responde:</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Not saved: this practice was changed meanwhile.</source>
        <translation>No se guardó: esta práctica se modificó entretanto.</translation>
    </message>
</context>
<context>
    <name>PracticeFields</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/detail_pane.py" line="-35"/>
        <source>{name} (lead)</source>
        <translation>{name} (principal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by</source>
        <translation>Presentada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at</source>
        <translation>Presentada en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Responde a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state</source>
        <translation>Estado del examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed at</source>
        <translation>Examinada el</translation>
    </message>
</context>
<context>
    <name>PracticeImportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/import_dialog.py" line="+64"/>
        <source>Import Practices</source>
        <translation>Importar prácticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practices (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Prácticas (*.csv *.xlsx *.xlsm *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import Practices — {file}</source>
        <translation>Importar prácticas — {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel: nothing is written</source>
        <translation>Cancelar: no se guarda nada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All rows or none: a file with a bad row writes nothing, and each fault is listed. Practices arrive as received, for review in {forum}.</source>
        <translation>Todas las filas o ninguna: un archivo con una fila errónea no guarda nada, y se indica cada error. Las prácticas llegan como «recibidas», para su examen en {forum}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Import every row</source>
        <translation>Importar todas las filas</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows refused, with the column and why</source>
        <translation>Filas rechazadas, con la columna y el motivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Columns</source>
        <translation>&amp;Volver a las columnas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the column mapping</source>
        <translation>Cambiar la correspondencia de columnas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type (policy, programme, partnership offer, research, data tool)</source>
        <translation>Tipo (política, programa, oferta de asociación, investigación, herramienta de datos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries (names or codes)</source>
        <translation>Países (nombres o códigos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes (codes or labels, separated by ;)</source>
        <translation>Temas (códigos o etiquetas, separados por ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by (registered organisations, separated by ;)</source>
        <translation>Presentada por (organizaciones registradas, separadas por ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (year)</source>
        <translation>Desde (año)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (year)</source>
        <translation>Hasta (año)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact name</source>
        <translation>Nombre de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>Correo electrónico de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary paragraphs (23–25, 32)</source>
        <translation>Párrafos del resumen (23–25, 32)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the column that holds the title.</source>
        <translation>Elija la columna que contiene el título.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the type of practice.</source>
        <translation>Elija la columna que contiene el tipo de práctica.</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>%Ln fila rechazada</numerusform>
            <numerusform>%Ln filas rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) valid</source>
        <translation>
            <numerusform>%Ln fila válida</numerusform>
            <numerusform>%Ln filas válidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was written: correct the file, or the columns, and try again</source>
        <translation>no se guardó nada: corrija el archivo o las columnas y vuelva a intentarlo</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln more problem(s) not listed</source>
        <translation>
            <numerusform>%Ln problema más no enumerado</numerusform>
            <numerusform>%Ln problemas más no enumerados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln practice(s) can be imported</source>
        <translation>
            <numerusform>%Ln práctica puede importarse</numerusform>
            <numerusform>%Ln prácticas pueden importarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln practice(s) imported, received for review</source>
        <translation>
            <numerusform>%Ln práctica importada, recibida para examen</numerusform>
            <numerusform>%Ln prácticas importadas, recibidas para examen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeLabels</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/labels.py" line="+12"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership offer</source>
        <translation>Oferta de asociación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data tool</source>
        <translation>Herramienta de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Americas</source>
        <translation>Américas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>Oceanía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>Mundial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>En examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fictional</source>
        <translation>Ficticia</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/page.py" line="+69"/>
        <source>Good Practices</source>
        <extracomment>A short message for the status bar. Who signs review steps (the main window keeps it up to date).</extracomment>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practices and recommendations</source>
        <translation>Prácticas y recomendaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead submitter</source>
        <translation>Entidad principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter edits the chosen practice; choose two to compare them.</source>
        <translation>Intro edita la práctica elegida; elija dos para compararlas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practices shown</source>
        <translation>Prácticas mostradas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Start &amp;Review</source>
        <translation>Iniciar e&amp;xamen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the review</source>
        <translation>Iniciar el examen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish</source>
        <translation>P&amp;ublicar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish the practice</source>
        <translation>Publicar la práctica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;cline…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline the practice</source>
        <translation>Rechazar la práctica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to Revie&amp;w…</source>
        <translation>&amp;Volver a examen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return it to review</source>
        <translation>Devolverla a examen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Practice…</source>
        <translation>&amp;Nueva práctica…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New practice</source>
        <translation>Nueva práctica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the practice</source>
        <translation>Editar la práctica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the practice</source>
        <translation>Eliminar la práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare the two practices</source>
        <translation>Comparar las dos prácticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Partner&amp;s…</source>
        <translation>&amp;Buscar asociados…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find candidate partners</source>
        <translation>Buscar posibles asociados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The&amp;mes…</source>
        <translation>Te&amp;mas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Themes of the forum</source>
        <translation>Temas del foro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import and E&amp;xport</source>
        <translation>Importar y e&amp;xportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import practices, export the compendium or the open data</source>
        <translation>Importar prácticas, exportar la recopilación o los datos abiertos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Practices…</source>
        <translation>Importar prácticas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Compendium…</source>
        <translation>Exportar la recopilación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Open Data…</source>
        <translation>Exportar datos abiertos…</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>New Practice</source>
        <translation>Nueva práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice received.</source>
        <translation>Práctica recibida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Practice</source>
        <translation>Editar práctica</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Practice</source>
        <translation>Eliminar práctica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice “{title}” deleted (Edit &gt; Undo brings it back).</source>
        <translation>Práctica «{title}» eliminada (Edición &gt; Deshacer la restablece).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decline Practice</source>
        <translation>Rechazar la práctica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return to Review</source>
        <translation>Volver a examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? The reason is kept with the review of “{title}”.</source>
        <translation>¿Por qué? El motivo se conserva con el examen de «{title}».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Practice marked {state}.</source>
        <translation>Práctica marcada como «{state}».</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/preferences_dialog.py" line="+38"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This device&apos;s name</source>
        <translation>Nombre de este dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office, registration desk…</source>
        <translation>Oficina, mostrador de inscripción…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merges and the history say which device made each change by this name.</source>
        <translation>Las fusiones y el historial indican con este nombre qué dispositivo hizo cada cambio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;device&apos;s name:</source>
        <translation>Nombre de este &amp;dispositivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name is kept on this computer; the device&apos;s name in the database.</source>
        <translation>Su nombre se guarda en este ordenador; el nombre del dispositivo, en la base de datos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the preferences</source>
        <translation>Guardar las preferencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus, messages and dates. It applies from the next start.</source>
        <translation>El idioma de los menús, los mensajes y las fechas. Se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
</context>
<context>
    <name>PreferencesMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/preferences_menu.py" line="+24"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ForumDesk uses the new language from its next start.</source>
        <translation>ForumDesk usará el nuevo idioma a partir de su próximo inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/print_menu.py" line="+36"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This page has nothing to print.</source>
        <translation>Esta página no tiene nada que imprimir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to print here yet.</source>
        <translation>Todavía no hay nada que imprimir aquí.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which document?</source>
        <translation>¿Qué documento?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing {document}…</source>
        <translation>Preparando {document}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+82"/>
        <location line="+21"/>
        <source>Printing cancelled.</source>
        <translation>Impresión cancelada.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Cannot print {document}: {reason}</source>
        <translation>No se puede imprimir {document}: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No printer is installed: you can still print to a PDF file.</source>
        <translation>No hay ninguna impresora instalada: puede imprimir en un archivo PDF.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing {document}…</source>
        <translation>Imprimiendo {document}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Cannot start the printer {reason}.</source>
        <translation>No se puede iniciar la impresora {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>%n page(s) of {document} sent to {printer}.</source>
        <translation>
            <numerusform>%n página de {document} enviada a {printer}.</numerusform>
            <numerusform>%n páginas de {document} enviadas a {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print Preview — {document}</source>
        <translation>Vista previa de impresión — {document}</translation>
    </message>
</context>
<context>
    <name>ProgrammeFiles</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/files.py" line="+53"/>
        <source>Forum created.</source>
        <extracomment>A short message for the status bar. A forum was made from a template: its id.</extracomment>
        <translation>Foro creado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Programme as Template</source>
        <translation>Guardar el programa como plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme-template</source>
        <translation>plantilla-de-programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda template (*.json)</source>
        <translation>Plantilla de programa (*.json)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Template saved to {file}.</source>
        <translation>Plantilla guardada en {file}.</translation>
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
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Programme</source>
        <translation>Exportar el programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>%n segmento escrito en {file}</numerusform>
            <numerusform>%n segmentos escritos en {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/page.py" line="+61"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No forum is open.</source>
        <translation>No hay ningún foro abierto.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create a forum from an agenda template</source>
        <translation>Crear un foro a partir de una plantilla de programa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as &amp;Template…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this programme as an agenda template</source>
        <translation>Guardar este programa como plantilla de programa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the programme</source>
        <translation>Exportar el programa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iCalendar (.ics)…</source>
        <translation>iCalendar (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable Programme (PDF)…</source>
        <translation>Programa imprimible (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word Document (.docx)…</source>
        <translation>Documento de Word (.docx)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline and list of the programme</source>
        <translation>Cronograma y lista del programa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme by day, session and segment</source>
        <translation>Programa por día, sesión y segmento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The selected segment and its speakers</source>
        <translation>El segmento seleccionado y sus oradores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected segment</source>
        <translation>Segmento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gment</source>
        <translation>Seg&amp;mento</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>New F&amp;orum from Template…</source>
        <translation>&amp;Nuevo foro a partir de una plantilla…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ti&amp;meline</source>
        <translation>&amp;Cronograma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The programme by day, session and segment. Enter opens the chosen segment in its editor.</source>
        <translation>El programa por día, sesión y segmento. Intro abre el segmento elegido en su editor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&amp;ist</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time, room, theme and roles of the chosen segment.</source>
        <translation>La hora, la sala, el tema y las funciones del segmento elegido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spea&amp;kers List</source>
        <translation>Lista de &amp;oradores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments that overlap in a room or for a person. Enter shows the chosen clash on the timeline.</source>
        <translation>Segmentos que se superponen en una sala o para una persona. Intro muestra el conflicto de horario elegido en el cronograma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clashes in the programme</source>
        <translation>Conflictos de horario en el programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+97"/>
        <source>No Clashes</source>
        <translation>Ningún conflicto de horario</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Edit {segment}</source>
        <translation>Editar “{segment}”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The programme</source>
        <translation>El programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The speakers list of {segment}</source>
        <translation>La lista de oradores de {segment}</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Clashes (%n)</source>
        <translation>
            <numerusform>Conflicto de horario (%n)</numerusform>
            <numerusform>Conflictos de horario (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Move {segment} to {time}</source>
        <translation>Mover “{segment}” a las {time}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not moved: {who} moved this segment meanwhile. The programme now shows it where they put it.</source>
        <translation>No se ha movido: {who} movió este segmento entretanto. El programa lo muestra ahora donde esa persona lo colocó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>otro usuario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This forum has no programme yet.</source>
        <translation>Este foro aún no tiene programa.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a segment to see its theme and roles.</source>
        <translation>Seleccione un segmento para ver su tema y sus funciones.</translation>
    </message>
</context>
<context>
    <name>RecommendationDetail</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_detail.py" line="+66"/>
        <source>Text of the recommendation</source>
        <translation>Texto de la recomendación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stakeholders who took it up</source>
        <translation>Partes interesadas que la han hecho suya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>Parte interesada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Stakeholder…</source>
        <translation>&amp;Añadir parte interesada…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stakeholder</source>
        <translation>Añadir una parte interesada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;Commitment…</source>
        <translation>Editar &amp;compromiso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the stakeholder&apos;s commitment</source>
        <translation>Editar el compromiso de la parte interesada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Sta&amp;keholder</source>
        <translation>&amp;Quitar parte interesada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stakeholder</source>
        <translation>Quitar la parte interesada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uptake</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Practices answering it</source>
        <translation>Prácticas que responden a ella</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link Practice…</source>
        <translation>&amp;Vincular práctica…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link a practice</source>
        <translation>Vincular una práctica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlink Practice</source>
        <translation>&amp;Desvincular práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink the practice</source>
        <translation>Desvincular la práctica</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status at each later forum</source>
        <translation>Estado en cada foro posterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessed by</source>
        <translation>Evaluado por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;Status…</source>
        <translation>Fijar es&amp;tado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the status at a later forum</source>
        <translation>Fijar el estado en un foro posterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>¶ {number}</source>
        <translation>Párr. {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title} [fictional]</source>
        <translation>{title} [ficticia]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No later forum yet</source>
        <translation>Aún no hay foro posterior</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_editor.py" line="+46"/>
        <source>Edit Recommendation {code}</source>
        <translation>Editar la recomendación {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code of the recommendation</source>
        <translation>Código de la recomendación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text of the recommendation</source>
        <translation>Texto de la recomendación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme of the recommendation</source>
        <translation>Tema de la recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>(no theme)</source>
        <translation>(sin tema)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the recommendation</source>
        <translation>Guardar la recomendación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{code} saved</source>
        <translation>{code} guardada</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: this recommendation was changed meanwhile.</source>
        <translation>No se guardó: esta recomendación se modificó mientras tanto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="-138"/>
        <source>not assessed</source>
        <extracomment>Asks the database for what matches a text, then calls back with it.</extracomment>
        <translation>no evaluada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not started</source>
        <translation>no iniciada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendations_panel.py" line="+99"/>
        <source>Recommendations status</source>
        <extracomment>What the panel&apos;s edits change.</extracomment>
        <translation>Estado de las recomendaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendations error</source>
        <translation>Error de las recomendaciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¶</source>
        <translation>Párr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptake</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forum&apos;s recommendations: code, paragraph, text, how many stakeholders took each up, how many practices answer it, and its latest status.</source>
        <translation>Las recomendaciones del foro: código, párrafo, texto, cuántas partes interesadas hicieron suya cada una, cuántas prácticas responden a ella y su último estado.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Delete Recommendation</source>
        <translation>E&amp;liminar recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recommendation</source>
        <translation>Eliminar la recomendación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Recommendatio&amp;n…</source>
        <translation>&amp;Editar recomendación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the recommendation</source>
        <translation>Editar la recomendación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport Follow-up Report…</source>
        <translation>E&amp;xportar informe de seguimiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+273"/>
        <source>Export the follow-up report</source>
        <translation>Exportar el informe de seguimiento</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>No recommendation yet: make one from a paragraph on the Document &amp; notes page.</source>
        <translation>Aún no hay recomendaciones: formule una a partir de un párrafo en la página Documento y notas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status} ({forum})</source>
        <translation>{status} ({forum})</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stakeholder added to {code}</source>
        <translation>Parte interesada añadida a {code}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Commitment saved</source>
        <translation>Compromiso guardado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stakeholder removed</source>
        <translation>Parte interesada quitada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Practice linked to {code}</source>
        <translation>Práctica vinculada a {code}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Practice unlinked</source>
        <translation>Práctica desvinculada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{code}: {status}</source>
        <translation>{code}: {status}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete Recommendation</source>
        <translation>Eliminar recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {code}, with its stakeholders, practices and statuses?</source>
        <translation>¿Eliminar {code}, con sus partes interesadas, prácticas y estados?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{code} deleted</source>
        <translation>{code} eliminada</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.md)</source>
        <translation>Documentos (*.pdf *.docx *.odt *.html *.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file ending in one of: {formats}</source>
        <translation>Elija un archivo que termine en una de estas extensiones: {formats}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow-up report exported to {path}</source>
        <translation>Informe de seguimiento exportado a {path}</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/page.py" line="+62"/>
        <source>Registry</source>
        <extracomment>A short message for the status bar.</extracomment>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations and representatives</source>
        <translation>Organizaciones y representantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+53"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Likely Duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Filter organisations by name, acronym or e-mail…</source>
        <translation>Filtrar las organizaciones por nombre, sigla o correo electrónico…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter organisations</source>
        <translation>Filtrar las organizaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The organisations. Enter opens the chosen one.</source>
        <translation>Las organizaciones. Intro abre la organización elegida.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Registry counts</source>
        <translation>Recuentos del registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accredit Selected</source>
        <translation>&amp;Acreditar la selección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accredit the selected representatives</source>
        <translation>Acreditar a los representantes seleccionados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Walk-in…</source>
        <translation>Inscripción in &amp;situ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a walk-in</source>
        <translation>Inscribir a una persona in situ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a walk-in (Ctrl+Shift+W)</source>
        <translation>Inscribir a una persona in situ (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import representatives from a CSV or Excel list</source>
        <translation>Importar representantes desde una lista CSV o Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the representatives listed</source>
        <translation>Exportar los representantes que figuran en la lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Badges…</source>
        <translation>&amp;Pases…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print badges for the selection, or for everyone accredited</source>
        <translation>Imprimir los pases de la selección o de todas las personas acreditadas</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%Ln representative(s)</source>
        <translation>
            <numerusform>%Ln representante</numerusform>
            <numerusform>%Ln representantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organización</numerusform>
            <numerusform>%Ln organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+37"/>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This record</source>
        <translation>Esta ficha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>representatives</source>
        <translation>representantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Representatives</source>
        <translation>Exportar representantes</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln representative(s) exported to {file}</source>
        <translation>
            <numerusform>%Ln representante exportado a {file}</numerusform>
            <numerusform>%Ln representantes exportados a {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Representatives</source>
        <translation>Importar representantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Listas (*.csv *.xlsx *.xlsm *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln representative(s) imported from {file}</source>
        <translation>
            <numerusform>%Ln representante importado desde {file}</numerusform>
            <numerusform>%Ln representantes importados desde {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Keep {pair} apart</source>
        <translation>Mantener separados a {pair}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Walk-in {name}</source>
        <translation>Inscripción in situ de {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n representative(s) accredited</source>
        <translation>
            <numerusform>%n representante acreditado</numerusform>
            <numerusform>%n representantes acreditados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Accredit %n representative(s)</source>
        <translation>
            <numerusform>Acreditar a %n representante</numerusform>
            <numerusform>Acreditar a %n representantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/badges.py" line="+27"/>
        <source>A4 sheets of 8 badges</source>
        <translation>Hojas A4 de 8 pases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One badge per card (95 × 70 mm)</source>
        <translation>Un pase por tarjeta (95 × 70 mm)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Badges of the %n selected person(s)</source>
        <translation>
            <numerusform>Pase de la %n persona seleccionada</numerusform>
            <numerusform>Pases de las %n personas seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges of everyone accredited</source>
        <translation>Pases de todas las personas acreditadas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>badges</source>
        <translation>pases</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print Badges</source>
        <translation>Imprimir pases</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln badge(s) written to {file}</source>
        <translation>
            <numerusform>%Ln pase escrito en {file}</numerusform>
            <numerusform>%Ln pases escritos en {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/calendar_export.py" line="+32"/>
        <source>Export Their Programme</source>
        <translation>Exportar su programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>%n segmento escrito en {file}</numerusform>
            <numerusform>%n segmentos escritos en {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RememberBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/passphrases.py" line="-70"/>
        <source>Remember the passphrase in this computer&apos;s &amp;keyring</source>
        <translation>Recordar la frase de contraseña en el &amp;llavero de este equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operating system&apos;s keyring keeps the passphrase and gives it back when this database is opened on this computer.</source>
        <translation>El llavero del sistema operativo guarda la frase de contraseña y la devuelve cuando se abre esta base de datos en este equipo.</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/panel.py" line="+102"/>
        <source>The sections of the report. Choose one to see its paragraphs.</source>
        <extracomment>What an edit of the report changes: the document&apos;s paragraphs, and notes citing them.</extracomment>
        <translation>Las secciones del informe. Elija una para ver sus párrafos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections of the report</source>
        <translation>Secciones del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paragraphs of the chosen section of the report.</source>
        <translation>Los párrafos de la sección elegida del informe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraphs of the section</source>
        <translation>Párrafos de la sección</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report error</source>
        <translation>Error del informe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add Paragraph…</source>
        <translation>&amp;Añadir un párrafo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a paragraph</source>
        <translation>Añadir un párrafo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the paragraph up</source>
        <translation>Subir el párrafo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the paragraph down</source>
        <translation>Bajar el párrafo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Paragraph</source>
        <translation>&amp;Quitar el párrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the paragraph</source>
        <translation>Quitar el párrafo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From a &amp;Note…</source>
        <translation>A partir de una &amp;nota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a paragraph from a note</source>
        <translation>Añadir un párrafo a partir de una nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xportar el informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{title}: {count} paragraphs</source>
        <translation>{title}: {count} párrafos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+186"/>
        <source>The forum has no summary report to add to yet.</source>
        <translation>El foro aún no tiene un informe resumido al que añadir contenido.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Move paragraph {old} to {new}</source>
        <translation>Mover el párrafo {old} a la posición {new}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add paragraph</source>
        <translation>Añadir un párrafo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add paragraph from a note</source>
        <translation>Añadir un párrafo a partir de una nota</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove paragraph {n}</source>
        <translation>Quitar el párrafo {n}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The forum has no notes to add.</source>
        <translation>El foro no tiene notas que añadir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the summary report</source>
        <translation>Exportar el informe resumido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.md)</source>
        <translation>Documentos (*.pdf *.docx *.odt *.html *.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file ending in one of: {formats}</source>
        <translation>Elija un archivo con una de estas extensiones: {formats}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Report exported to {path}</source>
        <translation>Informe exportado a {path}</translation>
    </message>
</context>
<context>
    <name>RepresentativeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/representative_dialog.py" line="+99"/>
        <source>Representative: {name}</source>
        <extracomment>The person&apos;s own programme is wanted as iCalendar: their id.</extracomment>
        <translation>Representante: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;Latin):</source>
        <translation>Nombre (alfabeto &amp;latino):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;unction:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Family name (Lat&amp;in):</source>
        <translation>Apellido (alfa&amp;beto latino):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;anguages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gen&amp;der:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the name in Latin letters as the person spells it: it is printed under the name on the badge. It cannot be made from this script without guessing the vowels.</source>
        <translation>Escriba el nombre en caracteres latinos tal como lo escribe la persona: se imprime debajo del nombre en el pase. No puede obtenerse de esta escritura sin adivinar las vocales.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not registered to any forum.</source>
        <translation>No está inscrito en ningún foro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Likely duplicates: {list}</source>
        <translation>Posibles duplicados: {list}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare and &amp;Merge…</source>
        <translation>Comparar y fu&amp;sionar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare and merge with the likely duplicate</source>
        <translation>Comparar y fusionar con el posible duplicado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their Prog&amp;ramme (.ics)…</source>
        <translation>Su &amp;programa (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the segments where this person has a role or speaks, as iCalendar</source>
        <translation>Exportar en formato iCalendar los segmentos en los que esta persona tiene una función o hace uso de la palabra</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Not saved: this person was changed meanwhile.</source>
        <translation>No se ha guardado: esta persona se modificó entretanto.</translation>
    </message>
</context>
<context>
    <name>RepresentativesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/representatives_panel.py" line="+60"/>
        <source>Type the start of a family name, an organisation or an e-mail…</source>
        <translation>Escriba el comienzo de un apellido, una organización o un correo electrónico…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter representatives</source>
        <translation>Filtrar los representantes</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Regional group</source>
        <translation>Grupo regional</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+94"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+28"/>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Badge</source>
        <translation>Pase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registered people. Enter opens the chosen one.</source>
        <translation>Las personas inscritas. Intro abre la persona elegida.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+56"/>
        <source>Any {facet}</source>
        <translation>Sin filtro ({facet})</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/restore_dialog.py" line="+52"/>
        <location line="+140"/>
        <source>Restore from Backup</source>
        <extracomment>The restore finished (a RestoreResult): the window reopens the database.</extracomment>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>The copies of {file} kept in the backup folder, newest first. Restoring one replaces everything in the database with that copy; a backup of its current state is taken first.</source>
        <extracomment>Asks the user to confirm the restore described; tests replace it.</extracomment>
        <translation>Las copias de {file} que se conservan en la carpeta de copias de seguridad, de la más reciente a la más antigua. Restaurar una de ellas reemplaza todo el contenido de la base de datos por esa copia; antes se crea una copia de seguridad de su estado actual.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backups of this database, the newest first. Choose one to restore it.</source>
        <translation>Las copias de seguridad de esta base de datos, de la más reciente a la más antigua. Elija una para restaurarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Creada el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups of this database yet.</source>
        <translation>Todavía no hay copias de seguridad de esta base de datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia de seguridad elegida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{reason} (encrypted)</source>
        <translation>{reason} (cifrada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged database, kept before a restore</source>
        <translation>Base de datos dañada, conservada antes de una restauración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a schema upgrade</source>
        <translation>Antes de una actualización del esquema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On opening (older ForumDesk)</source>
        <translation>Al abrir (versión anterior de ForumDesk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on request</source>
        <translation>Creada a petición</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Before a merge</source>
        <translation>Antes de una fusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before undoing an import</source>
        <translation>Antes de deshacer una importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before encryption</source>
        <translation>Antes del cifrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before decryption</source>
        <translation>Antes del descifrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a change of passphrase</source>
        <translation>Antes de un cambio de frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before: {operation}</source>
        <translation>Antes de: {operation}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Replace everything in {file} with the backup taken {time} ({reason})?

Changes made since then are replaced. A backup of the current state is taken first, so you can come back to it from this list.</source>
        <translation>¿Desea reemplazar todo el contenido de {file} por la copia de seguridad creada el {time} ({reason})?

Se reemplazarán los cambios realizados desde entonces. Antes se crea una copia de seguridad del estado actual, de modo que podrá volver a él desde esta lista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That passphrase does not open the backup. Try again ({n} of {most}):</source>
        <translation>Esa frase de contraseña no abre la copia de seguridad. Inténtelo de nuevo ({n} de {most}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was encrypted with another passphrase than the database&apos;s today. Type the passphrase it was taken with ({n} of {most}):</source>
        <translation>Esta copia de seguridad se cifró con una frase de contraseña distinta de la actual de la base de datos. Escriba la frase de contraseña con la que se hizo ({n} de {most}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted Backup</source>
        <translation>Copia de seguridad cifrada</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored. What the damaged database held before is kept in {file}, and its write-ahead log (changes not yet in the file) in {log}.</source>
        <translation>Restauración realizada. Lo que contenía antes la base de datos dañada se conserva en {file}, y su registro de escritura anticipada (cambios que aún no estaban en el archivo), en {log}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored. What the database held before is kept in {file}.</source>
        <translation>Restauración realizada. Lo que contenía antes la base de datos se conserva en {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored.</source>
        <translation>Restauración realizada.</translation>
    </message>
</context>
<context>
    <name>ReviewReasonDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="-65"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/revision_dialog.py" line="+42"/>
        <source>Revised draft: confirm how notes move</source>
        <translation>Proyecto revisado: confirme cómo se trasladan las notas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{unchanged} paragraphs unchanged, {renumbered} renumbered, {gone} gone ({orphans} with notes), {added} new. Untick a row to leave its notes where they are.</source>
        <translation>{unchanged} párrafos sin cambios, {renumbered} renumerados, {gone} suprimidos ({orphans} con notas), {added} nuevos. Desmarque una fila para dejar sus notas donde están.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import the Draft and Move Ticked Notes</source>
        <translation>Importar el proyecto y trasladar las notas marcadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proposed paragraph mapping</source>
        <translation>Correspondencia propuesta entre párrafos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old ¶</source>
        <translation>¶ anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ¶</source>
        <translation>¶ nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old text</source>
        <translation>Texto anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New text</source>
        <translation>Texto nuevo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>gone</source>
        <translation>suprimido</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_roles.py" line="+64"/>
        <source>The roles of the segment (chair, speakers and others), each with a person or a label.</source>
        <translation>Las funciones del segmento (Presidencia, oradores y otras), cada una con una persona o una etiqueta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add Role</source>
        <translation>&amp;Añadir una función</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a role</source>
        <translation>Añadir una función</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move Role</source>
        <translation>&amp;Quitar la función</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected role</source>
        <translation>Quitar la función seleccionada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Role {n}: kind</source>
        <translation>Función {n}: tipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role {n}: person</source>
        <translation>Función {n}: persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name to find the person</source>
        <translation>Escriba un nombre para encontrar a la persona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role {n}: label</source>
        <translation>Función {n}: etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. an address, or a slot to fill</source>
        <translation>p. ej., un discurso, o un turno por cubrir</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Role {n}: choose the person from the registry list.</source>
        <translation>Función {n}: elija a la persona de la lista del registro.</translation>
    </message>
</context>
<context>
    <name>RolesMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/access/menu.py" line="+25"/>
        <source>U&amp;sers and Roles…</source>
        <translation>Usuari&amp;os y funciones…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Grant and revoke roles, and create database accounts.</source>
        <translation>Conceder y retirar funciones, y crear cuentas de base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator assigns roles; you are signed in as {account}.</source>
        <translation>Solo un administrador asigna funciones; ha iniciado sesión como {account}.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/search_dialog.py" line="+117"/>
        <source>Search paragraphs, notes, practices and the registry</source>
        <extracomment>Wait this long after the last key before querying, so typing stays smooth. Kinds of hits that are registry records, found by name. (language version id or None, paragraph number) of a paragraph hit the user opened. The id of a note hit the user opened. The id of a person the user opened. The id of an organisation the user opened. The id of a practice the user opened. The id of a recommendation the user opened.</extracomment>
        <translation>Buscar en párrafos, notas, prácticas y el registro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words, &quot;a phrase&quot;, or a prefix* — accents and case do not matter</source>
        <translation>Palabras, &quot;una frase exacta&quot; o un prefijo* — no se distingue entre mayúsculas y minúsculas ni se tienen en cuenta los acentos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What matches the search. Enter opens the chosen result.</source>
        <translation>Lo que coincide con la búsqueda. Intro abre el resultado elegido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¶{number}</source>
        <translation>¶{number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation from ¶{number}</source>
        <translation>Recomendación tomada del ¶{number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on ¶{number}</source>
        <translation>Nota sobre el ¶{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_dialog.py" line="+111"/>
        <source>Edit Segment</source>
        <extracomment>(before, after, times): the values read and the values stored (`SegmentInput`s), and the times read and stored (`TimesChange`).</extracomment>
        <translation>Editar el segmento</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+116"/>
        <location line="+175"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-289"/>
        <location line="+290"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+285"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Linked sections</source>
        <translation>Secciones vinculadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+279"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+290"/>
        <source>(no room)</source>
        <translation>(sin sala)</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Room name</source>
        <translation>Nombre de la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a room or type a new one</source>
        <translation>Elija una sala o escriba una nueva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Th&amp;eme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked sectio&amp;ns:</source>
        <translation>&amp;Secciones vinculadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oom:</source>
        <translation>Sa&amp;la:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;les:</source>
        <translation>&amp;Funciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background &amp;documents:</source>
        <translation>&amp;Documentos de antecedentes:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the segment</source>
        <translation>Guardar el segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Guardar (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+184"/>
        <source>Background documents</source>
        <translation>Documentos de antecedentes</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>A title and a file or web address for each background document.</source>
        <translation>Un título y un archivo o una dirección web para cada documento de antecedentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File or URL</source>
        <translation>Archivo o URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Doc&amp;ument</source>
        <translation>Añadir doc&amp;umento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a background document</source>
        <translation>Añadir un documento de antecedentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the selected document&apos;s file</source>
        <translation>Elegir el archivo del documento seleccionado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve Document</source>
        <translation>&amp;Quitar el documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected document</source>
        <translation>Quitar el documento seleccionado</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Background Document</source>
        <translation>Documento de antecedentes</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not saved: {who} changed these times meanwhile. Close the editor and open it again to see them.</source>
        <translation>No se ha guardado: {who} modificó estos horarios entretanto. Cierre el editor y vuelva a abrirlo para verlos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>otro usuario</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: this segment was changed meanwhile.</source>
        <translation>No se ha guardado: este segmento se modificó entretanto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A room added meanwhile</source>
        <translation>Una sala añadida entretanto</translation>
    </message>
</context>
<context>
    <name>SelfApprovalBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/approval.py" line="+35"/>
        <source>Allow one-person approval</source>
        <translation>Permitir la aprobación por una sola persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow one-person approval in this forum</source>
        <translation>Permitir la aprobación por una sola persona en este foro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For small meetings: whoever composed or last edited the minutes may approve them too. The approval line then says it was a one-person approval.</source>
        <translation>Para reuniones pequeñas: quien haya compuesto el acta o la haya modificado por última vez también puede aprobarla. En ese caso, la mención de aprobación indica que la aprobó una sola persona.</translation>
    </message>
</context>
<context>
    <name>SentenceBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/sentence_box.py" line="+20"/>
        <source>For the Summary Report</source>
        <extracomment>&quot;Add to Summary Report…&quot; was pressed, with the sentence.</extracomment>
        <translation>Para el informe resumido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participation sentence</source>
        <translation>Frase sobre la participación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy Sentence</source>
        <translation>&amp;Copiar la frase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the participation sentence</source>
        <translation>Copiar la frase sobre la participación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add to Summary Report…</source>
        <translation>&amp;Añadir al informe resumido…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the participation sentence to the summary report</source>
        <translation>Añadir la frase sobre la participación al informe resumido</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/shortcuts.py" line="+112"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts by menu and page</source>
        <translation>Atajos de teclado por menú y por página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>SpeakerList</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="+30"/>
        <source>{n}. {who} · spoke {used} of {allotted}</source>
        <translation>{n}. {who} · habló {used} de {allotted}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n}. {who} · withdrawn</source>
        <translation>{n}. {who} · retirado</translation>
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
        <translation>Lista de oradores</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find a person to add as speaker</source>
        <translation>Buscar a una persona para inscribirla como orador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Speaker: type a name…</source>
        <translation>Añadir orador: escriba un nombre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Speaker</source>
        <translation>&amp;Añadir orador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the chosen person to the speakers list</source>
        <translation>Añadir a la persona elegida a la lista de oradores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered people whose names match what is typed. Enter adds the chosen one.</source>
        <translation>Personas inscritas cuyo nombre coincide con lo escrito. Intro añade la persona elegida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People found in the registry</source>
        <translation>Personas encontradas en el registro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The speakers in the order they speak. Move Up and Move Down change the order.</source>
        <translation>Los oradores en el orden en que intervienen. Subir y Bajar cambian el orden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers in order; drag to reorder</source>
        <translation>Oradores por orden; arrastre para cambiar el orden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The speaking time allotted to the chosen speaker.</source>
        <translation>El tiempo de uso de la palabra asignado al orador elegido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking time allotted, in seconds</source>
        <translation>Tiempo de uso de la palabra asignado, en segundos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as Defau&amp;lt</source>
        <translation>Usar como &amp;predeterminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this speaking time for new speakers of the segment</source>
        <translation>Usar este tiempo de uso de la palabra para los nuevos oradores del segmento</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Add Speaker {name}</source>
        <translation>Añadir a {name} como orador</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reorder Speakers</source>
        <translation>Reordenar los oradores</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw Speaker</source>
        <translation>Retirar a un orador</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set Speaking Time</source>
        <translation>Fijar el tiempo de uso de la palabra</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set Default Speaking Time</source>
        <translation>Fijar el tiempo de uso de la palabra predeterminado</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="+17"/>
        <source>Stakeholder&apos;s Commitment</source>
        <translation>Compromiso de la parte interesada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Stakeholder</source>
        <translation>Añadir parte interesada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search the registry</source>
        <translation>Escriba para buscar en el registro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Compromiso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed &amp;on:</source>
        <translation>Contraído &amp;el:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commitment has a date</source>
        <translation>El compromiso tiene fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the commitment</source>
        <translation>Fecha del compromiso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the commitment</source>
        <translation>Guardar el compromiso</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose an organisation from the registry.</source>
        <translation>Elija una organización del registro.</translation>
    </message>
</context>
<context>
    <name>SubmittersChooser</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+30"/>
        <source>Find an organisation</source>
        <translation>Buscar una entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a registered organisation&apos;s name</source>
        <translation>Escriba parte del nombre de una entidad registrada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the organisation</source>
        <translation>Añadir la entidad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitting organisations, the lead first</source>
        <translation>Entidades que presentan, la principal primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make Lead moves the chosen one first</source>
        <translation>Hacer principal pone la elegida en primer lugar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make &amp;Lead</source>
        <translation>Hacer princip&amp;al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the chosen organisation the lead</source>
        <translation>Hacer principal la entidad elegida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen organisation</source>
        <translation>Quitar la entidad elegida</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/sync_dialog.py" line="+60"/>
        <source>Merge from {file}</source>
        <extracomment>Prompts for the other database&apos;s passphrase before the merge gives up. The result of a merge that was written (not of the preview). The user wants to settle the conflicts this merge left.</extracomment>
        <translation>Fusionar desde {file}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel: nothing is merged</source>
        <extracomment>The passphrase of an encrypted other database, as the command line takes it.</extracomment>
        <translation>Cancelar: no se fusiona nada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A backup of this database is taken before merging. Where a field was changed on both sides, our value stays until the conflict is settled (File &gt; Merge Conflicts…). Likely duplicates are only reported, never merged.</source>
        <translation>Antes de la fusión se crea una copia de seguridad de esta base de datos. Cuando un campo se ha modificado en ambas copias, se mantiene nuestro valor hasta que se resuelva el conflicto (Archivo &gt; Conflictos de fusión…). Los posibles duplicados solo se señalan, nunca se fusionan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records the merge brings</source>
        <translation>Fichas que aporta la fusión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>Nuestro valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here by</source>
        <translation>Modificado aquí por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their value</source>
        <translation>Valor de la otra copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed there by</source>
        <translation>Modificado en la otra copia por</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts the merge would leave</source>
        <translation>Conflictos que dejaría la fusión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coming in</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here</source>
        <translation>Ya presente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates coming in</source>
        <translation>Posibles duplicados entrantes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge the other database into this one</source>
        <translation>Fusionar la otra base de datos con esta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review Conflicts…</source>
        <translation>&amp;Examinar los conflictos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the conflicts this merge left</source>
        <translation>Examinar los conflictos que dejó esta fusión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close without merging</source>
        <translation>Cerrar sin fusionar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merging {file}…</source>
        <translation>Fusionando {file}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Merging would bring: {counts}.</source>
        <translation>La fusión aportaría: {counts}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to merge: this database already holds everything in {file}.</source>
        <translation>No hay nada que fusionar: esta base de datos ya contiene todo lo que hay en {file}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged: {counts}.</source>
        <translation>Fusión realizada: {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup at {path}.</source>
        <translation>Copia de seguridad en {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges renumbered: {badges}.</source>
        <translation>Pases renumerados: {badges}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts keep our value until they are settled.</source>
        <translation>En los conflictos se mantiene nuestro valor hasta que se resuelvan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts to settle.</source>
        <translation>No hay conflictos que resolver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled: nothing was merged.</source>
        <translation>Cancelado: no se ha fusionado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was merged.</source>
        <translation>No se ha fusionado nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypted Database</source>
        <translation>Base de datos cifrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase does not open {file}. Try again ({n} of {most}):</source>
        <translation>Esa frase de contraseña no abre {file}. Inténtelo de nuevo ({n} de {most}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is encrypted. Type its passphrase ({n} of {most}):</source>
        <translation>{file} está cifrada. Escriba su frase de contraseña ({n} de {most}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot merge {file}: {reason}</source>
        <translation>No se puede fusionar {file}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records coming in: {count}</source>
        <translation>Fichas entrantes: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the first {listed} listed)</source>
        <translation>(se enumeran las {listed} primeras)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts (a field changed on both sides): {count}</source>
        <translation>Conflictos (un campo modificado en ambas copias): {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates (reported, not merged): {count}</source>
        <translation>Posibles duplicados (señalados, no fusionados): {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: {fields}</source>
        <translation>Modificada: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{inserted} new, {updated} changed, {deleted} deleted</source>
        <translation>{inserted} nuevas, {updated} modificadas, {deleted} eliminadas</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/menu.py" line="+36"/>
        <source>&amp;Merge from Another Database…</source>
        <extracomment>Asks which database to merge from (&quot;&quot; when the user cancels); tests replace it.</extracomment>
        <translation>&amp;Fusionar desde otra base de datos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge &amp;Conflicts…</source>
        <translation>&amp;Conflictos de fusión…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepare a &amp;Laptop…</source>
        <translation>Preparar un por&amp;tátil…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Merge from Another Database</source>
        <translation>Fusionar desde otra base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de ForumDesk (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Merge finished</source>
        <translation>Fusión terminada</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/themes_dialog.py" line="+44"/>
        <source>Themes of the Forum</source>
        <translation>Temas del foro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Themes:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Themes, each sub-theme under its theme</source>
        <translation>Temas, cada subtema bajo su tema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New label of the theme</source>
        <translation>Nueva etiqueta del tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New label of the chosen theme</source>
        <translation>Nueva etiqueta del tema elegido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the chosen theme</source>
        <translation>Renombrar el tema elegido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen theme</source>
        <translation>Eliminar el tema elegido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code of the new theme</source>
        <translation>Código del nuevo tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower-case letters, digits, underscores</source>
        <translation>minúsculas, cifras, guiones bajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label of the new theme</source>
        <translation>Etiqueta del nuevo tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme the new one belongs to</source>
        <translation>Tema al que pertenece el nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Under:</source>
        <translation>&amp;Bajo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Theme</source>
        <translation>&amp;Añadir tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the theme</source>
        <translation>Añadir el tema</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>— a theme of its own —</source>
        <translation>— un tema propio —</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/timeline.py" line="+214"/>
        <source>Programme timeline: rooms across, time down</source>
        <extracomment>(segment id, place before, place after): a block was dragged or resized. A block was double-clicked, or Enter pressed on it: its segment id. The selected block changed: its segment id, or None.</extracomment>
        <translation>Cronograma del programa: salas en columnas, horas en filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab: next segment. Up and Down: move it by a minute (with Shift: five). Alt with Up and Down: change its end. Left and Right: the next room or day. Enter: edit the segment. Escape: put it back.</source>
        <translation>Tab: segmento siguiente. Flecha arriba y Flecha abajo: moverlo un minuto (con Mayús: cinco). Alt con Flecha arriba y Flecha abajo: cambiar su hora de fin. Flecha izquierda y Flecha derecha: sala o día siguiente. Intro: editar el segmento. Esc: devolverlo a su lugar.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No room</source>
        <translation>Sin sala</translation>
    </message>
</context>
<context>
    <name>TimesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_times.py" line="+68"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the time, or change the hours or minutes with Up and Down.</source>
        <translation>Escriba la hora, o cambie las horas o los minutos con Flecha arriba y Flecha abajo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The segment must end after it starts.</source>
        <translation>El segmento debe terminar después de su hora de inicio.</translation>
    </message>
</context>
<context>
    <name>UserNamePrompt</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/user_name.py" line="+88"/>
        <source>Welcome to ForumDesk. What is your name? It signs the notes and minutes you write, and the history records it with your changes.</source>
        <translation>Le damos la bienvenida a ForumDesk. ¿Cuál es su nombre? Con él se firman las notas y las actas que redacte, y el historial lo registra junto con sus cambios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes and notes are signed: give your name to go on.</source>
        <translation>Las actas y las notas se firman: indique su nombre para continuar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You sign as {name}.</source>
        <translation>Usted firma como {name}.</translation>
    </message>
</context>
<context>
    <name>UsersRolesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/access/users_roles_dialog.py" line="+51"/>
        <source>Users and Roles</source>
        <translation>Usuarios y funciones</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+37"/>
        <source>Database account</source>
        <translation>Cuenta de base de datos</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accounts and their roles</source>
        <translation>Cuentas y sus funciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each database account that holds a role in this database.</source>
        <translation>Cada cuenta de base de datos que tiene una función en esta base de datos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grant</source>
        <translation>&amp;Otorgar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password of the new account</source>
        <translation>Contraseña de la nueva cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account&apos;s &amp;password:</source>
        <translation>Con&amp;traseña de la nueva cuenta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Account with This Role</source>
        <translation>Cr&amp;ear cuenta con esta función</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{roles} (owns the tables)</source>
        <translation>{roles} (propietario de las tablas)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signed in as {account}. The roles are not set up on this database yet: the owner of its tables runs “forumdesk roles setup”.</source>
        <translation>Sesión iniciada como {account}. Las funciones aún no están configuradas en esta base de datos: el propietario de sus tablas ejecuta «forumdesk roles setup».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as {account}, with: {roles}.</source>
        <translation>Sesión iniciada como {account}, con: {roles}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an administrator assigns roles.</source>
        <translation>Solo un administrador asigna funciones.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{account} now holds the {role} role.</source>
        <translation>{account} tiene ahora la función «{role}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} no longer holds the {role} role.</source>
        <translation>{account} ya no tiene la función «{role}».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Database account {account} created, with the {role} role.</source>
        <translation>Cuenta de base de datos {account} creada, con la función «{role}».</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/walk_in_dialog.py" line="+59"/>
        <source>Register a Walk-in</source>
        <extracomment>(WalkInResult, &quot;FAMILY, Given&quot;) once a person is registered: the page makes it undoable.</extracomment>
        <translation>Inscripción in situ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name in Latin letters</source>
        <translation>Nombre en caracteres latinos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name in Latin letters</source>
        <translation>Apellido en caracteres latinos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find it, or a new name</source>
        <translation>Escriba para encontrarla, o un nombre nuevo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category of a new organisation</source>
        <translation>Categoría de una organización nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose for a new organisation —</source>
        <translation>— elegir para una organización nueva —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accredit and give a badge number</source>
        <translation>&amp;Acreditar y asignar un número de pase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>A&amp;pellido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;Latin):</source>
        <translation>Nombre (caracteres &amp;latinos):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Lat&amp;in):</source>
        <translation>Apellido (caracteres lat&amp;inos):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Register</source>
        <extracomment>Latin fields the user typed in: proposals no longer overwrite them.</extracomment>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the walk-in</source>
        <translation>Inscribir a la persona in situ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register (Ctrl+Return)</source>
        <translation>Inscribir (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Type the name in Latin letters as the person spells it: it is printed under the name on the badge. It cannot be made from this script without guessing the vowels.</source>
        <translation>Escriba el nombre en caracteres latinos tal como lo escribe la persona: se imprime debajo del nombre en el pase. No puede obtenerse de esta escritura sin adivinar las vocales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latin spelling proposed by the standard romanisation: check it with the person, as it is printed under the name on the badge.</source>
        <translation>Grafía latina propuesta por la romanización normalizada: compruébela con la persona, ya que se imprime debajo del nombre en el pase.</translation>
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
            <numerusform>¿Ya figura en el registro? %n posible duplicado:</numerusform>
            <numerusform>¿Ya figura en el registro? %n posibles duplicados:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} registered: badge {badge}.</source>
        <translation>Inscripción de {name} registrada: pase {badge}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} registered (not accredited).</source>
        <translation>Inscripción de {name} registrada (sin acreditación).</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/field_labels.py" line="+75"/>
        <source>Name</source>
        <extracomment>Kept for sorting, computed from the names; a note&apos;s markup beside its plain text.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional group</source>
        <translation>Grupo regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC status</source>
        <translation>Carácter consultivo (ECOSOC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC year</source>
        <translation>Año del carácter consultivo (ECOSOC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Given name (Latin)</source>
        <translation>Nombre (alfabeto latino)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Latin)</source>
        <translation>Apellido (alfabeto latino)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Requested on</source>
        <translation>Solicitada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Decidida por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Decidida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on</source>
        <translation>Eliminado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Fusionado con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Comienzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the record</source>
        <translation>Para el acta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note link</source>
        <translation>Vínculo de nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note tag</source>
        <translation>Etiqueta de nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes version</source>
        <translation>Versión del acta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/labels.py" line="+20"/>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Mesa redonda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic part</source>
        <translation>Parte temática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive discussion</source>
        <translation>Debate interactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Clausura</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporteur</source>
        <translation>Relator(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>Panelista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Discurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker from the floor</source>
        <translation>Orador desde la sala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Respondent</source>
        <translation>Comentarista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer State</source>
        <translation>Estado observador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intergovernmental organisation</source>
        <translation>Organización intergubernamental</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UN entity or agency</source>
        <translation>Entidad u organismo de las Naciones Unidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO in consultative status</source>
        <translation>ONG reconocida como entidad consultiva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other civil society</source>
        <translation>Otra organización de la sociedad civil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade union</source>
        <translation>Sindicato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant association or diaspora</source>
        <translation>Asociación de migrantes o de la diáspora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial institution</source>
        <translation>Institución financiera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Research or academia</source>
        <translation>Investigación o mundo académico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth organisation</source>
        <translation>Organización juvenil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>African States</source>
        <translation>Estados de África</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia-Pacific States</source>
        <translation>Estados de Asia y el Pacífico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eastern European States</source>
        <translation>Estados de Europa Oriental</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latin American and Caribbean States</source>
        <translation>Estados de América Latina y el Caribe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western European and other States</source>
        <translation>Estados de Europa Occidental y otros Estados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undisclosed</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accredited</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (given and family)</source>
        <translation>Nombre completo (nombre y apellido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge number</source>
        <translation>Número de pase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/export.py" line="+24"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
</TS>
