<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../kiosk/ui/pages/about.py" line="+54"/>
        <source>About this information</source>
        <translation>关于这些信息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where this information comes from</source>
        <translation>这些信息的来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked for accuracy</source>
        <translation>内容审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet reviewed by this clinic</source>
        <translation>本诊所尚未审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reviewed: %1. Reviewed by: %2.</source>
        <translation>最近审核：%1。审核人：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This translation was checked by a qualified medical translator: %1.</source>
        <translation>本译文已由合格的医学翻译审核：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This translation has not yet been checked by a qualified medical translator. If something is unclear, please ask the clinic staff.</source>
        <translation>本译文尚未经过合格的医学翻译审核。如有不清楚的地方，请询问诊所工作人员。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this screen counts</source>
        <translation>本屏幕统计哪些内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To help the clinic, this screen counts which pages are looked at and for how long, the language and text size, and if read aloud or take-home was used. It never keeps your name or anything you type. The counts stay on this device.</source>
        <translation>为了帮助诊所，本屏幕会统计看了哪些页面、看了多久、使用的语言和文字大小，以及是否用了朗读或“带回家”功能。它从不保存您的姓名或您输入的任何内容。这些统计只保存在这台设备上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spine Kiosk version %1</source>
        <translation>Spine Kiosk 版本 %1</translation>
    </message>
</context>
<context>
    <name>AccessibilityButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/accessibility_panel.py" line="+247"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bigger text, high contrast colours and reading speed</source>
        <translation>放大文字、高对比度颜色和朗读速度</translation>
    </message>
</context>
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location line="-112"/>
        <source>Make it easier to read</source>
        <translation>让阅读更容易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>特大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading speed</source>
        <translation>朗读速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../kiosk/ui/pages/admin.py" line="+67"/>
        <source>Staff screen</source>
        <translation>工作人员页面</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the built-in profile</source>
        <translation>内置配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine Kiosk %1. Clinic profile: %2.</source>
        <translation>Spine Kiosk %1。诊所配置：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found at start-up</source>
        <translation>启动时发现的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None. All is well.</source>
        <translation>没有。一切正常。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage in the last 30 days</source>
        <translation>最近 30 天的使用情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>返回自助屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the app</source>
        <translation>重新启动程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit the kiosk</source>
        <translation>退出自助模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the app</source>
        <translation>关闭程序</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reviewed by %1</source>
        <translation>审校人：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet reviewed by a qualified medical translator</source>
        <translation>尚未经合格的医学翻译审校</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English only.</source>
        <translation>仅英文。</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../kiosk/ui/pages/contact.py" line="+111"/>
        <source>Contact us</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please ask at the front desk. We are happy to help.</source>
        <translation>请到前台咨询，我们很乐意帮助您。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point your phone&apos;s camera at this square to save our contact details.</source>
        <translation>用手机相机对准这个方块，即可保存我们的联系方式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code with the clinic&apos;s contact card</source>
        <translation>含有诊所联系卡的二维码</translation>
    </message>
</context>
<context>
    <name>DefinitionPopup</name>
    <message>
        <location filename="../kiosk/ui/widgets/glossary.py" line="+260"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../kiosk/ui/handout.py" line="+82"/>
        <source>Your take-home notes</source>
        <translation>您带回家的要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach us</source>
        <translation>怎样联系我们</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an emergency, call %1.</source>
        <translation>如遇紧急情况，请拨打 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this square with your phone to save our contact details.</source>
        <translation>用手机扫描这个方块，即可保存我们的联系方式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information reviewed on %1.</source>
        <translation>信息审核日期：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../kiosk/ui/pages/home.py" line="+49"/>
        <source>Learn about your spine</source>
        <translation>了解您的脊柱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome. Learn about spine fractures and how they are treated.</source>
        <translation>欢迎。了解脊柱骨折以及治疗方法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touch a topic to start.</source>
        <translation>请点击一个主题开始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact us</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone numbers and where to find us</source>
        <translation>电话号码和地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this information</source>
        <translation>关于这些信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from, and who checked it</source>
        <translation>信息来源和审核人</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/language_picker.py" line="+196"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location line="-101"/>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>首页</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/overlay.py" line="+220"/>
        <source>Staff only: enter the PIN</source>
        <translation>仅限工作人员：请输入密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <location line="-73"/>
        <source>Sorry, let&apos;s start again.</source>
        <translation>抱歉，我们重新开始吧。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. We are going back to the start.</source>
        <translation>出了点问题。我们将回到开始页面。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/speaker_button.py" line="+133"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Listen</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads this page aloud</source>
        <translation>朗读本页内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sorry, this computer cannot read aloud. Please ask at the front desk.</source>
        <translation>抱歉，这台电脑不能朗读。请到前台咨询。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this computer has no voice for this language.</source>
        <translation>抱歉，这台电脑没有这种语言的语音。</translation>
    </message>
</context>
<context>
    <name>StaffAccess</name>
    <message>
        <location filename="../kiosk/ui/kiosk.py" line="+211"/>
        <source>Locked. Try again in %1 seconds.</source>
        <translation>已锁定。请在 %1 秒后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff PIN is set in the clinic profile.</source>
        <translation>诊所配置中没有设置工作人员密码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That PIN is not right. Locked for %1 seconds.</source>
        <translation>密码不正确。已锁定 %1 秒。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That PIN is not right.</source>
        <translation>密码不正确。</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <location filename="../kiosk/ui/pages/steps.py" line="+253"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or slide your finger across the picture.</source>
        <translation>也可以用手指在图片上滑动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/overlay.py" line="-45"/>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We will start again for the next person in %1 seconds.</source>
        <translation>%1 秒后将为下一位重新开始。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m still here</source>
        <translation>我还在</translation>
    </message>
</context>
<context>
    <name>TakeHomeButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/take_home.py" line="+99"/>
        <source>Take this home</source>
        <translation>带回家</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <location line="+110"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QR code with a short summary of this topic</source>
        <translation>含有本主题简短摘要的二维码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point your phone&apos;s camera at the square. Your phone shows a short summary and our phone number.</source>
        <translation>用手机相机对准这个方块。手机上会显示简短摘要和我们的电话号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Printing...</source>
        <translation>正在打印...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sorry, the printer is not working. Please ask at the front desk.</source>
        <translation>抱歉，打印机出了问题。请到前台咨询。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed. Please collect your handout at the printer.</source>
        <translation>已打印。请到打印机处取走您的资料。</translation>
    </message>
