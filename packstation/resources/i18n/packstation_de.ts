<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Badges</name>
    <message>
        <location filename="../../printing/badges.py" line="73"/>
        <source>PACKER · scan to sign in</source>
        <translation>PACKER · zum Anmelden scannen</translation>
    </message>
    <message>
        <location filename="../../printing/badges.py" line="85"/>
        <source>signs in as shown under the bars</source>
        <translation>meldet an wie unter den Strichen</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/supervisor/bar_chart.py" line="108"/>
        <source>Nothing packed in this period</source>
        <translation>In diesem Zeitraum nichts gepackt</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <location filename="../../printing/command_sheet.py" line="56"/>
        <source>Every unit is in the box: close it and go to the carrier label (after WRONG WEIGHT: a supervisor&apos;s PIN lets the box go)</source>
        <translation>Alles im Karton: schließen, dann Versandetikett (nach FALSCHES GEWICHT: Schichtleiter-PIN)</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="61"/>
        <source>Ship only what is scanned; the rest stays open</source>
        <translation>Nur Gescanntes versenden; der Rest bleibt offen</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="64"/>
        <source>Take back the last scan</source>
        <translation>Letzten Scan zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="65"/>
        <source>After a warning: the wrong item is put aside</source>
        <translation>Nach einer Warnung: falscher Artikel liegt beiseite</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="68"/>
        <source>The order goes back to the queue (it is not canceled)</source>
        <translation>Der Auftrag geht zurück in die Liste (nicht storniert)</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="71"/>
        <source>The box on the scale again: after WRONG WEIGHT, or once it is fixed</source>
        <translation>Karton nochmal auf die Waage: nach FALSCHES GEWICHT, oder wenn er korrigiert ist</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="76"/>
        <source>ACK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="77"/>
        <source>STOP PACKING</source>
        <translation>PACKEN ABBRECHEN</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="78"/>
        <source>WEIGH AGAIN</source>
        <translation>NOCHMAL WIEGEN</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="82"/>
        <source>Ship this box</source>
        <translation>Diesen Karton versenden</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="83"/>
        <source>Ship what is packed</source>
        <translation>Gepacktes versenden</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="84"/>
        <source>Undo last scan</source>
        <translation>Letzten Scan rückgängig</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="85"/>
        <source>Weigh the box again</source>
        <translation>Karton nochmal wiegen</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="88"/>
        <source>Pack</source>
        <translation>Packen</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="89"/>
        <source>After a warning</source>
        <translation>Nach einer Warnung</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="90"/>
        <source>Order status (shown in Stitch)</source>
        <translation>Auftragsstatus (in Stitch sichtbar)</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="91"/>
        <source>Quantity: scan it, then the item</source>
        <translation>Menge: erst sie scannen, dann den Artikel</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="92"/>
        <source>Stop packing</source>
        <translation>Packen abbrechen</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="141"/>
        <source>sets the open order&apos;s status</source>
        <translation>setzt den Status des offenen Auftrags</translation>
    </message>
    <message numerus="yes">
        <location filename="../../printing/command_sheet.py" line="149"/>
        <source>the next item scanned counts %n units</source>
        <translation>
            <numerusform>der nächste gescannte Artikel zählt %n Stück</numerusform>
            <numerusform>der nächste gescannte Artikel zählt %n Stück</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="224"/>
        <source>STATION COMMANDS</source>
        <translation>STATIONSBEFEHLE</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="229"/>
        <source>Scan a code instead of typing. Keep this sheet at the packing station.</source>
        <translation>Code scannen statt tippen. Dieses Blatt bleibt am Packplatz.</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="233"/>
        <source>sheet %1</source>
        <translation>Blatt %1</translation>
    </message>
