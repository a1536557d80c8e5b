<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Badges</name>
    <message>
        <location filename="../../printing/badges.py" line="73"/>
        <source>PACKER · scan to sign in</source>
        <translation>PAKOWACZ · zeskanuj, by się zalogować</translation>
    </message>
    <message>
        <location filename="../../printing/badges.py" line="85"/>
        <source>signs in as shown under the bars</source>
        <translation>loguje jako napis pod kodem</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/supervisor/bar_chart.py" line="108"/>
        <source>Nothing packed in this period</source>
        <translation>Nic nie spakowano w tym okresie</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <location filename="../../printing/command_sheet.py" line="56"/>
        <source>Every unit is in the box: close it and go to the carrier label (after WRONG WEIGHT: a supervisor&apos;s PIN lets the box go)</source>
        <translation>Wszystko w kartonie: zamknij i przejdź do etykiety (po ZŁA WAGA: PIN kierownika)</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="61"/>
        <source>Ship only what is scanned; the rest stays open</source>
        <translation>Wyślij tylko zeskanowane; reszta zostaje otwarta</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="64"/>
        <source>Take back the last scan</source>
        <translation>Cofa ostatni skan</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="65"/>
        <source>After a warning: the wrong item is put aside</source>
        <translation>Po ostrzeżeniu: zły towar odłożony</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="68"/>
        <source>The order goes back to the queue (it is not canceled)</source>
        <translation>Zamówienie wraca do kolejki (nie jest anulowane)</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="71"/>
        <source>The box on the scale again: after WRONG WEIGHT, or once it is fixed</source>
        <translation>Karton znów na wagę: po ZŁA WAGA albo gdy jest poprawiony</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="76"/>
        <source>ACK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="77"/>
        <source>STOP PACKING</source>
        <translation>PRZERWIJ PAKOWANIE</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="78"/>
        <source>WEIGH AGAIN</source>
        <translation>ZWAŻ PONOWNIE</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="82"/>
        <source>Ship this box</source>
        <translation>Wyślij ten karton</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="83"/>
        <source>Ship what is packed</source>
        <translation>Wyślij spakowane</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="84"/>
        <source>Undo last scan</source>
        <translation>Cofnij ostatni skan</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="85"/>
        <source>Weigh the box again</source>
        <translation>Zważ karton ponownie</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="88"/>
        <source>Pack</source>
        <translation>Pakowanie</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="89"/>
        <source>After a warning</source>
        <translation>Po ostrzeżeniu</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="90"/>
        <source>Order status (shown in Stitch)</source>
        <translation>Status zamówienia (widoczny w Stitch)</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="91"/>
        <source>Quantity: scan it, then the item</source>
        <translation>Ilość: zeskanuj ją, potem towar</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="92"/>
        <source>Stop packing</source>
        <translation>Przerwij pakowanie</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="141"/>
        <source>sets the open order&apos;s status</source>
        <translation>ustawia status otwartego zamówienia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../printing/command_sheet.py" line="149"/>
        <source>the next item scanned counts %n units</source>
        <translation>
            <numerusform>następny zeskanowany towar liczy się jako %n sztuka</numerusform>
            <numerusform>następny zeskanowany towar liczy się jako %n sztuki</numerusform>
            <numerusform>następny zeskanowany towar liczy się jako %n sztuk</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="224"/>
        <source>STATION COMMANDS</source>
        <translation>POLECENIA STANOWISKA</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="229"/>
        <source>Scan a code instead of typing. Keep this sheet at the packing station.</source>
        <translation>Skanuj kod zamiast pisać. Trzymaj tę kartkę przy stanowisku pakowania.</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="233"/>
        <source>sheet %1</source>
        <translation>arkusz %1</translation>
    </message>
