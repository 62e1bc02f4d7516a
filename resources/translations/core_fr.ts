<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name />
    <message>
      <source>&amp;About CMC Desktop</source>
      <translation>À &amp;propos de CMC Desktop</translation>
    </message>
    <message>
      <source>&amp;Database</source>
      <translation>&amp;Base de données</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Aller</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Paramètres…</translation>
    </message>
    <message>
      <source>A new database takes effect at the next start.</source>
      <translation>Une nouvelle base de données prend effet au prochain démarrage.</translation>
    </message>
    <message>
      <source>About CMC Desktop</source>
      <translation>À propos de CMC Desktop</translation>
    </message>
    <message>
      <source>Academic year</source>
      <translation>Année de formation</translation>
    </message>
    <message>
      <source>Academic years</source>
      <translation>Années de formation</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Active trainees</source>
      <translation>Stagiaires actifs</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>Building the demo city</source>
      <translation>Construction de la cité de démonstration</translation>
    </message>
    <message>
      <source>CERT</source>
      <translation>Certificat</translation>
    </message>
    <message>
      <source>CMC Desktop</source>
      <translation>CMC Desktop</translation>
    </message>
    <message>
      <source>CMC Desktop %1
The desk application of the Cities of Trades and Skills.
Database: %2</source>
      <translation>CMC Desktop %1
L'application de bureau des Cités des Métiers et des Compétences.
Base de données : %2</translation>
    </message>
    <message>
      <source>CMC database (*.sqlite3 *.db)</source>
      <translation>Base CMC (*.sqlite3 *.db)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Capacité</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <source>Catalogue entries</source>
      <translation>Entrées du catalogue</translation>
    </message>
    <message>
      <source>Changed at another desk</source>
      <translation>Modifié sur un autre poste</translation>
    </message>
    <message>
      <source>Choose the database file</source>
      <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Cité</translation>
    </message>
    <message>
      <source>City not set</source>
      <translation>Cité non définie</translation>
    </message>
    <message>
      <source>Cité des Métiers et des Compétences %1</source>
      <translation>Cité des Métiers et des Compétences %1</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflit</translation>
    </message>
    <message>
      <source>Copy details</source>
      <translation>Copier les détails</translation>
    </message>
    <message>
      <source>Create an &amp;empty database for my city</source>
      <translation>Créer une base &amp;vide pour ma cité</translation>
    </message>
    <message>
      <source>Create the &amp;demo city (Souss-Massa, sample trainees)</source>
      <translation>Créer la cité de &amp;démonstration (Souss-Massa, stagiaires fictifs)</translation>
    </message>
    <message>
      <source>Current year</source>
      <translation>Année en cours</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <source>Database problem</source>
      <translation>Problème de base de données</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>Base de données : %1</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete %1?</source>
      <translation>Supprimer %1 ?</translation>
    </message>
    <message>
      <source>Duration (months)</source>
      <translation>Durée (mois)</translation>
    </message>
    <message>
      <source>Ends on</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Enrolment by sector and level</source>
      <translation>Effectifs par secteur et niveau</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>Prévus</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>Libres</translation>
    </message>
    <message>
      <source>Groups</source>
      <translation>Groupes</translation>
    </message>
    <message>
      <source>Holidays and closures</source>
      <translation>Jours fériés et fermetures</translation>
    </message>
    <message>
      <source>Indicator unavailable</source>
      <translation>Indicateur indisponible</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <source>Label (Arabic)</source>
      <translation>Libellé (arabe)</translation>
    </message>
    <message>
      <source>Label (French)</source>
      <translation>Libellé (français)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Last changed by %1</source>
      <translation>Dernière modification par %1</translation>
    </message>
    <message>
      <source>Leads to a diploma</source>
      <translation>Diplômante</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Loading the dashboard</source>
      <translation>Chargement du tableau de bord</translation>
    </message>
    <message>
      <source>Loans</source>
      <translation>Prêts</translation>
    </message>
    <message>
      <source>Loans per week</source>
      <translation>Prêts par semaine</translation>
    </message>
    <message>
      <source>Meals served against forecast, last 14 days</source>
      <translation>Repas servis et prévus, 14 derniers jours</translation>
    </message>
    <message>
      <source>Modules</source>
      <translation>Modules</translation>
    </message>
    <message>
      <source>Name (Arabic)</source>
      <translation>Nom (arabe)</translation>
    </message>
    <message>
      <source>Name (English)</source>
      <translation>Nom (anglais)</translation>
    </message>
    <message>
      <source>Name (French)</source>
      <translation>Nom (français)</translation>
    </message>
    <message>
      <source>No database was found at:
%1</source>
      <translation>Aucune base de données trouvée à :
