<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name />
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>#</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>%1 entries</source>
      <translation>%1 entrées</translation>
    </message>
    <message>
      <source>%1 entries exported to %2</source>
      <translation>%1 entrées exportées vers %2</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <source>&amp;Current password</source>
      <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
      <source>&amp;Export to Excel…</source>
      <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
      <source>&amp;Full name</source>
      <translation>Nom &amp;complet</translation>
    </message>
    <message>
      <source>&amp;Lock the screen now</source>
      <translation>&amp;Verrouiller l'écran maintenant</translation>
    </message>
    <message>
      <source>&amp;New account</source>
      <translation>&amp;Nouveau compte</translation>
    </message>
    <message>
      <source>&amp;New password</source>
      <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <source>&amp;Repeat</source>
      <translation>&amp;Répéter</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>&amp;Rôle</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <source>&amp;User name</source>
      <translation>&amp;Identifiant</translation>
    </message>
    <message>
      <source>&amp;Verify the chain</source>
      <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
      <source>Account %1 created; the password must be changed at the first sign-in.</source>
      <translation>Compte %1 créé ; le mot de passe devra être changé à la première connexion.</translation>
    </message>
    <message>
      <source>Account %1 saved.</source>
      <translation>Compte %1 enregistré.</translation>
    </message>
    <message>
      <source>Account %1 unlocked.</source>
      <translation>Compte %1 déverrouillé.</translation>
    </message>
    <message>
      <source>Account active</source>
      <translation>Compte actif</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Administrateur</translation>
    </message>
    <message>
      <source>Administrator account</source>
      <translation>Compte administrateur</translation>
    </message>
    <message>
      <source>All entities</source>
      <translation>Toutes les entités</translation>
    </message>
    <message>
      <source>Anonymised</source>
      <translation>Anonymisation</translation>
    </message>
    <message>
      <source>At least %1 characters, without the user name.</source>
      <translation>Au moins %1 caractères, sans l'identifiant.</translation>
    </message>
    <message>
      <source>Audit entries</source>
      <translation>Entrées du journal d'audit</translation>
    </message>
    <message>
      <source>Audit trail</source>
      <translation>Journal d'audit</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>Auditeur</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>Sauvegarde en cours</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Sauvegarde</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
      <source>Backup folder (it may be a USB disk)</source>
      <translation>Dossier de sauvegarde (peut être une clé USB)</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sauvegardes</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Canteen agent</source>
      <translation>Agent de cantine</translation>
    </message>
    <message>
      <source>Career counsellor</source>
      <translation>Conseiller d'orientation et d'insertion</translation>
    </message>
    <message>
      <source>Catering manager</source>
      <translation>Responsable de la restauration</translation>
    </message>
    <message>
      <source>Change my &amp;password…</source>
      <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Changer mon mot de passe</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Modification</translation>
    </message>
    <message>
      <source>Changes (sensitive values masked)</source>
      <translation>Modifications (valeurs sensibles masquées)</translation>
    </message>
    <message>
      <source>Choose the &amp;folder…</source>
      <translation>Choisir le &amp;dossier…</translation>
    </message>
    <message>
      <source>Create the administrator</source>
      <translation>Créer l'administrateur</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Création</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>Mot de passe actuel</translation>
    </message>
    <message>
      <source>Daily backup</source>
      <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
      <source>Daily copies kept</source>
      <translation>Copies quotidiennes conservées</translation>
    </message>
    <message>
      <source>Database: %1</source>
      <translation>Base de données : %1</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Suppression</translation>
    </message>
    <message>
      <source>Demo city: sign in as admin with the password Souss-2026-01; the demo command prints one account per role.</source>
      <translation>Ville de démonstration : connectez-vous en tant que admin avec le mot de passe Souss-2026-01 ; la commande demo affiche un compte par rôle.</translation>
    </message>
    <message>
      <source>Director</source>
      <translation>Directeur</translation>
    </message>
    <message>
      <source>Disabled</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <source>Entity</source>
      <translation>Entité</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export the audit trail</source>
      <translation>Exporter le journal d'audit</translation>
    </message>
    <message>
      <source>Exporting the audit trail</source>
      <translation>Export du journal d'audit</translation>
    </message>
    <message>
      <source>Failed sign-in</source>
      <translation>Connexion échouée</translation>
    </message>
    <message>
      <source>Failed: %1</source>
      <translation>Échec : %1</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <source>In canteen desk mode, lock after</source>
      <translation>En mode poste cantine, verrouiller après</translation>
    </message>
    <message>
      <source>Language-centre coordinator</source>
      <translation>Coordinateur du centre de langues</translation>
    </message>
    <message>
      <source>Last backup</source>
      <translation>Dernière sauvegarde</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>Dernière connexion</translation>
    </message>
    <message>
      <source>Librarian</source>
      <translation>Bibliothécaire</translation>
    </message>
    <message>
      <source>Lock the screen after</source>
      <translation>Verrouiller l'écran après</translation>
    </message>
    <message>
      <source>Locked until %1</source>
      <translation>Verrouillé jusqu'à %1</translation>
    </message>
    <message>
      <source>My account</source>
      <translation>Mon compte</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Nouveau mot de passe</translation>
    </message>
    <message>
      <source>New password for %1</source>
      <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
      <source>No audit entry matches these filters. Widen the dates or clear a filter.</source>
      <translation>Aucune entrée du journal ne correspond à ces filtres. Élargissez les dates ou retirez un filtre.</translation>
    </message>
    <message>
      <source>No backup yet</source>
      <translation>Aucune sauvegarde pour l'instant</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <source>Password of %1 reset; it must be changed at the next sign-in.</source>
      <translation>Mot de passe de %1 réinitialisé ; il devra être changé à la prochaine connexion.</translation>
    </message>
    <message>
      <source>Password of the new account</source>
      <translation>Mot de passe du nouveau compte</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <source>Registrar</source>
      <translation>Responsable de la scolarité</translation>
    </message>
    <message>
      <source>Repeat the password</source>
      <translation>Répétez le mot de passe</translation>
    </message>
    <message>
      <source>Reset &amp;password…</source>
      <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
      <source>Residence manager</source>
      <translation>Gestionnaire de l'internat</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restauration</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Screen locked</source>
      <translation>Écran verrouillé</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <source>Sign in to CMC Desktop</source>
      <translation>Connexion à CMC Desktop</translation>
    </message>
    <message>
      <source>Signed in as %1 (%2)</source>
      <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>The administrator reset your password: choose a new one now.</source>
      <translation>L'administrateur a réinitialisé votre mot de passe : choisissez-en un nouveau maintenant.</translation>
    </message>
    <message>
      <source>The audit trail is broken at entry %1: it was changed or removed after it was written.</source>
      <translation>Le journal d'audit est rompu à l'entrée %1 : elle a été modifiée ou supprimée après son écriture.</translation>
    </message>
    <message>
      <source>The audit trail is intact: %1 entries verified.</source>
      <translation>Le journal d'audit est intact : %1 entrées vérifiées.</translation>
    </message>
    <message>
      <source>The backup failed: %1</source>
      <translation>La sauvegarde a échoué : %1</translation>
    </message>
    <message>
      <source>The current password is wrong.</source>
      <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
      <source>The password must have at least %1 characters.</source>
      <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
      <source>The password must not contain the user name.</source>
      <translation>Le mot de passe ne doit pas contenir l'identifiant.</translation>
    </message>
    <message>
      <source>The screen was locked after a period of inactivity. Enter your password to continue.</source>
      <translation>L'écran a été verrouillé après une période d'inactivité. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
      <source>This account is disabled; ask the administrator.</source>
      <translation>Ce compte est désactivé ; adressez-vous à l'administrateur.</translation>
    </message>
    <message>
      <source>This account is locked after 5 failed attempts. Wait 15 minutes or ask the administrator.</source>
      <translation>Ce compte est verrouillé après 5 tentatives échouées. Attendez 15 minutes ou adressez-vous à l'administrateur.</translation>
    </message>
    <message>
      <source>This database has no user account yet. Create the administrator account; the administrator then creates the other accounts.</source>
      <translation>Cette base ne contient encore aucun compte. Créez le compte administrateur ; l'administrateur créera ensuite les autres comptes.</translation>
    </message>
    <message>
      <source>This desk</source>
      <translation>Ce poste</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <source>Unknown user name or wrong password.</source>
      <translation>Identifiant inconnu ou mot de passe incorrect.</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <source>User accounts</source>
      <translation>Comptes utilisateurs</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <source>Verifying the audit trail</source>
      <translation>Vérification du journal d'audit</translation>
    </message>
    <message>
      <source>You see the entries of your own area only.</source>
      <translation>Vous ne voyez que les entrées de votre propre domaine.</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <source>to</source>
      <translation>au</translation>
    </message>
  </context>
</TS>
