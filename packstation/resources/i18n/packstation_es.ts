<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/supervisor/bar_chart.py" line="108"/>
        <source>Nothing packed in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionNotice</name>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Enter new token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Stitch can&apos;t be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>since %1</source>
        <translation type="unfinished">desde %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>last sync %1</source>
        <translation type="unfinished">última sincr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Go on packing: boxes wait on this station and go out later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Stitch refused this station&apos;s access token. Go on packing: nothing is lost, boxes wait until a new token is entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash_handler.py" line="50"/>
        <source>Something went wrong in Packstation. Your scans are saved. Please tell your supervisor; the details are in {path}.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/domain_words.py" line="58"/>
        <source>Code %1 is no product this station knows</source>
        <translation>El código %1 no es de ningún producto conocido</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="59"/>
        <source>Could not read %1</source>
        <translation>No se pudo leer %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="60"/>
        <source>%1 unit still to pack</source>
        <translation>Falta %1 unidad por empaquetar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="61"/>
        <source>%1 units still to pack</source>
        <translation>Faltan %1 unidades por empaquetar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="62"/>
        <source>Nothing in the box to ship yet</source>
        <translation>Todavía no hay nada en la caja</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="63"/>
        <source>Scan PS-CMD:SHIP before the carrier label</source>
        <translation>Escanea PS-CMD:SHIP antes de la etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="64"/>
        <source>The box is complete: %1 is not a carrier label</source>
        <translation>La caja está completa: %1 no es una etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="65"/>
        <source>Quantity must be between 1 and 9999</source>
        <translation>La cantidad va de 1 a 9999</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="66"/>
        <source>This label is another carrier&apos;s</source>
        <translation>Esta etiqueta es de otro transportista</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="67"/>
        <source>Not a carrier label this station knows: %1</source>
        <translation>Etiqueta de envío desconocida: %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="68"/>
        <source>%1 can take over once this box has shipped</source>
        <translation>%1 puede seguir cuando salga esta caja</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="69"/>
        <source>A supervisor&apos;s PIN accepts a label this station does not know</source>
        <translation>Una etiqueta desconocida solo pasa con el PIN del encargado</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="72"/>
        <source>Scan STOP again to stop packing and put %1 unit back</source>
        <translation>Escanea STOP otra vez para parar y devolver %1 unidad</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="73"/>
        <source>Scan STOP again to stop packing and put %1 units back</source>
        <translation>Escanea STOP otra vez para parar y devolver %1 unidades</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="74"/>
        <source>Put these back: %1</source>
        <translation>Devuelve esto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="75"/>
        <source>Nothing was in the box</source>
        <translation>La caja estaba vacía</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="76"/>
        <source>Box %1: %2 %3</source>
        <translation>Caja %1: %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="77"/>
        <source>Scan %1&apos;s badge again to take over this pack</source>
        <translation>Escanea otra vez la tarjeta de %1 para tomar este pedido</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="78"/>
        <source>%1 packs on (was %2)</source>
        <translation>%1 sigue (antes: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="79"/>
        <source>Scan your badge (PS-USER) before the packing slip</source>
        <translation>Escanea tu tarjeta (PS-USER) antes del albarán</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="81"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the missing items</source>
        <translation>escanea PS-CMD:ACK o pulsa Esc y luego lo que falta</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="82"/>
        <source>scan PS-CMD:ACK or press Esc, then scan PS-CMD:SHIP</source>
        <translation>escanea PS-CMD:ACK o pulsa Esc y luego PS-CMD:SHIP</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="83"/>
        <source>scan PS-CMD:ACK or press Esc, then scan items</source>
        <translation>escanea PS-CMD:ACK o pulsa Esc y luego los artículos</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="84"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the carrier label</source>
        <translation>escanea PS-CMD:ACK o pulsa Esc y luego la etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="85"/>
        <source>scan PS-CMD:ACK or press Esc, then scan the right item</source>
        <translation>escanea PS-CMD:ACK o pulsa Esc y luego el artículo correcto</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="86"/>
        <source>scan a %1 label, or PS-CMD:SHIP to ship this one anyway</source>
        <translation>escanea una etiqueta de %1, o PS-CMD:SHIP para enviarla igual</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="87"/>
        <source>scan a %1 label, or PS-CMD:SHIP with a supervisor to ship this one anyway</source>
        <translation>escanea una etiqueta de %1, o PS-CMD:SHIP con el encargado para enviarla igual</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="91"/>
        <source>scan a known carrier label, or PS-CMD:SHIP to ship this one anyway</source>
        <translation>escanea una etiqueta conocida, o PS-CMD:SHIP para enviarla igual</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="94"/>
        <source>scan a known carrier label, or PS-CMD:SHIP with a supervisor to ship this one anyway</source>
        <translation>escanea una etiqueta conocida, o PS-CMD:SHIP con el encargado para enviarla igual</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="98"/>
        <source>scan the carrier label</source>
        <translation>escanea la etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="99"/>
        <source>order packed</source>
        <translation>pedido empaquetado</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="100"/>
        <source>packing stopped</source>
        <translation>embalaje parado</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="101"/>
        <source>scan the item to count %1</source>
        <translation>escanea el artículo para contar %1</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="102"/>
        <source>scan PS-CMD:SHIP</source>
        <translation>escanea PS-CMD:SHIP</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="103"/>
        <source>scan items</source>
        <translation>escanea los artículos</translation>
    </message>
    <message>
        <location filename="../../ui/domain_words.py" line="104"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
</context>
<context>
    <name>FeedbackBanner</name>
    <message>
        <location filename="../../ui/banner.py" line="79"/>
        <source>Scan a packing slip</source>
        <translation>Escanea un albarán</translation>
    </message>
</context>
<context>
    <name>FeedbackWords</name>
    <message>
        <location filename="../../ui/feedback_words.py" line="31"/>
        <location filename="../../ui/feedback_words.py" line="33"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="40"/>
        <source>Wrong item: %1 is not in this order</source>
        <translation>Artículo equivocado: %1 no es de este pedido</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="42"/>
        <source>Unknown code: %1</source>
        <translation>Código desconocido: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="47"/>
        <source>Misread: %1</source>
        <translation>Mal leído: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="49"/>
        <source>One too many: %1 is already complete</source>
        <translation>Uno de más: %1 ya está completo</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="52"/>
        <source>Not yet: %1 units still to pack</source>
        <translation>Todavía no: faltan %1 unidades</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="54"/>
        <source>The box is empty: nothing to ship yet</source>
        <translation>La caja está vacía: nada que enviar</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="56"/>
        <source>Scan PS-CMD:SHIP before the carrier label</source>
        <translation>Escanea PS-CMD:SHIP antes de la etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="58"/>
        <source>Box complete: %1 is not a carrier label</source>
        <translation>Caja completa: %1 no es una etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="60"/>
        <source>Quantity must be between 1 and 9999</source>
        <translation>La cantidad va de 1 a 9999</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="64"/>
        <source>Not counted: %1</source>
        <translation>No contado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="75"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="80"/>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="83"/>
        <source>Quantity %1: scan the item</source>
        <translation>Cantidad %1: escanea el artículo</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="86"/>
        <source>Quantity taken back</source>
        <translation>Cantidad quitada</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="89"/>
        <source>Not counted</source>
        <translation>No contado</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="91"/>
        <source>Still locked: %1</source>
        <translation>Sigue bloqueado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="98"/>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="99"/>
        <source>%1  ·  Expected: %2</source>
        <translation>%1  ·  Se espera: %2</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="99"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="103"/>
        <source>Go on: %1</source>
        <translation>Sigue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="107"/>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="108"/>
        <source>Nothing to acknowledge</source>
        <translation>Nada que confirmar</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="109"/>
        <source>This order is already open</source>
        <translation>Este pedido ya está abierto</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="111"/>
        <source>Nothing changed</source>
        <translation>Nada ha cambiado</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="114"/>
        <source>Box ready: scan the carrier label</source>
        <translation>Caja lista: escanea la etiqueta de envío</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="118"/>
        <source>Box shipped</source>
        <translation>Caja enviada</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="120"/>
        <source>Box %1 shipped: %2 %3</source>
        <translation>Caja %1 enviada: %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="126"/>
        <source>Order packed. Scan the next packing slip</source>
        <translation>Pedido listo. Escanea el siguiente albarán</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="130"/>
        <source>Packing canceled</source>
        <translation>Embalaje cancelado</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="130"/>
        <location filename="../../ui/feedback_words.py" line="143"/>
        <source>Scan a packing slip</source>
        <translation>Escanea un albarán</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="134"/>
        <source>Signed in: %1</source>
        <translation>Sesión de: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="135"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_words.py" line="143"/>
        <source>This order is finished</source>
        <translation>Este pedido está terminado</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="70"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="71"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="71"/>
        <source>Orders packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="72"/>
        <source>Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="73"/>
        <source>Units</source>
        <translation type="unfinished">Uds.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="73"/>
        <source>Units packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="75"/>
        <source>Time per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="78"/>
        <source>Packing time per unit, breaks of more than 5 minutes left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="80"/>
        <source>Wrong items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="80"/>
        <source>Wrong items caught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="81"/>
        <source>Undos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="82"/>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="82"/>
        <source>Orders left short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="83"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="83"/>
        <source>Refused by Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="117"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="124"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="125"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="126"/>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="127"/>
        <source>Which days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="135"/>
        <source>By packer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="136"/>
        <source>By station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="137"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="139"/>
        <source>Count again ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="141"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="142"/>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="158"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="160"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="221"/>
        <source>Counting {label}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="229"/>
        <source>The journal could not be read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="241"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="245"/>
        <source>{label}: {orders} orders, {units} units, {per_unit} per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="254"/>
        <source>Units per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="254"/>
        <source>Units per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="277"/>
        <source>Export figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="279"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/figures_view.py" line="279"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="75"/>
        <location filename="../../ui/supervisor/history_view.py" line="93"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="76"/>
        <location filename="../../ui/supervisor/history_view.py" line="94"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="77"/>
        <location filename="../../ui/supervisor/history_view.py" line="86"/>
        <location filename="../../ui/supervisor/history_view.py" line="95"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="78"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="79"/>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="80"/>
        <source>Units</source>
        <translation type="unfinished">Uds.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="80"/>
        <source>Units put into (+) or out of (−) a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="81"/>
        <location filename="../../ui/supervisor/history_view.py" line="84"/>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="85"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="87"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="88"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="89"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="90"/>
        <source>Stitch&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="96"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="97"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="98"/>
        <source>Order</source>
        <translation type="unfinished">Pedido</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="122"/>
        <source>Order history and audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="130"/>
        <source>Fulfillment id or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="132"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="135"/>
        <source>Scan the order&apos;s packing slip, or type its fulfillment id or open order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="141"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="142"/>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="147"/>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="161"/>
        <source>Boxes and their shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="175"/>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="179"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="180"/>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="184"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="186"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="199"/>
        <source>&amp;Order history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="200"/>
        <source>&amp;Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="239"/>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="247"/>
        <location filename="../../ui/supervisor/history_view.py" line="306"/>
        <source>The journal could not be read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="257"/>
        <source>Nothing about {ref} in this station&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="262"/>
        <source>Order {order} (fulfillment {id}): {scans}, {boxes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="265"/>
        <source>1 scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="265"/>
        <source>{n} scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="266"/>
        <source>1 box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="268"/>
        <source>{n} boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="314"/>
        <source>1 supervisor decision, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="316"/>
        <source>{n} supervisor decisions, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="336"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="338"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/history_view.py" line="338"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Packstation</source>
        <translation>Packstation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Station</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Identificarse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Who packs at this station (same as scanning PS-USER:name)</source>
        <translation>Quién empaqueta aquí (igual que escanear PS-USER:nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;Pack</source>
        <translation>&amp;Empaquetar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;Acknowledge error</source>
        <translation>&amp;Confirmar error</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>I have seen the error (same as scanning PS-CMD:ACK)</source>
        <translation>He visto el error (igual que escanear PS-CMD:ACK)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Undo last scan</source>
        <translation>&amp;Deshacer último escaneo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Quantity…</source>
        <translation>&amp;Cantidad…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Count the next item several times (same as scanning PS-QTY:n)</source>
        <translation>Contar el siguiente artículo varias veces (igual que PS-QTY:n)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Partial box</source>
        <translation>Caja &amp;parcial</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Ship what is in the box now (same as scanning PS-CMD:PARTIAL)</source>
        <translation>Enviar lo que hay en la caja (igual que PS-CMD:PARTIAL)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Ship box</source>
        <translation>&amp;Enviar caja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Close the box (same as scanning PS-CMD:SHIP)</source>
        <translation>Cerrar la caja (igual que escanear PS-CMD:SHIP)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Cancel packing</source>
        <translation>&amp;Cancelar embalaje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Stop packing this order (same as scanning PS-CMD:CANCEL)</source>
        <translation>Dejar de empaquetar este pedido (igual que PS-CMD:CANCEL)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Set &amp;status…</source>
        <translation>Poner e&amp;stado…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Print slip</source>
        <translation>&amp;Imprimir albarán</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Boxes and statuses waiting to be sent, and those Stitch refused</source>
        <translation>Cajas y estados pendientes de envío, y los que Stitch rechazó</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>S&amp;upervisor</source>
        <translation>E&amp;ncargado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Show &amp;queue</source>
        <translation>Mostrar &amp;cola</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Silenciar sonidos</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../ui/outbox_view.py" line="45"/>
        <source>Order</source>
        <translation type="unfinished">Pedido</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="46"/>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="47"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="48"/>
        <source>Units</source>
        <translation type="unfinished">Uds.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="49"/>
        <source>Carrier label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="50"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="51"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="52"/>
        <source>Stitch said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="60"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="61"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="62"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="72"/>
        <source>Resolve a refused box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="74"/>
        <source>Order %1, box %2. Stitch said: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="80"/>
        <source>Send it again (the cause was fixed in Stitch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="81"/>
        <source>Do not send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="82"/>
        <source>It is in Stitch already (entered by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="88"/>
        <source>The shipment&apos;s id in Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="90"/>
        <source>Why (for the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="92"/>
        <source>Shipment id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="93"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="97"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="119"/>
        <source>Give a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="122"/>
        <source>Give the shipment&apos;s id in Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="138"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="155"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="156"/>
        <source>Try everything waiting again, without waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="158"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="159"/>
        <source>Decide about a box Stitch refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="161"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="196"/>
        <source>not sent yet: will try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="209"/>
        <source>%1 boxes waiting · %2 refused · %3 statuses waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/outbox_view.py" line="258"/>
        <source>Not resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="41"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="42"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="43"/>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="44"/>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="45"/>
        <source>In box</source>
        <translation>En caja</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="46"/>
        <source>Left</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="180"/>
        <source>%1 shipped in earlier boxes</source>
        <translation>%1 enviado en cajas anteriores</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="188"/>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <location filename="../../ui/pack_lines_model.py" line="188"/>
        <source>%1 left</source>
        <translation>faltan %1</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../ui/pack_view.py" line="168"/>
        <source>Shipped now</source>
        <translation>Enviado ahora</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="170"/>
        <source>Untick to give the box another shipping date and time</source>
        <translation>Desmarca para poner otra fecha y hora de envío</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="183"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="184"/>
        <source>Quantity…</source>
        <translation>Cantidad…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="185"/>
        <source>Partial box</source>
        <translation>Caja parcial</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="186"/>
        <source>Ship</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="187"/>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="188"/>
        <source>Count the next item several times (or scan PS-QTY:n)</source>
        <translation>Contar el siguiente artículo varias veces (o escanea PS-QTY:n)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="189"/>
        <source>Ship what is in the box now (or scan PS-CMD:PARTIAL)</source>
        <translation>Enviar lo que hay en la caja (o escanea PS-CMD:PARTIAL)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="190"/>
        <source>Close the box (or scan PS-CMD:SHIP)</source>
        <translation>Cerrar la caja (o escanea PS-CMD:SHIP)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="191"/>
        <source>Stop packing this order (or scan PS-CMD:CANCEL)</source>
        <translation>Dejar este pedido (o escanea PS-CMD:CANCEL)</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="193"/>
        <source>Scan:</source>
        <translation>Escanear:</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="248"/>
        <source>No order open</source>
        <translation>Ningún pedido abierto</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="250"/>
        <source>Scan a packing slip, or pick an order in the queue and press Enter</source>
        <translation>Escanea un albarán, o elige un pedido en la cola y pulsa Intro</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="258"/>
        <source>Next: scan a packing slip</source>
        <translation>Ahora: escanea un albarán</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="309"/>
        <source>Ship to: %1</source>
        <translation>Enviar a: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="314"/>
        <source>NOTE: %1</source>
        <translation>NOTA: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="316"/>
        <source>No notes on this order</source>
        <translation>Este pedido no tiene notas</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="335"/>
        <source>%1 of %2 units</source>
        <translation>%1 de %2 unidades</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="337"/>
        <source>box %1</source>
        <translation>caja %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_view.py" line="340"/>
        <source>Next: %1</source>
        <translation>Ahora: %1</translation>
    </message>
</context>
<context>
    <name>PackingController</name>
    <message>
        <location filename="../../ui/pack_opening.py" line="82"/>
        <location filename="../../ui/packing_controller.py" line="182"/>
        <source>Finish or cancel %1 first</source>
        <translation>Termina o cancela %1 antes</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="83"/>
        <source>Then open the other order</source>
        <translation>Luego abre el otro pedido</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="96"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="116"/>
        <source>%1 scans were not counted.</source>
        <translation>%1 escaneos no se contaron.</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="122"/>
        <location filename="../../ui/packing_controller.py" line="163"/>
        <source>Scan a packing slip</source>
        <translation>Escanea un albarán</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="122"/>
        <source>Press Esc, then scan a packing slip</source>
        <translation>Pulsa Esc y escanea un albarán</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="134"/>
        <source>Resumed order %1 where you left off</source>
        <translation>Pedido %1 retomado donde lo dejaste</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="140"/>
        <source>Order %1 open from the saved copy</source>
        <translation>Pedido %1 abierto desde la copia guardada</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="148"/>
        <source>Order %1 open</source>
        <translation>Pedido %1 abierto</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="168"/>
        <source>%1 is being packed at another station</source>
        <translation>%1 se está empaquetando en otro puesto</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="169"/>
        <source>Answer the question on screen with the keyboard or the mouse</source>
        <translation>Responde la pregunta en pantalla con el teclado o el ratón</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="174"/>
        <source>Take over this order?</source>
        <translation>¿Tomar este pedido?</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="176"/>
        <source>Take it over</source>
        <translation>Tomarlo</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="177"/>
        <source>Leave it</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="178"/>
        <source>Its status in Stitch: %1</source>
        <translation>Su estado en Stitch: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pack_opening.py" line="195"/>
        <source>Left %1 to the other station</source>
        <translation>%1 se queda en el otro puesto</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="119"/>
        <source>Not counted: %1</source>
        <translation>No contado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="120"/>
        <source>Finish this question first (keyboard or mouse), then scan again</source>
        <translation>Responde antes a la pregunta (teclado o ratón) y vuelve a escanear</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="163"/>
        <source>No order open</source>
        <translation>Ningún pedido abierto</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="183"/>
        <source>Then scan the other packing slip again (cancel: PS-CMD:CANCEL)</source>
        <translation>Luego escanea otra vez el otro albarán (cancelar: PS-CMD:CANCEL)</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="191"/>
        <source>Not a packing slip of an open order: %1</source>
        <translation>No es un albarán de un pedido abierto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="192"/>
        <source>Scan a packing slip, or pick an order in the queue and press Enter</source>
        <translation>Escanea un albarán, o elige un pedido en la cola y pulsa Intro</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="202"/>
        <source>Check the order, then scan PS-CMD:ACK or press Esc</source>
        <translation>Revisa el pedido y escanea PS-CMD:ACK o pulsa Esc</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="207"/>
        <source>Change checked: go on packing</source>
        <translation>Cambio revisado: sigue empaquetando</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="212"/>
        <source>Signed in: %1</source>
        <translation>Sesión de: %1</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="218"/>
        <source>This carrier label is already on another box</source>
        <translation>Esta etiqueta de envío ya está en otra caja</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="219"/>
        <source>Press Esc, then scan this box&apos;s own carrier label</source>
        <translation>Pulsa Esc y escanea la etiqueta de esta caja</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="243"/>
        <source>Last box: %1 box %2 · %3 %4</source>
        <translation>Última caja: %1 caja %2 · %3 %4</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="265"/>
        <source>Scanning stopped: scans can&apos;t be saved</source>
        <translation>Escaneo parado: no se pueden guardar los escaneos</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="282"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="283"/>
        <source>How many of the next item go into the box?</source>
        <translation>¿Cuántos del siguiente artículo van en la caja?</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="306"/>
        <source>Sign in</source>
        <translation>Identificarse</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="307"/>
        <source>Who packs at this station?</source>
        <translation>¿Quién empaqueta en este puesto?</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="332"/>
        <source>Press Esc when the items are back</source>
        <translation>Pulsa Esc cuando los artículos estén devueltos</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="341"/>
        <source>Check it, then scan PS-CMD:ACK or press Esc</source>
        <translation>Revísalo y escanea PS-CMD:ACK o pulsa Esc</translation>
    </message>
    <message>
        <location filename="../../ui/packing_controller.py" line="349"/>
        <source>A supervisor decides in Queue → Outbox… (Ctrl+O)</source>
        <translation>Lo decide el encargado en Cola → Bandeja de salida… (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="119"/>
        <source>Supervisor approval</source>
        <extracomment>One per running app: a lockout holds whichever dialog asks next. The last supervisor who approved something here: offered again (a shift has one or two).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="126"/>
        <source>A supervisor must approve: &lt;b&gt;{action}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="130"/>
        <source>⚠ No supervisor PIN is set — set one in Settings. This will be journaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="135"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="146"/>
        <source>Why (goes into the journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="152"/>
        <source>&amp;Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="153"/>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="155"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="162"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="187"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="206"/>
        <source>Type the supervisor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="210"/>
        <source>Say why: it goes into the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/pin_gate.py" line="220"/>
        <source>Wrong PIN. {n} more tries before a short lockout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_actions.py" line="55"/>
        <source>“{requested}” scans as “{encoded}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="160"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="183"/>
        <source>Printing {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="187"/>
        <source>Printing {what}: {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="200"/>
        <source>{what} could not be printed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="203"/>
        <source>the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="205"/>
        <source>Printed {what}: {pages} pages to {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="212"/>
        <source>Printed with plain characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="213"/>
        <source>Scanners can only type plain characters, so these barcodes carry a plain version of the text printed under them:

{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="228"/>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="246"/>
        <source>Select one or more orders in the queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="248"/>
        <source>{n} packing slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="248"/>
        <source>packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="249"/>
        <source>Reading {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="254"/>
        <source>The orders could not be read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="257"/>
        <source>Print packing slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="265"/>
        <source>Print the command sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="270"/>
        <source>command sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="275"/>
        <source>Type at least one packer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="277"/>
        <source>Print packer badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="280"/>
        <source>packer badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="286"/>
        <source>Choose at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="288"/>
        <source>Print SKU labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="294"/>
        <source>The labels could not be made: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="296"/>
        <source>{n} SKU labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="344"/>
        <source>Save packing slips as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="347"/>
        <source>Packing slips of the selected orders as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="349"/>
        <source>Print &amp;command sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="349"/>
        <source>To a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="350"/>
        <source>Save command sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="351"/>
        <source>Packer &amp;badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="351"/>
        <source>PS-USER badges to sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="352"/>
        <source>SKU &amp;labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="352"/>
        <source>For products whose barcode is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="53"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="54"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="55"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="69"/>
        <source>Packer badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="73"/>
        <source>One packer&apos;s name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="78"/>
        <source>Scanning a badge signs its packer in (PS-USER:name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="100"/>
        <source>SKU labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="105"/>
        <source>Search SKU, name or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="113"/>
        <source>Reading the products from Stitch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="118"/>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="134"/>
        <source>The products could not be read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/print_dialogs.py" line="150"/>
        <source>{n} products; tick the ones to label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="66"/>
        <source>New</source>
        <extracomment>SKUs named per list in the on-screen result (the saved report names them all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="67"/>
        <source>Name or barcode changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="68"/>
        <source>Stock changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="69"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="70"/>
        <source>Not in Stitch (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="91"/>
        <location filename="../../ui/supervisor/products_dialog.py" line="99"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="94"/>
        <source>Barcode</source>
        <translation type="unfinished">Código de barras</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="95"/>
        <source>Stock in Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="96"/>
        <source>Stock in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="100"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="111"/>
        <source> … and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="115"/>
        <source>File: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="117"/>
        <source>All {n} changes landed in Stitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="119"/>
        <source>Landed in Stitch: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="121"/>
        <source>Stopped by the Cancel button after the batch in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="125"/>
        <source>Batch {batch} of {total} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="131"/>
        <source>Uncertain (sent, no answer came; may have landed): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="137"/>
        <source>Not landed: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="141"/>
        <source>Stitch refused line {line} ({sku}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="146"/>
        <source>Landed SKUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="149"/>
        <source>Push the same file again: only what still differs is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="166"/>
        <source>Products and stock to Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="178"/>
        <source>&amp;Choose CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="180"/>
        <source>Choose the product file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="182"/>
        <source>No file chosen. Columns: sku,name,upc,quantity_on_hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="184"/>
        <source>&amp;Stock only (never create products or change names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="201"/>
        <source>Push changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="203"/>
        <source>Needs the supervisor PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="206"/>
        <source>%v of %m products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="208"/>
        <source>Cancel push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="209"/>
        <source>Stop after the batch being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="217"/>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="218"/>
        <source>Save the result as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="221"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="249"/>
        <source>Product file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="249"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="263"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="268"/>
        <source>cannot be read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="282"/>
        <source>no Stitch account is set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="284"/>
        <source>Reading Stitch&apos;s product list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="290"/>
        <source>Stitch&apos;s product list could not be read: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="308"/>
        <source>{n} problems in the file. Nothing is sent until every one is fixed; fix the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="330"/>
        <source>{n} new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="331"/>
        <source>{n} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="332"/>
        <source>{n} stock changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="333"/>
        <source>{n} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="336"/>
        <source>{n} not in Stitch (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="338"/>
        <source>Against the {n} products in Stitch: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="346"/>
        <source>&amp;Push {n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="346"/>
        <source>Nothing to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="394"/>
        <source>Sending {n} changes to Stitch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="424"/>
        <source>Stopping after the batch being sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="444"/>
        <source>Save the push report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/products_dialog.py" line="446"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="60"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="61"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="62"/>
        <source>Ship to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="63"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="64"/>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="65"/>
        <source>Units</source>
        <translation>Uds.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="66"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="67"/>
        <source>Age</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="86"/>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="89"/>
        <source>%n h</source>
        <translation>%n h</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="90"/>
        <source>%n d</source>
        <translation>%n d</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="199"/>
        <source>Waiting to send, or being packed at another station</source>
        <translation>Pendiente de enviar, o en otro puesto</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="381"/>
        <source>Being packed at %1</source>
        <translation>Se empaqueta en %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="383"/>
        <source>A shipment for this order is waiting to be sent to Stitch</source>
        <translation>Un envío de este pedido espera a enviarse a Stitch</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/queue_panel.py" line="39"/>
        <source>Filter: order, name, place, method…</source>
        <translation>Filtro: pedido, nombre, lugar, método…</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="78"/>
        <source>Set status…</source>
        <translation>Poner estado…</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="79"/>
        <source>Print slip</source>
        <translation>Imprimir albarán</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="123"/>
        <source>Queue: %1 open</source>
        <translation>Cola: %1 abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.py" line="126"/>
        <source>Queue: %1 of %2 shown</source>
        <translation>Cola: %1 de %2 mostrados</translation>
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
    <name>SetStatusDialog</name>
    <message>
        <location filename="../../ui/status_dialog.py" line="29"/>
        <location filename="../../ui/status_dialog.py" line="56"/>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="31"/>
        <source>Status of order %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="35"/>
        <source>Status of %1 orders (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="48"/>
        <source>Pick a status or type one (empty clears it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>set by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>A new address needs its own access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Status set while an order is packed; {station} and {packer} are filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>Keys closer together than this are a scanner; a person types slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>&amp;Test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>A box ships only after PS-CMD:SHIP is scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>This computer&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="130"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132"/>
        <source>Finished orders are kept in the journal this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="144"/>
        <source>Change the supervisor PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="146"/>
        <source>Set a supervisor PIN (none is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>Current PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>New PIN (4 digits or more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>New PIN again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>&amp;Station name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>Stitch &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source>&amp;Claim status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="160"/>
        <source>Status &amp;presets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="161"/>
        <source>Scanner &amp;speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="162"/>
        <source>Sound &amp;volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Shipping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>&amp;Keep history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="220"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="247"/>
        <source>The station needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="250"/>
        <source>The Stitch address must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="256"/>
        <source>The claim status may only use {station} and {packer} as placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="261"/>
        <source>A status may have at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="268"/>
        <source>Unknown time zone: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="296"/>
        <source>The current PIN is not right; the PIN was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="298"/>
        <source>The two new PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="302"/>
        <source>The supervisor PIN must be at least 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="314"/>
        <source>The settings could not be saved: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../ui/setup_screen.py" line="45"/>
        <source>Enter the full address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="54"/>
        <source>Use https:// for Stitch: the token must not travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="77"/>
        <source>Connect this station to Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="84"/>
        <source>Enter the API address and the access token your Stitch administrator gave you. The token is kept in this computer&apos;s password store, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="94"/>
        <source>Paste the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="96"/>
        <source>Test and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="105"/>
        <source>API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="106"/>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="142"/>
        <source>Paste the access token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="145"/>
        <source>Asking Stitch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="150"/>
        <source>The check failed (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="155"/>
        <source>Stitch refused this access token. Check it was copied completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="161"/>
        <source>Could not reach Stitch at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="171"/>
        <source>This computer has no password store; the token will be kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_screen.py" line="177"/>
        <source>Connected. The token is saved in this computer&apos;s password store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../../ui/scan_router.py" line="40"/>
        <source>Not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scan_router.py" line="40"/>
        <source>Wait a moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <location filename="../../ui/status_actions.py" line="57"/>
        <source>Select one or more orders in the queue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="96"/>
        <source>The status could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="102"/>
        <source>Status set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="102"/>
        <location filename="../../ui/status_actions.py" line="107"/>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/status_actions.py" line="105"/>
        <source>Status of %1 orders set: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/status_line.py" line="25"/>
        <source>TRAINING – demo data</source>
        <translation>PRÁCTICA – datos de prueba</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="28"/>
        <source>Nothing here is real: the station talks to its built-in practice server</source>
        <translation>Nada es real: el puesto habla con su servidor de prácticas</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="55"/>
        <source>○ Stitch: connecting…</source>
        <translation>○ Stitch: conectando…</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="57"/>
        <source>● Stitch ok</source>
        <translation>● Stitch ok</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="59"/>
        <source>▲ Stitch unreachable</source>
        <translation>▲ Stitch sin conexión</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="61"/>
        <source>last sync %1</source>
        <translation>última sincr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="74"/>
        <source>%1 waiting to send</source>
        <translation>%1 por enviar</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="76"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="81"/>
        <source>%1 refused by Stitch</source>
        <translation>%1 rechazados por Stitch</translation>
    </message>
    <message>
        <location filename="../../ui/status_line.py" line="91"/>
        <source>nobody signed in</source>
        <translation>nadie identificado</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="63"/>
        <source>S&amp;upervisor</source>
        <translation type="unfinished">E&amp;ncargado</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="68"/>
        <source>&amp;Products and stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="70"/>
        <source>&amp;Figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="74"/>
        <source>Order &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="78"/>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="80"/>
        <source>P&amp;rint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/screens.py" line="86"/>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorGate</name>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="51"/>
        <source>set the status of several orders</source>
        <extracomment>Setting a status on this many orders at once needs a supervisor.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="52"/>
        <source>take over an order another station is packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="53"/>
        <source>ship a box with units that were not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="54"/>
        <source>resolve a shipment Stitch refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="55"/>
        <source>send products and stock to Stitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="123"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/gate.py" line="124"/>
        <source>The approval could not be written to the journal, so nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskSpawner</name>
    <message>
        <location filename="../../ui/tasks.py" line="28"/>
        <source>Something went wrong. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../ui/queue_feed.py" line="75"/>
        <source>Refreshing the queue…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