%1</translation>
    </message>
    <message>
      <source>No database yet: create one.</source>
      <translation>Aucune base de données pour l’instant : créez-en une.</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Introuvable</translation>
    </message>
    <message>
      <source>Nothing here yet: fill in the form and press Save.</source>
      <translation>Rien pour l'instant : remplissez le formulaire puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
      <source>Number of demo trainees</source>
      <translation>Nombre de stagiaires de démonstration</translation>
    </message>
    <message>
      <source>Occupied</source>
      <translation>Occupés</translation>
    </message>
    <message>
      <source>Open log folder</source>
      <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
      <source>Please correct the input</source>
      <translation>Veuillez corriger la saisie</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Filière</translation>
    </message>
    <message>
      <source>Programmes</source>
      <translation>Filières</translation>
    </message>
    <message>
      <source>Q</source>
      <translation>Q</translation>
    </message>
    <message>
      <source>Reserved</source>
      <translation>Réservés</translation>
    </message>
    <message>
      <source>Residence occupancy by building</source>
      <translation>Occupation de la résidence par bâtiment</translation>
    </message>
    <message>
      <source>Room utilisation this week (%)</source>
      <translation>Occupation des salles cette semaine (%)</translation>
    </message>
    <message>
      <source>Save as PNG…</source>
      <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Enregistré.</translation>
    </message>
    <message>
      <source>Saving the city</source>
      <translation>Enregistrement de la cité</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>Secteur</translation>
    </message>
    <message>
      <source>Sector hubs</source>
      <translation>Pôles sectoriels</translation>
    </message>
    <message>
      <source>Sectors</source>
      <translation>Secteurs</translation>
    </message>
    <message>
      <source>Served</source>
      <translation>Servis</translation>
    </message>
    <message>
      <source>Set the current academic year in the catalogue</source>
      <translation>Définissez l'année en cours dans le catalogue</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Sign in to continue.</source>
      <translation>Connectez-vous pour continuer.</translation>
    </message>
    <message>
      <source>Sign-in failed</source>
      <translation>Échec de la connexion</translation>
    </message>
    <message>
      <source>Soft-skills hours</source>
      <translation>Heures de soft skills</translation>
    </message>
    <message>
      <source>Something went wrong. Your data is safe; the operation was not completed.</source>
      <translation>Un problème est survenu. Vos données sont intactes ; l'opération n'a pas été effectuée.</translation>
    </message>
    <message>
      <source>Starts on</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>T</source>
      <translation>T</translation>
    </message>
    <message>
      <source>TS</source>
      <translation>TS</translation>
    </message>
    <message>
      <source>The database file is damaged</source>
      <translation>Le fichier de base de données est endommagé</translation>
    </message>
    <message>
      <source>The database is busy</source>
      <translation>La base de données est occupée</translation>
    </message>
    <message>
      <source>The details were written to the log file:</source>
      <translation>Les détails ont été écrits dans le journal :</translation>
    </message>
    <message>
      <source>This database needs a newer CMC Desktop</source>
      <translation>Cette base nécessite une version plus récente de CMC Desktop</translation>
    </message>
    <message>
      <source>This file is not a CMC database</source>
      <translation>Ce fichier n'est pas une base CMC</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Erreur inattendue</translation>
    </message>
    <message>
      <source>User: %1 (%2)</source>
      <translation>Utilisateur : %1 (%2)</translation>
    </message>
    <message>
      <source>Utilisation</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <source>Welcome to CMC Desktop</source>
      <translation>Bienvenue dans CMC Desktop</translation>
    </message>
    <message>
      <source>Year of study</source>
      <translation>Année d'études</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>You are not allowed to do this</source>
      <translation>Vous n'êtes pas autorisé à faire ceci</translation>
    </message>
    <message>
      <source>administrator</source>
      <translation>administrateur</translation>
    </message>
    <message>
      <source>auditor</source>
      <translation>auditeur</translation>
    </message>
    <message>
      <source>canteen_agent</source>
      <translation>agent de cantine</translation>
    </message>
    <message>
      <source>career_counsellor</source>
      <translation>conseiller d'orientation</translation>
    </message>
    <message>
      <source>catering_manager</source>
      <translation>responsable restauration</translation>
    </message>
    <message>
      <source>director</source>
      <translation>directeur</translation>
    </message>
    <message>
      <source>language_coordinator</source>
      <translation>coordinateur du centre de langues</translation>
    </message>
    <message>
      <source>librarian</source>
      <translation>bibliothécaire</translation>
    </message>
    <message>
      <source>registrar</source>
      <translation>scolarité</translation>
    </message>
    <message>
      <source>residence_manager</source>
      <translation>gestionnaire de l'internat</translation>
    </message>
  </context>
</TS>
