<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/documents.py" line="+54"/>
        <source>Document &amp; notes</source>
        <translation>Document et notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document and language version</source>
        <translation>Document et version linguistique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to ¶</source>
        <translation>Aller au ¶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to paragraph number</source>
        <translation>Aller au paragraphe numéro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This forum has no document yet.</source>
        <translation>Ce forum n’a pas encore de document.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document outline</source>
        <translation>Structure du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Numbered paragraphs</source>
        <translation>Paragraphes numérotés</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/forumdesk/ui/main_window.py" line="+61"/>
        <source>Overview</source>
        <extracomment>Emitted once the first database has opened and the visible page asked for its data.</extracomment>
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
        <location line="+22"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+2"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load &amp;Demo Forum (2006 Hearings)</source>
        <translation>Charger le forum de &amp;démonstration (auditions de 2006)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ForumDesk</source>
        <translation>À &amp;propos de ForumDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ForumDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données ForumDesk (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Menu</source>
        <translation>Effacer le menu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About ForumDesk</source>
        <translation>À propos de ForumDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s workbench for a consultative forum on international migration and development.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk {version}&lt;/h3&gt;&lt;p&gt;L’outil de travail du secrétariat d’un forum consultatif sur les migrations internationales et le développement.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+7"/>
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
    <name>MinutesPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/minutes.py" line="+29"/>
        <source>Minutes</source>
        <translation>Comptes rendus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not started</source>
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
        <location line="+14"/>
        <source>Minutes of each segment</source>
        <translation>Comptes rendus de chaque partie</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/overview.py" line="+30"/>
        <location line="+105"/>
        <source>No forum open</source>
        <translation>Aucun forum ouvert</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Forum dates and venue</source>
        <translation>Dates et lieu du forum</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+5"/>
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
        <location line="+9"/>
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
        <location line="+3"/>
        <source>Latest backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} ({count} kept)</source>
        <translation>{file} ({count} conservées)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/programme.py" line="+42"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No forum is open.</source>
        <translation>Aucun forum n’est ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+12"/>
        <source>Selected segment</source>
        <translation>Partie sélectionnée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This forum has no programme yet.</source>
        <translation>Ce forum n’a pas encore de programme.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select a segment to see its theme and roles.</source>
        <translation>Sélectionnez une partie pour voir son thème et ses rôles.</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../src/forumdesk/ui/pages/registry.py" line="+53"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by name, acronym or email…</source>
        <translation>Filtrer par nom, sigle ou adresse électronique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the registry</source>
        <translation>Filtrer le registre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations and representatives</source>
        <translation>Organisations et représentants</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-15"/>
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
        <location line="+18"/>
        <location line="+3"/>
        <source>Representatives</source>
        <translation>Représentants</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Registry counts</source>
        <translation>Décompte du registre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{orgs} organisations, {people} representatives shown</source>
        <translation>{orgs} organisations et {people} représentants affichés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(first {limit}; type to narrow)</source>
        <translation>({limit} premiers ; saisissez du texte pour affiner la recherche)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/forumdesk/ui/labels.py" line="+13"/>
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
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+6"/>
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
</context>
</TS>
