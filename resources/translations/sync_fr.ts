<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name />
    <message>
      <source>&amp;Export now</source>
      <translation>&amp;Exporter maintenant</translation>
    </message>
    <message>
      <source>A file with the next package's name, not written by this database, is already in %1: move it away, and check that no other PC exports as this city.</source>
      <translation>Un fichier portant le nom du prochain paquet, qui n'a pas été écrit par cette base, se trouve déjà dans %1 : déplacez-le, et vérifiez qu'aucun autre poste n'exporte au nom de cette cité.</translation>
    </message>
    <message>
      <source>A local folder, a USB stick or a network share</source>
      <translation>Un dossier local, une clé USB ou un partage réseau</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>Modifications</translation>
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
      <source>Created at the first export</source>
      <translation>Créée au premier export</translation>
    </message>
    <message>
      <source>Daily export times (local time), separated by commas</source>
      <translation>Heures d'export quotidiennes (heure locale), séparées par des virgules</translation>
    </message>
    <message>
      <source>Deletions</source>
      <translation>Suppressions</translation>
    </message>
    <message>
      <source>Destination folder</source>
      <translation>Dossier de destination</translation>
    </message>
    <message>
      <source>Export running…</source>
      <translation>Export en cours…</translation>
    </message>
    <message>
      <source>Export times</source>
      <translation>Heures d'export</translation>
    </message>
    <message>
      <source>Export to headquarters</source>
      <translation>Export vers le siège</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Complet</translation>
    </message>
    <message>
      <source>Full snapshot</source>
      <translation>Instantané complet</translation>
    </message>
    <message>
      <source>Key fingerprint</source>
      <translation>Empreinte de la clé</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Nature</translation>
    </message>
    <message>
      <source>Last attempt</source>
      <translation>Dernière tentative</translation>
    </message>
    <message>
      <source>Last error</source>
      <translation>Dernière erreur</translation>
    </message>
    <message>
      <source>Last package</source>
      <translation>Dernier paquet</translation>
    </message>
    <message>
      <source>Last package sent to headquarters</source>
      <translation>Dernier paquet envoyé au siège</translation>
    </message>
    <message>
      <source>Next run</source>
      <translation>Prochain export</translation>
    </message>
    <message>
      <source>No package yet: press Export now, or wait for the scheduled export.</source>
      <translation>Aucun paquet pour l'instant : cliquez sur Exporter maintenant, ou attendez l'export planifié.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>No. %1, %2</source>
      <translation>N° %1, %2</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <source>None yet</source>
      <translation>Aucun pour l'instant</translation>
    </message>
    <message>
      <source>PEM key (*.pem)</source>
      <translation>Clé PEM (*.pem)</translation>
    </message>
    <message>
      <source>Package %1 written: %2 rows, %3 deletions.</source>
      <translation>Paquet %1 écrit : %2 lignes, %3 suppressions.</translation>
    </message>
    <message>
      <source>Package history</source>
      <translation>Historique des paquets</translation>
    </message>
    <message>
      <source>Pending changes</source>
      <translation>Modifications en attente</translation>
    </message>
    <message>
      <source>Public key saved to %1.</source>
      <translation>Clé publique enregistrée dans %1.</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Lignes</translation>
    </message>
    <message>
      <source>Save public key…</source>
      <translation>Enregistrer la clé publique…</translation>
    </message>
    <message>
      <source>Save schedule</source>
      <translation>Enregistrer la planification</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>Planification</translation>
    </message>
    <message>
      <source>Schedule saved.</source>
      <translation>Planification enregistrée.</translation>
    </message>
    <message>
      <source>Send every record again (first load at headquarters, or recovery)</source>
      <translation>Renvoyer tous les enregistrements (premier chargement au siège, ou reprise)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>The export failed; nothing was marked as sent. %1</source>
      <translation>L'export a échoué ; rien n'a été marqué comme envoyé. %1</translation>
    </message>
    <message>
      <source>The export folder %1 cannot be reached.</source>
      <translation>Le dossier d'export %1 est inaccessible.</translation>
    </message>
    <message>
      <source>The export folder %1 cannot be written to.</source>
      <translation>Impossible d'écrire dans le dossier d'export %1.</translation>
    </message>
    <message>
      <source>The file headquarters needs to register this city</source>
      <translation>Le fichier dont le siège a besoin pour enregistrer cette cité</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>Écrit le</translation>
    </message>
    <message>
      <source>e.g. 02:00, 13:30</source>
      <translation>ex. 02:00, 13:30</translation>
    </message>
  </context>
</TS>
