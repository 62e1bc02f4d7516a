<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
  <context>
    <name />
    <message>
      <source>%1 (%2): %3 item(s) on loan</source>
      <translation>%1 (%2) : %3 document(s) en prêt</translation>
    </message>
    <message>
      <source>%1 may borrow. Scan the copies.</source>
      <translation>%1 peut emprunter. Scannez les exemplaires.</translation>
    </message>
    <message>
      <source>%1 new title(s), %2 copies.</source>
      <translation>%1 nouveau(x) titre(s), %2 exemplaires.</translation>
    </message>
    <message>
      <source>%1 overdue item(s); their borrowers cannot borrow until they return them.</source>
      <translation>%1 document(s) en retard ; leurs emprunteurs ne peuvent plus emprunter avant de les rendre.</translation>
    </message>
    <message>
      <source>%1 title(s)</source>
      <translation>%1 titre(s)</translation>
    </message>
    <message>
      <source>&amp;Return</source>
      <translation>&amp;Retour</translation>
    </message>
    <message>
      <source>A trainee borrowing a book today returns it on %1 at the latest (holidays and the end of the academic year apply).</source>
      <translation>Un stagiaire qui emprunte un livre aujourd'hui le rend au plus tard le %1 (jours fériés et fin d'année de formation pris en compte).</translation>
    </message>
    <message>
      <source>Authors</source>
      <translation>Auteurs</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Disponibles</translation>
    </message>
    <message>
      <source>Barcode</source>
      <translation>Code-barres</translation>
    </message>
    <message>
      <source>Borrower</source>
      <translation>Emprunteur</translation>
    </message>
    <message>
      <source>Borrower card</source>
      <translation>Carte de l'emprunteur</translation>
    </message>
    <message>
      <source>Borrowers with overdue items cannot borrow</source>
      <translation>Les emprunteurs en retard ne peuvent plus emprunter</translation>
    </message>
    <message>
      <source>Borrowing blocked: %1</source>
      <translation>Emprunt bloqué : %1</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <source>Card for a hold</source>
      <translation>Carte pour une réservation</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <source>Check &amp;out</source>
      <translation>&amp;Prêter</translation>
    </message>
    <message>
      <source>Circulation</source>
      <translation>Prêt et retour</translation>
    </message>
    <message>
      <source>Compare with the catalogue</source>
      <translation>Comparer avec le catalogue</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Exemplaires</translation>
    </message>
    <message>
      <source>Copy barcode</source>
      <translation>Code-barres de l'exemplaire</translation>
    </message>
    <message>
      <source>DVD</source>
      <translation>DVD</translation>
    </message>
    <message>
      <source>Days overdue</source>
      <translation>Jours de retard</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Par défaut</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Retour prévu</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export loans</source>
      <translation>Exporter les prêts</translation>
    </message>
    <message>
      <source>Export loans…</source>
      <translation>Exporter les prêts…</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>Constat</translation>
    </message>
    <message>
      <source>Hold placed for %1: position %2 in the queue.</source>
      <translation>Réservation enregistrée pour %1 : position %2 dans la file.</translation>
    </message>
    <message>
      <source>ISBN</source>
      <translation>ISBN</translation>
    </message>
    <message>
      <source>Import catalogue</source>
      <translation>Importer le catalogue</translation>
    </message>
    <message>
      <source>Import catalogue…</source>
      <translation>Importer le catalogue…</translation>
    </message>
    <message>
      <source>Importing the catalogue</source>
      <translation>Import du catalogue</translation>
    </message>
    <message>
      <source>Labels written to %1</source>
      <translation>Étiquettes enregistrées dans %1</translation>
    </message>
    <message>
      <source>Lent: %1 — due on %2</source>
      <translation>Prêté : %1 — retour le %2</translation>
    </message>
    <message>
      <source>Loan days</source>
      <translation>Durée du prêt (jours)</translation>
    </message>
    <message>
      <source>Loan rules</source>
      <translation>Règles de prêt</translation>
    </message>
    <message>
      <source>Loans out</source>
      <translation>Prêts en cours</translation>
    </message>
    <message>
      <source>Magazine</source>
      <translation>Revue</translation>
    </message>
    <message>
      <source>Max loans</source>
      <translation>Prêts max.</translation>
    </message>
    <message>
      <source>Media library</source>
      <translation>Médiathèque</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Manquant</translation>
    </message>
    <message>
      <source>Next borrower</source>
      <translation>Emprunteur suivant</translation>
    </message>
    <message>
      <source>No title matches. Add titles or import a catalogue (Titre, Auteurs, ISBN…).</source>
      <translation>Aucun titre ne correspond. Ajoutez des titres ou importez un catalogue (Titre, Auteurs, ISBN…).</translation>
    </message>
    <message>
      <source>On loan but on the shelf</source>
      <translation>En prêt mais en rayon</translation>
    </message>
    <message>
      <source>Out of place</source>
      <translation>Mal rangé</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Retards</translation>
    </message>
    <message>
      <source>Overdue items</source>
      <translation>Documents en retard</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Place hold</source>
      <translation>Réserver</translation>
    </message>
    <message>
      <source>Print labels</source>
      <translation>Imprimer les étiquettes</translation>
    </message>
    <message>
      <source>Print labels…</source>
      <translation>Imprimer les étiquettes…</translation>
    </message>
    <message>
      <source>Printed book</source>
      <translation>Livre</translation>
    </message>
    <message>
      <source>Printing labels</source>
      <translation>Impression des étiquettes</translation>
    </message>
    <message>
      <source>Re&amp;new</source>
      <translation>Re&amp;nouveler</translation>
    </message>
    <message>
      <source>Ready: scan a card, then the copies.</source>
      <translation>Prêt : scannez une carte, puis les exemplaires.</translation>
    </message>
    <message>
      <source>Reference work</source>
      <translation>Ouvrage de référence</translation>
    </message>
    <message>
      <source>Reminder letters</source>
      <translation>Lettres de rappel</translation>
    </message>
    <message>
      <source>Reminder letters…</source>
      <translation>Lettres de rappel…</translation>
    </message>
    <message>
      <source>Renewals</source>
      <translation>Renouvellements</translation>
    </message>
    <message>
      <source>Renewed: %1 — due on %2</source>
      <translation>Renouvelé : %1 — retour le %2</translation>
    </message>
    <message>
      <source>Returned: %1</source>
      <translation>Rendu : %1</translation>
    </message>
    <message>
      <source>Returned: %1 (%2 day(s) late)</source>
      <translation>Rendu : %1 (%2 jour(s) de retard)</translation>
    </message>
    <message>
      <source>Returned: %1. Put it aside for %2</source>
      <translation>Rendu : %1. À mettre de côté pour %2</translation>
    </message>
    <message>
      <source>Save the selected rule</source>
      <translation>Enregistrer la règle choisie</translation>
    </message>
    <message>
      <source>Scan the barcodes here, one per line</source>
      <translation>Scannez les codes-barres ici, un par ligne</translation>
    </message>
    <message>
      <source>Scan the borrower's card (matricule or staff code)</source>
      <translation>Scannez la carte de l'emprunteur (matricule ou code du personnel)</translation>
    </message>
    <message>
      <source>Scan the copy's barcode</source>
      <translation>Scannez le code-barres de l'exemplaire</translation>
    </message>
    <message>
      <source>Scan the copy's barcode first.</source>
      <translation>Scannez d'abord le code-barres de l'exemplaire.</translation>
    </message>
    <message>
      <source>Scanned %1, recognised %2: %3 missing, %4 out of place, %5 unknown.</source>
      <translation>%1 scannés, %2 reconnus : %3 manquants, %4 mal rangés, %5 inconnus.</translation>
    </message>
    <message>
      <source>Scanned barcodes</source>
      <translation>Codes-barres scannés</translation>
    </message>
    <message>
      <source>Search the catalogue</source>
      <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
      <source>Search title, author, ISBN, subject…</source>
      <translation>Rechercher titre, auteur, ISBN, sujet…</translation>
    </message>
    <message>
      <source>Select a title first.</source>
      <translation>Sélectionnez d'abord un titre.</translation>
    </message>
    <message>
      <source>Set by the library</source>
      <translation>Fixée par la médiathèque</translation>
    </message>
    <message>
      <source>Shelf</source>
      <translation>Rayon</translation>
    </message>
    <message>
      <source>Shelf scanned, e.g. A1 (empty: the whole library)</source>
      <translation>Rayon scanné, ex. A1 (vide : toute la médiathèque)</translation>
    </message>
    <message>
      <source>Stocktake</source>
      <translation>Inventaire</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Sujet</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Unknown barcode</source>
      <translation>Code-barres inconnu</translation>
    </message>
    <message>
      <source>Written to %1</source>
      <translation>Enregistré dans %1</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
  </context>
</TS>
