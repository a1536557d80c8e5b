<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Badges</name>
    <message>
        <location filename="../../printing/badges.py" line="73"/>
        <source>PACKER · scan to sign in</source>
        <translation>EMPAQUETADOR · escanea para entrar</translation>
    </message>
    <message>
        <location filename="../../printing/badges.py" line="85"/>
        <source>signs in as shown under the bars</source>
        <translation>entra como pone bajo las barras</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/supervisor/bar_chart.py" line="108"/>
        <source>Nothing packed in this period</source>
        <translation>Nada empaquetado en este periodo</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <location filename="../../printing/command_sheet.py" line="56"/>
        <source>Every unit is in the box: close it and go to the carrier label (after WRONG WEIGHT: a supervisor&apos;s PIN lets the box go)</source>
        <translation>Todo en la caja: ciérrala y ve a la etiqueta de envío (tras PESO INCORRECTO: PIN del encargado)</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="61"/>
        <source>Ship only what is scanned; the rest stays open</source>
        <translation>Envía solo lo escaneado; el resto queda pendiente</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="64"/>
        <source>Take back the last scan</source>
        <translation>Anula el último escaneo</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="65"/>
        <source>After a warning: the wrong item is put aside</source>
        <translation>Tras un aviso: el artículo erróneo está apartado</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="68"/>
        <source>The order goes back to the queue (it is not canceled)</source>
        <translation>El pedido vuelve a la cola (no se cancela)</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="71"/>
        <source>The box on the scale again: after WRONG WEIGHT, or once it is fixed</source>
        <translation>La caja otra vez a la báscula: tras PESO INCORRECTO, o cuando esté arreglada</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="76"/>
        <source>ACK</source>
        <translation>VISTO</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="77"/>
        <source>STOP PACKING</source>
        <translation>PARAR EMBALAJE</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="78"/>
        <source>WEIGH AGAIN</source>
        <translation>PESAR OTRA VEZ</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="82"/>
        <source>Ship this box</source>
        <translation>Enviar esta caja</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="83"/>
        <source>Ship what is packed</source>
        <translation>Enviar lo empaquetado</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="84"/>
        <source>Undo last scan</source>
        <translation>Deshacer último escaneo</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="85"/>
        <source>Weigh the box again</source>
        <translation>Pesar la caja otra vez</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="88"/>
        <source>Pack</source>
        <translation>Empaquetar</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="89"/>
        <source>After a warning</source>
        <translation>Tras un aviso</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="90"/>
        <source>Order status (shown in Stitch)</source>
        <translation>Estado del pedido (se ve en Stitch)</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="91"/>
        <source>Quantity: scan it, then the item</source>
        <translation>Cantidad: escanéala y luego el artículo</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="92"/>
        <source>Stop packing</source>
        <translation>Parar embalaje</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="141"/>
        <source>sets the open order&apos;s status</source>
        <translation>pone el estado del pedido abierto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../printing/command_sheet.py" line="149"/>
        <source>the next item scanned counts %n units</source>
        <translation>
            <numerusform>el próximo artículo escaneado cuenta %n unidad</numerusform>
            <numerusform>el próximo artículo escaneado cuenta %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="224"/>
        <source>STATION COMMANDS</source>
        <translation>COMANDOS DEL PUESTO</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="229"/>
        <source>Scan a code instead of typing. Keep this sheet at the packing station.</source>
        <translation>Escanea un código en vez de teclear. Deja esta hoja en el puesto de embalaje.</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="233"/>
        <source>sheet %1</source>
        <translation>hoja %1</translation>
    </message>
