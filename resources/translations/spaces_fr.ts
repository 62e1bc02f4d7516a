<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name />
    <message>
      <source>%1 %2–%3, room %4</source>
      <translation>%1 %2–%3, salle %4</translation>
    </message>
    <message>
      <source>%1 conflict(s): nothing can be saved until they are solved.</source>
      <translation>%1 conflit(s) : rien ne peut être enregistré tant qu'ils ne sont pas résolus.</translation>
    </message>
    <message>
      <source>%1 free room(s)</source>
      <translation>%1 salle(s) libre(s)</translation>
    </message>
    <message>
      <source>%1 people expected, the room holds %2</source>
      <translation>%1 personnes attendues, la salle en accueille %2</translation>
    </message>
    <message>
      <source>%1 — week of %2 — %3 session(s)</source>
      <translation>%1 — semaine du %2 — %3 séance(s)</translation>
    </message>
    <message>
      <source>%1: already taken by %2</source>
      <translation>%1 : déjà pris par %2</translation>
    </message>
    <message>
      <source>&amp;Check</source>
      <translation>&amp;Vérifier</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Chercher</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <source>&amp;New room</source>
      <translation>&amp;Nouvelle salle</translation>
    </message>
    <message>
      <source>&amp;Save booking</source>
      <translation>&amp;Enregistrer la réservation</translation>
    </message>
    <message>
      <source>(any)</source>
      <translation>(toutes)</translation>
    </message>
    <message>
      <source>(no group)</source>
      <translation>(aucun groupe)</translation>
    </message>
    <message>
      <source>Accessible</source>
      <translation>Accessible</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>Validations</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Valider</translation>
    </message>
    <message>
      <source>Arabic name</source>
      <translation>Nom arabe</translation>
    </message>
    <message>
      <source>At least</source>
      <translation>Au moins</translation>
    </message>
    <message>
      <source>Book</source>
      <translation>Réserver</translation>
    </message>
    <message>
      <source>Book the selected room</source>
      <translation>Réserver la salle choisie</translation>
    </message>
    <message>
      <source>Booking #%1 saved: %2 date(s), status %3.</source>
      <translation>Réservation n° %1 enregistrée : %2 date(s), statut %3.</translation>
    </message>
    <message>
      <source>Booking #%1: %2</source>
      <translation>Réservation n° %1 : %2</translation>
    </message>
    <message>
      <source>Cancel booking #%1 and all its dates?</source>
      <translation>Annuler la réservation n° %1 et toutes ses dates ?</translation>
    </message>
    <message>
      <source>Cancel the session of %1 only? The rest of the series stays booked.</source>
      <translation>Annuler uniquement la séance du %1 ? Le reste de la série reste réservé.</translation>
    </message>
    <message>
      <source>Cancel the whole booking</source>
      <translation>Annuler toute la réservation</translation>
    </message>
    <message>
      <source>Cancel this date</source>
      <translation>Annuler cette date</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Capacité</translation>
    </message>
    <message>
      <source>Check a booking to see its dates and conflicts.</source>
      <translation>Vérifiez une réservation pour voir ses dates et ses conflits.</translation>
    </message>
    <message>
      <source>Choose what to show</source>
      <translation>Choisissez quoi afficher</translation>
    </message>
    <message>
      <source>Click a session to see it here.</source>
      <translation>Cliquez sur une séance pour la voir ici.</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Fermée</translation>
    </message>
    <message>
      <source>Closes</source>
      <translation>Ferme à</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>Cours</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Dates, skipped dates and conflicts</source>
      <translation>Dates, dates sautées et conflits</translation>
    </message>
    <message>
      <source>Delete room</source>
      <translation>Supprimer la salle</translation>
    </message>
    <message>
      <source>Delete room %1? This cannot be undone.</source>
      <translation>Supprimer la salle %1 ? Cette action est définitive.</translation>
    </message>
    <message>
      <source>Delete structure</source>
      <translation>Supprimer la structure</translation>
    </message>
    <message>
      <source>Delete structure %1? This cannot be undone.</source>
      <translation>Supprimer la structure %1 ? Cette action est définitive.</translation>
    </message>
    <message>
      <source>Edit the booking</source>
      <translation>Modifier la réservation</translation>
    </message>
    <message>
      <source>Editing booking #%1: every date is checked again when you save.</source>
      <translation>Modification de la réservation n° %1 : chaque date est revérifiée à l'enregistrement.</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Équipement</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>Every week until</source>
      <translation>Chaque semaine jusqu'au</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Free rooms</source>
      <translation>Salles libres</translation>
    </message>
    <message>
      <source>French name</source>
      <translation>Nom français</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Group: %1</source>
      <translation>Groupe : %1</translation>
    </message>
    <message>
      <source>Hub</source>
      <translation>Pôle</translation>
    </message>
    <message>
      <source>Import a timetable</source>
      <translation>Importer un emploi du temps</translation>
    </message>
    <message>
      <source>Import a timetable…</source>
      <translation>Importer un emploi du temps…</translation>
    </message>
    <message>
      <source>Imported %1 weekly series, %2 dates.</source>
      <translation>%1 séries hebdomadaires importées, %2 dates.</translation>
    </message>
    <message>
      <source>Importing the timetable</source>
      <translation>Import de l'emploi du temps</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Language session</source>
      <translation>Séance de langue</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Réunion</translation>
    </message>
    <message>
      <source>Move this date</source>
      <translation>Déplacer cette date</translation>
    </message>
    <message>
      <source>Move this date…</source>
      <translation>Déplacer cette date…</translation>
    </message>
    <message>
      <source>Moved from its usual slot</source>
      <translation>Déplacée de son créneau habituel</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Needs approval</source>
      <translation>Soumis à validation</translation>
    </message>
    <message>
      <source>New structure</source>
      <translation>Nouvelle structure</translation>
    </message>
    <message>
      <source>Next week ▶</source>
      <translation>Semaine suivante ▶</translation>
    </message>
    <message>
      <source>No booking waits for approval.</source>
      <translation>Aucune réservation n'attend de validation.</translation>
    </message>
    <message>
      <source>No conflict: %1 date(s) to book, %2 skipped.</source>
      <translation>Aucun conflit : %1 date(s) à réserver, %2 sautée(s).</translation>
    </message>
    <message>
      <source>No free room to show: choose a slot and press Find, or lower the capacity and equipment asked.</source>
      <translation>Aucune salle libre à afficher : choisissez un créneau puis Rechercher, ou réduisez la capacité et l'équipement demandés.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>Nothing to show yet</source>
      <translation>Rien à afficher pour l'instant</translation>
    </message>
    <message>
      <source>Open days</source>
      <translation>Jours d'ouverture</translation>
    </message>
    <message>
      <source>Open days: 1 = Monday … 7 = Sunday</source>
      <translation>Jours d'ouverture : 1 = lundi … 7 = dimanche</translation>
    </message>
    <message>
      <source>Opens</source>
      <translation>Ouvre à</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>Organisateur</translation>
    </message>
    <message>
      <source>Out of service</source>
      <translation>Hors service</translation>
    </message>
    <message>
      <source>Out of service from</source>
      <translation>Hors service du</translation>
    </message>
    <message>
      <source>People expected</source>
      <translation>Personnes attendues</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>Refuser</translation>
    </message>
    <message>
      <source>Room</source>
      <translation>Salle</translation>
    </message>
    <message>
      <source>Room %1 deleted.</source>
      <translation>Salle %1 supprimée.</translation>
    </message>
    <message>
      <source>Room %1 saved.</source>
      <translation>Salle %1 enregistrée.</translation>
    </message>
    <message>
      <source>Room utilisation today</source>
      <translation>Occupation des salles aujourd'hui</translation>
    </message>
    <message>
      <source>Room: %1</source>
      <translation>Salle : %1</translation>
    </message>
    <message>
      <source>Rooms</source>
      <translation>Salles</translation>
    </message>
    <message>
      <source>Rooms in use now</source>
      <translation>Salles occupées en ce moment</translation>
    </message>
    <message>
      <source>Row %1: skipped %2 (%3)</source>
      <translation>Ligne %1 : %2 sautée (%3)</translation>
    </message>
    <message>
      <source>Save room</source>
      <translation>Enregistrer la salle</translation>
    </message>
    <message>
      <source>Save structure</source>
      <translation>Enregistrer la structure</translation>
    </message>
    <message>
      <source>Search a room, a kind or equipment</source>
      <translation>Chercher une salle, un type ou un équipement</translation>
    </message>
    <message>
      <source>Sector hub</source>
      <translation>Pôle sectoriel</translation>
    </message>
    <message>
      <source>Select the room to delete in the list.</source>
      <translation>Sélectionnez dans la liste la salle à supprimer.</translation>
    </message>
    <message>
      <source>Select the structure to delete in the list.</source>
      <translation>Sélectionnez dans la liste la structure à supprimer.</translation>
    </message>
    <message>
      <source>Shared</source>
      <translation>Partagée</translation>
    </message>
    <message>
      <source>Shared type</source>
      <translation>Type de structure partagée</translation>
    </message>
    <message>
      <source>Show the week of</source>
      <translation>Afficher la semaine de</translation>
    </message>
    <message>
      <source>Skipped %1: %2</source>
      <translation>Sautée le %1 : %2</translation>
    </message>
    <message>
      <source>Spaces</source>
      <translation>Espaces</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>Structure</source>
      <translation>Structure</translation>
    </message>
    <message>
      <source>Structure %1 deleted.</source>
      <translation>Structure %1 supprimée.</translation>
    </message>
    <message>
      <source>Structure %1 saved.</source>
      <translation>Structure %1 enregistrée.</translation>
    </message>
    <message>
      <source>Structure (all rooms)</source>
      <translation>Structure (toutes les salles)</translation>
    </message>
    <message>
      <source>Structures</source>
      <translation>Structures</translation>
    </message>
    <message>
      <source>This room has bookings in its history: put it out of service instead, so that its timetables and reports stay true.</source>
      <translation>Cette salle a des réservations dans son historique : mettez-la plutôt hors service, pour que ses emplois du temps et ses rapports restent justes.</translation>
    </message>
    <message>
      <source>This structure needs approval: the booking will wait in the queue.</source>
      <translation>Cette structure exige une validation : la réservation attendra dans la file.</translation>
    </message>
    <message>
      <source>This structure still holds rooms: delete them or move them to another structure first.</source>
      <translation>Cette structure contient encore des salles : supprimez-les ou déplacez-les d'abord vers une autre structure.</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>Cette semaine</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Horaire</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Intitulé</translation>
    </message>
    <message>
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>Formateur</translation>
    </message>
    <message>
      <source>Trainer: %1</source>
      <translation>Formateur : %1</translation>
    </message>
    <message>
      <source>Type or hub</source>
      <translation>Type ou pôle</translation>
    </message>
    <message>
      <source>Waiting for approval</source>
      <translation>En attente de validation</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Semaine</translation>
    </message>
    <message>
      <source>Week calendar</source>
      <translation>Calendrier de la semaine</translation>
    </message>
    <message>
      <source>Which one</source>
      <translation>Lequel</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>amphitheatre</source>
      <translation>amphithéâtre</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>validée</translation>
    </message>
    <message>
      <source>booking #%1 (%2–%3, room %4)</source>
      <translation>la réservation n° %1 (%2–%3, salle %4)</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>annulée</translation>
    </message>
    <message>
      <source>career_centre</source>
      <translation>centre d'orientation professionnelle</translation>
    </message>
    <message>
      <source>classroom</source>
      <translation>salle de cours</translation>
    </message>
    <message>
      <source>conference_centre</source>
      <translation>centre de conférences</translation>
    </message>
    <message>
      <source>coworking</source>
      <translation>coworking</translation>
    </message>
    <message>
      <source>e.g. pc, vidéoprojecteur</source>
      <translation>ex. pc, vidéoprojecteur</translation>
    </message>
    <message>
      <source>fablab</source>
      <translation>fablab</translation>
    </message>
    <message>
      <source>group %1</source>
      <translation>le groupe %1</translation>
    </message>
    <message>
      <source>group headcount</source>
      <translation>effectif du groupe</translation>
    </message>
    <message>
      <source>incubator</source>
      <translation>incubateur</translation>
    </message>
    <message>
      <source>kitchen</source>
      <translation>cuisine pédagogique</translation>
    </message>
    <message>
      <source>lab</source>
      <translation>laboratoire</translation>
    </message>
    <message>
      <source>language_centre</source>
      <translation>centre de langues</translation>
    </message>
    <message>
      <source>media_library</source>
      <translation>médiathèque</translation>
    </message>
    <message>
      <source>meeting</source>
      <translation>salle de réunion</translation>
    </message>
    <message>
      <source>outside the opening hours (%1–%2)</source>
      <translation>en dehors des heures d'ouverture (%1–%2)</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>refusée</translation>
    </message>
    <message>
      <source>study</source>
      <translation>salle d'étude</translation>
    </message>
    <message>
      <source>the end must be after the start</source>
      <translation>la fin doit être après le début</translation>
    </message>
    <message>
      <source>the room</source>
      <translation>la salle</translation>
    </message>
    <message>
      <source>the room is closed on that day of the week</source>
      <translation>la salle est fermée ce jour de la semaine</translation>
    </message>
    <message>
      <source>the room is out of service from %1 to %2</source>
      <translation>la salle est hors service du %1 au %2</translation>
    </message>
    <message>
      <source>the trainer</source>
      <translation>le formateur</translation>
    </message>
    <message>
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <source>waiting for approval</source>
      <translation>en attente de validation</translation>
    </message>
    <message>
      <source>workshop</source>
      <translation>atelier</translation>
    </message>
    <message>
      <source>◀ Previous week</source>
      <translation>◀ Semaine précédente</translation>
    </message>
  </context>
</TS>
