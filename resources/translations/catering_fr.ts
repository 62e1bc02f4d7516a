<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name />
    <message>
      <source>%1 subscribed to lunch from %2 to %3</source>
      <translation>%1 est abonné(e) au déjeuner du %2 au %3</translation>
    </message>
    <message>
      <source>%1 subscriptions</source>
      <translation>%1 abonnements</translation>
    </message>
    <message>
      <source>&amp;End the selected subscription today</source>
      <translation>&amp;Terminer aujourd'hui l'abonnement sélectionné</translation>
    </message>
    <message>
      <source>&amp;Issue meal tickets</source>
      <translation>É&amp;mettre des tickets repas</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <source>&amp;Subscribe to lunch</source>
      <translation>&amp;Abonner au déjeuner</translation>
    </message>
    <message>
      <source>&amp;Undo last scan</source>
      <translation>&amp;Annuler le dernier passage</translation>
    </message>
    <message>
      <source>Active on</source>
      <translation>Actifs le</translation>
    </message>
    <message>
      <source>Add the Ramadan period</source>
      <translation>Ajouter la période de Ramadan</translation>
    </message>
    <message>
      <source>Add the cost</source>
      <translation>Ajouter la dépense</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Allergènes</translation>
    </message>
    <message>
      <source>Already served this meal</source>
      <translation>Repas déjà servi</translation>
    </message>
    <message>
      <source>Already served this meal at %1</source>
      <translation>Repas déjà servi à %1</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <source>Breakfast</source>
      <translation>Petit-déjeuner</translation>
    </message>
    <message>
      <source>Breakfast served / forecast</source>
      <translation>Petit-déjeuner : servis / prévus</translation>
    </message>
    <message>
      <source>CMC Desktop — canteen service desk</source>
      <translation>CMC Desktop — poste de service du restaurant</translation>
    </message>
    <message>
      <source>Canteen service desk</source>
      <translation>Poste de service du restaurant</translation>
    </message>
    <message>
      <source>Card or matricule</source>
      <translation>Carte ou matricule</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Catering</source>
      <translation>Restauration</translation>
    </message>
    <message>
      <source>Celery</source>
      <translation>Céleri</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Fermé</translation>
    </message>
    <message>
      <source>Computing the forecast</source>
      <translation>Calcul de la prévision</translation>
    </message>
    <message>
      <source>Cost per meal (MAD)</source>
      <translation>Coût par repas (MAD)</translation>
    </message>
    <message>
      <source>Costs</source>
      <translation>Coûts</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>Plat</translation>
    </message>
    <message>
      <source>Crustaceans</source>
      <translation>Crustacés</translation>
    </message>
    <message>
      <source>Daily food cost</source>
      <translation>Coût alimentaire journalier</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>Day trainee</source>
      <translation>Externe</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Jours</translation>
    </message>
    <message>
      <source>Dessert</source>
      <translation>Dessert</translation>
    </message>
    <message>
      <source>Diabetic</source>
      <translation>Diabétique</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Régime</translation>
    </message>
    <message>
      <source>Diet of %1</source>
      <translation>Régime de %1</translation>
    </message>
    <message>
      <source>Diet: %1</source>
      <translation>Régime : %1</translation>
    </message>
    <message>
      <source>Dietary flags</source>
      <translation>Régimes et allergies</translation>
    </message>
    <message>
      <source>Dinner</source>
      <translation>Dîner</translation>
    </message>
    <message>
      <source>Dinner served / forecast</source>
      <translation>Dîner : servis / prévus</translation>
    </message>
    <message>
      <source>Dish (Arabic)</source>
      <translation>Plat (arabe)</translation>
    </message>
    <message>
      <source>Dish (French)</source>
      <translation>Plat (français)</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <source>Drink</source>
      <translation>Boisson</translation>
    </message>
    <message>
      <source>Eggs</source>
      <translation>Œufs</translation>
    </message>
    <message>
      <source>Excel files (*.xlsx)</source>
      <translation>Fichiers Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export meals of the month (Excel)…</source>
      <translation>Exporter les repas du mois (Excel)…</translation>
    </message>
    <message>
      <source>Exporting the meals</source>
      <translation>Export des repas</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Premier jour</translation>
    </message>
    <message>
      <source>Fish</source>
      <translation>Poissons</translation>
    </message>
    <message>
      <source>Food cost (MAD)</source>
      <translation>Coût alimentaire (MAD)</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>Prévision</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>Gluten</source>
      <translation>Gluten</translation>
    </message>
    <message>
      <source>Gluten-free</source>
      <translation>Sans gluten</translation>
    </message>
    <message>
      <source>Group code</source>
      <translation>Code du groupe</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Invité</translation>
    </message>
    <message>
      <source>Headcount forecast</source>
      <translation>Prévision des effectifs</translation>
    </message>
    <message>
      <source>Holder</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <source>Iftar</source>
      <translation>Ftour</translation>
    </message>
    <message>
      <source>Iftar (Ramadan)</source>
      <translation>Ftour (Ramadan)</translation>
    </message>
    <message>
      <source>Iftar served / forecast</source>
      <translation>Ftour : servis / prévus</translation>
    </message>
    <message>
      <source>Lactose-free</source>
      <translation>Sans lactose</translation>
    </message>
    <message>
      <source>Last scans</source>
      <translation>Derniers passages</translation>
    </message>
    <message>
      <source>Low salt</source>
      <translation>Pauvre en sel</translation>
    </message>
    <message>
      <source>Lunch</source>
      <translation>Déjeuner</translation>
    </message>
    <message>
      <source>Lunch served / forecast</source>
      <translation>Déjeuner : servis / prévus</translation>
    </message>
    <message>
      <source>Lunch subscriptions</source>
      <translation>Abonnements au déjeuner</translation>
    </message>
    <message>
      <source>Lupin</source>
      <translation>Lupin</translation>
    </message>
    <message>
      <source>Main course</source>
      <translation>Plat principal</translation>
    </message>
    <message>
      <source>Matricule</source>
      <translation>Matricule</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>Repas</translation>
    </message>
    <message>
      <source>Meal being served</source>
      <translation>Repas en cours de service</translation>
    </message>
    <message>
      <source>Meal by the clock</source>
      <translation>Repas selon l'heure</translation>
    </message>
    <message>
      <source>Meal cards (PDF)…</source>
      <translation>Cartes de restauration (PDF)…</translation>
    </message>
    <message>
      <source>Meals served</source>
      <translation>Repas servis</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>Menu</translation>
    </message>
    <message>
      <source>Milk</source>
      <translation>Lait</translation>
    </message>
    <message>
      <source>Molluscs</source>
      <translation>Mollusques</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <source>Monthly report (Excel)…</source>
      <translation>Rapport mensuel (Excel)…</translation>
    </message>
    <message>
      <source>Monthly report (PDF)…</source>
      <translation>Rapport mensuel (PDF)…</translation>
    </message>
    <message>
      <source>Mustard</source>
      <translation>Moutarde</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name or matricule</source>
      <translation>Nom ou matricule</translation>
    </message>
    <message>
      <source>No meal</source>
      <translation>Aucun repas</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>Pas de photo</translation>
    </message>
    <message>
      <source>Not entitled to this meal</source>
      <translation>Pas de droit à ce repas</translation>
    </message>
    <message>
      <source>Not served</source>
      <translation>Non servi</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <source>Now: %1</source>
      <translation>En cours : %1</translation>
    </message>
    <message>
      <source>Number of days</source>
      <translation>Nombre de jours</translation>
    </message>
    <message>
      <source>Number of tickets</source>
      <translation>Nombre de tickets</translation>
    </message>
    <message>
      <source>On leave</source>
      <translation>En congé</translation>
    </message>
    <message>
      <source>On leave today</source>
      <translation>En congé aujourd'hui</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>Outside the service window</source>
      <translation>Hors des horaires de service</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Peanuts</source>
      <translation>Arachides</translation>
    </message>
    <message>
      <source>Print the menu (PDF)…</source>
      <translation>Imprimer le menu (PDF)…</translation>
    </message>
    <message>
      <source>REFUSED</source>
      <translation>REFUSÉ</translation>
    </message>
    <message>
      <source>Ramadan periods (suhoor and iftar, no lunch)</source>
      <translation>Périodes de Ramadan (shour et ftour, pas de déjeuner)</translation>
    </message>
    <message>
      <source>Ready: scan a card</source>
      <translation>Prêt : scannez une carte</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>Résident</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>Résidents</translation>
    </message>
    <message>
      <source>SERVED</source>
      <translation>SERVI</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>Enregistrer sous</translation>
    </message>
    <message>
      <source>Save the diet</source>
      <translation>Enregistrer le régime</translation>
    </message>
    <message>
      <source>Save the dish</source>
      <translation>Enregistrer le plat</translation>
    </message>
    <message>
      <source>Save the menu</source>
      <translation>Enregistrer le menu</translation>
    </message>
    <message>
      <source>Save the service windows</source>
      <translation>Enregistrer les horaires de service</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Enregistré.</translation>
    </message>
    <message>
      <source>Scan a card or type a matricule, then press Enter</source>
      <translation>Scannez une carte ou saisissez un matricule, puis appuyez sur Entrée</translation>
    </message>
    <message>
      <source>Scan undone: %1</source>
      <translation>Passage annulé : %1</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>Horaires</translation>
    </message>
    <message>
      <source>Select a subscription first.</source>
      <translation>Sélectionnez d'abord un abonnement.</translation>
    </message>
    <message>
      <source>Served</source>
      <translation>Servis</translation>
    </message>
    <message>
      <source>Served: %1</source>
      <translation>Servis : %1</translation>
    </message>
    <message>
      <source>Service desk</source>
      <translation>Poste de service</translation>
    </message>
    <message>
      <source>Sesame</source>
      <translation>Sésame</translation>
    </message>
    <message>
      <source>Show the diet</source>
      <translation>Afficher le régime</translation>
    </message>
    <message>
      <source>Soft food</source>
      <translation>Alimentation molle</translation>
    </message>
    <message>
      <source>Soybeans</source>
      <translation>Soja</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <source>Starter</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Subscribers</source>
      <translation>Abonnés</translation>
    </message>
    <message>
      <source>Subscription ended.</source>
      <translation>Abonnement terminé.</translation>
    </message>
    <message>
      <source>Subscriptions and tickets</source>
      <translation>Abonnements et tickets</translation>
    </message>
    <message>
      <source>Suhoor</source>
      <translation>Shour</translation>
    </message>
    <message>
      <source>Suhoor (Ramadan)</source>
      <translation>Shour (Ramadan)</translation>
    </message>
    <message>
      <source>Suhoor served / forecast</source>
      <translation>Shour : servis / prévus</translation>
    </message>
    <message>
      <source>Sulphites</source>
      <translation>Sulfites</translation>
    </message>
    <message>
      <source>Supplier or purchase</source>
      <translation>Fournisseur ou achat</translation>
    </message>
    <message>
      <source>The canteen is closed today</source>
      <translation>Le restaurant est fermé aujourd'hui</translation>
    </message>
    <message>
      <source>This account may not serve meals; sign in as a canteen agent.</source>
      <translation>Ce compte ne peut pas servir de repas ; connectez-vous en tant qu'agent de restauration.</translation>
    </message>
    <message>
      <source>This code is not a matricule nor a meal ticket</source>
      <translation>Ce code n'est ni un matricule ni un ticket repas</translation>
    </message>
    <message>
      <source>This meal is not served today</source>
      <translation>Ce repas n'est pas servi aujourd'hui</translation>
    </message>
    <message>
      <source>This ticket is for another day or meal</source>
      <translation>Ce ticket est valable pour un autre jour ou un autre repas</translation>
    </message>
    <message>
      <source>Tickets</source>
      <translation>Tickets</translation>
    </message>
    <message>
      <source>Tickets issued: %1</source>
      <translation>Tickets émis : %1</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <source>Today: %1 served of %2 forecast</source>
      <translation>Aujourd'hui : %1 servis pour %2 prévus</translation>
    </message>
    <message>
      <source>Total %1 MAD for %2 meals: %3 MAD per meal</source>
      <translation>Total %1 MAD pour %2 repas : %3 MAD par repas</translation>
    </message>
    <message>
      <source>Tree nuts</source>
      <translation>Fruits à coque</translation>
    </message>
    <message>
      <source>Unknown card: no trainee or ticket has this code</source>
      <translation>Carte inconnue : aucun stagiaire ni ticket ne porte ce code</translation>
    </message>
    <message>
      <source>Vegetarian</source>
      <translation>Végétarien</translation>
    </message>
    <message>
      <source>Week of</source>
      <translation>Semaine du</translation>
    </message>
    <message>
      <source>Weekly menu</source>
      <translation>Menu de la semaine</translation>
    </message>
    <message>
      <source>Writing the meal cards</source>
      <translation>Création des cartes de restauration</translation>
    </message>
    <message>
      <source>Writing the menu</source>
      <translation>Création du menu</translation>
    </message>
    <message>
      <source>Writing the monthly report</source>
      <translation>Création du rapport mensuel</translation>
    </message>
    <message>
      <source>Written: %1</source>
      <translation>Fichier créé : %1</translation>
    </message>
    <message>
      <source>all groups</source>
      <translation>tous les groupes</translation>
    </message>
  </context>
</TS>