</context>
<context>
    <name>ConnectionNotice</name>
    <message>
        <location filename="../../ui/main_window.py" line="393"/>
        <source>Enter new token…</source>
        <translation>Introducir nuevo token…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>The warehouse server can&apos;t be reached</source>
        <translation>No se puede conectar con el servidor del almacén</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>Stitch can&apos;t be reached</source>
        <translation>No se puede conectar con Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424"/>
        <source>last sync %1</source>
        <translation>última sincr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Go on packing: boxes wait on this station and go out later.</source>
        <translation>Sigue empaquetando: las cajas esperan en este puesto y salen después.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Stitch refused this station&apos;s access token. Go on packing: nothing is lost, boxes wait until a new token is entered.</source>
        <translation>Stitch rechazó el token de este puesto. Sigue empaquetando: no se pierde nada, las cajas esperan al nuevo token.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash_handler.py" line="57"/>
        <source>Something went wrong in Packstation. Your scans are saved. Please tell your supervisor; the details are in {path}.</source>
        <translation>Algo falló en Packstation. Tus escaneos están guardados. Avisa al encargado; los detalles están en {path}.</translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
    <message>
        <location filename="../../ui/domain_words.py" line="26"/>
        <source>NOT IN THIS ORDER</source>
        <translation>NO ES DE ESTE PEDIDO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="27"/>
        <source>UNKNOWN CODE</source>
        <translation>CÓDIGO DESCONOCIDO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="28"/>
        <source>SCAN AGAIN</source>
        <translation>ESCANEA OTRA VEZ</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="29"/>
        <source>ONE TOO MANY</source>
        <translation>UNO DE MÁS</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="30"/>
        <source>NOT YET</source>
        <translation>TODAVÍA NO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="31"/>
        <source>BOX IS EMPTY</source>
        <translation>CAJA VACÍA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="32"/>
        <source>SCAN SHIP FIRST</source>
        <translation>ESCANEA ENVIAR ANTES</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="33"/>
        <source>SCAN THE LABEL</source>
        <translation>ESCANEA LA ETIQUETA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="34"/>
        <source>BAD QUANTITY</source>
        <translation>CANTIDAD NO VÁLIDA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="35"/>
        <source>WRONG CARRIER</source>
        <translation>TRANSPORTISTA EQUIVOCADO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="36"/>
        <source>UNKNOWN LABEL</source>
        <translation>ETIQUETA DESCONOCIDA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="37"/>
        <source>NOTHING TO UNDO</source>
        <translation>NADA QUE DESHACER</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="38"/>
        <source>NOTHING TO ACKNOWLEDGE</source>
        <translation>NADA QUE CONFIRMAR</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="39"/>
        <source>ALREADY OPEN</source>
        <translation>YA ABIERTO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="40"/>
        <source>SUPERVISOR NEEDED</source>
        <translation>LLAMA AL ENCARGADO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="41"/>
        <source>FINISH THIS BOX FIRST</source>
        <translation>TERMINA ESTA CAJA ANTES</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="42"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="43"/>
        <source>UNDONE</source>
        <translation>DESHECHO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="44"/>
        <source>QUANTITY SET</source>
        <translation>CANTIDAD PUESTA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="45"/>
        <source>QUANTITY TAKEN BACK</source>
        <translation>CANTIDAD QUITADA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="46"/>
        <source>STILL LOCKED</source>
        <translation>SIGUE BLOQUEADO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="47"/>
        <source>GO ON</source>
        <translation>SIGUE</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="48"/>
        <source>BOX SHIPPED</source>
        <translation>CAJA ENVIADA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="49"/>
        <source>PACKING STOPPED</source>
        <translation>EMBALAJE PARADO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="50"/>
        <source>STOP PACKING?</source>
        <translation>¿PARAR EL EMBALAJE?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="51"/>
        <source>NEW PACKER?</source>
        <translation>¿OTRO EMPAQUETADOR?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="52"/>
        <source>PACK TAKEN OVER</source>
        <translation>PEDIDO TOMADO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="53"/>
        <source>SIGNED IN</source>
        <translation>SESIÓN INICIADA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="54"/>
        <source>STATUS SET</source>
        <translation>ESTADO PUESTO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="55"/>
        <source>ORDER FINISHED</source>
        <translation>PEDIDO TERMINADO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="56"/>
        <source>SIGN IN FIRST</source>
        <translation>IDENTIFÍCATE ANTES</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="57"/>
        <source>WRONG WEIGHT</source>
        <translation>PESO INCORRECTO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="58"/>
        <source>BOX WEIGHED</source>
        <translation>CAJA PESADA</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="59"/>
        <source>WEIGHT LET GO</source>
        <translation>PESO APROBADO</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="61"/>
        <source>Code %1 is no product this station knows</source>
        <translation>El código %1 no es de ningún producto conocido</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="62"/>
        <source>Could not read %1</source>
        <translation>No se pudo leer %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="63"/>
        <source>%1 unit still to pack</source>
        <translation>Falta %1 unidad por empaquetar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="64"/>
        <source>%1 units still to pack</source>
        <translation>Faltan %1 unidades por empaquetar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="65"/>
        <source>Nothing in the box to ship yet</source>
        <translation>Todavía no hay nada en la caja</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="66"/>
        <source>Scan PS-CMD:SHIP before the carrier label</source>
        <translation>Escanea PS-CMD:SHIP antes de la etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="67"/>
        <source>The box is complete: %1 is not a carrier label</source>
        <translation>La caja está completa: %1 no es una etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="68"/>
        <source>Quantity must be between 1 and 9999</source>
        <translation>La cantidad va de 1 a 9999</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="69"/>
        <source>This label is another carrier&apos;s</source>
        <translation>Esta etiqueta es de otro transportista</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="70"/>
        <source>Not a carrier label this station knows: %1</source>
        <translation>Etiqueta de envío desconocida: %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="71"/>
        <source>%1 can take over once this box has shipped</source>
        <translation>%1 puede seguir cuando salga esta caja</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="72"/>
        <source>A supervisor&apos;s PIN accepts a label this station does not know</source>
        <translation>Una etiqueta desconocida solo pasa con el PIN del encargado</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="75"/>
        <source>Scan STOP again to stop packing and put %1 unit back</source>
        <translation>Escanea STOP otra vez para parar y devolver %1 unidad</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="76"/>
        <source>Scan STOP again to stop packing and put %1 units back</source>
        <translation>Escanea STOP otra vez para parar y devolver %1 unidades</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="77"/>
        <source>Put these back: %1</source>
        <translation>Devuelve esto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="78"/>
        <source>Nothing was in the box</source>
        <translation>La caja estaba vacía</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="79"/>
        <source>Box %1: %2 %3</source>
        <translation>Caja %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="80"/>
        <source>Scan %1&apos;s badge again to take over this pack</source>
        <translation>Escanea otra vez la tarjeta de %1 para tomar este pedido</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="81"/>
        <source>%1 packs on (was %2)</source>
        <translation>%1 sigue (antes: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="82"/>
        <source>Scan your badge (PS-USER) before the packing slip</source>
        <translation>Escanea tu tarjeta (PS-USER) antes del albarán</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="84"/>
        <source>The box weighs wrong</source>
        <translation>La caja no pesa lo que debe</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="85"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3</source>
        <translation>LA CAJA PESA %1 — SE ESPERABA %2 ± %3</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="86"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — one %4 too many?</source>
        <translation>LA CAJA PESA %1 — SE ESPERABA %2 ± %3 — ¿%4: uno de más?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="87"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — one %4 missing?</source>
        <translation>LA CAJA PESA %1 — SE ESPERABA %2 ± %3 — ¿%4: falta uno?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="88"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — %4 × %5 too many?</source>
        <translation>LA CAJA PESA %1 — SE ESPERABA %2 ± %3 — ¿%4 × %5 de más?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="89"/>
        <source>BOX WEIGHS %1 — EXPECTED %2 ± %3 — %4 × %5 missing?</source>
        <translation>LA CAJA PESA %1 — SE ESPERABA %2 ± %3 — ¿faltan %4 × %5?</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="90"/>
        <source>BOX WEIGHS %1 — as expected</source>
        <translation>LA CAJA PESA %1 — peso correcto</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="91"/>
        <source>BOX WEIGHS %1 — not checked: no weight known yet for %2</source>
        <translation>LA CAJA PESA %1 — sin comprobar: aún no se sabe el peso de %2</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="92"/>
        <source>BOX WEIGHS %1 — not checked: the expected weight is not sure enough</source>
        <translation>LA CAJA PESA %1 — sin comprobar: el peso esperado no es lo bastante seguro</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="95"/>
        <source>NO STABLE WEIGHT — %1</source>
        <translation>SIN PESO ESTABLE — %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="96"/>
        <source>the scale did not settle: keep the box still on it</source>
        <translation>la báscula no se estabiliza: deja la caja quieta encima</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="97"/>
        <source>nothing on the scale: put the box on it</source>
        <translation>nada en la báscula: pon la caja encima</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="98"/>
        <source>the scale is overloaded</source>
        <translation>la báscula está sobrecargada</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="99"/>
        <source>the scale reads below zero: empty it and zero it</source>
        <translation>la báscula marca menos de cero: vacíala y ponla a cero</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="100"/>
        <source>the scale does not answer: check its cable</source>
        <translation>la báscula no responde: revisa el cable</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="101"/>
        <source>the scale reports a fault</source>
        <translation>la báscula indica un fallo</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="102"/>
        <source>%1 let this weight go: %2</source>
        <translation>%1 aprobó este peso: %2</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="104"/>
        <source>fix the box and scan PS-CMD:WEIGH, or call a supervisor</source>
        <translation>corrige la caja y escanea PS-CMD:WEIGH, o llama al encargado</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="105"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the missing items</source>
        <translation>escanea PS-CMD:ACK o pulsa Esc y luego lo que falta</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="106"/>
        <source>scan PS-CMD:ACK or press Esc, then scan PS-CMD:SHIP</source>
        <translation>escanea PS-CMD:ACK o pulsa Esc y luego PS-CMD:SHIP</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="107"/>
        <source>scan PS-CMD:ACK or press Esc, then scan items</source>
        <translation>escanea PS-CMD:ACK o pulsa Esc y luego los artículos</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="108"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the carrier label</source>
        <translation>escanea PS-CMD:ACK o pulsa Esc y luego la etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="109"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the right item</source>
        <translation>escanea PS-CMD:ACK o pulsa Esc y luego el artículo correcto</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="110"/>
        <source>scan a %1 label, or PS-CMD:SHIP to ship this one anyway</source>
        <translation>escanea una etiqueta de %1, o PS-CMD:SHIP para enviarla igual</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="111"/>
        <source>scan a %1 label, or PS-CMD:SHIP with a supervisor to ship this one anyway</source>
        <translation>escanea una etiqueta de %1, o PS-CMD:SHIP con el encargado para enviarla igual</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="115"/>
        <source>scan a known carrier label, or PS-CMD:SHIP to ship this one anyway</source>
        <translation>escanea una etiqueta conocida, o PS-CMD:SHIP para enviarla igual</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="118"/>
        <source>scan a known carrier label, or PS-CMD:SHIP with a supervisor to ship this one anyway</source>
        <translation>escanea una etiqueta conocida, o PS-CMD:SHIP con el encargado para enviarla igual</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="122"/>
        <source>scan the carrier label</source>
        <translation>escanea la etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="123"/>
        <source>order packed</source>
        <translation>pedido empaquetado</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="124"/>
        <source>packing stopped</source>
        <translation>embalaje parado</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="125"/>
        <source>scan the item to count %1</source>
        <translation>escanea el artículo para contar %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="126"/>
        <source>scan PS-CMD:SHIP</source>
        <translation>escanea PS-CMD:SHIP</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="127"/>
        <source>scan items</source>
        <translation>escanea los artículos</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="128"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
</context>
<context>
    <name>FeedbackBanner</name>
    <message>
        <location filename="../../ui/banner.py" line="126"/>
        <source>Scan a packing slip</source>
        <translation>Escanea un albarán</translation>
    </message>
</context>
<context>
    <name>FeedbackWords</name>
    <message>
        <location filename="../../ui/feedback_words.py" line="33"/>
        <location filename="../../ui/feedback_words.py" line="34"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="60"/>
        <source>Expected: %1</source>
        <translation>Se esperaba: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="78"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="78"/>
        <source>UNDONE</source>
        <translation>DESHECHO</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="85"/>
        <source>QUANTITY %1</source>
        <translation>CANTIDAD %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="86"/>
        <source>Scan the item once: it counts %1 times</source>
        <translation>Escanea el artículo una vez: cuenta %1 veces</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="89"/>
        <location filename="../../ui/feedback_words.py" line="117"/>
        <source>GO ON</source>
        <translation>SIGUE</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="93"/>
        <source>STILL LOCKED</source>
        <translation>SIGUE BLOQUEADO</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="97"/>
        <source>STILL LOCKED: %1</source>
        <translation>SIGUE BLOQUEADO: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="98"/>
        <source>Press Esc or scan PS-CMD:ACK first</source>
        <translation>Primero pulsa Esc o escanea PS-CMD:ACK</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="112"/>
        <source>Then scan a packing slip</source>
        <translation>Luego escanea un albarán</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="59"/>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="60"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="108"/>
        <source>Order packed. Scan the next packing slip</source>
        <translation>Pedido listo. Escanea el siguiente albarán</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="116"/>
        <source>Scan a packing slip</source>
        <translation>Escanea un albarán</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="70"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="71"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="71"/>
        <source>Orders packed</source>
        <translation>Pedidos empaquetados</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="72"/>
        <source>Boxes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="73"/>
        <source>Units</source>
        <translation>Uds.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="73"/>
        <source>Units packed</source>
        <translation>Uds. empaquetadas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="75"/>
        <source>Time per unit</source>
        <translation>Tiempo por ud.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="78"/>
        <source>Packing time per unit, breaks of more than 5 minutes left out</source>
        <translation>Tiempo de embalaje por ud., sin pausas de más de 5 minutos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="80"/>
        <source>Wrong items</source>
        <translation>Artículos equivocados</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="80"/>
        <source>Wrong items caught</source>
        <translation>Artículos equivocados detectados</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="81"/>
        <source>Undos</source>
        <translation>Deshechos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="82"/>
        <source>Partial</source>
        <translation>Parciales</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="82"/>
        <source>Orders left short</source>
        <translation>Pedidos incompletos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="84"/>
        <source>Partial boxes</source>
        <translation>Cajas parciales</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="87"/>
        <source>Boxes that left with units of the order still to ship</source>
        <translation>Cajas enviadas con unidades del pedido aún por enviar</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="90"/>
        <source>Stopped</source>
        <translation>Detenidos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="93"/>
        <source>Packs stopped before they were finished (Stop packing)</source>
        <translation>Empaques detenidos antes de terminar (Dejar de empacar)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="95"/>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="95"/>
        <source>Refused by Stitch</source>
        <translation>Rechazado por Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="97"/>
        <source>Weight stops</source>
        <translation>Paradas por peso</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="100"/>
        <source>Boxes the scale stopped: they weighed outside the tolerance</source>
        <translation>Cajas paradas por la báscula: pesaban fuera de la tolerancia</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="135"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="142"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="143"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="144"/>
        <source>Chosen days</source>
        <translation>Días elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="145"/>
        <source>Which days</source>
        <translation>Qué días</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="153"/>
        <source>By packer</source>
        <translation>Por empaquetador</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="154"/>
        <source>By station</source>
        <translation>Por puesto</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="155"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="157"/>
        <source>Count again ({keys})</source>
        <translation>Contar de nuevo ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="159"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="160"/>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="176"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="178"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="239"/>
        <source>Counting {label}…</source>
        <translation>Contando {label}…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="253"/>
        <source>The warehouse server can&apos;t be reached: {e}</source>
        <translation>No se puede conectar con el servidor del almacén: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="259"/>
        <source>The journal could not be read: {e}</source>
        <translation>No se pudo leer el diario: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="271"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="275"/>
        <source>{label}: {orders} orders, {units} units, {per_unit} per unit</source>
        <translation>{label}: {orders} pedidos, {units} uds., {per_unit} por ud.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="284"/>
        <source>Units per hour</source>
        <translation>Uds. por hora</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="284"/>
        <source>Units per day</source>
        <translation>Uds. por día</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="307"/>
        <source>Export figures</source>
        <translation>Exportar cifras</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="309"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="309"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../../ui/floor_view.py" line="36"/>
        <source>Packstation: the floor</source>
        <translation>Packstation: la nave</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="40"/>
        <source>Station</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="41"/>
        <source>Packer</source>
        <translation>Empaquetador</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="42"/>
        <source>Open order</source>
        <translation>Pedido abierto</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="43"/>
        <source>Boxes waiting</source>
        <translation>Cajas en espera</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="44"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="45"/>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="93"/>
        <source>Warehouse server unreachable since {time}</source>
        <translation>Servidor del almacén sin conexión desde las {time}</translation>
    </message>
    <message>
        <location filename="../../ui/floor_view.py" line="101"/>
        <source>Updated {time}</source>
        <translation>Actualizado a las {time}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="75"/>
        <location filename="../../ui/supervisor/history_view.py" line="93"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="76"/>
        <location filename="../../ui/supervisor/history_view.py" line="94"/>
        <source>Station</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="77"/>
        <location filename="../../ui/supervisor/history_view.py" line="86"/>
        <location filename="../../ui/supervisor/history_view.py" line="95"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="78"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="79"/>
        <source>Scanned</source>
        <translation>Escaneado</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="80"/>
        <source>Units</source>
        <translation>Uds.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="80"/>
        <source>Units put into (+) or out of (−) a box</source>
        <translation>Uds. metidas (+) o sacadas (−) de una caja</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="81"/>
        <location filename="../../ui/supervisor/history_view.py" line="84"/>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="85"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="87"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="88"/>
        <source>Tracking number</source>
        <translation>Nº de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="89"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="90"/>
        <source>Stitch&apos;s answer</source>
        <translation>Respuesta de Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="96"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="97"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="98"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="122"/>
        <source>Order history and audit trail</source>
        <translation>Historial del pedido y registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="130"/>
        <source>Fulfillment id or order number</source>
        <translation>ID de preparación o nº de pedido</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="132"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="135"/>
        <source>Scan the order&apos;s packing slip, or type its fulfillment id or open order number.</source>
        <translation>Escanea el albarán del pedido, o escribe su ID de preparación o nº de pedido.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="141"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="142"/>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="147"/>
        <source>&amp;Order:</source>
        <translation>&amp;Pedido:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="161"/>
        <source>Boxes and their shipments</source>
        <translation>Cajas y sus envíos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="175"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="179"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="180"/>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="184"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="186"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="199"/>
        <source>&amp;Order history</source>
        <translation>&amp;Historial del pedido</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="200"/>
        <source>&amp;Audit trail</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="239"/>
        <source>Reading the journal…</source>
        <translation>Leyendo el diario…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="253"/>
        <location filename="../../ui/supervisor/history_view.py" line="328"/>
        <source>The warehouse server can&apos;t be reached: {e}</source>
        <translation>No se puede conectar con el servidor del almacén: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="259"/>
        <location filename="../../ui/supervisor/history_view.py" line="334"/>
        <source>The journal could not be read: {e}</source>
        <translation>No se pudo leer el diario: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="269"/>
        <source>Nothing about {ref} in this station&apos;s journal.</source>
        <translation>Nada sobre {ref} en el diario de este puesto.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="274"/>
        <source>Order {order} (fulfillment {id}): {scans}, {boxes}</source>
        <translation>Pedido {order} (preparación {id}): {scans}, {boxes}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="277"/>
        <source>1 scan</source>
        <translation>1 escaneo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="277"/>
        <source>{n} scans</source>
        <translation>{n} escaneos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="278"/>
        <source>1 box</source>
        <translation>1 caja</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="280"/>
        <source>{n} boxes</source>
        <translation>{n} cajas</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="342"/>
        <source>1 supervisor decision, {label}</source>
        <translation>1 decisión del encargado, {label}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="344"/>
        <source>{n} supervisor decisions, {label}</source>
        <translation>{n} decisiones del encargado, {label}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="364"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="366"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="366"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
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
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Identificarse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Who packs at this station (same as scanning PS-USER:name)</source>
        <translation>Quién empaqueta aquí (igual que escanear PS-USER:nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Pack</source>
        <translation>&amp;Empaquetar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;Acknowledge error</source>
        <translation>&amp;Confirmar error</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>I have seen the error (same as scanning PS-CMD:ACK)</source>
        <translation>He visto el error (igual que escanear PS-CMD:ACK)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Undo last scan</source>
        <translation>&amp;Deshacer último escaneo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Quantity…</source>
        <translation>&amp;Cantidad…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Count the next item several times (same as scanning PS-QTY:n)</source>
        <translation>Contar el siguiente artículo varias veces (igual que PS-QTY:n)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;Partial box</source>
        <translation>Caja &amp;parcial</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Ship what is in the box now (same as scanning PS-CMD:PARTIAL)</source>
        <translation>Enviar lo que hay en la caja (igual que PS-CMD:PARTIAL)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Ship box</source>
        <translation>&amp;Enviar caja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Close the box (same as scanning PS-CMD:SHIP)</source>
        <translation>Cerrar la caja (igual que escanear PS-CMD:SHIP)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>S&amp;top packing</source>
        <translation>&amp;Dejar de empacar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Stop packing this order (same as scanning PS-CMD:CANCEL)</source>
        <translation>Dejar de empaquetar este pedido (igual que PS-CMD:CANCEL)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Set &amp;status…</source>
        <translation>Poner e&amp;stado…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Print slip</source>
        <translation>&amp;Imprimir albarán</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Boxes and statuses waiting to be sent, and those Stitch refused</source>
        <translation>Cajas y estados pendientes de envío, y los que Stitch rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>S&amp;upervisor</source>
        <translation>E&amp;ncargado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Show &amp;queue</source>
        <translation>Mostrar &amp;cola</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Silenciar sonidos</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="45"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="46"/>
        <source>Box</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="47"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="48"/>
        <source>Units</source>
        <translation>Uds.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="49"/>
        <source>Carrier label</source>
        <translation>Etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="50"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="51"/>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="52"/>
        <source>Stitch said</source>
        <translation>Stitch dijo</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="60"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="61"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="62"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="72"/>
        <source>Resolve a refused box</source>
        <translation>Resolver una caja rechazada</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="74"/>
        <source>Order %1, box %2. Stitch said: %3</source>
        <translation>Pedido %1, caja %2. Stitch dijo: %3</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="80"/>
        <source>Send it again (the cause was fixed in Stitch)</source>
        <translation>Enviarla otra vez (se corrigió en Stitch)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="81"/>
        <source>Do not send it</source>
        <translation>No enviarla</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="82"/>
        <source>It is in Stitch already (entered by hand)</source>
        <translation>Ya está en Stitch (metida a mano)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="88"/>
        <source>The shipment&apos;s id in Stitch</source>
        <translation>ID del envío en Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="90"/>
        <source>Why (for the audit trail)</source>
        <translation>Por qué (para la auditoría)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="92"/>
        <source>Shipment id:</source>
        <translation>ID del envío:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="93"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="97"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="119"/>
        <source>Give a reason</source>
        <translation>Indica un motivo</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="122"/>
        <source>Give the shipment&apos;s id in Stitch</source>
        <translation>Indica el ID del envío en Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="138"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="155"/>
        <source>Send now</source>
        <translation>Enviar ya</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="156"/>
        <source>Try everything waiting again, without waiting</source>
        <translation>Reintentar ya todo lo pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="158"/>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="159"/>
        <source>Decide about a box Stitch refused</source>
        <translation>Decidir sobre una caja que Stitch rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="161"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="196"/>
        <source>not sent yet: will try again</source>
        <translation>aún no enviado: se reintentará</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/outbox_view.py" line="211"/>
        <source>%n boxes waiting</source>
        <translation>
            <numerusform>%n caja en espera</numerusform>
            <numerusform>%n cajas en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="212"/>
        <source>%1 refused</source>
        <translation>%1 rechazadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/outbox_view.py" line="213"/>
        <source>%n statuses waiting</source>
        <translation>
            <numerusform>%n estado en espera</numerusform>
            <numerusform>%n estados en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="266"/>
        <source>Not resolved: %1</source>
        <translation>No resuelto: %1</translation>
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
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="42"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="43"/>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="44"/>
        <source>In box</source>
        <translation>En caja</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="45"/>
        <source>Left</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="75"/>
        <source>×%1 lines</source>
        <translation>×%1 líneas</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="77"/>
        <source>kit: %1</source>
        <translation>kit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="219"/>
        <source>%1 shipped in earlier boxes</source>
        <translation>%1 enviado en cajas anteriores</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="227"/>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="227"/>
        <source>%1 left</source>
        <translation>faltan %1</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../ui/pack_view.py" line="171"/>
        <source>Shipped now</source>
        <translation>Enviado ahora</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="173"/>
        <source>Untick to give the box another shipping date and time</source>
        <translation>Desmarca para poner otra fecha y hora de envío</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="186"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="187"/>
        <source>Quantity…</source>
        <translation>Cantidad…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="188"/>
        <source>Partial box</source>
        <translation>Caja parcial</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="189"/>
        <source>Ship</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="190"/>
        <source>Stop packing</source>
        <translation>Dejar de empacar</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="191"/>
        <source>Count the next item several times (or scan PS-QTY:n)</source>
        <translation>Contar el siguiente artículo varias veces (o escanea PS-QTY:n)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="192"/>
        <source>Ship what is in the box now (or scan PS-CMD:PARTIAL)</source>
        <translation>Enviar lo que hay en la caja (o escanea PS-CMD:PARTIAL)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="193"/>
        <source>Close the box (or scan PS-CMD:SHIP)</source>
        <translation>Cerrar la caja (o escanea PS-CMD:SHIP)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="194"/>
        <source>Stop packing this order (or scan PS-CMD:CANCEL)</source>
        <translation>Dejar este pedido (o escanea PS-CMD:CANCEL)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="198"/>
        <source>Ship this label anyway</source>
        <translation>Enviar con esta etiqueta igualmente</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="201"/>
        <source>Ship the box with the label just scanned (or scan PS-CMD:SHIP)</source>
        <translation>Enviar la caja con la etiqueta recién escaneada (o escanea PS-CMD:SHIP)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="203"/>
        <source>Take over</source>
        <translation>Tomar el relevo</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="204"/>
        <source>The new packer packs on (or scan the badge again)</source>
        <translation>El nuevo empacador sigue (o escanea la tarjeta otra vez)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="205"/>
        <source>Weigh again</source>
        <translation>Pesar otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="206"/>
        <source>Weigh the box again (F6, or scan PS-CMD:WEIGH)</source>
        <translation>Volver a pesar la caja (F6, o escanea PS-CMD:WEIGH)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="208"/>
        <source>Let it go…</source>
        <translation>Dejar pasar…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="211"/>
        <source>A supervisor ships the box as it weighs (PIN; Shift+F6, or scan PS-CMD:SHIP)</source>
        <translation>El encargado envía la caja con el peso que tiene (PIN; Shift+F6, o escanea PS-CMD:SHIP)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="223"/>
        <source>Scan:</source>
        <translation>Escanear:</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="322"/>
        <source>No order open</source>
        <translation>Ningún pedido abierto</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="326"/>
        <source>Scan a packing slip, or pick an order in the queue and press Enter</source>
        <translation>Escanea un albarán, o elige un pedido en la cola y pulsa Intro</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="336"/>
        <source>Next: scan a packing slip</source>
        <translation>Ahora: escanea un albarán</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="390"/>
        <source>Ship to: %1</source>
        <translation>Enviar a: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="396"/>
        <source>NOTE: %1</source>
        <translation>NOTA: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="398"/>
        <source>No notes on this order</source>
        <translation>Este pedido no tiene notas</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="424"/>
        <source>%1 of %2 units</source>
        <translation>%1 de %2 unidades</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="426"/>
        <source>box %1</source>
        <translation>caja %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="429"/>
        <source>Next: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="440"/>
        <source>Take over: %1</source>
        <translation>Tomar el relevo: %1</translation>
    </message>
</context>
<context>
    <name>PackingController</name>
    <message>
        <location filename="../../ui/pack_opening.py" line="88"/>
        <location filename="../../ui/packing_controller.py" line="198"/>
        <source>Finish or cancel %1 first</source>
        <translation>Termina o cancela %1 antes</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="89"/>
        <source>Then open the other order</source>
        <translation>Luego abre el otro pedido</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="102"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pack_opening.py" line="131"/>
        <source>%n scans were not counted.</source>
        <translation>
            <numerusform>%n escaneo no se contó.</numerusform>
            <numerusform>%n escaneos no se contaron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="145"/>
        <location filename="../../ui/pack_questions.py" line="77"/>
        <location filename="../../ui/packing_controller.py" line="179"/>
        <source>Scan a packing slip</source>
        <translation>Escanea un albarán</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="145"/>
        <source>Press Esc, then scan a packing slip</source>
        <translation>Pulsa Esc y escanea un albarán</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="157"/>
        <source>Resumed order %1 where you left off</source>
        <translation>Pedido %1 retomado donde lo dejaste</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="163"/>
        <source>Order %1 open from the saved copy</source>
        <translation>Pedido %1 abierto desde la copia guardada</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="171"/>
        <source>Order %1 open</source>
        <translation>Pedido %1 abierto</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="191"/>
        <source>%1 is being packed at another station</source>
        <translation>%1 se está empaquetando en otro puesto</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="192"/>
        <source>Answer the question on screen with the keyboard or the mouse</source>
        <translation>Responde la pregunta en pantalla con el teclado o el ratón</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="197"/>
        <source>Take over this order?</source>
        <translation>¿Tomar este pedido?</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="199"/>
        <source>Take it over</source>
        <translation>Tomarlo</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="200"/>
        <source>Leave it</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="201"/>
        <source>Its status in Stitch: %1</source>
        <translation>Su estado en Stitch: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="218"/>
        <source>Left %1 to the other station</source>
        <translation>%1 se queda en el otro puesto</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="137"/>
        <source>Not counted: %1</source>
        <translation>No contado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="138"/>
        <source>Finish this question first (keyboard or mouse), then scan again</source>
        <translation>Responde antes a la pregunta (teclado o ratón) y vuelve a escanear</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="39"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="43"/>
        <source>When they are back on the shelf, scan PS-CMD:ACK or press Esc</source>
        <translation>Cuando estén de vuelta en la estantería, escanea PS-CMD:ACK o pulsa Esc</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="77"/>
        <location filename="../../ui/packing_controller.py" line="179"/>
        <source>No order open</source>
        <translation>Ningún pedido abierto</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="94"/>
        <location filename="../../ui/pack_questions.py" line="96"/>
        <source>Stop packing</source>
        <translation>Dejar de empacar</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="95"/>
        <source>Stop packing %1? The order itself is not canceled.</source>
        <translation>¿Dejar de empacar %1? El pedido no se cancela.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="97"/>
        <source>Go on packing</source>
        <translation>Seguir empacando</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pack_questions.py" line="99"/>
        <source>Put these %n units back: %1</source>
        <translation>
            <numerusform>Devuelve esta %n unidad: %1</numerusform>
            <numerusform>Devuelve estas %n unidades: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="128"/>
        <source>PACKING STOPPED: %1</source>
        <translation>EMPAQUE DETENIDO: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="129"/>
        <location filename="../../ui/pack_questions.py" line="142"/>
        <location filename="../../ui/pack_questions.py" line="164"/>
        <source>Put these back: %1</source>
        <translation>Devuelve esto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="137"/>
        <source>nothing was in the box</source>
        <translation>la caja estaba vacía</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="141"/>
        <source>PUT BACK FIRST: %1</source>
        <translation>PRIMERO DEVUELVE: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="149"/>
        <source>Units put back: scan a packing slip</source>
        <translation>Unidades devueltas: escanea un albarán</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="154"/>
        <source>ORDER CANCELED: %1</source>
        <translation>PEDIDO CANCELADO: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="154"/>
        <source>SHIPPED ELSEWHERE: %1</source>
        <translation>ENVIADO EN OTRO SITIO: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="159"/>
        <source>Canceled in Stitch: do not ship it</source>
        <translation>Cancelado en Stitch: no lo envíes</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="161"/>
        <source>Shipped by someone else: do not ship it</source>
        <translation>Ya lo envió otra persona: no lo envíes</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="179"/>
        <source>Press Esc when the box is with your supervisor</source>
        <translation>Pulsa Esc cuando la caja esté con tu supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/pack_questions.py" line="225"/>
        <source>SIGNED OUT: %1</source>
        <translation>SESIÓN CERRADA: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pack_questions.py" line="226"/>
        <source>No scan for %n minutes: scan your badge (PS-USER) to go on</source>
        <translation>
            <numerusform>%n minuto sin escanear: escanea tu tarjeta (PS-USER) para seguir</numerusform>
            <numerusform>%n minutos sin escanear: escanea tu tarjeta (PS-USER) para seguir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="199"/>
        <source>Then scan the other packing slip again (cancel: PS-CMD:CANCEL)</source>
        <translation>Luego escanea otra vez el otro albarán (cancelar: PS-CMD:CANCEL)</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="207"/>
        <source>Not a packing slip of an open order: %1</source>
        <translation>No es un albarán de un pedido abierto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="208"/>
        <source>Scan a packing slip, or pick an order in the queue and press Enter</source>
        <translation>Escanea un albarán, o elige un pedido en la cola y pulsa Intro</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="218"/>
        <source>Check the order, then scan PS-CMD:ACK or press Esc</source>
        <translation>Revisa el pedido y escanea PS-CMD:ACK o pulsa Esc</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="223"/>
        <source>Change checked: go on packing</source>
        <translation>Cambio revisado: sigue empaquetando</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="235"/>
        <source>Signed in: %1</source>
        <translation>Sesión de: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="241"/>
        <source>This carrier label is already on another box</source>
        <translation>Esta etiqueta de envío ya está en otra caja</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="242"/>
        <source>Press Esc, then scan this box&apos;s own carrier label</source>
        <translation>Pulsa Esc y escanea la etiqueta de esta caja</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="281"/>
        <source>Last box: %1 box %2 · %3 %4</source>
        <translation>Última caja: %1 caja %2 · %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="304"/>
        <source>SIGN IN FIRST</source>
        <translation>PRIMERO INICIA SESIÓN</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="305"/>
        <source>Scan your badge (PS-USER) or press Ctrl+L, then scan again: nothing counted</source>
        <translation>Escanea tu tarjeta (PS-USER) o pulsa Ctrl+L y vuelve a escanear: no se contó nada</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="307"/>
        <source>Scan your badge (PS-USER) or press Ctrl+L, then the packing slip again</source>
        <translation>Escanea tu tarjeta (PS-USER) o pulsa Ctrl+L, y luego otra vez el albarán</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="315"/>
        <source>Scanning stopped: scans can&apos;t be saved</source>
        <translation>Escaneo parado: no se pueden guardar los escaneos</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="332"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="333"/>
        <source>How many of the next item go into the box?</source>
        <translation>¿Cuántos del siguiente artículo van en la caja?</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="356"/>
        <source>Sign in</source>
        <translation>Identificarse</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="357"/>
        <source>Who packs at this station?</source>
        <translation>¿Quién empaqueta en este puesto?</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="389"/>
        <source>Check it, then scan PS-CMD:ACK or press Esc</source>
        <translation>Revísalo y escanea PS-CMD:ACK o pulsa Esc</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="397"/>
        <source>A supervisor decides in Queue → Outbox… (Ctrl+O)</source>
        <translation>Lo decide el encargado en Cola → Bandeja de salida… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="407"/>
        <source>Boxes are not being sent: call IT</source>
        <translation>Las cajas no se están enviando: llama a IT</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="408"/>
        <source>The journal needs a check. Packing goes on; boxes wait on this station.</source>
        <translation>El registro necesita una revisión. Se sigue empacando; las cajas esperan en este puesto.</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <location filename="../../printing/packing_slips.py" line="44"/>
        <source>Item barcodes printed at the warehouse&apos;s request</source>
        <translation>Códigos de artículo impresos a petición del almacén</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="142"/>
        <source>PACKING SLIP</source>
        <translation>ALBARÁN</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="148"/>
        <source>Channel order %1</source>
        <translation>Pedido del canal %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="153"/>
        <source>Fulfillment %1</source>
        <translation>Envío %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../printing/packing_slips.py" line="154"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../printing/packing_slips.py" line="155"/>
        <source>%n units to pack</source>
        <translation>
            <numerusform>%n unidad por empaquetar</numerusform>
            <numerusform>%n unidades por empaquetar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="166"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="176"/>
        <source>scan to open this order</source>
        <translation>escanea para abrir este pedido</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="193"/>
        <source>Phone %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="211"/>
        <source>SHIP TO</source>
        <translation>ENVIAR A</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="212"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="217"/>
        <source>SHIPPING METHOD</source>
        <translation>MÉTODO DE ENVÍO</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="221"/>
        <source>(none given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="252"/>
        <source>NOTES</source>
        <translation>NOTAS</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="262"/>
        <source>(notes cut here: read them in full on the order)</source>
        <translation>(notas cortadas: léelas enteras en el pedido)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="280"/>
        <source>NOTES (see page 1): %1</source>
        <translation>NOTAS (ver página 1): %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="291"/>
        <source>QTY</source>
        <translation>CANT.</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="292"/>
        <source>SKU / PRODUCT</source>
        <translation>SKU / PRODUCTO</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="298"/>
        <source>SCAN</source>
        <translation>ESCANEAR</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="298"/>
        <source>ITEM CODE (scan the product)</source>
        <translation>CÓDIGO (escanea el producto)</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="323"/>
        <source>all %1 shipped</source>
        <translation>las %1 enviadas</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="325"/>
        <source>%1 of %2 shipped</source>
        <translation>%1 de %2 enviadas</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="346"/>
        <source>no barcode fits: type the SKU above</source>
        <translation>no cabe el código: teclea el SKU de arriba</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="387"/>
        <source>Printed %1</source>
        <translation>Impreso %1</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="389"/>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PaperTitle</name>
    <message>
        <location filename="../../printing/badges.py" line="47"/>
        <source>Packer badges</source>
        <translation>Tarjetas de empaquetador</translation>
    </message>
    <message>
        <location filename="../../printing/command_sheet.py" line="98"/>
        <source>Station command sheet</source>
        <translation>Hoja de comandos del puesto</translation>
    </message>
    <message>
        <location filename="../../printing/packing_slips.py" line="66"/>
        <source>Packing slips</source>
        <translation>Albaranes</translation>
    </message>
    <message>
        <location filename="../../printing/sku_labels.py" line="95"/>
        <source>SKU labels</source>
        <translation>Etiquetas SKU</translation>
    </message>
</context>
<context>
    <name>PinCommand</name>
    <message>
        <location filename="../../cli/pin.py" line="72"/>
        <source>The supervisor PIN is set by your IT department in %1; change it there.</source>
        <translation>El PIN del encargado lo fija tu departamento de IT en %1; cámbialo allí.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="81"/>
        <source>Current supervisor PIN: </source>
        <translation>PIN actual del encargado: </translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="83"/>
        <source>The current PIN is not right; nothing changed.</source>
        <translation>El PIN actual no es correcto; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="88"/>
        <source>New supervisor PIN (4 digits or more): </source>
        <translation>Nuevo PIN del encargado (4 cifras o más): </translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="89"/>
        <source>The new PIN again: </source>
        <translation>Repite el nuevo PIN: </translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="91"/>
        <source>The two PINs differ; nothing changed.</source>
        <translation>Los dos PIN no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="96"/>
        <source>The supervisor PIN must be at least 4 digits.</source>
        <translation>El PIN del encargado debe tener al menos 4 cifras.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="100"/>
        <source>No PIN was given; nothing changed.</source>
        <translation>No se ha dado ningún PIN; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="103"/>
        <source>Nothing changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="110"/>
        <source>The settings could not be written: %1</source>
        <translation>No se pudieron guardar los ajustes: %1</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="113"/>
        <source>Supervisor PIN set (%1).</source>
        <translation>PIN del encargado puesto (%1).</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="117"/>
        <source>Supervisor PIN removed (%1). Supervisor actions are no longer protected.</source>
        <translation>PIN del encargado quitado (%1). Las acciones del encargado ya no están protegidas.</translation>
    </message>
    <message>
        <location filename="../../cli/pin.py" line="122"/>
        <source>No supervisor PIN was set.</source>
        <translation>No había PIN del encargado.</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="119"/>
        <source>Supervisor approval</source>
        <extracomment>One per running app: a lockout holds whichever dialog asks next. The last supervisor who approved something here: offered again (a shift has one or two).</extracomment>
        <translation>Aprobación del encargado</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="126"/>
        <source>A supervisor must approve: &lt;b&gt;{action}&lt;/b&gt;</source>
        <translation>Lo tiene que aprobar el encargado: &lt;b&gt;{action}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="130"/>
        <source>⚠ No supervisor PIN is set — set one in Settings. This will be journaled.</source>
        <translation>⚠ No hay PIN de encargado: ponlo en Ajustes. Esto queda en el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="135"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="146"/>
        <source>Why (goes into the journal)</source>
        <translation>Por qué (queda en el diario)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="152"/>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Encargado:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="153"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="155"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="162"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="187"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Demasiados PIN erróneos. Prueba otra vez en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="206"/>
        <source>Type the supervisor&apos;s name.</source>
        <translation>Escribe el nombre del encargado.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="210"/>
        <source>Say why: it goes into the journal.</source>
        <translation>Di por qué: queda en el diario.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="220"/>
        <source>Wrong PIN. {n} more tries before a short lockout.</source>
        <translation>PIN erróneo. {n} intentos más antes de un bloqueo breve.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_actions.py" line="56"/>
        <source>“{requested}” scans as “{encoded}”</source>
        <translation>“{requested}” se escanea como “{encoded}”</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="166"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="189"/>
        <source>Printing {what}…</source>
        <translation>Imprimiendo {what}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="193"/>
        <source>Printing {what}: {done} of {total}…</source>
        <translation>Imprimiendo {what}: {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="212"/>
        <source>{what} could not be printed: {e}</source>
        <translation>No se pudo imprimir {what}: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="215"/>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="217"/>
        <source>Printed {what}: {pages} pages to {where}</source>
        <translation>Impreso {what}: {pages} páginas en {where}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="224"/>
        <source>Printed with plain characters</source>
        <translation>Impreso con caracteres simples</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="225"/>
        <source>Scanners can only type plain characters, so these barcodes carry a plain version of the text printed under them:

{lines}</source>
        <translation>Los escáneres solo escriben caracteres simples, así que estos códigos llevan una versión simple del texto impreso debajo:

{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="240"/>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="258"/>
        <source>Select one or more orders in the queue first.</source>
        <translation>Elige antes uno o más pedidos en la cola.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="260"/>
        <source>{n} packing slips</source>
        <translation>{n} albaranes</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="260"/>
        <source>packing slip</source>
        <translation>albarán</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="261"/>
        <source>Reading {what}…</source>
        <translation>Leyendo {what}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="266"/>
        <source>The orders could not be read: {e}</source>
        <translation>No se pudieron leer los pedidos: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="269"/>
        <source>Print packing slips</source>
        <translation>Imprimir albaranes</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="282"/>
        <source>Print the command sheet</source>
        <translation>Imprimir la hoja de comandos</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="288"/>
        <source>command sheet</source>
        <translation>hoja de comandos</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="293"/>
        <source>Type at least one packer&apos;s name.</source>
        <translation>Escribe al menos un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="295"/>
        <source>Print packer badges</source>
        <translation>Imprimir tarjetas de empaquetador</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="299"/>
        <source>packer badges</source>
        <translation>tarjetas de empaquetador</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="305"/>
        <source>Choose at least one product.</source>
        <translation>Elige al menos un producto.</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="307"/>
        <source>Print SKU labels</source>
        <translation>Imprimir etiquetas SKU</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="315"/>
        <source>The labels could not be made: {e}</source>
        <translation>No se pudieron crear las etiquetas: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="317"/>
        <source>{n} SKU labels</source>
        <translation>{n} etiquetas SKU</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="365"/>
        <source>Save packing slips as &amp;PDF…</source>
        <translation>Guardar albaranes como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="368"/>
        <source>Packing slips of the selected orders as a PDF file</source>
        <translation>Albaranes de los pedidos elegidos en un PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="370"/>
        <source>Print &amp;command sheet…</source>
        <translation>Imprimir hoja de &amp;comandos…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="370"/>
        <source>To a printer</source>
        <translation>A una impresora</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="371"/>
        <source>Save command sheet as PDF…</source>
        <translation>Guardar hoja de comandos como PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="372"/>
        <source>Packer &amp;badges…</source>
        <translation>&amp;Tarjetas de empaquetador…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="372"/>
        <source>PS-USER badges to sign in with</source>
        <translation>Tarjetas PS-USER para identificarse</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="373"/>
        <source>SKU &amp;labels…</source>
        <translation>&amp;Etiquetas SKU…</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="373"/>
        <source>For products whose barcode is missing</source>
        <translation>Para productos sin código de barras</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <location filename="../../cli/print.py" line="104"/>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli/print.py" line="107"/>
        <source>Printed %n pages to %1</source>
        <translation>
            <numerusform>Impresa %n página en %1</numerusform>
            <numerusform>Impresas %n páginas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="114"/>
        <source>Note: “%1” scans as “%2”</source>
        <translation>Ojo: «%1» se lee como «%2»</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="143"/>
        <source>Give at least one packer&apos;s name.</source>
        <translation>Indica al menos el nombre de un empaquetador.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="175"/>
        <source>No access token for %1.
Set it once with:  packstation token set --api-url %1
(scripts may set the environment variable %2 instead)</source>
        <translation>No hay token de acceso para %1.
Guárdalo una vez con:  packstation token set --api-url %1
(los scripts pueden usar la variable de entorno %2)</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="188"/>
        <source>Cannot use the API URL %1: %2</source>
        <translation>No se puede usar la URL de la API %1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="202"/>
        <location filename="../../cli/print.py" line="224"/>
        <source>Stitch refused the access token.</source>
        <translation>Stitch rechazó el token de acceso.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="205"/>
        <source>Stitch has no fulfillment %1; nothing printed.</source>
        <translation>Stitch no tiene el envío %1; no se ha impreso nada.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="209"/>
        <source>Order %1 could not be read: %2</source>
        <translation>No se pudo leer el pedido %1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="227"/>
        <source>Product %1 could not be read: %2</source>
        <translation>No se pudo leer el producto %1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="231"/>
        <source>Stitch has no product with SKU %1; nothing printed.</source>
        <translation>Stitch no tiene ningún producto con SKU %1; no se ha impreso nada.</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="245"/>
        <location filename="../../cli/print.py" line="247"/>
        <source>Not printed: %1</source>
        <translation>No impreso: %1</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="255"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="257"/>
        <source>No printer %1 here (printers: %2).</source>
        <translation>Aquí no hay impresora %1 (impresoras: %2).</translation>
    </message>
    <message>
        <location filename="../../cli/print.py" line="257"/>
        <source>(default)</source>
        <translation>(predeterminada)</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="53"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="54"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="55"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="69"/>
        <source>Packer badges</source>
        <translation>Tarjetas de empaquetador</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="73"/>
        <source>One packer&apos;s name per line</source>
        <translation>Un nombre por línea</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="78"/>
        <source>Scanning a badge signs its packer in (PS-USER:name).</source>
        <translation>Al escanear una tarjeta, su empaquetador inicia sesión (PS-USER:nombre).</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="100"/>
        <source>SKU labels</source>
        <translation>Etiquetas SKU</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="105"/>
        <source>Search SKU, name or barcode</source>
        <translation>Buscar SKU, nombre o código</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="113"/>
        <source>Reading the products from Stitch…</source>
        <translation>Leyendo los productos de Stitch…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="118"/>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="134"/>
        <source>The products could not be read: {e}</source>
        <translation>No se pudieron leer los productos: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="150"/>
        <source>{n} products; tick the ones to label</source>
        <translation>{n} productos; marca los que llevan etiqueta</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="19"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="20"/>
        <source>Name or barcode changed</source>
        <translation>Nombre o código cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="21"/>
        <source>Stock changed</source>
        <translation>Stock cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="22"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="23"/>
        <source>Not in Stitch (skipped)</source>
        <translation>No está en Stitch (omitido)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="44"/>
        <location filename="../../ui/supervisor/products_words.py" line="52"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="46"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="47"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="48"/>
        <source>Stock in Stitch</source>
        <translation>Stock en Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="49"/>
        <source>Stock in file</source>
        <translation>Stock en el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="53"/>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="64"/>
        <source> … and {n} more</source>
        <translation> … y {n} más</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="68"/>
        <source>File: {source}</source>
        <translation>Archivo: {source}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_words.py" line="71"/>
        <source>All %n changes landed in Stitch.</source>
        <translation>
            <numerusform>El %n cambio llegó a Stitch.</numerusform>
            <numerusform>Los %n cambios llegaron a Stitch.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="79"/>
        <source>Landed in Stitch: {n}</source>
        <translation>Llegaron a Stitch: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="81"/>
        <source>Stopped by the Cancel button after the batch in flight.</source>
        <translation>Parado con Cancelar tras el lote en curso.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="85"/>
        <source>Batch {batch} of {total} failed: {error}</source>
        <translation>Falló el lote {batch} de {total}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="91"/>
        <source>Uncertain (sent, no answer came; may have landed): {n}</source>
        <translation>Dudoso (enviado, sin respuesta; puede haber llegado): {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="97"/>
        <source>Not landed: {n}</source>
        <translation>No llegaron: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="101"/>
        <source>Stitch refused line {line} ({sku}): {reason}</source>
        <translation>Stitch rechazó la línea {line} ({sku}): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="106"/>
        <source>Landed SKUs:</source>
        <translation>SKU que llegaron:</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_words.py" line="109"/>
        <source>Push the same file again: only what still differs is sent.</source>
        <translation>Vuelve a enviar el mismo archivo: solo se manda lo que aún difiere.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="83"/>
        <source>Products and stock to Stitch</source>
        <extracomment>SKUs named per list in the on-screen result (the saved report names them all).</extracomment>
        <translation>Productos y stock a Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="96"/>
        <source>&amp;Choose CSV file…</source>
        <translation>&amp;Elegir archivo CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="98"/>
        <source>Choose the product file (Ctrl+O)</source>
        <translation>Elegir el archivo de productos (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="100"/>
        <source>No file chosen. Columns: sku,name,upc,quantity_on_hand</source>
        <translation>Ningún archivo elegido. Columnas: sku,name,upc,quantity_on_hand</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="102"/>
        <source>&amp;Stock only (never create products or change names)</source>
        <translation>&amp;Solo stock (no crear productos ni cambiar nombres)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="119"/>
        <source>Push changes</source>
        <translation>Enviar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="121"/>
        <source>Needs the supervisor PIN</source>
        <translation>Necesita el PIN del encargado</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="124"/>
        <source>%v of %m products</source>
        <translation>%v de %m productos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="126"/>
        <source>Cancel push</source>
        <translation>Cancelar envío</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="127"/>
        <source>Stop after the batch being sent</source>
        <translation>Parar tras el lote en curso</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="135"/>
        <source>Save &amp;report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="136"/>
        <source>Save the result as a text file</source>
        <translation>Guardar el resultado como texto</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="139"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="167"/>
        <source>Product file</source>
        <translation>Archivo de productos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="167"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="181"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="186"/>
        <source>cannot be read: {e}</source>
        <translation>no se puede leer: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="215"/>
        <source>no Stitch account is set up yet</source>
        <translation>aún no hay cuenta de Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="217"/>
        <source>Reading Stitch&apos;s product list…</source>
        <translation>Leyendo la lista de productos de Stitch…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="223"/>
        <source>Stitch&apos;s product list could not be read: {e}</source>
        <translation>No se pudo leer la lista de productos de Stitch: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="267"/>
        <source>{n} new</source>
        <translation>{n} nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="268"/>
        <source>{n} changed</source>
        <translation>{n} cambiados</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="269"/>
        <source>{n} stock changes</source>
        <translation>{n} cambios de stock</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="270"/>
        <source>{n} unchanged</source>
        <translation>{n} sin cambios</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="273"/>
        <source>{n} not in Stitch (skipped)</source>
        <translation>{n} no están en Stitch (omitidos)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="274"/>
        <source>Against the {n} products in Stitch: </source>
        <translation>Frente a los {n} productos en Stitch: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="280"/>
        <source>%n products will have 0 in stock.</source>
        <translation>
            <numerusform>%n producto quedará con 0 en stock.</numerusform>
            <numerusform>%n productos quedarán con 0 en stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="287"/>
        <source>%n unit weights kept for this station&apos;s weight check (not sent to Stitch).</source>
        <translation>
            <numerusform>%n peso unitario guardado para el control de peso de este puesto (no se envía a Stitch).</numerusform>
            <numerusform>%n pesos unitarios guardados para el control de peso de este puesto (no se envían a Stitch).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="299"/>
        <source>&amp;Push %n changes</source>
        <translation>
            <numerusform>&amp;Enviar %n cambio</numerusform>
            <numerusform>&amp;Enviar %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="301"/>
        <source>Nothing to push</source>
        <translation>Nada que enviar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/supervisor/products_dialog.py" line="351"/>
        <source>Sending %n changes to Stitch…</source>
        <translation>
            <numerusform>Enviando %n cambio a Stitch…</numerusform>
            <numerusform>Enviando %n cambios a Stitch…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="387"/>
        <source>Stopping after the batch being sent…</source>
        <translation>Parando tras el lote en curso…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="407"/>
        <source>Save the push report</source>
        <translation>Guardar el informe de envío</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="409"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="59"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="61"/>
        <source>Ship to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="62"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="58"/>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="60"/>
        <source>Channel #</source>
        <translation>N.º canal</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="63"/>
        <source>Method</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="64"/>
        <source>Units</source>
        <translation>Uds.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="65"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="66"/>
        <source>Age</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110"/>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="113"/>
        <source>%n h</source>
        <translation>%n h</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="114"/>
        <source>%n d</source>
        <translation>%n d</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="223"/>
        <source>Waiting to send, or being packed at another station</source>
        <translation>Pendiente de enviar, o en otro puesto</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="410"/>
        <source>Being packed at %1</source>
        <translation>Se empaqueta en %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="412"/>
        <source>A shipment for this order is waiting to be sent to Stitch</source>
        <translation>Un envío de este pedido espera a enviarse a Stitch</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/queue_panel.py" line="40"/>
        <source>Filter: order, name, place, method…</source>
        <translation>Filtro: pedido, nombre, lugar, método…</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="87"/>
        <source>Set status…</source>
        <translation>Poner estado…</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="88"/>
        <source>Print slip</source>
        <translation>Imprimir albarán</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="131"/>
        <source>Queue: %1 open</source>
        <translation>Cola: %1 abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="134"/>
        <source>Queue: %1 of %2 shown</source>
        <translation>Cola: %1 de %2 mostrados</translation>
    </message>
</context>
<context>
    <name>ScaleSettings</name>
    <message>
        <location filename="../../ui/scale_settings.py" line="29"/>
        <source>No scale</source>
        <translation>Sin báscula</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="30"/>
        <source>Mettler Toledo (MT-SICS)</source>
        <translation>Mettler Toledo (MT-SICS)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="31"/>
        <source>NCI / shipping scale (W&lt;CR&gt;)</source>
        <translation>NCI / báscula de envíos (W&lt;CR&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="32"/>
        <source>Continuous output</source>
        <translation>Salida continua</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="33"/>
        <source>USB point-of-sale scale (HID)</source>
        <translation>Báscula de TPV por USB (HID)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="39"/>
        <source>/dev/ttyUSB0, COM3, or 0922:8003 for a USB scale</source>
        <translation>/dev/ttyUSB0, COM3, o 0922:8003 para una báscula USB</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="40"/>
        <source>Check it with: packstation scale test</source>
        <translation>Compruébalo con: packstation scale test</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="45"/>
        <source>As set on the scale (serial scales only)</source>
        <translation>Igual que en la báscula (solo básculas por puerto serie)</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="61"/>
        <source>A box may be off by the grams or by this share, whichever is larger</source>
        <translation>Una caja puede desviarse esos gramos o este porcentaje, lo que sea mayor</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="67"/>
        <source>learned from the boxes</source>
        <translation>aprendida de las cajas</translation>
    </message>
    <message>
        <location filename="../../ui/scale_settings.py" line="69"/>
        <source>The empty carton with its fill</source>
        <translation>La caja vacía con su relleno</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../ui/scan_capture.py" line="225"/>
        <source>Type a code and press Enter</source>
        <translation>Escribe un código y pulsa Intro</translation>
    </message>
    <message>
        <location filename="../../ui/scan_capture.py" line="226"/>
        <source>For a damaged label: type the code here and press Enter</source>
        <translation>Etiqueta dañada: escribe aquí el código y pulsa Intro</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../cli/selftest.py" line="83"/>
        <source>settings (%1)</source>
        <translation>ajustes (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli/selftest.py" line="84"/>
        <source>settings: %n problems</source>
        <translation>
            <numerusform>ajustes: %n problema</numerusform>
            <numerusform>ajustes: %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="87"/>
        <source>the station starts with the built-in value of each key named below (of every key in a file that is not valid TOML)</source>
        <translation>el puesto arranca con el valor de fábrica de cada clave de abajo (de todas las claves de un archivo que no es TOML válido)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="141"/>
        <source>Qt platform plugin (%1): did not start in %2 s</source>
        <translation>plugin de plataforma de Qt (%1): no arrancó en %2 s</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="148"/>
        <source>Qt platform plugin: could not run the probe (%1)</source>
        <translation>plugin de plataforma de Qt: no se pudo lanzar la prueba (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="151"/>
        <source>Qt platform plugin (%1)</source>
        <translation>plugin de plataforma de Qt (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="152"/>
        <source>missing system libraries? run again with QT_DEBUG_PLUGINS=1 for Qt&apos;s reasons</source>
        <translation>¿faltan bibliotecas del sistema? repite con QT_DEBUG_PLUGINS=1 para ver los motivos de Qt</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="153"/>
        <location filename="../../cli/selftest.py" line="169"/>
        <source>exit status %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="155"/>
        <source>Qt platform plugin (%1): %2 (%3)</source>
        <translation>plugin de plataforma de Qt (%1): %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="166"/>
        <source>sound: could not be checked (%1)</source>
        <translation>sonido: no se pudo comprobar (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="172"/>
        <source>sound: Qt Multimedia did not load (%1); the station runs silently</source>
        <translation>sonido: Qt Multimedia no cargó (%1); el puesto funciona sin sonido</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="177"/>
        <source>sound: no audio output device; the station will run without sounds</source>
        <translation>sonido: no hay salida de audio; el puesto funcionará sin sonidos</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="183"/>
        <source>sound: %1 did not load on %2 (%3); the station runs silently</source>
        <translation>sonido: %1 no cargó en %2 (%3); el puesto funciona sin sonido</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="189"/>
        <source>sound (%1)</source>
        <translation>sonido (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="201"/>
        <source>keyring: cannot be set up (%1)</source>
        <translation>almacén de contraseñas: no se puede configurar (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="213"/>
        <source>keyring: no password store (%1); the token cannot be kept on this computer (Linux: install and unlock gnome-keyring or KWallet in the desktop session)</source>
        <translation>almacén de contraseñas: no hay ninguno (%1); el token no se puede guardar en este equipo (Linux: instala y desbloquea gnome-keyring o KWallet en la sesión de escritorio)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="226"/>
        <source>keyring: the password store cannot be read (%1: %2)</source>
        <translation>almacén de contraseñas: no se puede leer (%1: %2)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="231"/>
        <source>keyring (%1)</source>
        <translation>almacén de contraseñas (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="250"/>
        <location filename="../../cli/selftest.py" line="277"/>
        <location filename="../../cli/selftest.py" line="279"/>
        <location filename="../../cli/selftest.py" line="283"/>
        <source>journal: %1 (%2)</source>
        <translation>diario: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="257"/>
        <source>journal: cannot create %1 (%2)</source>
        <translation>diario: no se puede crear %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="274"/>
        <source>journal writable (%1; in use by Packstation now)</source>
        <translation>diario: se puede escribir (%1; Packstation lo usa ahora)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="290"/>
        <source>journal writable (%1)</source>
        <translation>diario: se puede escribir (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="313"/>
        <source>log directory: cannot write %1 (%2); the log goes to the temp directory</source>
        <translation>carpeta de registro: no se puede escribir en %1 (%2); el registro va a la carpeta temporal</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="318"/>
        <source>log directory (%1)</source>
        <translation>carpeta de registro (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="329"/>
        <source>Stitch: no token stored for %1 (packstation token set --api-url URL &lt; token.txt)</source>
        <translation>Stitch: no hay token guardado para %1 (packstation token set --api-url URL &lt; token.txt)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="349"/>
        <source>Stitch did not answer at %1 within %2 s</source>
        <translation>Stitch no respondió en %1 en %2 s</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="354"/>
        <source>Stitch refused the stored token for %1 (401): set a new one</source>
        <translation>Stitch rechazó el token guardado para %1 (401): guarda uno nuevo</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="360"/>
        <source>Stitch did not answer at %1: %2</source>
        <translation>Stitch no respondió en %1: %2</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="362"/>
        <source>Stitch answers (%1)</source>
        <translation>Stitch responde (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="389"/>
        <source>Packstation %1 self-test</source>
        <translation>Autotest de Packstation %1</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="392"/>
        <source>Qt platform plugin</source>
        <translation>plugin de plataforma de Qt</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="393"/>
        <source>keyring</source>
        <translation>almacén de contraseñas</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="394"/>
        <source>journal</source>
        <translation>diario</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="395"/>
        <source>log directory</source>
        <translation>carpeta de registro</translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="396"/>
        <source>sound</source>
        <translation>sonido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cli/selftest.py" line="406"/>
        <source>%n checks failed.</source>
        <translation>
            <numerusform>%n comprobación ha fallado.</numerusform>
            <numerusform>%n comprobaciones han fallado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cli/selftest.py" line="409"/>
        <source>All checks passed (station &apos;%1&apos;).</source>
        <translation>Todas las comprobaciones bien (puesto &apos;%1&apos;).</translation>
    </message>
</context>
<context>
    <name>SetStatusDialog</name>
    <message>
        <location filename="../../ui/status_dialog.py" line="29"/>
        <location filename="../../ui/status_dialog.py" line="56"/>
        <source>Set status</source>
        <translation>Poner estado</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="31"/>
        <source>Status of order %1:</source>
        <translation>Estado del pedido %1:</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="35"/>
        <source>Status of %1 orders (%2):</source>
        <translation>Estado de %1 pedidos (%2):</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="48"/>
        <source>Pick a status or type one (empty clears it)</source>
        <translation>Elige un estado o escríbelo (vacío lo borra)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>set by your IT department</source>
        <translation>fijado por tu departamento de TI</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Station settings</source>
        <translation>Ajustes del puesto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>A new address needs its own access token</source>
        <translation>Una dirección nueva necesita su propio token</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>Status set while an order is packed; {station} and {packer} are filled in</source>
        <translation>Estado mientras se empaqueta un pedido; se rellenan {station} y {packer}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Keys closer together than this are a scanner; a person types slower</source>
        <translation>Teclas más seguidas que esto son del escáner; una persona escribe más lento</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129"/>
        <source>&amp;Test sound</source>
        <translation>&amp;Probar sonido</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source>A box ships only after PS-CMD:SHIP is scanned</source>
        <translation>Una caja sale solo tras escanear PS-CMD:SHIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Print item barcodes too (for damaged product labels)</source>
        <translation>Imprimir también los códigos de los artículos (para etiquetas dañadas)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>Off: only the order&apos;s barcode scans, so nobody scans the paper for the product</source>
        <translation>Desactivado: solo se escanea el código del pedido, así nadie escanea el papel en vez del producto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>This computer&apos;s zone</source>
        <translation>Zona de este ordenador</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>This computer&apos;s language</source>
        <translation>El idioma de este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>A packer with a language of their own in the packer list switches it at sign-in</source>
        <translation>Un empaquetador con idioma propio en la lista lo cambia al entrar</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Same as the station</source>
        <translation>Igual que el puesto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Slips, command sheets, badges and labels: the customer&apos;s and the bench&apos;s paper</source>
        <translation>Albaranes, hojas de comandos, tarjetas y etiquetas: el papel del cliente y del puesto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="161"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Finished orders are kept in the journal this long</source>
        <translation>Tiempo que los pedidos terminados quedan en el diario</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Change the supervisor PIN</source>
        <translation>Cambiar el PIN del encargado</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Set a supervisor PIN (none is set)</source>
        <translation>Poner un PIN de encargado (no hay)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Current PIN:</source>
        <translation>PIN actual:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="184"/>
        <source>New PIN (4 digits or more):</source>
        <translation>PIN nuevo (4 cifras o más):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="185"/>
        <source>New PIN again:</source>
        <translation>Repite el PIN nuevo:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>&amp;Station name:</source>
        <translation>&amp;Nombre del puesto:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>Stitch &amp;address:</source>
        <translation>&amp;Dirección de Stitch:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>&amp;Claim status:</source>
        <translation>Estado de &amp;reserva:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="191"/>
        <source>Status &amp;presets:</source>
        <translation>Estados &amp;predefinidos:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <source>Scanner &amp;speed:</source>
        <translation>&amp;Velocidad del escáner:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="193"/>
        <source>Sound &amp;volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="194"/>
        <source>Shipping:</source>
        <translation>Envío:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="195"/>
        <source>Packing slips:</source>
        <translation>Albaranes:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="197"/>
        <source>Printed paper&apos;s la&amp;nguage:</source>
        <translation>Idioma de lo &amp;impreso:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="198"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="199"/>
        <source>&amp;Keep history:</source>
        <translation>&amp;Guardar historial:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="201"/>
        <source>Sca&amp;le:</source>
        <translation>&amp;Báscula:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="202"/>
        <source>Scale device:</source>
        <translation>Dispositivo de la báscula:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <source>Scale baud rate:</source>
        <translation>Baudios de la báscula:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="204"/>
        <source>Weight unit:</source>
        <translation>Unidad de peso:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="206"/>
        <source>Weight tolerance:</source>
        <translation>Tolerancia de peso:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="208"/>
        <source>or:</source>
        <translation>o:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="209"/>
        <source>Carton tare:</source>
        <translation>Tara de la caja:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="232"/>
        <source>⚠ No supervisor PIN is set: anyone can change these settings (the Stitch address) and approve supervisor actions. Set a PIN below.</source>
        <translation>⚠ No hay PIN de supervisor: cualquiera puede cambiar estos ajustes (la dirección de Stitch) y aprobar acciones de supervisor. Pon un PIN abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="305"/>
        <source>New status</source>
        <translation>Estado nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="332"/>
        <source>The station needs a name.</source>
        <translation>El puesto necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="335"/>
        <source>The Stitch address must start with https://</source>
        <translation>La dirección de Stitch debe empezar por https://</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="341"/>
        <source>The claim status may only use {station} and {packer} as placeholders.</source>
        <translation>El estado de reserva solo admite {station} y {packer}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="346"/>
        <source>A status may have at most {n} characters.</source>
        <translation>Un estado tiene como mucho {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="353"/>
        <source>Unknown time zone: {zone}</source>
        <translation>Zona horaria desconocida: {zone}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="385"/>
        <source>The current PIN is not right; the PIN was not changed.</source>
        <translation>El PIN actual no es correcto; no se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="387"/>
        <source>The two new PINs differ.</source>
        <translation>Los dos PIN nuevos no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="391"/>
        <source>The supervisor PIN must be at least 4 digits.</source>
        <translation>El PIN del encargado debe tener al menos 4 cifras.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="403"/>
        <source>The settings could not be saved: {e}</source>
        <translation>No se pudieron guardar los ajustes: {e}</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../ui/setup_screen.py" line="51"/>
        <source>Enter the full address, starting with https://</source>
        <translation>Escribe la dirección completa, empezando por https://</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="60"/>
        <source>Use https:// for Stitch: the token must not travel unencrypted.</source>
        <translation>Usa https:// para Stitch: el token no debe viajar sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="87"/>
        <source>Connect this station to Stitch</source>
        <extracomment>The salted hash of the supervisor PIN typed here (&quot;&quot; when skipped), once submitted.</extracomment>
        <translation>Conectar este puesto a Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="94"/>
        <source>Enter the API address and the access token your Stitch administrator gave you. The token is kept in this computer&apos;s password store, never in a file.</source>
        <translation>Escribe la dirección de la API y el token que te dio el administrador de Stitch. El token se guarda en el almacén de contraseñas del ordenador, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="104"/>
        <source>Paste the access token</source>
        <translation>Pega el token de acceso</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="106"/>
        <source>Test and save</source>
        <translation>Probar y guardar</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="124"/>
        <source>Optional: 4 digits or more</source>
        <translation>Opcional: 4 dígitos o más</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="125"/>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="128"/>
        <source>The supervisor PIN approves supervisor actions and opens Settings. Leave it empty to set it later (Settings, or packstation pin set).</source>
        <translation>El PIN de supervisor aprueba acciones de supervisor y abre los Ajustes. Déjalo vacío para ponerlo más tarde (Ajustes, o packstation pin set).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="135"/>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="136"/>
        <source>Access token:</source>
        <translation>Token de acceso:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="138"/>
        <source>Supervisor PIN:</source>
        <translation>PIN de supervisor:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="139"/>
        <source>PIN again:</source>
        <translation>PIN otra vez:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="179"/>
        <source>Paste the access token first.</source>
        <translation>Pega antes el token de acceso.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="184"/>
        <source>The two supervisor PINs differ.</source>
        <translation>Los dos PIN de supervisor no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="189"/>
        <source>The supervisor PIN must be at least 4 digits.</source>
        <translation>El PIN de supervisor debe tener al menos 4 dígitos.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="194"/>
        <source>Asking Stitch…</source>
        <translation>Preguntando a Stitch…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="199"/>
        <source>The check failed (see the log).</source>
        <translation>La comprobación falló (ver el registro).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="204"/>
        <source>Stitch refused this access token. Check it was copied completely.</source>
        <translation>Stitch rechazó este token. Comprueba que se copió entero.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="210"/>
        <source>Could not reach Stitch at %1: %2</source>
        <translation>No se pudo conectar con Stitch en %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="220"/>
        <source>This computer has no password store; the token will be kept for this session only</source>
        <translation>Este ordenador no tiene almacén de contraseñas; el token solo se guarda en esta sesión</translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="226"/>
        <source>Connected. The token is saved in this computer&apos;s password store.</source>
        <translation>Conectado. El token está guardado en el almacén de contraseñas.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../../ui/scan_router.py" line="40"/>
        <source>Not connected yet</source>
        <translation>Aún sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/scan_router.py" line="40"/>
        <source>Wait a moment</source>
        <translation>Espera un momento</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../ui/status_actions.py" line="57"/>
        <source>Select one or more orders in the queue first</source>
        <translation>Elige antes uno o más pedidos en la cola</translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="96"/>
        <source>The status could not be saved: %1</source>
        <translation>No se pudo guardar el estado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="102"/>
        <source>Status set: %1</source>
        <translation>Estado puesto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="102"/>
        <location filename="../../ui/status_actions.py" line="109"/>
        <source>(cleared)</source>
        <translation>(borrado)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_actions.py" line="104"/>
        <source>Status of %n orders set: %2</source>
        <translation>
            <numerusform>Estado de %n pedido fijado: %2</numerusform>
            <numerusform>Estado de %n pedidos fijado: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/status_line.py" line="32"/>
        <source>TRAINING – demo data</source>
        <translation>PRÁCTICA – datos de prueba</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="35"/>
        <source>Nothing here is real: the station talks to its built-in practice server</source>
        <translation>Nada es real: el puesto habla con su servidor de prácticas</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="73"/>
        <source>○ Stitch: connecting…</source>
        <translation>○ Stitch: conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="75"/>
        <source>● Stitch ok</source>
        <translation>● Stitch ok</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="77"/>
        <source>▲ Stitch unreachable</source>
        <translation>▲ Stitch sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="79"/>
        <location filename="../../ui/status_line.py" line="95"/>
        <source>last sync %1</source>
        <translation>última sincr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="90"/>
        <source>○ Warehouse server: connecting…</source>
        <translation>○ Servidor del almacén: conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="92"/>
        <source>● Warehouse server connected</source>
        <translation>● Servidor del almacén conectado</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="93"/>
        <source>▲ Warehouse server offline</source>
        <translation>▲ Servidor del almacén sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="106"/>
        <source>%1 waiting to send</source>
        <translation>%1 por enviar</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="108"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="113"/>
        <source>%1 refused by Stitch</source>
        <translation>%1 rechazados por Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="123"/>
        <source>nobody signed in</source>
        <translation>nadie identificado</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="65"/>
        <source>S&amp;upervisor</source>
        <translation>E&amp;ncargado</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="70"/>
        <source>&amp;Products and stock…</source>
        <translation>&amp;Productos y stock…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="72"/>
        <source>&amp;Figures…</source>
        <translation>&amp;Cifras…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="76"/>
        <source>Order &amp;history…</source>
        <translation>&amp;Historial del pedido…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="80"/>
        <source>&amp;Audit trail…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="82"/>
        <source>P&amp;rint</source>
        <translation>Imp&amp;rimir</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="88"/>
        <source>S&amp;ettings…</source>
        <translation>A&amp;justes…</translation>
    </message>
</context>
<context>
    <name>SupervisorGate</name>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="54"/>
        <source>set the status of several orders</source>
        <extracomment>Setting a status on this many orders at once needs a supervisor.</extracomment>
        <translation>poner el estado de varios pedidos</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="55"/>
        <source>take over an order another station is packing</source>
        <translation>tomar un pedido que empaqueta otro puesto</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="56"/>
        <source>ship a box with units that were not scanned</source>
        <translation>enviar una caja con uds. sin escanear</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="57"/>
        <source>ship a box with a carrier label this station does not know</source>
        <translation>enviar una caja con una etiqueta de transportista que esta estación no conoce</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="60"/>
        <source>resolve a shipment Stitch refused</source>
        <translation>resolver un envío que Stitch rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="61"/>
        <source>send products and stock to Stitch</source>
        <translation>enviar productos y stock a Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="62"/>
        <source>open the station settings (the Stitch address, the PIN)</source>
        <translation>abrir los ajustes del puesto (la dirección de Stitch, el PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="63"/>
        <source>ship a box whose weight is wrong</source>
        <translation>enviar una caja con peso incorrecto</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="131"/>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="132"/>
        <source>The approval could not be written to the journal, so nothing was done.</source>
        <translation>No se pudo escribir la aprobación en el diario, así que no se hizo nada.</translation>
    </message>
</context>
<context>
    <name>TaskSpawner</name>
    <message>
        <location filename="../../ui/tasks.py" line="28"/>
        <source>Something went wrong. The details are in the log.</source>
        <translation>Algo falló. Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <location filename="../../cli/token.py" line="38"/>
        <source>This computer has no password store that Packstation can use (%1), so the token cannot be kept. On Linux install gnome-keyring (or KWallet) and unlock it in the desktop session; on Windows and macOS the system store is used.</source>
        <translation>Este equipo no tiene un almacén de contraseñas que Packstation pueda usar (%1), así que el token no se puede guardar. En Linux instala gnome-keyring (o KWallet) y desbloquéalo en la sesión de escritorio; en Windows y macOS se usa el del sistema.</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="81"/>
        <source>%1 is not an https:// address</source>
        <translation>%1 no es una dirección https://</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="124"/>
        <source>Access token (not shown): </source>
        <translation>Token de acceso (no se muestra): </translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="139"/>
        <source>no token given on standard input; nothing stored</source>
        <translation>no llegó ningún token por la entrada estándar; no se ha guardado nada</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="143"/>
        <source>a token has no blanks inside; nothing stored</source>
        <translation>un token no lleva espacios; no se ha guardado nada</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="149"/>
        <source>the password store refused the token (%1)</source>
        <translation>el almacén de contraseñas rechazó el token (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="152"/>
        <source>Token stored for %1 (%2).</source>
        <translation>Token guardado para %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="168"/>
        <source>the password store could not remove it (%1)</source>
        <translation>el almacén de contraseñas no pudo borrarlo (%1)</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="172"/>
        <source>No token was stored for %1; nothing to remove.</source>
        <translation>No había token guardado para %1; nada que borrar.</translation>
    </message>
    <message>
        <location filename="../../cli/token.py" line="174"/>
        <source>Token removed for %1.</source>
        <translation>Token borrado para %1.</translation>
    </message>
</context>
<context>
    <name>Weighing</name>
    <message>
        <location filename="../../ui/weighing.py" line="54"/>
        <source>&amp;Weigh the box again</source>
        <translation>&amp;Volver a pesar la caja</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="57"/>
        <source>Put the box on the scale and weigh it again (same as scanning PS-CMD:WEIGH)</source>
        <translation>Poner la caja en la báscula y volver a pesarla (igual que escanear PS-CMD:WEIGH)</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="62"/>
        <source>Let a wrong &amp;weight go…</source>
        <translation>Dejar pasar un peso &amp;incorrecto…</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="65"/>
        <source>A supervisor ships a box whose weight is wrong (PIN)</source>
        <translation>El encargado envía una caja con peso incorrecto (PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="94"/>
        <source>No box is stopped by its weight</source>
        <translation>Ninguna caja está parada por su peso</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="95"/>
        <source>A supervisor lets a box go only after WRONG WEIGHT</source>
        <translation>El encargado solo deja pasar una caja tras PESO INCORRECTO</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="119"/>
        <location filename="../../ui/weighing.py" line="132"/>
        <source>WEIGHING THE BOX…</source>
        <translation>PESANDO LA CAJA…</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="120"/>
        <source>Put the box on the scale; scan the carrier label once it is weighed</source>
        <translation>Pon la caja en la báscula; escanea la etiqueta de envío cuando esté pesada</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="133"/>
        <source>Let it rest on the scale; scan the carrier label once it is weighed</source>
        <translation>Déjala quieta en la báscula; escanea la etiqueta de envío cuando esté pesada</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="140"/>
        <source>No scale at this station</source>
        <translation>No hay báscula en este puesto</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="146"/>
        <source>Nothing to weigh yet</source>
        <translation>Todavía no hay nada que pesar</translation>
    </message>
    <message>
        <location filename="../../ui/weighing.py" line="147"/>
        <source>The box is weighed once every unit is in it</source>
        <translation>La caja se pesa cuando tenga todas las unidades</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/queue_feed.py" line="75"/>
        <source>Refreshing the queue…</source>
        <translation>Actualizando la cola…</translation>
    </message>
</context>
</TS>