</context>
<context>
    <name>ConnectionNotice</name>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Enter new token…</source>
        <translation>Neuen Token eingeben…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>The warehouse server can&apos;t be reached</source>
        <translation>Lagerserver nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>Stitch can&apos;t be reached</source>
        <translation>Stitch nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424"/>
        <source>last sync %1</source>
        <translation>zuletzt synchr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Go on packing: boxes wait on this station and go out later.</source>
        <translation>Weiter packen: Kartons warten hier und gehen später raus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Stitch refused this station&apos;s access token. Go on packing: nothing is lost, boxes wait until a new token is entered.</source>
        <translation>Stitch hat den Token dieser Station abgelehnt. Weiter packen: nichts geht verloren, Kartons warten auf einen neuen Token.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash_handler.py" line="57"/>
        <source>Something went wrong in Packstation. Your scans are saved. Please tell your supervisor; the details are in {path}.</source>
        <translation>In Packstation ist etwas schiefgegangen. Deine Scans sind gespeichert. Sag dem Schichtleiter Bescheid; Details stehen in {path}.</translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
    <message>
        <location filename="../../ui/domain_words.py" line="26"/>
        <source>NOT IN THIS ORDER</source>
        <translation>NICHT IN DIESEM AUFTRAG</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="27"/>
        <source>UNKNOWN CODE</source>
        <translation>UNBEKANNTER CODE</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="28"/>
        <source>SCAN AGAIN</source>
        <translation>NOCHMAL SCANNEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="29"/>
        <source>ONE TOO MANY</source>
        <translation>EINS ZU VIEL</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="30"/>
        <source>NOT YET</source>
        <translation>NOCH NICHT</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="31"/>
        <source>BOX IS EMPTY</source>
        <translation>KARTON LEER</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="32"/>
        <source>SCAN SHIP FIRST</source>
        <translation>ERST VERSAND SCANNEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="33"/>
        <source>SCAN THE LABEL</source>
        <translation>ETIKETT SCANNEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="34"/>
        <source>BAD QUANTITY</source>
        <translation>FALSCHE MENGE</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="35"/>
        <source>WRONG CARRIER</source>
        <translation>FALSCHER VERSENDER</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="36"/>
        <source>UNKNOWN LABEL</source>
        <translation>UNBEKANNTES ETIKETT</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="37"/>
        <source>NOTHING TO UNDO</source>
        <translation>NICHTS RÜCKGÄNGIG ZU MACHEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="38"/>
        <source>NOTHING TO ACKNOWLEDGE</source>
        <translation>NICHTS ZU BESTÄTIGEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="39"/>
        <source>ALREADY OPEN</source>
        <translation>SCHON OFFEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="40"/>
        <source>SUPERVISOR NEEDED</source>
        <translation>SCHICHTLEITER NÖTIG</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="41"/>
        <source>FINISH THIS BOX FIRST</source>
        <translation>ERST DIESEN KARTON FERTIG</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="42"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="43"/>
        <source>UNDONE</source>
        <translation>RÜCKGÄNGIG</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="44"/>
        <source>QUANTITY SET</source>
        <translation>MENGE GESETZT</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="45"/>
        <source>QUANTITY TAKEN BACK</source>
        <translation>MENGE ZURÜCKGENOMMEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="46"/>
        <source>STILL LOCKED</source>
        <translation>NOCH GESPERRT</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="47"/>
        <source>GO ON</source>
        <translation>WEITER</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="48"/>
        <source>BOX SHIPPED</source>
        <translation>KARTON VERSANDT</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="49"/>
        <source>PACKING STOPPED</source>
        <translation>PACKEN ABGEBROCHEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="50"/>
        <source>STOP PACKING?</source>
        <translation>PACKEN ABBRECHEN?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="51"/>
        <source>NEW PACKER?</source>
        <translation>NEUER PACKER?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="52"/>
        <source>PACK TAKEN OVER</source>
        <translation>AUFTRAG ÜBERNOMMEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="53"/>
        <source>SIGNED IN</source>
        <translation>ANGEMELDET</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="54"/>
        <source>STATUS SET</source>
        <translation>STATUS GESETZT</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="55"/>
        <source>ORDER FINISHED</source>
        <translation>AUFTRAG FERTIG</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="56"/>
        <source>SIGN IN FIRST</source>
        <translation>ERST ANMELDEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="57"/>
        <source>WRONG WEIGHT</source>
        <translation>FALSCHES GEWICHT</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="58"/>
        <source>BOX WEIGHED</source>
        <translation>KARTON GEWOGEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="59"/>
        <source>WEIGHT LET GO</source>
        <translation>GEWICHT FREIGEGEBEN</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="61"/>
        <source>Code %1 is no product this station knows</source>
        <translation>Code %1 ist kein bekannter Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="62"/>
        <source>Could not read %1</source>
        <translation>%1 nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="63"/>
        <source>%1 unit still to pack</source>
        <translation>Noch %1 Stück zu packen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="64"/>
        <source>%1 units still to pack</source>
        <translation>Noch %1 Stück zu packen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="65"/>
        <source>Nothing in the box to ship yet</source>
        <translation>Noch nichts im Karton</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="66"/>
        <source>Scan PS-CMD:SHIP before the carrier label</source>
        <translation>Erst PS-CMD:SHIP scannen, dann das Versandetikett</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="67"/>
        <source>The box is complete: %1 is not a carrier label</source>
        <translation>Karton ist voll: %1 ist kein Versandetikett</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="68"/>
        <source>Quantity must be between 1 and 9999</source>
        <translation>Menge muss zwischen 1 und 9999 liegen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="69"/>
        <source>This label is another carrier&apos;s</source>
        <translation>Das Etikett ist von einem anderen Versender</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="70"/>
        <source>Not a carrier label this station knows: %1</source>
        <translation>Unbekanntes Versandetikett: %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="71"/>
        <source>%1 can take over once this box has shipped</source>
        <translation>%1 kann übernehmen, wenn der Karton raus ist</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="72"/>
        <source>A supervisor&apos;s PIN accepts a label this station does not know</source>
        <translation>Unbekanntes Etikett nur mit PIN des Schichtleiters</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="75"/>
        <source>Scan STOP again to stop packing and put %1 unit back</source>
        <translation>Nochmal STOP scannen: abbrechen und %1 Stück zurücklegen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="76"/>
        <source>Scan STOP again to stop packing and put %1 units back</source>
        <translation>Nochmal STOP scannen: abbrechen und %1 Stück zurücklegen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="77"/>
        <source>Put these back: %1</source>
        <translation>Zurücklegen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="78"/>
        <source>Nothing was in the box</source>
        <translation>Der Karton war leer</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="79"/>
        <source>Box %1: %2 %3</source>
        <translation>Karton %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="80"/>
        <source>Scan %1&apos;s badge again to take over this pack</source>
        <translation>Ausweis von %1 nochmal scannen, um zu übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="81"/>
        <source>%1 packs on (was %2)</source>
        <translation>%1 packt weiter (vorher: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="82"/>
        <source>Scan your badge (PS-USER) before the packing slip</source>
        <translation>Erst Ausweis (PS-USER) scannen, dann den Lieferschein</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="84"/>
        <source>The box weighs wrong</source>
        <translation>Das Gewicht des Kartons stimmt nicht</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="85"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3</source>
        <translation>KARTON WIEGT %1 — ERWARTET %2 ± %3</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="86"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — one %4 too many?</source>
        <translation>KARTON WIEGT %1 — ERWARTET %2 ± %3 — %4: eins zu viel?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="87"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — one %4 missing?</source>
        <translation>KARTON WIEGT %1 — ERWARTET %2 ± %3 — %4: fehlt eins?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="88"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — %4 × %5 too many?</source>
        <translation>KARTON WIEGT %1 — ERWARTET %2 ± %3 — %4 × %5 zu viel?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="89"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — %4 × %5 missing?</source>
        <translation>KARTON WIEGT %1 — ERWARTET %2 ± %3 — fehlen %4 × %5?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="90"/>
        <source>BOX WEIGHS %1 — as expected</source>
        <translation>KARTON WIEGT %1 — Gewicht stimmt</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="91"/>
        <source>BOX WEIGHS %1 — not checked: no weight known yet for %2</source>
        <translation>KARTON WIEGT %1 — nicht geprüft: noch kein Gewicht bekannt für %2</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="92"/>
        <source>BOX WEIGHS %1 — not checked: the expected weight is not sure enough</source>
        <translation>KARTON WIEGT %1 — nicht geprüft: erwartetes Gewicht noch zu unsicher</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="95"/>
        <source>NO STABLE WEIGHT — %1</source>
        <translation>KEIN STABILES GEWICHT — %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="96"/>
        <source>the scale did not settle: keep the box still on it</source>
        <translation>die Waage kommt nicht zur Ruhe: Karton ruhig liegen lassen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="97"/>
        <source>nothing on the scale: put the box on it</source>
        <translation>nichts auf der Waage: Karton drauflegen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="98"/>
        <source>the scale is overloaded</source>
        <translation>die Waage ist überlastet</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="99"/>
        <source>the scale reads below zero: empty it and zero it</source>
        <translation>die Waage zeigt unter null: abräumen und auf null stellen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="100"/>
        <source>the scale does not answer: check its cable</source>
        <translation>die Waage antwortet nicht: Kabel prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="101"/>
        <source>the scale reports a fault</source>
        <translation>die Waage meldet einen Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="102"/>
        <source>%1 let this weight go: %2</source>
        <translation>%1 hat dieses Gewicht freigegeben: %2</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="104"/>
        <source>fix the box and scan PS-CMD:WEIGH, or call a supervisor</source>
        <translation>Karton korrigieren und PS-CMD:WEIGH scannen, oder Schichtleiter rufen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="105"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the missing items</source>
        <translation>PS-CMD:ACK scannen oder Esc, dann die fehlenden Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="106"/>
        <source>scan PS-CMD:ACK or press Esc, then scan PS-CMD:SHIP</source>
        <translation>PS-CMD:ACK scannen oder Esc, dann PS-CMD:SHIP</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="107"/>
        <source>scan PS-CMD:ACK or press Esc, then scan items</source>
        <translation>PS-CMD:ACK scannen oder Esc, dann Artikel scannen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="108"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the carrier label</source>
        <translation>PS-CMD:ACK scannen oder Esc, dann das Versandetikett</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="109"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the right item</source>
        <translation>PS-CMD:ACK scannen oder Esc, dann den richtigen Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="110"/>
        <source>scan a %1 label, or PS-CMD:SHIP to ship this one anyway</source>
        <translation>ein %1-Etikett scannen, oder PS-CMD:SHIP, um trotzdem zu versenden</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="111"/>
        <source>scan a %1 label, or PS-CMD:SHIP with a supervisor to ship this one anyway</source>
        <translation>ein %1-Etikett scannen, oder PS-CMD:SHIP mit Schichtleiter, um trotzdem zu versenden</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="115"/>
        <source>scan a known carrier label, or PS-CMD:SHIP to ship this one anyway</source>
        <translation>ein bekanntes Etikett scannen, oder PS-CMD:SHIP, um trotzdem zu versenden</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="118"/>
        <source>scan a known carrier label, or PS-CMD:SHIP with a supervisor to ship this one anyway</source>
        <translation>ein bekanntes Etikett scannen, oder PS-CMD:SHIP mit Schichtleiter, um trotzdem zu versenden</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="122"/>
        <source>scan the carrier label</source>
        <translation>Versandetikett scannen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="123"/>
        <source>order packed</source>
        <translation>Auftrag gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="124"/>
        <source>packing stopped</source>
        <translation>Packen abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="125"/>
        <source>scan the item to count %1</source>
        <translation>Artikel scannen, um %1 zu zählen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="126"/>
        <source>scan PS-CMD:SHIP</source>
        <translation>PS-CMD:SHIP scannen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="127"/>
        <source>scan items</source>
        <translation>Artikel scannen</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="128"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>FeedbackBanner</name>
    <message>
        <location filename="../../ui/banner.py" line="126"/>
        <source>Scan a packing slip</source>
        <translation>Lieferschein scannen</translation>
    </message>
</context>
<context>
    <name>FeedbackWords</name>
    <message>
        <location filename="../../ui/feedback_words.py" line="33"/>
        <location filename="../../ui/feedback_words.py" line="34"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="60"/>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="78"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="78"/>
        <source>UNDONE</source>
        <translation>RÜCKGÄNGIG</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="85"/>
        <source>QUANTITY %1</source>
        <translation>MENGE %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="86"/>
        <source>Scan the item once: it counts %1 times</source>
        <translation>Artikel einmal scannen: zählt %1-mal</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="89"/>
        <location filename="../../ui/feedback_words.py" line="117"/>
        <source>GO ON</source>
        <translation>WEITER</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="93"/>
        <source>STILL LOCKED</source>
        <translation>NOCH GESPERRT</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="97"/>
        <source>STILL LOCKED: %1</source>
        <translation>NOCH GESPERRT: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="98"/>
        <source>Press Esc or scan PS-CMD:ACK first</source>
        <translation>Zuerst Esc drücken oder PS-CMD:ACK scannen</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="112"/>
        <source>Then scan a packing slip</source>
        <translation>Dann einen Lieferschein scannen</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="59"/>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="60"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="108"/>
        <source>Order packed. Scan the next packing slip</source>
        <translation>Auftrag gepackt. Nächsten Lieferschein scannen</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="116"/>
        <source>Scan a packing slip</source>
        <translation>Lieferschein scannen</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="71"/>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="71"/>
        <source>Orders packed</source>
        <translation>Gepackte Aufträge</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="72"/>
        <source>Boxes</source>
        <translation>Kartons</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="73"/>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="73"/>
        <source>Units packed</source>
        <translation>Gepackte Stück</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="75"/>
        <source>Time per unit</source>
        <translation>Zeit pro Stück</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="78"/>
        <source>Packing time per unit, breaks of more than 5 minutes left out</source>
        <translation>Packzeit pro Stück, Pausen über 5 Minuten nicht mitgerechnet</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="80"/>
        <source>Wrong items</source>
        <translation>Falsche Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="80"/>
        <source>Wrong items caught</source>
        <translation>Erkannte falsche Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="81"/>
        <source>Undos</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="82"/>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="82"/>
        <source>Orders left short</source>
        <translation>Unvollständige Aufträge</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="84"/>
        <source>Partial boxes</source>
        <translation>Teilpakete</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="87"/>
        <source>Boxes that left with units of the order still to ship</source>
        <translation>Pakete, die mit noch offenen Einheiten der Bestellung rausgingen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="90"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="93"/>
        <source>Packs stopped before they were finished (Stop packing)</source>
        <translation>Vor dem Ende abgebrochene Packvorgänge (Packen abbrechen)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="95"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="95"/>
        <source>Refused by Stitch</source>
        <translation>Von Stitch abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="97"/>
        <source>Weight stops</source>
        <translation>Gewichtsstopps</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="100"/>
        <source>Boxes the scale stopped: they weighed outside the tolerance</source>
        <translation>Von der Waage gestoppte Kartons: Gewicht außerhalb der Toleranz</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="135"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="142"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="143"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="144"/>
        <source>Chosen days</source>
        <translation>Gewählte Tage</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="145"/>
        <source>Which days</source>
        <translation>Welche Tage</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="153"/>
        <source>By packer</source>
        <translation>Nach Packer</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="154"/>
        <source>By station</source>
        <translation>Nach Station</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="155"/>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="157"/>
        <source>Count again ({keys})</source>
        <translation>Neu zählen ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="159"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="160"/>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="176"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="178"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="239"/>
        <source>Counting {label}…</source>
        <translation>Zähle {label}…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="253"/>
        <source>The warehouse server can&apos;t be reached: {e}</source>
        <translation>Lagerserver nicht erreichbar: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="259"/>
        <source>The journal could not be read: {e}</source>
        <translation>Das Journal konnte nicht gelesen werden: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="271"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="275"/>
        <source>{label}: {orders} orders, {units} units, {per_unit} per unit</source>
        <translation>{label}: {orders} Aufträge, {units} Stück, {per_unit} pro Stück</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="284"/>
        <source>Units per hour</source>
        <translation>Stück pro Stunde</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="284"/>
        <source>Units per day</source>
        <translation>Stück pro Tag</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="307"/>
        <source>Export figures</source>
        <translation>Zahlen exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="309"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="309"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../ui/floor_view.py" line="36"/>
        <source>Packstation: the floor</source>
        <translation>Packstation: die Halle</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="40"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="41"/>
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="42"/>
        <source>Open order</source>
        <translation>Offener Auftrag</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="43"/>
        <source>Boxes waiting</source>
        <translation>Wartende Kartons</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="44"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="45"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="93"/>
        <source>Warehouse server unreachable since {time}</source>
        <translation>Lagerserver nicht erreichbar seit {time}</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="101"/>
        <source>Updated {time}</source>
        <translation>Aktualisiert {time}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="75"/>
        <location filename="../../ui/supervisor/history_view.py" line="93"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="76"/>
        <location filename="../../ui/supervisor/history_view.py" line="94"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="77"/>
        <location filename="../../ui/supervisor/history_view.py" line="86"/>
        <location filename="../../ui/supervisor/history_view.py" line="95"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="78"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="79"/>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="80"/>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="80"/>
        <source>Units put into (+) or out of (−) a box</source>
        <translation>Stück in (+) oder aus (−) einem Karton</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="81"/>
        <location filename="../../ui/supervisor/history_view.py" line="84"/>
        <source>Box</source>
        <translation>Karton</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="85"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="87"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="88"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="89"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="90"/>
        <source>Stitch&apos;s answer</source>
        <translation>Antwort von Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="96"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="97"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="98"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="122"/>
        <source>Order history and audit trail</source>
        <translation>Auftragsverlauf und Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="130"/>
        <source>Fulfillment id or order number</source>
        <translation>Fulfillment-ID oder Auftragsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="132"/>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="135"/>
        <source>Scan the order&apos;s packing slip, or type its fulfillment id or open order number.</source>
        <translation>Lieferschein des Auftrags scannen oder Fulfillment-ID bzw. Auftragsnummer eintippen.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="141"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="142"/>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="147"/>
        <source>&amp;Order:</source>
        <translation>&amp;Auftrag:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="161"/>
        <source>Boxes and their shipments</source>
        <translation>Kartons und ihre Sendungen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="175"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="179"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="180"/>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="184"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="186"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="199"/>
        <source>&amp;Order history</source>
        <translation>&amp;Auftragsverlauf</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="200"/>
        <source>&amp;Audit trail</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="239"/>
        <source>Reading the journal…</source>
        <translation>Journal wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="253"/>
        <location filename="../../ui/supervisor/history_view.py" line="328"/>
        <source>The warehouse server can&apos;t be reached: {e}</source>
        <translation>Lagerserver nicht erreichbar: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="259"/>
        <location filename="../../ui/supervisor/history_view.py" line="334"/>
        <source>The journal could not be read: {e}</source>
        <translation>Das Journal konnte nicht gelesen werden: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="269"/>
        <source>Nothing about {ref} in this station&apos;s journal.</source>
        <translation>Nichts zu {ref} im Journal dieser Station.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="274"/>
        <source>Order {order} (fulfillment {id}): {scans}, {boxes}</source>
        <translation>Auftrag {order} (Fulfillment {id}): {scans}, {boxes}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="277"/>
        <source>1 scan</source>
        <translation>1 Scan</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="277"/>
        <source>{n} scans</source>
        <translation>{n} Scans</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="278"/>
        <source>1 box</source>
        <translation>1 Karton</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="280"/>
        <source>{n} boxes</source>
        <translation>{n} Kartons</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="342"/>
        <source>1 supervisor decision, {label}</source>
        <translation>1 Entscheidung des Schichtleiters, {label}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="344"/>
        <source>{n} supervisor decisions, {label}</source>
        <translation>{n} Entscheidungen des Schichtleiters, {label}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="364"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="366"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="366"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Packstation</source>
        <translation>Packstation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Who packs at this station (same as scanning PS-USER:name)</source>
        <translation>Wer hier packt (wie PS-USER:Name scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Pack</source>
        <translation>&amp;Packen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Acknowledge error</source>
        <translation>Fehler &amp;bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>I have seen the error (same as scanning PS-CMD:ACK)</source>
        <translation>Fehler gesehen (wie PS-CMD:ACK scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Undo last scan</source>
        <translation>Letzten Scan &amp;rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Quantity…</source>
        <translation>&amp;Menge…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Count the next item several times (same as scanning PS-QTY:n)</source>
        <translation>Nächsten Artikel mehrfach zählen (wie PS-QTY:n scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Partial box</source>
        <translation>&amp;Teilkarton</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Ship what is in the box now (same as scanning PS-CMD:PARTIAL)</source>
        <translation>Versenden, was im Karton ist (wie PS-CMD:PARTIAL)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Ship box</source>
        <translation>Karton &amp;versenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Close the box (same as scanning PS-CMD:SHIP)</source>
        <translation>Karton schließen (wie PS-CMD:SHIP scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>S&amp;top packing</source>
        <translation>Packen a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Stop packing this order (same as scanning PS-CMD:CANCEL)</source>
        <translation>Diesen Auftrag abbrechen (wie PS-CMD:CANCEL scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Set &amp;status…</source>
        <translation>&amp;Status setzen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Print slip</source>
        <translation>Lieferschein &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Boxes and statuses waiting to be sent, and those Stitch refused</source>
        <translation>Kartons und Status, die noch raus müssen, und die Stitch abgelehnt hat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>S&amp;upervisor</source>
        <translation>Schicht&amp;leiter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Show &amp;queue</source>
        <translation>&amp;Warteschlange zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Mute sounds</source>
        <translation>Töne &amp;aus</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="45"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="46"/>
        <source>Box</source>
        <translation>Karton</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="47"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="48"/>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="49"/>
        <source>Carrier label</source>
        <translation>Versandetikett</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="50"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="51"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="52"/>
        <source>Stitch said</source>
        <translation>Stitch sagte</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="60"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="61"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="62"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="72"/>
        <source>Resolve a refused box</source>
        <translation>Abgelehnten Karton klären</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="74"/>
        <source>Order %1, box %2. Stitch said: %3</source>
        <translation>Auftrag %1, Karton %2. Stitch sagte: %3</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="80"/>
        <source>Send it again (the cause was fixed in Stitch)</source>
        <translation>Nochmal senden (Ursache in Stitch behoben)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="81"/>
        <source>Do not send it</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="82"/>
        <source>It is in Stitch already (entered by hand)</source>
        <translation>Ist schon in Stitch (von Hand eingetragen)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="88"/>
        <source>The shipment&apos;s id in Stitch</source>
        <translation>ID der Sendung in Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="90"/>
        <source>Why (for the audit trail)</source>
        <translation>Warum (für das Prüfprotokoll)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="92"/>
        <source>Shipment id:</source>
        <translation>Sendungs-ID:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="93"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="97"/>
        <source>Resolve</source>
        <translation>Klären</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="119"/>
        <source>Give a reason</source>
        <translation>Grund angeben</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="122"/>
        <source>Give the shipment&apos;s id in Stitch</source>
        <translation>ID der Sendung in Stitch angeben</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="138"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="155"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="156"/>
        <source>Try everything waiting again, without waiting</source>
        <translation>Alles Wartende sofort nochmal versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="158"/>
        <source>Resolve…</source>
        <translation>Klären…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="159"/>
        <source>Decide about a box Stitch refused</source>
        <translation>Über einen abgelehnten Karton entscheiden</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="161"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="196"/>
        <source>not sent yet: will try again</source>
        <translation>noch nicht gesendet: neuer Versuch folgt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/outbox_view.py" line="211"/>
        <source>%n boxes waiting</source>
        <translation>
            <numerusform>%n Karton wartet</numerusform>
            <numerusform>%n Kartons warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="212"/>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/outbox_view.py" line="213"/>
        <source>%n statuses waiting</source>
        <translation>
            <numerusform>%n Status wartet</numerusform>
            <numerusform>%n Status warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="266"/>
        <source>Not resolved: %1</source>
        <translation>Nicht geklärt: %1</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="40"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="41"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="42"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="43"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="44"/>
        <source>In box</source>
        <translation>Im Karton</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="45"/>
        <source>Left</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="75"/>
        <source>×%1 lines</source>
        <translation>×%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="77"/>
        <source>kit: %1</source>
        <translation>Set: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="219"/>
        <source>%1 shipped in earlier boxes</source>
        <translation>%1 in früheren Kartons versandt</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="227"/>
        <source>complete</source>
        <translation>komplett</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="227"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../ui/pack_view.py" line="171"/>
        <source>Shipped now</source>
        <translation>Jetzt versandt</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="173"/>
        <source>Untick to give the box another shipping date and time</source>
        <translation>Haken weg, um ein anderes Versanddatum zu setzen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="186"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="187"/>
        <source>Quantity…</source>
        <translation>Menge…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="188"/>
        <source>Partial box</source>
        <translation>Teilkarton</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="189"/>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="190"/>
        <source>Stop packing</source>
        <translation>Packen abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="191"/>
        <source>Count the next item several times (or scan PS-QTY:n)</source>
        <translation>Nächsten Artikel mehrfach zählen (oder PS-QTY:n scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="192"/>
        <source>Ship what is in the box now (or scan PS-CMD:PARTIAL)</source>
        <translation>Versenden, was im Karton ist (oder PS-CMD:PARTIAL scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="193"/>
        <source>Close the box (or scan PS-CMD:SHIP)</source>
        <translation>Karton schließen (oder PS-CMD:SHIP scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="194"/>
        <source>Stop packing this order (or scan PS-CMD:CANCEL)</source>
        <translation>Auftrag abbrechen (oder PS-CMD:CANCEL scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="198"/>
        <source>Ship this label anyway</source>
        <translation>Dieses Etikett trotzdem versenden</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="201"/>
        <source>Ship the box with the label just scanned (or scan PS-CMD:SHIP)</source>
        <translation>Karton mit dem gerade gescannten Etikett versenden (oder PS-CMD:SHIP scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="203"/>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="204"/>
        <source>The new packer packs on (or scan the badge again)</source>
        <translation>Der neue Packer packt weiter (oder Ausweis nochmal scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="205"/>
        <source>Weigh again</source>
        <translation>Nochmal wiegen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="206"/>
        <source>Weigh the box again (F6, or scan PS-CMD:WEIGH)</source>
        <translation>Karton nochmal wiegen (F6 oder PS-CMD:WEIGH scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="208"/>
        <source>Let it go…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="211"/>
        <source>A supervisor ships the box as it weighs (PIN; Shift+F6, or scan PS-CMD:SHIP)</source>
        <translation>Der Schichtleiter versendet den Karton mit diesem Gewicht (PIN; Shift+F6 oder PS-CMD:SHIP scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="223"/>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="322"/>
        <source>No order open</source>
        <translation>Kein Auftrag offen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="326"/>
        <source>Scan a packing slip, or pick an order in the queue and press Enter</source>
        <translation>Lieferschein scannen oder Auftrag in der Liste wählen und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="336"/>
        <source>Next: scan a packing slip</source>
        <translation>Weiter: Lieferschein scannen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="390"/>
        <source>Ship to: %1</source>
        <translation>Lieferung an: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="396"/>
        <source>NOTE: %1</source>
        <translation>HINWEIS: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="398"/>
        <source>No notes on this order</source>
        <translation>Keine Hinweise zum Auftrag</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="424"/>
        <source>%1 of %2 units</source>
        <translation>%1 von %2 Stück</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="426"/>
        <source>box %1</source>
        <translation>Karton %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="429"/>
        <source>Next: %1</source>
        <translation>Weiter: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="440"/>
        <source>Take over: %1</source>
        <translation>Übernehmen: %1</translation>
    </message>
</context>
<context>
    <name>PackingController</name>
    <message>
        <location filename="../../ui/pack_opening.py" line="88"/>
        <location filename="../../ui/packing_controller.py" line="198"/>
        <source>Finish or cancel %1 first</source>
        <translation>Erst %1 fertig packen oder abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="89"/>
        <source>Then open the other order</source>
        <translation>Dann den anderen Auftrag öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="102"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pack_opening.py" line="131"/>
        <source>%n scans were not counted.</source>
        <translation>
            <numerusform>%n Scan wurde nicht gezählt.</numerusform>
            <numerusform>%n Scans wurden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="145"/>
        <location filename="../../ui/pack_questions.py" line="77"/>
        <location filename="../../ui/packing_controller.py" line="179"/>
        <source>Scan a packing slip</source>
        <translation>Lieferschein scannen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="145"/>
        <source>Press Esc, then scan a packing slip</source>
        <translation>Esc drücken, dann Lieferschein scannen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="157"/>
        <source>Resumed order %1 where you left off</source>
        <translation>Auftrag %1 da fortgesetzt, wo du aufgehört hast</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="163"/>
        <source>Order %1 open from the saved copy</source>
        <translation>Auftrag %1 aus der gespeicherten Kopie geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="171"/>
        <source>Order %1 open</source>
        <translation>Auftrag %1 offen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="191"/>
        <source>%1 is being packed at another station</source>
        <translation>%1 wird an einer anderen Station gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="192"/>
        <source>Answer the question on screen with the keyboard or the mouse</source>
        <translation>Frage auf dem Bildschirm mit Tastatur oder Maus beantworten</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="197"/>
        <source>Take over this order?</source>
        <translation>Diesen Auftrag übernehmen?</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="199"/>
        <source>Take it over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="200"/>
        <source>Leave it</source>
        <translation>Lassen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="201"/>
        <source>Its status in Stitch: %1</source>
        <translation>Status in Stitch: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="218"/>
        <source>Left %1 to the other station</source>
        <translation>%1 der anderen Station überlassen</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="137"/>
        <source>Not counted: %1</source>
        <translation>Nicht gezählt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="138"/>
        <source>Finish this question first (keyboard or mouse), then scan again</source>
        <translation>Erst die Frage beantworten (Tastatur oder Maus), dann nochmal scannen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="39"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="43"/>
        <source>When they are back on the shelf, scan PS-CMD:ACK or press Esc</source>
        <translation>Wenn alles wieder im Regal ist: PS-CMD:ACK scannen oder Esc</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="77"/>
        <location filename="../../ui/packing_controller.py" line="179"/>
        <source>No order open</source>
        <translation>Kein Auftrag offen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="94"/>
        <location filename="../../ui/pack_questions.py" line="96"/>
        <source>Stop packing</source>
        <translation>Packen abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="95"/>
        <source>Stop packing %1? The order itself is not canceled.</source>
        <translation>Packen von %1 abbrechen? Die Bestellung selbst bleibt bestehen.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="97"/>
        <source>Go on packing</source>
        <translation>Weiterpacken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pack_questions.py" line="99"/>
        <source>Put these %n units back: %1</source>
        <translation>
            <numerusform>Diesen %n Artikel zurücklegen: %1</numerusform>
            <numerusform>Diese %n Artikel zurücklegen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="128"/>
        <source>PACKING STOPPED: %1</source>
        <translation>PACKEN ABGEBROCHEN: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="129"/>
        <location filename="../../ui/pack_questions.py" line="142"/>
        <location filename="../../ui/pack_questions.py" line="164"/>
        <source>Put these back: %1</source>
        <translation>Zurücklegen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="137"/>
        <source>nothing was in the box</source>
        <translation>der Karton war leer</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="141"/>
        <source>PUT BACK FIRST: %1</source>
        <translation>ERST ZURÜCKLEGEN: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="149"/>
        <source>Units put back: scan a packing slip</source>
        <translation>Zurückgelegt: Lieferschein scannen</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="154"/>
        <source>ORDER CANCELED: %1</source>
        <translation>BESTELLUNG STORNIERT: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="154"/>
        <source>SHIPPED ELSEWHERE: %1</source>
        <translation>WOANDERS VERSENDET: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="159"/>
        <source>Canceled in Stitch: do not ship it</source>
        <translation>In Stitch storniert: nicht versenden</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="161"/>
        <source>Shipped by someone else: do not ship it</source>
        <translation>Schon von jemand anderem versendet: nicht versenden</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="179"/>
        <source>Press Esc when the box is with your supervisor</source>
        <translation>Esc drücken, wenn der Karton beim Vorgesetzten ist</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="225"/>
        <source>SIGNED OUT: %1</source>
        <translation>ABGEMELDET: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pack_questions.py" line="226"/>
        <source>No scan for %n minutes: scan your badge (PS-USER) to go on</source>
        <translation>
            <numerusform>%n Minute kein Scan: Ausweis (PS-USER) scannen, um weiterzumachen</numerusform>
            <numerusform>%n Minuten kein Scan: Ausweis (PS-USER) scannen, um weiterzumachen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="199"/>
        <source>Then scan the other packing slip again (cancel: PS-CMD:CANCEL)</source>
        <translation>Dann den anderen Lieferschein nochmal scannen (abbrechen: PS-CMD:CANCEL)</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="207"/>
        <source>Not a packing slip of an open order: %1</source>
        <translation>Kein Lieferschein eines offenen Auftrags: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="208"/>
        <source>Scan a packing slip, or pick an order in the queue and press Enter</source>
        <translation>Lieferschein scannen oder Auftrag in der Liste wählen und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="218"/>
        <source>Check the order, then scan PS-CMD:ACK or press Esc</source>
        <translation>Auftrag prüfen, dann PS-CMD:ACK scannen oder Esc</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="223"/>
        <source>Change checked: go on packing</source>
        <translation>Änderung geprüft: weiter packen</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="235"/>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="241"/>
        <source>This carrier label is already on another box</source>
        <translation>Dieses Versandetikett klebt schon auf einem anderen Karton</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="242"/>
        <source>Press Esc, then scan this box&apos;s own carrier label</source>
        <translation>Esc drücken, dann das Etikett dieses Kartons scannen</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="281"/>
        <source>Last box: %1 box %2 · %3 %4</source>
        <translation>Letzter Karton: %1 Karton %2 · %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="304"/>
        <source>SIGN IN FIRST</source>
        <translation>ERST ANMELDEN</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="305"/>
        <source>Scan your badge (PS-USER) or press Ctrl+L, then scan again: nothing counted</source>
        <translation>Ausweis (PS-USER) scannen oder Strg+L, dann nochmal scannen: nichts gezählt</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="307"/>
        <source>Scan your badge (PS-USER) or press Ctrl+L, then the packing slip again</source>
        <translation>Ausweis scannen (PS-USER) oder Strg+L, dann den Lieferschein erneut</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="315"/>
        <source>Scanning stopped: scans can&apos;t be saved</source>
        <translation>Scannen gestoppt: Scans können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="332"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="333"/>
        <source>How many of the next item go into the box?</source>
        <translation>Wie viele vom nächsten Artikel kommen in den Karton?</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="356"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="357"/>
        <source>Who packs at this station?</source>
        <translation>Wer packt an dieser Station?</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="389"/>
        <source>Check it, then scan PS-CMD:ACK or press Esc</source>
        <translation>Prüfen, dann PS-CMD:ACK scannen oder Esc</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="397"/>
        <source>A supervisor decides in Queue → Outbox… (Ctrl+O)</source>
        <translation>Das entscheidet der Schichtleiter unter Warteschlange → Postausgang… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="407"/>
        <source>Boxes are not being sent: call IT</source>
        <translation>Pakete werden nicht gesendet: IT anrufen</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="408"/>
        <source>The journal needs a check. Packing goes on; boxes wait on this station.</source>
        <translation>Das Journal muss geprüft werden. Packen geht weiter; die Pakete warten an dieser Station.</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <location filename="../../printing/packing_slips.py" line="44"/>
        <source>Item barcodes printed at the warehouse&apos;s request</source>
        <translation>Artikel-Barcodes auf Wunsch des Lagers gedruckt</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="142"/>
        <source>PACKING SLIP</source>
        <translation>LIEFERSCHEIN</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="148"/>
        <source>Channel order %1</source>
        <translation>Kanal-Bestellung %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="153"/>
        <source>Fulfillment %1</source>
        <translation>Lieferung %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../printing/packing_slips.py" line="154"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../printing/packing_slips.py" line="155"/>
        <source>%n units to pack</source>
        <translation>
            <numerusform>%n Stück zu packen</numerusform>
            <numerusform>%n Stück zu packen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="166"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="176"/>
        <source>scan to open this order</source>
        <translation>scannen öffnet diesen Auftrag</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="193"/>
        <source>Phone %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="211"/>
        <source>SHIP TO</source>
        <translation>LIEFERN AN</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="212"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="217"/>
        <source>SHIPPING METHOD</source>
        <translation>VERSANDART</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="221"/>
        <source>(none given)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="252"/>
        <source>NOTES</source>
        <translation>HINWEISE</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="262"/>
        <source>(notes cut here: read them in full on the order)</source>
        <translation>(Hinweise gekürzt: vollständig im Auftrag)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="280"/>
        <source>NOTES (see page 1): %1</source>
        <translation>HINWEISE (siehe Seite 1): %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="291"/>
        <source>QTY</source>
        <translation>MENGE</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="292"/>
        <source>SKU / PRODUCT</source>
        <translation>SKU / ARTIKEL</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="298"/>
        <source>SCAN</source>
        <translation>SCANNEN</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="298"/>
        <source>ITEM CODE (scan the product)</source>
        <translation>CODE (Artikel scannen)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="323"/>
        <source>all %1 shipped</source>
        <translation>alle %1 versandt</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="325"/>
        <source>%1 of %2 shipped</source>
        <translation>%1 von %2 versandt</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="346"/>
        <source>no barcode fits: type the SKU above</source>
        <translation>kein Barcode passt: SKU oben eintippen</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="387"/>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="389"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PaperTitle</name>
    <message>
        <location filename="../../printing/badges.py" line="47"/>
        <source>Packer badges</source>
        <translation>Packer-Ausweise</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="98"/>
        <source>Station command sheet</source>
        <translation>Befehlsblatt der Station</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="66"/>
        <source>Packing slips</source>
        <translation>Lieferscheine</translation>
    </message>
    <message>
        <location filename="../../printing/sku_labels.py" line="95"/>
        <source>SKU labels</source>
        <translation>SKU-Etiketten</translation>
    </message>
</context>
<context>
    <name>PinCommand</name>
    <message>
        <location filename="../../cli/pin.py" line="72"/>
        <source>The supervisor PIN is set by your IT department in %1; change it there.</source>
        <translation>Der Schichtleiter-PIN wird von der IT in %1 gesetzt; dort ändern.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="81"/>
        <source>Current supervisor PIN: </source>
        <translation>Aktueller Schichtleiter-PIN: </translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="83"/>
        <source>The current PIN is not right; nothing changed.</source>
        <translation>Der aktuelle PIN stimmt nicht; nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="88"/>
        <source>New supervisor PIN (4 digits or more): </source>
        <translation>Neuer Schichtleiter-PIN (mindestens 4 Ziffern): </translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="89"/>
        <source>The new PIN again: </source>
        <translation>Neuen PIN wiederholen: </translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="91"/>
        <source>The two PINs differ; nothing changed.</source>
        <translation>Die beiden PINs sind verschieden; nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="96"/>
        <source>The supervisor PIN must be at least 4 digits.</source>
        <translation>Der Schichtleiter-PIN braucht mindestens 4 Ziffern.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="100"/>
        <source>No PIN was given; nothing changed.</source>
        <translation>Kein PIN eingegeben; nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="103"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="110"/>
        <source>The settings could not be written: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="113"/>
        <source>Supervisor PIN set (%1).</source>
        <translation>Schichtleiter-PIN gesetzt (%1).</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="117"/>
        <source>Supervisor PIN removed (%1). Supervisor actions are no longer protected.</source>
        <translation>Schichtleiter-PIN entfernt (%1). Schichtleiter-Aktionen sind nicht mehr geschützt.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="122"/>
        <source>No supervisor PIN was set.</source>
        <translation>Es war kein Schichtleiter-PIN gesetzt.</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="119"/>
        <source>Supervisor approval</source>
        <extracomment>One per running app: a lockout holds whichever dialog asks next. The last supervisor who approved something here: offered again (a shift has one or two).</extracomment>
        <translation>Freigabe durch Schichtleiter</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="126"/>
        <source>A supervisor must approve: &lt;b&gt;{action}&lt;/b&gt;</source>
        <translation>Der Schichtleiter muss freigeben: &lt;b&gt;{action}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="130"/>
        <source>⚠ No supervisor PIN is set — set one in Settings. This will be journaled.</source>
        <translation>⚠ Kein Schichtleiter-PIN gesetzt — in den Einstellungen setzen. Das wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="135"/>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="146"/>
        <source>Why (goes into the journal)</source>
        <translation>Warum (kommt ins Journal)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="152"/>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Schichtleiter:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="153"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="155"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="162"/>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="187"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Zu viele falsche PINs. In {seconds} s nochmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="206"/>
        <source>Type the supervisor&apos;s name.</source>
        <translation>Namen des Schichtleiters eintippen.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="210"/>
        <source>Say why: it goes into the journal.</source>
        <translation>Grund angeben: kommt ins Journal.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="220"/>
        <source>Wrong PIN. {n} more tries before a short lockout.</source>
        <translation>Falscher PIN. Noch {n} Versuche bis zur kurzen Sperre.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_actions.py" line="56"/>
        <source>“{requested}” scans as “{encoded}”</source>
        <translation>„{requested}“ wird als „{encoded}“ gescannt</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="166"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="189"/>
        <source>Printing {what}…</source>
        <translation>Drucke {what}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="193"/>
        <source>Printing {what}: {done} of {total}…</source>
        <translation>Drucke {what}: {done} von {total}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="212"/>
        <source>{what} could not be printed: {e}</source>
        <translation>{what} konnte nicht gedruckt werden: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="215"/>
        <source>the printer</source>
        <translation>den Drucker</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="217"/>
        <source>Printed {what}: {pages} pages to {where}</source>
        <translation>{what} gedruckt: {pages} Seiten auf {where}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="224"/>
        <source>Printed with plain characters</source>
        <translation>Mit einfachen Zeichen gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="225"/>
        <source>Scanners can only type plain characters, so these barcodes carry a plain version of the text printed under them:

{lines}</source>
        <translation>Scanner tippen nur einfache Zeichen, daher tragen diese Barcodes eine einfache Fassung des Texts darunter:

{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="240"/>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="258"/>
        <source>Select one or more orders in the queue first.</source>
        <translation>Erst einen oder mehrere Aufträge in der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="260"/>
        <source>{n} packing slips</source>
        <translation>{n} Lieferscheine</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="260"/>
        <source>packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="261"/>
        <source>Reading {what}…</source>
        <translation>Lese {what}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="266"/>
        <source>The orders could not be read: {e}</source>
        <translation>Die Aufträge konnten nicht gelesen werden: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="269"/>
        <source>Print packing slips</source>
        <translation>Lieferscheine drucken</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="282"/>
        <source>Print the command sheet</source>
        <translation>Befehlsblatt drucken</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="288"/>
        <source>command sheet</source>
        <translation>Befehlsblatt</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="293"/>
        <source>Type at least one packer&apos;s name.</source>
        <translation>Mindestens einen Namen eintippen.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="295"/>
        <source>Print packer badges</source>
        <translation>Packer-Ausweise drucken</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="299"/>
        <source>packer badges</source>
        <translation>Packer-Ausweise</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="305"/>
        <source>Choose at least one product.</source>
        <translation>Mindestens einen Artikel wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="307"/>
        <source>Print SKU labels</source>
        <translation>SKU-Etiketten drucken</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="315"/>
        <source>The labels could not be made: {e}</source>
        <translation>Die Etiketten konnten nicht erstellt werden: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="317"/>
        <source>{n} SKU labels</source>
        <translation>{n} SKU-Etiketten</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="365"/>
        <source>Save packing slips as &amp;PDF…</source>
        <translation>Lieferscheine als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="368"/>
        <source>Packing slips of the selected orders as a PDF file</source>
        <translation>Lieferscheine der gewählten Aufträge als PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="370"/>
        <source>Print &amp;command sheet…</source>
        <translation>&amp;Befehlsblatt drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="370"/>
        <source>To a printer</source>
        <translation>Auf einen Drucker</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="371"/>
        <source>Save command sheet as PDF…</source>
        <translation>Befehlsblatt als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="372"/>
        <source>Packer &amp;badges…</source>
        <translation>Packer-&amp;Ausweise…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="372"/>
        <source>PS-USER badges to sign in with</source>
        <translation>PS-USER-Ausweise zum Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="373"/>
        <source>SKU &amp;labels…</source>
        <translation>SKU-&amp;Etiketten…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="373"/>
        <source>For products whose barcode is missing</source>
        <translation>Für Artikel ohne Barcode</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <location filename="../../cli/print.py" line="104"/>
        <source>the printer</source>
        <translation>den Drucker</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli/print.py" line="107"/>
        <source>Printed %n pages to %1</source>
        <translation>
            <numerusform>%n Seite gedruckt auf %1</numerusform>
            <numerusform>%n Seiten gedruckt auf %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="114"/>
        <source>Note: “%1” scans as “%2”</source>
        <translation>Hinweis: „%1“ scannt als „%2“</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="143"/>
        <source>Give at least one packer&apos;s name.</source>
        <translation>Mindestens einen Packer-Namen angeben.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="175"/>
        <source>No access token for %1.
Set it once with:  packstation token set --api-url %1
(scripts may set the environment variable %2 instead)</source>
        <translation>Kein Zugangstoken für %1.
Einmal setzen mit:  packstation token set --api-url %1
(Skripte können stattdessen die Umgebungsvariable %2 setzen)</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="188"/>
        <source>Cannot use the API URL %1: %2</source>
        <translation>Die API-Adresse %1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="202"/>
        <location filename="../../cli/print.py" line="224"/>
        <source>Stitch refused the access token.</source>
        <translation>Stitch hat den Zugangstoken abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="205"/>
        <source>Stitch has no fulfillment %1; nothing printed.</source>
        <translation>Stitch kennt die Lieferung %1 nicht; nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="209"/>
        <source>Order %1 could not be read: %2</source>
        <translation>Auftrag %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="227"/>
        <source>Product %1 could not be read: %2</source>
        <translation>Artikel %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="231"/>
        <source>Stitch has no product with SKU %1; nothing printed.</source>
        <translation>Stitch hat keinen Artikel mit SKU %1; nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="245"/>
        <location filename="../../cli/print.py" line="247"/>
        <source>Not printed: %1</source>
        <translation>Nicht gedruckt: %1</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="255"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="257"/>
        <source>No printer %1 here (printers: %2).</source>
        <translation>Kein Drucker %1 hier (Drucker: %2).</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="257"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="53"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="54"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="55"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="69"/>
        <source>Packer badges</source>
        <translation>Packer-Ausweise</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="73"/>
        <source>One packer&apos;s name per line</source>
        <translation>Ein Name pro Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="78"/>
        <source>Scanning a badge signs its packer in (PS-USER:name).</source>
        <translation>Ein gescannter Ausweis meldet den Packer an (PS-USER:Name).</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="100"/>
        <source>SKU labels</source>
        <translation>SKU-Etiketten</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="105"/>
        <source>Search SKU, name or barcode</source>
        <translation>SKU, Name oder Barcode suchen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="113"/>
        <source>Reading the products from Stitch…</source>
        <translation>Artikel werden aus Stitch gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="118"/>
        <source>Label:</source>
        <translation>Etikett:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="134"/>
        <source>The products could not be read: {e}</source>
        <translation>Die Artikel konnten nicht gelesen werden: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="150"/>
        <source>{n} products; tick the ones to label</source>
        <translation>{n} Artikel; die zu etikettierenden anhaken</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="19"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="20"/>
        <source>Name or barcode changed</source>
        <translation>Name oder Barcode geändert</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="21"/>
        <source>Stock changed</source>
        <translation>Bestand geändert</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="22"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="23"/>
        <source>Not in Stitch (skipped)</source>
        <translation>Nicht in Stitch (übersprungen)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="44"/>
        <location filename="../../ui/supervisor/products_words.py" line="52"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="47"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="48"/>
        <source>Stock in Stitch</source>
        <translation>Bestand in Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="49"/>
        <source>Stock in file</source>
        <translation>Bestand in Datei</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="53"/>
        <source>What is wrong</source>
        <translation>Was falsch ist</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="64"/>
        <source> … and {n} more</source>
        <translation> … und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="68"/>
        <source>File: {source}</source>
        <translation>Datei: {source}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_words.py" line="71"/>
        <source>All %n changes landed in Stitch.</source>
        <translation>
            <numerusform>Die %n Änderung ist in Stitch angekommen.</numerusform>
            <numerusform>Alle %n Änderungen sind in Stitch angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="79"/>
        <source>Landed in Stitch: {n}</source>
        <translation>In Stitch angekommen: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="81"/>
        <source>Stopped by the Cancel button after the batch in flight.</source>
        <translation>Mit Abbrechen nach dem laufenden Paket gestoppt.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="85"/>
        <source>Batch {batch} of {total} failed: {error}</source>
        <translation>Paket {batch} von {total} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="91"/>
        <source>Uncertain (sent, no answer came; may have landed): {n}</source>
        <translation>Unklar (gesendet, keine Antwort; evtl. angekommen): {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="97"/>
        <source>Not landed: {n}</source>
        <translation>Nicht angekommen: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="101"/>
        <source>Stitch refused line {line} ({sku}): {reason}</source>
        <translation>Stitch lehnte Zeile {line} ab ({sku}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="106"/>
        <source>Landed SKUs:</source>
        <translation>Angekommene SKUs:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="109"/>
        <source>Push the same file again: only what still differs is sent.</source>
        <translation>Dieselbe Datei nochmal senden: nur Abweichendes wird geschickt.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="83"/>
        <source>Products and stock to Stitch</source>
        <extracomment>SKUs named per list in the on-screen result (the saved report names them all).</extracomment>
        <translation>Artikel und Bestand an Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="96"/>
        <source>&amp;Choose CSV file…</source>
        <translation>CSV-Datei &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="98"/>
        <source>Choose the product file (Ctrl+O)</source>
        <translation>Artikeldatei wählen (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="100"/>
        <source>No file chosen. Columns: sku,name,upc,quantity_on_hand</source>
        <translation>Keine Datei gewählt. Spalten: sku,name,upc,quantity_on_hand</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="102"/>
        <source>&amp;Stock only (never create products or change names)</source>
        <translation>Nur &amp;Bestand (keine Artikel anlegen, keine Namen ändern)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="119"/>
        <source>Push changes</source>
        <translation>Änderungen senden</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="121"/>
        <source>Needs the supervisor PIN</source>
        <translation>Braucht den Schichtleiter-PIN</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="124"/>
        <source>%v of %m products</source>
        <translation>%v von %m Artikeln</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="126"/>
        <source>Cancel push</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="127"/>
        <source>Stop after the batch being sent</source>
        <translation>Nach dem laufenden Paket stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="135"/>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="136"/>
        <source>Save the result as a text file</source>
        <translation>Ergebnis als Textdatei speichern</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="139"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="167"/>
        <source>Product file</source>
        <translation>Artikeldatei</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="167"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="181"/>
        <source>Reading {name}…</source>
        <translation>Lese {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="186"/>
        <source>cannot be read: {e}</source>
        <translation>nicht lesbar: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="215"/>
        <source>no Stitch account is set up yet</source>
        <translation>noch kein Stitch-Konto eingerichtet</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="217"/>
        <source>Reading Stitch&apos;s product list…</source>
        <translation>Artikelliste von Stitch wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="223"/>
        <source>Stitch&apos;s product list could not be read: {e}</source>
        <translation>Die Artikelliste von Stitch konnte nicht gelesen werden: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="267"/>
        <source>{n} new</source>
        <translation>{n} neu</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="268"/>
        <source>{n} changed</source>
        <translation>{n} geändert</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="269"/>
        <source>{n} stock changes</source>
        <translation>{n} Bestandsänderungen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="270"/>
        <source>{n} unchanged</source>
        <translation>{n} unverändert</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="273"/>
        <source>{n} not in Stitch (skipped)</source>
        <translation>{n} nicht in Stitch (übersprungen)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="274"/>
        <source>Against the {n} products in Stitch: </source>
        <translation>Gegenüber den {n} Artikeln in Stitch: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="280"/>
        <source>%n products will have 0 in stock.</source>
        <translation>
            <numerusform>%n Produkt hat dann 0 auf Lager.</numerusform>
            <numerusform>%n Produkte haben dann 0 auf Lager.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="287"/>
        <source>%n unit weights kept for this station&apos;s weight check (not sent to Stitch).</source>
        <translation>
            <numerusform>%n Stückgewicht für die Gewichtskontrolle dieser Station gespeichert (nicht an Stitch gesendet).</numerusform>
            <numerusform>%n Stückgewichte für die Gewichtskontrolle dieser Station gespeichert (nicht an Stitch gesendet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="299"/>
        <source>&amp;Push %n changes</source>
        <translation>
            <numerusform>%n Änderung &amp;senden</numerusform>
            <numerusform>%n Änderungen &amp;senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="301"/>
        <source>Nothing to push</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="351"/>
        <source>Sending %n changes to Stitch…</source>
        <translation>
            <numerusform>Sende %n Änderung an Stitch…</numerusform>
            <numerusform>Sende %n Änderungen an Stitch…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="387"/>
        <source>Stopping after the batch being sent…</source>
        <translation>Stoppe nach dem laufenden Paket…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="407"/>
        <source>Save the push report</source>
        <translation>Sendebericht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="409"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="59"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="61"/>
        <source>Ship to</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="62"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="58"/>
        <source>Mark</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="60"/>
        <source>Channel #</source>
        <translation>Kanal-Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="63"/>
        <source>Method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="64"/>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="66"/>
        <source>Age</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110"/>
        <source>%n min</source>
        <translation>%n Min.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="113"/>
        <source>%n h</source>
        <translation>%n Std.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="114"/>
        <source>%n d</source>
        <translation>%n T.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="223"/>
        <source>Waiting to send, or being packed at another station</source>
        <translation>Wartet auf Versand oder wird woanders gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="410"/>
        <source>Being packed at %1</source>
        <translation>Wird an %1 gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="412"/>
        <source>A shipment for this order is waiting to be sent to Stitch</source>
        <translation>Eine Sendung dieses Auftrags wartet auf Übertragung an Stitch</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/queue_panel.py" line="40"/>
        <source>Filter: order, name, place, method…</source>
        <translation>Filter: Auftrag, Name, Ort, Versandart…</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="87"/>
        <source>Set status…</source>
        <translation>Status setzen…</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="88"/>
        <source>Print slip</source>
        <translation>Lieferschein drucken</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="131"/>
        <source>Queue: %1 open</source>
        <translation>Warteschlange: %1 offen</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="134"/>
        <source>Queue: %1 of %2 shown</source>
        <translation>Warteschlange: %1 von %2 gezeigt</translation>
    </message>
</context>
<context>
    <name>ScaleSettings</name>
    <message>
        <location filename="../../ui/scale_settings.py" line="29"/>
        <source>No scale</source>
        <translation>Keine Waage</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="30"/>
        <source>Mettler Toledo (MT-SICS)</source>
        <translation>Mettler Toledo (MT-SICS)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="31"/>
        <source>NCI / shipping scale (W&lt;CR&gt;)</source>
        <translation>NCI / Versandwaage (W&lt;CR&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="32"/>
        <source>Continuous output</source>
        <translation>Kontinuierliche Ausgabe</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="33"/>
        <source>USB point-of-sale scale (HID)</source>
        <translation>USB-Kassenwaage (HID)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="39"/>
        <source>/dev/ttyUSB0, COM3, or 0922:8003 for a USB scale</source>
        <translation>/dev/ttyUSB0, COM3 oder 0922:8003 für eine USB-Waage</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="40"/>
        <source>Check it with: packstation scale test</source>
        <translation>Prüfen mit: packstation scale test</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="45"/>
        <source>As set on the scale (serial scales only)</source>
        <translation>Wie an der Waage eingestellt (nur serielle Waagen)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="61"/>
        <source>A box may be off by the grams or by this share, whichever is larger</source>
        <translation>Ein Karton darf um die Gramm oder um diesen Anteil abweichen, je nachdem, was größer ist</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="67"/>
        <source>learned from the boxes</source>
        <translation>aus den Kartons ermittelt</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="69"/>
        <source>The empty carton with its fill</source>
        <translation>Leerer Karton mit Füllmaterial</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../ui/scan_capture.py" line="225"/>
        <source>Type a code and press Enter</source>
        <translation>Code eintippen und Enter drücken</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="226"/>
        <source>For a damaged label: type the code here and press Enter</source>
        <translation>Etikett beschädigt: Code hier eintippen und Enter drücken</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../cli/selftest.py" line="83"/>
        <source>settings (%1)</source>
        <translation>Einstellungen (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli/selftest.py" line="84"/>
        <source>settings: %n problems</source>
        <translation>
            <numerusform>Einstellungen: %n Problem</numerusform>
            <numerusform>Einstellungen: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="87"/>
        <source>the station starts with the built-in value of each key named below (of every key in a file that is not valid TOML)</source>
        <translation>die Station startet mit dem eingebauten Wert jedes unten genannten Schlüssels (jedes Schlüssels einer Datei, die kein gültiges TOML ist)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="141"/>
        <source>Qt platform plugin (%1): did not start in %2 s</source>
        <translation>Qt-Plattform-Plugin (%1): nicht in %2 s gestartet</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="148"/>
        <source>Qt platform plugin: could not run the probe (%1)</source>
        <translation>Qt-Plattform-Plugin: Test ließ sich nicht starten (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="151"/>
        <source>Qt platform plugin (%1)</source>
        <translation>Qt-Plattform-Plugin (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="152"/>
        <source>missing system libraries? run again with QT_DEBUG_PLUGINS=1 for Qt&apos;s reasons</source>
        <translation>fehlen Systembibliotheken? mit QT_DEBUG_PLUGINS=1 erneut starten für Qts Gründe</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="153"/>
        <location filename="../../cli/selftest.py" line="169"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="155"/>
        <source>Qt platform plugin (%1): %2 (%3)</source>
        <translation>Qt-Plattform-Plugin (%1): %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="166"/>
        <source>sound: could not be checked (%1)</source>
        <translation>Ton: nicht prüfbar (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="172"/>
        <source>sound: Qt Multimedia did not load (%1); the station runs silently</source>
        <translation>Ton: Qt Multimedia nicht geladen (%1); die Station läuft stumm</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="177"/>
        <source>sound: no audio output device; the station will run without sounds</source>
        <translation>Ton: kein Audioausgang; die Station läuft ohne Töne</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="183"/>
        <source>sound: %1 did not load on %2 (%3); the station runs silently</source>
        <translation>Ton: %1 auf %2 nicht geladen (%3); die Station läuft stumm</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="189"/>
        <source>sound (%1)</source>
        <translation>Ton (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="201"/>
        <source>keyring: cannot be set up (%1)</source>
        <translation>Passwortspeicher: nicht einrichtbar (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="213"/>
        <source>keyring: no password store (%1); the token cannot be kept on this computer (Linux: install and unlock gnome-keyring or KWallet in the desktop session)</source>
        <translation>Passwortspeicher: keiner vorhanden (%1); der Token kann auf diesem Rechner nicht gespeichert werden (Linux: gnome-keyring oder KWallet installieren und in der Desktop-Sitzung entsperren)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="226"/>
        <source>keyring: the password store cannot be read (%1: %2)</source>
        <translation>Passwortspeicher: nicht lesbar (%1: %2)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="231"/>
        <source>keyring (%1)</source>
        <translation>Passwortspeicher (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="250"/>
        <location filename="../../cli/selftest.py" line="277"/>
        <location filename="../../cli/selftest.py" line="279"/>
        <location filename="../../cli/selftest.py" line="283"/>
        <source>journal: %1 (%2)</source>
        <translation>Journal: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="257"/>
        <source>journal: cannot create %1 (%2)</source>
        <translation>Journal: %1 kann nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="274"/>
        <source>journal writable (%1; in use by Packstation now)</source>
        <translation>Journal beschreibbar (%1; gerade von Packstation benutzt)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="290"/>
        <source>journal writable (%1)</source>
        <translation>Journal beschreibbar (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="313"/>
        <source>log directory: cannot write %1 (%2); the log goes to the temp directory</source>
        <translation>Log-Ordner: %1 nicht beschreibbar (%2); das Log geht in den Temp-Ordner</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="318"/>
        <source>log directory (%1)</source>
        <translation>Log-Ordner (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="329"/>
        <source>Stitch: no token stored for %1 (packstation token set --api-url URL &lt; token.txt)</source>
        <translation>Stitch: kein Token gespeichert für %1 (packstation token set --api-url URL &lt; token.txt)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="349"/>
        <source>Stitch did not answer at %1 within %2 s</source>
        <translation>Stitch hat unter %1 nicht binnen %2 s geantwortet</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="354"/>
        <source>Stitch refused the stored token for %1 (401): set a new one</source>
        <translation>Stitch hat den gespeicherten Token für %1 abgelehnt (401): neuen setzen</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="360"/>
        <source>Stitch did not answer at %1: %2</source>
        <translation>Stitch hat unter %1 nicht geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="362"/>
        <source>Stitch answers (%1)</source>
        <translation>Stitch antwortet (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="389"/>
        <source>Packstation %1 self-test</source>
        <translation>Packstation %1 Selbsttest</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="392"/>
        <source>Qt platform plugin</source>
        <translation>Qt-Plattform-Plugin</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="393"/>
        <source>keyring</source>
        <translation>Passwortspeicher</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="394"/>
        <source>journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="395"/>
        <source>log directory</source>
        <translation>Log-Ordner</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="396"/>
        <source>sound</source>
        <translation>Ton</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli/selftest.py" line="406"/>
        <source>%n checks failed.</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen.</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="409"/>
        <source>All checks passed (station &apos;%1&apos;).</source>
        <translation>Alle Prüfungen bestanden (Station &apos;%1&apos;).</translation>
    </message>
</context>
<context>
    <name>SetStatusDialog</name>
    <message>
        <location filename="../../ui/status_dialog.py" line="29"/>
        <location filename="../../ui/status_dialog.py" line="56"/>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="31"/>
        <source>Status of order %1:</source>
        <translation>Status von Auftrag %1:</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="35"/>
        <source>Status of %1 orders (%2):</source>
        <translation>Status von %1 Aufträgen (%2):</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="48"/>
        <source>Pick a status or type one (empty clears it)</source>
        <translation>Status wählen oder eintippen (leer löscht ihn)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>set by your IT department</source>
        <translation>von deiner IT festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Station settings</source>
        <translation>Stationseinstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>A new address needs its own access token</source>
        <translation>Eine neue Adresse braucht einen eigenen Token</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>Status set while an order is packed; {station} and {packer} are filled in</source>
        <translation>Status während des Packens; {station} und {packer} werden eingesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Keys closer together than this are a scanner; a person types slower</source>
        <translation>Schneller als das ist ein Scanner; ein Mensch tippt langsamer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>&amp;Mute</source>
        <translation>&amp;Stumm</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129"/>
        <source>&amp;Test sound</source>
        <translation>Ton &amp;testen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source>A box ships only after PS-CMD:SHIP is scanned</source>
        <translation>Ein Karton geht erst nach PS-CMD:SHIP raus</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Print item barcodes too (for damaged product labels)</source>
        <translation>Auch Artikel-Barcodes drucken (für beschädigte Etiketten)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>Off: only the order&apos;s barcode scans, so nobody scans the paper for the product</source>
        <translation>Aus: nur der Barcode der Bestellung ist scanbar, so scannt niemand das Papier statt des Artikels</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>This computer&apos;s zone</source>
        <translation>Zeitzone dieses Computers</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>This computer&apos;s language</source>
        <translation>Sprache dieses Rechners</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>A packer with a language of their own in the packer list switches it at sign-in</source>
        <translation>Ein Packer mit eigener Sprache in der Packerliste stellt sie beim Anmelden um</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Same as the station</source>
        <translation>Wie die Station</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Slips, command sheets, badges and labels: the customer&apos;s and the bench&apos;s paper</source>
        <translation>Lieferscheine, Befehlsblätter, Ausweise und Etiketten: Papier für Kunden und Packplatz</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="161"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Finished orders are kept in the journal this long</source>
        <translation>So lange bleiben fertige Aufträge im Journal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Change the supervisor PIN</source>
        <translation>Schichtleiter-PIN ändern</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Set a supervisor PIN (none is set)</source>
        <translation>Schichtleiter-PIN setzen (keiner gesetzt)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Current PIN:</source>
        <translation>Aktueller PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="184"/>
        <source>New PIN (4 digits or more):</source>
        <translation>Neuer PIN (mind. 4 Ziffern):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="185"/>
        <source>New PIN again:</source>
        <translation>Neuer PIN nochmal:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>&amp;Station name:</source>
        <translation>&amp;Stationsname:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Stitch &amp;address:</source>
        <translation>Stitch-&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>&amp;Claim status:</source>
        <translation>&amp;Belegt-Status:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>Status &amp;presets:</source>
        <translation>Status-&amp;Vorlagen:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <source>Scanner &amp;speed:</source>
        <translation>Scanner-&amp;Tempo:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193"/>
        <source>Sound &amp;volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="194"/>
        <source>Shipping:</source>
        <translation>Versand:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="195"/>
        <source>Packing slips:</source>
        <translation>Lieferscheine:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>Printed paper&apos;s la&amp;nguage:</source>
        <translation>Sprache der &amp;Ausdrucke:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="198"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="199"/>
        <source>&amp;Keep history:</source>
        <translation>&amp;Verlauf behalten:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Sca&amp;le:</source>
        <translation>&amp;Waage:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>Scale device:</source>
        <translation>Gerät der Waage:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <source>Scale baud rate:</source>
        <translation>Baudrate der Waage:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="204"/>
        <source>Weight unit:</source>
        <translation>Gewichtseinheit:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="206"/>
        <source>Weight tolerance:</source>
        <translation>Gewichtstoleranz:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="208"/>
        <source>or:</source>
        <translation>oder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Carton tare:</source>
        <translation>Tara des Kartons:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="232"/>
        <source>⚠ No supervisor PIN is set: anyone can change these settings (the Stitch address) and approve supervisor actions. Set a PIN below.</source>
        <translation>⚠ Keine Vorgesetzten-PIN gesetzt: Jeder kann diese Einstellungen (die Stitch-Adresse) ändern und Vorgesetzten-Aktionen freigeben. Unten eine PIN setzen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="305"/>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="332"/>
        <source>The station needs a name.</source>
        <translation>Die Station braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="335"/>
        <source>The Stitch address must start with https://</source>
        <translation>Die Stitch-Adresse muss mit https:// beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="341"/>
        <source>The claim status may only use {station} and {packer} as placeholders.</source>
        <translation>Der Belegt-Status darf nur {station} und {packer} verwenden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="346"/>
        <source>A status may have at most {n} characters.</source>
        <translation>Ein Status hat höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="353"/>
        <source>Unknown time zone: {zone}</source>
        <translation>Unbekannte Zeitzone: {zone}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="385"/>
        <source>The current PIN is not right; the PIN was not changed.</source>
        <translation>Der aktuelle PIN stimmt nicht; der PIN wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="387"/>
        <source>The two new PINs differ.</source>
        <translation>Die zwei neuen PINs sind verschieden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="391"/>
        <source>The supervisor PIN must be at least 4 digits.</source>
        <translation>Der Schichtleiter-PIN braucht mindestens 4 Ziffern.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="403"/>
        <source>The settings could not be saved: {e}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {e}</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../ui/setup_screen.py" line="51"/>
        <source>Enter the full address, starting with https://</source>
        <translation>Vollständige Adresse eingeben, beginnend mit https://</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="60"/>
        <source>Use https:// for Stitch: the token must not travel unencrypted.</source>
        <translation>https:// für Stitch verwenden: der Token darf nicht unverschlüsselt reisen.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="87"/>
        <source>Connect this station to Stitch</source>
        <extracomment>The salted hash of the supervisor PIN typed here (&quot;&quot; when skipped), once submitted.</extracomment>
        <translation>Diese Station mit Stitch verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="94"/>
        <source>Enter the API address and the access token your Stitch administrator gave you. The token is kept in this computer&apos;s password store, never in a file.</source>
        <translation>API-Adresse und Token vom Stitch-Administrator eingeben. Der Token liegt im Passwortspeicher dieses Computers, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="104"/>
        <source>Paste the access token</source>
        <translation>Zugangstoken einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="106"/>
        <source>Test and save</source>
        <translation>Testen und speichern</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="124"/>
        <source>Optional: 4 digits or more</source>
        <translation>Optional: 4 Ziffern oder mehr</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="125"/>
        <source>The same PIN again</source>
        <translation>Dieselbe PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="128"/>
        <source>The supervisor PIN approves supervisor actions and opens Settings. Leave it empty to set it later (Settings, or packstation pin set).</source>
        <translation>Die Vorgesetzten-PIN gibt Vorgesetzten-Aktionen frei und öffnet die Einstellungen. Leer lassen, um sie später zu setzen (Einstellungen oder packstation pin set).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="135"/>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="136"/>
        <source>Access token:</source>
        <translation>Zugangstoken:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="138"/>
        <source>Supervisor PIN:</source>
        <translation>Vorgesetzten-PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="139"/>
        <source>PIN again:</source>
        <translation>PIN wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="179"/>
        <source>Paste the access token first.</source>
        <translation>Erst den Zugangstoken einfügen.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="184"/>
        <source>The two supervisor PINs differ.</source>
        <translation>Die beiden Vorgesetzten-PINs sind verschieden.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="189"/>
        <source>The supervisor PIN must be at least 4 digits.</source>
        <translation>Die Vorgesetzten-PIN muss mindestens 4 Ziffern haben.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="194"/>
        <source>Asking Stitch…</source>
        <translation>Frage Stitch…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="199"/>
        <source>The check failed (see the log).</source>
        <translation>Die Prüfung ist fehlgeschlagen (siehe Log).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="204"/>
        <source>Stitch refused this access token. Check it was copied completely.</source>
        <translation>Stitch hat diesen Token abgelehnt. Prüfen, ob er vollständig kopiert wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="210"/>
        <source>Could not reach Stitch at %1: %2</source>
        <translation>Stitch unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="220"/>
        <source>This computer has no password store; the token will be kept for this session only</source>
        <translation>Dieser Computer hat keinen Passwortspeicher; der Token gilt nur für diese Sitzung</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="226"/>
        <source>Connected. The token is saved in this computer&apos;s password store.</source>
        <translation>Verbunden. Der Token ist im Passwortspeicher gespeichert.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../../ui/scan_router.py" line="40"/>
        <source>Not connected yet</source>
        <translation>Noch nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/scan_router.py" line="40"/>
        <source>Wait a moment</source>
        <translation>Einen Moment</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../ui/status_actions.py" line="57"/>
        <source>Select one or more orders in the queue first</source>
        <translation>Erst Aufträge in der Liste wählen</translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="96"/>
        <source>The status could not be saved: %1</source>
        <translation>Der Status konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="102"/>
        <source>Status set: %1</source>
        <translation>Status gesetzt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="102"/>
        <location filename="../../ui/status_actions.py" line="109"/>
        <source>(cleared)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_actions.py" line="104"/>
        <source>Status of %n orders set: %2</source>
        <translation>
            <numerusform>Status von %n Bestellung gesetzt: %2</numerusform>
            <numerusform>Status von %n Bestellungen gesetzt: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/status_line.py" line="32"/>
        <source>TRAINING – demo data</source>
        <translation>ÜBUNG – Demodaten</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="35"/>
        <source>Nothing here is real: the station talks to its built-in practice server</source>
        <translation>Nichts hier ist echt: die Station spricht mit ihrem Übungsserver</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="73"/>
        <source>○ Stitch: connecting…</source>
        <translation>○ Stitch: verbinde…</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="75"/>
        <source>● Stitch ok</source>
        <translation>● Stitch ok</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="77"/>
        <source>▲ Stitch unreachable</source>
        <translation>▲ Stitch nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="79"/>
        <location filename="../../ui/status_line.py" line="95"/>
        <source>last sync %1</source>
        <translation>zuletzt synchr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="90"/>
        <source>○ Warehouse server: connecting…</source>
        <translation>○ Lagerserver: verbinde…</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="92"/>
        <source>● Warehouse server connected</source>
        <translation>● Lagerserver verbunden</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="93"/>
        <source>▲ Warehouse server offline</source>
        <translation>▲ Lagerserver offline</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="106"/>
        <source>%1 waiting to send</source>
        <translation>%1 warten auf Versand</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="108"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="113"/>
        <source>%1 refused by Stitch</source>
        <translation>%1 von Stitch abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="123"/>
        <source>nobody signed in</source>
        <translation>niemand angemeldet</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="65"/>
        <source>S&amp;upervisor</source>
        <translation>Schicht&amp;leiter</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="70"/>
        <source>&amp;Products and stock…</source>
        <translation>&amp;Artikel und Bestand…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="72"/>
        <source>&amp;Figures…</source>
        <translation>&amp;Zahlen…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="76"/>
        <source>Order &amp;history…</source>
        <translation>Auftrags&amp;verlauf…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="80"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="82"/>
        <source>P&amp;rint</source>
        <translation>D&amp;rucken</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="88"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>SupervisorGate</name>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="54"/>
        <source>set the status of several orders</source>
        <extracomment>Setting a status on this many orders at once needs a supervisor.</extracomment>
        <translation>den Status mehrerer Aufträge setzen</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="55"/>
        <source>take over an order another station is packing</source>
        <translation>einen Auftrag übernehmen, den eine andere Station packt</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="56"/>
        <source>ship a box with units that were not scanned</source>
        <translation>einen Karton mit ungescannten Stück versenden</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="57"/>
        <source>ship a box with a carrier label this station does not know</source>
        <translation>einen Karton mit einem Versandetikett versenden, das diese Station nicht kennt</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="60"/>
        <source>resolve a shipment Stitch refused</source>
        <translation>eine von Stitch abgelehnte Sendung klären</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="61"/>
        <source>send products and stock to Stitch</source>
        <translation>Artikel und Bestand an Stitch senden</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="62"/>
        <source>open the station settings (the Stitch address, the PIN)</source>
        <translation>die Stationseinstellungen öffnen (die Stitch-Adresse, die PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="63"/>
        <source>ship a box whose weight is wrong</source>
        <translation>einen Karton mit falschem Gewicht versenden</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="131"/>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="132"/>
        <source>The approval could not be written to the journal, so nothing was done.</source>
        <translation>Die Freigabe konnte nicht ins Journal, also wurde nichts getan.</translation>
    </message>
</context>
<context>
    <name>TaskSpawner</name>
    <message>
        <location filename="../../ui/tasks.py" line="28"/>
        <source>Something went wrong. The details are in the log.</source>
        <translation>Etwas ist schiefgegangen. Details stehen im Log.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <location filename="../../cli/token.py" line="38"/>
        <source>This computer has no password store that Packstation can use (%1), so the token cannot be kept. On Linux install gnome-keyring (or KWallet) and unlock it in the desktop session; on Windows and macOS the system store is used.</source>
        <translation>Dieser Rechner hat keinen Passwortspeicher, den Packstation nutzen kann (%1), daher kann der Token nicht gespeichert werden. Unter Linux gnome-keyring (oder KWallet) installieren und in der Desktop-Sitzung entsperren; unter Windows und macOS wird der Systemspeicher benutzt.</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="81"/>
        <source>%1 is not an https:// address</source>
        <translation>%1 ist keine https://-Adresse</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="124"/>
        <source>Access token (not shown): </source>
        <translation>Zugangstoken (wird nicht angezeigt): </translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="139"/>
        <source>no token given on standard input; nothing stored</source>
        <translation>kein Token auf der Standardeingabe; nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="143"/>
        <source>a token has no blanks inside; nothing stored</source>
        <translation>ein Token enthält keine Leerzeichen; nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="149"/>
        <source>the password store refused the token (%1)</source>
        <translation>der Passwortspeicher hat den Token abgelehnt (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="152"/>
        <source>Token stored for %1 (%2).</source>
        <translation>Token gespeichert für %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="168"/>
        <source>the password store could not remove it (%1)</source>
        <translation>der Passwortspeicher konnte ihn nicht entfernen (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="172"/>
        <source>No token was stored for %1; nothing to remove.</source>
        <translation>Für %1 war kein Token gespeichert; nichts zu entfernen.</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="174"/>
        <source>Token removed for %1.</source>
        <translation>Token entfernt für %1.</translation>
    </message>
</context>
<context>
    <name>Weighing</name>
    <message>
        <location filename="../../ui/weighing.py" line="54"/>
        <source>&amp;Weigh the box again</source>
        <translation>Karton nochmal &amp;wiegen</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="57"/>
        <source>Put the box on the scale and weigh it again (same as scanning PS-CMD:WEIGH)</source>
        <translation>Karton auf die Waage legen und nochmal wiegen (wie PS-CMD:WEIGH scannen)</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="62"/>
        <source>Let a wrong &amp;weight go…</source>
        <translation>Falsches &amp;Gewicht freigeben…</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="65"/>
        <source>A supervisor ships a box whose weight is wrong (PIN)</source>
        <translation>Der Schichtleiter versendet einen Karton mit falschem Gewicht (PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="94"/>
        <source>No box is stopped by its weight</source>
        <translation>Kein Karton wegen Gewicht gestoppt</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="95"/>
        <source>A supervisor lets a box go only after WRONG WEIGHT</source>
        <translation>Der Schichtleiter gibt einen Karton nur nach FALSCHES GEWICHT frei</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="119"/>
        <location filename="../../ui/weighing.py" line="132"/>
        <source>WEIGHING THE BOX…</source>
        <translation>KARTON WIRD GEWOGEN…</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="120"/>
        <source>Put the box on the scale; scan the carrier label once it is weighed</source>
        <translation>Karton auf die Waage legen; Versandetikett scannen, sobald er gewogen ist</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="133"/>
        <source>Let it rest on the scale; scan the carrier label once it is weighed</source>
        <translation>Karton ruhig auf der Waage lassen; Versandetikett scannen, sobald er gewogen ist</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="140"/>
        <source>No scale at this station</source>
        <translation>Keine Waage an dieser Station</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="146"/>
        <source>Nothing to weigh yet</source>
        <translation>Noch nichts zu wiegen</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="147"/>
        <source>The box is weighed once every unit is in it</source>
        <translation>Der Karton wird gewogen, sobald alle Stück drin sind</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/queue_feed.py" line="75"/>
        <source>Refreshing the queue…</source>
        <translation>Warteschlange wird aktualisiert…</translation>
    </message>
</context>
</TS>
