<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../kiosk/ui/pages/about.py" line="+54"/>
        <source>About this information</source>
        <translation>عن هذه المعلومات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where this information comes from</source>
        <translation>مصدر هذه المعلومات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked for accuracy</source>
        <translation>التحقق من الدقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet reviewed by this clinic</source>
        <translation>لم تراجعها هذه العيادة بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reviewed: %1. Reviewed by: %2.</source>
        <translation>آخر مراجعة: %1. راجعها: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This translation was checked by a qualified medical translator: %1.</source>
        <translation>راجع هذه الترجمة مترجم طبي مؤهل: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This translation has not yet been checked by a qualified medical translator. If something is unclear, please ask the clinic staff.</source>
        <translation>لم يراجع هذه الترجمة مترجم طبي مؤهل بعد. إذا كان هناك شيء غير واضح، يرجى سؤال موظفي العيادة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this screen counts</source>
        <translation>ما الذي تحسبه هذه الشاشة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To help the clinic, this screen counts which pages are looked at and for how long, the language and text size, and if read aloud or take-home was used. It never keeps your name or anything you type. The counts stay on this device.</source>
        <translation>لمساعدة العيادة، تحسب هذه الشاشة الصفحات التي تتم مشاهدتها ومدة مشاهدتها، واللغة وحجم الخط، وهل استُخدمت القراءة بصوت عالٍ أو الأخذ إلى المنزل. لا تحفظ اسمك أبداً ولا أي شيء تكتبه. تبقى هذه الأرقام على هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spine Kiosk version %1</source>
        <translation>Spine Kiosk الإصدار %1</translation>
    </message>
</context>
<context>
    <name>AccessibilityButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/accessibility_panel.py" line="+247"/>
        <source>Text size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bigger text, high contrast colours and reading speed</source>
        <translation>خط أكبر، وألوان عالية التباين، وسرعة القراءة</translation>
    </message>
</context>
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location line="-112"/>
        <source>Make it easier to read</source>
        <translation>لتسهيل القراءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Large</source>
        <translation>كبير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>الأكبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading speed</source>
        <translation>سرعة القراءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow</source>
        <translation>بطيئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast</source>
        <translation>سريعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../kiosk/ui/pages/admin.py" line="+67"/>
        <source>Staff screen</source>
        <translation>شاشة الموظفين</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the built-in profile</source>
        <translation>الملف المدمج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine Kiosk %1. Clinic profile: %2.</source>
        <translation>Spine Kiosk %1. ملف العيادة: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found at start-up</source>
        <translation>مشكلات ظهرت عند التشغيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>الترجمات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None. All is well.</source>
        <translation>لا يوجد. كل شيء على ما يرام.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage in the last 30 days</source>
        <translation>الاستخدام في آخر 30 يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الشاشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the app</source>
        <translation>إعادة تشغيل البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit the kiosk</source>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the app</source>
        <translation>إغلاق البرنامج</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reviewed by %1</source>
        <translation>راجعها %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet reviewed by a qualified medical translator</source>
        <translation>لم يراجعها بعد مترجم طبي مؤهل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English only.</source>
        <translation>الإنجليزية فقط.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../kiosk/ui/pages/contact.py" line="+111"/>
        <source>Contact us</source>
        <translation>اتصل بنا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please ask at the front desk. We are happy to help.</source>
        <translation>يرجى السؤال في مكتب الاستقبال. يسعدنا أن نساعدك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point your phone&apos;s camera at this square to save our contact details.</source>
        <translation>وجّه كاميرا هاتفك إلى هذا المربع لحفظ بيانات الاتصال بنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code with the clinic&apos;s contact card</source>
        <translation>رمز QR يحتوي على بطاقة الاتصال بالعيادة</translation>
    </message>
</context>
<context>
    <name>DefinitionPopup</name>
    <message>
        <location filename="../kiosk/ui/widgets/glossary.py" line="+260"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../kiosk/ui/handout.py" line="+82"/>
        <source>Your take-home notes</source>
        <translation>ملاحظاتك للأخذ إلى المنزل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach us</source>
        <translation>كيف تتواصل معنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an emergency, call %1.</source>
        <translation>في حالة الطوارئ، اتصل بالرقم %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this square with your phone to save our contact details.</source>
        <translation>امسح هذا المربع بهاتفك لحفظ بيانات الاتصال بنا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information reviewed on %1.</source>
        <translation>تمت مراجعة المعلومات في %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../kiosk/ui/pages/home.py" line="+49"/>
        <source>Learn about your spine</source>
        <translation>تعرّف على عمودك الفقري</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome. Learn about spine fractures and how they are treated.</source>
        <translation>أهلاً بك. تعرّف على كسور العمود الفقري وطرق علاجها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touch a topic to start.</source>
        <translation>المس موضوعاً للبدء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact us</source>
        <translation>اتصل بنا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone numbers and where to find us</source>
        <translation>أرقام الهاتف والعنوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this information</source>
        <translation>عن هذه المعلومات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from, and who checked it</source>
        <translation>مصدرها ومن راجعها</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/language_picker.py" line="+196"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location line="-101"/>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>إغلاق</translation>
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
        <translation>الرئيسية</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/overlay.py" line="+220"/>
        <source>Staff only: enter the PIN</source>
        <translation>للموظفين فقط: أدخل الرقم السري</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <location line="-73"/>
        <source>Sorry, let&apos;s start again.</source>
        <translation>عذراً، لنبدأ من جديد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. We are going back to the start.</source>
        <translation>حدث خطأ ما. سنعود إلى البداية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>ابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/speaker_button.py" line="+133"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads this page aloud</source>
        <translation>يقرأ هذه الصفحة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sorry, this computer cannot read aloud. Please ask at the front desk.</source>
        <translation>عذراً، لا يستطيع هذا الجهاز القراءة بصوت عالٍ. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this computer has no voice for this language.</source>
        <translation>عذراً، لا يوجد في هذا الجهاز صوت لهذه اللغة.</translation>
    </message>
</context>
<context>
    <name>StaffAccess</name>
    <message>
        <location filename="../kiosk/ui/kiosk.py" line="+211"/>
        <source>Locked. Try again in %1 seconds.</source>
        <translation>مقفل. حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff PIN is set in the clinic profile.</source>
        <translation>لا يوجد رقم سري للموظفين في ملف العيادة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That PIN is not right. Locked for %1 seconds.</source>
        <translation>الرقم السري غير صحيح. مقفل لمدة %1 ثانية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That PIN is not right.</source>
        <translation>الرقم السري غير صحيح.</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <location filename="../kiosk/ui/pages/steps.py" line="+253"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or slide your finger across the picture.</source>
        <translation>أو مرّر إصبعك على الصورة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/overlay.py" line="-45"/>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We will start again for the next person in %1 seconds.</source>
        <translation>سنبدأ من جديد للشخص التالي بعد %1 ثانية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m still here</source>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>TakeHomeButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/take_home.py" line="+99"/>
        <source>Take this home</source>
        <translation>خذ هذا معك إلى المنزل</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <location line="+110"/>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QR code with a short summary of this topic</source>
        <translation>رمز QR فيه ملخص قصير لهذا الموضوع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point your phone&apos;s camera at the square. Your phone shows a short summary and our phone number.</source>
        <translation>وجّه كاميرا هاتفك إلى المربع. سيعرض هاتفك ملخصاً قصيراً ورقم هاتفنا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Printing...</source>
        <translation>جارٍ الطباعة...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sorry, the printer is not working. Please ask at the front desk.</source>
        <translation>عذراً، الطابعة لا تعمل. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed. Please collect your handout at the printer.</source>
        <translation>تمت الطباعة. يرجى أخذ ورقتك من الطابعة.</translation>
    </message>
