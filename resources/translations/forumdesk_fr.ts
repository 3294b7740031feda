<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../src/forumdesk/ui/common/errors.py" line="+24"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Copy Details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This database is read-only: you can look, search and export, but every change will be refused. Copy it to a folder you may write to, or ask for write access.</source>
        <translation>Cette base de données est en lecture seule : vous pouvez consulter, chercher et exporter, mais toute modification sera refusée. Copiez-la dans un dossier où vous pouvez écrire, ou demandez un accès en écriture.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only database</source>
        <translation>Base de données en lecture seule</translation>
    </message>
</context>
<context>
    <name>ActionsBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/actions_box.py" line="+25"/>
        <source>Things to Act On</source>
        <extracomment>The tasks, in the order shown; each names what the main window opens for it. A task&apos;s button was pressed: one of TASKS.</extracomment>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accreditation requests waiting</source>
        <translation>Demandes d’accréditation en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely duplicates to review</source>
        <translation>Doublons probables à examiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clashes in the programme</source>
        <translation>Conflits dans le programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes awaiting approval</source>
        <translation>Procès-verbaux en attente d’approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs no note cites yet</source>
        <translation>Paragraphes qu’aucune note ne cite encore</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing waits: no request, clash or minutes to approve.</source>
        <translation>Rien n&apos;attend : aucune demande, aucun conflit, aucun procès-verbal à approuver.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n accreditation request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n demande d’accréditation en attente de décision</numerusform>
            <numerusform>%n demandes d’accréditation en attente de décision</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least {count} likely duplicates to review</source>
        <translation>Au moins {count} doublons probables à examiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} likely duplicate(s) to review</source>
        <translation>{count} doublon(s) probable(s) à examiner</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n clash(es) in the programme</source>
        <translation>
            <numerusform>%n conflit dans le programme</numerusform>
            <numerusform>%n conflits dans le programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Minutes of %n segment(s) awaiting approval</source>
        <translation>
            <numerusform>Procès-verbal de %n partie en attente d’approbation</numerusform>
            <numerusform>Procès-verbaux de %n parties en attente d’approbation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n paragraph(s) of the summary that no note cites yet</source>
        <translation>
            <numerusform>%n paragraphe du résumé qu’aucune note ne cite encore</numerusform>
            <numerusform>%n paragraphes du résumé qu’aucune note ne cite encore</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/approval.py" line="+44"/>
        <source>Approve Minutes</source>
        <translation>Approuver le compte rendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve version {n} of these minutes?</source>
        <translation>Approuver la version {n} de ce compte rendu ?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted for review</source>
        <translation>soumis pour examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes:</source>
        <translation>Compte rendu :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment:</source>
        <translation>Partie :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} ({state})</source>
        <translation>{n} ({state})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written by:</source>
        <translation>Rédigé par :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody named</source>
        <translation>personne de nommé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved:</source>
        <translation>Enregistré :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length:</source>
        <translation>Longueur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{words} words, {turns} interventions</source>
        <translation>{words} mots, {turns} interventions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since composed:</source>
        <translation>Depuis la composition :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited by hand</source>
        <translation>modifié à la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as composed from the programme, not edited</source>
        <translation>tel que composé à partir du programme, non modifié</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved by:</source>
        <translation>Approuvé par :</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>About this approval</source>
        <translation>À propos de cette approbation</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Do not approve</source>
        <translation>Ne pas approuver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve Version {n}</source>
        <translation>Approuver la version {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve this version</source>
        <translation>Approuver cette version</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This version is already approved.</source>
        <translation>Cette version est déjà approuvée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You also wrote this version. This forum allows one-person approval, and the approval line of every export will say so.</source>
        <translation>Vous avez aussi rédigé cette version. Ce forum autorise l’approbation par une seule personne, et la mention d’approbation de chaque export le dira.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once approved, this version is locked: later changes start a new draft version.</source>
        <translation>Une fois approuvée, cette version est verrouillée : toute modification ultérieure crée une nouvelle version de projet.</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/backup_menu.py" line="+31"/>
        <source>Back &amp;Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk keeps backups of SQLite files only; this PostgreSQL database is covered by the office&apos;s own dumps.</source>
        <translation>ForumDesk ne sauvegarde que les fichiers SQLite ; cette base PostgreSQL est couverte par les sauvegardes (dumps) du bureau.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup taken: {file}</source>
        <translation>Sauvegarde faite : {file}</translation>
    </message>
</context>
<context>
    <name>BalanceStrip</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="+115"/>
        <source>Balance of the speakers list</source>
        <translation>Équilibre de la liste des orateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers by category</source>
        <translation>Orateurs par catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers by gender</source>
        <translation>Orateurs par genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance warnings</source>
        <translation>Alertes sur l’équilibre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil society and NGOs</source>
        <translation>Société civile et ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade unions</source>
        <translation>Syndicats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant associations</source>
        <translation>Associations de migrants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN and intergovernmental</source>
        <translation>ONU et organisations intergouvernementales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organisation</source>
        <translation>Sans organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No speakers yet.</source>
        <translation>Pas encore d’orateurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{group}: {speakers:.0%} of speakers, {time:.0%} of time</source>
        <translation>{group} : {speakers:.0%} des orateurs, {time:.0%} du temps</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{gender}: {speakers:.0%} of speakers, {time:.0%} of time</source>
        <translation>{gender} : {speakers:.0%} des orateurs, {time:.0%} du temps</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not heard yet: {group} (%n participant(s) registered; seed ¶75 asks for them)</source>
        <translation>
            <numerusform>Pas encore entendus : {group} (%n inscrit ; le ¶75 du document de référence demande à les entendre)</numerusform>
            <numerusform>Pas encore entendus : {group} (%n inscrits ; le ¶75 du document de référence demande à les entendre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not heard yet: {group} (%n participant(s) registered)</source>
        <translation>
            <numerusform>Pas encore entendus : {group} (%n inscrit)</numerusform>
            <numerusform>Pas encore entendus : {group} (%n inscrits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/checkin/page.py" line="+88"/>
        <source>Check-in desk</source>
        <extracomment>Background and text colours of the answer: green, amber, red (WCAG AA contrast). Said once it is undone. Makes the Undo step of an answer; None when there is nothing to take back. Who accredits on the spot and registers walk-ins: the user&apos;s name. The answer shown, and what Undo would take back.</extracomment>
        <translation>Accueil des participants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last scans at this desk, the newest first.</source>
        <translation>Les derniers passages à ce poste, le plus récent en premier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the scan field</source>
        <translation>Vider le champ de lecture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Desk name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Laptop B, side door</source>
        <translation>p. ex. Portable B, porte latérale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Desk:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>The forum&apos;s entrance</source>
        <translation>L’entrée de la réunion</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>D&amp;oor:</source>
        <translation>P&amp;orte :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badge code</source>
        <translation>Code du badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge, or type its number, then Enter</source>
        <translation>Lisez un badge, ou tapez son numéro, puis Entrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready for the first badge.</source>
        <translation>Prêt pour le premier badge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Accredit and Check In</source>
        <translation>A&amp;ccréditer et enregistrer l’entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accredit the person scanned and check them in</source>
        <translation>Accréditer la personne dont le badge a été lu et enregistrer son entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accredit this waiting request and check the person in</source>
        <translation>Accréditer cette demande en attente et enregistrer l’entrée de la personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register &amp;Walk-in…</source>
        <translation>Ins&amp;cription sur place…</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+53"/>
        <source>Register a walk-in and check them in</source>
        <translation>Enregistrer une inscription sur place et l’entrée de la personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register someone with no badge and check them in (Ctrl+Shift+W)</source>
        <translation>Inscrire sur place une personne sans badge et enregistrer son entrée (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo Last Check-in</source>
        <translation>A&amp;nnuler la dernière entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last check-in</source>
        <translation>Annuler la dernière entrée</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+6"/>
        <source>Last scans</source>
        <translation>Derniers badges lus</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Checked in</source>
        <translation>Entrée enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already checked in at {time} on {place}</source>
        <translation>Déjà entré(e) à {time}, poste « {place} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this desk</source>
        <translation>ce poste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: {reason}</source>
        <translation>Refusé : {reason}</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The last check-in was undone.</source>
        <translation>La dernière entrée a été annulée.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{keys}: accredit and check in</source>
        <translation>{keys} : accréditer et enregistrer l’entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{keys}: register a walk-in</source>
        <translation>{keys} : inscription sur place</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ready for the next badge.</source>
        <translation>Prêt pour le badge suivant.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The last check-in and its accreditation were undone.</source>
        <translation>La dernière entrée et son accréditation ont été annulées.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The last check-in and its walk-in were undone.</source>
        <translation>La dernière entrée et son inscription sur place ont été annulées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undone: the last check-in</source>
        <translation>Annulée : la dernière entrée</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+48"/>
        <source>Space ticks or unticks the current item</source>
        <translation>Espace coche ou décoche l’élément courant</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_clock.py" line="+91"/>
        <source>Current speaker</source>
        <translation>Orateur actuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn in progress</source>
        <translation>Intervention en cours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time remaining</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>&amp;Start</source>
        <translation>Déma&amp;rrer</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Speaker</source>
        <translation>Orateur sui&amp;vant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Room Screen…</source>
        <translation>Écran de &amp;salle…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{name} has the floor, clock paused: {time} so far</source>
        <translation>{name} a la parole, chronomètre en pause : {time} jusqu’ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} had the floor when ForumDesk stopped: {time} so far</source>
        <translation>{name} avait la parole à l’arrêt de ForumDesk : {time} jusqu’ici</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speaking Clock Running</source>
        <translation>Chronomètre de parole en marche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has the floor and the speaking clock is running.

Pause the clock and close this database? The time so far ({time}) is saved: the turn can be resumed or closed when the database is opened again.</source>
        <translation>{name} a la parole et le chronomètre tourne.

Mettre le chronomètre en pause et fermer cette base de données ? Le temps écoulé ({time}) est enregistré : l’intervention pourra être reprise ou close à la prochaine ouverture de la base.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Speaking Clock Not Saved</source>
        <translation>Chronomètre non enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaking clock could not be saved: {error}

Close this database anyway? The speakers list keeps what was saved before; the time spoken since is lost.</source>
        <translation>Le chronomètre n’a pas pu être enregistré : {error}

Fermer quand même cette base de données ? La liste des orateurs garde ce qui a été enregistré avant ; le temps de parole écoulé depuis est perdu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nobody is waiting on the speakers list.</source>
        <translation>Personne n’attend sur la liste des orateurs.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The speaking clock is not saved yet, it will try again: {error}</source>
        <translation>Le chronomètre n’est pas encore enregistré, il réessaiera : {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Speaking: {name}</source>
        <translation>Au micro : {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody speaking</source>
        <translation>Personne au micro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over by {time}</source>
        <translation>Dépassement de {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{time} left</source>
        <translation>Reste {time}</translation>
    </message>
</context>
<context>
    <name>ClockWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="-137"/>
        <source>Speaking Time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room screen with the speaking time</source>
        <translation>Écran de salle avec le temps de parole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current speaker</source>
        <translation>Orateur actuel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time remaining</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over by {time}</source>
        <translation>Dépassement de {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation>Reste {time}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/compare.py" line="+51"/>
        <location line="+1"/>
        <source>Compare versions</source>
        <translation>Comparer des versions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older version</source>
        <translation>Version la plus ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer version</source>
        <translation>Version la plus récente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare version</source>
        <translation>&amp;Comparer la version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;with version</source>
        <translation>&amp;avec la version</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two versions, paragraph by paragraph</source>
        <translation>Les deux versions, paragraphe par paragraphe</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n paragraph(s) differ</source>
        <translation>
            <numerusform>%n paragraphe diffère</numerusform>
            <numerusform>%n paragraphes diffèrent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompendiumExportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/compendium_dialog.py" line="+68"/>
        <source>Export Compendium</source>
        <translation>Exporter le recueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Open Data</source>
        <translation>Exporter les données ouvertes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the compendium</source>
        <translation>Langue du recueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forum&apos;s language</source>
        <translation>La langue du forum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include the fictional examples, marked as such</source>
        <translation>Inclure les exemples fictifs, signalés comme tels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published practices only</source>
        <translation>Pratiques publiées uniquement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Page Web (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>compendium</source>
        <translation>recueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>practices</source>
        <translation>pratiques</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Writing the compendium…</source>
        <translation>Écriture du recueil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the open data…</source>
        <translation>Écriture des données ouvertes…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n practice(s) written to {file}</source>
        <translation>
            <numerusform>%n pratique écrite dans {file}</numerusform>
            <numerusform>%n pratiques écrites dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not written: {reason}</source>
        <translation>Non écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/conflicts_dialog.py" line="+53"/>
        <source>Merge Conflicts</source>
        <extracomment>Taking theirs may change any record: every page that shows one reloads.</extracomment>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each line is a field changed both here and on the other side. Our value stays until you keep it or take theirs; either is recorded in the history.</source>
        <translation>Chaque ligne est un champ modifié à la fois ici et de l’autre côté. Notre valeur est conservée tant que vous ne choisissez pas de la garder ou de prendre la leur ; l’un comme l’autre est consigné dans l’historique.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>Notre valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed here by</source>
        <translation>Modifié ici par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their value</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed there by</source>
        <translation>Modifié là-bas par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged</source>
        <translation>Fusionné le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged from {source}</source>
        <translation>Fusionné depuis {source}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open conflicts</source>
        <translation>Conflits en suspens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields both databases changed, each waiting for a choice.</source>
        <translation>Champs modifiés dans les deux bases de données, chacun en attente d’un choix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No conflicts to settle.</source>
        <translation>Aucun conflit à régler.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep &amp;Ours</source>
        <translation>&amp;Garder la nôtre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep our value</source>
        <translation>Garder notre valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take their value</source>
        <translation>Prendre leur valeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CountriesChooser</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+38"/>
        <source>Find a country</source>
        <translation>Trouver un pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or an ISO code</source>
        <translation>Tapez un nom ou un code ISO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/coverage_panel.py" line="+49"/>
        <source>How many notes each section and paragraph has. Enter shows the chosen one.</source>
        <extracomment>The user picked a section or a list of paragraphs to look at. The user picked an orphaned note (its id).</extracomment>
        <translation>Nombre de notes de chaque section et de chaque paragraphe. Entrée affiche l’élément choisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections and paragraphs without a note</source>
        <translation>Sections et paragraphes sans note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not cited yet</source>
        <translation>Pas encore cités</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{covered} of {total} paragraphs have a note or a practice ({share} %): {notes} with a note, {practices} with a practice.</source>
        <translation>Paragraphes cités par une note ou une pratique : {covered} sur {total} ({share}&#xa0;%) ; par une note : {notes}, par une pratique : {practices}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{covered} of {total} paragraphs have a note ({share} %).</source>
        <translation>Paragraphes annotés : {covered} sur {total} ({share}&#xa0;%).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all: ¶{refs}</source>
        <translation>tous : ¶{refs}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Notes on paragraphs of an earlier draft</source>
        <translation>Notes sur des paragraphes d’un projet antérieur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every paragraph has a note.</source>
        <translation>Tous les paragraphes ont au moins une note.</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/database_controller.py" line="+156"/>
        <source>Encrypted Database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>That passphrase does not open {file}. Try again ({n} of {most}):</source>
        <translation>Cette phrase secrète n’ouvre pas {file}. Réessayez ({n} sur {most}) :</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The passphrase remembered in the keyring does not open {file}; it was forgotten. Type its passphrase ({n} of {most}):</source>
        <translation>La phrase secrète mémorisée dans le trousseau n’ouvre pas {file} ; elle a été oubliée. Saisissez sa phrase secrète ({n} sur {most}) :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is encrypted. Type its passphrase ({n} of {most}):</source>
        <translation>{file} est chiffrée. Saisissez sa phrase secrète ({n} sur {most}) :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Password of {account} ({n} of {most}):</source>
        <translation>Mot de passe de {account} ({n} sur {most}) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign In to the Database Server</source>
        <translation>Connexion au serveur de base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/database_menu.py" line="+29"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données ForumDesk (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>Effacer le menu</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/import_flow.py" line="+51"/>
        <source>Import Document</source>
        <extracomment>A message for the status bar once the import is done. A revised draft was applied (paragraph numbers may have changed).</extracomment>
        <translation>Importer un document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.txt *.docx *.odt *.md);;All files (*)</source>
        <translation>Documents (*.txt *.docx *.odt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot import the document</source>
        <translation>Impossible d’importer le document</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document has no {language} version to revise; import the file as another language instead.</source>
        <translation>Le document n’a pas de version {language} à réviser ; importez plutôt le fichier comme une autre langue.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported {file}: {paragraphs} paragraphs.</source>
        <translation>Document importé : {file} ({paragraphs} paragraphes).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Revised draft imported: {moved} note links moved, {orphaned} orphaned.</source>
        <translation>Projet révisé importé : {moved} renvois de notes déplacés, {orphaned} devenus orphelins.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes on ¶{refs} were left on their old numbers, as you chose. Check that these paragraphs still say what the notes discuss.</source>
        <translation>Les notes sur les ¶{refs} sont restées sur leurs anciens numéros, comme vous l’avez choisi. Vérifiez que ces paragraphes traitent toujours de ce dont parlent les notes.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/page.py" line="+73"/>
        <source>Document &amp; notes</source>
        <extracomment>A short message for the status bar. The id of a practice the user opened from a paragraph (the window shows it).</extracomment>
        <translation>Document et notes</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/outline.py" line="+22"/>
        <source>Enter shows a section&apos;s paragraphs.</source>
        <translation>Entrée affiche les paragraphes d’une section.</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/page.py" line="+60"/>
        <source>Document and language version</source>
        <translation>Document et version linguistique</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Go to paragraph number</source>
        <translation>Aller au paragraphe numéro</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>This forum has no document yet.</source>
        <translation>Ce forum n’a pas encore de document.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outline and coverage</source>
        <translation>Structure et couverture</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/outline.py" line="-1"/>
        <source>Document outline</source>
        <translation>Structure du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Section</translation>
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
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New Note on Selection</source>
        <translation>Nouvelle note sur la sélection</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make &amp;Recommendation…</source>
        <translation>Faire une &amp;recommandation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Document:</source>
        <translation>D&amp;ocument :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Beside it:</source>
        <translation>En &amp;regard :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language version shown side by side</source>
        <translation>Version linguistique affichée en regard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go to ¶</source>
        <translation>A&amp;ller au ¶</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a document</source>
        <translation>Importer un document</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>— none —</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>That note is not on this document.</source>
        <translation>Cette note ne porte pas sur ce document.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+82"/>
        <source>Edit note on ¶{refs}</source>
        <translation>Modification de la note (¶{refs})</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>New note on ¶{refs}</source>
        <translation>Nouvelle note (¶{refs})</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Delete note on ¶{refs}</source>
        <translation>Suppression de la note (¶{refs})</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/duplicates_panel.py" line="+71"/>
        <source>Likely duplicates</source>
        <extracomment>A pair was kept apart: (first id, second id, a label naming both), for undo. The list was read again; the number of pairs it holds.</extracomment>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+116"/>
        <source>Find &amp;Likely Duplicates</source>
        <extracomment>Who takes the &quot;Keep Both&quot; decisions; set by the page. The merge dialog last opened from this panel (tests and the page look at it).</extracomment>
        <translation>&amp;Rechercher les doublons probables</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Find likely duplicate representatives in the whole registry</source>
        <translation>Rechercher les représentants probablement en double dans tout le registre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likely duplicates status</source>
        <translation>État de la recherche de doublons</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First person</source>
        <translation>Première personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second person</source>
        <translation>Seconde personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likely duplicate pairs</source>
        <translation>Paires de doublons probables</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pairs of records that may be one person or organisation. Enter compares the chosen pair.</source>
        <translation>Paires de fiches qui pourraient désigner la même personne ou organisation. Entrée compare la paire choisie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Compare and Merge…</source>
        <translation>&amp;Comparer et fusionner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected pair field by field and merge them</source>
        <translation>Comparer la paire sélectionnée champ par champ et la fusionner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep Both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both records of the selected pair: they are different people</source>
        <translation>Garder les deux fiches de la paire sélectionnée : ce sont deux personnes différentes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Impossible de rechercher les doublons : {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finding Likely Duplicates…</source>
        <translation>Recherche des doublons probables…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking through the whole registry…</source>
        <translation>Parcours de tout le registre…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n paire de doublons probables</numerusform>
            <numerusform>%n paires de doublons probables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No likely duplicates left to review.</source>
        <translation>Plus aucun doublon probable à examiner.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/edit_conflict_dialog.py" line="+56"/>
        <source>Changed Meanwhile: {kind}</source>
        <translation>Modifié entre-temps : {kind}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone saved this record after you opened it, and changed some of the fields you changed. Choose the value to keep for each. Your other changes are saved, and theirs are kept.</source>
        <translation>Quelqu’un a enregistré cette fiche après que vous l’avez ouverte et a modifié certains des champs que vous avez modifiés. Choisissez la valeur à garder pour chacun. Vos autres modifications sont enregistrées, et les siennes sont conservées.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved meanwhile</source>
        <translation>Enregistré entre-temps</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your value of {field}</source>
        <translation>Votre valeur pour {field}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value}
Saved by {who}</source>
        <translation>{value}
Enregistré par {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value of {field} saved meanwhile</source>
        <translation>Valeur de {field} enregistrée entre-temps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value to keep for {field}</source>
        <translation>Valeur à garder pour {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre la sienne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fields changed on both sides</source>
        <translation>Champs modifiés des deux côtés</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Save with these choices</source>
        <translation>Enregistrer avec ces choix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel: back to the form</source>
        <translation>Annuler : revenir au formulaire</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/dialog.py" line="+73"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel; the database is left as it was</source>
        <translation>Annuler ; la base de données reste telle qu’elle était</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} is encrypted: it opens only with its passphrase. You may change the passphrase, or decrypt the file.</source>
        <translation>{file} est chiffrée : elle ne s’ouvre qu’avec sa phrase secrète. Vous pouvez changer la phrase secrète, ou déchiffrer le fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} lies in clear: whoever has the file, or a copy of it, can read the personal data in it. Encrypted, it opens only with its passphrase, which cannot be recovered if it is lost.</source>
        <translation>{file} est en clair : quiconque a le fichier, ou une copie, peut lire les données personnelles qu’il contient. Chiffrée, elle ne s’ouvre qu’avec sa phrase secrète, qui ne peut être retrouvée si elle est perdue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Change the passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decr&amp;ypt: leave the file in clear</source>
        <translation>Déchiffrer : laisser le fichier en clai&amp;r</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète actuel&amp;le :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decrypted, the file lies in clear on this computer: anyone who can read it, or a copy of it, can read the personal data in it. Its backups stay encrypted, each with the passphrase it was taken with.</source>
        <translation>Déchiffré, le fichier est en clair sur cet ordinateur : quiconque peut le lire, ou en lire une copie, peut lire les données personnelles qu’il contient. Ses sauvegardes restent chiffrées, chacune avec la phrase secrète sous laquelle elle a été faite.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earlier backups</source>
        <translation>Sauvegardes antérieures</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encr&amp;ypt them with the same passphrase</source>
        <translation>Les chi&amp;ffrer avec la même phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te them</source>
        <translation>Les &amp;supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them in c&amp;lear</source>
        <translation>Les garder en clai&amp;r</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n earlier backup(s) of this database lie in clear in {folder}. So that no clear copy stays behind:</source>
        <translation>
            <numerusform>%n sauvegarde antérieure de cette base de données est en clair dans {folder}. Pour qu’aucune copie en clair ne reste :</numerusform>
            <numerusform>%n sauvegardes antérieures de cette base de données sont en clair dans {folder}. Pour qu’aucune copie en clair ne reste :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the current passphrase.</source>
        <translation>Saisissez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;Passphrase</source>
        <translation>Changer la &amp;phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decrypt</source>
        <translation>&amp;Déchiffrer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encrypting {file}…</source>
        <translation>Chiffrement de {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the passphrase of {file}…</source>
        <translation>Changement de la phrase secrète de {file}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypting {file}…</source>
        <translation>Déchiffrement de {file}…</translation>
    </message>
</context>
<context>
    <name>EncryptionMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/menu.py" line="+24"/>
        <location line="+20"/>
        <source>Encryp&amp;tion…</source>
        <translation>C&amp;hiffrement…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Encryption… (the server&apos;s business on PostgreSQL)</source>
        <translation>Chiffrement… (l’affaire du serveur sous PostgreSQL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption at rest of a PostgreSQL database is the server&apos;s business (its disks and backups); ForumDesk encrypts SQLite files.</source>
        <translation>Le chiffrement au repos d’une base PostgreSQL est l’affaire du serveur (ses disques et ses sauvegardes) ; ForumDesk chiffre les fichiers SQLite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypt this database, change its passphrase, or decrypt it</source>
        <translation>Chiffrer cette base de données, changer sa phrase secrète ou la déchiffrer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{file} is encrypted.</source>
        <translation>{file} est chiffrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase of {file} is changed.</source>
        <translation>La phrase secrète de {file} est changée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is decrypted: it lies in clear. Its backups stay encrypted.</source>
        <translation>{file} est déchiffrée : elle est en clair. Ses sauvegardes restent chiffrées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
</context>
<context>
    <name>ErasePersonalDataButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/personal_data.py" line="+110"/>
        <source>Erase Perso&amp;nal Data…</source>
        <translation>Effacer les &amp;données personnelles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this person&apos;s personal data everywhere; it cannot be undone</source>
        <translation>Effacer partout les données personnelles de cette personne ; opération irréversible</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>Erase Personal Data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Erase the personal data of {name}?</source>
        <translation>Effacer les données personnelles de {name} ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their names, contact details and notes about them are removed everywhere: the registry, notes, minutes, the report, the search index and the audit log. Approved minutes and the report keep their text, with {pseudonym} in place of the name, and say so. A backup is taken first.

This cannot be undone.</source>
        <translation>Ses noms, ses coordonnées et les notes la concernant sont supprimés partout : registre, notes, comptes rendus, rapport, index de recherche et journal d’audit. Les comptes rendus approuvés et le rapport conservent leur texte, avec {pseudonym} à la place du nom, et l’indiquent. Une sauvegarde est faite au préalable.

Cette opération est irréversible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The personal data of {name} was erased. They are now {pseudonym}.</source>
        <translation>Les données personnelles de {name} ont été effacées. Cette personne est désormais {pseudonym}.</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/export.py" line="+27"/>
        <location line="+1"/>
        <source>Export all minutes</source>
        <translation>Exporter tous les comptes rendus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the files into</source>
        <translation>Emplacement des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder</source>
        <translation>Un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One .zip file</source>
        <translation>Un fichier .zip unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Into:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which version</source>
        <translation>Quelle version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published: notes for the record only</source>
        <translation>Publiée : seulement les notes pour le compte rendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal: with the internal notes, marked not for distribution</source>
        <translation>Interne : avec les notes internes, marquée à ne pas diffuser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/export_dialog.py" line="+28"/>
        <source>Export Representatives</source>
        <translation>Exporter les représentants</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln representative(s), as the list shows them. Columns:</source>
        <translation>
            <numerusform>%Ln représentant, tel que la liste l’affiche. Colonnes :</numerusform>
            <numerusform>%Ln représentants, tels que la liste les affiche. Colonnes :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns to export: tick those wanted.</source>
        <translation>Les colonnes à exporter : cochez celles voulues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns to export</source>
        <translation>Colonnes à exporter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file and export</source>
        <translation>Choisir le fichier et exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/facets.py" line="+36"/>
        <source>Search practices…</source>
        <translation>Rechercher des pratiques…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search practices</source>
        <translation>Rechercher des pratiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words of the title, summary, results, partners or a submitter&apos;s name</source>
        <translation>Mots du titre, du résumé, des résultats, des partenaires ou du nom d’une organisation qui soumet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bmitted by</source>
        <translation>Soumise &amp;par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review st&amp;ate</source>
        <translation>É&amp;tat de l’examen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a value to show only its practices</source>
        <translation>Choisissez une valeur pour n’afficher que ses pratiques</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All ({count})</source>
        <translation>Toutes ({count})</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="+210"/>
        <source>Status at a Later Forum</source>
        <translation>État d’avancement à un forum ultérieur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later forum</source>
        <translation>Forum ultérieur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forum:</source>
        <translation>&amp;Forum :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>État d’avancement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What shows it: a decision, a report, a law…</source>
        <translation>Ce qui l’atteste : une décision, un rapport, une loi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation>É&amp;léments probants :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the status</source>
        <translation>Enregistrer l’état d’avancement</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../src/forumdesk/ui/widgets/rich_text.py" line="+13"/>
        <location line="+3"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/guide_window.py" line="+60"/>
        <source>ForumDesk User Guide</source>
        <extracomment>Screenshots are ~1200 px wide; the guide shows them this wide, smoothly scaled.</extracomment>
        <translation>Guide de l’utilisateur de ForumDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Find in the page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Find in the page (Enter: next)</source>
        <translation>Rechercher dans la page (Entrée : suivant)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher la &amp;suite</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/menu.py" line="+53"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ForumDesk</source>
        <translation>À &amp;propos de ForumDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>About ForumDesk</source>
        <translation>À propos de ForumDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s workbench for a consultative forum on international migration and development.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;L’outil de travail du secrétariat d’un forum consultatif sur les migrations internationales et le développement.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/history_dialog.py" line="+135"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the history of this record</source>
        <translation>Afficher l’historique de cet enregistrement</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="-99"/>
        <source>History: {record}</source>
        <translation>Historique : {record}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes to the record</source>
        <translation>Modifications de l’enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this record, when, on which device, and what.</source>
        <translation>Qui a modifié cette fiche, quand, sur quel appareil, et quoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes recorded for this record.</source>
        <translation>Aucune modification consignée pour cet enregistrement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{login} (computer login)</source>
        <translation>{login} (identifiant de l’ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unnamed user</source>
        <translation>utilisateur sans nom</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/charts.py" line="+158"/>
        <source>nobody has checked in yet</source>
        <extracomment>The figures drawn, as text: the accessible description and the tests read it.</extracomment>
        <translation>personne n&apos;est encore arrivé</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/import_dialog.py" line="+54"/>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br/&gt;{paragraphs} numbered paragraphs (¶{first}–{last}), {sections} headings, {footnotes} footnote(s){annex}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br/&gt;{paragraphs} paragraphes numérotés (¶{first}–{last}), {sections} intertitres, {footnotes} note(s) de bas de page{annex}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, an annex</source>
        <translation>, une annexe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sections found</source>
        <translation>Sections détectées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>¶ in the body</source>
        <translation>¶ dans le texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOC</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What the import noticed in the file.</source>
        <translation>Ce que l’importation a relevé dans le fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problem found: numbering and contents agree.</source>
        <translation>Aucun problème détecté : la numérotation et le sommaire concordent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The sections found in the document.</source>
        <translation>Les sections trouvées dans le document.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A &amp;new document</source>
        <translation>Un &amp;nouveau document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another &amp;language of {document}</source>
        <translation>Une autre version &amp;linguistique de {document}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;revised draft of {document}</source>
        <translation>Un projet &amp;révisé de {document}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import as:</source>
        <translation>Importer comme :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the file</source>
        <translation>Langue du fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="+67"/>
        <source>Import Representatives — {file}</source>
        <extracomment>The report of an import that was written (not of a check).</extracomment>
        <translation>Importer des représentants — {file}</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/import_dialog.py" line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="+11"/>
        <source>Cancel: nothing is written</source>
        <translation>Annuler : rien n’est enregistré</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Register everyone for {forum} (as requested)</source>
        <translation>Inscrire tout le monde à {forum} (demande d’accréditation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the people imported for the forum</source>
        <translation>Inscrire les personnes importées au forum</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+83"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+2"/>
        <source>Close without importing</source>
        <translation>Fermer sans importer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check Rows</source>
        <translation>&amp;Vérifier les lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every row without importing (dry run)</source>
        <translation>Vérifier chaque ligne sans rien importer (essai à blanc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="-59"/>
        <location line="+55"/>
        <source>Import the valid rows</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows refused, warnings and duplicates</source>
        <translation>Lignes refusées, avertissements et doublons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that look like people already listed:</source>
        <translation>Lignes qui ressemblent à des personnes déjà inscrites :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to do with rows that look like people already listed</source>
        <translation>Que faire des lignes qui ressemblent à des personnes déjà inscrites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the listed person&apos;s empty or changed fields</source>
        <translation>Mettre à jour les champs vides ou modifiés de la personne inscrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import them as new people</source>
        <translation>Les importer comme nouvelles personnes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport au format CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Columns</source>
        <translation>&amp;Retour aux colonnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the column mapping</source>
        <translation>Modifier la correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Valid Rows</source>
        <translation>&amp;Importer les lignes valides</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_steps.py" line="+24"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln row(s) under the header</source>
        <translation>
            <numerusform>%Ln ligne sous l’en-tête</numerusform>
            <numerusform>%Ln lignes sous l’en-tête</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Vérification de %Ln ligne…</numerusform>
            <numerusform>Vérification de %Ln lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>Importation de %Ln ligne…</numerusform>
            <numerusform>Importation de %Ln lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is read. Building the registry&apos;s indexes…</source>
        <translation>Toutes les lignes sont lues. Construction des index du registre…</translation>
    </message>
    <message>
        <source>Updating the registry&apos;s statistics…</source>
        <translation>Mise à jour des statistiques du registre…</translation>
    </message>
    <message>
        <source>Saving the import…</source>
        <translation>Enregistrement de l’importation…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n’a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/forumdesk/ui/pages/registry/import_dialog.py" line="+69"/>
        <source>%Ln row(s) can be imported</source>
        <translation>
            <numerusform>%Ln ligne peut être importée</numerusform>
            <numerusform>%Ln lignes peuvent être importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) would be refused</source>
        <translation>
            <numerusform>%Ln ligne serait refusée</numerusform>
            <numerusform>%Ln lignes seraient refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+6"/>
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>%Ln nouvelle organisation</numerusform>
            <numerusform>%Ln nouvelles organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%Ln representative(s) imported</source>
        <translation>
            <numerusform>%Ln représentant importé</numerusform>
            <numerusform>%Ln représentants importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>%Ln ligne refusée</numerusform>
            <numerusform>%Ln lignes refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln registration(s)</source>
        <translation>
            <numerusform>%Ln inscription</numerusform>
            <numerusform>%Ln inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) already listed: skipped</source>
        <translation>
            <numerusform>%Ln ligne déjà inscrite : ignorée</numerusform>
            <numerusform>%Ln lignes déjà inscrites : ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) look like people already listed</source>
        <translation>
            <numerusform>%Ln ligne ressemble à une personne déjà inscrite</numerusform>
            <numerusform>%Ln lignes ressemblent à des personnes déjà inscrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln listed person(s) updated</source>
        <translation>
            <numerusform>%Ln personne inscrite mise à jour</numerusform>
            <numerusform>%Ln personnes inscrites mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duplicate?</source>
        <translation>doublon ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} (row {row}, {score}%)</source>
        <translation>{name} (ligne {row}, {score} %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (in the registry, {score}%)</source>
        <translation>{name} (dans le registre, {score} %)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} may be {matches}</source>
        <translation>{name} pourrait être {matches}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>already listed</source>
        <translation>déjà inscrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looks listed</source>
        <translation>semble inscrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is {match}</source>
        <translation>{name} est {match}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save Import Report</source>
        <translation>Enregistrer le rapport d’importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{summary}&lt;br&gt;Report saved to {file}.</source>
        <translation>{summary}&lt;br&gt;Rapport enregistré dans {file}.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/widgets/job_dialog.py" line="+47"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>LaptopDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/laptop_dialog.py" line="+45"/>
        <source>Prepare a Laptop</source>
        <translation>Préparer un ordinateur portable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A copy of this database for a laptop at the venue. Limited to one forum, it leaves out the other forums and the people registered only for them. Merge it back with File &gt; Merge from Another Database…</source>
        <extracomment>Asks where to write the copy; tests replace it.</extracomment>
        <translation>Une copie de cette base de données pour un ordinateur portable sur le lieu de la réunion. Limitée à un forum, elle laisse de côté les autres forums et les personnes inscrites uniquement à ceux-ci. Réintégrez-la avec Fichier &gt; Fusionner depuis une autre base de données…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forum the laptop holds</source>
        <translation>Forum que contient l’ordinateur portable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All forums</source>
        <translation>Tous les forums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;orum:</source>
        <translation>F&amp;orum :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the laptop</source>
        <translation>Nom de l’ordinateur portable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop 2, registration desk</source>
        <translation>Portable 2, bureau des inscriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Nom du portable :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the laptop&apos;s copy</source>
        <translation>Phrase secrète de la copie de l’ordinateur portable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy is encrypted: ForumDesk asks for this passphrase whenever it opens the copy, on the laptop and when merging it back. It is the laptop&apos;s own, not this database&apos;s; keep it apart from the laptop.</source>
        <translation>La copie est chiffrée : ForumDesk demande cette phrase secrète chaque fois qu’il ouvre la copie, sur l’ordinateur portable et lors de la fusion au retour. C’est la phrase secrète propre à l’ordinateur portable, et non celle de cette base de données ; conservez-la à part de l’ordinateur portable.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Leave the copy unencrypted</source>
        <translation>&amp;Laisser la copie non chiffrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the copy unencrypted</source>
        <translation>Laisser la copie non chiffrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anyone who finds the laptop, or the file, can read the names, e-mail addresses and registrations in the copy.</source>
        <translation>Quiconque trouve l’ordinateur portable, ou le fichier, peut lire les noms, les adresses électroniques et les inscriptions que contient la copie.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel: no copy is written</source>
        <translation>Annuler : aucune copie n’est écrite</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the laptop&apos;s copy</source>
        <translation>Écrire la copie pour l’ordinateur portable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Laptop Database</source>
        <translation>Base de données de l’ordinateur portable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données ForumDesk (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a passphrase for the laptop&apos;s copy, or leave it unencrypted.</source>
        <translation>Saisissez une phrase secrète pour la copie de l’ordinateur portable, ou laissez-la non chiffrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Les deux phrases secrètes diffèrent ; saisissez-les de nouveau.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Written {rows} rows to {file} (device “{device}”).</source>
        <translation>{rows} lignes écrites dans {file} (appareil « {device} »).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} people of other forums left out.</source>
        <translation>Personnes d’autres forums laissées de côté : {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is in clear.</source>
        <translation>Elle est en clair.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is encrypted with the laptop&apos;s passphrase.</source>
        <translation>Elle est chiffrée avec la phrase secrète de l’ordinateur portable.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled: no copy was written.</source>
        <translation>Annulé : aucune copie n’a été écrite.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/main_window.py" line="+90"/>
        <source>Overview</source>
        <extracomment>Emitted once the first database has opened and the visible page asked for its data. What the menus and dialogs around the pages get instead of the window.</extracomment>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;&amp; notes</source>
        <translation>Document et notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Comptes rendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+1 to Ctrl+7 open them from anywhere.</source>
        <translation>Ctrl+1 à Ctrl+7 les ouvrent de partout.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forum:</source>
        <translation>Forum :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current forum</source>
        <translation>Forum en cours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import Document…</source>
        <translation>Importer un doc&amp;ument…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import R&amp;epresentatives…</source>
        <translation>Importer des représen&amp;tants…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load &amp;Demo Forum (2006 Hearings)</source>
        <translation>Charger le forum de &amp;démonstration (auditions de 2006)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search Paragraphs and Notes…</source>
        <translation>Re&amp;chercher dans les paragraphes et les notes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+153"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened {file}</source>
        <translation>Base de données ouverte : {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo forum loaded</source>
        <translation>forum de démonstration chargé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup taken</source>
        <translation>sauvegarde effectuée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database could not be opened.</source>
        <translation>La base de données n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
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
        <translation>Base de données par défaut</translation>
    </message>
</context>
<context>
    <name>MakeRecommendationDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/make_recommendation.py" line="+51"/>
        <source>Make Recommendation from ¶ {number}</source>
        <translation>Faire une recommandation à partir du § {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a sentence to recommend it alone; with nothing selected, the whole paragraph is the recommendation.</source>
        <translation>Sélectionnez une phrase pour en faire à elle seule la recommandation ; si rien n’est sélectionné, le paragraphe entier devient la recommandation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text of the paragraph</source>
        <translation>Texte du paragraphe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is recommended</source>
        <translation>Ce qui est recommandé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code of the recommendation</source>
        <translation>Code de la recommandation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R{number} (or the next free one)</source>
        <translation>R{number} (ou le suivant disponible)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme of the recommendation</source>
        <translation>Thème de la recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no theme)</source>
        <translation>(sans thème)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make Recommendation</source>
        <translation>&amp;Faire la recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the recommendation</source>
        <translation>Faire la recommandation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recommended: the whole paragraph.</source>
        <translation>Recommandé : le paragraphe entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: the selected text ({count} characters).</source>
        <translation>Recommandé : le texte sélectionné ({count} caractères).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommendation {code} made from ¶ {number}</source>
        <translation>Recommandation {code} tirée du § {number}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/import_mapping.py" line="+94"/>
        <source>Each column of the file, examples of its values, and the field it fills.</source>
        <extracomment>The mapping changed (a field or a category word): a dry run&apos;s report is stale.</extracomment>
        <translation>Chaque colonne du fichier, des exemples de ses valeurs et le champ qu’elle remplit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns of the file and what they hold</source>
        <translation>Colonnes du fichier et leur contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+93"/>
        <source>Category words in the file:</source>
        <translation>Catégories employées dans le fichier :</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Each category word found in the file, how many rows carry it, and the category it becomes.</source>
        <translation>Chaque mot de catégorie trouvé dans le fichier, le nombre de lignes qui le portent et la catégorie qu’il devient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category words and their categories</source>
        <translation>Termes de catégorie et catégories correspondantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word in the file</source>
        <translation>Terme du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None: such rows are refused</source>
        <translation>Aucune : ces lignes sont refusées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category of a new organisation whose row gives none</source>
        <translation>Catégorie d’une nouvelle organisation dont la ligne n’en indique aucune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New organisation without a category:</source>
        <translation>Nouvelle organisation sans catégorie :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The mapping you confirmed last time for these headers is used.</source>
        <translation>La correspondance confirmée la dernière fois pour ces en-têtes est reprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns guessed from their headers: check them before importing.</source>
        <translation>Colonnes déduites de leurs en-têtes : vérifiez-les avant d’importer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import column {header} as</source>
        <translation>Importer la colonne {header} comme</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown: such rows are refused</source>
        <translation>Inconnue : ces lignes sont refusées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category for {word}</source>
        <translation>Catégorie pour {word}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category words in the file (the most frequent):</source>
        <translation>Catégories employées dans le fichier (les plus fréquentes) :</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose the column that holds the family name (or the full name).</source>
        <translation>Choisissez la colonne qui contient le nom de famille (ou le nom complet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two columns are imported as {field}; keep one.</source>
        <translation>Deux colonnes sont importées comme « {field} » ; n’en gardez qu’une.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/merge_dialog.py" line="+57"/>
        <source>Merge Two Records</source>
        <extracomment>The merge was made.</extracomment>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose, field by field, which value the merged record keeps. The second record is kept in the database, marked as merged into the first; its registrations, roles and interventions move to the first.</source>
        <translation>Choisissez, champ par champ, la valeur que garde la fiche fusionnée. La seconde fiche reste dans la base, marquée comme fusionnée dans la première ; ses inscriptions, rôles et interventions passent à la première.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two records hold the same values.</source>
        <translation>Les deux fiches ont les mêmes valeurs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the two records</source>
        <translation>Fusionner les deux fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MinutesCoverDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/cover_dialog.py" line="+54"/>
        <location line="+1"/>
        <source>Cover of the minutes</source>
        <translation>Page de couverture du compte rendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organ:</source>
        <translation>&amp;Organe :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organ</source>
        <translation>Organe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ymbol:</source>
        <translation>Co&amp;te :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document symbol</source>
        <translation>Cote du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session:</source>
        <translation>&amp;Session :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda item:</source>
        <translation>&amp;Point de l&apos;ordre du jour :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;riginal language:</source>
        <translation>Langue o&amp;riginale :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original language</source>
        <translation>Langue originale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Générale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Restreinte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Distribution:</source>
        <translation>&amp;Distribution :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;te:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a date of its own</source>
        <translation>Imprimer une date propre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date printed on the cover</source>
        <translation>Date imprimée sur la couverture</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Author&apos;s note</source>
        <translation>Note de l&apos;auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note&apos;s heading, a blank line, then its paragraphs</source>
        <translation>Le titre de la note, une ligne vide, puis ses paragraphes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author&apos;s &amp;note:</source>
        <translation>&amp;Note de l&apos;auteur :</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(otherwise the day of approval, or of the meeting)</source>
        <translation>(sinon le jour de l&apos;approbation, ou de la réunion)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cover of the minutes saved</source>
        <translation>Page de couverture du compte rendu enregistrée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: this cover was changed meanwhile.</source>
        <translation>Non enregistré : cette couverture a été modifiée entre-temps.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/editor.py" line="+78"/>
        <source>Not started</source>
        <extracomment>A line for the status bar: what was saved, exported, refused. A snapshot was shown (tests and the page wait on it). The file name Export… proposes for a format (&quot;pdf&quot;): the page knows it.</extracomment>
        <translation>Non commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>Soumis pour examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved minutes are locked. Save as New Draft keeps the approved version and starts a new draft version from it, which you can then edit.</source>
        <translation>Les comptes rendus approuvés sont verrouillés. « Enregistrer comme nouveau projet » conserve la version approuvée et en tire une nouvelle version à l’état de projet, que vous pouvez ensuite modifier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The text of the minutes. Ctrl+Tab leaves the editor.</source>
        <translation>Le texte du compte rendu. Ctrl+Tab quitte l’éditeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes text</source>
        <translation>Texte du compte rendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Compose</source>
        <translation>&amp;Composer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose the minutes from the programme</source>
        <translation>Composer le compte rendu à partir du programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>&amp;Save Draft</source>
        <translation>Enre&amp;gistrer le projet</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Su&amp;bmit for Review</source>
        <translation>&amp;Soumettre pour examen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>Appr&amp;ouver</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every saved version of these minutes.</source>
        <translation>Toutes les versions enregistrées de ce compte rendu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions of these minutes</source>
        <translation>Versions de ce compte rendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected version (or the one before the latest) with the latest</source>
        <translation>Comparer la version sélectionnée (ou l’avant-dernière) avec la dernière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Internal Version…</source>
        <translation>Exporter la version &amp;interne…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the internal notes, every page marked not for distribution</source>
        <translation>Avec les notes internes, chaque page marquée à ne pas diffuser</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a segment to see its minutes.</source>
        <translation>Choisissez une partie pour voir son compte rendu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started: Compose drafts them from the programme.</source>
        <translation>Non commencé : « Composer » en rédige un projet à partir du programme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {n}: {state}</source>
        <translation>Version {n} : {state}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved by {name} on {date}</source>
        <translation>Approuvé par {name} le {date}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save as New Draft</source>
        <translation>&amp;Enregistrer comme nouveau projet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (composed)</source>
        <translation> (composé)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not done: {reason}</source>
        <translation>Non effectué : {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Minutes composed as version 1</source>
        <translation>Compte rendu composé en version 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes composed again as version {n}</source>
        <translation>Compte rendu recomposé en version {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not composed again: your edits stay as they are</source>
        <translation>Pas de nouvelle composition : vos modifications restent telles quelles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {n} was edited by hand by {name}</source>
        <translation>La version {n} a été modifiée à la main par {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {n} was edited by hand</source>
        <translation>La version {n} a été modifiée à la main</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace your edits?</source>
        <translation>Remplacer vos modifications ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace your edits?

{reason}.

A new draft version is composed; the edited version is kept in the history.</source>
        <translation>Remplacer vos modifications ?

{reason}.

Une nouvelle version à l’état de projet est composée ; la version modifiée est conservée dans l’historique.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The approved version stays locked; your changes are draft version {n}</source>
        <translation>La version approuvée reste verrouillée ; vos modifications forment la version {n}, à l’état de projet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as draft version {n}; the submission is withdrawn until you submit again</source>
        <translation>Enregistré comme version {n}, à l’état de projet ; la soumission est retirée jusqu’à ce que vous soumettiez de nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft saved as version {n}</source>
        <translation>Projet enregistré comme version {n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: these minutes were changed meanwhile.</source>
        <translation>Non enregistré : ce compte rendu a été modifié entre-temps.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text of the minutes</source>
        <translation>Texte du compte rendu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Minutes submitted for review</source>
        <translation>Compte rendu soumis pour examen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Version {n} approved</source>
        <translation>Version {n} approuvée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export minutes</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Internal version exported to {path}</source>
        <translation>Version interne exportée dans {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes exported to {path}</source>
        <translation>Compte rendu exporté vers {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: {reason}</source>
        <translation>Échec de l’exportation : {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/page.py" line="+111"/>
        <location line="+8"/>
        <source>Minutes</source>
        <translation>Comptes rendus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cover of the selected minutes</source>
        <translation>Couverture du compte rendu sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organ, symbol, distribution, date and note printed on the first page</source>
        <translation>Organe, cote, distribution, date et note imprimés sur la première page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export A&amp;ll…</source>
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+112"/>
        <location line="+25"/>
        <source>Export all minutes</source>
        <translation>Exporter tous les comptes rendus</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Not started</source>
        <extracomment>A line for the status bar.</extracomment>
        <translation>Non commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted for review</source>
        <translation>Soumis pour examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Minutes of each segment</source>
        <translation>Comptes rendus de chaque partie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each segment with the state of its minutes. The chosen one opens in the editor.</source>
        <translation>Chaque partie avec l’état de son compte rendu. Celui choisi s’ouvre dans l’éditeur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Minutes and summary report</source>
        <translation>Comptes rendus et rapport de synthèse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary Report</source>
        <translation>Rapport de synthèse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;over…</source>
        <translation>Cou&amp;verture…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+76"/>
        <source>minutes</source>
        <translation>compte-rendu</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>The summary report</source>
        <translation>Le rapport de synthèse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The minutes of {segment}</source>
        <translation>Le procès-verbal de {segment}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all minutes into</source>
        <translation>Exporter tous les comptes rendus dans</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting minutes…</source>
        <translation>Exportation des comptes rendus…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting minutes</source>
        <translation>Exportation des comptes rendus</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export cancelled after {done} of {total} minutes</source>
        <translation>Exportation annulée après {done} comptes rendus sur {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{done} minutes exported to {path}</source>
        <translation>Comptes rendus exportés vers {path} : {done}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed: {reason}</source>
        <translation>Échec de l’exportation : {reason}</translation>
    </message>
</context>
<context>
    <name>MinutesSnapshot</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/snapshot.py" line="+50"/>
        <source>{login} (computer login)</source>
        <translation>{login} (identifiant de l’ordinateur)</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/user_name.py" line="+82"/>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept on this computer, and used by the command line too. You can change it in Preferences.</source>
        <translation>Conservé sur cet ordinateur et utilisé aussi par la ligne de commande. Vous pouvez le modifier dans les Préférences.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save My Name</source>
        <translation>Enregistrer mon nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your name</source>
        <translation>Enregistrer votre nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not Now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on without a name</source>
        <translation>Continuer sans nom</translation>
    </message>
</context>
<context>
    <name>NameFields</name>
    <message>
        <location line="-73"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name and surname, e.g. Ana Lima</source>
        <translation>Prénom et nom, p. ex. Ana Lima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs your notes and minutes, and the changes the history records.</source>
        <translation>Signe vos notes et vos comptes rendus, et les modifications que l’historique enregistre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your initials</source>
        <translation>Vos initiales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your initials:</source>
        <translation>Vos initiales :</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/new_database.py" line="+25"/>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ForumDesk creates the database {file} in {folder}.</source>
        <translation>ForumDesk crée la base de données {file} dans {folder}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Chiffrer avec une phrase secrète</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file opens only with the passphrase, which cannot be recovered if it is lost. Advised on a laptop that leaves the office.</source>
        <translation>Le fichier ne s’ouvre qu’avec la phrase secrète, qui ne peut être retrouvée si elle est perdue. Conseillé pour un ordinateur portable qui quitte le bureau.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Create</source>
        <translation>C&amp;réer</translation>
    </message>
</context>
<context>
    <name>NewForumDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/new_forum.py" line="+60"/>
        <source>New Forum from a Template</source>
        <extracomment>The forum made: its id.</extracomment>
        <translation>Nouveau forum à partir d’un modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agenda template</source>
        <translation>Modèle d’ordre du jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a &amp;File…</source>
        <translation>Depuis un fic&amp;hier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an agenda template from a file</source>
        <translation>Importer un modèle d’ordre du jour depuis un fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the first day</source>
        <translation>Date du premier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the forum</source>
        <translation>Titre du forum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template&apos;s title</source>
        <translation>Titre du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Palais des Nations, Geneva</source>
        <translation>p. ex. Palais des Nations, Genève</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time zone of the venue</source>
        <translation>Fuseau horaire du lieu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type part of a city or region</source>
        <translation>Tapez une partie d’une ville ou d’une région</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the time zone comes from</source>
        <translation>D’où vient le fuseau horaire</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Language of the programme</source>
        <translation>Langue du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create Forum</source>
        <translation>&amp;Créer le forum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the forum</source>
        <translation>Créer le forum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Chosen by hand.</source>
        <translation>Choisi à la main.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the venue.</source>
        <translation>D’après le lieu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The venue names no known place: choose the zone.</source>
        <translation>Le lieu ne nomme aucun endroit connu : choisissez le fuseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follows the venue once it is typed.</source>
        <translation>Suit le lieu dès qu’il est saisi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Agenda Template</source>
        <translation>Importer un modèle d’ordre du jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda template (*.json)</source>
        <translation>Modèle d’ordre du jour (*.json)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown time zone “{zone}”: choose one from the list.</source>
        <translation>Fuseau horaire inconnu « {zone} » : choisissez-en un dans la liste.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/passphrases.py" line="+52"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>À no&amp;uveau :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a new passphrase.</source>
        <translation>Saisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A few words you will remember make a good passphrase; it cannot be recovered.</source>
        <translation>Quelques mots dont vous vous souviendrez font une bonne phrase secrète ; elle ne peut être retrouvée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: easy to guess. Use more words, or a longer one.</source>
        <translation>Faible : facile à deviner. Ajoutez des mots, ou allongez-la.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Moyenne : quelques mots de plus la rendraient forte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
</context>
<context>
    <name>NoteChoiceDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/dialogs.py" line="+60"/>
        <source>Paragraph from a Note</source>
        <translation>Paragraphe tiré d’une note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notes to choose from. Enter chooses the selected note.</source>
        <translation>Les notes parmi lesquelles choisir. Entrée choisit la note sélectionnée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes of the forum</source>
        <translation>Notes du forum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(internal) </source>
        <translation>(interne) </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal note: as a paragraph, its text is in the report.</source>
        <translation>Note interne : devenue paragraphe, son texte figure dans le rapport.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose or cancel</source>
        <translation>Choisir ou annuler</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/note_editor.py" line="+91"/>
        <source>Note text</source>
        <extracomment>Asks the database for organisations matching a text, then calls back with them. The user asked to save; the page saves and then calls `saved()` or `show_error()`.</extracomment>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paragraphs cited</source>
        <translation>Paragraphes cités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 23–25, 29</source>
        <translation>par exemple 23–25, 29</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paragraphs:</source>
        <translation>&amp;Paragraphes :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags, separated by commas</source>
        <translation>Mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remittances, gender, …</source>
        <translation>envois de fonds, genre, …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked segment</source>
        <translation>Partie associée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segment:</source>
        <translation>Pa&amp;rtie :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked intervention</source>
        <translation>Intervention associée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Intervention:</source>
        <translation>&amp;Intervention :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked organisation</source>
        <translation>Organisation associée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search the registry</source>
        <translation>Saisissez un nom pour chercher dans le registre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the &amp;record: print it in the minutes</source>
        <translation>Pour le &amp;compte rendu : la note figure dans le compte rendu publié</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+198"/>
        <location line="+11"/>
        <source>For the record</source>
        <translation>Pour le compte rendu</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Unticked, the note stays internal: the published minutes leave it out.</source>
        <translation>Non cochée, la note reste interne : le compte rendu publié ne la reprend pas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep the reference to ¶{refs} of the earlier draft</source>
        <translation>Conserver le renvoi au projet précédent (¶{refs})</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Write the note first.</source>
        <translation>Rédigez d’abord le texte de la note.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an organisation from the list, or leave it empty.</source>
        <translation>Choisissez une organisation dans la liste ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not saved: this note was changed meanwhile.</source>
        <translation>Non enregistré : cette note a été modifiée entre-temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs of the earlier draft</source>
        <translation>Paragraphes de la version antérieure</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/notes_panel.py" line="+108"/>
        <source>A practice&apos;s title opens it on the Practices page.</source>
        <translation>Le titre d&apos;une pratique l&apos;ouvre dans la page Pratiques.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter notes by tag</source>
        <translation>Filtrer les notes par mot-clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter notes by author</source>
        <translation>Filtrer les notes par auteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter notes by segment</source>
        <translation>Filtrer les notes par partie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uthor:</source>
        <translation>Au&amp;teur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seg&amp;ment:</source>
        <translation>&amp;Partie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only notes on the selected paragraphs</source>
        <translation>Uniquement les notes sur les paragraphes sélectionnés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the record</source>
        <translation>Pour le compte rendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&amp;New Note…</source>
        <extracomment>The id of a practice the user opened from the selected paragraphs&apos; practices.</extracomment>
        <translation>&amp;Nouvelle note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the &amp;Record</source>
        <translation>Pour le compte rend&amp;u</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the record are printed in the minutes; the others stay internal</source>
        <translation>Les notes pour le compte rendu y sont reprises ; les autres restent internes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Practices answering the selected paragraphs</source>
        <translation>Pratiques répondant aux paragraphes choisis</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>T&amp;ag:</source>
        <translation>Mot-&amp;clé :</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The notes on the chosen paragraphs. Enter opens the chosen note.</source>
        <translation>Les notes des paragraphes choisis. Entrée ouvre la note choisie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{author}, {when}</source>
        <translation>{author}, {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select paragraphs to see the notes that cite them.</source>
        <translation>Sélectionnez des paragraphes pour voir les notes qui les citent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No note cites ¶{number} yet.</source>
        <translation>Aucune note ne cite encore le ¶{number}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>%n note cite le ¶{number}</numerusform>
            <numerusform>%n notes citent le ¶{number}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No note cites ¶{refs} yet.</source>
        <translation>Aucune note ne cite encore les ¶{refs}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s) cite ¶{refs}</source>
        <translation>
            <numerusform>%n note cite les ¶{refs}</numerusform>
            <numerusform>%n notes citent les ¶{refs}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Mark note on ¶{refs} for the record</source>
        <translation>Marquer la note sur les ¶{refs} pour le compte rendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark note on ¶{refs} internal</source>
        <translation>Marquer la note sur les ¶{refs} comme interne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current note is for the record</source>
        <translation>La note choisie est pour le compte rendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current note is internal</source>
        <translation>La note choisie est interne</translation>
    </message>
</context>
<context>
    <name>NotesTakenLabel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/notes_taken.py" line="+18"/>
        <source>Notes the minutes publish</source>
        <translation>Notes que publie le compte rendu</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n note(s) for the record taken</source>
        <translation>
            <numerusform>%n note pour le compte rendu reprise</numerusform>
            <numerusform>%n notes pour le compte rendu reprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Compose takes %n note(s) for the record</source>
        <translation>
            <numerusform>Composer reprend %n note pour le compte rendu</numerusform>
            <numerusform>Composer reprend %n notes pour le compte rendu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n internal note(s) left out</source>
        <translation>
            <numerusform>%n note interne laissée de côté</numerusform>
            <numerusform>%n notes internes laissées de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n note(s) marked for the record since: Compose again to take them</source>
        <translation>
            <numerusform>%n note marquée pour le compte rendu depuis : Composer à nouveau pour la reprendre</numerusform>
            <numerusform>%n notes marquées pour le compte rendu depuis : Composer à nouveau pour les reprendre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {parts}.</source>
        <translation>Notes : {parts}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only notes marked for the record are published; Export Internal Version also prints the internal ones, marked not for distribution.</source>
        <translation>Seules les notes pour le compte rendu sont publiées ; Exporter la version interne reprend aussi les notes internes, avec la mention à ne pas diffuser.</translation>
    </message>
</context>
<context>
    <name>NowNextBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/now_next_box.py" line="+33"/>
        <source>Now and Next</source>
        <translation>En cours et à suivre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment running</source>
        <translation>Partie en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker on the floor</source>
        <translation>Orateur ou oratrice ayant la parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next segment</source>
        <translation>Partie suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the floor</source>
        <translation>À la parole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The programme has no segment yet</source>
        <translation>Le programme n&apos;a encore aucune partie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started: the forum opens on {day}</source>
        <translation>Pas encore commencé : le forum s&apos;ouvre le {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The forum has ended</source>
        <translation>Le forum est terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{spoken} of {allotted}</source>
        <translation>{spoken} sur {allotted}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/organisation_dialog.py" line="+113"/>
        <source>Organisation: {name}</source>
        <translation>Organisation : {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UN regional group</source>
        <translation>Groupe régional de l’ONU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional group:</source>
        <translation>Groupe régional :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC status</source>
        <translation>Statut auprès de l’ECOSOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none —</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special</source>
        <translation>Spécial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ECOSOC &amp;status:</source>
        <translation>Stat&amp;ut ECOSOC :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year of the ECOSOC status</source>
        <translation>Année d’obtention du statut ECOSOC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ECOSOC &amp;year:</source>
        <translation>&amp;Année ECOSOC :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or an ISO code</source>
        <translation>Saisissez un nom ou un code ISO</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n représentant</numerusform>
            <numerusform>%n représentants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n programme role(s)</source>
        <translation>
            <numerusform>%n rôle au programme</numerusform>
            <numerusform>%n rôles au programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n linked note(s)</source>
        <translation>
            <numerusform>%n note liée</numerusform>
            <numerusform>%n notes liées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures of the organisation</source>
        <translation>Chiffres de l’organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No representative registered to any forum.</source>
        <translation>Aucun représentant inscrit à un forum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrations per forum</source>
        <translation>Inscriptions par forum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Representatives:</source>
        <translation>&amp;Représentants :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Representatives of the organisation</source>
        <translation>Représentants de l’organisation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Showing the first {shown} of {total} representatives.</source>
        <translation>Affichage des {shown} premiers représentants sur {total}.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Not saved: this organisation was changed meanwhile.</source>
        <translation>Non enregistré : cette organisation a été modifiée entre-temps.</translation>
    </message>
</context>
<context>
    <name>OutputCheck</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/output_check.py" line="+49"/>
        <source>File Not Written</source>
        <translation>Fichier non écrit</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/page.py" line="+92"/>
        <source>Overview</source>
        <extracomment>The time moves on: what runs now is asked again this often while the page shows. A &quot;thing to act on&quot; was pressed: one of actions_box.TASKS. &quot;Add to Summary Report…&quot; was pressed, with the sentence.</extracomment>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+188"/>
        <source>No forum open</source>
        <translation>Aucun forum ouvert</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Forum dates and venue</source>
        <translation>Dates et lieu du forum</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This database holds no forum yet</source>
        <translation>Cette base de données ne contient encore aucun forum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the informal interactive hearings of 12 July 2006 to explore ForumDesk with a real programme and summary document.</source>
        <translation>Chargez les auditions interactives officieuses du 12 juillet 2006 pour découvrir ForumDesk avec un programme et un résumé authentiques.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Load the 2006 demo forum</source>
        <translation>Charger le forum de démonstration de 2006</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered paragraphs</source>
        <translation>Paragraphes numérotés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrations (accredited)</source>
        <translation>Inscriptions (accréditées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Comptes rendus</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema revision</source>
        <translation>Révision du schéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Latest backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} ({count} kept)</source>
        <translation>{file} ({count} conservées)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
</context>
<context>
    <name>ParagraphDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/dialogs.py" line="-57"/>
        <source>Add Paragraph</source>
        <translation>Ajouter un paragraphe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The paragraph as it will read in the report.</source>
        <translation>Le paragraphe tel qu’il se lira dans le rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the new paragraph</source>
        <translation>Texte du nouveau paragraphe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add or cancel</source>
        <translation>Ajouter ou annuler</translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message numerus="yes">
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_model.py" line="+122"/>
        <source>%n note(s) cite ¶{number}</source>
        <translation>
            <numerusform>%n note cite le ¶{number}</numerusform>
            <numerusform>%n notes citent le ¶{number}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n pratique</numerusform>
            <numerusform>%n pratiques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¶{number}: {practices}</source>
        <translation>¶{number} : {practices}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¶{number}: {notes}, {practices}</source>
        <translation>¶{number} : {notes}, {practices}</translation>
    </message>
</context>
<context>
    <name>ParagraphView</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/paragraph_view.py" line="+29"/>
        <source>Numbered paragraphs</source>
        <extracomment>The paragraph numbers selected, in order, whenever the selection changes.</extracomment>
        <translation>Paragraphes numérotés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paragraphs of the document. Enter writes a note on the chosen one.</source>
        <translation>Les paragraphes du document. Entrée rédige une note sur celui choisi.</translation>
    </message>
</context>
<context>
    <name>ParticipationCharts</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/charts.py" line="+18"/>
        <source>Participation</source>
        <extracomment>pyqtgraph has been imported (emitted from the importing thread, queued here).</extracomment>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present and accredited</source>
        <translation>Présents et accrédités</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accredited</source>
        <translation>Accrédités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By regional group</source>
        <translation>Par groupe régional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrivals by hour (venue time)</source>
        <translation>Arrivées par heure (heure du lieu)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{present} present of {registered} accredited · {states} Member States · {civil} from civil society and the private sector · {scans} scans</source>
        <translation>{present} présents sur {registered} accrédités · {states} États Membres · {civil} de la société civile et du secteur privé · {scans} passages</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None given</source>
        <translation>Non indiqué</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="+133"/>
        <source>Candidate Partners: {title}</source>
        <translation>Partenaires possibles : {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisations that submitted other practices on a theme of this one, in the same region or a country in common, by how many such practices.</source>
        <translation>Organisations ayant soumis d’autres pratiques sur un thème de celle-ci, dans la même région ou dans un pays commun, classées selon le nombre de ces pratiques.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other organisation works on these themes in this region yet.</source>
        <translation>Aucune autre organisation ne travaille encore sur ces thèmes dans cette région.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared themes</source>
        <translation>Thèmes communs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidate partners</source>
        <translation>Partenaires possibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each organisation&apos;s practices are listed in its tooltip</source>
        <translation>Les pratiques de chaque organisation figurent dans son infobulle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/prompt.py" line="+30"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
</context>
<context>
    <name>PersonalDataButton</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/personal_data.py" line="-148"/>
        <source>E&amp;xport Personal Data…</source>
        <translation>E&amp;xporter les données personnelles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export everything held about this person, as PDF or JSON</source>
        <translation>Exporter toutes les données détenues sur cette personne, en PDF ou JSON</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON data (*.json)</source>
        <translation>Données JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Personal Data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal data</source>
        <translation>données personnelles</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Personal data written to {file}.</source>
        <translation>Données personnelles écrites dans {file}.</translation>
    </message>
</context>
<context>
    <name>PracticeChoiceDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="-77"/>
        <source>Link a Practice</source>
        <translation>Lier une pratique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search practices by title</source>
        <translation>Rechercher des pratiques par titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a word of the practice&apos;s title</source>
        <translation>Saisissez un mot du titre de la pratique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practices found</source>
        <translation>Pratiques trouvées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link the chosen practice</source>
        <translation>Lier la pratique choisie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{title} [fictional]</source>
        <translation>{title} [fictive]</translation>
    </message>
</context>
<context>
    <name>PracticeCompareDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="-83"/>
        <source>Compare Practices</source>
        <translation>Comparer des pratiques</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two practices, field by field</source>
        <translation>Les deux pratiques, champ par champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that differ are highlighted</source>
        <translation>Les lignes qui diffèrent sont mises en évidence</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Differs</source>
        <translation>Diffère</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n champ diffère.</numerusform>
            <numerusform>%n champs diffèrent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PracticeDetailPane</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/detail_pane.py" line="+84"/>
        <source>Selected practice</source>
        <translation>Pratique choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of the practice chosen in the list</source>
        <translation>Tous les champs de la pratique choisie dans la liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a practice in the list.</source>
        <translation>Choisissez une pratique dans la liste.</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/practice_dialog.py" line="+75"/>
        <source>Practice: {title}</source>
        <extracomment>A new practice&apos;s id, once created. (id, before, after) once an edit is saved.</extracomment>
        <translation>Pratique : {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Practice</source>
        <translation>Nouvelle pratique</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Summary:</source>
        <translation>Ré&amp;sumé :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ountries:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partners:</source>
        <translation>Partenaires :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period from (year)</source>
        <translation>Période, de (année)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period until (year)</source>
        <translation>Période, jusqu’en (année)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until:</source>
        <translation>Jusqu’en :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact name:</source>
        <translation>Nom du contact :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One web address per line</source>
        <translation>Une adresse web par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;ctional (sample data)</source>
        <translation>F&amp;ictive (données d’exemple)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fictional (sample data)</source>
        <translation>Fictive (données d’exemple)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Su&amp;bmitted by:</source>
        <translation>S&amp;oumise par :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;hemes:</source>
        <translation>T&amp;hèmes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at</source>
        <translation>Présentée lors de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;gments:</source>
        <translation>Se&amp;gments :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document whose paragraphs it answers</source>
        <translation>Document dont elle vise des paragraphes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph numbers, like 23–25, 32</source>
        <translation>Numéros de paragraphe, comme 23–25, 32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs answered:</source>
        <translation>Paragraphes visés :</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Not saved: this practice was changed meanwhile.</source>
        <translation>Non enregistrée : cette pratique a été modifiée entre-temps.</translation>
    </message>
</context>
<context>
    <name>PracticeFields</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/detail_pane.py" line="-35"/>
        <source>{name} (lead)</source>
        <translation>{name} (principale)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by</source>
        <translation>Soumise par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at</source>
        <translation>Présentée lors de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Répond à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state</source>
        <translation>État de l’examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed at</source>
        <translation>Examinée le</translation>
    </message>
</context>
<context>
    <name>PracticeImportDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/import_dialog.py" line="+64"/>
        <source>Import Practices</source>
        <translation>Importer des pratiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practices (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Pratiques (*.csv *.xlsx *.xlsm *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import Practices — {file}</source>
        <translation>Importer des pratiques — {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel: nothing is written</source>
        <translation>Annuler : rien n’est enregistré</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All rows or none: a file with a bad row writes nothing, and each fault is listed. Practices arrive as received, for review in {forum}.</source>
        <translation>Toutes les lignes ou aucune : un fichier comportant une ligne erronée n’enregistre rien, et chaque erreur est signalée. Les pratiques arrivent à l’état « reçue », pour examen dans {forum}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Import every row</source>
        <translation>Importer toutes les lignes</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows refused, with the column and why</source>
        <translation>Lignes refusées, avec la colonne et la raison</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back to Columns</source>
        <translation>&amp;Retour aux colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the column mapping</source>
        <translation>Modifier la correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type (policy, programme, partnership offer, research, data tool)</source>
        <translation>Type (politique, programme, offre de partenariat, recherche, outil de données)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries (names or codes)</source>
        <translation>Pays (noms ou codes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes (codes or labels, separated by ;)</source>
        <translation>Thèmes (codes ou libellés, séparés par ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted by (registered organisations, separated by ;)</source>
        <translation>Soumise par (organisations enregistrées, séparées par ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (year)</source>
        <translation>De (année)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (year)</source>
        <translation>À (année)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary paragraphs (23–25, 32)</source>
        <translation>Paragraphes du résumé (23–25, 32)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the column that holds the title.</source>
        <translation>Choisissez la colonne qui contient le titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds the type of practice.</source>
        <translation>Choisissez la colonne qui contient le type de pratique.</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%Ln row(s) refused</source>
        <translation>
            <numerusform>%Ln ligne refusée</numerusform>
            <numerusform>%Ln lignes refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) valid</source>
        <translation>
            <numerusform>%Ln ligne valide</numerusform>
            <numerusform>%Ln lignes valides</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was written: correct the file, or the columns, and try again</source>
        <translation>rien n’a été enregistré : corrigez le fichier ou les colonnes, puis réessayez</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln more problem(s) not listed</source>
        <translation>
            <numerusform>%Ln autre problème non listé</numerusform>
            <numerusform>%Ln autres problèmes non listés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln practice(s) can be imported</source>
        <translation>
            <numerusform>%Ln pratique peut être importée</numerusform>
            <numerusform>%Ln pratiques peuvent être importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln practice(s) imported, received for review</source>
        <translation>
            <numerusform>%Ln pratique importée, reçue pour examen</numerusform>
            <numerusform>%Ln pratiques importées, reçues pour examen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeLabels</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/labels.py" line="+12"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership offer</source>
        <translation>Offre de partenariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data tool</source>
        <translation>Outil de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia</source>
        <translation>Asie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>Mondial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fictional</source>
        <translation>Fictive</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/page.py" line="+69"/>
        <source>Good Practices</source>
        <extracomment>A short message for the status bar. Who signs review steps (the main window keeps it up to date).</extracomment>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practices and recommendations</source>
        <translation>Pratiques et recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead submitter</source>
        <translation>Organisation principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter edits the chosen practice; choose two to compare them.</source>
        <translation>Entrée modifie la pratique choisie ; choisissez-en deux pour les comparer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practices shown</source>
        <translation>Pratiques affichées</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Start &amp;Review</source>
        <translation>&amp;Commencer l’examen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the review</source>
        <translation>Commencer l’examen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish</source>
        <translation>P&amp;ublier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish the practice</source>
        <translation>Publier la pratique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;cline…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decline the practice</source>
        <translation>Refuser la pratique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to Revie&amp;w…</source>
        <translation>Remettre en e&amp;xamen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return it to review</source>
        <translation>La remettre en examen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Practice…</source>
        <translation>&amp;Nouvelle pratique…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New practice</source>
        <translation>Nouvelle pratique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the practice</source>
        <translation>Modifier la pratique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the practice</source>
        <translation>Supprimer la pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare…</source>
        <translation>C&amp;omparer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare the two practices</source>
        <translation>Comparer les deux pratiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Partner&amp;s…</source>
        <translation>Trou&amp;ver des partenaires…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find candidate partners</source>
        <translation>Trouver des partenaires possibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The&amp;mes…</source>
        <translation>Thè&amp;mes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Themes of the forum</source>
        <translation>Thèmes du forum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import and E&amp;xport</source>
        <translation>Import et export de fichiers (&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import practices, export the compendium or the open data</source>
        <translation>Importer des pratiques, exporter le recueil ou les données ouvertes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Practices…</source>
        <translation>Importer des pratiques…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Compendium…</source>
        <translation>Exporter le recueil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Open Data…</source>
        <translation>Exporter les données ouvertes…</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n pratique</numerusform>
            <numerusform>%n pratiques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>New Practice</source>
        <translation>Nouvelle pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice received.</source>
        <translation>Pratique reçue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Practice</source>
        <translation>Modifier la pratique</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Practice</source>
        <translation>Supprimer la pratique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice “{title}” deleted (Edit &gt; Undo brings it back).</source>
        <translation>Pratique « {title} » supprimée (Édition &gt; Annuler la rétablit).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decline Practice</source>
        <translation>Refuser la pratique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return to Review</source>
        <translation>Remettre en examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? The reason is kept with the review of “{title}”.</source>
        <translation>Pourquoi ? Le motif est conservé avec l’examen de « {title} ».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Practice marked {state}.</source>
        <translation>Pratique marquée « {state} ».</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/preferences_dialog.py" line="+38"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This device&apos;s name</source>
        <translation>Nom de cet appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office, registration desk…</source>
        <translation>Bureau, accueil des inscriptions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merges and the history say which device made each change by this name.</source>
        <translation>Les fusions et l’historique désignent par ce nom l’appareil auteur de chaque modification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &amp;device&apos;s name:</source>
        <translation>Nom de cet &amp;appareil :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name is kept on this computer; the device&apos;s name in the database.</source>
        <translation>Votre nom est conservé sur cet ordinateur ; le nom de l’appareil, dans la base de données.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the preferences</source>
        <translation>Enregistrer les préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus, messages and dates. It applies from the next start.</source>
        <translation>La langue des menus, des messages et des dates. Elle s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
</context>
<context>
    <name>PreferencesMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/preferences_menu.py" line="+24"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ForumDesk uses the new language from its next start.</source>
        <translation>ForumDesk utilisera la nouvelle langue dès son prochain démarrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/print_menu.py" line="+36"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This page has nothing to print.</source>
        <translation>Cette page n’a rien à imprimer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to print here yet.</source>
        <translation>Rien à imprimer ici pour l’instant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which document?</source>
        <translation>Quel document ?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing {document}…</source>
        <translation>Préparation de : {document}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+82"/>
        <location line="+21"/>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Cannot print {document}: {reason}</source>
        <translation>Impossible d’imprimer {document} : {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No printer is installed: you can still print to a PDF file.</source>
        <translation>Aucune imprimante n’est installée : vous pouvez imprimer dans un fichier PDF.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing {document}…</source>
        <translation>Impression de : {document}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Cannot start the printer {reason}.</source>
        <translation>Impossible de démarrer l’imprimante {reason}.</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>%n page(s) of {document} sent to {printer}.</source>
        <translation>
            <numerusform>%n page de {document} envoyée à {printer}.</numerusform>
            <numerusform>%n pages de {document} envoyées à {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print Preview — {document}</source>
        <translation>Aperçu avant impression — {document}</translation>
    </message>
</context>
<context>
    <name>ProgrammeFiles</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/files.py" line="+53"/>
        <source>Forum created.</source>
        <extracomment>A short message for the status bar. A forum was made from a template: its id.</extracomment>
        <translation>Forum créé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Programme as Template</source>
        <translation>Enregistrer le programme comme modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme-template</source>
        <translation>modèle-de-programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda template (*.json)</source>
        <translation>Modèle d’ordre du jour (*.json)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Template saved to {file}.</source>
        <translation>Modèle enregistré dans {file}.</translation>
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
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Programme</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>%n partie exportée vers {file}</numerusform>
            <numerusform>%n parties exportées vers {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/page.py" line="+61"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Create a forum from an agenda template</source>
        <translation>Créer un forum à partir d’un modèle d’ordre du jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as &amp;Template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this programme as an agenda template</source>
        <translation>Enregistrer ce programme comme modèle d’ordre du jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the programme</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iCalendar (.ics)…</source>
        <translation>iCalendar (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printable Programme (PDF)…</source>
        <translation>Programme imprimable (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word Document (.docx)…</source>
        <translation>Document Word (.docx)…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No forum is open.</source>
        <translation>Aucun forum n’est ouvert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New F&amp;orum from Template…</source>
        <translation>&amp;Nouveau forum à partir d’un modèle…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Timeline and list of the programme</source>
        <translation>Chronologie et liste du programme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme by day, session and segment</source>
        <translation>Programme par jour, séance et partie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The selected segment and its speakers</source>
        <translation>La partie sélectionnée et ses orateurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected segment</source>
        <translation>Partie sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gment</source>
        <translation>Part&amp;ie</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Ti&amp;meline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The programme by day, session and segment. Enter opens the chosen segment in its editor.</source>
        <translation>Le programme par jour, séance et partie. Entrée ouvre la partie choisie dans son éditeur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>L&amp;ist</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time, room, theme and roles of the chosen segment.</source>
        <translation>L’horaire, la salle, le thème et les rôles de la partie choisie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spea&amp;kers List</source>
        <translation>Liste des &amp;orateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments that overlap in a room or for a person. Enter shows the chosen clash on the timeline.</source>
        <translation>Parties qui se chevauchent dans une salle ou pour une personne. Entrée montre le chevauchement choisi sur la chronologie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clashes in the programme</source>
        <translation>Conflits dans le programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+97"/>
        <source>No Clashes</source>
        <translation>Aucun conflit</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Edit {segment}</source>
        <translation>Modification de « {segment} »</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The speakers list of {segment}</source>
        <translation>La liste des orateurs de {segment}</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Clashes (%n)</source>
        <translation>
            <numerusform>Conflit (%n)</numerusform>
            <numerusform>Conflits (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Move {segment} to {time}</source>
        <translation>Déplacement de « {segment} » vers {time}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not moved: {who} moved this segment meanwhile. The programme now shows it where they put it.</source>
        <translation>Non déplacé : {who} a déplacé cette partie entre-temps. Le programme la montre maintenant là où elle a été placée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This forum has no programme yet.</source>
        <translation>Ce forum n’a pas encore de programme.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a segment to see its theme and roles.</source>
        <translation>Sélectionnez une partie pour voir son thème et ses rôles.</translation>
    </message>
</context>
<context>
    <name>RecommendationDetail</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_detail.py" line="+66"/>
        <source>Text of the recommendation</source>
        <translation>Texte de la recommandation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stakeholders who took it up</source>
        <translation>Parties prenantes qui l’ont reprise à leur compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Stakeholder…</source>
        <translation>Ajouter une &amp;partie prenante…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;Commitment…</source>
        <translation>Modifier l’en&amp;gagement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the stakeholder&apos;s commitment</source>
        <translation>Modifier l’engagement de la partie prenante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Sta&amp;keholder</source>
        <translation>&amp;Retirer la partie prenante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stakeholder</source>
        <translation>Retirer la partie prenante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uptake</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Practices answering it</source>
        <translation>Pratiques qui y répondent</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link Practice…</source>
        <translation>&amp;Lier une pratique…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link a practice</source>
        <translation>Lier une pratique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlink Practice</source>
        <translation>Délier la prati&amp;que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink the practice</source>
        <translation>Délier la pratique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status at each later forum</source>
        <translation>État d’avancement à chaque forum ultérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessed by</source>
        <translation>Évalué par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set &amp;Status…</source>
        <translation>Définir l’é&amp;tat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the status at a later forum</source>
        <translation>Définir l’état d’avancement à un forum ultérieur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>¶ {number}</source>
        <translation>§ {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title} [fictional]</source>
        <translation>{title} [fictive]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No later forum yet</source>
        <translation>Pas encore de forum ultérieur</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_editor.py" line="+46"/>
        <source>Edit Recommendation {code}</source>
        <translation>Modifier la recommandation {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code of the recommendation</source>
        <translation>Code de la recommandation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text of the recommendation</source>
        <translation>Texte de la recommandation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme of the recommendation</source>
        <translation>Thème de la recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>(no theme)</source>
        <translation>(sans thème)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the recommendation</source>
        <translation>Enregistrer la recommandation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{code} saved</source>
        <translation>{code} enregistrée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: this recommendation was changed meanwhile.</source>
        <translation>Non enregistrée : cette recommandation a été modifiée entre-temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="-138"/>
        <source>not assessed</source>
        <extracomment>Asks the database for what matches a text, then calls back with it.</extracomment>
        <translation>non évaluée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not started</source>
        <translation>non commencée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>under way</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendations_panel.py" line="+99"/>
        <source>Recommendations status</source>
        <extracomment>What the panel&apos;s edits change.</extracomment>
        <translation>État des recommandations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendations error</source>
        <translation>Erreur des recommandations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>¶</source>
        <translation>§</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptake</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The forum&apos;s recommendations: code, paragraph, text, how many stakeholders took each up, how many practices answer it, and its latest status.</source>
        <translation>Les recommandations du forum : code, paragraphe, texte, nombre de parties prenantes qui ont repris chacune à leur compte, nombre de pratiques qui y répondent et dernier état d’avancement.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Delete Recommendation</source>
        <translation>&amp;Supprimer la recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the recommendation</source>
        <translation>Supprimer la recommandation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Recommendatio&amp;n…</source>
        <translation>&amp;Modifier la recommandation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the recommendation</source>
        <translation>Modifier la recommandation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport Follow-up Report…</source>
        <translation>E&amp;xporter le rapport de suivi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+273"/>
        <source>Export the follow-up report</source>
        <translation>Exporter le rapport de suivi</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>No recommendation yet: make one from a paragraph on the Document &amp; notes page.</source>
        <translation>Aucune recommandation pour l’instant : faites-en une à partir d’un paragraphe, dans la page Document et notes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status} ({forum})</source>
        <translation>{status} ({forum})</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stakeholder added to {code}</source>
        <translation>Partie prenante ajoutée à {code}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Commitment saved</source>
        <translation>Engagement enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stakeholder removed</source>
        <translation>Partie prenante retirée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Practice linked to {code}</source>
        <translation>Pratique liée à {code}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Practice unlinked</source>
        <translation>Pratique déliée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{code}: {status}</source>
        <translation>{code} : {status}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete Recommendation</source>
        <translation>Supprimer la recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {code}, with its stakeholders, practices and statuses?</source>
        <translation>Supprimer {code}, avec ses parties prenantes, ses pratiques et ses états d’avancement ?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{code} deleted</source>
        <translation>{code} supprimée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.md)</source>
        <translation>Documents (*.pdf *.docx *.odt *.html *.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file ending in one of: {formats}</source>
        <translation>Choisissez un fichier se terminant par l’une de ces extensions : {formats}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow-up report exported to {path}</source>
        <translation>Rapport de suivi exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/page.py" line="+62"/>
        <source>Registry</source>
        <extracomment>A short message for the status bar.</extracomment>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Filter organisations by name, acronym or e-mail…</source>
        <translation>Filtrer les organisations par nom, sigle ou courriel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter organisations</source>
        <translation>Filtrer les organisations</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Organisations and representatives</source>
        <translation>Organisations et représentants</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+53"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Likely Duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The organisations. Enter opens the chosen one.</source>
        <translation>Les organisations. Entrée ouvre celle choisie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Accredit Selected</source>
        <translation>Accrédi&amp;ter la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accredit the selected representatives</source>
        <translation>Accréditer les représentants sélectionnés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Walk-in…</source>
        <translation>Inscription sur &amp;place…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a walk-in</source>
        <translation>Enregistrer une inscription sur place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a walk-in (Ctrl+Shift+W)</source>
        <translation>Enregistrer une inscription sur place (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import representatives from a CSV or Excel list</source>
        <translation>Importer des représentants depuis une liste CSV ou Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the representatives listed</source>
        <translation>Exporter les représentants affichés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Badges…</source>
        <translation>&amp;Badges…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print badges for the selection, or for everyone accredited</source>
        <translation>Imprimer les badges de la sélection, ou de toutes les personnes accréditées</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%Ln representative(s)</source>
        <translation>
            <numerusform>%Ln représentant</numerusform>
            <numerusform>%Ln représentants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+37"/>
        <source>Edit {name}</source>
        <translation>Modification de {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This record</source>
        <translation>Cette fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely duplicate</source>
        <translation>Doublon probable</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>representatives</source>
        <translation>représentants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Representatives</source>
        <translation>Exporter les représentants</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln representative(s) exported to {file}</source>
        <translation>
            <numerusform>%Ln représentant exporté dans {file}</numerusform>
            <numerusform>%Ln représentants exportés dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Representatives</source>
        <translation>Importer des représentants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>Listes (*.csv *.xlsx *.xlsm *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln representative(s) imported from {file}</source>
        <translation>
            <numerusform>%Ln représentant importé depuis {file}</numerusform>
            <numerusform>%Ln représentants importés depuis {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/badges.py" line="+27"/>
        <source>A4 sheets of 8 badges</source>
        <translation>Planches A4 de 8 badges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One badge per card (95 × 70 mm)</source>
        <translation>Un badge par carte (95 × 70 mm)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Badges of the %n selected person(s)</source>
        <translation>
            <numerusform>Badges de %n personne sélectionnée</numerusform>
            <numerusform>Badges des %n personnes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges of everyone accredited</source>
        <translation>Badges de toutes les personnes accréditées</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>badges</source>
        <translation>badges</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print Badges</source>
        <translation>Imprimer les badges</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln badge(s) written to {file}</source>
        <translation>
            <numerusform>%Ln badge écrit dans {file}</numerusform>
            <numerusform>%Ln badges écrits dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/page.py" line="+43"/>
        <source>Keep {pair} apart</source>
        <translation>Garder {pair} séparés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Walk-in {name}</source>
        <translation>Inscription sur place de {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n representative(s) accredited</source>
        <translation>
            <numerusform>%n représentant accrédité</numerusform>
            <numerusform>%n représentants accrédités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Accredit %n representative(s)</source>
        <translation>
            <numerusform>Accréditation de %n représentant</numerusform>
            <numerusform>Accréditation de %n représentants</numerusform>
        </translation>
    </message>
    <message>
        <location line="-358"/>
        <source>Registry counts</source>
        <translation>Décompte du registre</translation>
    </message>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/calendar_export.py" line="+32"/>
        <source>Export Their Programme</source>
        <translation>Exporter son programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n segment(s) written to {file}</source>
        <translation>
            <numerusform>%n partie exportée vers {file}</numerusform>
            <numerusform>%n parties exportées vers {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RememberBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/encryption/passphrases.py" line="-70"/>
        <source>Remember the passphrase in this computer&apos;s &amp;keyring</source>
        <translation>Mémoriser la phrase secrète dans le &amp;trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The operating system&apos;s keyring keeps the passphrase and gives it back when this database is opened on this computer.</source>
        <translation>Le trousseau du système d’exploitation garde la phrase secrète et la redonne quand cette base de données est ouverte sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/report/panel.py" line="+104"/>
        <source>Sections of the report</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paragraphs of the chosen section of the report.</source>
        <translation>Les paragraphes de la section choisie du rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraphs of the section</source>
        <translation>Paragraphes de la section</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Add Paragraph…</source>
        <translation>Ajouter un &amp;paragraphe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a paragraph</source>
        <translation>Ajouter un paragraphe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the paragraph up</source>
        <translation>Monter le paragraphe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Down</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the paragraph down</source>
        <translation>Descendre le paragraphe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Paragraph</source>
        <translation>&amp;Retirer le paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the paragraph</source>
        <translation>Retirer le paragraphe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From a &amp;Note…</source>
        <translation>À partir d’une &amp;note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a paragraph from a note</source>
        <translation>Ajouter un paragraphe à partir d’une note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The sections of the report. Choose one to see its paragraphs.</source>
        <extracomment>What an edit of the report changes: the document&apos;s paragraphs, and notes citing them.</extracomment>
        <translation>Les sections du rapport. Choisissez-en une pour voir ses paragraphes.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Report error</source>
        <translation>Erreur du rapport</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>{title}: {count} paragraphs</source>
        <translation>{title} : {count} paragraphes</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+186"/>
        <source>The forum has no summary report to add to yet.</source>
        <translation>Le forum n&apos;a pas encore de rapport de synthèse où ajouter.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Move paragraph {old} to {new}</source>
        <translation>Déplacement du paragraphe {old} en {new}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add paragraph</source>
        <translation>Ajouter un paragraphe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add paragraph from a note</source>
        <translation>Ajouter un paragraphe tiré d&apos;une note</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove paragraph {n}</source>
        <translation>Retirer le paragraphe {n}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The forum has no notes to add.</source>
        <translation>Le forum n’a aucune note à ajouter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the summary report</source>
        <translation>Exporter le rapport de synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.md)</source>
        <translation>Documents (*.pdf *.docx *.odt *.html *.md)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file ending in one of: {formats}</source>
        <translation>Choisissez un fichier se terminant par l’une de ces extensions : {formats}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Report exported to {path}</source>
        <translation>Rapport exporté vers {path}</translation>
    </message>
</context>
<context>
    <name>RepresentativeDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/representative_dialog.py" line="+99"/>
        <source>Representative: {name}</source>
        <extracomment>The person&apos;s own programme is wanted as iCalendar: their id.</extracomment>
        <translation>Représentant : {name}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;Latin):</source>
        <translation>Prénom (alphabet &amp;latin) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;unction:</source>
        <translation>Fonct&amp;ion :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Tél&amp;éphone :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gen&amp;der:</source>
        <translation>Gen&amp;re :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the name in Latin letters as the person spells it: it is printed under the name on the badge. It cannot be made from this script without guessing the vowels.</source>
        <translation>Saisissez le nom en lettres latines tel que la personne l’écrit : il est imprimé sous le nom sur le badge. Il ne peut pas être tiré de cette écriture sans deviner les voyelles.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not registered to any forum.</source>
        <translation>Inscrit à aucun forum.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Likely duplicates: {list}</source>
        <translation>Doublons probables : {list}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare and &amp;Merge…</source>
        <translation>Comparer et &amp;fusionner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare and merge with the likely duplicate</source>
        <translation>Comparer et fusionner avec le doublon probable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the segments where this person has a role or speaks, as iCalendar</source>
        <translation>Exporter au format iCalendar les parties où cette personne a un rôle ou prend la parole</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Family name (Lat&amp;in):</source>
        <translation>Nom (alphab&amp;et latin) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;anguages:</source>
        <translation>Lan&amp;gues :</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Their Prog&amp;ramme (.ics)…</source>
        <translation>Son progr&amp;amme (.ics)…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Not saved: this person was changed meanwhile.</source>
        <translation>Non enregistré : cette personne a été modifiée entre-temps.</translation>
    </message>
</context>
<context>
    <name>RepresentativesPanel</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/representatives_panel.py" line="+60"/>
        <source>Type the start of a family name, an organisation or an e-mail…</source>
        <translation>Saisissez le début d’un nom de famille, d’une organisation ou d’un courriel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter representatives</source>
        <translation>Filtrer les représentants</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Regional group</source>
        <translation>Groupe régional</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+94"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+28"/>
        <source>Accreditation</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registered people. Enter opens the chosen one.</source>
        <translation>Les personnes inscrites. Entrée ouvre celle choisie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+56"/>
        <source>Any {facet}</source>
        <translation>Sans filtre ({facet})</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/restore_dialog.py" line="+52"/>
        <location line="+140"/>
        <source>Restore from Backup</source>
        <extracomment>The restore finished (a RestoreResult): the window reopens the database.</extracomment>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>The copies of {file} kept in the backup folder, newest first. Restoring one replaces everything in the database with that copy; a backup of its current state is taken first.</source>
        <extracomment>Asks the user to confirm the restore described; tests replace it.</extracomment>
        <translation>Les copies de {file} conservées dans le dossier des sauvegardes, la plus récente d’abord. En restaurer une remplace tout le contenu de la base par cette copie ; une sauvegarde de son état actuel est faite d’abord.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backups of this database, the newest first. Choose one to restore it.</source>
        <translation>Les sauvegardes de cette base de données, la plus récente en premier. Choisissez-en une pour la restaurer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No backups of this database yet.</source>
        <translation>Aucune sauvegarde de cette base pour l’instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{reason} (encrypted)</source>
        <translation>{reason} (chiffrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Damaged database, kept before a restore</source>
        <translation>Base endommagée, conservée avant une restauration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a schema upgrade</source>
        <translation>Avant une mise à niveau du schéma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On opening (older ForumDesk)</source>
        <translation>À l’ouverture (ancienne version de ForumDesk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on request</source>
        <translation>Faite à la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Before a merge</source>
        <translation>Avant une fusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before undoing an import</source>
        <translation>Avant l’annulation d’une importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before encryption</source>
        <translation>Avant le chiffrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before decryption</source>
        <translation>Avant le déchiffrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a change of passphrase</source>
        <translation>Avant un changement de phrase secrète</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before: {operation}</source>
        <translation>Avant : {operation}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Replace everything in {file} with the backup taken {time} ({reason})?

Changes made since then are replaced. A backup of the current state is taken first, so you can come back to it from this list.</source>
        <translation>Remplacer tout le contenu de {file} par la sauvegarde faite le {time} ({reason}) ?

Les modifications faites depuis sont remplacées. Une sauvegarde de l’état actuel est faite d’abord : vous pourrez y revenir depuis cette liste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>That passphrase does not open the backup. Try again ({n} of {most}):</source>
        <translation>Cette phrase secrète n’ouvre pas la sauvegarde. Réessayez ({n} sur {most}) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was encrypted with another passphrase than the database&apos;s today. Type the passphrase it was taken with ({n} of {most}):</source>
        <translation>Cette sauvegarde a été chiffrée avec une autre phrase secrète que celle de la base de données aujourd’hui. Saisissez la phrase secrète sous laquelle elle a été faite ({n} sur {most}) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted Backup</source>
        <translation>Sauvegarde chiffrée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Restored. What the damaged database held before is kept in {file}, and its write-ahead log (changes not yet in the file) in {log}.</source>
        <translation>Restauration faite. L’ancien contenu de la base endommagée est conservé dans {file}, et son journal WAL (des modifications pas encore écrites dans le fichier) dans {log}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored. What the database held before is kept in {file}.</source>
        <translation>Restauration faite. L’ancien contenu de la base est conservé dans {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored.</source>
        <translation>Restauration faite.</translation>
    </message>
</context>
<context>
    <name>ReviewReasonDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/dialogs.py" line="-65"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents/revision_dialog.py" line="+42"/>
        <source>Revised draft: confirm how notes move</source>
        <translation>Projet révisé : confirmer le déplacement des notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{unchanged} paragraphs unchanged, {renumbered} renumbered, {gone} gone ({orphans} with notes), {added} new. Untick a row to leave its notes where they are.</source>
        <translation>Paragraphes inchangés : {unchanged} ; renumérotés : {renumbered} ; supprimés : {gone} (dont {orphans} avec des notes) ; nouveaux : {added}. Décochez une ligne pour laisser ses notes à leur place.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Proposed paragraph mapping</source>
        <translation>Correspondance proposée entre les paragraphes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old ¶</source>
        <translation>Ancien ¶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ¶</source>
        <translation>Nouveau ¶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old text</source>
        <translation>Ancien texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New text</source>
        <translation>Nouveau texte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>gone</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Import the Draft and Move Ticked Notes</source>
        <translation>Importer le projet et déplacer les notes cochées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_roles.py" line="+64"/>
        <source>The roles of the segment (chair, speakers and others), each with a person or a label.</source>
        <translation>Les rôles de la partie (présidence, orateurs et autres), chacun avec une personne ou un libellé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add Role</source>
        <translation>&amp;Ajouter un rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move Role</source>
        <translation>Suppri&amp;mer le rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected role</source>
        <translation>Supprimer le rôle sélectionné</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Role {n}: kind</source>
        <translation>Rôle {n} : type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role {n}: person</source>
        <translation>Rôle {n} : personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name to find the person</source>
        <translation>Saisissez un nom pour trouver la personne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role {n}: label</source>
        <translation>Rôle {n} : libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. an address, or a slot to fill</source>
        <translation>p. ex. une allocution, ou un créneau à pourvoir</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Role {n}: choose the person from the registry list.</source>
        <translation>Rôle {n} : choisissez la personne dans la liste du registre.</translation>
    </message>
</context>
<context>
    <name>RolesMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/access/menu.py" line="+25"/>
        <source>U&amp;sers and Roles…</source>
        <translation>Uti&amp;lisateurs et rôles…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Grant and revoke roles, and create database accounts.</source>
        <translation>Accorder et retirer des rôles, et créer des comptes de base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator assigns roles; you are signed in as {account}.</source>
        <translation>Seul un administrateur attribue les rôles ; vous êtes connecté·e en tant que {account}.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/search_dialog.py" line="+117"/>
        <source>Search paragraphs, notes, practices and the registry</source>
        <extracomment>Wait this long after the last key before querying, so typing stays smooth. Kinds of hits that are registry records, found by name. (language version id or None, paragraph number) of a paragraph hit the user opened. The id of a note hit the user opened. The id of a person the user opened. The id of an organisation the user opened. The id of a practice the user opened. The id of a recommendation the user opened.</extracomment>
        <translation>Rechercher dans les paragraphes, les notes, les pratiques et le registre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words, &quot;a phrase&quot;, or a prefix* — accents and case do not matter</source>
        <translation>Mots, &quot;expression exacte&quot; ou préfixe* — accents et majuscules indifférents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What matches the search. Enter opens the chosen result.</source>
        <translation>Ce qui correspond à la recherche. Entrée ouvre le résultat choisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¶{number}</source>
        <translation>¶{number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation from ¶{number}</source>
        <translation>Recommandation tirée du ¶{number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on ¶{number}</source>
        <translation>Note sur le ¶{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_dialog.py" line="+111"/>
        <source>Edit Segment</source>
        <extracomment>(before, after, times): the values read and the values stored (`SegmentInput`s), and the times read and stored (`TimesChange`).</extracomment>
        <translation>Modifier la partie</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+116"/>
        <location line="+175"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-289"/>
        <location line="+290"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+285"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Linked sections</source>
        <translation>Sections liées</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+279"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+290"/>
        <source>(no room)</source>
        <translation>(aucune salle)</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Room name</source>
        <translation>Nom de la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a room or type a new one</source>
        <translation>Choisissez une salle ou saisissez-en une nouvelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime:</source>
        <translation>H&amp;oraire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Th&amp;eme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked sectio&amp;ns:</source>
        <translation>Sections &amp;liées :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oom:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;les:</source>
        <translation>&amp;Rôles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background &amp;documents:</source>
        <translation>&amp;Documents d’information :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the segment</source>
        <translation>Enregistrer la partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+184"/>
        <source>Background documents</source>
        <translation>Documents d’information</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>A title and a file or web address for each background document.</source>
        <translation>Un titre et un fichier ou une adresse web pour chaque document d’information.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File or URL</source>
        <translation>Fichier ou URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Doc&amp;ument</source>
        <translation>Ajouter un doc&amp;ument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a background document</source>
        <translation>Ajouter un document d’information</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the selected document&apos;s file</source>
        <translation>Choisir le fichier du document sélectionné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve Document</source>
        <translation>Supprimer le do&amp;cument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected document</source>
        <translation>Supprimer le document sélectionné</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Background Document</source>
        <translation>Document d’information</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not saved: {who} changed these times meanwhile. Close the editor and open it again to see them.</source>
        <translation>Non enregistré : {who} a changé ces horaires entre-temps. Fermez l’éditeur et rouvrez-le pour les voir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: this segment was changed meanwhile.</source>
        <translation>Non enregistré : cette partie a été modifiée entre-temps.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A room added meanwhile</source>
        <translation>Une salle ajoutée entre-temps</translation>
    </message>
</context>
<context>
    <name>SelfApprovalBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/approval.py" line="+35"/>
        <source>Allow one-person approval</source>
        <translation>Autoriser l’approbation par une seule personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow one-person approval in this forum</source>
        <translation>Autoriser l’approbation par une seule personne dans ce forum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For small meetings: whoever composed or last edited the minutes may approve them too. The approval line then says it was a one-person approval.</source>
        <translation>Pour les petites réunions : la personne qui a composé ou modifié en dernier le compte rendu peut aussi l’approuver. La mention d’approbation précise alors qu’il s’agit d’une approbation par une seule personne.</translation>
    </message>
</context>
<context>
    <name>SentenceBox</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview/sentence_box.py" line="+20"/>
        <source>For the Summary Report</source>
        <extracomment>&quot;Add to Summary Report…&quot; was pressed, with the sentence.</extracomment>
        <translation>Pour le rapport de synthèse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participation sentence</source>
        <translation>Phrase sur la participation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy Sentence</source>
        <translation>&amp;Copier la phrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the participation sentence</source>
        <translation>Copier la phrase sur la participation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add to Summary Report…</source>
        <translation>Ajouter au &amp;rapport de synthèse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the participation sentence to the summary report</source>
        <translation>Ajouter la phrase sur la participation au rapport de synthèse</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/help/shortcuts.py" line="+112"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts by menu and page</source>
        <translation>Raccourcis clavier par menu et par page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SpeakerList</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/speakers_widgets.py" line="+30"/>
        <source>{n}. {who} · spoke {used} of {allotted}</source>
        <translation>{n}. {who} · a parlé {used} sur {allotted}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n}. {who} · withdrawn</source>
        <translation>{n}. {who} · retiré(e)</translation>
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
        <translation>Liste des orateurs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find a person to add as speaker</source>
        <translation>Rechercher une personne à inscrire comme orateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Speaker: type a name…</source>
        <translation>Ajouter un orateur : saisissez un nom…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Speaker</source>
        <translation>A&amp;jouter un orateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the chosen person to the speakers list</source>
        <translation>Ajouter la personne choisie à la liste des orateurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered people whose names match what is typed. Enter adds the chosen one.</source>
        <translation>Personnes inscrites dont le nom correspond à la saisie. Entrée ajoute celle choisie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People found in the registry</source>
        <translation>Personnes trouvées dans le registre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The speakers in the order they speak. Move Up and Move Down change the order.</source>
        <translation>Les orateurs dans leur ordre de parole. Vers le haut et Vers le bas changent l’ordre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers in order; drag to reorder</source>
        <translation>Orateurs dans l’ordre ; faites glisser pour réordonner</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move &amp;Up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The speaking time allotted to the chosen speaker.</source>
        <translation>Le temps de parole accordé à l’orateur choisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaking time allotted, in seconds</source>
        <translation>Temps de parole alloué, en secondes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as Defau&amp;lt</source>
        <translation>&amp;Utiliser par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this speaking time for new speakers of the segment</source>
        <translation>Utiliser ce temps de parole pour les nouveaux orateurs de la partie</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Add Speaker {name}</source>
        <translation>Ajout de {name} à la liste des orateurs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reorder Speakers</source>
        <translation>Réorganisation des orateurs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw Speaker</source>
        <translation>Retrait d’un orateur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set Speaking Time</source>
        <translation>Modification du temps de parole</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set Default Speaking Time</source>
        <translation>Modification du temps de parole par défaut</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/recommending/recommendation_dialogs.py" line="+17"/>
        <source>Stakeholder&apos;s Commitment</source>
        <translation>Engagement de la partie prenante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to search the registry</source>
        <translation>Saisissez un nom pour chercher dans le registre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Engagement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed &amp;on:</source>
        <translation>Engagement &amp;pris le :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The commitment has a date</source>
        <translation>L’engagement est daté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the commitment</source>
        <translation>Date de l’engagement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the commitment</source>
        <translation>Enregistrer l’engagement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose an organisation from the registry.</source>
        <translation>Choisissez une organisation du registre.</translation>
    </message>
</context>
<context>
    <name>SubmittersChooser</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/choosers.py" line="+30"/>
        <source>Find an organisation</source>
        <translation>Trouver une organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a registered organisation&apos;s name</source>
        <translation>Tapez une partie du nom d’une organisation enregistrée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the organisation</source>
        <translation>Ajouter l’organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submitting organisations, the lead first</source>
        <translation>Organisations qui soumettent, la principale d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make Lead moves the chosen one first</source>
        <translation>Rendre principale place celle qui est choisie en premier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make &amp;Lead</source>
        <translation>Rendre principa&amp;le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the chosen organisation the lead</source>
        <translation>Faire de l’organisation choisie la principale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remo&amp;ve</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen organisation</source>
        <translation>Retirer l’organisation choisie</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/sync_dialog.py" line="+60"/>
        <source>Merge from {file}</source>
        <extracomment>Prompts for the other database&apos;s passphrase before the merge gives up. The result of a merge that was written (not of the preview). The user wants to settle the conflicts this merge left.</extracomment>
        <translation>Fusionner depuis {file}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel: nothing is merged</source>
        <extracomment>The passphrase of an encrypted other database, as the command line takes it.</extracomment>
        <translation>Annuler : rien n’est fusionné</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A backup of this database is taken before merging. Where a field was changed on both sides, our value stays until the conflict is settled (File &gt; Merge Conflicts…). Likely duplicates are only reported, never merged.</source>
        <translation>Une sauvegarde de cette base de données est faite avant la fusion. Lorsqu’un champ a été modifié des deux côtés, notre valeur est conservée jusqu’au règlement du conflit (Fichier &gt; Conflits de fusion…). Les doublons probables sont seulement signalés, jamais fusionnés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records the merge brings</source>
        <translation>Enregistrements apportés par la fusion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>Notre valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here by</source>
        <translation>Modifié ici par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their value</source>
        <translation>Leur valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed there by</source>
        <translation>Modifié là-bas par</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts the merge would leave</source>
        <translation>Conflits que laisserait la fusion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coming in</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates coming in</source>
        <translation>Doublons probables entrants</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge the other database into this one</source>
        <translation>Fusionner l’autre base de données dans celle-ci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Review Conflicts…</source>
        <translation>&amp;Examiner les conflits…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the conflicts this merge left</source>
        <translation>Examiner les conflits laissés par cette fusion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close without merging</source>
        <translation>Fermer sans fusionner</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merging {file}…</source>
        <translation>Fusion de {file}…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Merging would bring: {counts}.</source>
        <translation>La fusion apporterait : {counts}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to merge: this database already holds everything in {file}.</source>
        <translation>Rien à fusionner : cette base de données contient déjà tout ce que contient {file}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged: {counts}.</source>
        <translation>Fusion effectuée : {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup at {path}.</source>
        <translation>Sauvegarde : {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges renumbered: {badges}.</source>
        <translation>Badges renumérotés : {badges}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflicts keep our value until they are settled.</source>
        <translation>Les conflits conservent notre valeur jusqu’à leur règlement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts to settle.</source>
        <translation>Aucun conflit à régler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled: nothing was merged.</source>
        <translation>Annulé : rien n’a été fusionné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was merged.</source>
        <translation>Rien n’a été fusionné.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypted Database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase does not open {file}. Try again ({n} of {most}):</source>
        <translation>Cette phrase secrète n’ouvre pas {file}. Réessayez ({n} sur {most}) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is encrypted. Type its passphrase ({n} of {most}):</source>
        <translation>{file} est chiffrée. Saisissez sa phrase secrète ({n} sur {most}) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot merge {file}: {reason}</source>
        <translation>Impossible de fusionner {file} : {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records coming in: {count}</source>
        <translation>Enregistrements apportés : {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the first {listed} listed)</source>
        <translation>(les {listed} premiers sont listés)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts (a field changed on both sides): {count}</source>
        <translation>Conflits (champ modifié des deux côtés) : {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates (reported, not merged): {count}</source>
        <translation>Doublons probables (signalés, non fusionnés) : {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: {fields}</source>
        <translation>Modifié : {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{inserted} new, {updated} changed, {deleted} deleted</source>
        <translation>nouveaux : {inserted}, modifiés : {updated}, supprimés : {deleted}</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../src/forumdesk/ui/sync/menu.py" line="+36"/>
        <source>&amp;Merge from Another Database…</source>
        <extracomment>Asks which database to merge from (&quot;&quot; when the user cancels); tests replace it.</extracomment>
        <translation>&amp;Fusionner depuis une autre base de données…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge &amp;Conflicts…</source>
        <translation>&amp;Conflits de fusion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prepare a &amp;Laptop…</source>
        <translation>Préparer un ordinateur &amp;portable…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Merge from Another Database</source>
        <translation>Fusionner depuis une autre base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données ForumDesk (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Merge finished</source>
        <translation>Fusion terminée</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/practices/themes_dialog.py" line="+44"/>
        <source>Themes of the Forum</source>
        <translation>Thèmes du forum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Themes:</source>
        <translation>&amp;Thèmes :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Themes, each sub-theme under its theme</source>
        <translation>Thèmes, chaque sous-thème sous son thème</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New label of the theme</source>
        <translation>Nouveau libellé du thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New label of the chosen theme</source>
        <translation>Nouveau libellé du thème choisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the chosen theme</source>
        <translation>Renommer le thème choisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen theme</source>
        <translation>Supprimer le thème choisi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code of the new theme</source>
        <translation>Code du nouveau thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower-case letters, digits, underscores</source>
        <translation>lettres minuscules, chiffres, traits de soulignement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label of the new theme</source>
        <translation>Libellé du nouveau thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme the new one belongs to</source>
        <translation>Thème dont relève le nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Under:</source>
        <translation>Relève &amp;de :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Theme</source>
        <translation>&amp;Ajouter le thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the theme</source>
        <translation>Ajouter le thème</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>— a theme of its own —</source>
        <translation>— un thème à part entière —</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/timeline.py" line="+214"/>
        <source>Programme timeline: rooms across, time down</source>
        <extracomment>(segment id, place before, place after): a block was dragged or resized. A block was double-clicked, or Enter pressed on it: its segment id. The selected block changed: its segment id, or None.</extracomment>
        <translation>Chronologie du programme : salles en colonnes, heures en lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab: next segment. Up and Down: move it by a minute (with Shift: five). Alt with Up and Down: change its end. Left and Right: the next room or day. Enter: edit the segment. Escape: put it back.</source>
        <translation>Tab : segment suivant. Haut et Bas : le déplacer d’une minute (avec Maj : de cinq). Alt avec Haut et Bas : changer sa fin. Gauche et Droite : salle ou jour suivant. Entrée : modifier le segment. Échap : le remettre en place.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No room</source>
        <translation>Sans salle</translation>
    </message>
</context>
<context>
    <name>TimesEditor</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme/segment_times.py" line="+68"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the time, or change the hours or minutes with Up and Down.</source>
        <translation>Tapez l’heure, ou changez les heures ou les minutes avec Haut et Bas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The segment must end after it starts.</source>
        <translation>Le segment doit finir après son début.</translation>
    </message>
</context>
<context>
    <name>UserNamePrompt</name>
    <message>
        <location filename="../../src/forumdesk/ui/shell/user_name.py" line="+88"/>
        <source>Welcome to ForumDesk. What is your name? It signs the notes and minutes you write, and the history records it with your changes.</source>
        <translation>Bienvenue dans ForumDesk. Quel est votre nom ? Il signe les notes et les comptes rendus que vous rédigez, et l’historique l’enregistre avec vos modifications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes and notes are signed: give your name to go on.</source>
        <translation>Les comptes rendus et les notes sont signés : indiquez votre nom pour continuer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You sign as {name}.</source>
        <translation>Vous signez en tant que {name}.</translation>
    </message>
</context>
<context>
    <name>UsersRolesDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/access/users_roles_dialog.py" line="+51"/>
        <source>Users and Roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+37"/>
        <source>Database account</source>
        <translation>Compte de base de données</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accounts and their roles</source>
        <translation>Comptes et leurs rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each database account that holds a role in this database.</source>
        <translation>Chaque compte de base de données qui a un rôle dans cette base.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grant</source>
        <translation>&amp;Accorder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password of the new account</source>
        <translation>Mot de passe du nouveau compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account&apos;s &amp;password:</source>
        <translation>Mot de &amp;passe du nouveau compte :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Account with This Role</source>
        <translation>Cré&amp;er un compte avec ce rôle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{roles} (owns the tables)</source>
        <translation>{roles} (propriétaire des tables)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signed in as {account}. The roles are not set up on this database yet: the owner of its tables runs “forumdesk roles setup”.</source>
        <translation>Connecté·e en tant que {account}. Les rôles ne sont pas encore mis en place dans cette base : le propriétaire de ses tables exécute « forumdesk roles setup ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as {account}, with: {roles}.</source>
        <translation>Connecté·e en tant que {account}, avec : {roles}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an administrator assigns roles.</source>
        <translation>Seul un administrateur attribue les rôles.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{account} now holds the {role} role.</source>
        <translation>{account} a désormais le rôle « {role} ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{account} no longer holds the {role} role.</source>
        <translation>{account} n’a plus le rôle « {role} ».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Database account {account} created, with the {role} role.</source>
        <translation>Compte de base de données {account} créé, avec le rôle « {role} ».</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry/walk_in_dialog.py" line="+59"/>
        <source>Register a Walk-in</source>
        <extracomment>(WalkInResult, &quot;FAMILY, Given&quot;) once a person is registered: the page makes it undoable.</extracomment>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name in Latin letters</source>
        <translation>Prénom en lettres latines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family name in Latin letters</source>
        <translation>Nom de famille en lettres latines</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find it, or a new name</source>
        <translation>Saisissez son nom pour la retrouver, ou un nouveau nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category of a new organisation</source>
        <translation>Catégorie d’une nouvelle organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose for a new organisation —</source>
        <translation>— à choisir pour une nouvelle organisation —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accredit and give a badge number</source>
        <translation>Accréditer et attribuer un numéro de &amp;badge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;Latin):</source>
        <translation>Prénom (alphabet &amp;latin) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Lat&amp;in):</source>
        <translation>Nom (alphabet lat&amp;in) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Register</source>
        <extracomment>Latin fields the user typed in: proposals no longer overwrite them.</extracomment>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the walk-in</source>
        <translation>Enregistrer l’inscription sur place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register (Ctrl+Return)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Type the name in Latin letters as the person spells it: it is printed under the name on the badge. It cannot be made from this script without guessing the vowels.</source>
        <translation>Saisissez le nom en lettres latines tel que la personne l’écrit : il est imprimé sous le nom sur le badge. Il ne peut pas être tiré de cette écriture sans deviner les voyelles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latin spelling proposed by the standard romanisation: check it with the person, as it is printed under the name on the badge.</source>
        <translation>Graphie latine proposée par la romanisation normalisée : vérifiez-la avec la personne, car elle est imprimée sous le nom sur le badge.</translation>
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
            <numerusform>Déjà dans le registre ? %n doublon probable :</numerusform>
            <numerusform>Déjà dans le registre ? %n doublons probables :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} registered: badge {badge}.</source>
        <translation>{name} : inscription enregistrée, badge {badge}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} registered (not accredited).</source>
        <translation>{name} : inscription enregistrée (sans accréditation).</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/field_labels.py" line="+75"/>
        <source>Name</source>
        <extracomment>Kept for sorting, computed from the names; a note&apos;s markup beside its plain text.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional group</source>
        <translation>Groupe régional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC status</source>
        <translation>Statut ECOSOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECOSOC year</source>
        <translation>Année du statut ECOSOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Given name (Latin)</source>
        <translation>Prénom (latin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (Latin)</source>
        <translation>Nom (latin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Requested on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Fusionné avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Début</translation>
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
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the record</source>
        <translation>Pour le compte rendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note link</source>
        <translation>Lien de note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note tag</source>
        <translation>Étiquette de note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes version</source>
        <translation>Version du compte rendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/forumdesk/ui/common/labels.py" line="+20"/>
        <source>Opening</source>
        <translation>Séance inaugurale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thematic part</source>
        <translation>Partie thématique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive discussion</source>
        <translation>Débat interactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Séance de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator</source>
        <translation>Modération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporteur</source>
        <translation>Rapporteur(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panellist</source>
        <translation>Intervenant(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Allocution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker from the floor</source>
        <translation>Intervention de la salle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Respondent</source>
        <translation>Répondant(e)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member State</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer State</source>
        <translation>État observateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intergovernmental organisation</source>
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UN entity or agency</source>
        <translation>Entité ou institution des Nations Unies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO in consultative status</source>
        <translation>ONG dotée du statut consultatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other civil society</source>
        <translation>Autre organisation de la société civile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trade union</source>
        <translation>Syndicat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant association or diaspora</source>
        <translation>Association de migrants ou diaspora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial institution</source>
        <translation>Institution financière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Research or academia</source>
        <translation>Recherche et milieux universitaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth organisation</source>
        <translation>Organisation de jeunes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>African States</source>
        <translation>Groupe des États d’Afrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia-Pacific States</source>
        <translation>Groupe des États d’Asie et du Pacifique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eastern European States</source>
        <translation>Groupe des États d’Europe orientale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latin American and Caribbean States</source>
        <translation>Groupe des États d’Amérique latine et des Caraïbes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western European and other States</source>
        <translation>Groupe des États d’Europe occidentale et autres États</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undisclosed</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accredited</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (given and family)</source>
        <translation>Nom complet (prénom et nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accreditation</source>
        <translation>Accréditation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge number</source>
        <translation>Numéro de badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes/export.py" line="+24"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
</TS>
