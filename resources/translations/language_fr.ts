<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name />
    <message>
      <source>%1 absences in a row</source>
      <translation>%1 absences consécutives</translation>
    </message>
    <message>
      <source>%1 now has %2 session(s).</source>
      <translation>%1 compte maintenant %2 séance(s).</translation>
    </message>
    <message>
      <source>%1 score(s) imported.</source>
      <translation>%1 score(s) importé(s).</translation>
    </message>
    <message>
      <source>%1: level %2 (attempt %3)</source>
      <translation>%1 : niveau %2 (tentative %3)</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Absent</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Alerte</translation>
    </message>
    <message>
      <source>Attempt</source>
      <translation>Tentative</translation>
    </message>
    <message>
      <source>Attendance alerts</source>
      <translation>Alertes d'assiduité</translation>
    </message>
    <message>
      <source>Attendance saved for %1 trainee(s).</source>
      <translation>Présences enregistrées pour %1 stagiaire(s).</translation>
    </message>
    <message>
      <source>Attendance sheet</source>
      <translation>Feuille de présence</translation>
    </message>
    <message>
      <source>Attendance sheet…</source>
      <translation>Feuille de présence…</translation>
    </message>
    <message>
      <source>Book the term weekly</source>
      <translation>Réserver le trimestre chaque semaine</translation>
    </message>
    <message>
      <source>CEFR level</source>
      <translation>Niveau CECRL</translation>
    </message>
    <message>
      <source>Excused</source>
      <translation>Excusé</translation>
    </message>
    <message>
      <source>First week</source>
      <translation>Première semaine</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Groups and attendance</source>
      <translation>Groupes et présences</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Heures</translation>
    </message>
    <message>
      <source>Import scores</source>
      <translation>Importer des scores</translation>
    </message>
    <message>
      <source>Import scores…</source>
      <translation>Importer des scores…</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Language centre</source>
      <translation>Centre de langues</translation>
    </message>
    <message>
      <source>Last week</source>
      <translation>Dernière semaine</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Membres</translation>
    </message>
    <message>
      <source>Placement tests</source>
      <translation>Tests de positionnement</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Présent</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Taux</translation>
    </message>
    <message>
      <source>Record score</source>
      <translation>Enregistrer le score</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Salle</translation>
    </message>
    <message>
      <source>Room code, e.g. LANG-1</source>
      <translation>Code de la salle, ex. LANG-1</translation>
    </message>
    <message>
      <source>Save attendance</source>
      <translation>Enregistrer les présences</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
    </message>
    <message>
      <source>Size limit</source>
      <translation>Effectif maximal</translation>
    </message>
    <message>
      <source>Soft-skills hours required</source>
      <translation>Heures de compétences transversales exigées</translation>
    </message>
    <message>
      <source>Teacher</source>
      <translation>Enseignant</translation>
    </message>
    <message>
      <source>Today's language sessions</source>
      <translation>Séances de langues du jour</translation>
    </message>
    <message>
      <source>Today: %1 session(s)</source>
      <translation>Aujourd'hui : %1 séance(s)</translation>
    </message>
    <message>
      <source>Trainees who can no longer reach the minimum rate or are absent several times in a row</source>
      <translation>Stagiaires qui ne peuvent plus atteindre le taux minimal ou absents plusieurs fois de suite</translation>
    </message>
    <message>
      <source>cannot reach the minimum rate</source>
      <translation>ne peut plus atteindre le taux minimal</translation>
    </message>
  </context>
</TS>
