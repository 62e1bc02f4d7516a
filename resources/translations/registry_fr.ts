<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name />
    <message>
      <source>%1 appears twice in the file (also row %2).</source>
      <translation>%1 figure deux fois dans le fichier (aussi ligne %2).</translation>
    </message>
    <message>
      <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected, %6 warnings.</source>
      <translation>%1 lignes : %2 nouvelles, %3 mises à jour, %4 inchangées, %5 rejetées, %6 avertissements.</translation>
    </message>
    <message>
      <source>%1 trainees</source>
      <translation>%1 stagiaires</translation>
    </message>
    <message>
      <source>%1 trainees exported to %2</source>
      <translation>%1 stagiaires exportés vers %2</translation>
    </message>
    <message>
      <source>&amp;Choose a file…</source>
      <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <source>&amp;New trainee</source>
      <translation>&amp;Nouveau stagiaire</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation>&amp;Recharger</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>Accepted: the CMC template or the headquarters enrolment export (.xlsx).</source>
      <translation>Formats acceptés : le modèle de la CMC ou l'export des inscriptions du siège (.xlsx).</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>All groups</source>
      <translation>Tous les groupes</translation>
    </message>
    <message>
      <source>All levels</source>
      <translation>Tous les niveaux</translation>
    </message>
    <message>
      <source>All programmes</source>
      <translation>Toutes les filières</translation>
    </message>
    <message>
      <source>All sectors</source>
      <translation>Tous les secteurs</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <source>Another desk saved this trainee first: %1</source>
      <translation>Un autre poste a enregistré ce stagiaire avant vous : %1</translation>
    </message>
    <message>
      <source>Another trainee already has this number.</source>
      <translation>Un autre stagiaire a déjà ce numéro.</translation>
    </message>
    <message>
      <source>Arabic letters are not accepted here; use the Arabic name field.</source>
      <translation>Les lettres arabes ne sont pas acceptées ici ; utilisez le champ du nom en arabe.</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <source>Birth date (dd/mm/yyyy)</source>
      <translation>Date de naissance (jj/mm/aaaa)</translation>
    </message>
    <message>
      <source>Bridging route (age limit 33)</source>
      <translation>Passerelle (âge limite 33 ans)</translation>
    </message>
    <message>
      <source>CIN</source>
      <translation>CIN</translation>
    </message>
    <message>
      <source>CIN %1 already belongs to the trainee with matricule %2.</source>
      <translation>La CIN %1 appartient déjà au stagiaire de matricule %2.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Cancelled; nothing was written.</source>
      <translation>Annulé ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Checking the file</source>
      <translation>Vérification du fichier</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <source>Choose a &amp;photo…</source>
      <translation>Choisir une &amp;photo…</translation>
    </message>
    <message>
      <source>Choose a group in the filter first.</source>
      <translation>Choisissez d'abord un groupe dans le filtre.</translation>
    </message>
    <message>
      <source>Choose a photo</source>
      <translation>Choisir une photo</translation>
    </message>
    <message>
      <source>Class &amp;list…</source>
      <translation>&amp;Liste de classe…</translation>
    </message>
    <message>
      <source>Class list</source>
      <translation>Liste de classe</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Colonne</translation>
    </message>
    <message>
      <source>Correct the file, or tick the box to import only the valid rows.</source>
      <translation>Corrigez le fichier, ou cochez la case pour n'importer que les lignes valides.</translation>
    </message>
    <message>
      <source>Distance to the city (km)</source>
      <translation>Distance jusqu'à la Cité (km)</translation>
    </message>
    <message>
      <source>Dropped out</source>
      <translation>Abandons</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Enrolment &amp;certificate…</source>
      <translation>&amp;Attestation d'inscription…</translation>
    </message>
    <message>
      <source>Enrolment certificate</source>
      <translation>Attestation d'inscription</translation>
    </message>
    <message>
      <source>Enrolments</source>
      <translation>Inscriptions</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export trainees</source>
      <translation>Exporter les stagiaires</translation>
    </message>
    <message>
      <source>Exporting trainees</source>
      <translation>Export des stagiaires</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>Prénom (arabe)</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Group %1 does not exist in the catalogue; create it first or correct the code.</source>
      <translation>Le groupe %1 n'existe pas dans le référentiel ; créez-le d'abord ou corrigez le code.</translation>
    </message>
    <message>
      <source>Group %1 would hold %2 trainees for %3 places.</source>
      <translation>Le groupe %1 compterait %2 stagiaires pour %3 places.</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Tuteur</translation>
    </message>
    <message>
      <source>Guardian phone</source>
      <translation>Téléphone du tuteur</translation>
    </message>
    <message>
      <source>Home locality</source>
      <translation>Localité d'origine</translation>
    </message>
    <message>
      <source>Ignored columns: %1</source>
      <translation>Colonnes ignorées : %1</translation>
    </message>
    <message>
      <source>Images (*.jpg *.jpeg *.png)</source>
      <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <source>Import the valid rows and save the rejected ones next to the file</source>
      <translation>Importer les lignes valides et enregistrer les lignes rejetées à côté du fichier</translation>
    </message>
    <message>
      <source>Import trainees</source>
      <translation>Importer des stagiaires</translation>
    </message>
    <message>
      <source>Imported: %1 new, %2 updated, %3 unchanged.</source>
      <translation>Importé : %1 nouveaux, %2 mis à jour, %3 inchangés.</translation>
    </message>
    <message>
      <source>Importing trainees</source>
      <translation>Import des stagiaires</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>Nom (arabe)</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Man (H)</source>
      <translation>Homme (H)</translation>
    </message>
    <message>
      <source>Massar code</source>
      <translation>Code Massar</translation>
    </message>
    <message>
      <source>Matricule</source>
      <translation>Matricule</translation>
    </message>
    <message>
      <source>Matricule %1 already belongs to %2, born %3, in the database; this row names another person.</source>
      <translation>Le matricule %1 appartient déjà à %2, né(e) le %3, dans la base ; cette ligne désigne une autre personne.</translation>
    </message>
    <message>
      <source>Matricule %1 does not start with the birth date %2.</source>
      <translation>Le matricule %1 ne commence pas par la date de naissance %2.</translation>
    </message>
    <message>
      <source>Minor (age %1) without a guardian contact.</source>
      <translation>Mineur (%1 ans) sans contact de tuteur.</translation>
    </message>
    <message>
      <source>Name (Arabic)</source>
      <translation>Nom (arabe)</translation>
    </message>
    <message>
      <source>New trainee</source>
      <translation>Nouveau stagiaire</translation>
    </message>
    <message>
      <source>No file chosen</source>
      <translation>Aucun fichier choisi</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>Pas de photo</translation>
    </message>
    <message>
      <source>No trainee matches the search and filters. Clear them, or bring in a list with Import… (Ctrl+I).</source>
      <translation>Aucun stagiaire ne correspond à la recherche et aux filtres. Effacez-les, ou chargez une liste avec Importer… (Ctrl+I).</translation>
    </message>
    <message>
      <source>Non-residents</source>
      <translation>Non-résidents</translation>
    </message>
    <message>
      <source>None yet</source>
      <translation>Aucune pour l'instant</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <source>Please confirm</source>
      <translation>Veuillez confirmer</translation>
    </message>
    <message>
      <source>Programme %1 in LibelleLong differs from the programme %3 of group %2.</source>
      <translation>La filière %1 de LibelleLong diffère de la filière %3 du groupe %2.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Rejected rows saved to %1</source>
      <translation>Lignes rejetées enregistrées dans %1</translation>
    </message>
    <message>
      <source>Remote or rural area</source>
      <translation>Zone éloignée ou rurale</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Résidents</translation>
    </message>
    <message>
      <source>Residents and others</source>
      <translation>Résidents et non-résidents</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Save anyway?</source>
      <translation>Enregistrer quand même ?</translation>
    </message>
    <message>
      <source>Search by name, matricule or CIN (Ctrl+F)</source>
      <translation>Rechercher par nom, matricule ou CIN (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search trainees</source>
      <translation>Rechercher des stagiaires</translation>
    </message>
    <message>
      <source>Select a trainee first.</source>
      <translation>Sélectionnez d'abord un stagiaire.</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <source>Special needs</source>
      <translation>Besoins spécifiques</translation>
    </message>
    <message>
      <source>Special needs (health data)</source>
      <translation>Besoins spécifiques (données de santé)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Suspended trainees</source>
      <translation>Stagiaires suspendus</translation>
    </message>
    <message>
      <source>The CIN is 1 or 2 letters followed by 5 or 6 digits (e.g. JA123456).</source>
      <translation>La CIN comporte 1 ou 2 lettres suivies de 5 ou 6 chiffres (ex. JA123456).</translation>
    </message>
    <message>
      <source>The Massar code is one letter followed by 9 digits.</source>
      <translation>Le code Massar comporte une lettre suivie de 9 chiffres.</translation>
    </message>
    <message>
      <source>The age on 1 September is outside 15–30 years (33 with the bridging route) for a diploma programme.</source>
      <translation>L'âge au 1er septembre est hors de la limite de 15 à 30 ans (33 ans par la passerelle) pour une formation diplômante.</translation>
    </message>
    <message>
      <source>The birth date must be in the past.</source>
      <translation>La date de naissance doit être dans le passé.</translation>
    </message>
    <message>
      <source>The distance is a number of kilometres between 0 and 2000.</source>
      <translation>La distance est un nombre de kilomètres entre 0 et 2000.</translation>
    </message>
    <message>
      <source>The formula %1 is not accepted; paste the values instead.</source>
      <translation>La formule %1 n'est pas acceptée ; collez les valeurs à la place.</translation>
    </message>
    <message>
      <source>The matricule is exactly 13 digits.</source>
      <translation>Le matricule compte exactement 13 chiffres.</translation>
    </message>
    <message>
      <source>The number is 10 digits starting with 06 or 07.</source>
      <translation>Le numéro comporte 10 chiffres et commence par 06 ou 07.</translation>
    </message>
    <message>
      <source>The status is one of: actif, suspendu, abandon, diplômé.</source>
      <translation>Le statut est l'un de : actif, suspendu, abandon, diplômé.</translation>
    </message>
    <message>
      <source>This birth date gives an age over 80.</source>
      <translation>Cette date de naissance donne un âge de plus de 80 ans.</translation>
    </message>
    <message>
      <source>This date does not exist.</source>
      <translation>Cette date n'existe pas.</translation>
    </message>
    <message>
      <source>This field is required.</source>
      <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
      <source>This is not a valid e-mail address.</source>
      <translation>Cette adresse e-mail n'est pas valide.</translation>
    </message>
    <message>
      <source>This name contains no letters.</source>
      <translation>Ce nom ne contient aucune lettre.</translation>
    </message>
    <message>
      <source>This text is too long.</source>
      <translation>Ce texte est trop long.</translation>
    </message>
    <message>
      <source>Trainee %1</source>
      <translation>Stagiaire %1</translation>
    </message>
    <message>
      <source>Trainees</source>
      <translation>Stagiaires</translation>
    </message>
    <message>
      <source>Woman (F)</source>
      <translation>Femme (F)</translation>
    </message>
    <message>
      <source>Women among active trainees</source>
      <translation>Femmes parmi les stagiaires actifs</translation>
    </message>
    <message>
      <source>Write H (homme) or F (femme).</source>
      <translation>Écrivez H (homme) ou F (femme).</translation>
    </message>
    <message>
      <source>Write oui or non.</source>
      <translation>Écrivez oui ou non.</translation>
    </message>
    <message>
      <source>Write the date as dd/mm/yyyy.</source>
      <translation>Écrivez la date sous la forme jj/mm/aaaa.</translation>
    </message>
    <message>
      <source>Write this name in Arabic script.</source>
      <translation>Écrivez ce nom en caractères arabes.</translation>
    </message>
    <message>
      <source>active</source>
      <translation>actif</translation>
    </message>
    <message>
      <source>dropped out</source>
      <translation>abandon</translation>
    </message>
    <message>
      <source>error</source>
      <translation>erreur</translation>
    </message>
    <message>
      <source>graduated</source>
      <translation>diplômé</translation>
    </message>
    <message>
      <source>suspended</source>
      <translation>suspendu</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>avertissement</translation>
    </message>
  </context>
</TS>
