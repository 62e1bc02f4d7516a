<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name />
    <message>
      <source>'%1' moved to %2.</source>
      <translation>« %1 » est passé à l'étape %2.</translation>
    </message>
    <message>
      <source>36 months</source>
      <translation>36 mois</translation>
    </message>
    <message>
      <source>36 months after graduation</source>
      <translation>36 mois après l'obtention du diplôme</translation>
    </message>
    <message>
      <source>9 months</source>
      <translation>9 mois</translation>
    </message>
    <message>
      <source>9 months after graduation</source>
      <translation>9 mois après l'obtention du diplôme</translation>
    </message>
    <message>
      <source>Abandoned</source>
      <translation>Abandonné</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>Ajouter la note</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>Candidature</translation>
    </message>
    <message>
      <source>Appointment</source>
      <translation>Rendez-vous</translation>
    </message>
    <message>
      <source>Appointments</source>
      <translation>Rendez-vous</translation>
    </message>
    <message>
      <source>Book the selected slot</source>
      <translation>Réserver le créneau choisi</translation>
    </message>
    <message>
      <source>Booked %1 at %2.</source>
      <translation>Rendez-vous pris pour %1 à %2.</translation>
    </message>
    <message>
      <source>Booked by</source>
      <translation>Réservé par</translation>
    </message>
    <message>
      <source>Business plan</source>
      <translation>Plan d'affaires</translation>
    </message>
    <message>
      <source>Career centre</source>
      <translation>Centre d'orientation professionnelle</translation>
    </message>
    <message>
      <source>Choose a free slot first.</source>
      <translation>Choisissez d'abord un créneau libre.</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Entreprise</translation>
    </message>
    <message>
      <source>Company created</source>
      <translation>Entreprise créée</translation>
    </message>
    <message>
      <source>Company name (when created)</source>
      <translation>Nom de l'entreprise (une fois créée)</translation>
    </message>
    <message>
      <source>Counselling notes (confidential)</source>
      <translation>Notes d'entretien (confidentielles)</translation>
    </message>
    <message>
      <source>Counsellor</source>
      <translation>Conseiller</translation>
    </message>
    <message>
      <source>Coworking hours</source>
      <translation>Heures de coworking</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <source>Dimension</source>
      <translation>Axe</translation>
    </message>
    <message>
      <source>Employed</source>
      <translation>En emploi salarié</translation>
    </message>
    <message>
      <source>Employer (optional)</source>
      <translation>Employeur (facultatif)</translation>
    </message>
    <message>
      <source>Entrepreneurship</source>
      <translation>Entrepreneuriat</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>Excel or PDF (*.xlsx *.pdf)</source>
      <translation>Excel ou PDF (*.xlsx *.pdf)</translation>
    </message>
    <message>
      <source>Export report</source>
      <translation>Exporter le rapport</translation>
    </message>
    <message>
      <source>Export report…</source>
      <translation>Exporter le rapport…</translation>
    </message>
    <message>
      <source>Free slots</source>
      <translation>Créneaux libres</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>Further study</source>
      <translation>Poursuite d'études</translation>
    </message>
    <message>
      <source>Graduate insertion</source>
      <translation>Insertion des lauréats</translation>
    </message>
    <message>
      <source>Graduate's matricule</source>
      <translation>Matricule du lauréat</translation>
    </message>
    <message>
      <source>Graduates due</source>
      <translation>Lauréats concernés</translation>
    </message>
    <message>
      <source>Graduates up to %1: %2 due, insertion %3, knowledge %4 (minimum 65 %)</source>
      <translation>Lauréats jusqu'au %1 : %2 concernés, insertion %3, connaissance %4 (minimum 65 %)</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idée</translation>
    </message>
    <message>
      <source>Incubation</source>
      <translation>Incubation</translation>
    </message>
    <message>
      <source>Inserted</source>
      <translation>Insérés</translation>
    </message>
    <message>
      <source>Insertion rate</source>
      <translation>Taux d'insertion</translation>
    </message>
    <message>
      <source>Insertion rate (9 months)</source>
      <translation>Taux d'insertion (9 mois)</translation>
    </message>
    <message>
      <source>Insertion report</source>
      <translation>Rapport d'insertion</translation>
    </message>
    <message>
      <source>Knowledge rate</source>
      <translation>Taux de connaissance</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Matricule</source>
      <translation>Matricule</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Accompagnateur</translation>
    </message>
    <message>
      <source>Move to stage</source>
      <translation>Passer à l'étape</translation>
    </message>
    <message>
      <source>New note</source>
      <translation>Nouvelle note</translation>
    </message>
    <message>
      <source>No graduate is due yet</source>
      <translation>Aucun lauréat concerné pour l'instant</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Situation</translation>
    </message>
    <message>
      <source>Outcome known</source>
      <translation>Situation connue</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Filière</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <source>Project holder</source>
      <translation>Porteur de projet</translation>
    </message>
    <message>
      <source>Record answer</source>
      <translation>Enregistrer la réponse</translation>
    </message>
    <message>
      <source>Recorded for %1.</source>
      <translation>Enregistré pour %1.</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>Secteur</translation>
    </message>
    <message>
      <source>Seeking work</source>
      <translation>En recherche d'emploi</translation>
    </message>
    <message>
      <source>Select a project first.</source>
      <translation>Sélectionnez d'abord un projet.</translation>
    </message>
    <message>
      <source>Selected project:</source>
      <translation>Projet sélectionné :</translation>
    </message>
    <message>
      <source>Self-employed or founded a company</source>
      <translation>À son compte ou créateur d'entreprise</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Survey answer:</source>
      <translation>Réponse à l'enquête :</translation>
    </message>
    <message>
      <source>Survey at %1 months</source>
      <translation>Enquête à %1 mois</translation>
    </message>
    <message>
      <source>Survey wave</source>
      <translation>Vague d'enquête</translation>
    </message>
    <message>
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Trainee</source>
      <translation>Stagiaire</translation>
    </message>
    <message>
      <source>Trainee file</source>
      <translation>Dossier du stagiaire</translation>
    </message>
    <message>
      <source>Trainee's matricule, then Enter</source>
      <translation>Matricule du stagiaire, puis Entrée</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnue</translation>
    </message>
  </context>
</TS>
