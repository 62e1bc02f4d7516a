<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name />
    <message>
      <source>%1 applications</source>
      <translation>%1 demandes</translation>
    </message>
    <message>
      <source>%1 applications: %2 housed (%3 new, %4 kept), %5 waitlisted; %6 of %7 beds free.</source>
      <translation>%1 demandes : %2 hébergés (%3 nouveaux, %4 maintenus), %5 en liste d'attente ; %6 lits libres sur %7.</translation>
    </message>
    <message>
      <source>%1 beds: %2 occupied, %3 free</source>
      <translation>%1 lits : %2 occupés, %3 libres</translation>
    </message>
    <message>
      <source>%1 checked in to %2</source>
      <translation>%1 a pris possession du lit %2</translation>
    </message>
    <message>
      <source>%1 checked out; deposit refund %2 MAD</source>
      <translation>%1 a quitté la résidence ; caution remboursée : %2 DH</translation>
    </message>
    <message>
      <source>%1 free</source>
      <translation>%1 libre(s)</translation>
    </message>
    <message>
      <source>%1 moved from %2 to %3</source>
      <translation>%1 déplacé(e) de %2 vers %3</translation>
    </message>
    <message>
      <source>%1 still has %2 media-library item(s) on loan. Ask for them back before the no-dues clearance.</source>
      <translation>%1 a encore %2 document(s) de la médiathèque en prêt. Demandez leur retour avant le quitus.</translation>
    </message>
    <message>
      <source>%1: %2 housed, %3 waitlisted</source>
      <translation>%1 : %2 hébergés, %3 en attente</translation>
    </message>
    <message>
      <source>Accessibility need</source>
      <translation>Besoin d'accessibilité</translation>
    </message>
    <message>
      <source>Accessible room</source>
      <translation>Chambre accessible</translation>
    </message>
    <message>
      <source>Add a building</source>
      <translation>Ajouter un bâtiment</translation>
    </message>
    <message>
      <source>Add a building…</source>
      <translation>Ajouter un bâtiment…</translation>
    </message>
    <message>
      <source>Add a damage</source>
      <translation>Ajouter un dégât</translation>
    </message>
    <message>
      <source>Add a room</source>
      <translation>Ajouter une chambre</translation>
    </message>
    <message>
      <source>Add a room…</source>
      <translation>Ajouter une chambre…</translation>
    </message>
    <message>
      <source>All applications</source>
      <translation>Toutes les demandes</translation>
    </message>
    <message>
      <source>All buildings</source>
      <translation>Tous les bâtiments</translation>
    </message>
    <message>
      <source>All floors</source>
      <translation>Tous les étages</translation>
    </message>
    <message>
      <source>Allocation</source>
      <translation>Attribution</translation>
    </message>
    <message>
      <source>Allocation decisions</source>
      <translation>Décisions d'attribution</translation>
    </message>
    <message>
      <source>Allocation for %1 written</source>
      <translation>Attribution %1 enregistrée</translation>
    </message>
    <message>
      <source>Already housed in room %1: kept</source>
      <translation>Déjà hébergé(e) en chambre %1 : maintenu(e)</translation>
    </message>
    <message>
      <source>Applications and waitlist</source>
      <translation>Demandes et liste d'attente</translation>
    </message>
    <message>
      <source>Apply allocation</source>
      <translation>Appliquer l'attribution</translation>
    </message>
    <message>
      <source>Back in service</source>
      <translation>Remettre en service</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>Lit</translation>
    </message>
    <message>
      <source>Bed %1 is freed at once.</source>
      <translation>Le lit %1 est libéré immédiatement.</translation>
    </message>
    <message>
      <source>Bed %1 updated</source>
      <translation>Lit %1 mis à jour</translation>
    </message>
    <message>
      <source>Bed history</source>
      <translation>Historique du lit</translation>
    </message>
    <message>
      <source>Beds</source>
      <translation>Lits</translation>
    </message>
    <message>
      <source>Beds are free while trainees wait: run the allocation</source>
      <translation>Des lits sont libres alors que des stagiaires attendent : lancez l'attribution</translation>
    </message>
    <message>
      <source>Building</source>
      <translation>Bâtiment</translation>
    </message>
    <message>
      <source>Building %1 added</source>
      <translation>Bâtiment %1 ajouté</translation>
    </message>
    <message>
      <source>Building %1 — floor %2</source>
      <translation>Bâtiment %1 — étage %2</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Chaise</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Enregistrer l'entrée</translation>
    </message>
    <message>
      <source>Check in to %1</source>
      <translation>Entrée dans le lit %1</translation>
    </message>
    <message>
      <source>Check in…</source>
      <translation>Entrée…</translation>
    </message>
    <message>
      <source>Check out</source>
      <translation>Enregistrer la sortie</translation>
    </message>
    <message>
      <source>Check out %1</source>
      <translation>Sortie de %1</translation>
    </message>
    <message>
      <source>Check out…</source>
      <translation>Sortie…</translation>
    </message>
    <message>
      <source>Check-in date</source>
      <translation>Date d'entrée</translation>
    </message>
    <message>
      <source>Check-out date</source>
      <translation>Date de sortie</translation>
    </message>
    <message>
      <source>Click a bed for its details; drag a resident onto a free bed to move them, or use Ctrl+X on their bed then Ctrl+V on the free bed.</source>
      <translation>Cliquez sur un lit pour le détail ; glissez un résident sur un lit libre pour le déplacer, ou faites Ctrl+X sur son lit puis Ctrl+V sur le lit libre.</translation>
    </message>
    <message>
      <source>Click a bed for its details; drag a resident onto a free bed to move them.</source>
      <translation>Cliquez sur un lit pour le détail ; glissez un résident sur un lit libre pour le déplacer.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Computing the allocation</source>
      <translation>Calcul de l'attribution</translation>
    </message>
    <message>
      <source>Condition at check-out</source>
      <translation>État à la sortie</translation>
    </message>
    <message>
      <source>Condition report (the resident may dispute it within 24 hours)</source>
      <translation>État des lieux (le résident peut le contester sous 24 heures)</translation>
    </message>
    <message>
      <source>Condition report disputable until %1</source>
      <translation>État des lieux contestable jusqu'au %1</translation>
    </message>
    <message>
      <source>Correct this application</source>
      <translation>Corriger cette demande</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>Endommagé</translation>
    </message>
    <message>
      <source>Damages %1 MAD — deposit refund %2 MAD</source>
      <translation>Dégâts %1 DH — caution remboursée %2 DH</translation>
    </message>
    <message>
      <source>Damages charged against the deposit</source>
      <translation>Dégâts retenus sur la caution</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <source>Deposit</source>
      <translation>Caution</translation>
    </message>
    <message>
      <source>Desk</source>
      <translation>Bureau</translation>
    </message>
    <message>
      <source>Dispute recorded for %1</source>
      <translation>Contestation enregistrée pour %1</translation>
    </message>
    <message>
      <source>Dispute the condition report</source>
      <translation>Contester l'état des lieux</translation>
    </message>
    <message>
      <source>Dispute the condition report…</source>
      <translation>Contester l'état des lieux…</translation>
    </message>
    <message>
      <source>Disputed: %1</source>
      <translation>Contesté : %1</translation>
    </message>
    <message>
      <source>Distance counted up to (km)</source>
      <translation>Distance comptée jusqu'à (km)</translation>
    </message>
    <message>
      <source>Distance from home</source>
      <translation>Distance du domicile</translation>
    </message>
    <message>
      <source>Distance: %1 km, social score %2/10, year %3</source>
      <translation>Distance : %1 km, score social %2/10, année %3</translation>
    </message>
    <message>
      <source>Door and lock</source>
      <translation>Porte et serrure</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Explanation</source>
      <translation>Explication</translation>
    </message>
    <message>
      <source>Export residents</source>
      <translation>Exporter les résidents</translation>
    </message>
    <message>
      <source>Export residents (Excel)…</source>
      <translation>Exporter les résidents (Excel)…</translation>
    </message>
    <message>
      <source>First year of study</source>
      <translation>Première année de formation</translation>
    </message>
    <message>
      <source>Floor</source>
      <translation>Étage</translation>
    </message>
    <message>
      <source>Floors</source>
      <translation>Étages</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>Libre</translation>
    </message>
    <message>
      <source>Free beds</source>
      <translation>Lits libres</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Bon</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Hard constraints, never broken: the building's sex, accessible rooms for accessibility needs, room capacity, beds under maintenance, one bed per trainee. People already housed are never moved.</source>
      <translation>Contraintes strictes, jamais enfreintes : le sexe du bâtiment, les chambres accessibles pour les besoins d'accessibilité, la capacité des chambres, les lits en maintenance, un lit par stagiaire. Les personnes déjà hébergées ne sont jamais déplacées.</translation>
    </message>
    <message>
      <source>Housed</source>
      <translation>Hébergé</translation>
    </message>
    <message>
      <source>Houses</source>
      <translation>Héberge</translation>
    </message>
    <message>
      <source>Inventory</source>
      <translation>Inventaire</translation>
    </message>
    <message>
      <source>Keep minors with minors</source>
      <translation>Loger les mineurs avec des mineurs</translation>
    </message>
    <message>
      <source>Key or badge</source>
      <translation>Clé ou badge</translation>
    </message>
    <message>
      <source>Key: %1 · deposit %2 MAD</source>
      <translation>Clé : %1 · caution %2 DH</translation>
    </message>
    <message>
      <source>Lamp</source>
      <translation>Lampe</translation>
    </message>
    <message>
      <source>Leave of absence for %1</source>
      <translation>Absence autorisée de %1</translation>
    </message>
    <message>
      <source>Leave of absence…</source>
      <translation>Absence autorisée…</translation>
    </message>
    <message>
      <source>Leave recorded for %1</source>
      <translation>Absence enregistrée pour %1</translation>
    </message>
    <message>
      <source>Library items still on loan</source>
      <translation>Documents de la médiathèque non rendus</translation>
    </message>
    <message>
      <source>MAD</source>
      <translation>DH</translation>
    </message>
    <message>
      <source>Maintenance</source>
      <translation>Maintenance</translation>
    </message>
    <message>
      <source>Matricule</source>
      <translation>Matricule</translation>
    </message>
    <message>
      <source>Mattress</source>
      <translation>Matelas</translation>
    </message>
    <message>
      <source>Meals are not planned for residents on leave.</source>
      <translation>Les repas ne sont pas prévus pour les résidents absents.</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Hommes</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>Mineur</translation>
    </message>
    <message>
      <source>Minor (under 18)</source>
      <translation>Mineur (moins de 18 ans)</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Manquant</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name (Arabic)</source>
      <translation>Nom (arabe)</translation>
    </message>
    <message>
      <source>No compatible free bed left (rank %1, waitlist position %2)</source>
      <translation>Plus aucun lit libre compatible (rang %1, position %2 sur la liste d'attente)</translation>
    </message>
    <message>
      <source>No free accessible bed left (rank %1, waitlist position %2)</source>
      <translation>Plus aucun lit accessible libre (rang %1, position %2 sur la liste d'attente)</translation>
    </message>
    <message>
      <source>No free bed left in the wing for this sex (rank %1, waitlist position %2)</source>
      <translation>Plus aucun lit libre dans l'aile de ce sexe (rang %1, position %2 sur la liste d'attente)</translation>
    </message>
    <message>
      <source>No rooms match the filter</source>
      <translation>Aucune chambre ne correspond au filtre</translation>
    </message>
    <message>
      <source>No rooms yet: add buildings and rooms</source>
      <translation>Aucune chambre : ajoutez des bâtiments et des chambres</translation>
    </message>
    <message>
      <source>Not allocated yet: run the allocation to rank this application</source>
      <translation>Pas encore attribuée : lancez l'attribution pour classer cette demande</translation>
    </message>
    <message>
      <source>Noted at check-in: %1</source>
      <translation>Relevé à l'entrée : %1</translation>
    </message>
    <message>
      <source>Occupancy</source>
      <translation>Taux d'occupation</translation>
    </message>
    <message>
      <source>Occupancy (Excel)…</source>
      <translation>Taux d'occupation (Excel)…</translation>
    </message>
    <message>
      <source>Occupancy (PDF)…</source>
      <translation>Taux d'occupation (PDF)…</translation>
    </message>
    <message>
      <source>Occupied</source>
      <translation>Occupé</translation>
    </message>
    <message>
      <source>On leave</source>
      <translation>En congé</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>En attente de traitement</translation>
    </message>
    <message>
      <source>Placed in room %1 with the requested roommate (mutual request)</source>
      <translation>Placé(e) en chambre %1 avec le colocataire demandé (demande réciproque)</translation>
    </message>
    <message>
      <source>Placed in room %1 with trainees of the same group</source>
      <translation>Placé(e) en chambre %1 avec des stagiaires du même groupe</translation>
    </message>
    <message>
      <source>Placed in room %1 with trainees of the same programme</source>
      <translation>Placé(e) en chambre %1 avec des stagiaires de la même filière</translation>
    </message>
    <message>
      <source>Placed in room %1, the first compatible free bed in priority order</source>
      <translation>Placé(e) en chambre %1, premier lit libre compatible dans l'ordre de priorité</translation>
    </message>
    <message>
      <source>Points per 10 km from home</source>
      <translation>Points par tranche de 10 km depuis le domicile</translation>
    </message>
    <message>
      <source>Points per social-situation point (0–10)</source>
      <translation>Points par point de situation sociale (0–10)</translation>
    </message>
    <message>
      <source>Preview allocation</source>
      <translation>Prévisualiser l'attribution</translation>
    </message>
    <message>
      <source>Preview for %1 — nothing written yet</source>
      <translation>Prévisualisation %1 — rien n'est encore enregistré</translation>
    </message>
    <message>
      <source>Preview the allocation to see who would be housed and why.</source>
      <translation>Prévisualisez l'attribution pour voir qui serait hébergé et pourquoi.</translation>
    </message>
    <message>
      <source>Priority inversions: %1</source>
      <translation>Inversions de priorité : %1</translation>
    </message>
    <message>
      <source>Priority weights</source>
      <translation>Pondérations de priorité</translation>
    </message>
    <message>
      <source>Put under maintenance</source>
      <translation>Mettre en maintenance</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Remote or rural area</source>
      <translation>Zone rurale ou enclavée</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <source>Reserved</source>
      <translation>Réservé</translation>
    </message>
    <message>
      <source>Residence</source>
      <translation>Résidence</translation>
    </message>
    <message>
      <source>Residence applications</source>
      <translation>Demandes d'hébergement</translation>
    </message>
    <message>
      <source>Residence certificate</source>
      <translation>Attestation d'hébergement</translation>
    </message>
    <message>
      <source>Residence certificate…</source>
      <translation>Attestation d'hébergement…</translation>
    </message>
    <message>
      <source>Residence occupancy</source>
      <translation>Occupation de la résidence</translation>
    </message>
    <message>
      <source>Residence waitlist</source>
      <translation>Liste d'attente de la résidence</translation>
    </message>
    <message>
      <source>Residents against the 16 % target</source>
      <translation>Résidents par rapport à l'objectif de 16 %</translation>
    </message>
    <message>
      <source>Residents on leave today</source>
      <translation>Résidents en congé aujourd'hui</translation>
    </message>
    <message>
      <source>Residents per room</source>
      <translation>Résidents par chambre</translation>
    </message>
    <message>
      <source>Residents per room (PDF)…</source>
      <translation>Résidents par chambre (PDF)…</translation>
    </message>
    <message>
      <source>Room %1 added</source>
      <translation>Chambre %1 ajoutée</translation>
    </message>
    <message>
      <source>Room board</source>
      <translation>Plan des chambres</translation>
    </message>
    <message>
      <source>Room number</source>
      <translation>Numéro de chambre</translation>
    </message>
    <message>
      <source>Roommate requested: %1</source>
      <translation>Colocataire demandé : %1</translation>
    </message>
    <message>
      <source>Save and rescore</source>
      <translation>Enregistrer et recalculer le score</translation>
    </message>
    <message>
      <source>Save weights</source>
      <translation>Enregistrer les pondérations</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Search by name or matricule</source>
      <translation>Rechercher par nom ou matricule</translation>
    </message>
    <message>
      <source>Select a bed</source>
      <translation>Sélectionnez un lit</translation>
    </message>
    <message>
      <source>Select an application to see its score breakdown.</source>
      <translation>Sélectionnez une demande pour voir le détail de son score.</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <source>Since %1</source>
      <translation>Depuis le %1</translation>
    </message>
    <message>
      <source>Social situation</source>
      <translation>Situation sociale</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>The free beds left are in rooms the minors-with-minors rule closes to this applicant (rank %1, waitlist position %2)</source>
      <translation>Les lits libres restants sont dans des chambres que la règle « mineurs avec mineurs » ferme à ce demandeur (rang %1, position %2 sur la liste d'attente)</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <source>Waitlist</source>
      <translation>Liste d'attente</translation>
    </message>
    <message>
      <source>Waitlist (PDF)…</source>
      <translation>Liste d'attente (PDF)…</translation>
    </message>
    <message>
      <source>Waitlist position</source>
      <translation>Position d'attente</translation>
    </message>
    <message>
      <source>Waitlisted</source>
      <translation>En liste d'attente</translation>
    </message>
    <message>
      <source>Walls</source>
      <translation>Murs</translation>
    </message>
    <message>
      <source>Wardrobe</source>
      <translation>Armoire</translation>
    </message>
    <message>
      <source>Weekend, holiday, family reason…</source>
      <translation>Week-end, vacances, raison familiale…</translation>
    </message>
    <message>
      <source>Weights saved. Preview again to see their effect.</source>
      <translation>Pondérations enregistrées. Prévisualisez à nouveau pour voir leur effet.</translation>
    </message>
    <message>
      <source>What does the resident dispute?</source>
      <translation>Que conteste le résident ?</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Fenêtre</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retirée</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Femmes</translation>
    </message>
    <message>
      <source>Worn</source>
      <translation>Usé</translation>
    </message>
    <message>
      <source>Write this allocation? %1 trainees will be newly housed; nobody already housed moves.</source>
      <translation>Enregistrer cette attribution ? %1 stagiaires seront nouvellement hébergés ; personne de déjà hébergé ne sera déplacé.</translation>
    </message>
    <message>
      <source>Writing the allocation</source>
      <translation>Enregistrement de l'attribution</translation>
    </message>
    <message>
      <source>Written %1</source>
      <translation>Écrit : %1</translation>
    </message>
    <message>
      <source>balance due %1 MAD</source>
      <translation>reste dû %1 DH</translation>
    </message>
    <message>
      <source>check-in</source>
      <translation>entrée</translation>
    </message>
    <message>
      <source>check-out</source>
      <translation>sortie</translation>
    </message>
    <message>
      <source>kept</source>
      <translation>maintenu</translation>
    </message>
    <message>
      <source>men</source>
      <translation>hommes</translation>
    </message>
    <message>
      <source>minor</source>
      <translation>mineur</translation>
    </message>
    <message>
      <source>moved in</source>
      <translation>arrivée par déplacement</translation>
    </message>
    <message>
      <source>moved on the room board</source>
      <translation>déplacé sur le plan des chambres</translation>
    </message>
    <message>
      <source>moved out</source>
      <translation>départ par déplacement</translation>
    </message>
    <message>
      <source>women</source>
      <translation>femmes</translation>
    </message>
  </context>
</TS>
