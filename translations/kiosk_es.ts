<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../kiosk/ui/pages/about.py" line="+54"/>
        <source>About this information</source>
        <translation>Sobre esta información</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where this information comes from</source>
        <translation>De dónde viene esta información</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked for accuracy</source>
        <translation>Revisión de la información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet reviewed by this clinic</source>
        <translation>esta clínica aún no la ha revisado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reviewed: %1. Reviewed by: %2.</source>
        <translation>Última revisión: %1. Revisada por: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This translation was checked by a qualified medical translator: %1.</source>
        <translation>Un traductor médico calificado revisó esta traducción: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This translation has not yet been checked by a qualified medical translator. If something is unclear, please ask the clinic staff.</source>
        <translation>Un traductor médico calificado todavía no ha revisado esta traducción. Si algo no está claro, pregunte al personal de la clínica.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this screen counts</source>
        <translation>Qué cuenta esta pantalla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To help the clinic, this screen counts which pages are looked at and for how long, the language and text size, and if read aloud or take-home was used. It never keeps your name or anything you type. The counts stay on this device.</source>
        <translation>Para ayudar a la clínica, esta pantalla cuenta qué páginas se miran y por cuánto tiempo, el idioma y el tamaño del texto, y si se usó la lectura en voz alta o «para llevar». Nunca guarda su nombre ni nada que usted escriba. Los datos se quedan en este equipo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spine Kiosk version %1</source>
        <translation>Spine Kiosk, versión %1</translation>
    </message>
</context>
<context>
    <name>AccessibilityButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/accessibility_panel.py" line="+247"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bigger text, high contrast colours and reading speed</source>
        <translation>Texto más grande, colores de alto contraste y velocidad de lectura</translation>
    </message>
</context>
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location line="-112"/>
        <source>Make it easier to read</source>
        <translation>Más fácil de leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow</source>
        <translation>Lenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast</source>
        <translation>Rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../kiosk/ui/pages/admin.py" line="+67"/>
        <source>Staff screen</source>
        <translation>Pantalla del personal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the built-in profile</source>
        <translation>el perfil incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine Kiosk %1. Clinic profile: %2.</source>
        <translation>Spine Kiosk %1. Perfil de la clínica: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found at start-up</source>
        <translation>Problemas encontrados al iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None. All is well.</source>
        <translation>Ninguno. Todo está bien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage in the last 30 days</source>
        <translation>Uso en los últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the app</source>
        <translation>Reiniciar la aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the app</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reviewed by %1</source>
        <translation>revisada por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet reviewed by a qualified medical translator</source>
        <translation>aún no revisada por un traductor médico calificado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English only.</source>
        <translation>Solo inglés.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../kiosk/ui/pages/contact.py" line="+111"/>
        <source>Contact us</source>
        <translation>Contáctenos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please ask at the front desk. We are happy to help.</source>
        <translation>Pregunte en la recepción. Con gusto le ayudamos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point your phone&apos;s camera at this square to save our contact details.</source>
        <translation>Apunte la cámara de su teléfono a este cuadro para guardar nuestros datos de contacto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code with the clinic&apos;s contact card</source>
        <translation>Código QR con la tarjeta de contacto de la clínica</translation>
    </message>
</context>
<context>
    <name>DefinitionPopup</name>
    <message>
        <location filename="../kiosk/ui/widgets/glossary.py" line="+260"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../kiosk/ui/handout.py" line="+82"/>
        <source>Your take-home notes</source>
        <translation>Sus notas para llevar a casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach us</source>
        <translation>Cómo comunicarse con nosotros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an emergency, call %1.</source>
        <translation>En una emergencia, llame al %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this square with your phone to save our contact details.</source>
        <translation>Escanee este cuadro con su teléfono para guardar nuestros datos de contacto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information reviewed on %1.</source>
        <translation>Información revisada el %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../kiosk/ui/pages/home.py" line="+49"/>
        <source>Learn about your spine</source>
        <translation>Conozca su columna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome. Learn about spine fractures and how they are treated.</source>
        <translation>Le damos la bienvenida. Conozca las fracturas de la columna y cómo se tratan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touch a topic to start.</source>
        <translation>Toque un tema para empezar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact us</source>
        <translation>Contáctenos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone numbers and where to find us</source>
        <translation>Teléfonos y cómo llegar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this information</source>
        <translation>Sobre esta información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from, and who checked it</source>
        <translation>De dónde viene y quién la revisó</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/language_picker.py" line="+196"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location line="-101"/>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/window.py" line="+139"/>
        <source>Spine Kiosk</source>
        <translation>Spine Kiosk</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/overlay.py" line="+220"/>
        <source>Staff only: enter the PIN</source>
        <translation>Solo personal: escriba el PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <location line="-73"/>
        <source>Sorry, let&apos;s start again.</source>
        <translation>Lo sentimos, empecemos de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. We are going back to the start.</source>
        <translation>Algo salió mal. Vamos a volver al inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/speaker_button.py" line="+133"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads this page aloud</source>
        <translation>Lee esta página en voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sorry, this computer cannot read aloud. Please ask at the front desk.</source>
        <translation>Lo sentimos, esta computadora no puede leer en voz alta. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this computer has no voice for this language.</source>
        <translation>Lo sentimos, esta computadora no tiene una voz para este idioma.</translation>
    </message>
</context>
<context>
    <name>StaffAccess</name>
    <message>
        <location filename="../kiosk/ui/kiosk.py" line="+211"/>
        <source>Locked. Try again in %1 seconds.</source>
        <translation>Bloqueado. Intente de nuevo en %1 segundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff PIN is set in the clinic profile.</source>
        <translation>El perfil de la clínica no tiene un PIN del personal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That PIN is not right. Locked for %1 seconds.</source>
        <translation>Ese PIN no es correcto. Bloqueado por %1 segundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <location filename="../kiosk/ui/pages/steps.py" line="+253"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or slide your finger across the picture.</source>
        <translation>O deslice el dedo sobre la imagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/overlay.py" line="-45"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We will start again for the next person in %1 seconds.</source>
        <translation>Vamos a empezar de nuevo para la próxima persona en %1 segundos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>TakeHomeButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/take_home.py" line="+99"/>
        <source>Take this home</source>
        <translation>Llévese esto a casa</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <location line="+110"/>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QR code with a short summary of this topic</source>
        <translation>Código QR con un resumen breve de este tema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point your phone&apos;s camera at the square. Your phone shows a short summary and our phone number.</source>
        <translation>Apunte la cámara de su teléfono al cuadro. Su teléfono mostrará un resumen breve y nuestro número de teléfono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Printing...</source>
        <translation>Imprimiendo...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sorry, the printer is not working. Please ask at the front desk.</source>
        <translation>Lo sentimos, la impresora no funciona. Pregunte en la recepción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed. Please collect your handout at the printer.</source>
        <translation>Listo. Recoja su hoja en la impresora.</translation>
    </message>