</context>
<context>
    <name>TermButtons</name>
    <message>
        <location filename="../kiosk/ui/widgets/glossary.py" line="-75"/>
        <source>What this word means</source>
        <translation>这个词是什么意思</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <location filename="../kiosk/ui/widgets/usage_charts.py" line="+59"/>
        <source>Contact us</source>
        <translation>联系我们</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this information</source>
        <translation>关于这些信息</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage figures</source>
        <translation>使用统计</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage figures are switched off.</source>
        <translation>使用统计已关闭。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last %1 days (%2 – %3): %4 visits, %5 ended by the idle reset</source>
        <translation>最近 %1 天（%2 – %3）：%4 次访问，其中 %5 次因无人操作而结束</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take home</source>
        <translation>带回家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits per day</source>
        <translation>每天访问次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most viewed (visits)</source>
        <translation>最常看的内容（访问次数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average time per topic</source>
        <translation>每个主题的平均时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages (visits)</source>
        <translation>语言（访问次数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used in visits</source>
        <translation>访问中使用过</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Nothing recorded yet</source>
        <translation>还没有记录</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>and %1 more</source>
        <translation>还有 %1 项</translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message>
        <location filename="../build/i18n/data_strings.py" line="+424"/>
        <source>Welcome. Touch a topic to learn about broken bones in the spine and how they are treated.</source>
        <extracomment>clinic.welcome</extracomment>
        <translation>欢迎。请点击一个主题，了解脊柱骨折以及治疗方法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neurointerventional Radiology</source>
        <extracomment>clinic.department</extracomment>
        <translation>神经介入放射科</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic visits</source>
        <extracomment>phones[0].label</extracomment>
        <translation>门诊预约</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule a procedure</source>
        <extracomment>phones[1].label</extracomment>
        <translation>预约手术</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A physician&apos;s order is required.</source>
        <extracomment>phones[1].note</extracomment>
        <translation>需要医生开具的医嘱。</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <location line="-426"/>
        <source>MedStar Georgetown — spinal fracture page</source>
        <translation>MedStar Georgetown — 脊柱骨折网页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GW Hospital — vertebroplasty page</source>
        <extracomment>sources.gw.name</extracomment>
        <translation>GW Hospital — 椎体成形术网页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NHS North Bristol — vertebroplasty patient leaflet</source>
        <extracomment>sources.nhs_north_bristol.name</extracomment>
        <translation>NHS North Bristol — 椎体成形术患者手册</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NICE TA279 (2013) — percutaneous vertebroplasty and balloon kyphoplasty for osteoporotic fractures</source>
        <extracomment>sources.nice_ta279.name</extracomment>
        <translation>NICE TA279（2013）— 经皮椎体成形术和球囊椎体后凸成形术治疗骨质疏松性骨折</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NICE IPG166 — balloon kyphoplasty, information for the public</source>
        <extracomment>sources.nice_ipg166.name</extracomment>
        <translation>NICE IPG166 — 球囊椎体后凸成形术，公众信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medtronic Kyphon patient pages</source>
        <extracomment>sources.medtronic_kyphon.name</extracomment>
        <translation>Medtronic Kyphon 患者网页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emory Healthcare — vertebroplasty/kyphoplasty patient page</source>
        <extracomment>sources.emory.name</extracomment>
        <translation>Emory Healthcare — 椎体成形术/椎体后凸成形术患者网页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebra</source>
        <extracomment>labels.vertebra</extracomment>
        <translation>椎骨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disc</source>
        <extracomment>labels.disc</extracomment>
        <translation>椎间盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebral body</source>
        <extracomment>labels.vertebral_body</extracomment>
        <translation>椎体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spinal cord</source>
        <extracomment>labels.spinal_cord</extracomment>
        <translation>脊髓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy bone</source>
        <extracomment>labels.healthy_bone</extracomment>
        <translation>健康的骨头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak bone</source>
        <extracomment>labels.weak_bone</extracomment>
        <translation>脆弱的骨头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken vertebra</source>
        <extracomment>labels.broken_vertebra</extracomment>
        <translation>骨折的椎骨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost height</source>
        <extracomment>labels.lost_height</extracomment>
        <translation>丢失的高度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thin tube</source>
        <extracomment>labels.hollow_tube</extracomment>
        <translation>细管</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skin</source>
        <extracomment>labels.skin</extracomment>
        <translation>皮肤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon</source>
        <extracomment>labels.balloon</extracomment>
        <translation>球囊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <extracomment>labels.space</extracomment>
        <translation>空腔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bone cement</source>
        <extracomment>labels.bone_cement</extracomment>
        <translation>骨水泥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needle</source>
        <extracomment>labels.needle</extracomment>
        <translation>针</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small leak</source>
        <extracomment>labels.leak</extracomment>
        <translation>少量渗漏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-ray</source>
        <extracomment>labels.xray</extracomment>
        <translation>X光</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MRI scanner</source>
        <extracomment>labels.mri</extracomment>
        <translation>核磁共振机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy spine</source>
        <extracomment>labels.healthy_spine</extracomment>
        <translation>健康的脊柱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several fractures</source>
        <extracomment>labels.several_fractures</extracomment>
        <translation>多处骨折</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain medicine</source>
        <extracomment>labels.medicine</extracomment>
        <translation>止痛药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest</source>
        <extracomment>labels.rest</extracomment>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back brace</source>
        <extracomment>labels.brace</extracomment>
        <translation>背部支具</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-ray camera</source>
        <extracomment>labels.xray_camera</extracomment>
        <translation>X光机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen</source>
        <extracomment>labels.screen</extracomment>
        <translation>屏幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine</source>
        <extracomment>labels.numbing_medicine</extracomment>
        <translation>局部麻醉药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 1 hour</source>
        <extracomment>labels.about_one_hour</extracomment>
        <translation>大约 1 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home the same day</source>
        <extracomment>labels.home_same_day</extracomment>
        <translation>当天回家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 months</source>
        <extracomment>labels.six_months</extracomment>
        <translation>6 个月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 24 hours</source>
        <extracomment>labels.about_24_hours</extracomment>
        <translation>大约 24 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandage</source>
        <extracomment>labels.bandage</extracomment>
        <translation>创可贴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No heavy lifting</source>
        <extracomment>labels.no_heavy_lifting</extracomment>
        <translation>不要提重物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calcium</source>
        <extracomment>labels.calcium</extracomment>
        <translation>钙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vitamin D</source>
        <extracomment>labels.vitamin_d</extracomment>
        <translation>维生素 D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise</source>
        <extracomment>labels.exercise</extracomment>
        <translation>运动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prevent falls</source>
        <extracomment>labels.fall_prevention</extracomment>
        <translation>预防跌倒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fever</source>
        <extracomment>labels.fever</extracomment>
        <translation>发烧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak or numb legs</source>
        <extracomment>labels.leg_weakness</extracomment>
        <translation>腿无力或发麻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <extracomment>labels.call</extracomment>
        <translation>打电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up visit</source>
        <extracomment>labels.follow_up</extracomment>
        <translation>复诊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebra</source>
        <extracomment>glossary term (vertebra)</extracomment>
        <translation>椎骨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the small bones that stack up to make your spine. Say it VER-tuh-bruh.</source>
        <extracomment>glossary.vertebra</extracomment>
        <translation>一块块叠在一起组成脊柱的小骨头之一。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebrae</source>
        <extracomment>glossary term (vertebrae)</extracomment>
        <translation>椎骨（多块）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than one vertebra. Say it VER-tuh-bray.</source>
        <extracomment>glossary.vertebrae</extracomment>
        <translation>不止一块椎骨。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebral body</source>
        <extracomment>glossary term (vertebral body)</extracomment>
        <translation>椎体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The thick, round front part of a vertebra. It holds up your weight.</source>
        <extracomment>glossary.vertebral body</extracomment>
        <translation>椎骨前面又厚又圆的部分。它承受您身体的重量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disc</source>
        <extracomment>glossary term (disc)</extracomment>
        <translation>椎间盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A soft pad between two vertebrae. It works like a cushion.</source>
        <extracomment>glossary.disc</extracomment>
        <translation>两块椎骨之间的软垫，作用像一个垫子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spinal cord</source>
        <extracomment>glossary term (spinal cord)</extracomment>
        <translation>脊髓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The main bundle of nerves from your brain. It runs down a tunnel behind the vertebral bodies.</source>
        <extracomment>glossary.spinal cord</extracomment>
        <translation>从大脑下来的主要神经束。它在椎体后面的一条通道里向下走。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fracture</source>
        <extracomment>glossary term (fracture)</extracomment>
        <translation>骨折</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A break in a bone.</source>
        <extracomment>glossary.fracture</extracomment>
        <translation>骨头断了或裂了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compression fracture</source>
        <extracomment>glossary term (compression fracture)</extracomment>
        <translation>压缩性骨折</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A break where a vertebra gets squashed and loses height.</source>
        <extracomment>glossary.compression fracture</extracomment>
        <translation>椎骨被压扁、变矮的一种骨折。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>osteoporosis</source>
        <extracomment>glossary term (osteoporosis)</extracomment>
        <translation>骨质疏松症</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disease that makes bones thin and weak, so they break more easily. Say it OS-tee-oh-puh-ROH-sis.</source>
        <extracomment>glossary.osteoporosis</extracomment>
        <translation>一种让骨头变薄、变脆的疾病，所以骨头更容易断。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>myeloma</source>
        <extracomment>glossary term (myeloma)</extracomment>
        <translation>骨髓瘤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kind of blood cancer that can make bones weak. Say it my-uh-LOH-muh.</source>
        <extracomment>glossary.myeloma</extracomment>
        <translation>一种血液癌症，会让骨头变脆弱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quick picture of your bones. It uses a small dose of radiation.</source>
        <extracomment>glossary.X-ray</extracomment>
        <translation>给骨头拍的一张快速照片。会用到少量的辐射。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MRI</source>
        <extracomment>glossary term (MRI)</extracomment>
        <translation>核磁共振</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scan that uses a strong magnet to take clear pictures inside your body. It does not use X-rays.</source>
        <extracomment>glossary.MRI</extracomment>
        <translation>用强力磁铁拍摄身体内部清晰图像的检查。不使用X光。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bone scan</source>
        <extracomment>glossary term (bone scan)</extracomment>
        <translation>骨扫描</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scan done after a small shot of a tracer into your blood. It shows parts of bone that are hurt or healing.</source>
        <extracomment>glossary.bone scan</extracomment>
        <translation>先往血液里打一点示踪剂，然后再做的一种检查。可以显示骨头受伤或正在愈合的部位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fluoroscopy</source>
        <extracomment>glossary term (fluoroscopy)</extracomment>
        <translation>透视</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray pictures shown on a screen. They let the doctor see inside you while they work. Say it floor-OS-kuh-pee.</source>
        <extracomment>glossary.fluoroscopy</extracomment>
        <translation>在屏幕上显示的实时X光图像。医生可以一边操作，一边看到您身体里面。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anesthesia</source>
        <extracomment>glossary term (anesthesia)</extracomment>
        <translation>麻醉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that stops you from feeling pain. Say it an-es-THEE-zhuh.</source>
        <extracomment>glossary.anesthesia</extracomment>
        <translation>让您感觉不到疼痛的药。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local anesthesia</source>
        <extracomment>glossary term (local anesthesia)</extracomment>
        <translation>局部麻醉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine put into one small spot. You stay awake, but that spot feels no pain.</source>
        <extracomment>glossary.local anesthesia</extracomment>
        <translation>在一个小部位打的麻药。您是清醒的，但那个部位不会痛。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>general anesthesia</source>
        <extracomment>glossary term (general anesthesia)</extracomment>
        <translation>全身麻醉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that puts you fully to sleep, so you feel nothing.</source>
        <extracomment>glossary.general anesthesia</extracomment>
        <translation>让您完全睡着、什么都感觉不到的药。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sedation</source>
        <extracomment>glossary term (sedation)</extracomment>
        <translation>镇静</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that makes you calm and sleepy. You may still be a bit awake.</source>
        <extracomment>glossary.sedation</extracomment>
        <translation>让您平静、想睡觉的药。您可能还有一点清醒。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sedative</source>
        <extracomment>glossary term (sedative)</extracomment>
        <translation>镇静药</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A medicine that helps you relax and feel drowsy.</source>
        <extracomment>glossary.sedative</extracomment>
        <translation>帮助您放松、让您昏昏欲睡的药。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outpatient</source>
        <extracomment>glossary term (outpatient)</extracomment>
        <translation>门诊手术</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You go home the same day. You do not stay the night in the hospital.</source>
        <extracomment>glossary.outpatient</extracomment>
        <translation>您当天就可以回家，不需要在医院过夜。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bone cement</source>
        <extracomment>glossary term (bone cement)</extracomment>
        <translation>骨水泥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thick paste made for use in the body. It gets hard inside the bone to hold it steady.</source>
        <extracomment>glossary.bone cement</extracomment>
        <translation>一种专门用于人体的浓稠糊状物。它在骨头里面变硬，让骨头保持稳定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kyphoplasty</source>
        <extracomment>glossary term (kyphoplasty)</extracomment>
        <translation>椎体后凸成形术</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A way to treat a broken vertebra. A small balloon makes a space, then bone cement fills it. Say it KY-fo-plas-tee.</source>
        <extracomment>glossary.kyphoplasty</extracomment>
        <translation>治疗椎骨骨折的一种方法。先用小球囊撑出一个空腔，再用骨水泥填满。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebroplasty</source>
        <extracomment>glossary term (vertebroplasty)</extracomment>
        <translation>椎体成形术</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A way to treat a broken vertebra. Bone cement goes in through a needle, with no balloon. Say it VER-tuh-bro-plas-tee.</source>
        <extracomment>glossary.vertebroplasty</extracomment>
        <translation>治疗椎骨骨折的一种方法。通过一根针注入骨水泥，不用球囊。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is general information. It is not medical advice for you.</source>
        <extracomment>disclaimer.paragraphs[0]</extracomment>
        <translation>这是一般性信息，不是针对您个人的医疗建议。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not everyone can have these procedures. Not everyone feels better after them.</source>
        <extracomment>disclaimer.paragraphs[1]</extracomment>
        <translation>不是每个人都适合做这些手术，也不是每个人做完后都会感觉更好。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk with your doctor about your own health and what is right for you.</source>
        <extracomment>disclaimer.paragraphs[2]</extracomment>
        <translation>请和您的医生谈谈您自己的健康状况，以及什么方法适合您。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In an emergency, call 911.</source>
        <extracomment>disclaimer.paragraphs[3]</extracomment>
        <translation>如遇紧急情况，请拨打 911。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine fractures</source>
        <extracomment>topic fractures.title</extracomment>
        <translation>脊柱骨折</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens when a bone in your back breaks</source>
        <extracomment>topic fractures.summary</extracomment>
        <translation>背部的骨头断了会怎样</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your spine is a stack of small bones. Each one is called a vertebra (VER-tuh-bruh). Soft pads called discs sit between them.</source>
        <extracomment>topic fractures, step 1: text</extracomment>
        <translation>您的脊柱由一块块小骨头叠起来组成。每一块叫做椎骨。椎骨之间有叫做椎间盘的软垫。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spine seen from the side: a gently curved stack of bones with soft discs between them, inside the outline of a person&apos;s back.</source>
        <extracomment>topic fractures, step 1: picture description (alt)</extracomment>
        <translation>从侧面看的脊柱：一串微微弯曲的骨头，骨头之间有柔软的椎间盘，画在一个人背部的轮廓里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The front of each vertebra is a thick block called the vertebral body. It holds up your weight. Behind it, a tunnel holds your spinal cord, the main bundle of nerves.</source>
        <extracomment>topic fractures, step 2: text</extracomment>
        <translation>每块椎骨的前面是一块厚厚的骨块，叫做椎体。它承受您身体的重量。椎体后面有一条通道，里面是脊髓，也就是主要的神经束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A close side view of three vertebrae: the block-shaped bodies in front, discs between them, and the spinal cord in a tunnel behind them.</source>
        <extracomment>topic fractures, step 2: picture description (alt)</extracomment>
        <translation>从侧面近看三块椎骨：前面是方块形的椎体，中间夹着椎间盘，后面的通道里是脊髓。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inside, a vertebra is made of spongy bone. It is less dense than many other bones. So it can break more easily when it gets weak.</source>
        <extracomment>topic fractures, step 3: text</extracomment>
        <translation>椎骨里面是海绵状的骨头，没有很多其他骨头那么密实。所以骨头变脆弱时，它更容易断。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two vertebral bodies cut open. The healthy one on the left has a fine, dense honeycomb. The weak one on the right has thin walls and big holes.</source>
        <extracomment>topic fractures, step 3: picture description (alt)</extracomment>
        <translation>两块剖开的椎体。左边健康的那块像细密的蜂窝。右边脆弱的那块骨壁很薄，孔洞很大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most common cause of weak bones is osteoporosis (OS-tee-oh-puh-ROH-sis), a disease that makes bones thin. Cancer in the spine, such as myeloma (a blood cancer) or cancer that has spread, can also weaken them. Your genes, some habits, and injuries can play a part too.</source>
        <extracomment>topic fractures, step 4: text</extracomment>
        <translation>骨头变脆弱最常见的原因是骨质疏松症，这是一种让骨头变薄的疾病。脊柱里的癌症，比如骨髓瘤（一种血液癌症）或从别处扩散来的癌症，也会让骨头变脆弱。基因、一些生活习惯和外伤也可能有影响。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A healthy vertebral body next to a weak one with thin walls and big holes.</source>
        <extracomment>topic fractures, step 4: picture description (alt)</extracomment>
        <translation>一块健康的椎体，旁边是一块骨壁很薄、孔洞很大的脆弱椎体。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When bones are weak, just bending or lifting can break a vertebra. The pain may be mild. Many people think it is a pulled muscle.</source>
        <extracomment>topic fractures, step 5: text</extracomment>
        <translation>骨头脆弱的时候，仅仅弯腰或提东西就可能让椎骨骨折。疼痛可能不严重，很多人以为只是拉伤了肌肉。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person bends to lift a small box. A soft red glow marks one spot in the middle of the back.</source>
        <extracomment>topic fractures, step 5: picture description (alt)</extracomment>
        <translation>一个人弯腰去提一个小箱子。背部中间有一处用淡红色的光标出来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kind of break is called a compression fracture. The vertebral body sinks and loses height, often more at the front, like a wedge. Only rarely do bits of bone press on the spinal cord or nerves.</source>
        <extracomment>topic fractures, step 6: text</extracomment>
        <translation>这种骨折叫做压缩性骨折。椎体塌陷、变矮，常常是前面塌得更多，像一个楔子。只有很少的情况下，碎骨会压到脊髓或神经。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of three vertebrae. The middle one sinks, more at the front than the back, and cracks appear. An arrow shows the lost height. The spinal cord behind it is not touched.</source>
        <extracomment>topic fractures, step 6: picture description (alt)</extracomment>
        <translation>从侧面看三块椎骨。中间那块塌陷下去，前面比后面塌得多，还出现了裂缝。箭头表示变矮的高度。后面的脊髓没有受到影响。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Having a few of these breaks can make you shorter. Your upper back may start to curve forward.</source>
        <extracomment>topic fractures, step 7: text</extracomment>
        <translation>有几处这样的骨折会让您变矮。您的上背部可能开始向前弯。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two people side by side. One stands up straight. The other is bent forward with a rounded upper back.</source>
        <extracomment>topic fractures, step 7: picture description (alt)</extracomment>
        <translation>两个人并排站着。一个站得笔直，另一个向前弯着腰，上背部是圆的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-rays can show the break. To see if a procedure could help, your doctor usually looks at an MRI scan first. If you cannot have an MRI, you may have a bone scan instead.</source>
        <extracomment>topic fractures, step 8: text</extracomment>
        <translation>X光可以看出骨折。为了判断手术是否有帮助，医生通常先看核磁共振检查。如果您不能做核磁共振，可能会改做骨扫描。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An X-ray of the spine on a light box, with one wedge-shaped vertebra marked, and an MRI scanner: a large ring with a table.</source>
        <extracomment>topic fractures, step 8: picture description (alt)</extracomment>
        <translation>灯箱上的一张脊柱X光片，标出了一块楔形的椎骨；旁边是一台核磁共振机：一个带检查床的大圆环。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most people first try pain medicine, rest, and a back brace. If these do not help enough, a procedure may be an option. It may also suit people who should not have major spine surgery.</source>
        <extracomment>topic fractures, step 9: text</extracomment>
        <translation>大多数人会先试试止痛药、休息和背部支具。如果这些帮助不够，可以考虑做手术。对于不适合做大型脊柱手术的人，这也可能是一个选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three round pictures: a pill bottle, a person resting in bed, and a back brace.</source>
        <extracomment>topic fractures, step 9: picture description (alt)</extracomment>
        <translation>三张圆形图片：一个药瓶、一个躺在床上休息的人和一个背部支具。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A weak spine bone can break and sink.</source>
        <extracomment>topic fractures.summary_points (take-home note and handout)</extracomment>
        <translation>脊柱的骨头变弱后可能会断裂、塌陷。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First try pain medicine, rest and a brace.</source>
        <extracomment>topic fractures.summary_points (take-home note and handout)</extracomment>
        <translation>先试试止痛药、休息和背部支架。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon kyphoplasty</source>
        <extracomment>topic kyphoplasty.title</extracomment>
        <translation>球囊椎体后凸成形术</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How a small balloon and bone cement can support a broken bone</source>
        <extracomment>topic kyphoplasty.summary</extracomment>
        <translation>小球囊和骨水泥怎样撑住骨折的骨头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon kyphoplasty (KY-fo-plas-tee) treats a broken vertebra, a bone in your spine. The doctor works through a tiny cut, not open surgery. You lie face down on a table.</source>
        <extracomment>topic kyphoplasty, step 1: text</extracomment>
        <translation>球囊椎体后凸成形术（kyphoplasty）用来治疗骨折的椎骨，也就是脊柱里的一块骨头。医生通过一个很小的切口操作，不是开放手术。您会趴在手术台上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient lies face down on a table. A curved X-ray arm is over their back, and a screen shows the spine.</source>
        <extracomment>topic kyphoplasty, step 1: picture description (alt)</extracomment>
        <translation>一位患者趴在手术台上。一个弧形的X光臂在他背部上方，屏幕上显示着脊柱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A live X-ray camera shows your spine on a screen. This is called fluoroscopy (floor-OS-kuh-pee). It guides the doctor at each step.</source>
        <extracomment>topic kyphoplasty, step 2: text</extracomment>
        <translation>实时X光机把您的脊柱显示在屏幕上。这叫做透视。每一步都由它来引导医生。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A curved X-ray camera over the patient&apos;s back, and a screen showing a live picture of the spine.</source>
        <extracomment>topic kyphoplasty, step 2: picture description (alt)</extracomment>
        <translation>患者背部上方有一台弧形X光机，屏幕上显示着脊柱的实时图像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First, numbing medicine stops pain in your back. Often you also get sedation, medicine that makes you calm and sleepy. Some people are fully asleep with general anesthesia (an-es-THEE-zhuh).</source>
        <extracomment>topic kyphoplasty, step 3: text</extracomment>
        <translation>首先，局部麻醉药让您背部不痛。通常还会用镇静药，让您平静、想睡觉。有些人会用全身麻醉，完全睡着。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient&apos;s back with a small needle of numbing medicine near the spine, and a calm, sleeping face.</source>
        <extracomment>topic kyphoplasty, step 3: picture description (alt)</extracomment>
        <translation>患者的背部，脊柱旁边有一根打麻药的小针；一张平静、睡着的脸。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor makes a small cut, about 1 cm, or less than half an inch. A thin, hollow tube is guided into the broken vertebra.</source>
        <extracomment>topic kyphoplasty, step 4: text</extracomment>
        <translation>医生会切一个小口，大约 1 厘米，不到半英寸。一根细细的空心管被引导到骨折的椎骨里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of a broken, wedge-shaped vertebra. A thin tube goes in from the back, through the skin, into the front block of bone.</source>
        <extracomment>topic kyphoplasty, step 4: picture description (alt)</extracomment>
        <translation>从侧面看一块骨折的楔形椎骨。一根细管从背后穿过皮肤，进入前面的骨块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A small balloon goes in through the tube. Often there is one on each side. The balloon is slowly filled, and it lifts the bone back toward its normal height.</source>
        <extracomment>topic kyphoplasty, step 5: text</extracomment>
        <translation>一个小球囊通过细管放进去，通常两边各放一个。球囊慢慢充起来，把骨头往正常的高度撑起来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A balloon at the tip of the tube fills up inside the broken bone and lifts it back toward its normal height.</source>
        <extracomment>topic kyphoplasty, step 5: picture description (alt)</extracomment>
        <translation>细管尖端的球囊在骨折的骨头里充起来，把骨头往正常的高度撑起来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then the balloon is taken out. It leaves an empty space inside the bone.</source>
        <extracomment>topic kyphoplasty, step 6: text</extracomment>
        <translation>然后把球囊取出来。骨头里面会留下一个空腔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The balloon is gone. The bone is taller again, with an empty space where the balloon was.</source>
        <extracomment>topic kyphoplasty, step 6: picture description (alt)</extracomment>
        <translation>球囊已经取出。骨头又变高了，原来放球囊的地方留下一个空腔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The space is filled with a thick bone cement made for use in the body. It gets hard fast. It holds the bone from the inside, like a cast.</source>
        <extracomment>topic kyphoplasty, step 7: text</extracomment>
        <translation>用一种专门用于人体的浓稠骨水泥填满这个空腔。骨水泥很快就会变硬，从里面撑住骨头，就像打了石膏一样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bone cement flows through the tube and fills the space inside the bone.</source>
        <extracomment>topic kyphoplasty, step 7: picture description (alt)</extracomment>
        <translation>骨水泥通过细管流进去，填满骨头里的空腔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It takes about 1 hour for each vertebra. Then you rest for about 1 hour in a recovery room. Many people go home the same day.</source>
        <extracomment>topic kyphoplasty, step 8: text</extracomment>
        <translation>每块椎骨大约需要 1 小时。之后您在恢复室休息大约 1 小时。很多人当天就可以回家。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clock with one hour marked, and an arrow pointing to a small house.</source>
        <extracomment>topic kyphoplasty, step 8: picture description (alt)</extracomment>
        <translation>一个标着一小时的时钟，一个箭头指向一座小房子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The aim is to ease pain and make the bone steady. It may bring back some lost height and help stop the bone from sinking more. Not everyone feels better, so ask your doctor what to expect.</source>
        <extracomment>topic kyphoplasty, step 9: text</extracomment>
        <translation>目的是减轻疼痛，让骨头稳定。它可能会恢复一部分变矮的高度，并帮助防止骨头继续塌陷。不是每个人都会感觉更好，所以请问问医生您可以期待什么。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The treated vertebra, almost back to its normal height, with cement inside and a small bandage on the skin.</source>
        <extracomment>topic kyphoplasty, step 9: picture description (alt)</extracomment>
        <translation>治疗后的椎骨几乎恢复到正常高度，里面有骨水泥，皮肤上贴着一小块创可贴。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A balloon lifts the bone. Cement fills the space.</source>
        <extracomment>topic kyphoplasty.summary_points (take-home note and handout)</extracomment>
        <translation>球囊把骨头撑起来，骨水泥填满空间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many go home the same day.</source>
        <extracomment>topic kyphoplasty.summary_points (take-home note and handout)</extracomment>
        <translation>很多人当天就能回家。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebroplasty</source>
        <extracomment>topic vertebroplasty.title</extracomment>
        <translation>椎体成形术</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How bone cement put in through a needle can support a broken bone</source>
        <extracomment>topic vertebroplasty.summary</extracomment>
        <translation>通过一根针注入骨水泥，怎样撑住骨折的骨头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebroplasty (VER-tuh-bro-plas-tee) puts bone cement into a broken vertebra, a bone in your spine. It is usually an outpatient procedure. That means you go home the same day.</source>
        <extracomment>topic vertebroplasty, step 1: text</extracomment>
        <translation>椎体成形术（vertebroplasty）是把骨水泥注入骨折的椎骨，也就是脊柱里的一块骨头。它通常是门诊手术，也就是说您当天就可以回家。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient and a doctor sit at a table and talk. There is a notepad on the table.</source>
        <extracomment>topic vertebroplasty, step 1: picture description (alt)</extracomment>
        <translation>一位患者和一位医生坐在桌边谈话。桌上有一个笔记本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine stops pain where the needle goes in. This is called local anesthesia. You often get a mild sedative too, so you feel drowsy but stay awake.</source>
        <extracomment>topic vertebroplasty, step 2: text</extracomment>
        <translation>局部麻醉药让进针的地方不痛，这叫做局部麻醉。通常还会给您一点轻度的镇静药，您会觉得困，但仍然清醒。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient&apos;s back with a small needle of numbing medicine near the spine, and a calm, drowsy face.</source>
        <extracomment>topic vertebroplasty, step 2: picture description (alt)</extracomment>
        <translation>患者的背部，脊柱旁边有一根打麻药的小针；一张平静、有些困倦的脸。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray pictures, called fluoroscopy (floor-OS-kuh-pee), guide the doctor. A needle goes through a small cut into the broken vertebra.</source>
        <extracomment>topic vertebroplasty, step 3: text</extracomment>
        <translation>实时X光图像引导医生操作，这叫做透视。一根针通过一个小切口进入骨折的椎骨。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor pushes bone cement through the needle into the bone. It is a kind of acrylic, a plastic made for use in the body. The cement gets hard and holds the bone steady.</source>
        <extracomment>topic vertebroplasty, step 4: text</extracomment>
        <translation>医生通过这根针把骨水泥推进骨头里。这是一种丙烯酸材料，是专门用于人体的塑料。骨水泥变硬后，能让骨头保持稳定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A needle goes into a broken, wedge-shaped vertebra. Bone cement spreads through the cracks inside it.</source>
        <extracomment>topic vertebroplasty, step 4: picture description (alt)</extracomment>
        <translation>一根针插进一块骨折的楔形椎骨。骨水泥沿着里面的裂缝散开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no balloon. So vertebroplasty does not try to bring back lost height.</source>
        <extracomment>topic vertebroplasty, step 5: text</extracomment>
        <translation>这种方法不用球囊，所以椎体成形术不会设法恢复变矮的高度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The treated vertebra stays the same shape: still lower at the front, now filled with cement.</source>
        <extracomment>topic vertebroplasty, step 5: picture description (alt)</extracomment>
        <translation>治疗后的椎骨形状不变：前面仍然比较矮，里面现在填满了骨水泥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It usually helps most with a break that is fairly new, about 6 months old or less.</source>
        <extracomment>topic vertebroplasty, step 6: text</extracomment>
        <translation>它通常对比较新的骨折效果最好，也就是大约 6 个月以内的骨折。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar page with six months marked, next to a vertebra with a fresh crack.</source>
        <extracomment>topic vertebroplasty, step 6: picture description (alt)</extracomment>
        <translation>一页标出六个月的日历，旁边是一块有新鲜裂缝的椎骨。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It takes about 1 hour for one vertebra. It takes longer if more are treated.</source>
        <extracomment>topic vertebroplasty, step 7: text</extracomment>
        <translation>一块椎骨大约需要 1 小时。如果治疗多块，时间会更长。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many people feel less pain within about 24 hours. One hospital says the relief lasted 1 to 3 years for most of its patients. Not everyone gets the same result.</source>
        <extracomment>topic vertebroplasty, step 8: text</extracomment>
        <translation>很多人在大约 24 小时内疼痛就会减轻。一家医院说，他们大多数患者的疼痛缓解持续了 1 到 3 年。不是每个人的效果都一样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A circle showing one day and one night, and a person sitting up, looking relaxed.</source>
        <extracomment>topic vertebroplasty, step 8: picture description (alt)</extracomment>
        <translation>一个表示一天一夜的圆圈，和一个坐起来、看起来很放松的人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cement goes into the bone through a needle.</source>
        <extracomment>topic vertebroplasty.summary_points (take-home note and handout)</extracomment>
        <translation>骨水泥通过一根针注入骨头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the two</source>
        <extracomment>topic compare.title</extracomment>
        <translation>比较两种方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the two ways to treat a broken bone differ</source>
        <extracomment>topic compare.summary</extracomment>
        <translation>两种治疗骨折的方法有什么不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both put bone cement into a broken vertebra. Here is how they are the same and how they differ.</source>
        <extracomment>topic compare.intro</extracomment>
        <translation>两种方法都是把骨水泥注入骨折的椎骨。下面是它们的相同点和不同点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. A balloon makes a space first.</source>
        <extracomment>topic compare, row &apos;Balloon&apos;</extracomment>
        <translation>有。先用球囊撑出一个空腔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No balloon.</source>
        <extracomment>topic compare, row &apos;Balloon&apos;</extracomment>
        <translation>不用球囊。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may bring back some height.</source>
        <extracomment>topic compare, row &apos;Lost height&apos;</extracomment>
        <translation>可能会恢复一部分高度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not try to bring back height.</source>
        <extracomment>topic compare, row &apos;Lost height&apos;</extracomment>
        <translation>不设法恢复高度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will I be awake?</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>我会是清醒的吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You get numbing medicine and sedation to make you sleepy. Some people are fully asleep.</source>
        <extracomment>topic compare, row &apos;Will I be awake?&apos;</extracomment>
        <translation>会用局部麻醉药和让您想睡觉的镇静药。有些人会完全睡着。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You get numbing medicine and a mild sedative. You feel drowsy but stay awake.</source>
        <extracomment>topic compare, row &apos;Will I be awake?&apos;</extracomment>
        <translation>会用局部麻醉药和轻度镇静药。您会觉得困，但仍然清醒。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 1 hour for each vertebra.</source>
        <extracomment>topic compare, row &apos;Time&apos;</extracomment>
        <translation>每块椎骨大约 1 小时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Going home</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>回家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually the same day.</source>
        <extracomment>topic compare, row &apos;Going home&apos;</extracomment>
        <translation>通常当天回家。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. It fills the space and gets hard.</source>
        <extracomment>topic compare, row &apos;Bone cement&apos;</extracomment>
        <translation>用。它填满空腔，然后变硬。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. It fills the cracks and gets hard.</source>
        <extracomment>topic compare, row &apos;Bone cement&apos;</extracomment>
        <translation>用。它填满裂缝，然后变硬。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray guide</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>实时X光引导</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. The doctor watches on a screen.</source>
        <extracomment>topic compare, row &apos;Live X-ray guide&apos;</extracomment>
        <translation>用。医生在屏幕上观察。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both put cement into the broken bone.</source>
        <extracomment>topic compare.summary_points (take-home note and handout)</extracomment>
        <translation>两种方法都把骨水泥注入断裂的骨头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only kyphoplasty uses a balloon to lift it.</source>
        <extracomment>topic compare.summary_points (take-home note and handout)</extracomment>
        <translation>只有球囊椎体后凸成形术用球囊把骨头撑起来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks and recovery</source>
        <extracomment>topic risks.title</extracomment>
        <translation>风险和康复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to watch for and how to heal after the procedure</source>
        <extracomment>topic risks.summary</extracomment>
        <translation>手术后要注意什么，怎样康复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious problems are not common, but they can happen. You may bleed or bruise where the needle went in. An infection, or an allergy to a medicine or the cement, can also happen.</source>
        <extracomment>topic risks, step 1: text</extracomment>
        <translation>严重的问题并不常见，但有可能发生。进针的地方可能会出血或淤青。也可能发生感染，或对某种药物或骨水泥过敏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person&apos;s back with a small square bandage where the needle went in.</source>
        <extracomment>topic risks, step 1: picture description (alt)</extracomment>
        <translation>一个人的背部，进针的地方贴着一块方形的小创可贴。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A little cement may leak out of the bone. This is often harmless. Rarely, it presses on nerves or the spinal cord, or moves through the blood to the lungs.</source>
        <extracomment>topic risks, step 2: text</extracomment>
        <translation>少量骨水泥可能会从骨头里漏出来。这通常没有害处。很少的情况下，它会压到神经或脊髓，或随着血液流到肺部。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A treated vertebra with a small drop of cement just outside the bone, gently marked.</source>
        <extracomment>topic risks, step 2: picture description (alt)</extracomment>
        <translation>一块治疗后的椎骨，骨头外面有一小滴骨水泥，用柔和的方式标了出来。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If your bones are very weak, a rib may crack. Nerve damage is rare. Later on, a nearby vertebra may break.</source>
        <extracomment>topic risks, step 3: text</extracomment>
        <translation>如果您的骨头非常脆弱，可能会有一根肋骨出现裂缝。神经损伤很少见。以后，附近的椎骨也可能骨折。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of three vertebrae. The middle one sinks and cracks, and an arrow shows the height it lost.</source>
        <extracomment>topic risks, step 3: picture description (alt)</extracomment>
        <translation>从侧面看三块椎骨。中间那块塌陷、开裂，箭头表示它变矮的高度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The live X-rays give you a small dose of radiation.</source>
        <extracomment>topic risks, step 4: text</extracomment>
        <translation>实时X光会让您受到少量的辐射。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient lies face down on a table under a curved X-ray arm, with a screen showing the spine.</source>
        <extracomment>topic risks, step 4: picture description (alt)</extracomment>
        <translation>一位患者趴在弧形X光臂下的手术台上，屏幕上显示着脊柱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan to rest for about a day. Walking soon after is good for you. Most people are back to their normal day within a day or two.</source>
        <extracomment>topic risks, step 5: text</extracomment>
        <translation>打算休息大约一天。术后早点下床走路对您有好处。大多数人在一两天内就能恢复日常生活。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not lift heavy things or do hard exercise for several weeks. Ask your doctor how long to wait.</source>
        <extracomment>topic risks, step 6: text</extracomment>
        <translation>几个星期内不要提重物，也不要做剧烈运动。请问医生要等多久。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heavy box with a round &apos;no&apos; sign over it.</source>
        <extracomment>topic risks, step 6: picture description (alt)</extracomment>
        <translation>一个重箱子，上面有一个圆形的“禁止”标志。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will have a follow-up visit. Your doctor will check how you are healing.</source>
        <extracomment>topic risks, step 7: text</extracomment>
        <translation>您会有一次复诊。医生会检查您恢复得怎么样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar with one day circled, next to a doctor&apos;s stethoscope.</source>
        <extracomment>topic risks, step 7: picture description (alt)</extracomment>
        <translation>一本日历，其中一天画了圈，旁边是医生的听诊器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask how to keep your bones strong. This may mean medicine for osteoporosis (thin, weak bones), calcium, vitamin D, exercise, and ways to prevent falls.</source>
        <extracomment>topic risks, step 8: text</extracomment>
        <translation>问问医生怎样保持骨骼强壮。可能包括治疗骨质疏松症（骨头变薄、变脆弱）的药、钙、维生素 D、运动和预防跌倒的方法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Four pictures: milk and cheese, the sun, a person doing gentle exercise, and a grab bar with a non-slip mat.</source>
        <extracomment>topic risks, step 8: picture description (alt)</extracomment>
        <translation>四张图片：牛奶和奶酪、太阳、一个做轻松运动的人，以及一根扶手和一块防滑垫。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call the clinic if you get a fever, new weakness or numbness in your legs, or bad new pain. Call 911 right away if you have trouble breathing or chest pain.</source>
        <extracomment>topic risks, step 9: text</extracomment>
        <translation>如果您发烧、腿部新出现无力或发麻，或者出现新的剧烈疼痛，请给诊所打电话。如果您呼吸困难或胸痛，请立即拨打 911。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thermometer, a pair of legs with a tingling mark, and a phone with a call sign.</source>
        <extracomment>topic risks, step 9: picture description (alt)</extracomment>
        <translation>一支体温计、一双带有刺痛标记的腿和一部显示拨号标志的电话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call us for fever, weak legs or bad new pain.</source>
        <extracomment>topic risks.summary_points (take-home note and handout)</extracomment>
        <translation>如果发烧、腿无力或出现新的剧痛，请给我们打电话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call 911 for chest pain or trouble breathing.</source>
        <extracomment>topic risks.summary_points (take-home note and handout)</extracomment>
        <translation>如果胸痛或呼吸困难，请拨打 911。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions to ask</source>
        <extracomment>topic questions.title</extracomment>
        <translation>要问的问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list to take to your doctor</source>
        <extracomment>topic questions.summary</extracomment>
        <translation>带给医生的问题清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the questions you want to ask. Take this list to your next visit.</source>
        <extracomment>topic questions.intro</extracomment>
        <translation>勾选您想问的问题。下次看病时带上这份清单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is my pain coming from this fracture?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>我的疼痛是这处骨折引起的吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do I need an MRI or other scans?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>我需要做核磁共振或其他检查吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many fractures do I have?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>我有几处骨折？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What can I try first?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>我可以先试试什么方法？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which procedure is right for me, and why?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>哪种手术适合我？为什么？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What are my risks?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>我有哪些风险？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long will it take? When can I go home?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>需要多长时间？我什么时候可以回家？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I stop blood thinners or other medicines first?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>我需要先停用抗凝血药或其他药物吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should I avoid after, and for how long?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>手术后我应该避免做什么？要避免多久？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How can I keep my bones strong?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>我怎样才能保持骨骼强壮？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When can I go home?</source>
        <extracomment>topic questions.summary_points (take-home note and handout)</extracomment>
        <translation>我什么时候可以回家？</translation>
    </message>
</context>
</TS>