</context>
<context>
    <name>TermButtons</name>
    <message>
        <location filename="../kiosk/ui/widgets/glossary.py" line="-75"/>
        <source>What this word means</source>
        <translation>ما معنى هذه الكلمة</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <location filename="../kiosk/ui/widgets/usage_charts.py" line="+59"/>
        <source>Contact us</source>
        <translation>اتصل بنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this information</source>
        <translation>عن هذه المعلومات</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage figures</source>
        <translation>أرقام الاستخدام</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage figures are switched off.</source>
        <translation>أرقام الاستخدام متوقفة.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last %1 days (%2 – %3): %4 visits, %5 ended by the idle reset</source>
        <translation>آخر %1 يوماً (%2 – %3): %4 زيارة، انتهت %5 منها بسبب عدم الاستخدام</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take home</source>
        <translation>للأخذ إلى المنزل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>خط أكبر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits per day</source>
        <translation>الزيارات في اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most viewed (visits)</source>
        <translation>الأكثر مشاهدة (زيارات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average time per topic</source>
        <translation>متوسط الوقت لكل موضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages (visits)</source>
        <translation>اللغات (زيارات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used in visits</source>
        <translation>استُخدم في الزيارات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Nothing recorded yet</source>
        <translation>لم يُسجَّل شيء بعد</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>and %1 more</source>
        <translation>و%1 أخرى</translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message>
        <location filename="../build/i18n/data_strings.py" line="+424"/>
        <source>Welcome. Touch a topic to learn about broken bones in the spine and how they are treated.</source>
        <extracomment>clinic.welcome</extracomment>
        <translation>أهلاً بك. المس موضوعاً لتتعرّف على كسور عظام العمود الفقري وطرق علاجها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neurointerventional Radiology</source>
        <extracomment>clinic.department</extracomment>
        <translation>قسم الأشعة التداخلية العصبية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic visits</source>
        <extracomment>phones[0].label</extracomment>
        <translation>مواعيد العيادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule a procedure</source>
        <extracomment>phones[1].label</extracomment>
        <translation>حجز موعد لإجراء طبي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A physician&apos;s order is required.</source>
        <extracomment>phones[1].note</extracomment>
        <translation>يلزم طلب من الطبيب.</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <location line="-426"/>
        <source>MedStar Georgetown — spinal fracture page</source>
        <translation>MedStar Georgetown — صفحة كسور العمود الفقري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GW Hospital — vertebroplasty page</source>
        <extracomment>sources.gw.name</extracomment>
        <translation>GW Hospital — صفحة رأب الفقرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NHS North Bristol — vertebroplasty patient leaflet</source>
        <extracomment>sources.nhs_north_bristol.name</extracomment>
        <translation>NHS North Bristol — نشرة المرضى عن رأب الفقرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NICE TA279 (2013) — percutaneous vertebroplasty and balloon kyphoplasty for osteoporotic fractures</source>
        <extracomment>sources.nice_ta279.name</extracomment>
        <translation>NICE TA279 (2013) — رأب الفقرة عبر الجلد ورأب الحدبة بالبالون لكسور هشاشة العظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NICE IPG166 — balloon kyphoplasty, information for the public</source>
        <extracomment>sources.nice_ipg166.name</extracomment>
        <translation>NICE IPG166 — رأب الحدبة بالبالون، معلومات للجمهور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medtronic Kyphon patient pages</source>
        <extracomment>sources.medtronic_kyphon.name</extracomment>
        <translation>Medtronic Kyphon — صفحات المرضى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emory Healthcare — vertebroplasty/kyphoplasty patient page</source>
        <extracomment>sources.emory.name</extracomment>
        <translation>Emory Healthcare — صفحة المرضى عن رأب الفقرة ورأب الحدبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebra</source>
        <extracomment>labels.vertebra</extracomment>
        <translation>فقرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disc</source>
        <extracomment>labels.disc</extracomment>
        <translation>قرص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebral body</source>
        <extracomment>labels.vertebral_body</extracomment>
        <translation>جسم الفقرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spinal cord</source>
        <extracomment>labels.spinal_cord</extracomment>
        <translation>الحبل الشوكي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy bone</source>
        <extracomment>labels.healthy_bone</extracomment>
        <translation>عظم سليم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak bone</source>
        <extracomment>labels.weak_bone</extracomment>
        <translation>عظم ضعيف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken vertebra</source>
        <extracomment>labels.broken_vertebra</extracomment>
        <translation>فقرة مكسورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost height</source>
        <extracomment>labels.lost_height</extracomment>
        <translation>الطول المفقود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thin tube</source>
        <extracomment>labels.hollow_tube</extracomment>
        <translation>أنبوب رفيع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skin</source>
        <extracomment>labels.skin</extracomment>
        <translation>الجلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon</source>
        <extracomment>labels.balloon</extracomment>
        <translation>بالون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <extracomment>labels.space</extracomment>
        <translation>فراغ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bone cement</source>
        <extracomment>labels.bone_cement</extracomment>
        <translation>إسمنت العظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needle</source>
        <extracomment>labels.needle</extracomment>
        <translation>إبرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small leak</source>
        <extracomment>labels.leak</extracomment>
        <translation>تسرّب صغير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-ray</source>
        <extracomment>labels.xray</extracomment>
        <translation>أشعة سينية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MRI scanner</source>
        <extracomment>labels.mri</extracomment>
        <translation>جهاز الرنين المغناطيسي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy spine</source>
        <extracomment>labels.healthy_spine</extracomment>
        <translation>عمود فقري سليم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several fractures</source>
        <extracomment>labels.several_fractures</extracomment>
        <translation>عدة كسور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain medicine</source>
        <extracomment>labels.medicine</extracomment>
        <translation>دواء للألم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest</source>
        <extracomment>labels.rest</extracomment>
        <translation>الراحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back brace</source>
        <extracomment>labels.brace</extracomment>
        <translation>حزام الظهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-ray camera</source>
        <extracomment>labels.xray_camera</extracomment>
        <translation>كاميرا الأشعة السينية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen</source>
        <extracomment>labels.screen</extracomment>
        <translation>الشاشة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine</source>
        <extracomment>labels.numbing_medicine</extracomment>
        <translation>دواء مخدّر موضعي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 1 hour</source>
        <extracomment>labels.about_one_hour</extracomment>
        <translation>نحو ساعة واحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home the same day</source>
        <extracomment>labels.home_same_day</extracomment>
        <translation>العودة إلى المنزل في اليوم نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 months</source>
        <extracomment>labels.six_months</extracomment>
        <translation>6 أشهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 24 hours</source>
        <extracomment>labels.about_24_hours</extracomment>
        <translation>نحو 24 ساعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandage</source>
        <extracomment>labels.bandage</extracomment>
        <translation>ضمادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No heavy lifting</source>
        <extracomment>labels.no_heavy_lifting</extracomment>
        <translation>لا لحمل الأشياء الثقيلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calcium</source>
        <extracomment>labels.calcium</extracomment>
        <translation>الكالسيوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vitamin D</source>
        <extracomment>labels.vitamin_d</extracomment>
        <translation>فيتامين د</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise</source>
        <extracomment>labels.exercise</extracomment>
        <translation>الرياضة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prevent falls</source>
        <extracomment>labels.fall_prevention</extracomment>
        <translation>الوقاية من السقوط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fever</source>
        <extracomment>labels.fever</extracomment>
        <translation>الحمّى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak or numb legs</source>
        <extracomment>labels.leg_weakness</extracomment>
        <translation>ضعف أو خدر في الساقين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <extracomment>labels.call</extracomment>
        <translation>اتصل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up visit</source>
        <extracomment>labels.follow_up</extracomment>
        <translation>زيارة المتابعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebra</source>
        <extracomment>glossary term (vertebra)</extracomment>
        <translation>فقرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the small bones that stack up to make your spine. Say it VER-tuh-bruh.</source>
        <extracomment>glossary.vertebra</extracomment>
        <translation>واحدة من العظام الصغيرة التي يعلو بعضها بعضاً لتكوّن العمود الفقري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebrae</source>
        <extracomment>glossary term (vertebrae)</extracomment>
        <translation>فقرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than one vertebra. Say it VER-tuh-bray.</source>
        <extracomment>glossary.vertebrae</extracomment>
        <translation>أكثر من فقرة واحدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebral body</source>
        <extracomment>glossary term (vertebral body)</extracomment>
        <translation>جسم الفقرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The thick, round front part of a vertebra. It holds up your weight.</source>
        <extracomment>glossary.vertebral body</extracomment>
        <translation>الجزء الأمامي السميك والمستدير من الفقرة. يحمل وزن جسمك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disc</source>
        <extracomment>glossary term (disc)</extracomment>
        <translation>قرص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A soft pad between two vertebrae. It works like a cushion.</source>
        <extracomment>glossary.disc</extracomment>
        <translation>وسادة طرية بين فقرتين. تعمل مثل المخدّة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spinal cord</source>
        <extracomment>glossary term (spinal cord)</extracomment>
        <translation>الحبل الشوكي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The main bundle of nerves from your brain. It runs down a tunnel behind the vertebral bodies.</source>
        <extracomment>glossary.spinal cord</extracomment>
        <translation>الحزمة الرئيسية من الأعصاب الخارجة من الدماغ. تنزل في نفق خلف أجسام الفقرات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fracture</source>
        <extracomment>glossary term (fracture)</extracomment>
        <translation>كسر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A break in a bone.</source>
        <extracomment>glossary.fracture</extracomment>
        <translation>انكسار في العظم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compression fracture</source>
        <extracomment>glossary term (compression fracture)</extracomment>
        <translation>كسر انضغاطي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A break where a vertebra gets squashed and loses height.</source>
        <extracomment>glossary.compression fracture</extracomment>
        <translation>كسر تنضغط فيه الفقرة وتفقد جزءاً من طولها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>osteoporosis</source>
        <extracomment>glossary term (osteoporosis)</extracomment>
        <translation>هشاشة العظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disease that makes bones thin and weak, so they break more easily. Say it OS-tee-oh-puh-ROH-sis.</source>
        <extracomment>glossary.osteoporosis</extracomment>
        <translation>مرض يجعل العظام رقيقة وضعيفة، فتنكسر بسهولة أكبر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>myeloma</source>
        <extracomment>glossary term (myeloma)</extracomment>
        <translation>الورم النقوي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kind of blood cancer that can make bones weak. Say it my-uh-LOH-muh.</source>
        <extracomment>glossary.myeloma</extracomment>
        <translation>نوع من سرطان الدم يمكن أن يضعف العظام.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quick picture of your bones. It uses a small dose of radiation.</source>
        <extracomment>glossary.X-ray</extracomment>
        <translation>صورة سريعة لعظامك. تستخدم جرعة صغيرة من الأشعة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MRI</source>
        <extracomment>glossary term (MRI)</extracomment>
        <translation>الرنين المغناطيسي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scan that uses a strong magnet to take clear pictures inside your body. It does not use X-rays.</source>
        <extracomment>glossary.MRI</extracomment>
        <translation>فحص يستخدم مغناطيساً قوياً لالتقاط صور واضحة من داخل جسمك. لا يستخدم الأشعة السينية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bone scan</source>
        <extracomment>glossary term (bone scan)</extracomment>
        <translation>مسح العظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scan done after a small shot of a tracer into your blood. It shows parts of bone that are hurt or healing.</source>
        <extracomment>glossary.bone scan</extracomment>
        <translation>فحص يُجرى بعد حقن كمية صغيرة من مادة كاشفة في الدم. يُظهر أجزاء العظم المصابة أو التي تلتئم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fluoroscopy</source>
        <extracomment>glossary term (fluoroscopy)</extracomment>
        <translation>التنظير الفلوري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray pictures shown on a screen. They let the doctor see inside you while they work. Say it floor-OS-kuh-pee.</source>
        <extracomment>glossary.fluoroscopy</extracomment>
        <translation>صور أشعة سينية مباشرة تظهر على شاشة. تتيح للطبيب أن يرى داخل جسمك أثناء العمل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anesthesia</source>
        <extracomment>glossary term (anesthesia)</extracomment>
        <translation>التخدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that stops you from feeling pain. Say it an-es-THEE-zhuh.</source>
        <extracomment>glossary.anesthesia</extracomment>
        <translation>دواء يمنعك من الشعور بالألم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local anesthesia</source>
        <extracomment>glossary term (local anesthesia)</extracomment>
        <translation>التخدير الموضعي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine put into one small spot. You stay awake, but that spot feels no pain.</source>
        <extracomment>glossary.local anesthesia</extracomment>
        <translation>دواء مخدّر يوضع في مكان صغير واحد. تبقى مستيقظاً، لكن هذا المكان لا يشعر بالألم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>general anesthesia</source>
        <extracomment>glossary term (general anesthesia)</extracomment>
        <translation>التخدير العام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that puts you fully to sleep, so you feel nothing.</source>
        <extracomment>glossary.general anesthesia</extracomment>
        <translation>دواء يجعلك تنام نوماً كاملاً، فلا تشعر بشيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sedation</source>
        <extracomment>glossary term (sedation)</extracomment>
        <translation>التهدئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that makes you calm and sleepy. You may still be a bit awake.</source>
        <extracomment>glossary.sedation</extracomment>
        <translation>دواء يجعلك هادئاً ونعساناً. قد تبقى مستيقظاً قليلاً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sedative</source>
        <extracomment>glossary term (sedative)</extracomment>
        <translation>مهدّئ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A medicine that helps you relax and feel drowsy.</source>
        <extracomment>glossary.sedative</extracomment>
        <translation>دواء يساعدك على الاسترخاء ويجعلك تشعر بالنعاس.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outpatient</source>
        <extracomment>glossary term (outpatient)</extracomment>
        <translation>دون مبيت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You go home the same day. You do not stay the night in the hospital.</source>
        <extracomment>glossary.outpatient</extracomment>
        <translation>تعود إلى المنزل في اليوم نفسه. لا تقضي الليل في المستشفى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bone cement</source>
        <extracomment>glossary term (bone cement)</extracomment>
        <translation>إسمنت العظام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thick paste made for use in the body. It gets hard inside the bone to hold it steady.</source>
        <extracomment>glossary.bone cement</extracomment>
        <translation>معجون كثيف مصنوع للاستخدام داخل الجسم. يتصلّب داخل العظم ليثبّته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kyphoplasty</source>
        <extracomment>glossary term (kyphoplasty)</extracomment>
        <translation>رأب الحدبة بالبالون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A way to treat a broken vertebra. A small balloon makes a space, then bone cement fills it. Say it KY-fo-plas-tee.</source>
        <extracomment>glossary.kyphoplasty</extracomment>
        <translation>طريقة لعلاج فقرة مكسورة. يصنع بالون صغير فراغاً، ثم يملؤه إسمنت العظام. اسمه بالإنجليزية kyphoplasty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebroplasty</source>
        <extracomment>glossary term (vertebroplasty)</extracomment>
        <translation>رأب الفقرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A way to treat a broken vertebra. Bone cement goes in through a needle, with no balloon. Say it VER-tuh-bro-plas-tee.</source>
        <extracomment>glossary.vertebroplasty</extracomment>
        <translation>طريقة لعلاج فقرة مكسورة. يدخل إسمنت العظام عبر إبرة، من دون بالون. اسمه بالإنجليزية vertebroplasty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is general information. It is not medical advice for you.</source>
        <extracomment>disclaimer.paragraphs[0]</extracomment>
        <translation>هذه معلومات عامة. وهي ليست نصيحة طبية خاصة بك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not everyone can have these procedures. Not everyone feels better after them.</source>
        <extracomment>disclaimer.paragraphs[1]</extracomment>
        <translation>لا يستطيع كل شخص إجراء هذه العمليات. ولا يشعر كل شخص بتحسن بعدها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk with your doctor about your own health and what is right for you.</source>
        <extracomment>disclaimer.paragraphs[2]</extracomment>
        <translation>تحدّث مع طبيبك عن صحتك أنت وعمّا يناسبك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In an emergency, call 911.</source>
        <extracomment>disclaimer.paragraphs[3]</extracomment>
        <translation>في حالة الطوارئ، اتصل بالرقم 911.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine fractures</source>
        <extracomment>topic fractures.title</extracomment>
        <translation>كسور العمود الفقري</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens when a bone in your back breaks</source>
        <extracomment>topic fractures.summary</extracomment>
        <translation>ماذا يحدث عندما ينكسر عظم في ظهرك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your spine is a stack of small bones. Each one is called a vertebra (VER-tuh-bruh). Soft pads called discs sit between them.</source>
        <extracomment>topic fractures, step 1: text</extracomment>
        <translation>عمودك الفقري مجموعة من العظام الصغيرة فوق بعضها. كل عظمة منها اسمها فقرة. وبينها وسائد طرية اسمها الأقراص.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spine seen from the side: a gently curved stack of bones with soft discs between them, inside the outline of a person&apos;s back.</source>
        <extracomment>topic fractures, step 1: picture description (alt)</extracomment>
        <translation>العمود الفقري من الجانب: مجموعة من العظام فوق بعضها بانحناء خفيف، وبينها أقراص طرية، داخل خط ظهر شخص.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The front of each vertebra is a thick block called the vertebral body. It holds up your weight. Behind it, a tunnel holds your spinal cord, the main bundle of nerves.</source>
        <extracomment>topic fractures, step 2: text</extracomment>
        <translation>الجزء الأمامي من كل فقرة كتلة سميكة اسمها جسم الفقرة. يحمل وزن جسمك. وخلفه نفق فيه الحبل الشوكي، وهو الحزمة الرئيسية من الأعصاب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A close side view of three vertebrae: the block-shaped bodies in front, discs between them, and the spinal cord in a tunnel behind them.</source>
        <extracomment>topic fractures, step 2: picture description (alt)</extracomment>
        <translation>منظر جانبي قريب لثلاث فقرات: الأجسام التي تشبه الكتل في الأمام، والأقراص بينها، والحبل الشوكي في نفق خلفها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inside, a vertebra is made of spongy bone. It is less dense than many other bones. So it can break more easily when it gets weak.</source>
        <extracomment>topic fractures, step 3: text</extracomment>
        <translation>من الداخل، الفقرة مصنوعة من عظم إسفنجي. وهو أقل كثافة من كثير من العظام الأخرى. لذلك يمكن أن ينكسر بسهولة أكبر عندما يضعف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two vertebral bodies cut open. The healthy one on the left has a fine, dense honeycomb. The weak one on the right has thin walls and big holes.</source>
        <extracomment>topic fractures, step 3: picture description (alt)</extracomment>
        <translation>جسمان لفقرتين مقطوعان من الوسط. السليم على اليسار فيه نسيج دقيق وكثيف مثل خلية النحل. والضعيف على اليمين جدرانه رقيقة وثقوبه كبيرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most common cause of weak bones is osteoporosis (OS-tee-oh-puh-ROH-sis), a disease that makes bones thin. Cancer in the spine, such as myeloma (a blood cancer) or cancer that has spread, can also weaken them. Your genes, some habits, and injuries can play a part too.</source>
        <extracomment>topic fractures, step 4: text</extracomment>
        <translation>أكثر سبب شائع لضعف العظام هو هشاشة العظام، وهي مرض يجعل العظام رقيقة. ويمكن أن يضعفها أيضاً السرطان في العمود الفقري، مثل الورم النقوي (نوع من سرطان الدم) أو سرطان انتشر من مكان آخر. وقد يكون للجينات وبعض العادات والإصابات دور أيضاً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A healthy vertebral body next to a weak one with thin walls and big holes.</source>
        <extracomment>topic fractures, step 4: picture description (alt)</extracomment>
        <translation>جسم فقرة سليم بجانب جسم فقرة ضعيف جدرانه رقيقة وثقوبه كبيرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When bones are weak, just bending or lifting can break a vertebra. The pain may be mild. Many people think it is a pulled muscle.</source>
        <extracomment>topic fractures, step 5: text</extracomment>
        <translation>عندما تكون العظام ضعيفة، قد يكفي الانحناء أو رفع شيء لكسر فقرة. وقد يكون الألم خفيفاً. ويظن كثير من الناس أنه شدّ عضلي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person bends to lift a small box. A soft red glow marks one spot in the middle of the back.</source>
        <extracomment>topic fractures, step 5: picture description (alt)</extracomment>
        <translation>شخص ينحني ليرفع صندوقاً صغيراً. توهّج أحمر خفيف يحدد مكاناً في وسط الظهر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kind of break is called a compression fracture. The vertebral body sinks and loses height, often more at the front, like a wedge. Only rarely do bits of bone press on the spinal cord or nerves.</source>
        <extracomment>topic fractures, step 6: text</extracomment>
        <translation>هذا النوع من الكسر اسمه الكسر الانضغاطي. ينهار جسم الفقرة ويفقد جزءاً من طوله، وغالباً يكون ذلك أكثر في الأمام، مثل الوتد. ونادراً فقط تضغط قطع من العظم على الحبل الشوكي أو الأعصاب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of three vertebrae. The middle one sinks, more at the front than the back, and cracks appear. An arrow shows the lost height. The spinal cord behind it is not touched.</source>
        <extracomment>topic fractures, step 6: picture description (alt)</extracomment>
        <translation>منظر جانبي لثلاث فقرات. الفقرة الوسطى تنهار، في الأمام أكثر من الخلف، وتظهر فيها شقوق. سهم يبيّن الطول المفقود. الحبل الشوكي خلفها لا يُمسّ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Having a few of these breaks can make you shorter. Your upper back may start to curve forward.</source>
        <extracomment>topic fractures, step 7: text</extracomment>
        <translation>الإصابة بعدة كسور من هذا النوع قد تجعلك أقصر. وقد يبدأ أعلى ظهرك بالانحناء إلى الأمام.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two people side by side. One stands up straight. The other is bent forward with a rounded upper back.</source>
        <extracomment>topic fractures, step 7: picture description (alt)</extracomment>
        <translation>شخصان بجانب بعضهما. أحدهما يقف مستقيماً. والآخر منحنٍ إلى الأمام وأعلى ظهره مقوّس.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-rays can show the break. To see if a procedure could help, your doctor usually looks at an MRI scan first. If you cannot have an MRI, you may have a bone scan instead.</source>
        <extracomment>topic fractures, step 8: text</extracomment>
        <translation>يمكن أن تُظهر صور الأشعة السينية الكسر. ولمعرفة هل يمكن أن يساعد إجراء طبي، ينظر طبيبك عادةً إلى صورة الرنين المغناطيسي أولاً. وإذا لم تستطع إجراء الرنين المغناطيسي، فقد يُجرى لك مسح للعظام بدلاً منه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An X-ray of the spine on a light box, with one wedge-shaped vertebra marked, and an MRI scanner: a large ring with a table.</source>
        <extracomment>topic fractures, step 8: picture description (alt)</extracomment>
        <translation>صورة أشعة سينية للعمود الفقري على لوحة مضيئة، عليها علامة عند فقرة على شكل وتد، وجهاز رنين مغناطيسي: حلقة كبيرة معها سرير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most people first try pain medicine, rest, and a back brace. If these do not help enough, a procedure may be an option. It may also suit people who should not have major spine surgery.</source>
        <extracomment>topic fractures, step 9: text</extracomment>
        <translation>يجرّب معظم الناس أولاً دواء الألم والراحة وحزام الظهر. وإذا لم تساعد هذه بما يكفي، فقد يكون الإجراء الطبي خياراً. وقد يناسب أيضاً الأشخاص الذين لا ينبغي أن يخضعوا لجراحة كبيرة في العمود الفقري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three round pictures: a pill bottle, a person resting in bed, and a back brace.</source>
        <extracomment>topic fractures, step 9: picture description (alt)</extracomment>
        <translation>ثلاث صور دائرية: علبة أقراص دواء، وشخص يرتاح في السرير، وحزام للظهر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A weak spine bone can break and sink.</source>
        <extracomment>topic fractures.summary_points (take-home note and handout)</extracomment>
        <translation>قد تنكسر فقرة ضعيفة وتهبط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First try pain medicine, rest and a brace.</source>
        <extracomment>topic fractures.summary_points (take-home note and handout)</extracomment>
        <translation>جرّب أولًا مسكّن الألم والراحة والمشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon kyphoplasty</source>
        <extracomment>topic kyphoplasty.title</extracomment>
        <translation>رأب الحدبة بالبالون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How a small balloon and bone cement can support a broken bone</source>
        <extracomment>topic kyphoplasty.summary</extracomment>
        <translation>كيف يدعم بالون صغير وإسمنت العظام عظماً مكسوراً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon kyphoplasty (KY-fo-plas-tee) treats a broken vertebra, a bone in your spine. The doctor works through a tiny cut, not open surgery. You lie face down on a table.</source>
        <extracomment>topic kyphoplasty, step 1: text</extracomment>
        <translation>رأب الحدبة بالبالون (kyphoplasty) يعالج فقرة مكسورة، وهي عظمة في عمودك الفقري. يعمل الطبيب من خلال جرح صغير جداً، وليس بجراحة مفتوحة. تستلقي على بطنك على طاولة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient lies face down on a table. A curved X-ray arm is over their back, and a screen shows the spine.</source>
        <extracomment>topic kyphoplasty, step 1: picture description (alt)</extracomment>
        <translation>مريض مستلقٍ على بطنه على طاولة. فوق ظهره ذراع أشعة سينية منحنية، وشاشة تعرض العمود الفقري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A live X-ray camera shows your spine on a screen. This is called fluoroscopy (floor-OS-kuh-pee). It guides the doctor at each step.</source>
        <extracomment>topic kyphoplasty, step 2: text</extracomment>
        <translation>كاميرا أشعة سينية مباشرة تعرض عمودك الفقري على شاشة. يُسمّى هذا التنظير الفلوري. وهو يرشد الطبيب في كل خطوة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A curved X-ray camera over the patient&apos;s back, and a screen showing a live picture of the spine.</source>
        <extracomment>topic kyphoplasty, step 2: picture description (alt)</extracomment>
        <translation>كاميرا أشعة سينية منحنية فوق ظهر المريض، وشاشة تعرض صورة مباشرة للعمود الفقري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First, numbing medicine stops pain in your back. Often you also get sedation, medicine that makes you calm and sleepy. Some people are fully asleep with general anesthesia (an-es-THEE-zhuh).</source>
        <extracomment>topic kyphoplasty, step 3: text</extracomment>
        <translation>أولاً، يوقف دواء مخدّر الألم في ظهرك. وغالباً تأخذ أيضاً دواءً مهدئاً يجعلك هادئاً ونعساناً. وبعض الناس ينامون تماماً بالتخدير العام.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient&apos;s back with a small needle of numbing medicine near the spine, and a calm, sleeping face.</source>
        <extracomment>topic kyphoplasty, step 3: picture description (alt)</extracomment>
        <translation>ظهر مريض وإبرة صغيرة فيها دواء مخدّر قرب العمود الفقري، ووجه هادئ نائم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor makes a small cut, about 1 cm, or less than half an inch. A thin, hollow tube is guided into the broken vertebra.</source>
        <extracomment>topic kyphoplasty, step 4: text</extracomment>
        <translation>يفتح الطبيب جرحاً صغيراً، نحو 1 سم، أي أقل من نصف بوصة. ثم يُوجَّه أنبوب رفيع مجوّف إلى داخل الفقرة المكسورة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of a broken, wedge-shaped vertebra. A thin tube goes in from the back, through the skin, into the front block of bone.</source>
        <extracomment>topic kyphoplasty, step 4: picture description (alt)</extracomment>
        <translation>منظر جانبي لفقرة مكسورة على شكل وتد. أنبوب رفيع يدخل من الخلف، عبر الجلد، إلى كتلة العظم الأمامية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A small balloon goes in through the tube. Often there is one on each side. The balloon is slowly filled, and it lifts the bone back toward its normal height.</source>
        <extracomment>topic kyphoplasty, step 5: text</extracomment>
        <translation>يدخل بالون صغير عبر الأنبوب. وغالباً يوضع بالون في كل جانب. يُنفخ البالون ببطء، فيرفع العظم نحو طوله الطبيعي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A balloon at the tip of the tube fills up inside the broken bone and lifts it back toward its normal height.</source>
        <extracomment>topic kyphoplasty, step 5: picture description (alt)</extracomment>
        <translation>بالون عند طرف الأنبوب ينتفخ داخل العظم المكسور ويرفعه نحو طوله الطبيعي.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then the balloon is taken out. It leaves an empty space inside the bone.</source>
        <extracomment>topic kyphoplasty, step 6: text</extracomment>
        <translation>بعد ذلك يُسحب البالون. ويترك فراغاً داخل العظم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The balloon is gone. The bone is taller again, with an empty space where the balloon was.</source>
        <extracomment>topic kyphoplasty, step 6: picture description (alt)</extracomment>
        <translation>لم يعد البالون موجوداً. العظم أطول من جديد، وفيه فراغ في مكان البالون.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The space is filled with a thick bone cement made for use in the body. It gets hard fast. It holds the bone from the inside, like a cast.</source>
        <extracomment>topic kyphoplasty, step 7: text</extracomment>
        <translation>يُملأ الفراغ بإسمنت عظام كثيف مصنوع للاستخدام داخل الجسم. يتصلّب بسرعة. ويثبّت العظم من الداخل، مثل الجبيرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bone cement flows through the tube and fills the space inside the bone.</source>
        <extracomment>topic kyphoplasty, step 7: picture description (alt)</extracomment>
        <translation>إسمنت العظام يتدفق عبر الأنبوب ويملأ الفراغ داخل العظم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It takes about 1 hour for each vertebra. Then you rest for about 1 hour in a recovery room. Many people go home the same day.</source>
        <extracomment>topic kyphoplasty, step 8: text</extracomment>
        <translation>يستغرق ذلك نحو ساعة واحدة لكل فقرة. ثم ترتاح نحو ساعة واحدة في غرفة الإفاقة. ويعود كثير من الناس إلى المنزل في اليوم نفسه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clock with one hour marked, and an arrow pointing to a small house.</source>
        <extracomment>topic kyphoplasty, step 8: picture description (alt)</extracomment>
        <translation>ساعة عليها علامة عند ساعة واحدة، وسهم يشير إلى بيت صغير.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The aim is to ease pain and make the bone steady. It may bring back some lost height and help stop the bone from sinking more. Not everyone feels better, so ask your doctor what to expect.</source>
        <extracomment>topic kyphoplasty, step 9: text</extracomment>
        <translation>الهدف هو تخفيف الألم وتثبيت العظم. وقد يعيد جزءاً من الطول المفقود ويساعد على منع العظم من الانهيار أكثر. لا يشعر كل شخص بتحسن، لذا اسأل طبيبك عمّا تتوقعه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The treated vertebra, almost back to its normal height, with cement inside and a small bandage on the skin.</source>
        <extracomment>topic kyphoplasty, step 9: picture description (alt)</extracomment>
        <translation>الفقرة المعالَجة، وقد عادت تقريباً إلى طولها الطبيعي، وفي داخلها إسمنت، وعلى الجلد ضمادة صغيرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A balloon lifts the bone. Cement fills the space.</source>
        <extracomment>topic kyphoplasty.summary_points (take-home note and handout)</extracomment>
        <translation>يرفع البالون العظمة. يملأ الإسمنت الفراغ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many go home the same day.</source>
        <extracomment>topic kyphoplasty.summary_points (take-home note and handout)</extracomment>
        <translation>يعود كثيرون للبيت في اليوم نفسه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebroplasty</source>
        <extracomment>topic vertebroplasty.title</extracomment>
        <translation>رأب الفقرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How bone cement put in through a needle can support a broken bone</source>
        <extracomment>topic vertebroplasty.summary</extracomment>
        <translation>كيف يدعم إسمنت العظام الذي يدخل عبر إبرة عظماً مكسوراً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebroplasty (VER-tuh-bro-plas-tee) puts bone cement into a broken vertebra, a bone in your spine. It is usually an outpatient procedure. That means you go home the same day.</source>
        <extracomment>topic vertebroplasty, step 1: text</extracomment>
        <translation>رأب الفقرة (vertebroplasty) يضع إسمنت العظام في فقرة مكسورة، وهي عظمة في عمودك الفقري. وهو عادةً إجراء دون مبيت في المستشفى. أي أنك تعود إلى المنزل في اليوم نفسه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient and a doctor sit at a table and talk. There is a notepad on the table.</source>
        <extracomment>topic vertebroplasty, step 1: picture description (alt)</extracomment>
        <translation>مريض وطبيب يجلسان إلى طاولة ويتحدثان. على الطاولة دفتر ملاحظات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine stops pain where the needle goes in. This is called local anesthesia. You often get a mild sedative too, so you feel drowsy but stay awake.</source>
        <extracomment>topic vertebroplasty, step 2: text</extracomment>
        <translation>يوقف دواء مخدّر الألم في مكان دخول الإبرة. يُسمّى هذا التخدير الموضعي. وغالباً تأخذ أيضاً مهدئاً خفيفاً، فتشعر بالنعاس لكنك تبقى مستيقظاً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient&apos;s back with a small needle of numbing medicine near the spine, and a calm, drowsy face.</source>
        <extracomment>topic vertebroplasty, step 2: picture description (alt)</extracomment>
        <translation>ظهر مريض وإبرة صغيرة فيها دواء مخدّر قرب العمود الفقري، ووجه هادئ ناعس.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray pictures, called fluoroscopy (floor-OS-kuh-pee), guide the doctor. A needle goes through a small cut into the broken vertebra.</source>
        <extracomment>topic vertebroplasty, step 3: text</extracomment>
        <translation>صور أشعة سينية مباشرة، اسمها التنظير الفلوري، ترشد الطبيب. تدخل إبرة عبر جرح صغير إلى الفقرة المكسورة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor pushes bone cement through the needle into the bone. It is a kind of acrylic, a plastic made for use in the body. The cement gets hard and holds the bone steady.</source>
        <extracomment>topic vertebroplasty, step 4: text</extracomment>
        <translation>يدفع الطبيب إسمنت العظام عبر الإبرة إلى داخل العظم. وهو نوع من الأكريليك، أي بلاستيك مصنوع للاستخدام داخل الجسم. يتصلّب الإسمنت ويثبّت العظم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A needle goes into a broken, wedge-shaped vertebra. Bone cement spreads through the cracks inside it.</source>
        <extracomment>topic vertebroplasty, step 4: picture description (alt)</extracomment>
        <translation>إبرة تدخل في فقرة مكسورة على شكل وتد. إسمنت العظام ينتشر في الشقوق داخلها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no balloon. So vertebroplasty does not try to bring back lost height.</source>
        <extracomment>topic vertebroplasty, step 5: text</extracomment>
        <translation>لا يوجد بالون. لذلك لا يحاول رأب الفقرة استعادة الطول المفقود.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The treated vertebra stays the same shape: still lower at the front, now filled with cement.</source>
        <extracomment>topic vertebroplasty, step 5: picture description (alt)</extracomment>
        <translation>الفقرة المعالَجة تبقى على شكلها نفسه: ما زالت أقصر من الأمام، وهي الآن مملوءة بالإسمنت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It usually helps most with a break that is fairly new, about 6 months old or less.</source>
        <extracomment>topic vertebroplasty, step 6: text</extracomment>
        <translation>يفيد عادةً أكثر مع الكسر الحديث نسبياً، الذي عمره نحو 6 أشهر أو أقل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar page with six months marked, next to a vertebra with a fresh crack.</source>
        <extracomment>topic vertebroplasty, step 6: picture description (alt)</extracomment>
        <translation>ورقة تقويم عليها ستة أشهر محددة، بجانب فقرة فيها شق حديث.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It takes about 1 hour for one vertebra. It takes longer if more are treated.</source>
        <extracomment>topic vertebroplasty, step 7: text</extracomment>
        <translation>يستغرق نحو ساعة واحدة لفقرة واحدة. ويستغرق وقتاً أطول إذا عولجت فقرات أكثر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many people feel less pain within about 24 hours. One hospital says the relief lasted 1 to 3 years for most of its patients. Not everyone gets the same result.</source>
        <extracomment>topic vertebroplasty, step 8: text</extracomment>
        <translation>يشعر كثير من الناس بألم أقل خلال نحو 24 ساعة. ويقول أحد المستشفيات إن الراحة من الألم استمرت من 1 إلى 3 سنوات لدى معظم مرضاه. لا يحصل كل شخص على النتيجة نفسها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A circle showing one day and one night, and a person sitting up, looking relaxed.</source>
        <extracomment>topic vertebroplasty, step 8: picture description (alt)</extracomment>
        <translation>دائرة تبيّن يوماً وليلة، وشخص جالس يبدو مرتاحاً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cement goes into the bone through a needle.</source>
        <extracomment>topic vertebroplasty.summary_points (take-home note and handout)</extracomment>
        <translation>يدخل الإسمنت إلى العظمة عبر إبرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the two</source>
        <extracomment>topic compare.title</extracomment>
        <translation>قارن بين الطريقتين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the two ways to treat a broken bone differ</source>
        <extracomment>topic compare.summary</extracomment>
        <translation>كيف تختلف الطريقتان لعلاج العظم المكسور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both put bone cement into a broken vertebra. Here is how they are the same and how they differ.</source>
        <extracomment>topic compare.intro</extracomment>
        <translation>كلتاهما تضعان إسمنت العظام في فقرة مكسورة. إليك أوجه الشبه وأوجه الاختلاف بينهما.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. A balloon makes a space first.</source>
        <extracomment>topic compare, row &apos;Balloon&apos;</extracomment>
        <translation>نعم. يصنع البالون فراغاً أولاً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No balloon.</source>
        <extracomment>topic compare, row &apos;Balloon&apos;</extracomment>
        <translation>لا يوجد بالون.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may bring back some height.</source>
        <extracomment>topic compare, row &apos;Lost height&apos;</extracomment>
        <translation>قد يعيد جزءاً من الطول.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not try to bring back height.</source>
        <extracomment>topic compare, row &apos;Lost height&apos;</extracomment>
        <translation>لا يحاول استعادة الطول.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will I be awake?</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>هل سأكون مستيقظاً؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You get numbing medicine and sedation to make you sleepy. Some people are fully asleep.</source>
        <extracomment>topic compare, row &apos;Will I be awake?&apos;</extracomment>
        <translation>تأخذ دواءً مخدّراً موضعياً ومهدئاً يجعلك نعساناً. وبعض الناس ينامون تماماً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You get numbing medicine and a mild sedative. You feel drowsy but stay awake.</source>
        <extracomment>topic compare, row &apos;Will I be awake?&apos;</extracomment>
        <translation>تأخذ دواءً مخدّراً موضعياً ومهدئاً خفيفاً. تشعر بالنعاس لكنك تبقى مستيقظاً.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 1 hour for each vertebra.</source>
        <extracomment>topic compare, row &apos;Time&apos;</extracomment>
        <translation>نحو ساعة واحدة لكل فقرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Going home</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>العودة إلى المنزل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually the same day.</source>
        <extracomment>topic compare, row &apos;Going home&apos;</extracomment>
        <translation>عادةً في اليوم نفسه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. It fills the space and gets hard.</source>
        <extracomment>topic compare, row &apos;Bone cement&apos;</extracomment>
        <translation>نعم. يملأ الفراغ ويتصلّب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. It fills the cracks and gets hard.</source>
        <extracomment>topic compare, row &apos;Bone cement&apos;</extracomment>
        <translation>نعم. يملأ الشقوق ويتصلّب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray guide</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>توجيه بالأشعة السينية المباشرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. The doctor watches on a screen.</source>
        <extracomment>topic compare, row &apos;Live X-ray guide&apos;</extracomment>
        <translation>نعم. يراقب الطبيب على شاشة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both put cement into the broken bone.</source>
        <extracomment>topic compare.summary_points (take-home note and handout)</extracomment>
        <translation>كلتاهما تضع الإسمنت في العظمة المكسورة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only kyphoplasty uses a balloon to lift it.</source>
        <extracomment>topic compare.summary_points (take-home note and handout)</extracomment>
        <translation>رأب الحدبة وحده يرفعها ببالون.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks and recovery</source>
        <extracomment>topic risks.title</extracomment>
        <translation>المخاطر والتعافي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to watch for and how to heal after the procedure</source>
        <extracomment>topic risks.summary</extracomment>
        <translation>ما الذي يجب الانتباه له وكيف تتعافى بعد الإجراء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious problems are not common, but they can happen. You may bleed or bruise where the needle went in. An infection, or an allergy to a medicine or the cement, can also happen.</source>
        <extracomment>topic risks, step 1: text</extracomment>
        <translation>المشكلات الخطيرة غير شائعة، لكنها قد تحدث. قد يحدث نزيف أو كدمة في مكان دخول الإبرة. وقد تحدث أيضاً عدوى، أو حساسية من دواء أو من الإسمنت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person&apos;s back with a small square bandage where the needle went in.</source>
        <extracomment>topic risks, step 1: picture description (alt)</extracomment>
        <translation>ظهر شخص عليه ضمادة مربعة صغيرة في مكان دخول الإبرة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A little cement may leak out of the bone. This is often harmless. Rarely, it presses on nerves or the spinal cord, or moves through the blood to the lungs.</source>
        <extracomment>topic risks, step 2: text</extracomment>
        <translation>قد يتسرّب قليل من الإسمنت خارج العظم. وهذا غالباً غير ضار. ونادراً ما يضغط على الأعصاب أو الحبل الشوكي، أو ينتقل مع الدم إلى الرئتين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A treated vertebra with a small drop of cement just outside the bone, gently marked.</source>
        <extracomment>topic risks, step 2: picture description (alt)</extracomment>
        <translation>فقرة معالَجة وقطرة صغيرة من الإسمنت خارج العظم مباشرة، عليها علامة خفيفة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If your bones are very weak, a rib may crack. Nerve damage is rare. Later on, a nearby vertebra may break.</source>
        <extracomment>topic risks, step 3: text</extracomment>
        <translation>إذا كانت عظامك ضعيفة جداً، فقد ينشرخ أحد الأضلاع. وإصابة الأعصاب نادرة. وفي وقت لاحق، قد تنكسر فقرة قريبة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of three vertebrae. The middle one sinks and cracks, and an arrow shows the height it lost.</source>
        <extracomment>topic risks, step 3: picture description (alt)</extracomment>
        <translation>منظر جانبي لثلاث فقرات. الفقرة الوسطى تنهار وتتشقق، وسهم يبيّن الطول الذي فقدته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The live X-rays give you a small dose of radiation.</source>
        <extracomment>topic risks, step 4: text</extracomment>
        <translation>تعرّضك الأشعة السينية المباشرة لجرعة صغيرة من الإشعاع.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient lies face down on a table under a curved X-ray arm, with a screen showing the spine.</source>
        <extracomment>topic risks, step 4: picture description (alt)</extracomment>
        <translation>مريض مستلقٍ على بطنه على طاولة تحت ذراع أشعة سينية منحنية، وشاشة تعرض العمود الفقري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan to rest for about a day. Walking soon after is good for you. Most people are back to their normal day within a day or two.</source>
        <extracomment>topic risks, step 5: text</extracomment>
        <translation>خطّط للراحة نحو يوم واحد. المشي بعد ذلك بوقت قصير مفيد لك. ويعود معظم الناس إلى يومهم المعتاد خلال يوم أو يومين.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not lift heavy things or do hard exercise for several weeks. Ask your doctor how long to wait.</source>
        <extracomment>topic risks, step 6: text</extracomment>
        <translation>لا تحمل أشياء ثقيلة ولا تمارس رياضة شاقة لعدة أسابيع. اسأل طبيبك كم عليك أن تنتظر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heavy box with a round &apos;no&apos; sign over it.</source>
        <extracomment>topic risks, step 6: picture description (alt)</extracomment>
        <translation>صندوق ثقيل فوقه علامة «ممنوع» دائرية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will have a follow-up visit. Your doctor will check how you are healing.</source>
        <extracomment>topic risks, step 7: text</extracomment>
        <translation>سيكون لك موعد متابعة. سيفحص طبيبك كيف تتعافى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar with one day circled, next to a doctor&apos;s stethoscope.</source>
        <extracomment>topic risks, step 7: picture description (alt)</extracomment>
        <translation>تقويم عليه دائرة حول يوم واحد، بجانب سمّاعة طبيب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask how to keep your bones strong. This may mean medicine for osteoporosis (thin, weak bones), calcium, vitamin D, exercise, and ways to prevent falls.</source>
        <extracomment>topic risks, step 8: text</extracomment>
        <translation>اسأل كيف تحافظ على قوة عظامك. قد يعني ذلك دواءً لهشاشة العظام (عظام رقيقة وضعيفة)، والكالسيوم، وفيتامين د، والرياضة، وطرقاً للوقاية من السقوط.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Four pictures: milk and cheese, the sun, a person doing gentle exercise, and a grab bar with a non-slip mat.</source>
        <extracomment>topic risks, step 8: picture description (alt)</extracomment>
        <translation>أربع صور: حليب وجبن، والشمس، وشخص يمارس رياضة خفيفة، ومقبض للإمساك مع سجادة مانعة للانزلاق.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call the clinic if you get a fever, new weakness or numbness in your legs, or bad new pain. Call 911 right away if you have trouble breathing or chest pain.</source>
        <extracomment>topic risks, step 9: text</extracomment>
        <translation>اتصل بالعيادة إذا أصبت بحمّى، أو بضعف أو خدر جديد في ساقيك، أو بألم جديد شديد. اتصل بالرقم 911 فوراً إذا كنت تجد صعوبة في التنفس أو تشعر بألم في الصدر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thermometer, a pair of legs with a tingling mark, and a phone with a call sign.</source>
        <extracomment>topic risks, step 9: picture description (alt)</extracomment>
        <translation>ميزان حرارة، وساقان عليهما علامة تنميل، وهاتف عليه علامة اتصال.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call us for fever, weak legs or bad new pain.</source>
        <extracomment>topic risks.summary_points (take-home note and handout)</extracomment>
        <translation>اتصل بنا عند الحمى أو ضعف الساقين أو ألم جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call 911 for chest pain or trouble breathing.</source>
        <extracomment>topic risks.summary_points (take-home note and handout)</extracomment>
        <translation>اتصل بـ 911 عند ألم الصدر أو ضيق التنفس.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions to ask</source>
        <extracomment>topic questions.title</extracomment>
        <translation>أسئلة لطرحها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list to take to your doctor</source>
        <extracomment>topic questions.summary</extracomment>
        <translation>قائمة تأخذها إلى طبيبك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the questions you want to ask. Take this list to your next visit.</source>
        <extracomment>topic questions.intro</extracomment>
        <translation>ضع علامة على الأسئلة التي تريد طرحها. خذ هذه القائمة معك في زيارتك القادمة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is my pain coming from this fracture?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>هل ألمي ناتج عن هذا الكسر؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do I need an MRI or other scans?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>هل أحتاج إلى رنين مغناطيسي أو فحوص أخرى؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many fractures do I have?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>كم كسراً لديّ؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What can I try first?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>ماذا يمكنني أن أجرّب أولاً؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which procedure is right for me, and why?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>أي إجراء هو المناسب لي، ولماذا؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What are my risks?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>ما المخاطر بالنسبة لي؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long will it take? When can I go home?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>كم من الوقت سيستغرق؟ متى يمكنني العودة إلى المنزل؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I stop blood thinners or other medicines first?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>هل يجب أن أتوقف عن مميّعات الدم أو أدوية أخرى قبل ذلك؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should I avoid after, and for how long?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>ما الذي يجب أن أتجنبه بعد ذلك، ولكم من الوقت؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How can I keep my bones strong?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>كيف أحافظ على قوة عظامي؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When can I go home?</source>
        <extracomment>topic questions.summary_points (take-home note and handout)</extracomment>
        <translation>متى يمكنني العودة إلى البيت؟</translation>
    </message>
</context>
</TS>