</context>
<context>
    <name>ConnectionNotice</name>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Enter new token…</source>
        <translation>Wpisz nowy token…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>The warehouse server can&apos;t be reached</source>
        <translation>Brak połączenia z serwerem magazynu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>Stitch can&apos;t be reached</source>
        <translation>Brak połączenia ze Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424"/>
        <source>last sync %1</source>
        <translation>ostatnia synchr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Go on packing: boxes wait on this station and go out later.</source>
        <translation>Pakuj dalej: kartony czekają na stanowisku i wyjdą później.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Stitch refused this station&apos;s access token. Go on packing: nothing is lost, boxes wait until a new token is entered.</source>
        <translation>Stitch odrzucił token tego stanowiska. Pakuj dalej: nic nie ginie, kartony czekają na nowy token.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash_handler.py" line="57"/>
        <source>Something went wrong in Packstation. Your scans are saved. Please tell your supervisor; the details are in {path}.</source>
        <translation>Coś poszło nie tak w Packstation. Skany są zapisane. Powiedz kierownikowi; szczegóły są w {path}.</translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
    <message>
        <location filename="../../ui/domain_words.py" line="26"/>
        <source>NOT IN THIS ORDER</source>
        <translation>NIE Z TEGO ZAMÓWIENIA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="27"/>
        <source>UNKNOWN CODE</source>
        <translation>NIEZNANY KOD</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="28"/>
        <source>SCAN AGAIN</source>
        <translation>ZESKANUJ PONOWNIE</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="29"/>
        <source>ONE TOO MANY</source>
        <translation>O JEDEN ZA DUŻO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="30"/>
        <source>NOT YET</source>
        <translation>JESZCZE NIE</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="31"/>
        <source>BOX IS EMPTY</source>
        <translation>KARTON PUSTY</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="32"/>
        <source>SCAN SHIP FIRST</source>
        <translation>NAJPIERW WYŚLIJ</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="33"/>
        <source>SCAN THE LABEL</source>
        <translation>ZESKANUJ ETYKIETĘ</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="34"/>
        <source>BAD QUANTITY</source>
        <translation>ZŁA ILOŚĆ</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="35"/>
        <source>WRONG CARRIER</source>
        <translation>ZŁY PRZEWOŹNIK</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="36"/>
        <source>UNKNOWN LABEL</source>
        <translation>NIEZNANA ETYKIETA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="37"/>
        <source>NOTHING TO UNDO</source>
        <translation>NIE MA CZEGO COFNĄĆ</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="38"/>
        <source>NOTHING TO ACKNOWLEDGE</source>
        <translation>NIE MA CZEGO POTWIERDZAĆ</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="39"/>
        <source>ALREADY OPEN</source>
        <translation>JUŻ OTWARTE</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="40"/>
        <source>SUPERVISOR NEEDED</source>
        <translation>POTRZEBNY KIEROWNIK</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="41"/>
        <source>FINISH THIS BOX FIRST</source>
        <translation>NAJPIERW SKOŃCZ TEN KARTON</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="42"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="43"/>
        <source>UNDONE</source>
        <translation>COFNIĘTO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="44"/>
        <source>QUANTITY SET</source>
        <translation>ILOŚĆ USTAWIONA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="45"/>
        <source>QUANTITY TAKEN BACK</source>
        <translation>ILOŚĆ COFNIĘTA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="46"/>
        <source>STILL LOCKED</source>
        <translation>NADAL ZABLOKOWANE</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="47"/>
        <source>GO ON</source>
        <translation>DALEJ</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="48"/>
        <source>BOX SHIPPED</source>
        <translation>KARTON WYSŁANY</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="49"/>
        <source>PACKING STOPPED</source>
        <translation>PAKOWANIE PRZERWANE</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="50"/>
        <source>STOP PACKING?</source>
        <translation>PRZERWAĆ PAKOWANIE?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="51"/>
        <source>NEW PACKER?</source>
        <translation>NOWY PAKOWACZ?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="52"/>
        <source>PACK TAKEN OVER</source>
        <translation>PAKOWANIE PRZEJĘTE</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="53"/>
        <source>SIGNED IN</source>
        <translation>ZALOGOWANO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="54"/>
        <source>STATUS SET</source>
        <translation>STATUS USTAWIONY</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="55"/>
        <source>ORDER FINISHED</source>
        <translation>ZAMÓWIENIE ZAKOŃCZONE</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="56"/>
        <source>SIGN IN FIRST</source>
        <translation>NAJPIERW SIĘ ZALOGUJ</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="57"/>
        <source>WRONG WEIGHT</source>
        <translation>ZŁA WAGA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="58"/>
        <source>BOX WEIGHED</source>
        <translation>KARTON ZWAŻONY</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="59"/>
        <source>WEIGHT LET GO</source>
        <translation>WAGA ZATWIERDZONA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="61"/>
        <source>Code %1 is no product this station knows</source>
        <translation>Kod %1 to nieznany produkt</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="62"/>
        <source>Could not read %1</source>
        <translation>Nie można odczytać %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="63"/>
        <source>%1 unit still to pack</source>
        <translation>Jeszcze %1 szt. do spakowania</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="64"/>
        <source>%1 units still to pack</source>
        <translation>Jeszcze %1 szt. do spakowania</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="65"/>
        <source>Nothing in the box to ship yet</source>
        <translation>W kartonie jeszcze nic nie ma</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="66"/>
        <source>Scan PS-CMD:SHIP before the carrier label</source>
        <translation>Zeskanuj PS-CMD:SHIP przed etykietą przewoźnika</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="67"/>
        <source>The box is complete: %1 is not a carrier label</source>
        <translation>Karton kompletny: %1 to nie etykieta przewoźnika</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="68"/>
        <source>Quantity must be between 1 and 9999</source>
        <translation>Ilość od 1 do 9999</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="69"/>
        <source>This label is another carrier&apos;s</source>
        <translation>Ta etykieta jest innego przewoźnika</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="70"/>
        <source>Not a carrier label this station knows: %1</source>
        <translation>Nieznana etykieta przewoźnika: %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="71"/>
        <source>%1 can take over once this box has shipped</source>
        <translation>%1 przejmie po wysłaniu tego kartonu</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="72"/>
        <source>A supervisor&apos;s PIN accepts a label this station does not know</source>
        <translation>Nieznaną etykietę zatwierdza PIN kierownika</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="75"/>
        <source>Scan STOP again to stop packing and put %1 unit back</source>
        <translation>Zeskanuj STOP jeszcze raz, by przerwać i odłożyć %1 szt.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="76"/>
        <source>Scan STOP again to stop packing and put %1 units back</source>
        <translation>Zeskanuj STOP jeszcze raz, by przerwać i odłożyć %1 szt.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="77"/>
        <source>Put these back: %1</source>
        <translation>Odłóż: %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="78"/>
        <source>Nothing was in the box</source>
        <translation>Karton był pusty</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="79"/>
        <source>Box %1: %2 %3</source>
        <translation>Karton %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="80"/>
        <source>Scan %1&apos;s badge again to take over this pack</source>
        <translation>Zeskanuj ponownie identyfikator %1, by przejąć pakowanie</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="81"/>
        <source>%1 packs on (was %2)</source>
        <translation>%1 pakuje dalej (wcześniej: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="82"/>
        <source>Scan your badge (PS-USER) before the packing slip</source>
        <translation>Zeskanuj identyfikator (PS-USER) przed listem przewozowym</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="84"/>
        <source>The box weighs wrong</source>
        <translation>Karton ma złą wagę</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="85"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3</source>
        <translation>KARTON WAŻY %1 — OCZEKIWANO %2 ± %3</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="86"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — one %4 too many?</source>
        <translation>KARTON WAŻY %1 — OCZEKIWANO %2 ± %3 — %4: o jeden za dużo?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="87"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — one %4 missing?</source>
        <translation>KARTON WAŻY %1 — OCZEKIWANO %2 ± %3 — %4: brakuje jednego?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="88"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — %4 × %5 too many?</source>
        <translation>KARTON WAŻY %1 — OCZEKIWANO %2 ± %3 — %4 × %5 za dużo?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="89"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — %4 × %5 missing?</source>
        <translation>KARTON WAŻY %1 — OCZEKIWANO %2 ± %3 — brakuje %4 × %5?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="90"/>
        <source>BOX WEIGHS %1 — as expected</source>
        <translation>KARTON WAŻY %1 — waga się zgadza</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="91"/>
        <source>BOX WEIGHS %1 — not checked: no weight known yet for %2</source>
        <translation>KARTON WAŻY %1 — nie sprawdzono: brak jeszcze wagi dla %2</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="92"/>
        <source>BOX WEIGHS %1 — not checked: the expected weight is not sure enough</source>
        <translation>KARTON WAŻY %1 — nie sprawdzono: oczekiwana waga jest zbyt niepewna</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="95"/>
        <source>NO STABLE WEIGHT — %1</source>
        <translation>BRAK STABILNEJ WAGI — %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="96"/>
        <source>the scale did not settle: keep the box still on it</source>
        <translation>waga się nie ustabilizowała: nie ruszaj kartonu na wadze</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="97"/>
        <source>nothing on the scale: put the box on it</source>
        <translation>nic nie ma na wadze: połóż na niej karton</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="98"/>
        <source>the scale is overloaded</source>
        <translation>waga jest przeciążona</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="99"/>
        <source>the scale reads below zero: empty it and zero it</source>
        <translation>waga pokazuje poniżej zera: zdejmij wszystko i wyzeruj ją</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="100"/>
        <source>the scale does not answer: check its cable</source>
        <translation>waga nie odpowiada: sprawdź kabel</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="101"/>
        <source>the scale reports a fault</source>
        <translation>waga zgłasza błąd</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="102"/>
        <source>%1 let this weight go: %2</source>
        <translation>Waga zatwierdzona przez %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="104"/>
        <source>fix the box and scan PS-CMD:WEIGH, or call a supervisor</source>
        <translation>popraw karton i zeskanuj PS-CMD:WEIGH albo wezwij kierownika</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="105"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the missing items</source>
        <translation>zeskanuj PS-CMD:ACK lub wciśnij Esc, potem brakujące towary</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="106"/>
        <source>scan PS-CMD:ACK or press Esc, then scan PS-CMD:SHIP</source>
        <translation>zeskanuj PS-CMD:ACK lub wciśnij Esc, potem PS-CMD:SHIP</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="107"/>
        <source>scan PS-CMD:ACK or press Esc, then scan items</source>
        <translation>zeskanuj PS-CMD:ACK lub wciśnij Esc, potem towary</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="108"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the carrier label</source>
        <translation>zeskanuj PS-CMD:ACK lub wciśnij Esc, potem etykietę przewoźnika</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="109"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the right item</source>
        <translation>zeskanuj PS-CMD:ACK lub wciśnij Esc, potem właściwy towar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="110"/>
        <source>scan a %1 label, or PS-CMD:SHIP to ship this one anyway</source>
        <translation>zeskanuj etykietę %1 albo PS-CMD:SHIP, by wysłać mimo to</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="111"/>
        <source>scan a %1 label, or PS-CMD:SHIP with a supervisor to ship this one anyway</source>
        <translation>zeskanuj etykietę %1 albo PS-CMD:SHIP z kierownikiem, by wysłać mimo to</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="115"/>
        <source>scan a known carrier label, or PS-CMD:SHIP to ship this one anyway</source>
        <translation>zeskanuj znaną etykietę albo PS-CMD:SHIP, by wysłać mimo to</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="118"/>
        <source>scan a known carrier label, or PS-CMD:SHIP with a supervisor to ship this one anyway</source>
        <translation>zeskanuj znaną etykietę albo PS-CMD:SHIP z kierownikiem, by wysłać mimo to</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="122"/>
        <source>scan the carrier label</source>
        <translation>zeskanuj etykietę przewoźnika</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="123"/>
        <source>order packed</source>
        <translation>zamówienie spakowane</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="124"/>
        <source>packing stopped</source>
        <translation>pakowanie przerwane</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="125"/>
        <source>scan the item to count %1</source>
        <translation>zeskanuj towar, by policzyć %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="126"/>
        <source>scan PS-CMD:SHIP</source>
        <translation>zeskanuj PS-CMD:SHIP</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="127"/>
        <source>scan items</source>
        <translation>skanuj towary</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="128"/>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
</context>
<context>
    <name>FeedbackBanner</name>
    <message>
        <location filename="../../ui/banner.py" line="126"/>
        <source>Scan a packing slip</source>
        <translation>Zeskanuj list przewozowy</translation>
    </message>
</context>
<context>
    <name>FeedbackWords</name>
    <message>
        <location filename="../../ui/feedback_words.py" line="33"/>
        <location filename="../../ui/feedback_words.py" line="34"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="60"/>
        <source>Expected: %1</source>
        <translation>Oczekiwano: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="78"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="78"/>
        <source>UNDONE</source>
        <translation>COFNIĘTO</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="85"/>
        <source>QUANTITY %1</source>
        <translation>ILOŚĆ %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="86"/>
        <source>Scan the item once: it counts %1 times</source>
        <translation>Zeskanuj towar raz: liczy się %1 razy</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="89"/>
        <location filename="../../ui/feedback_words.py" line="117"/>
        <source>GO ON</source>
        <translation>DALEJ</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="93"/>
        <source>STILL LOCKED</source>
        <translation>NADAL ZABLOKOWANE</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="97"/>
        <source>STILL LOCKED: %1</source>
        <translation>NADAL ZABLOKOWANE: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="98"/>
        <source>Press Esc or scan PS-CMD:ACK first</source>
        <translation>Najpierw naciśnij Esc lub zeskanuj PS-CMD:ACK</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="112"/>
        <source>Then scan a packing slip</source>
        <translation>Potem zeskanuj list przewozowy zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="59"/>
        <source>%1 more</source>
        <translation>jeszcze %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="60"/>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="108"/>
        <source>Order packed. Scan the next packing slip</source>
        <translation>Zamówienie spakowane. Zeskanuj następny list</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="116"/>
        <source>Scan a packing slip</source>
        <translation>Zeskanuj list przewozowy</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="70"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="71"/>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="71"/>
        <source>Orders packed</source>
        <translation>Spakowane zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="72"/>
        <source>Boxes</source>
        <translation>Kartony</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="73"/>
        <source>Units</source>
        <translation>Szt.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="73"/>
        <source>Units packed</source>
        <translation>Spakowane szt.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="75"/>
        <source>Time per unit</source>
        <translation>Czas na szt.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="78"/>
        <source>Packing time per unit, breaks of more than 5 minutes left out</source>
        <translation>Czas pakowania na szt., bez przerw dłuższych niż 5 minut</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="80"/>
        <source>Wrong items</source>
        <translation>Złe towary</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="80"/>
        <source>Wrong items caught</source>
        <translation>Wykryte złe towary</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="81"/>
        <source>Undos</source>
        <translation>Cofnięcia</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="82"/>
        <source>Partial</source>
        <translation>Częściowe</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="82"/>
        <source>Orders left short</source>
        <translation>Zamówienia niepełne</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="84"/>
        <source>Partial boxes</source>
        <translation>Paczki częściowe</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="87"/>
        <source>Boxes that left with units of the order still to ship</source>
        <translation>Paczki wysłane, gdy część zamówienia czeka na wysyłkę</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="90"/>
        <source>Stopped</source>
        <translation>Przerwane</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="93"/>
        <source>Packs stopped before they were finished (Stop packing)</source>
        <translation>Pakowania przerwane przed końcem (Przerwij pakowanie)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="95"/>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="95"/>
        <source>Refused by Stitch</source>
        <translation>Odrzucone przez Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="97"/>
        <source>Weight stops</source>
        <translation>Zatrzymane przez wagę</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="100"/>
        <source>Boxes the scale stopped: they weighed outside the tolerance</source>
        <translation>Kartony zatrzymane przez wagę: waga poza tolerancją</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="135"/>
        <source>Figures</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="142"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="143"/>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="144"/>
        <source>Chosen days</source>
        <translation>Wybrane dni</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="145"/>
        <source>Which days</source>
        <translation>Które dni</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="153"/>
        <source>By packer</source>
        <translation>Wg pakowacza</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="154"/>
        <source>By station</source>
        <translation>Wg stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="155"/>
        <source>&amp;Show</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="157"/>
        <source>Count again ({keys})</source>
        <translation>Policz ponownie ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="159"/>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="160"/>
        <source>Export &amp;JSON…</source>
        <translation>Eksportuj &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="176"/>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="178"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="239"/>
        <source>Counting {label}…</source>
        <translation>Liczenie {label}…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="253"/>
        <source>The warehouse server can&apos;t be reached: {e}</source>
        <translation>Brak połączenia z serwerem magazynu: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="259"/>
        <source>The journal could not be read: {e}</source>
        <translation>Nie można odczytać dziennika: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="271"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="275"/>
        <source>{label}: {orders} orders, {units} units, {per_unit} per unit</source>
        <translation>{label}: zamówienia {orders}, szt. {units}, {per_unit} na szt.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="284"/>
        <source>Units per hour</source>
        <translation>Szt. na godzinę</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="284"/>
        <source>Units per day</source>
        <translation>Szt. dziennie</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="307"/>
        <source>Export figures</source>
        <translation>Eksportuj statystyki</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="309"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="309"/>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../ui/floor_view.py" line="36"/>
        <source>Packstation: the floor</source>
        <translation>Packstation: hala</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="40"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="41"/>
        <source>Packer</source>
        <translation>Pakowacz</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="42"/>
        <source>Open order</source>
        <translation>Otwarte zamówienie</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="43"/>
        <source>Boxes waiting</source>
        <translation>Kartony w kolejce</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="44"/>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="45"/>
        <source>Last seen</source>
        <translation>Ostatnio widziane</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="93"/>
        <source>Warehouse server unreachable since {time}</source>
        <translation>Serwer magazynu niedostępny od {time}</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="101"/>
        <source>Updated {time}</source>
        <translation>Zaktualizowano {time}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="75"/>
        <location filename="../../ui/supervisor/history_view.py" line="93"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="76"/>
        <location filename="../../ui/supervisor/history_view.py" line="94"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="77"/>
        <location filename="../../ui/supervisor/history_view.py" line="86"/>
        <location filename="../../ui/supervisor/history_view.py" line="95"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="78"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="79"/>
        <source>Scanned</source>
        <translation>Zeskanowano</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="80"/>
        <source>Units</source>
        <translation>Szt.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="80"/>
        <source>Units put into (+) or out of (−) a box</source>
        <translation>Szt. włożone (+) lub wyjęte (−) z kartonu</translation>
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
        <translation>Zamknięty</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="87"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="88"/>
        <source>Tracking number</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="89"/>
        <source>Contents</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="90"/>
        <source>Stitch&apos;s answer</source>
        <translation>Odpowiedź Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="96"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="97"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="98"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="122"/>
        <source>Order history and audit trail</source>
        <translation>Historia zamówienia i dziennik audytu</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="130"/>
        <source>Fulfillment id or order number</source>
        <translation>ID realizacji lub numer zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="132"/>
        <source>&amp;Show</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="135"/>
        <source>Scan the order&apos;s packing slip, or type its fulfillment id or open order number.</source>
        <translation>Zeskanuj list zamówienia albo wpisz ID realizacji lub numer zamówienia.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="141"/>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="142"/>
        <source>Export &amp;JSON…</source>
        <translation>Eksportuj &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="147"/>
        <source>&amp;Order:</source>
        <translation>&amp;Zamówienie:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="161"/>
        <source>Boxes and their shipments</source>
        <translation>Kartony i ich przesyłki</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="175"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="179"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="180"/>
        <source>Export JSON…</source>
        <translation>Eksportuj JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="184"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="186"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="199"/>
        <source>&amp;Order history</source>
        <translation>&amp;Historia zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="200"/>
        <source>&amp;Audit trail</source>
        <translation>&amp;Dziennik audytu</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="239"/>
        <source>Reading the journal…</source>
        <translation>Odczyt dziennika…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="253"/>
        <location filename="../../ui/supervisor/history_view.py" line="328"/>
        <source>The warehouse server can&apos;t be reached: {e}</source>
        <translation>Brak połączenia z serwerem magazynu: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="259"/>
        <location filename="../../ui/supervisor/history_view.py" line="334"/>
        <source>The journal could not be read: {e}</source>
        <translation>Nie można odczytać dziennika: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="269"/>
        <source>Nothing about {ref} in this station&apos;s journal.</source>
        <translation>Brak informacji o {ref} w dzienniku stanowiska.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="274"/>
        <source>Order {order} (fulfillment {id}): {scans}, {boxes}</source>
        <translation>Zamówienie {order} (realizacja {id}): {scans}, {boxes}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="277"/>
        <source>1 scan</source>
        <translation>1 skan</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="277"/>
        <source>{n} scans</source>
        <translation>skany: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="278"/>
        <source>1 box</source>
        <translation>1 karton</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="280"/>
        <source>{n} boxes</source>
        <translation>kartony: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="342"/>
        <source>1 supervisor decision, {label}</source>
        <translation>1 decyzja kierownika, {label}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="344"/>
        <source>{n} supervisor decisions, {label}</source>
        <translation>decyzje kierownika: {n}, {label}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="364"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="366"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="366"/>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
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
        <translation>&amp;Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Zaloguj…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Who packs at this station (same as scanning PS-USER:name)</source>
        <translation>Kto pakuje na tym stanowisku (jak skan PS-USER:imię)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Pack</source>
        <translation>&amp;Pakowanie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Acknowledge error</source>
        <translation>&amp;Potwierdź błąd</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>I have seen the error (same as scanning PS-CMD:ACK)</source>
        <translation>Widzę błąd (jak skan PS-CMD:ACK)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Undo last scan</source>
        <translation>&amp;Cofnij ostatni skan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Quantity…</source>
        <translation>&amp;Ilość…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Count the next item several times (same as scanning PS-QTY:n)</source>
        <translation>Policz następny towar kilka razy (jak skan PS-QTY:n)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Partial box</source>
        <translation>&amp;Karton częściowy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Ship what is in the box now (same as scanning PS-CMD:PARTIAL)</source>
        <translation>Wyślij to, co jest w kartonie (jak skan PS-CMD:PARTIAL)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Ship box</source>
        <translation>&amp;Wyślij karton</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Close the box (same as scanning PS-CMD:SHIP)</source>
        <translation>Zamknij karton (jak skan PS-CMD:SHIP)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>S&amp;top packing</source>
        <translation>&amp;Przerwij pakowanie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Stop packing this order (same as scanning PS-CMD:CANCEL)</source>
        <translation>Przerwij pakowanie zamówienia (jak skan PS-CMD:CANCEL)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Queue</source>
        <translation>&amp;Kolejka</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtruj…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Set &amp;status…</source>
        <translation>Ustaw &amp;status…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Print slip</source>
        <translation>&amp;Drukuj list</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Do wysłania…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Boxes and statuses waiting to be sent, and those Stitch refused</source>
        <translation>Kartony i statusy czekające na wysłanie oraz odrzucone przez Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>S&amp;upervisor</source>
        <translation>&amp;Kierownik</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Show &amp;queue</source>
        <translation>Pokaż &amp;kolejkę</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Wycisz dźwięki</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="45"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="46"/>
        <source>Box</source>
        <translation>Karton</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="47"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="48"/>
        <source>Units</source>
        <translation>Szt.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="49"/>
        <source>Carrier label</source>
        <translation>Etykieta przewoźnika</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="50"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="51"/>
        <source>Tries</source>
        <translation>Próby</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="52"/>
        <source>Stitch said</source>
        <translation>Stitch odpowiedział</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="60"/>
        <source>waiting</source>
        <translation>czeka</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="61"/>
        <source>sending</source>
        <translation>wysyłanie</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="62"/>
        <source>refused</source>
        <translation>odrzucone</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="72"/>
        <source>Resolve a refused box</source>
        <translation>Rozwiąż odrzucony karton</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="74"/>
        <source>Order %1, box %2. Stitch said: %3</source>
        <translation>Zamówienie %1, karton %2. Stitch: %3</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="80"/>
        <source>Send it again (the cause was fixed in Stitch)</source>
        <translation>Wyślij ponownie (przyczynę usunięto w Stitch)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="81"/>
        <source>Do not send it</source>
        <translation>Nie wysyłaj</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="82"/>
        <source>It is in Stitch already (entered by hand)</source>
        <translation>Jest już w Stitch (wpisane ręcznie)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="88"/>
        <source>The shipment&apos;s id in Stitch</source>
        <translation>ID przesyłki w Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="90"/>
        <source>Why (for the audit trail)</source>
        <translation>Dlaczego (do dziennika audytu)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="92"/>
        <source>Shipment id:</source>
        <translation>ID przesyłki:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="93"/>
        <source>Reason:</source>
        <translation>Powód:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="97"/>
        <source>Resolve</source>
        <translation>Rozwiąż</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="119"/>
        <source>Give a reason</source>
        <translation>Podaj powód</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="122"/>
        <source>Give the shipment&apos;s id in Stitch</source>
        <translation>Podaj ID przesyłki w Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="138"/>
        <source>Outbox</source>
        <translation>Do wysłania</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="155"/>
        <source>Send now</source>
        <translation>Wyślij teraz</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="156"/>
        <source>Try everything waiting again, without waiting</source>
        <translation>Ponów teraz wszystko, co czeka</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="158"/>
        <source>Resolve…</source>
        <translation>Rozwiąż…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="159"/>
        <source>Decide about a box Stitch refused</source>
        <translation>Zdecyduj o kartonie odrzuconym przez Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="161"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="196"/>
        <source>not sent yet: will try again</source>
        <translation>jeszcze nie wysłano: ponowi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/outbox_view.py" line="211"/>
        <source>%n boxes waiting</source>
        <translation>
            <numerusform>%n karton czeka</numerusform>
            <numerusform>%n kartony czekają</numerusform>
            <numerusform>%n kartonów czeka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="212"/>
        <source>%1 refused</source>
        <translation>odrzucone: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/outbox_view.py" line="213"/>
        <source>%n statuses waiting</source>
        <translation>
            <numerusform>%n status czeka</numerusform>
            <numerusform>%n statusy czekają</numerusform>
            <numerusform>%n statusów czeka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="266"/>
        <source>Not resolved: %1</source>
        <translation>Nie rozwiązano: %1</translation>
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
        <translation>Towar</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="42"/>
        <source>Barcode</source>
        <translation>Kod kreskowy</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="43"/>
        <source>Ordered</source>
        <translation>Zamówiono</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="44"/>
        <source>In box</source>
        <translation>W kartonie</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="45"/>
        <source>Left</source>
        <translation>Zostało</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="75"/>
        <source>×%1 lines</source>
        <translation>×%1 poz.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="77"/>
        <source>kit: %1</source>
        <translation>zestaw: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="219"/>
        <source>%1 shipped in earlier boxes</source>
        <translation>%1 wysłano we wcześniejszych kartonach</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="227"/>
        <source>complete</source>
        <translation>kompletne</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="227"/>
        <source>%1 left</source>
        <translation>zostało %1</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../ui/pack_view.py" line="171"/>
        <source>Shipped now</source>
        <translation>Wysłano teraz</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="173"/>
        <source>Untick to give the box another shipping date and time</source>
        <translation>Odznacz, by podać inną datę i godzinę wysyłki</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="186"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="187"/>
        <source>Quantity…</source>
        <translation>Ilość…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="188"/>
        <source>Partial box</source>
        <translation>Karton częściowy</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="189"/>
        <source>Ship</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="190"/>
        <source>Stop packing</source>
        <translation>Przerwij pakowanie</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="191"/>
        <source>Count the next item several times (or scan PS-QTY:n)</source>
        <translation>Policz następny towar kilka razy (lub zeskanuj PS-QTY:n)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="192"/>
        <source>Ship what is in the box now (or scan PS-CMD:PARTIAL)</source>
        <translation>Wyślij to, co jest w kartonie (lub zeskanuj PS-CMD:PARTIAL)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="193"/>
        <source>Close the box (or scan PS-CMD:SHIP)</source>
        <translation>Zamknij karton (lub zeskanuj PS-CMD:SHIP)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="194"/>
        <source>Stop packing this order (or scan PS-CMD:CANCEL)</source>
        <translation>Przerwij to zamówienie (lub zeskanuj PS-CMD:CANCEL)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="198"/>
        <source>Ship this label anyway</source>
        <translation>Wyślij mimo to z tą etykietą</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="201"/>
        <source>Ship the box with the label just scanned (or scan PS-CMD:SHIP)</source>
        <translation>Wyślij karton z właśnie zeskanowaną etykietą (albo zeskanuj PS-CMD:SHIP)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="203"/>
        <source>Take over</source>
        <translation>Przejmij</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="204"/>
        <source>The new packer packs on (or scan the badge again)</source>
        <translation>Nowy pakowacz pakuje dalej (albo zeskanuj identyfikator jeszcze raz)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="205"/>
        <source>Weigh again</source>
        <translation>Zważ ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="206"/>
        <source>Weigh the box again (F6, or scan PS-CMD:WEIGH)</source>
        <translation>Zważ karton ponownie (F6 lub zeskanuj PS-CMD:WEIGH)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="208"/>
        <source>Let it go…</source>
        <translation>Przepuść…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="211"/>
        <source>A supervisor ships the box as it weighs (PIN; Shift+F6, or scan PS-CMD:SHIP)</source>
        <translation>Kierownik wysyła karton z obecną wagą (PIN; Shift+F6 lub zeskanuj PS-CMD:SHIP)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="223"/>
        <source>Scan:</source>
        <translation>Skan:</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="322"/>
        <source>No order open</source>
        <translation>Brak otwartego zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="326"/>
        <source>Scan a packing slip, or pick an order in the queue and press Enter</source>
        <translation>Zeskanuj list przewozowy albo wybierz zamówienie z kolejki i wciśnij Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="336"/>
        <source>Next: scan a packing slip</source>
        <translation>Dalej: zeskanuj list przewozowy</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="390"/>
        <source>Ship to: %1</source>
        <translation>Wysyłka do: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="396"/>
        <source>NOTE: %1</source>
        <translation>UWAGA: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="398"/>
        <source>No notes on this order</source>
        <translation>Brak uwag do zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="424"/>
        <source>%1 of %2 units</source>
        <translation>%1 z %2 szt.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="426"/>
        <source>box %1</source>
        <translation>karton %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="429"/>
        <source>Next: %1</source>
        <translation>Dalej: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="440"/>
        <source>Take over: %1</source>
        <translation>Przejmij: %1</translation>
    </message>
</context>
<context>
    <name>PackingController</name>
    <message>
        <location filename="../../ui/pack_opening.py" line="88"/>
        <location filename="../../ui/packing_controller.py" line="198"/>
        <source>Finish or cancel %1 first</source>
        <translation>Najpierw skończ lub anuluj %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="89"/>
        <source>Then open the other order</source>
        <translation>Potem otwórz drugie zamówienie</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="102"/>
        <source>Opening %1…</source>
        <translation>Otwieranie %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pack_opening.py" line="131"/>
        <source>%n scans were not counted.</source>
        <translation>
            <numerusform>%n skan nie został policzony.</numerusform>
            <numerusform>%n skany nie zostały policzone.</numerusform>
            <numerusform>%n skanów nie zostało policzonych.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="145"/>
        <location filename="../../ui/pack_questions.py" line="77"/>
        <location filename="../../ui/packing_controller.py" line="179"/>
        <source>Scan a packing slip</source>
        <translation>Zeskanuj list przewozowy</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="145"/>
        <source>Press Esc, then scan a packing slip</source>
        <translation>Wciśnij Esc, potem zeskanuj list przewozowy</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="157"/>
        <source>Resumed order %1 where you left off</source>
        <translation>Wznowiono zamówienie %1 tam, gdzie skończyłeś</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="163"/>
        <source>Order %1 open from the saved copy</source>
        <translation>Zamówienie %1 otwarte z zapisanej kopii</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="171"/>
        <source>Order %1 open</source>
        <translation>Zamówienie %1 otwarte</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="191"/>
        <source>%1 is being packed at another station</source>
        <translation>%1 jest pakowane na innym stanowisku</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="192"/>
        <source>Answer the question on screen with the keyboard or the mouse</source>
        <translation>Odpowiedz na pytanie na ekranie klawiaturą lub myszą</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="197"/>
        <source>Take over this order?</source>
        <translation>Przejąć to zamówienie?</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="199"/>
        <source>Take it over</source>
        <translation>Przejmij</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="200"/>
        <source>Leave it</source>
        <translation>Zostaw</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="201"/>
        <source>Its status in Stitch: %1</source>
        <translation>Status w Stitch: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="218"/>
        <source>Left %1 to the other station</source>
        <translation>Zostawiono %1 innemu stanowisku</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="137"/>
        <source>Not counted: %1</source>
        <translation>Nie policzono: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="138"/>
        <source>Finish this question first (keyboard or mouse), then scan again</source>
        <translation>Najpierw odpowiedz na pytanie (klawiatura lub mysz), potem skanuj</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="39"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="43"/>
        <source>When they are back on the shelf, scan PS-CMD:ACK or press Esc</source>
        <translation>Gdy wszystko wróci na półkę, zeskanuj PS-CMD:ACK albo naciśnij Esc</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="77"/>
        <location filename="../../ui/packing_controller.py" line="179"/>
        <source>No order open</source>
        <translation>Brak otwartego zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="94"/>
        <location filename="../../ui/pack_questions.py" line="96"/>
        <source>Stop packing</source>
        <translation>Przerwij pakowanie</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="95"/>
        <source>Stop packing %1? The order itself is not canceled.</source>
        <translation>Przerwać pakowanie %1? Samo zamówienie nie zostanie anulowane.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="97"/>
        <source>Go on packing</source>
        <translation>Pakuj dalej</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pack_questions.py" line="99"/>
        <source>Put these %n units back: %1</source>
        <translation>
            <numerusform>Odłóż tę %n sztukę: %1</numerusform>
            <numerusform>Odłóż te %n sztuki: %1</numerusform>
            <numerusform>Odłóż tych %n sztuk: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="128"/>
        <source>PACKING STOPPED: %1</source>
        <translation>PAKOWANIE PRZERWANE: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="129"/>
        <location filename="../../ui/pack_questions.py" line="142"/>
        <location filename="../../ui/pack_questions.py" line="164"/>
        <source>Put these back: %1</source>
        <translation>Odłóż z powrotem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="137"/>
        <source>nothing was in the box</source>
        <translation>karton był pusty</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="141"/>
        <source>PUT BACK FIRST: %1</source>
        <translation>NAJPIERW ODŁÓŻ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="149"/>
        <source>Units put back: scan a packing slip</source>
        <translation>Odłożone: zeskanuj list przewozowy</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="154"/>
        <source>ORDER CANCELED: %1</source>
        <translation>ZAMÓWIENIE ANULOWANE: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="154"/>
        <source>SHIPPED ELSEWHERE: %1</source>
        <translation>WYSŁANE GDZIE INDZIEJ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="159"/>
        <source>Canceled in Stitch: do not ship it</source>
        <translation>Anulowane w Stitch: nie wysyłaj</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="161"/>
        <source>Shipped by someone else: do not ship it</source>
        <translation>Wysłane już przez kogoś innego: nie wysyłaj</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="179"/>
        <source>Press Esc when the box is with your supervisor</source>
        <translation>Naciśnij Esc, gdy karton będzie u kierownika</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="225"/>
        <source>SIGNED OUT: %1</source>
        <translation>WYLOGOWANO: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pack_questions.py" line="226"/>
        <source>No scan for %n minutes: scan your badge (PS-USER) to go on</source>
        <translation>
            <numerusform>Brak skanu przez %n minutę: zeskanuj identyfikator (PS-USER), aby kontynuować</numerusform>
            <numerusform>Brak skanu przez %n minuty: zeskanuj identyfikator (PS-USER), aby kontynuować</numerusform>
            <numerusform>Brak skanu przez %n minut: zeskanuj identyfikator (PS-USER), aby kontynuować</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="199"/>
        <source>Then scan the other packing slip again (cancel: PS-CMD:CANCEL)</source>
        <translation>Potem zeskanuj ponownie drugi list (anuluj: PS-CMD:CANCEL)</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="207"/>
        <source>Not a packing slip of an open order: %1</source>
        <translation>To nie list otwartego zamówienia: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="208"/>
        <source>Scan a packing slip, or pick an order in the queue and press Enter</source>
        <translation>Zeskanuj list przewozowy albo wybierz zamówienie z kolejki i wciśnij Enter</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="218"/>
        <source>Check the order, then scan PS-CMD:ACK or press Esc</source>
        <translation>Sprawdź zamówienie, potem zeskanuj PS-CMD:ACK lub wciśnij Esc</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="223"/>
        <source>Change checked: go on packing</source>
        <translation>Zmiana sprawdzona: pakuj dalej</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="235"/>
        <source>Signed in: %1</source>
        <translation>Zalogowano: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="241"/>
        <source>This carrier label is already on another box</source>
        <translation>Ta etykieta jest już na innym kartonie</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="242"/>
        <source>Press Esc, then scan this box&apos;s own carrier label</source>
        <translation>Wciśnij Esc, potem zeskanuj etykietę tego kartonu</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="281"/>
        <source>Last box: %1 box %2 · %3 %4</source>
        <translation>Ostatni karton: %1 karton %2 · %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="304"/>
        <source>SIGN IN FIRST</source>
        <translation>NAJPIERW SIĘ ZALOGUJ</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="305"/>
        <source>Scan your badge (PS-USER) or press Ctrl+L, then scan again: nothing counted</source>
        <translation>Zeskanuj identyfikator (PS-USER) albo Ctrl+L, potem skanuj ponownie: nic nie policzono</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="307"/>
        <source>Scan your badge (PS-USER) or press Ctrl+L, then the packing slip again</source>
        <translation>Zeskanuj identyfikator (PS-USER) lub naciśnij Ctrl+L, potem znów list zamówienia</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="315"/>
        <source>Scanning stopped: scans can&apos;t be saved</source>
        <translation>Skanowanie wstrzymane: nie można zapisać skanów</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="332"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="333"/>
        <source>How many of the next item go into the box?</source>
        <translation>Ile sztuk następnego towaru idzie do kartonu?</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="356"/>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="357"/>
        <source>Who packs at this station?</source>
        <translation>Kto pakuje na tym stanowisku?</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="389"/>
        <source>Check it, then scan PS-CMD:ACK or press Esc</source>
        <translation>Sprawdź, potem zeskanuj PS-CMD:ACK lub wciśnij Esc</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="397"/>
        <source>A supervisor decides in Queue → Outbox… (Ctrl+O)</source>
        <translation>Decyduje kierownik w Kolejka → Do wysłania… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="407"/>
        <source>Boxes are not being sent: call IT</source>
        <translation>Paczki nie są wysyłane: wezwij IT</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="408"/>
        <source>The journal needs a check. Packing goes on; boxes wait on this station.</source>
        <translation>Dziennik wymaga sprawdzenia. Pakowanie trwa dalej; paczki czekają na tym stanowisku.</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <location filename="../../printing/packing_slips.py" line="44"/>
        <source>Item barcodes printed at the warehouse&apos;s request</source>
        <translation>Kody towarów wydrukowane na życzenie magazynu</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="142"/>
        <source>PACKING SLIP</source>
        <translation>LIST PRZEWOZOWY</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="148"/>
        <source>Channel order %1</source>
        <translation>Zamówienie kanału %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="153"/>
        <source>Fulfillment %1</source>
        <translation>Realizacja %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../printing/packing_slips.py" line="154"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../printing/packing_slips.py" line="155"/>
        <source>%n units to pack</source>
        <translation>
            <numerusform>%n sztuka do spakowania</numerusform>
            <numerusform>%n sztuki do spakowania</numerusform>
            <numerusform>%n sztuk do spakowania</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="166"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="176"/>
        <source>scan to open this order</source>
        <translation>zeskanuj, by otworzyć zamówienie</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="193"/>
        <source>Phone %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="211"/>
        <source>SHIP TO</source>
        <translation>ODBIORCA</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="212"/>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="217"/>
        <source>SHIPPING METHOD</source>
        <translation>SPOSÓB WYSYŁKI</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="221"/>
        <source>(none given)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="252"/>
        <source>NOTES</source>
        <translation>UWAGI</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="262"/>
        <source>(notes cut here: read them in full on the order)</source>
        <translation>(uwagi ucięte: pełne w zamówieniu)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="280"/>
        <source>NOTES (see page 1): %1</source>
        <translation>UWAGI (patrz strona 1): %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="291"/>
        <source>QTY</source>
        <translation>ILOŚĆ</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="292"/>
        <source>SKU / PRODUCT</source>
        <translation>SKU / PRODUKT</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="298"/>
        <source>SCAN</source>
        <translation>SKANUJ</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="298"/>
        <source>ITEM CODE (scan the product)</source>
        <translation>KOD (skanuj produkt)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="323"/>
        <source>all %1 shipped</source>
        <translation>wysłano wszystkie %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="325"/>
        <source>%1 of %2 shipped</source>
        <translation>wysłano %1 z %2</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="346"/>
        <source>no barcode fits: type the SKU above</source>
        <translation>kod się nie mieści: wpisz SKU powyżej</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="387"/>
        <source>Printed %1</source>
        <translation>Wydrukowano %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="389"/>
        <source>page %1 of %2</source>
        <translation>strona %1 z %2</translation>
    </message>
</context>
<context>
    <name>PaperTitle</name>
    <message>
        <location filename="../../printing/badges.py" line="47"/>
        <source>Packer badges</source>
        <translation>Identyfikatory pakowaczy</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="98"/>
        <source>Station command sheet</source>
        <translation>Karta poleceń stanowiska</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="66"/>
        <source>Packing slips</source>
        <translation>Listy przewozowe</translation>
    </message>
    <message>
        <location filename="../../printing/sku_labels.py" line="95"/>
        <source>SKU labels</source>
        <translation>Etykiety SKU</translation>
    </message>
</context>
<context>
    <name>PinCommand</name>
    <message>
        <location filename="../../cli/pin.py" line="72"/>
        <source>The supervisor PIN is set by your IT department in %1; change it there.</source>
        <translation>PIN kierownika ustawia dział IT w %1; zmień go tam.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="81"/>
        <source>Current supervisor PIN: </source>
        <translation>Obecny PIN kierownika: </translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="83"/>
        <source>The current PIN is not right; nothing changed.</source>
        <translation>Obecny PIN jest błędny; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="88"/>
        <source>New supervisor PIN (4 digits or more): </source>
        <translation>Nowy PIN kierownika (co najmniej 4 cyfry): </translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="89"/>
        <source>The new PIN again: </source>
        <translation>Powtórz nowy PIN: </translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="91"/>
        <source>The two PINs differ; nothing changed.</source>
        <translation>PIN-y się różnią; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="96"/>
        <source>The supervisor PIN must be at least 4 digits.</source>
        <translation>PIN kierownika musi mieć co najmniej 4 cyfry.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="100"/>
        <source>No PIN was given; nothing changed.</source>
        <translation>Nie podano PIN-u; nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="103"/>
        <source>Nothing changed.</source>
        <translation>Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="110"/>
        <source>The settings could not be written: %1</source>
        <translation>Nie można zapisać ustawień: %1</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="113"/>
        <source>Supervisor PIN set (%1).</source>
        <translation>PIN kierownika ustawiony (%1).</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="117"/>
        <source>Supervisor PIN removed (%1). Supervisor actions are no longer protected.</source>
        <translation>PIN kierownika usunięty (%1). Działania kierownika nie są już chronione.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="122"/>
        <source>No supervisor PIN was set.</source>
        <translation>PIN kierownika nie był ustawiony.</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="119"/>
        <source>Supervisor approval</source>
        <extracomment>One per running app: a lockout holds whichever dialog asks next. The last supervisor who approved something here: offered again (a shift has one or two).</extracomment>
        <translation>Zgoda kierownika</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="126"/>
        <source>A supervisor must approve: &lt;b&gt;{action}&lt;/b&gt;</source>
        <translation>Wymaga zgody kierownika: &lt;b&gt;{action}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="130"/>
        <source>⚠ No supervisor PIN is set — set one in Settings. This will be journaled.</source>
        <translation>⚠ Brak PIN-u kierownika — ustaw go w Ustawieniach. To zostanie zapisane w dzienniku.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="135"/>
        <source>Your name</source>
        <translation>Twoje imię</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="146"/>
        <source>Why (goes into the journal)</source>
        <translation>Dlaczego (trafi do dziennika)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="152"/>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Kierownik:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="153"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="155"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="162"/>
        <source>&amp;Approve</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="187"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Za dużo błędnych PIN-ów. Spróbuj za {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="206"/>
        <source>Type the supervisor&apos;s name.</source>
        <translation>Wpisz imię kierownika.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="210"/>
        <source>Say why: it goes into the journal.</source>
        <translation>Podaj powód: trafi do dziennika.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="220"/>
        <source>Wrong PIN. {n} more tries before a short lockout.</source>
        <translation>Błędny PIN. Pozostało prób przed krótką blokadą: {n}.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_actions.py" line="56"/>
        <source>“{requested}” scans as “{encoded}”</source>
        <translation>„{requested}” skanuje się jako „{encoded}”</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="166"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="189"/>
        <source>Printing {what}…</source>
        <translation>Drukowanie: {what}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="193"/>
        <source>Printing {what}: {done} of {total}…</source>
        <translation>Drukowanie: {what}: {done} z {total}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="212"/>
        <source>{what} could not be printed: {e}</source>
        <translation>Nie można wydrukować: {what}: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="215"/>
        <source>the printer</source>
        <translation>drukarka</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="217"/>
        <source>Printed {what}: {pages} pages to {where}</source>
        <translation>Wydrukowano {what}: stron {pages} na {where}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="224"/>
        <source>Printed with plain characters</source>
        <translation>Wydrukowano prostymi znakami</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="225"/>
        <source>Scanners can only type plain characters, so these barcodes carry a plain version of the text printed under them:

{lines}</source>
        <translation>Skanery wpisują tylko proste znaki, więc te kody zawierają prostą wersję tekstu wydrukowanego pod nimi:

{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="240"/>
        <source>Not printed</source>
        <translation>Nie wydrukowano</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="258"/>
        <source>Select one or more orders in the queue first.</source>
        <translation>Najpierw wybierz zamówienia w kolejce.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="260"/>
        <source>{n} packing slips</source>
        <translation>listy przewozowe: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="260"/>
        <source>packing slip</source>
        <translation>list przewozowy</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="261"/>
        <source>Reading {what}…</source>
        <translation>Odczyt: {what}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="266"/>
        <source>The orders could not be read: {e}</source>
        <translation>Nie można odczytać zamówień: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="269"/>
        <source>Print packing slips</source>
        <translation>Drukuj listy przewozowe</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="282"/>
        <source>Print the command sheet</source>
        <translation>Drukuj arkusz komend</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="288"/>
        <source>command sheet</source>
        <translation>arkusz komend</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="293"/>
        <source>Type at least one packer&apos;s name.</source>
        <translation>Wpisz co najmniej jedno imię.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="295"/>
        <source>Print packer badges</source>
        <translation>Drukuj identyfikatory</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="299"/>
        <source>packer badges</source>
        <translation>identyfikatory</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="305"/>
        <source>Choose at least one product.</source>
        <translation>Wybierz co najmniej jeden produkt.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="307"/>
        <source>Print SKU labels</source>
        <translation>Drukuj etykiety SKU</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="315"/>
        <source>The labels could not be made: {e}</source>
        <translation>Nie można utworzyć etykiet: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="317"/>
        <source>{n} SKU labels</source>
        <translation>etykiety SKU: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="365"/>
        <source>Save packing slips as &amp;PDF…</source>
        <translation>Zapisz listy jako &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="368"/>
        <source>Packing slips of the selected orders as a PDF file</source>
        <translation>Listy wybranych zamówień jako plik PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="370"/>
        <source>Print &amp;command sheet…</source>
        <translation>Drukuj arkusz &amp;komend…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="370"/>
        <source>To a printer</source>
        <translation>Na drukarkę</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="371"/>
        <source>Save command sheet as PDF…</source>
        <translation>Zapisz arkusz komend jako PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="372"/>
        <source>Packer &amp;badges…</source>
        <translation>&amp;Identyfikatory…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="372"/>
        <source>PS-USER badges to sign in with</source>
        <translation>Identyfikatory PS-USER do logowania</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="373"/>
        <source>SKU &amp;labels…</source>
        <translation>&amp;Etykiety SKU…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="373"/>
        <source>For products whose barcode is missing</source>
        <translation>Dla produktów bez kodu kreskowego</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <location filename="../../cli/print.py" line="104"/>
        <source>the printer</source>
        <translation>drukarka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli/print.py" line="107"/>
        <source>Printed %n pages to %1</source>
        <translation>
            <numerusform>Wydrukowano %n stronę: %1</numerusform>
            <numerusform>Wydrukowano %n strony: %1</numerusform>
            <numerusform>Wydrukowano %n stron: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="114"/>
        <source>Note: “%1” scans as “%2”</source>
        <translation>Uwaga: „%1” skanuje się jako „%2”</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="143"/>
        <source>Give at least one packer&apos;s name.</source>
        <translation>Podaj co najmniej jedno imię pakowacza.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="175"/>
        <source>No access token for %1.
Set it once with:  packstation token set --api-url %1
(scripts may set the environment variable %2 instead)</source>
        <translation>Brak tokenu dostępu dla %1.
Ustaw go raz:  packstation token set --api-url %1
(skrypty mogą zamiast tego ustawić zmienną środowiskową %2)</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="188"/>
        <source>Cannot use the API URL %1: %2</source>
        <translation>Nie można użyć adresu API %1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="202"/>
        <location filename="../../cli/print.py" line="224"/>
        <source>Stitch refused the access token.</source>
        <translation>Stitch odrzucił token dostępu.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="205"/>
        <source>Stitch has no fulfillment %1; nothing printed.</source>
        <translation>Stitch nie ma realizacji %1; nic nie wydrukowano.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="209"/>
        <source>Order %1 could not be read: %2</source>
        <translation>Nie można odczytać zamówienia %1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="227"/>
        <source>Product %1 could not be read: %2</source>
        <translation>Nie można odczytać produktu %1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="231"/>
        <source>Stitch has no product with SKU %1; nothing printed.</source>
        <translation>Stitch nie ma produktu o SKU %1; nic nie wydrukowano.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="245"/>
        <location filename="../../cli/print.py" line="247"/>
        <source>Not printed: %1</source>
        <translation>Nie wydrukowano: %1</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="255"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="257"/>
        <source>No printer %1 here (printers: %2).</source>
        <translation>Brak drukarki %1 (drukarki: %2).</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="257"/>
        <source>(default)</source>
        <translation>(domyślna)</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="53"/>
        <source>Save as &amp;PDF…</source>
        <translation>Zapisz jako &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="54"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="55"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="69"/>
        <source>Packer badges</source>
        <translation>Identyfikatory pakowaczy</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="73"/>
        <source>One packer&apos;s name per line</source>
        <translation>Jedno imię w wierszu</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="78"/>
        <source>Scanning a badge signs its packer in (PS-USER:name).</source>
        <translation>Skan identyfikatora loguje pakowacza (PS-USER:imię).</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="100"/>
        <source>SKU labels</source>
        <translation>Etykiety SKU</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="105"/>
        <source>Search SKU, name or barcode</source>
        <translation>Szukaj SKU, nazwy lub kodu</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="113"/>
        <source>Reading the products from Stitch…</source>
        <translation>Odczyt produktów ze Stitch…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="118"/>
        <source>Label:</source>
        <translation>Etykieta:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="134"/>
        <source>The products could not be read: {e}</source>
        <translation>Nie można odczytać produktów: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="150"/>
        <source>{n} products; tick the ones to label</source>
        <translation>Produkty: {n}; zaznacz te do etykietowania</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="19"/>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="20"/>
        <source>Name or barcode changed</source>
        <translation>Zmieniona nazwa lub kod</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="21"/>
        <source>Stock changed</source>
        <translation>Zmieniony stan</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="22"/>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="23"/>
        <source>Not in Stitch (skipped)</source>
        <translation>Brak w Stitch (pominięto)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="44"/>
        <location filename="../../ui/supervisor/products_words.py" line="52"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="46"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="47"/>
        <source>Barcode</source>
        <translation>Kod kreskowy</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="48"/>
        <source>Stock in Stitch</source>
        <translation>Stan w Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="49"/>
        <source>Stock in file</source>
        <translation>Stan w pliku</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="53"/>
        <source>What is wrong</source>
        <translation>Co jest nie tak</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="64"/>
        <source> … and {n} more</source>
        <translation> … i jeszcze {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="68"/>
        <source>File: {source}</source>
        <translation>Plik: {source}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_words.py" line="71"/>
        <source>All %n changes landed in Stitch.</source>
        <translation>
            <numerusform>%n zmiana dotarła do Stitch.</numerusform>
            <numerusform>Wszystkie %n zmiany dotarły do Stitch.</numerusform>
            <numerusform>Wszystkie %n zmian dotarło do Stitch.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="79"/>
        <source>Landed in Stitch: {n}</source>
        <translation>Trafiło do Stitch: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="81"/>
        <source>Stopped by the Cancel button after the batch in flight.</source>
        <translation>Zatrzymano przyciskiem Anuluj po bieżącej partii.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="85"/>
        <source>Batch {batch} of {total} failed: {error}</source>
        <translation>Partia {batch} z {total} nie powiodła się: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="91"/>
        <source>Uncertain (sent, no answer came; may have landed): {n}</source>
        <translation>Niepewne (wysłano, brak odpowiedzi; mogło dotrzeć): {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="97"/>
        <source>Not landed: {n}</source>
        <translation>Nie dotarło: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="101"/>
        <source>Stitch refused line {line} ({sku}): {reason}</source>
        <translation>Stitch odrzucił wiersz {line} ({sku}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="106"/>
        <source>Landed SKUs:</source>
        <translation>SKU, które dotarły:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="109"/>
        <source>Push the same file again: only what still differs is sent.</source>
        <translation>Wyślij ten sam plik ponownie: pójdzie tylko to, co się nadal różni.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="83"/>
        <source>Products and stock to Stitch</source>
        <extracomment>SKUs named per list in the on-screen result (the saved report names them all).</extracomment>
        <translation>Produkty i stany do Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="96"/>
        <source>&amp;Choose CSV file…</source>
        <translation>&amp;Wybierz plik CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="98"/>
        <source>Choose the product file (Ctrl+O)</source>
        <translation>Wybierz plik produktów (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="100"/>
        <source>No file chosen. Columns: sku,name,upc,quantity_on_hand</source>
        <translation>Nie wybrano pliku. Kolumny: sku,name,upc,quantity_on_hand</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="102"/>
        <source>&amp;Stock only (never create products or change names)</source>
        <translation>&amp;Tylko stany (bez nowych produktów i zmian nazw)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="119"/>
        <source>Push changes</source>
        <translation>Wyślij zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="121"/>
        <source>Needs the supervisor PIN</source>
        <translation>Wymaga PIN-u kierownika</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="124"/>
        <source>%v of %m products</source>
        <translation>%v z %m produktów</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="126"/>
        <source>Cancel push</source>
        <translation>Anuluj wysyłanie</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="127"/>
        <source>Stop after the batch being sent</source>
        <translation>Zatrzymaj po bieżącej partii</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="135"/>
        <source>Save &amp;report…</source>
        <translation>Zapisz &amp;raport…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="136"/>
        <source>Save the result as a text file</source>
        <translation>Zapisz wynik jako plik tekstowy</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="139"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="167"/>
        <source>Product file</source>
        <translation>Plik produktów</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="167"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Pliki CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="181"/>
        <source>Reading {name}…</source>
        <translation>Odczyt {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="186"/>
        <source>cannot be read: {e}</source>
        <translation>nie można odczytać: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="215"/>
        <source>no Stitch account is set up yet</source>
        <translation>nie skonfigurowano jeszcze konta Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="217"/>
        <source>Reading Stitch&apos;s product list…</source>
        <translation>Odczyt listy produktów Stitch…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="223"/>
        <source>Stitch&apos;s product list could not be read: {e}</source>
        <translation>Nie można odczytać listy produktów Stitch: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="267"/>
        <source>{n} new</source>
        <translation>nowe: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="268"/>
        <source>{n} changed</source>
        <translation>zmienione: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="269"/>
        <source>{n} stock changes</source>
        <translation>zmiany stanów: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="270"/>
        <source>{n} unchanged</source>
        <translation>bez zmian: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="273"/>
        <source>{n} not in Stitch (skipped)</source>
        <translation>brak w Stitch (pominięto): {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="274"/>
        <source>Against the {n} products in Stitch: </source>
        <translation>Względem produktów w Stitch ({n}): </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="280"/>
        <source>%n products will have 0 in stock.</source>
        <translation>
            <numerusform>%n produkt będzie miał stan 0.</numerusform>
            <numerusform>%n produkty będą miały stan 0.</numerusform>
            <numerusform>%n produktów będzie miało stan 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="287"/>
        <source>%n unit weights kept for this station&apos;s weight check (not sent to Stitch).</source>
        <translation>
            <numerusform>Zachowano %n wagę jednostkową do kontroli wagi na tym stanowisku (nie wysłano do Stitch).</numerusform>
            <numerusform>Zachowano %n wagi jednostkowe do kontroli wagi na tym stanowisku (nie wysłano do Stitch).</numerusform>
            <numerusform>Zachowano %n wag jednostkowych do kontroli wagi na tym stanowisku (nie wysłano do Stitch).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="299"/>
        <source>&amp;Push %n changes</source>
        <translation>
            <numerusform>&amp;Wyślij %n zmianę</numerusform>
            <numerusform>&amp;Wyślij %n zmiany</numerusform>
            <numerusform>&amp;Wyślij %n zmian</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="301"/>
        <source>Nothing to push</source>
        <translation>Nie ma czego wysłać</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="351"/>
        <source>Sending %n changes to Stitch…</source>
        <translation>
            <numerusform>Wysyłanie %n zmiany do Stitch…</numerusform>
            <numerusform>Wysyłanie %n zmian do Stitch…</numerusform>
            <numerusform>Wysyłanie %n zmian do Stitch…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="387"/>
        <source>Stopping after the batch being sent…</source>
        <translation>Zatrzymywanie po bieżącej partii…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="407"/>
        <source>Save the push report</source>
        <translation>Zapisz raport wysyłki</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="409"/>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="59"/>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="61"/>
        <source>Ship to</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="62"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="58"/>
        <source>Mark</source>
        <translation>Znacznik</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="60"/>
        <source>Channel #</source>
        <translation>Nr kanału</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="63"/>
        <source>Method</source>
        <translation>Wysyłka</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="64"/>
        <source>Units</source>
        <translation>Szt.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="66"/>
        <source>Age</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110"/>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="113"/>
        <source>%n h</source>
        <translation>%n godz.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="114"/>
        <source>%n d</source>
        <translation>%n dni</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="223"/>
        <source>Waiting to send, or being packed at another station</source>
        <translation>Czeka na wysłanie lub pakowane na innym stanowisku</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="410"/>
        <source>Being packed at %1</source>
        <translation>Pakowane na %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="412"/>
        <source>A shipment for this order is waiting to be sent to Stitch</source>
        <translation>Przesyłka tego zamówienia czeka na wysłanie do Stitch</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/queue_panel.py" line="40"/>
        <source>Filter: order, name, place, method…</source>
        <translation>Filtr: zamówienie, nazwa, miejsce, metoda…</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="87"/>
        <source>Set status…</source>
        <translation>Ustaw status…</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="88"/>
        <source>Print slip</source>
        <translation>Drukuj list</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="131"/>
        <source>Queue: %1 open</source>
        <translation>Kolejka: %1 otwartych</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="134"/>
        <source>Queue: %1 of %2 shown</source>
        <translation>Kolejka: pokazano %1 z %2</translation>
    </message>
</context>
<context>
    <name>ScaleSettings</name>
    <message>
        <location filename="../../ui/scale_settings.py" line="29"/>
        <source>No scale</source>
        <translation>Brak wagi</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="30"/>
        <source>Mettler Toledo (MT-SICS)</source>
        <translation>Mettler Toledo (MT-SICS)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="31"/>
        <source>NCI / shipping scale (W&lt;CR&gt;)</source>
        <translation>NCI / waga wysyłkowa (W&lt;CR&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="32"/>
        <source>Continuous output</source>
        <translation>Wyjście ciągłe</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="33"/>
        <source>USB point-of-sale scale (HID)</source>
        <translation>Waga kasowa USB (HID)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="39"/>
        <source>/dev/ttyUSB0, COM3, or 0922:8003 for a USB scale</source>
        <translation>/dev/ttyUSB0, COM3 lub 0922:8003 dla wagi USB</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="40"/>
        <source>Check it with: packstation scale test</source>
        <translation>Sprawdź poleceniem: packstation scale test</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="45"/>
        <source>As set on the scale (serial scales only)</source>
        <translation>Jak ustawiono na wadze (tylko wagi na porcie szeregowym)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="61"/>
        <source>A box may be off by the grams or by this share, whichever is larger</source>
        <translation>Karton może odbiegać o podane gramy lub o ten procent (liczy się większa wartość)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="67"/>
        <source>learned from the boxes</source>
        <translation>wyliczona z kartonów</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="69"/>
        <source>The empty carton with its fill</source>
        <translation>Pusty karton z wypełniaczem</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../ui/scan_capture.py" line="225"/>
        <source>Type a code and press Enter</source>
        <translation>Wpisz kod i wciśnij Enter</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="226"/>
        <source>For a damaged label: type the code here and press Enter</source>
        <translation>Uszkodzona etykieta: wpisz tu kod i wciśnij Enter</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../cli/selftest.py" line="83"/>
        <source>settings (%1)</source>
        <translation>ustawienia (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli/selftest.py" line="84"/>
        <source>settings: %n problems</source>
        <translation>
            <numerusform>ustawienia: %n problem</numerusform>
            <numerusform>ustawienia: %n problemy</numerusform>
            <numerusform>ustawienia: %n problemów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="87"/>
        <source>the station starts with the built-in value of each key named below (of every key in a file that is not valid TOML)</source>
        <translation>stanowisko startuje z wartością domyślną każdego klucza poniżej (każdego klucza pliku, który nie jest poprawnym TOML)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="141"/>
        <source>Qt platform plugin (%1): did not start in %2 s</source>
        <translation>wtyczka platformy Qt (%1): nie uruchomiła się w %2 s</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="148"/>
        <source>Qt platform plugin: could not run the probe (%1)</source>
        <translation>wtyczka platformy Qt: nie można uruchomić testu (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="151"/>
        <source>Qt platform plugin (%1)</source>
        <translation>wtyczka platformy Qt (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="152"/>
        <source>missing system libraries? run again with QT_DEBUG_PLUGINS=1 for Qt&apos;s reasons</source>
        <translation>brak bibliotek systemowych? uruchom ponownie z QT_DEBUG_PLUGINS=1, by zobaczyć powody Qt</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="153"/>
        <location filename="../../cli/selftest.py" line="169"/>
        <source>exit status %1</source>
        <translation>kod wyjścia %1</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="155"/>
        <source>Qt platform plugin (%1): %2 (%3)</source>
        <translation>wtyczka platformy Qt (%1): %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="166"/>
        <source>sound: could not be checked (%1)</source>
        <translation>dźwięk: nie można sprawdzić (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="172"/>
        <source>sound: Qt Multimedia did not load (%1); the station runs silently</source>
        <translation>dźwięk: Qt Multimedia się nie załadowało (%1); stanowisko działa bez dźwięku</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="177"/>
        <source>sound: no audio output device; the station will run without sounds</source>
        <translation>dźwięk: brak wyjścia audio; stanowisko będzie działać bez dźwięków</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="183"/>
        <source>sound: %1 did not load on %2 (%3); the station runs silently</source>
        <translation>dźwięk: %1 nie załadował się na %2 (%3); stanowisko działa bez dźwięku</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="189"/>
        <source>sound (%1)</source>
        <translation>dźwięk (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="201"/>
        <source>keyring: cannot be set up (%1)</source>
        <translation>magazyn haseł: nie można skonfigurować (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="213"/>
        <source>keyring: no password store (%1); the token cannot be kept on this computer (Linux: install and unlock gnome-keyring or KWallet in the desktop session)</source>
        <translation>magazyn haseł: brak (%1); tokenu nie da się zachować na tym komputerze (Linux: zainstaluj i odblokuj gnome-keyring lub KWallet w sesji pulpitu)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="226"/>
        <source>keyring: the password store cannot be read (%1: %2)</source>
        <translation>magazyn haseł: nie można odczytać (%1: %2)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="231"/>
        <source>keyring (%1)</source>
        <translation>magazyn haseł (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="250"/>
        <location filename="../../cli/selftest.py" line="277"/>
        <location filename="../../cli/selftest.py" line="279"/>
        <location filename="../../cli/selftest.py" line="283"/>
        <source>journal: %1 (%2)</source>
        <translation>dziennik: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="257"/>
        <source>journal: cannot create %1 (%2)</source>
        <translation>dziennik: nie można utworzyć %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="274"/>
        <source>journal writable (%1; in use by Packstation now)</source>
        <translation>dziennik zapisywalny (%1; teraz używany przez Packstation)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="290"/>
        <source>journal writable (%1)</source>
        <translation>dziennik zapisywalny (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="313"/>
        <source>log directory: cannot write %1 (%2); the log goes to the temp directory</source>
        <translation>katalog logów: nie można zapisać %1 (%2); log trafia do katalogu tymczasowego</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="318"/>
        <source>log directory (%1)</source>
        <translation>katalog logów (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="329"/>
        <source>Stitch: no token stored for %1 (packstation token set --api-url URL &lt; token.txt)</source>
        <translation>Stitch: brak zapisanego tokenu dla %1 (packstation token set --api-url URL &lt; token.txt)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="349"/>
        <source>Stitch did not answer at %1 within %2 s</source>
        <translation>Stitch nie odpowiedział pod %1 w ciągu %2 s</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="354"/>
        <source>Stitch refused the stored token for %1 (401): set a new one</source>
        <translation>Stitch odrzucił zapisany token dla %1 (401): ustaw nowy</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="360"/>
        <source>Stitch did not answer at %1: %2</source>
        <translation>Stitch nie odpowiedział pod %1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="362"/>
        <source>Stitch answers (%1)</source>
        <translation>Stitch odpowiada (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="389"/>
        <source>Packstation %1 self-test</source>
        <translation>Autotest Packstation %1</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="392"/>
        <source>Qt platform plugin</source>
        <translation>wtyczka platformy Qt</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="393"/>
        <source>keyring</source>
        <translation>magazyn haseł</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="394"/>
        <source>journal</source>
        <translation>dziennik</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="395"/>
        <source>log directory</source>
        <translation>katalog logów</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="396"/>
        <source>sound</source>
        <translation>dźwięk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli/selftest.py" line="406"/>
        <source>%n checks failed.</source>
        <translation>
            <numerusform>%n test nie przeszedł.</numerusform>
            <numerusform>%n testy nie przeszły.</numerusform>
            <numerusform>%n testów nie przeszło.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="409"/>
        <source>All checks passed (station &apos;%1&apos;).</source>
        <translation>Wszystkie testy zaliczone (stanowisko &apos;%1&apos;).</translation>
    </message>
</context>
<context>
    <name>SetStatusDialog</name>
    <message>
        <location filename="../../ui/status_dialog.py" line="29"/>
        <location filename="../../ui/status_dialog.py" line="56"/>
        <source>Set status</source>
        <translation>Ustaw status</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="31"/>
        <source>Status of order %1:</source>
        <translation>Status zamówienia %1:</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="35"/>
        <source>Status of %1 orders (%2):</source>
        <translation>Status zamówień: %1 (%2):</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="48"/>
        <source>Pick a status or type one (empty clears it)</source>
        <translation>Wybierz lub wpisz status (puste czyści)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>set by your IT department</source>
        <translation>ustawione przez dział IT</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Station settings</source>
        <translation>Ustawienia stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>A new address needs its own access token</source>
        <translation>Nowy adres wymaga własnego tokenu</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>Status set while an order is packed; {station} and {packer} are filled in</source>
        <translation>Status w czasie pakowania; wstawiane są {station} i {packer}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Keys closer together than this are a scanner; a person types slower</source>
        <translation>Szybsze klawisze to skaner; człowiek pisze wolniej</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>&amp;Mute</source>
        <translation>&amp;Wycisz</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129"/>
        <source>&amp;Test sound</source>
        <translation>&amp;Test dźwięku</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source>A box ships only after PS-CMD:SHIP is scanned</source>
        <translation>Karton wychodzi dopiero po skanie PS-CMD:SHIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Print item barcodes too (for damaged product labels)</source>
        <translation>Drukuj też kody towarów (na uszkodzone etykiety)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>Off: only the order&apos;s barcode scans, so nobody scans the paper for the product</source>
        <translation>Wyłączone: skanuje się tylko kod zamówienia, więc nikt nie skanuje kartki zamiast towaru</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>This computer&apos;s zone</source>
        <translation>Strefa tego komputera</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>This computer&apos;s language</source>
        <translation>Język tego komputera</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>A packer with a language of their own in the packer list switches it at sign-in</source>
        <translation>Pakowacz z własnym językiem na liście zmienia go przy logowaniu</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Same as the station</source>
        <translation>Jak stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Slips, command sheets, badges and labels: the customer&apos;s and the bench&apos;s paper</source>
        <translation>Listy przewozowe, karty poleceń, identyfikatory i etykiety: papier klienta i stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="161"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Finished orders are kept in the journal this long</source>
        <translation>Jak długo zakończone zamówienia zostają w dzienniku</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Change the supervisor PIN</source>
        <translation>Zmień PIN kierownika</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Set a supervisor PIN (none is set)</source>
        <translation>Ustaw PIN kierownika (brak)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Current PIN:</source>
        <translation>Obecny PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="184"/>
        <source>New PIN (4 digits or more):</source>
        <translation>Nowy PIN (min. 4 cyfry):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="185"/>
        <source>New PIN again:</source>
        <translation>Powtórz nowy PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>&amp;Station name:</source>
        <translation>&amp;Nazwa stanowiska:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Stitch &amp;address:</source>
        <translation>&amp;Adres Stitch:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>&amp;Claim status:</source>
        <translation>Status &amp;rezerwacji:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>Status &amp;presets:</source>
        <translation>&amp;Gotowe statusy:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <source>Scanner &amp;speed:</source>
        <translation>&amp;Szybkość skanera:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193"/>
        <source>Sound &amp;volume:</source>
        <translation>&amp;Głośność:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="194"/>
        <source>Shipping:</source>
        <translation>Wysyłka:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="195"/>
        <source>Packing slips:</source>
        <translation>Listy zamówień:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Lan&amp;guage:</source>
        <translation>Ję&amp;zyk:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>Printed paper&apos;s la&amp;nguage:</source>
        <translation>Język &amp;wydruków:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="198"/>
        <source>Time &amp;zone:</source>
        <translation>Strefa &amp;czasowa:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="199"/>
        <source>&amp;Keep history:</source>
        <translation>&amp;Przechowuj historię:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Sca&amp;le:</source>
        <translation>&amp;Waga:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>Scale device:</source>
        <translation>Urządzenie wagi:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <source>Scale baud rate:</source>
        <translation>Prędkość transmisji wagi:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="204"/>
        <source>Weight unit:</source>
        <translation>Jednostka wagi:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="206"/>
        <source>Weight tolerance:</source>
        <translation>Tolerancja wagi:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="208"/>
        <source>or:</source>
        <translation>lub:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Carton tare:</source>
        <translation>Tara kartonu:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="232"/>
        <source>⚠ No supervisor PIN is set: anyone can change these settings (the Stitch address) and approve supervisor actions. Set a PIN below.</source>
        <translation>⚠ Brak PIN-u kierownika: każdy może zmienić te ustawienia (adres Stitch) i zatwierdzać działania kierownika. Ustaw PIN poniżej.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="305"/>
        <source>New status</source>
        <translation>Nowy status</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="332"/>
        <source>The station needs a name.</source>
        <translation>Stanowisko musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="335"/>
        <source>The Stitch address must start with https://</source>
        <translation>Adres Stitch musi zaczynać się od https://</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="341"/>
        <source>The claim status may only use {station} and {packer} as placeholders.</source>
        <translation>Status rezerwacji może używać tylko {station} i {packer}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="346"/>
        <source>A status may have at most {n} characters.</source>
        <translation>Status może mieć najwyżej {n} znaków.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="353"/>
        <source>Unknown time zone: {zone}</source>
        <translation>Nieznana strefa czasowa: {zone}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="385"/>
        <source>The current PIN is not right; the PIN was not changed.</source>
        <translation>Obecny PIN jest błędny; PIN nie został zmieniony.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="387"/>
        <source>The two new PINs differ.</source>
        <translation>Nowe PIN-y się różnią.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="391"/>
        <source>The supervisor PIN must be at least 4 digits.</source>
        <translation>PIN kierownika musi mieć co najmniej 4 cyfry.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="403"/>
        <source>The settings could not be saved: {e}</source>
        <translation>Nie można zapisać ustawień: {e}</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../ui/setup_screen.py" line="51"/>
        <source>Enter the full address, starting with https://</source>
        <translation>Wpisz pełny adres, zaczynając od https://</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="60"/>
        <source>Use https:// for Stitch: the token must not travel unencrypted.</source>
        <translation>Używaj https:// dla Stitch: token nie może iść bez szyfrowania.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="87"/>
        <source>Connect this station to Stitch</source>
        <extracomment>The salted hash of the supervisor PIN typed here (&quot;&quot; when skipped), once submitted.</extracomment>
        <translation>Połącz stanowisko ze Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="94"/>
        <source>Enter the API address and the access token your Stitch administrator gave you. The token is kept in this computer&apos;s password store, never in a file.</source>
        <translation>Wpisz adres API i token od administratora Stitch. Token jest trzymany w magazynie haseł komputera, nigdy w pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="104"/>
        <source>Paste the access token</source>
        <translation>Wklej token dostępu</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="106"/>
        <source>Test and save</source>
        <translation>Sprawdź i zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="124"/>
        <source>Optional: 4 digits or more</source>
        <translation>Opcjonalnie: 4 cyfry lub więcej</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="125"/>
        <source>The same PIN again</source>
        <translation>Ten sam PIN jeszcze raz</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="128"/>
        <source>The supervisor PIN approves supervisor actions and opens Settings. Leave it empty to set it later (Settings, or packstation pin set).</source>
        <translation>PIN kierownika zatwierdza działania kierownika i otwiera Ustawienia. Zostaw puste, by ustawić później (Ustawienia lub packstation pin set).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="135"/>
        <source>API address:</source>
        <translation>Adres API:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="136"/>
        <source>Access token:</source>
        <translation>Token dostępu:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="138"/>
        <source>Supervisor PIN:</source>
        <translation>PIN kierownika:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="139"/>
        <source>PIN again:</source>
        <translation>PIN ponownie:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="179"/>
        <source>Paste the access token first.</source>
        <translation>Najpierw wklej token dostępu.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="184"/>
        <source>The two supervisor PINs differ.</source>
        <translation>Oba PIN-y kierownika się różnią.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="189"/>
        <source>The supervisor PIN must be at least 4 digits.</source>
        <translation>PIN kierownika musi mieć co najmniej 4 cyfry.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="194"/>
        <source>Asking Stitch…</source>
        <translation>Pytanie Stitch…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="199"/>
        <source>The check failed (see the log).</source>
        <translation>Sprawdzenie nie powiodło się (zob. log).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="204"/>
        <source>Stitch refused this access token. Check it was copied completely.</source>
        <translation>Stitch odrzucił ten token. Sprawdź, czy skopiowano go w całości.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="210"/>
        <source>Could not reach Stitch at %1: %2</source>
        <translation>Brak połączenia ze Stitch pod %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="220"/>
        <source>This computer has no password store; the token will be kept for this session only</source>
        <translation>Ten komputer nie ma magazynu haseł; token zostanie tylko na tę sesję</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="226"/>
        <source>Connected. The token is saved in this computer&apos;s password store.</source>
        <translation>Połączono. Token zapisano w magazynie haseł komputera.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../../ui/scan_router.py" line="40"/>
        <source>Not connected yet</source>
        <translation>Jeszcze nie połączono</translation>
    </message>
    <message>
        <location filename="../../ui/scan_router.py" line="40"/>
        <source>Wait a moment</source>
        <translation>Chwileczkę</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../ui/status_actions.py" line="57"/>
        <source>Select one or more orders in the queue first</source>
        <translation>Najpierw wybierz zamówienia w kolejce</translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="96"/>
        <source>The status could not be saved: %1</source>
        <translation>Nie można zapisać statusu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="102"/>
        <source>Status set: %1</source>
        <translation>Ustawiono status: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="102"/>
        <location filename="../../ui/status_actions.py" line="109"/>
        <source>(cleared)</source>
        <translation>(wyczyszczono)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_actions.py" line="104"/>
        <source>Status of %n orders set: %2</source>
        <translation>
            <numerusform>Ustawiono status %n zamówienia: %2</numerusform>
            <numerusform>Ustawiono status %n zamówień: %2</numerusform>
            <numerusform>Ustawiono status %n zamówień: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/status_line.py" line="32"/>
        <source>TRAINING – demo data</source>
        <translation>SZKOLENIE – dane demo</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="35"/>
        <source>Nothing here is real: the station talks to its built-in practice server</source>
        <translation>Nic tu nie jest prawdziwe: stanowisko łączy się z serwerem ćwiczeniowym</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="73"/>
        <source>○ Stitch: connecting…</source>
        <translation>○ Stitch: łączenie…</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="75"/>
        <source>● Stitch ok</source>
        <translation>● Stitch ok</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="77"/>
        <source>▲ Stitch unreachable</source>
        <translation>▲ Brak połączenia ze Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="79"/>
        <location filename="../../ui/status_line.py" line="95"/>
        <source>last sync %1</source>
        <translation>ostatnia synchr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="90"/>
        <source>○ Warehouse server: connecting…</source>
        <translation>○ Serwer magazynu: łączenie…</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="92"/>
        <source>● Warehouse server connected</source>
        <translation>● Serwer magazynu połączony</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="93"/>
        <source>▲ Warehouse server offline</source>
        <translation>▲ Serwer magazynu offline</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="106"/>
        <source>%1 waiting to send</source>
        <translation>%1 czeka na wysłanie</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="108"/>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="113"/>
        <source>%1 refused by Stitch</source>
        <translation>%1 odrzucone przez Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="123"/>
        <source>nobody signed in</source>
        <translation>nikt nie zalogowany</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="65"/>
        <source>S&amp;upervisor</source>
        <translation>&amp;Kierownik</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="70"/>
        <source>&amp;Products and stock…</source>
        <translation>&amp;Produkty i stany…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="72"/>
        <source>&amp;Figures…</source>
        <translation>&amp;Statystyki…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="76"/>
        <source>Order &amp;history…</source>
        <translation>&amp;Historia zamówienia…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="80"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Dziennik audytu…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="82"/>
        <source>P&amp;rint</source>
        <translation>D&amp;rukuj</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="88"/>
        <source>S&amp;ettings…</source>
        <translation>Us&amp;tawienia…</translation>
    </message>
</context>
<context>
    <name>SupervisorGate</name>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="54"/>
        <source>set the status of several orders</source>
        <extracomment>Setting a status on this many orders at once needs a supervisor.</extracomment>
        <translation>ustawić status kilku zamówień</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="55"/>
        <source>take over an order another station is packing</source>
        <translation>przejąć zamówienie pakowane na innym stanowisku</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="56"/>
        <source>ship a box with units that were not scanned</source>
        <translation>wysłać karton z nieskanowanymi szt.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="57"/>
        <source>ship a box with a carrier label this station does not know</source>
        <translation>wysłać karton z etykietą przewoźnika, której ta stacja nie zna</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="60"/>
        <source>resolve a shipment Stitch refused</source>
        <translation>rozwiązać przesyłkę odrzuconą przez Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="61"/>
        <source>send products and stock to Stitch</source>
        <translation>wysłać produkty i stany do Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="62"/>
        <source>open the station settings (the Stitch address, the PIN)</source>
        <translation>otworzyć ustawienia stanowiska (adres Stitch, PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="63"/>
        <source>ship a box whose weight is wrong</source>
        <translation>wysłać karton o złej wadze</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="131"/>
        <source>Not done</source>
        <translation>Nie wykonano</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="132"/>
        <source>The approval could not be written to the journal, so nothing was done.</source>
        <translation>Nie można zapisać zgody w dzienniku, więc nic nie zrobiono.</translation>
    </message>
</context>
<context>
    <name>TaskSpawner</name>
    <message>
        <location filename="../../ui/tasks.py" line="28"/>
        <source>Something went wrong. The details are in the log.</source>
        <translation>Coś poszło nie tak. Szczegóły są w logu.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <location filename="../../cli/token.py" line="38"/>
        <source>This computer has no password store that Packstation can use (%1), so the token cannot be kept. On Linux install gnome-keyring (or KWallet) and unlock it in the desktop session; on Windows and macOS the system store is used.</source>
        <translation>Ten komputer nie ma magazynu haseł, którego Packstation może użyć (%1), więc tokenu nie da się zachować. W Linuksie zainstaluj gnome-keyring (lub KWallet) i odblokuj go w sesji pulpitu; w Windows i macOS używany jest magazyn systemowy.</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="81"/>
        <source>%1 is not an https:// address</source>
        <translation>%1 to nie adres https://</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="124"/>
        <source>Access token (not shown): </source>
        <translation>Token dostępu (niewidoczny): </translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="139"/>
        <source>no token given on standard input; nothing stored</source>
        <translation>brak tokenu na wejściu standardowym; nic nie zapisano</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="143"/>
        <source>a token has no blanks inside; nothing stored</source>
        <translation>token nie ma spacji w środku; nic nie zapisano</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="149"/>
        <source>the password store refused the token (%1)</source>
        <translation>magazyn haseł odrzucił token (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="152"/>
        <source>Token stored for %1 (%2).</source>
        <translation>Token zapisany dla %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="168"/>
        <source>the password store could not remove it (%1)</source>
        <translation>magazyn haseł nie mógł go usunąć (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="172"/>
        <source>No token was stored for %1; nothing to remove.</source>
        <translation>Brak zapisanego tokenu dla %1; nie ma czego usuwać.</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="174"/>
        <source>Token removed for %1.</source>
        <translation>Token usunięty dla %1.</translation>
    </message>
</context>
<context>
    <name>Weighing</name>
    <message>
        <location filename="../../ui/weighing.py" line="54"/>
        <source>&amp;Weigh the box again</source>
        <translation>&amp;Zważ karton ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="57"/>
        <source>Put the box on the scale and weigh it again (same as scanning PS-CMD:WEIGH)</source>
        <translation>Połóż karton na wadze i zważ ponownie (jak skan PS-CMD:WEIGH)</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="62"/>
        <source>Let a wrong &amp;weight go…</source>
        <translation>Przepuść złą w&amp;agę…</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="65"/>
        <source>A supervisor ships a box whose weight is wrong (PIN)</source>
        <translation>Kierownik wysyła karton o złej wadze (PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="94"/>
        <source>No box is stopped by its weight</source>
        <translation>Żaden karton nie jest zatrzymany przez wagę</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="95"/>
        <source>A supervisor lets a box go only after WRONG WEIGHT</source>
        <translation>Kierownik przepuszcza karton tylko po komunikacie ZŁA WAGA</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="119"/>
        <location filename="../../ui/weighing.py" line="132"/>
        <source>WEIGHING THE BOX…</source>
        <translation>WAŻENIE KARTONU…</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="120"/>
        <source>Put the box on the scale; scan the carrier label once it is weighed</source>
        <translation>Połóż karton na wadze; zeskanuj etykietę przewoźnika po zważeniu</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="133"/>
        <source>Let it rest on the scale; scan the carrier label once it is weighed</source>
        <translation>Zostaw karton spokojnie na wadze; zeskanuj etykietę przewoźnika po zważeniu</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="140"/>
        <source>No scale at this station</source>
        <translation>Brak wagi na tym stanowisku</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="146"/>
        <source>Nothing to weigh yet</source>
        <translation>Jeszcze nie ma czego ważyć</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="147"/>
        <source>The box is weighed once every unit is in it</source>
        <translation>Karton zostanie zważony, gdy będą w nim wszystkie sztuki</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/queue_feed.py" line="75"/>
        <source>Refreshing the queue…</source>
        <translation>Odświeżanie kolejki…</translation>
    </message>
</context>
</TS>