</context>
<context>
    <name>TermButtons</name>
    <message>
        <location filename="../kiosk/ui/widgets/glossary.py" line="-75"/>
        <source>What this word means</source>
        <translation>Qué significa esta palabra</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <location filename="../kiosk/ui/widgets/usage_charts.py" line="+59"/>
        <source>Contact us</source>
        <translation>Contáctenos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this information</source>
        <translation>Sobre esta información</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage figures</source>
        <translation>Cifras de uso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage figures are switched off.</source>
        <translation>Las cifras de uso están desactivadas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last %1 days (%2 – %3): %4 visits, %5 ended by the idle reset</source>
        <translation>Últimos %1 días (%2 – %3): %4 visitas, %5 terminadas por inactividad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Read aloud</source>
        <translation>Lectura en voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take home</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits per day</source>
        <translation>Visitas por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most viewed (visits)</source>
        <translation>Lo más visto (visitas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average time per topic</source>
        <translation>Tiempo promedio por tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages (visits)</source>
        <translation>Idiomas (visitas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used in visits</source>
        <translation>Usado en visitas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Nothing recorded yet</source>
        <translation>Aún no hay nada registrado</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message>
        <location filename="../build/i18n/data_strings.py" line="+424"/>
        <source>Welcome. Touch a topic to learn about broken bones in the spine and how they are treated.</source>
        <extracomment>clinic.welcome</extracomment>
        <translation>Le damos la bienvenida. Toque un tema para saber sobre los huesos rotos de la columna y cómo se tratan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neurointerventional Radiology</source>
        <extracomment>clinic.department</extracomment>
        <translation>Radiología Neurointervencionista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic visits</source>
        <extracomment>phones[0].label</extracomment>
        <translation>Citas en la clínica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule a procedure</source>
        <extracomment>phones[1].label</extracomment>
        <translation>Programar un procedimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A physician&apos;s order is required.</source>
        <extracomment>phones[1].note</extracomment>
        <translation>Se necesita una orden médica.</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <location line="-426"/>
        <source>MedStar Georgetown — spinal fracture page</source>
        <translation>MedStar Georgetown — página sobre fracturas de la columna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GW Hospital — vertebroplasty page</source>
        <extracomment>sources.gw.name</extracomment>
        <translation>GW Hospital — página sobre vertebroplastia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NHS North Bristol — vertebroplasty patient leaflet</source>
        <extracomment>sources.nhs_north_bristol.name</extracomment>
        <translation>NHS North Bristol — folleto para pacientes sobre vertebroplastia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NICE TA279 (2013) — percutaneous vertebroplasty and balloon kyphoplasty for osteoporotic fractures</source>
        <extracomment>sources.nice_ta279.name</extracomment>
        <translation>NICE TA279 (2013) — vertebroplastia percutánea y cifoplastia con balón para fracturas por osteoporosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NICE IPG166 — balloon kyphoplasty, information for the public</source>
        <extracomment>sources.nice_ipg166.name</extracomment>
        <translation>NICE IPG166 — cifoplastia con balón, información para el público</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medtronic Kyphon patient pages</source>
        <extracomment>sources.medtronic_kyphon.name</extracomment>
        <translation>Medtronic Kyphon — páginas para pacientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emory Healthcare — vertebroplasty/kyphoplasty patient page</source>
        <extracomment>sources.emory.name</extracomment>
        <translation>Emory Healthcare — página para pacientes sobre vertebroplastia y cifoplastia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebra</source>
        <extracomment>labels.vertebra</extracomment>
        <translation>Vértebra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disc</source>
        <extracomment>labels.disc</extracomment>
        <translation>Disco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebral body</source>
        <extracomment>labels.vertebral_body</extracomment>
        <translation>Cuerpo vertebral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spinal cord</source>
        <extracomment>labels.spinal_cord</extracomment>
        <translation>Médula espinal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy bone</source>
        <extracomment>labels.healthy_bone</extracomment>
        <translation>Hueso sano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak bone</source>
        <extracomment>labels.weak_bone</extracomment>
        <translation>Hueso débil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken vertebra</source>
        <extracomment>labels.broken_vertebra</extracomment>
        <translation>Vértebra rota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost height</source>
        <extracomment>labels.lost_height</extracomment>
        <translation>Altura perdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thin tube</source>
        <extracomment>labels.hollow_tube</extracomment>
        <translation>Tubo delgado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skin</source>
        <extracomment>labels.skin</extracomment>
        <translation>Piel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon</source>
        <extracomment>labels.balloon</extracomment>
        <translation>Balón</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <extracomment>labels.space</extracomment>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bone cement</source>
        <extracomment>labels.bone_cement</extracomment>
        <translation>Cemento óseo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needle</source>
        <extracomment>labels.needle</extracomment>
        <translation>Aguja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small leak</source>
        <extracomment>labels.leak</extracomment>
        <translation>Pequeña fuga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-ray</source>
        <extracomment>labels.xray</extracomment>
        <translation>Radiografía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MRI scanner</source>
        <extracomment>labels.mri</extracomment>
        <translation>Resonancia magnética</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy spine</source>
        <extracomment>labels.healthy_spine</extracomment>
        <translation>Columna sana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several fractures</source>
        <extracomment>labels.several_fractures</extracomment>
        <translation>Varias fracturas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain medicine</source>
        <extracomment>labels.medicine</extracomment>
        <translation>Medicina para el dolor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest</source>
        <extracomment>labels.rest</extracomment>
        <translation>Reposo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back brace</source>
        <extracomment>labels.brace</extracomment>
        <translation>Faja para la espalda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-ray camera</source>
        <extracomment>labels.xray_camera</extracomment>
        <translation>Cámara de rayos X</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen</source>
        <extracomment>labels.screen</extracomment>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine</source>
        <extracomment>labels.numbing_medicine</extracomment>
        <translation>Anestesia local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 1 hour</source>
        <extracomment>labels.about_one_hour</extracomment>
        <translation>Cerca de 1 hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home the same day</source>
        <extracomment>labels.home_same_day</extracomment>
        <translation>A casa el mismo día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 months</source>
        <extracomment>labels.six_months</extracomment>
        <translation>6 meses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 24 hours</source>
        <extracomment>labels.about_24_hours</extracomment>
        <translation>Cerca de 24 horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandage</source>
        <extracomment>labels.bandage</extracomment>
        <translation>Vendita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No heavy lifting</source>
        <extracomment>labels.no_heavy_lifting</extracomment>
        <translation>No levantar peso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calcium</source>
        <extracomment>labels.calcium</extracomment>
        <translation>Calcio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vitamin D</source>
        <extracomment>labels.vitamin_d</extracomment>
        <translation>Vitamina D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise</source>
        <extracomment>labels.exercise</extracomment>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prevent falls</source>
        <extracomment>labels.fall_prevention</extracomment>
        <translation>Evitar caídas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fever</source>
        <extracomment>labels.fever</extracomment>
        <translation>Fiebre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak or numb legs</source>
        <extracomment>labels.leg_weakness</extracomment>
        <translation>Piernas débiles o dormidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <extracomment>labels.call</extracomment>
        <translation>Llamar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up visit</source>
        <extracomment>labels.follow_up</extracomment>
        <translation>Cita de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebra</source>
        <extracomment>glossary term (vertebra)</extracomment>
        <translation>vértebra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the small bones that stack up to make your spine. Say it VER-tuh-bruh.</source>
        <extracomment>glossary.vertebra</extracomment>
        <translation>Uno de los huesos pequeños que, uno sobre otro, forman la columna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebrae</source>
        <extracomment>glossary term (vertebrae)</extracomment>
        <translation>vértebras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than one vertebra. Say it VER-tuh-bray.</source>
        <extracomment>glossary.vertebrae</extracomment>
        <translation>Más de una vértebra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebral body</source>
        <extracomment>glossary term (vertebral body)</extracomment>
        <translation>cuerpo vertebral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The thick, round front part of a vertebra. It holds up your weight.</source>
        <extracomment>glossary.vertebral body</extracomment>
        <translation>La parte de adelante de la vértebra, gruesa y redonda. Sostiene su peso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disc</source>
        <extracomment>glossary term (disc)</extracomment>
        <translation>disco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A soft pad between two vertebrae. It works like a cushion.</source>
        <extracomment>glossary.disc</extracomment>
        <translation>Una almohadilla blanda entre dos vértebras. Funciona como un cojín.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spinal cord</source>
        <extracomment>glossary term (spinal cord)</extracomment>
        <translation>médula espinal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The main bundle of nerves from your brain. It runs down a tunnel behind the vertebral bodies.</source>
        <extracomment>glossary.spinal cord</extracomment>
        <translation>El cordón principal de nervios que sale del cerebro. Baja por un túnel detrás de los cuerpos vertebrales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fracture</source>
        <extracomment>glossary term (fracture)</extracomment>
        <translation>fractura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A break in a bone.</source>
        <extracomment>glossary.fracture</extracomment>
        <translation>Un hueso roto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compression fracture</source>
        <extracomment>glossary term (compression fracture)</extracomment>
        <translation>fractura por compresión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A break where a vertebra gets squashed and loses height.</source>
        <extracomment>glossary.compression fracture</extracomment>
        <translation>Una fractura en la que la vértebra se aplasta y pierde altura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>osteoporosis</source>
        <extracomment>glossary term (osteoporosis)</extracomment>
        <translation>osteoporosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disease that makes bones thin and weak, so they break more easily. Say it OS-tee-oh-puh-ROH-sis.</source>
        <extracomment>glossary.osteoporosis</extracomment>
        <translation>Una enfermedad que hace que los huesos se vuelvan delgados y débiles, y que se rompan con más facilidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>myeloma</source>
        <extracomment>glossary term (myeloma)</extracomment>
        <translation>mieloma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kind of blood cancer that can make bones weak. Say it my-uh-LOH-muh.</source>
        <extracomment>glossary.myeloma</extracomment>
        <translation>Un tipo de cáncer de la sangre que puede debilitar los huesos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quick picture of your bones. It uses a small dose of radiation.</source>
        <extracomment>glossary.X-ray</extracomment>
        <translation>Una imagen rápida de sus huesos. Usa una pequeña dosis de radiación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MRI</source>
        <extracomment>glossary term (MRI)</extracomment>
        <translation>resonancia magnética</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scan that uses a strong magnet to take clear pictures inside your body. It does not use X-rays.</source>
        <extracomment>glossary.MRI</extracomment>
        <translation>Un estudio que usa un imán potente para tomar imágenes claras del interior del cuerpo. No usa rayos X.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bone scan</source>
        <extracomment>glossary term (bone scan)</extracomment>
        <translation>gammagrafía ósea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scan done after a small shot of a tracer into your blood. It shows parts of bone that are hurt or healing.</source>
        <extracomment>glossary.bone scan</extracomment>
        <translation>Un estudio que se hace después de inyectarle en la sangre una pequeña cantidad de una sustancia marcadora. Muestra las partes del hueso que están dañadas o sanando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fluoroscopy</source>
        <extracomment>glossary term (fluoroscopy)</extracomment>
        <translation>fluoroscopia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray pictures shown on a screen. They let the doctor see inside you while they work. Say it floor-OS-kuh-pee.</source>
        <extracomment>glossary.fluoroscopy</extracomment>
        <translation>Imágenes de rayos X en vivo que se ven en una pantalla. Permiten al médico ver por dentro mientras trabaja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anesthesia</source>
        <extracomment>glossary term (anesthesia)</extracomment>
        <translation>anestesia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that stops you from feeling pain. Say it an-es-THEE-zhuh.</source>
        <extracomment>glossary.anesthesia</extracomment>
        <translation>Medicina que hace que usted no sienta dolor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local anesthesia</source>
        <extracomment>glossary term (local anesthesia)</extracomment>
        <translation>anestesia local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine put into one small spot. You stay awake, but that spot feels no pain.</source>
        <extracomment>glossary.local anesthesia</extracomment>
        <translation>Medicina que adormece un solo lugar pequeño. Usted no se duerme, pero esa zona no siente dolor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>general anesthesia</source>
        <extracomment>glossary term (general anesthesia)</extracomment>
        <translation>anestesia general</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that puts you fully to sleep, so you feel nothing.</source>
        <extracomment>glossary.general anesthesia</extracomment>
        <translation>Medicina que le hace dormir por completo para que no sienta nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sedation</source>
        <extracomment>glossary term (sedation)</extracomment>
        <translation>sedación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that makes you calm and sleepy. You may still be a bit awake.</source>
        <extracomment>glossary.sedation</extracomment>
        <translation>Medicina que le calma y le da sueño. Puede que no se duerma del todo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sedative</source>
        <extracomment>glossary term (sedative)</extracomment>
        <translation>sedante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A medicine that helps you relax and feel drowsy.</source>
        <extracomment>glossary.sedative</extracomment>
        <translation>Una medicina que le ayuda a relajarse y le da sueño.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outpatient</source>
        <extracomment>glossary term (outpatient)</extracomment>
        <translation>ambulatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You go home the same day. You do not stay the night in the hospital.</source>
        <extracomment>glossary.outpatient</extracomment>
        <translation>Usted se va a casa el mismo día. No pasa la noche en el hospital.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bone cement</source>
        <extracomment>glossary term (bone cement)</extracomment>
        <translation>cemento óseo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thick paste made for use in the body. It gets hard inside the bone to hold it steady.</source>
        <extracomment>glossary.bone cement</extracomment>
        <translation>Una pasta espesa hecha para usarse en el cuerpo. Se endurece dentro del hueso para mantenerlo firme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kyphoplasty</source>
        <extracomment>glossary term (kyphoplasty)</extracomment>
        <translation>cifoplastia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A way to treat a broken vertebra. A small balloon makes a space, then bone cement fills it. Say it KY-fo-plas-tee.</source>
        <extracomment>glossary.kyphoplasty</extracomment>
        <translation>Un tratamiento para una vértebra rota. Un balón pequeño hace un espacio y luego el cemento óseo lo llena.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebroplasty</source>
        <extracomment>glossary term (vertebroplasty)</extracomment>
        <translation>vertebroplastia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A way to treat a broken vertebra. Bone cement goes in through a needle, with no balloon. Say it VER-tuh-bro-plas-tee.</source>
        <extracomment>glossary.vertebroplasty</extracomment>
        <translation>Un tratamiento para una vértebra rota. El cemento óseo entra por una aguja, sin balón.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is general information. It is not medical advice for you.</source>
        <extracomment>disclaimer.paragraphs[0]</extracomment>
        <translation>Esta es información general. No es un consejo médico para usted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not everyone can have these procedures. Not everyone feels better after them.</source>
        <extracomment>disclaimer.paragraphs[1]</extracomment>
        <translation>No todas las personas pueden hacerse estos procedimientos. No todas se sienten mejor después.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk with your doctor about your own health and what is right for you.</source>
        <extracomment>disclaimer.paragraphs[2]</extracomment>
        <translation>Hable con su médico sobre su propia salud y lo que es mejor para usted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In an emergency, call 911.</source>
        <extracomment>disclaimer.paragraphs[3]</extracomment>
        <translation>En una emergencia, llame al 911.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine fractures</source>
        <extracomment>topic fractures.title</extracomment>
        <translation>Fracturas de la columna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens when a bone in your back breaks</source>
        <extracomment>topic fractures.summary</extracomment>
        <translation>Qué pasa cuando se rompe un hueso de la espalda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your spine is a stack of small bones. Each one is called a vertebra (VER-tuh-bruh). Soft pads called discs sit between them.</source>
        <extracomment>topic fractures, step 1: text</extracomment>
        <translation>Su columna es una pila de huesos pequeños. Cada uno se llama vértebra. Entre ellas hay unas almohadillas blandas llamadas discos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spine seen from the side: a gently curved stack of bones with soft discs between them, inside the outline of a person&apos;s back.</source>
        <extracomment>topic fractures, step 1: picture description (alt)</extracomment>
        <translation>La columna vista de lado: una pila de huesos con una curva suave y discos blandos entre ellos, dentro de la silueta de la espalda de una persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The front of each vertebra is a thick block called the vertebral body. It holds up your weight. Behind it, a tunnel holds your spinal cord, the main bundle of nerves.</source>
        <extracomment>topic fractures, step 2: text</extracomment>
        <translation>La parte de adelante de cada vértebra es un bloque grueso llamado cuerpo vertebral. Sostiene su peso. Detrás de él, un túnel protege la médula espinal, el cordón principal de nervios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A close side view of three vertebrae: the block-shaped bodies in front, discs between them, and the spinal cord in a tunnel behind them.</source>
        <extracomment>topic fractures, step 2: picture description (alt)</extracomment>
        <translation>Tres vértebras vistas de cerca y de lado: los cuerpos en forma de bloque adelante, los discos entre ellos y la médula espinal en un túnel detrás.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inside, a vertebra is made of spongy bone. It is less dense than many other bones. So it can break more easily when it gets weak.</source>
        <extracomment>topic fractures, step 3: text</extracomment>
        <translation>Por dentro, la vértebra es de hueso esponjoso. Es menos denso que muchos otros huesos. Por eso se puede romper con más facilidad cuando se debilita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two vertebral bodies cut open. The healthy one on the left has a fine, dense honeycomb. The weak one on the right has thin walls and big holes.</source>
        <extracomment>topic fractures, step 3: picture description (alt)</extracomment>
        <translation>Dos cuerpos vertebrales abiertos. El sano, a la izquierda, tiene un panal fino y denso. El débil, a la derecha, tiene paredes delgadas y agujeros grandes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most common cause of weak bones is osteoporosis (OS-tee-oh-puh-ROH-sis), a disease that makes bones thin. Cancer in the spine, such as myeloma (a blood cancer) or cancer that has spread, can also weaken them. Your genes, some habits, and injuries can play a part too.</source>
        <extracomment>topic fractures, step 4: text</extracomment>
        <translation>La causa más común de huesos débiles es la osteoporosis, una enfermedad que adelgaza los huesos. El cáncer en la columna, como el mieloma (un cáncer de la sangre) o un cáncer que se ha extendido, también puede debilitarlos. Sus genes, algunos hábitos y las lesiones también pueden influir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A healthy vertebral body next to a weak one with thin walls and big holes.</source>
        <extracomment>topic fractures, step 4: picture description (alt)</extracomment>
        <translation>Un cuerpo vertebral sano junto a uno débil con paredes delgadas y agujeros grandes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When bones are weak, just bending or lifting can break a vertebra. The pain may be mild. Many people think it is a pulled muscle.</source>
        <extracomment>topic fractures, step 5: text</extracomment>
        <translation>Cuando los huesos están débiles, solo agacharse o levantar algo puede romper una vértebra. El dolor puede ser leve. Muchas personas creen que es un tirón muscular.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person bends to lift a small box. A soft red glow marks one spot in the middle of the back.</source>
        <extracomment>topic fractures, step 5: picture description (alt)</extracomment>
        <translation>Una persona se agacha para levantar una caja pequeña. Un brillo rojo suave marca un punto en el medio de la espalda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kind of break is called a compression fracture. The vertebral body sinks and loses height, often more at the front, like a wedge. Only rarely do bits of bone press on the spinal cord or nerves.</source>
        <extracomment>topic fractures, step 6: text</extracomment>
        <translation>Este tipo de fractura se llama fractura por compresión. El cuerpo vertebral se hunde y pierde altura, a menudo más adelante, como una cuña. Solo rara vez hay pedazos de hueso que aprietan la médula espinal o los nervios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of three vertebrae. The middle one sinks, more at the front than the back, and cracks appear. An arrow shows the lost height. The spinal cord behind it is not touched.</source>
        <extracomment>topic fractures, step 6: picture description (alt)</extracomment>
        <translation>Tres vértebras vistas de lado. La del medio se hunde, más adelante que atrás, y aparecen grietas. Una flecha muestra la altura perdida. La médula espinal, detrás, no se toca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Having a few of these breaks can make you shorter. Your upper back may start to curve forward.</source>
        <extracomment>topic fractures, step 7: text</extracomment>
        <translation>Tener varias de estas fracturas puede hacerle perder estatura. La parte de arriba de la espalda puede empezar a curvarse hacia adelante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two people side by side. One stands up straight. The other is bent forward with a rounded upper back.</source>
        <extracomment>topic fractures, step 7: picture description (alt)</extracomment>
        <translation>Dos personas, una al lado de la otra. Una está bien derecha. La otra está inclinada hacia adelante, con la parte de arriba de la espalda redondeada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-rays can show the break. To see if a procedure could help, your doctor usually looks at an MRI scan first. If you cannot have an MRI, you may have a bone scan instead.</source>
        <extracomment>topic fractures, step 8: text</extracomment>
        <translation>Las radiografías pueden mostrar la fractura. Para saber si un procedimiento podría ayudar, su médico suele ver primero una resonancia magnética. Si no le pueden hacer una resonancia, quizá le hagan una gammagrafía ósea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An X-ray of the spine on a light box, with one wedge-shaped vertebra marked, and an MRI scanner: a large ring with a table.</source>
        <extracomment>topic fractures, step 8: picture description (alt)</extracomment>
        <translation>Una radiografía de la columna en una caja de luz, con una vértebra en forma de cuña marcada, y un aparato de resonancia magnética: un anillo grande con una camilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most people first try pain medicine, rest, and a back brace. If these do not help enough, a procedure may be an option. It may also suit people who should not have major spine surgery.</source>
        <extracomment>topic fractures, step 9: text</extracomment>
        <translation>La mayoría de las personas prueban primero medicina para el dolor, reposo y una faja para la espalda. Si esto no ayuda lo suficiente, un procedimiento puede ser una opción. También puede servir a personas que no deben tener una cirugía mayor de columna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three round pictures: a pill bottle, a person resting in bed, and a back brace.</source>
        <extracomment>topic fractures, step 9: picture description (alt)</extracomment>
        <translation>Tres imágenes redondas: un frasco de pastillas, una persona descansando en la cama y una faja para la espalda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A weak spine bone can break and sink.</source>
        <extracomment>topic fractures.summary_points (take-home note and handout)</extracomment>
        <translation>Un hueso débil de la columna puede romperse y hundirse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First try pain medicine, rest and a brace.</source>
        <extracomment>topic fractures.summary_points (take-home note and handout)</extracomment>
        <translation>Primero pruebe medicina para el dolor, reposo y una faja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon kyphoplasty</source>
        <extracomment>topic kyphoplasty.title</extracomment>
        <translation>Cifoplastia con balón</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How a small balloon and bone cement can support a broken bone</source>
        <extracomment>topic kyphoplasty.summary</extracomment>
        <translation>Cómo un balón pequeño y cemento óseo pueden sostener un hueso roto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon kyphoplasty (KY-fo-plas-tee) treats a broken vertebra, a bone in your spine. The doctor works through a tiny cut, not open surgery. You lie face down on a table.</source>
        <extracomment>topic kyphoplasty, step 1: text</extracomment>
        <translation>La cifoplastia con balón trata una vértebra rota, un hueso de la columna. El médico trabaja por un corte muy pequeño, no con cirugía abierta. Usted se acuesta boca abajo en una camilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient lies face down on a table. A curved X-ray arm is over their back, and a screen shows the spine.</source>
        <extracomment>topic kyphoplasty, step 1: picture description (alt)</extracomment>
        <translation>Un paciente acostado boca abajo en una camilla. Un brazo curvo de rayos X está sobre su espalda y una pantalla muestra la columna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A live X-ray camera shows your spine on a screen. This is called fluoroscopy (floor-OS-kuh-pee). It guides the doctor at each step.</source>
        <extracomment>topic kyphoplasty, step 2: text</extracomment>
        <translation>Una cámara de rayos X en vivo muestra su columna en una pantalla. Esto se llama fluoroscopia. Guía al médico en cada paso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A curved X-ray camera over the patient&apos;s back, and a screen showing a live picture of the spine.</source>
        <extracomment>topic kyphoplasty, step 2: picture description (alt)</extracomment>
        <translation>Una cámara curva de rayos X sobre la espalda del paciente y una pantalla con una imagen en vivo de la columna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First, numbing medicine stops pain in your back. Often you also get sedation, medicine that makes you calm and sleepy. Some people are fully asleep with general anesthesia (an-es-THEE-zhuh).</source>
        <extracomment>topic kyphoplasty, step 3: text</extracomment>
        <translation>Primero, una medicina para adormecer quita el dolor en la espalda. A menudo también le dan sedación, una medicina que le calma y le da sueño. Algunas personas se duermen por completo con anestesia general.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient&apos;s back with a small needle of numbing medicine near the spine, and a calm, sleeping face.</source>
        <extracomment>topic kyphoplasty, step 3: picture description (alt)</extracomment>
        <translation>La espalda de un paciente con una aguja pequeña de anestesia cerca de la columna, y una cara tranquila, dormida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor makes a small cut, about 1 cm, or less than half an inch. A thin, hollow tube is guided into the broken vertebra.</source>
        <extracomment>topic kyphoplasty, step 4: text</extracomment>
        <translation>El médico hace un corte pequeño, de cerca de 1 cm, o menos de media pulgada. Un tubo delgado y hueco se guía hasta la vértebra rota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of a broken, wedge-shaped vertebra. A thin tube goes in from the back, through the skin, into the front block of bone.</source>
        <extracomment>topic kyphoplasty, step 4: picture description (alt)</extracomment>
        <translation>Una vértebra rota en forma de cuña, vista de lado. Un tubo delgado entra por la espalda, atraviesa la piel y llega al bloque de hueso de adelante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A small balloon goes in through the tube. Often there is one on each side. The balloon is slowly filled, and it lifts the bone back toward its normal height.</source>
        <extracomment>topic kyphoplasty, step 5: text</extracomment>
        <translation>Un balón pequeño entra por el tubo. A menudo se pone uno de cada lado. El balón se llena despacio y levanta el hueso hacia su altura normal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A balloon at the tip of the tube fills up inside the broken bone and lifts it back toward its normal height.</source>
        <extracomment>topic kyphoplasty, step 5: picture description (alt)</extracomment>
        <translation>Un balón en la punta del tubo se llena dentro del hueso roto y lo levanta hacia su altura normal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then the balloon is taken out. It leaves an empty space inside the bone.</source>
        <extracomment>topic kyphoplasty, step 6: text</extracomment>
        <translation>Luego se saca el balón. Deja un espacio vacío dentro del hueso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The balloon is gone. The bone is taller again, with an empty space where the balloon was.</source>
        <extracomment>topic kyphoplasty, step 6: picture description (alt)</extracomment>
        <translation>El balón ya no está. El hueso vuelve a ser más alto y tiene un espacio vacío donde estaba el balón.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The space is filled with a thick bone cement made for use in the body. It gets hard fast. It holds the bone from the inside, like a cast.</source>
        <extracomment>topic kyphoplasty, step 7: text</extracomment>
        <translation>El espacio se llena con un cemento óseo espeso, hecho para usarse en el cuerpo. Se endurece rápido. Sostiene el hueso desde adentro, como un yeso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bone cement flows through the tube and fills the space inside the bone.</source>
        <extracomment>topic kyphoplasty, step 7: picture description (alt)</extracomment>
        <translation>El cemento óseo pasa por el tubo y llena el espacio dentro del hueso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It takes about 1 hour for each vertebra. Then you rest for about 1 hour in a recovery room. Many people go home the same day.</source>
        <extracomment>topic kyphoplasty, step 8: text</extracomment>
        <translation>Tarda cerca de 1 hora por cada vértebra. Después usted descansa cerca de 1 hora en una sala de recuperación. Muchas personas se van a casa el mismo día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clock with one hour marked, and an arrow pointing to a small house.</source>
        <extracomment>topic kyphoplasty, step 8: picture description (alt)</extracomment>
        <translation>Un reloj con una hora marcada y una flecha que apunta a una casita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The aim is to ease pain and make the bone steady. It may bring back some lost height and help stop the bone from sinking more. Not everyone feels better, so ask your doctor what to expect.</source>
        <extracomment>topic kyphoplasty, step 9: text</extracomment>
        <translation>El objetivo es aliviar el dolor y dejar el hueso firme. Puede devolver algo de la altura perdida y ayudar a que el hueso no se hunda más. No todas las personas se sienten mejor; pregunte a su médico qué puede esperar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The treated vertebra, almost back to its normal height, with cement inside and a small bandage on the skin.</source>
        <extracomment>topic kyphoplasty, step 9: picture description (alt)</extracomment>
        <translation>La vértebra tratada, casi de vuelta a su altura normal, con cemento adentro y una vendita en la piel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A balloon lifts the bone. Cement fills the space.</source>
        <extracomment>topic kyphoplasty.summary_points (take-home note and handout)</extracomment>
        <translation>Un balón levanta el hueso. El cemento llena el espacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many go home the same day.</source>
        <extracomment>topic kyphoplasty.summary_points (take-home note and handout)</extracomment>
        <translation>Muchas personas se van a casa el mismo día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebroplasty</source>
        <extracomment>topic vertebroplasty.title</extracomment>
        <translation>Vertebroplastia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How bone cement put in through a needle can support a broken bone</source>
        <extracomment>topic vertebroplasty.summary</extracomment>
        <translation>Cómo el cemento óseo que entra por una aguja puede sostener un hueso roto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebroplasty (VER-tuh-bro-plas-tee) puts bone cement into a broken vertebra, a bone in your spine. It is usually an outpatient procedure. That means you go home the same day.</source>
        <extracomment>topic vertebroplasty, step 1: text</extracomment>
        <translation>La vertebroplastia pone cemento óseo en una vértebra rota, un hueso de la columna. Por lo general es un procedimiento ambulatorio. Eso quiere decir que usted se va a casa el mismo día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient and a doctor sit at a table and talk. There is a notepad on the table.</source>
        <extracomment>topic vertebroplasty, step 1: picture description (alt)</extracomment>
        <translation>Un paciente y un médico sentados a una mesa, hablando. Hay una libreta sobre la mesa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine stops pain where the needle goes in. This is called local anesthesia. You often get a mild sedative too, so you feel drowsy but stay awake.</source>
        <extracomment>topic vertebroplasty, step 2: text</extracomment>
        <translation>Una medicina para adormecer quita el dolor donde entra la aguja. Esto se llama anestesia local. A menudo también le dan un sedante suave, así que tiene sueño, pero no se duerme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient&apos;s back with a small needle of numbing medicine near the spine, and a calm, drowsy face.</source>
        <extracomment>topic vertebroplasty, step 2: picture description (alt)</extracomment>
        <translation>La espalda de un paciente con una aguja pequeña de anestesia cerca de la columna, y una cara tranquila, con sueño.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray pictures, called fluoroscopy (floor-OS-kuh-pee), guide the doctor. A needle goes through a small cut into the broken vertebra.</source>
        <extracomment>topic vertebroplasty, step 3: text</extracomment>
        <translation>Imágenes de rayos X en vivo, llamadas fluoroscopia, guían al médico. Una aguja entra por un corte pequeño hasta la vértebra rota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor pushes bone cement through the needle into the bone. It is a kind of acrylic, a plastic made for use in the body. The cement gets hard and holds the bone steady.</source>
        <extracomment>topic vertebroplasty, step 4: text</extracomment>
        <translation>El médico empuja cemento óseo por la aguja hasta el hueso. Es un tipo de acrílico, un plástico hecho para usarse en el cuerpo. El cemento se endurece y mantiene el hueso firme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A needle goes into a broken, wedge-shaped vertebra. Bone cement spreads through the cracks inside it.</source>
        <extracomment>topic vertebroplasty, step 4: picture description (alt)</extracomment>
        <translation>Una aguja entra en una vértebra rota en forma de cuña. El cemento óseo se reparte por las grietas de adentro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no balloon. So vertebroplasty does not try to bring back lost height.</source>
        <extracomment>topic vertebroplasty, step 5: text</extracomment>
        <translation>No se usa balón. Por eso la vertebroplastia no trata de devolver la altura perdida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The treated vertebra stays the same shape: still lower at the front, now filled with cement.</source>
        <extracomment>topic vertebroplasty, step 5: picture description (alt)</extracomment>
        <translation>La vértebra tratada queda con la misma forma: todavía más baja adelante, ahora llena de cemento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It usually helps most with a break that is fairly new, about 6 months old or less.</source>
        <extracomment>topic vertebroplasty, step 6: text</extracomment>
        <translation>Suele ayudar más cuando la fractura es bastante reciente, de unos 6 meses o menos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar page with six months marked, next to a vertebra with a fresh crack.</source>
        <extracomment>topic vertebroplasty, step 6: picture description (alt)</extracomment>
        <translation>Una hoja de calendario con seis meses marcados, junto a una vértebra con una grieta reciente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It takes about 1 hour for one vertebra. It takes longer if more are treated.</source>
        <extracomment>topic vertebroplasty, step 7: text</extracomment>
        <translation>Tarda cerca de 1 hora por una vértebra. Tarda más si se tratan varias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many people feel less pain within about 24 hours. One hospital says the relief lasted 1 to 3 years for most of its patients. Not everyone gets the same result.</source>
        <extracomment>topic vertebroplasty, step 8: text</extracomment>
        <translation>Muchas personas sienten menos dolor en unas 24 horas. Un hospital dice que el alivio duró de 1 a 3 años en la mayoría de sus pacientes. No todas las personas tienen el mismo resultado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A circle showing one day and one night, and a person sitting up, looking relaxed.</source>
        <extracomment>topic vertebroplasty, step 8: picture description (alt)</extracomment>
        <translation>Un círculo con un día y una noche, y una persona sentada, con aspecto tranquilo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cement goes into the bone through a needle.</source>
        <extracomment>topic vertebroplasty.summary_points (take-home note and handout)</extracomment>
        <translation>El cemento entra en el hueso por una aguja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the two</source>
        <extracomment>topic compare.title</extracomment>
        <translation>Comparar los dos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the two ways to treat a broken bone differ</source>
        <extracomment>topic compare.summary</extracomment>
        <translation>En qué se diferencian las dos formas de tratar un hueso roto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both put bone cement into a broken vertebra. Here is how they are the same and how they differ.</source>
        <extracomment>topic compare.intro</extracomment>
        <translation>Los dos ponen cemento óseo en una vértebra rota. Aquí verá en qué se parecen y en qué se diferencian.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. A balloon makes a space first.</source>
        <extracomment>topic compare, row &apos;Balloon&apos;</extracomment>
        <translation>Sí. Primero un balón hace un espacio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No balloon.</source>
        <extracomment>topic compare, row &apos;Balloon&apos;</extracomment>
        <translation>Sin balón.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may bring back some height.</source>
        <extracomment>topic compare, row &apos;Lost height&apos;</extracomment>
        <translation>Puede devolver algo de altura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not try to bring back height.</source>
        <extracomment>topic compare, row &apos;Lost height&apos;</extracomment>
        <translation>No trata de devolver la altura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will I be awake?</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>¿Estaré consciente?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You get numbing medicine and sedation to make you sleepy. Some people are fully asleep.</source>
        <extracomment>topic compare, row &apos;Will I be awake?&apos;</extracomment>
        <translation>Le dan anestesia local y sedación para darle sueño. Algunas personas se duermen por completo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You get numbing medicine and a mild sedative. You feel drowsy but stay awake.</source>
        <extracomment>topic compare, row &apos;Will I be awake?&apos;</extracomment>
        <translation>Le dan anestesia local y un sedante suave. Tiene sueño, pero no se duerme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 1 hour for each vertebra.</source>
        <extracomment>topic compare, row &apos;Time&apos;</extracomment>
        <translation>Cerca de 1 hora por cada vértebra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Going home</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>Volver a casa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually the same day.</source>
        <extracomment>topic compare, row &apos;Going home&apos;</extracomment>
        <translation>Por lo general, el mismo día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. It fills the space and gets hard.</source>
        <extracomment>topic compare, row &apos;Bone cement&apos;</extracomment>
        <translation>Sí. Llena el espacio y se endurece.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. It fills the cracks and gets hard.</source>
        <extracomment>topic compare, row &apos;Bone cement&apos;</extracomment>
        <translation>Sí. Llena las grietas y se endurece.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray guide</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>Guía con rayos X en vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. The doctor watches on a screen.</source>
        <extracomment>topic compare, row &apos;Live X-ray guide&apos;</extracomment>
        <translation>Sí. El médico mira en una pantalla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both put cement into the broken bone.</source>
        <extracomment>topic compare.summary_points (take-home note and handout)</extracomment>
        <translation>Las dos ponen cemento en el hueso roto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only kyphoplasty uses a balloon to lift it.</source>
        <extracomment>topic compare.summary_points (take-home note and handout)</extracomment>
        <translation>Solo la cifoplastia usa un balón para levantarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks and recovery</source>
        <extracomment>topic risks.title</extracomment>
        <translation>Riesgos y recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to watch for and how to heal after the procedure</source>
        <extracomment>topic risks.summary</extracomment>
        <translation>A qué prestar atención y cómo recuperarse después del procedimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious problems are not common, but they can happen. You may bleed or bruise where the needle went in. An infection, or an allergy to a medicine or the cement, can also happen.</source>
        <extracomment>topic risks, step 1: text</extracomment>
        <translation>Los problemas graves no son comunes, pero pueden pasar. Puede sangrar o tener un moretón donde entró la aguja. También puede haber una infección o una alergia a una medicina o al cemento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person&apos;s back with a small square bandage where the needle went in.</source>
        <extracomment>topic risks, step 1: picture description (alt)</extracomment>
        <translation>La espalda de una persona con una vendita cuadrada donde entró la aguja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A little cement may leak out of the bone. This is often harmless. Rarely, it presses on nerves or the spinal cord, or moves through the blood to the lungs.</source>
        <extracomment>topic risks, step 2: text</extracomment>
        <translation>Un poco de cemento puede salirse del hueso. A menudo esto no hace daño. Rara vez aprieta los nervios o la médula espinal, o viaja por la sangre hasta los pulmones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A treated vertebra with a small drop of cement just outside the bone, gently marked.</source>
        <extracomment>topic risks, step 2: picture description (alt)</extracomment>
        <translation>Una vértebra tratada con una gotita de cemento justo fuera del hueso, marcada con suavidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If your bones are very weak, a rib may crack. Nerve damage is rare. Later on, a nearby vertebra may break.</source>
        <extracomment>topic risks, step 3: text</extracomment>
        <translation>Si sus huesos están muy débiles, se puede fisurar una costilla. El daño a los nervios es raro. Más adelante, se puede romper una vértebra cercana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of three vertebrae. The middle one sinks and cracks, and an arrow shows the height it lost.</source>
        <extracomment>topic risks, step 3: picture description (alt)</extracomment>
        <translation>Tres vértebras vistas de lado. La del medio se hunde y se agrieta, y una flecha muestra la altura que perdió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The live X-rays give you a small dose of radiation.</source>
        <extracomment>topic risks, step 4: text</extracomment>
        <translation>Los rayos X en vivo le dan una pequeña dosis de radiación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient lies face down on a table under a curved X-ray arm, with a screen showing the spine.</source>
        <extracomment>topic risks, step 4: picture description (alt)</extracomment>
        <translation>Un paciente acostado boca abajo en una camilla bajo un brazo curvo de rayos X, con una pantalla que muestra la columna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan to rest for about a day. Walking soon after is good for you. Most people are back to their normal day within a day or two.</source>
        <extracomment>topic risks, step 5: text</extracomment>
        <translation>Piense en descansar cerca de un día. Caminar pronto le hace bien. La mayoría de las personas vuelven a su día normal en uno o dos días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not lift heavy things or do hard exercise for several weeks. Ask your doctor how long to wait.</source>
        <extracomment>topic risks, step 6: text</extracomment>
        <translation>No levante cosas pesadas ni haga ejercicio fuerte por varias semanas. Pregunte a su médico cuánto tiempo debe esperar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heavy box with a round &apos;no&apos; sign over it.</source>
        <extracomment>topic risks, step 6: picture description (alt)</extracomment>
        <translation>Una caja pesada con una señal redonda de «no» encima.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will have a follow-up visit. Your doctor will check how you are healing.</source>
        <extracomment>topic risks, step 7: text</extracomment>
        <translation>Tendrá una cita de control. Su médico revisará cómo está sanando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar with one day circled, next to a doctor&apos;s stethoscope.</source>
        <extracomment>topic risks, step 7: picture description (alt)</extracomment>
        <translation>Un calendario con un día marcado con un círculo, junto al estetoscopio de un médico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask how to keep your bones strong. This may mean medicine for osteoporosis (thin, weak bones), calcium, vitamin D, exercise, and ways to prevent falls.</source>
        <extracomment>topic risks, step 8: text</extracomment>
        <translation>Pregunte cómo mantener sus huesos fuertes. Puede ser con medicina para la osteoporosis (huesos delgados y débiles), calcio, vitamina D, ejercicio y formas de evitar caídas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Four pictures: milk and cheese, the sun, a person doing gentle exercise, and a grab bar with a non-slip mat.</source>
        <extracomment>topic risks, step 8: picture description (alt)</extracomment>
        <translation>Cuatro imágenes: leche y queso, el sol, una persona haciendo ejercicio suave y una barra de apoyo con un tapete antideslizante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call the clinic if you get a fever, new weakness or numbness in your legs, or bad new pain. Call 911 right away if you have trouble breathing or chest pain.</source>
        <extracomment>topic risks, step 9: text</extracomment>
        <translation>Llame a la clínica si tiene fiebre, debilidad o adormecimiento nuevo en las piernas, o un dolor fuerte y nuevo. Llame al 911 de inmediato si le cuesta respirar o tiene dolor en el pecho.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thermometer, a pair of legs with a tingling mark, and a phone with a call sign.</source>
        <extracomment>topic risks, step 9: picture description (alt)</extracomment>
        <translation>Un termómetro, unas piernas con una marca de hormigueo y un teléfono con un símbolo de llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call us for fever, weak legs or bad new pain.</source>
        <extracomment>topic risks.summary_points (take-home note and handout)</extracomment>
        <translation>Llámenos si tiene fiebre, piernas débiles o un dolor nuevo y fuerte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call 911 for chest pain or trouble breathing.</source>
        <extracomment>topic risks.summary_points (take-home note and handout)</extracomment>
        <translation>Llame al 911 si tiene dolor de pecho o le cuesta respirar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions to ask</source>
        <extracomment>topic questions.title</extracomment>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list to take to your doctor</source>
        <extracomment>topic questions.summary</extracomment>
        <translation>Una lista para llevar a su médico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the questions you want to ask. Take this list to your next visit.</source>
        <extracomment>topic questions.intro</extracomment>
        <translation>Marque las preguntas que quiere hacer. Lleve esta lista a su próxima cita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is my pain coming from this fracture?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>¿Mi dolor viene de esta fractura?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do I need an MRI or other scans?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>¿Necesito una resonancia magnética u otros estudios?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many fractures do I have?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>¿Cuántas fracturas tengo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What can I try first?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>¿Qué puedo probar primero?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which procedure is right for me, and why?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>¿Qué procedimiento es el adecuado para mí, y por qué?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What are my risks?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>¿Cuáles son mis riesgos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long will it take? When can I go home?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>¿Cuánto tiempo tomará? ¿Cuándo puedo irme a casa?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I stop blood thinners or other medicines first?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>¿Debo dejar de tomar anticoagulantes u otras medicinas antes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should I avoid after, and for how long?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>¿Qué debo evitar después, y por cuánto tiempo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How can I keep my bones strong?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>¿Cómo puedo mantener mis huesos fuertes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When can I go home?</source>
        <extracomment>topic questions.summary_points (take-home note and handout)</extracomment>
        <translation>¿Cuándo puedo irme a casa?</translation>
    </message>
</context>
</TS>
