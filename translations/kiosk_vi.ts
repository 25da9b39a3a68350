<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../kiosk/ui/pages/about.py" line="+54"/>
        <source>About this information</source>
        <translation>Về thông tin này</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where this information comes from</source>
        <translation>Thông tin này lấy từ đâu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked for accuracy</source>
        <translation>Kiểm tra độ chính xác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet reviewed by this clinic</source>
        <translation>phòng khám này chưa kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reviewed: %1. Reviewed by: %2.</source>
        <translation>Lần kiểm tra gần nhất: %1. Người kiểm tra: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This translation was checked by a qualified medical translator: %1.</source>
        <translation>Bản dịch này đã được một biên dịch viên y khoa có chuyên môn kiểm tra: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This translation has not yet been checked by a qualified medical translator. If something is unclear, please ask the clinic staff.</source>
        <translation>Bản dịch này chưa được một biên dịch viên y khoa có chuyên môn kiểm tra. Nếu có điều gì chưa rõ, xin hỏi nhân viên phòng khám.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this screen counts</source>
        <translation>Màn hình này đếm những gì</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To help the clinic, this screen counts which pages are looked at and for how long, the language and text size, and if read aloud or take-home was used. It never keeps your name or anything you type. The counts stay on this device.</source>
        <translation>Để giúp phòng khám, màn hình này đếm những trang nào được xem và xem bao lâu, ngôn ngữ và cỡ chữ, và có dùng chức năng đọc to hay mang về nhà không. Màn hình không bao giờ lưu tên của quý vị hay bất cứ điều gì quý vị nhập. Số liệu chỉ lưu trên máy này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spine Kiosk version %1</source>
        <translation>Spine Kiosk phiên bản %1</translation>
    </message>
</context>
<context>
    <name>AccessibilityButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/accessibility_panel.py" line="+247"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bigger text, high contrast colours and reading speed</source>
        <translation>Chữ to hơn, màu tương phản cao và tốc độ đọc</translation>
    </message>
</context>
<context>
    <name>AccessibilityPanel</name>
    <message>
        <location line="-112"/>
        <source>Make it easier to read</source>
        <translation>Giúp đọc dễ hơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Large</source>
        <translation>Lớn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Màu sắc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading speed</source>
        <translation>Tốc độ đọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow</source>
        <translation>Chậm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fast</source>
        <translation>Nhanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../kiosk/ui/pages/admin.py" line="+67"/>
        <source>Staff screen</source>
        <translation>Màn hình nhân viên</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the built-in profile</source>
        <translation>hồ sơ có sẵn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine Kiosk %1. Clinic profile: %2.</source>
        <translation>Spine Kiosk %1. Hồ sơ phòng khám: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found at start-up</source>
        <translation>Sự cố phát hiện khi khởi động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Bản dịch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None. All is well.</source>
        <translation>Không có. Mọi thứ đều ổn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage in the last 30 days</source>
        <translation>Mức sử dụng trong 30 ngày qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the kiosk</source>
        <translation>Quay lại kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the app</source>
        <translation>Khởi động lại ứng dụng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit the kiosk</source>
        <translation>Thoát chế độ kiosk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the app</source>
        <translation>Đóng ứng dụng</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reviewed by %1</source>
        <translation>đã được %1 duyệt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet reviewed by a qualified medical translator</source>
        <translation>chưa được người dịch y khoa có chuyên môn duyệt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English only.</source>
        <translation>Chỉ tiếng Anh.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../kiosk/ui/pages/contact.py" line="+111"/>
        <source>Contact us</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please ask at the front desk. We are happy to help.</source>
        <translation>Xin hỏi tại quầy tiếp tân. Chúng tôi rất vui lòng giúp đỡ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point your phone&apos;s camera at this square to save our contact details.</source>
        <translation>Hướng camera điện thoại vào ô vuông này để lưu thông tin liên hệ của chúng tôi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code with the clinic&apos;s contact card</source>
        <translation>Mã QR chứa danh thiếp liên hệ của phòng khám</translation>
    </message>
</context>
<context>
    <name>DefinitionPopup</name>
    <message>
        <location filename="../kiosk/ui/widgets/glossary.py" line="+260"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../kiosk/ui/handout.py" line="+82"/>
        <source>Your take-home notes</source>
        <translation>Ghi chú mang về nhà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach us</source>
        <translation>Cách liên hệ với chúng tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In an emergency, call %1.</source>
        <translation>Khi cấp cứu, hãy gọi %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this square with your phone to save our contact details.</source>
        <translation>Quét ô vuông này bằng điện thoại để lưu thông tin liên hệ của chúng tôi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information reviewed on %1.</source>
        <translation>Thông tin được kiểm tra ngày %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../kiosk/ui/pages/home.py" line="+49"/>
        <source>Learn about your spine</source>
        <translation>Tìm hiểu về cột sống</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome. Learn about spine fractures and how they are treated.</source>
        <translation>Xin chào. Tìm hiểu về gãy xương cột sống và cách điều trị.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touch a topic to start.</source>
        <translation>Chạm vào một chủ đề để bắt đầu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact us</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone numbers and where to find us</source>
        <translation>Số điện thoại và địa chỉ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this information</source>
        <translation>Về thông tin này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it comes from, and who checked it</source>
        <translation>Lấy từ đâu và ai đã kiểm tra</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/language_picker.py" line="+196"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location line="-101"/>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Đóng</translation>
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
        <translation>Trang chủ</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../kiosk/ui/widgets/overlay.py" line="+220"/>
        <source>Staff only: enter the PIN</source>
        <translation>Chỉ dành cho nhân viên: nhập mã PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <location line="-73"/>
        <source>Sorry, let&apos;s start again.</source>
        <translation>Xin lỗi, chúng ta bắt đầu lại nhé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong. We are going back to the start.</source>
        <translation>Đã có lỗi xảy ra. Chúng tôi sẽ quay về trang đầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again</source>
        <translation>Bắt đầu lại</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/speaker_button.py" line="+133"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Listen</source>
        <translation>Nghe đọc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads this page aloud</source>
        <translation>Đọc to trang này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sorry, this computer cannot read aloud. Please ask at the front desk.</source>
        <translation>Xin lỗi, máy tính này không đọc to được. Xin hỏi tại quầy tiếp tân.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, this computer has no voice for this language.</source>
        <translation>Xin lỗi, máy tính này không có giọng đọc cho ngôn ngữ này.</translation>
    </message>
</context>
<context>
    <name>StaffAccess</name>
    <message>
        <location filename="../kiosk/ui/kiosk.py" line="+211"/>
        <source>Locked. Try again in %1 seconds.</source>
        <translation>Đã khóa. Xin thử lại sau %1 giây.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff PIN is set in the clinic profile.</source>
        <translation>Hồ sơ phòng khám chưa đặt mã PIN cho nhân viên.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That PIN is not right. Locked for %1 seconds.</source>
        <translation>Mã PIN không đúng. Đã khóa %1 giây.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That PIN is not right.</source>
        <translation>Mã PIN không đúng.</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <location filename="../kiosk/ui/pages/steps.py" line="+253"/>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or slide your finger across the picture.</source>
        <translation>Hoặc trượt ngón tay trên hình.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>Bước %1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../kiosk/ui/widgets/overlay.py" line="-45"/>
        <source>Are you still there?</source>
        <translation>Quý vị vẫn còn ở đây chứ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We will start again for the next person in %1 seconds.</source>
        <translation>Sau %1 giây, chúng tôi sẽ bắt đầu lại cho người kế tiếp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m still here</source>
        <translation>Tôi vẫn ở đây</translation>
    </message>
</context>
<context>
    <name>TakeHomeButton</name>
    <message>
        <location filename="../kiosk/ui/widgets/take_home.py" line="+99"/>
        <source>Take this home</source>
        <translation>Mang thông tin này về nhà</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <location line="+110"/>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QR code with a short summary of this topic</source>
        <translation>Mã QR chứa tóm tắt ngắn của chủ đề này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point your phone&apos;s camera at the square. Your phone shows a short summary and our phone number.</source>
        <translation>Hướng camera điện thoại vào ô vuông. Điện thoại sẽ hiện một bản tóm tắt ngắn và số điện thoại của chúng tôi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Printing...</source>
        <translation>Đang in...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sorry, the printer is not working. Please ask at the front desk.</source>
        <translation>Xin lỗi, máy in không hoạt động. Xin hỏi tại quầy tiếp tân.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed. Please collect your handout at the printer.</source>
        <translation>Đã in xong. Xin lấy tờ thông tin tại máy in.</translation>
    </message>
</context>
<context>
    <name>TermButtons</name>
    <message>
        <location filename="../kiosk/ui/widgets/glossary.py" line="-75"/>
        <source>What this word means</source>
        <translation>Từ này nghĩa là gì</translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <location filename="../kiosk/ui/widgets/usage_charts.py" line="+59"/>
        <source>Contact us</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this information</source>
        <translation>Về thông tin này</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage figures</source>
        <translation>Số liệu sử dụng</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage figures are switched off.</source>
        <translation>Số liệu sử dụng đang tắt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last %1 days (%2 – %3): %4 visits, %5 ended by the idle reset</source>
        <translation>%1 ngày qua (%2 – %3): %4 lượt, %5 lượt kết thúc do không có thao tác</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take home</source>
        <translation>Mang về nhà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits per day</source>
        <translation>Lượt mỗi ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most viewed (visits)</source>
        <translation>Xem nhiều nhất (lượt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average time per topic</source>
        <translation>Thời gian trung bình mỗi chủ đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages (visits)</source>
        <translation>Ngôn ngữ (lượt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used in visits</source>
        <translation>Dùng trong các lượt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 phút %2 giây</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Nothing recorded yet</source>
        <translation>Chưa có gì được ghi lại</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>and %1 more</source>
        <translation>và %1 mục khác</translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message>
        <location filename="../build/i18n/data_strings.py" line="+424"/>
        <source>Welcome. Touch a topic to learn about broken bones in the spine and how they are treated.</source>
        <extracomment>clinic.welcome</extracomment>
        <translation>Xin chào. Chạm vào một chủ đề để tìm hiểu về gãy xương cột sống và cách điều trị.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neurointerventional Radiology</source>
        <extracomment>clinic.department</extracomment>
        <translation>Khoa X-quang Can thiệp Thần kinh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic visits</source>
        <extracomment>phones[0].label</extracomment>
        <translation>Khám tại phòng khám</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule a procedure</source>
        <extracomment>phones[1].label</extracomment>
        <translation>Đặt lịch làm thủ thuật</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A physician&apos;s order is required.</source>
        <extracomment>phones[1].note</extracomment>
        <translation>Cần có giấy chỉ định của bác sĩ.</translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <location line="-426"/>
        <source>MedStar Georgetown — spinal fracture page</source>
        <translation>MedStar Georgetown — trang về gãy xương cột sống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GW Hospital — vertebroplasty page</source>
        <extracomment>sources.gw.name</extracomment>
        <translation>GW Hospital — trang về bơm xi măng qua da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NHS North Bristol — vertebroplasty patient leaflet</source>
        <extracomment>sources.nhs_north_bristol.name</extracomment>
        <translation>NHS North Bristol — tờ thông tin cho bệnh nhân về bơm xi măng qua da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NICE TA279 (2013) — percutaneous vertebroplasty and balloon kyphoplasty for osteoporotic fractures</source>
        <extracomment>sources.nice_ta279.name</extracomment>
        <translation>NICE TA279 (2013) — bơm xi măng qua da và bơm xi măng có bóng cho gãy xương do loãng xương</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NICE IPG166 — balloon kyphoplasty, information for the public</source>
        <extracomment>sources.nice_ipg166.name</extracomment>
        <translation>NICE IPG166 — bơm xi măng có bóng, thông tin cho công chúng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medtronic Kyphon patient pages</source>
        <extracomment>sources.medtronic_kyphon.name</extracomment>
        <translation>Medtronic Kyphon — các trang cho bệnh nhân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emory Healthcare — vertebroplasty/kyphoplasty patient page</source>
        <extracomment>sources.emory.name</extracomment>
        <translation>Emory Healthcare — trang cho bệnh nhân về bơm xi măng qua da và có bóng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebra</source>
        <extracomment>labels.vertebra</extracomment>
        <translation>Đốt sống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disc</source>
        <extracomment>labels.disc</extracomment>
        <translation>Đĩa đệm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebral body</source>
        <extracomment>labels.vertebral_body</extracomment>
        <translation>Thân đốt sống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spinal cord</source>
        <extracomment>labels.spinal_cord</extracomment>
        <translation>Tủy sống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy bone</source>
        <extracomment>labels.healthy_bone</extracomment>
        <translation>Xương khỏe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak bone</source>
        <extracomment>labels.weak_bone</extracomment>
        <translation>Xương yếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken vertebra</source>
        <extracomment>labels.broken_vertebra</extracomment>
        <translation>Đốt sống bị gãy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost height</source>
        <extracomment>labels.lost_height</extracomment>
        <translation>Chiều cao bị mất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thin tube</source>
        <extracomment>labels.hollow_tube</extracomment>
        <translation>Ống nhỏ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skin</source>
        <extracomment>labels.skin</extracomment>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon</source>
        <extracomment>labels.balloon</extracomment>
        <translation>Bóng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <extracomment>labels.space</extracomment>
        <translation>Khoảng trống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bone cement</source>
        <extracomment>labels.bone_cement</extracomment>
        <translation>Xi măng xương</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needle</source>
        <extracomment>labels.needle</extracomment>
        <translation>Kim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Small leak</source>
        <extracomment>labels.leak</extracomment>
        <translation>Rò rỉ nhỏ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-ray</source>
        <extracomment>labels.xray</extracomment>
        <translation>X-quang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MRI scanner</source>
        <extracomment>labels.mri</extracomment>
        <translation>Máy chụp MRI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy spine</source>
        <extracomment>labels.healthy_spine</extracomment>
        <translation>Cột sống khỏe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several fractures</source>
        <extracomment>labels.several_fractures</extracomment>
        <translation>Nhiều chỗ gãy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain medicine</source>
        <extracomment>labels.medicine</extracomment>
        <translation>Thuốc giảm đau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest</source>
        <extracomment>labels.rest</extracomment>
        <translation>Nghỉ ngơi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back brace</source>
        <extracomment>labels.brace</extracomment>
        <translation>Đai lưng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-ray camera</source>
        <extracomment>labels.xray_camera</extracomment>
        <translation>Máy X-quang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen</source>
        <extracomment>labels.screen</extracomment>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine</source>
        <extracomment>labels.numbing_medicine</extracomment>
        <translation>Thuốc tê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 1 hour</source>
        <extracomment>labels.about_one_hour</extracomment>
        <translation>Khoảng 1 giờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home the same day</source>
        <extracomment>labels.home_same_day</extracomment>
        <translation>Về nhà trong ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 months</source>
        <extracomment>labels.six_months</extracomment>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 24 hours</source>
        <extracomment>labels.about_24_hours</extracomment>
        <translation>Khoảng 24 giờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandage</source>
        <extracomment>labels.bandage</extracomment>
        <translation>Băng dán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No heavy lifting</source>
        <extracomment>labels.no_heavy_lifting</extracomment>
        <translation>Không mang vác nặng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calcium</source>
        <extracomment>labels.calcium</extracomment>
        <translation>Canxi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vitamin D</source>
        <extracomment>labels.vitamin_d</extracomment>
        <translation>Vitamin D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise</source>
        <extracomment>labels.exercise</extracomment>
        <translation>Tập thể dục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prevent falls</source>
        <extracomment>labels.fall_prevention</extracomment>
        <translation>Phòng té ngã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fever</source>
        <extracomment>labels.fever</extracomment>
        <translation>Sốt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak or numb legs</source>
        <extracomment>labels.leg_weakness</extracomment>
        <translation>Chân yếu hoặc tê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <extracomment>labels.call</extracomment>
        <translation>Gọi điện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up visit</source>
        <extracomment>labels.follow_up</extracomment>
        <translation>Tái khám</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebra</source>
        <extracomment>glossary term (vertebra)</extracomment>
        <translation>đốt sống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the small bones that stack up to make your spine. Say it VER-tuh-bruh.</source>
        <extracomment>glossary.vertebra</extracomment>
        <translation>Một trong những xương nhỏ xếp chồng lên nhau tạo thành cột sống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebrae</source>
        <extracomment>glossary term (vertebrae)</extracomment>
        <translation>các đốt sống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than one vertebra. Say it VER-tuh-bray.</source>
        <extracomment>glossary.vertebrae</extracomment>
        <translation>Nhiều hơn một đốt sống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebral body</source>
        <extracomment>glossary term (vertebral body)</extracomment>
        <translation>thân đốt sống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The thick, round front part of a vertebra. It holds up your weight.</source>
        <extracomment>glossary.vertebral body</extracomment>
        <translation>Phần phía trước của đốt sống, dày và tròn. Nó đỡ sức nặng của cơ thể quý vị.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disc</source>
        <extracomment>glossary term (disc)</extracomment>
        <translation>đĩa đệm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A soft pad between two vertebrae. It works like a cushion.</source>
        <extracomment>glossary.disc</extracomment>
        <translation>Một miếng đệm mềm nằm giữa hai đốt sống. Nó hoạt động như một cái gối đệm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spinal cord</source>
        <extracomment>glossary term (spinal cord)</extracomment>
        <translation>tủy sống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The main bundle of nerves from your brain. It runs down a tunnel behind the vertebral bodies.</source>
        <extracomment>glossary.spinal cord</extracomment>
        <translation>Bó dây thần kinh chính đi xuống từ não. Nó chạy trong một đường hầm phía sau các thân đốt sống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fracture</source>
        <extracomment>glossary term (fracture)</extracomment>
        <translation>gãy xương</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A break in a bone.</source>
        <extracomment>glossary.fracture</extracomment>
        <translation>Xương bị gãy hoặc nứt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compression fracture</source>
        <extracomment>glossary term (compression fracture)</extracomment>
        <translation>gãy xẹp đốt sống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A break where a vertebra gets squashed and loses height.</source>
        <extracomment>glossary.compression fracture</extracomment>
        <translation>Loại gãy xương làm đốt sống bị ép xẹp và mất chiều cao.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>osteoporosis</source>
        <extracomment>glossary term (osteoporosis)</extracomment>
        <translation>loãng xương</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disease that makes bones thin and weak, so they break more easily. Say it OS-tee-oh-puh-ROH-sis.</source>
        <extracomment>glossary.osteoporosis</extracomment>
        <translation>Bệnh làm xương mỏng và yếu đi, nên xương dễ gãy hơn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>myeloma</source>
        <extracomment>glossary term (myeloma)</extracomment>
        <translation>đa u tủy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A kind of blood cancer that can make bones weak. Say it my-uh-LOH-muh.</source>
        <extracomment>glossary.myeloma</extracomment>
        <translation>Một loại ung thư máu có thể làm xương yếu đi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quick picture of your bones. It uses a small dose of radiation.</source>
        <extracomment>glossary.X-ray</extracomment>
        <translation>Hình chụp nhanh xương của quý vị. Có dùng một liều tia xạ nhỏ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MRI</source>
        <extracomment>glossary term (MRI)</extracomment>
        <translation>MRI (chụp cộng hưởng từ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scan that uses a strong magnet to take clear pictures inside your body. It does not use X-rays.</source>
        <extracomment>glossary.MRI</extracomment>
        <translation>Cách chụp dùng nam châm mạnh để có hình ảnh rõ bên trong cơ thể. Không dùng tia X.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bone scan</source>
        <extracomment>glossary term (bone scan)</extracomment>
        <translation>xạ hình xương</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scan done after a small shot of a tracer into your blood. It shows parts of bone that are hurt or healing.</source>
        <extracomment>glossary.bone scan</extracomment>
        <translation>Cách chụp làm sau khi tiêm một lượng nhỏ chất đánh dấu vào máu. Hình chụp cho thấy phần xương bị tổn thương hoặc đang lành.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fluoroscopy</source>
        <extracomment>glossary term (fluoroscopy)</extracomment>
        <translation>chiếu X-quang trực tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray pictures shown on a screen. They let the doctor see inside you while they work. Say it floor-OS-kuh-pee.</source>
        <extracomment>glossary.fluoroscopy</extracomment>
        <translation>Hình X-quang trực tiếp hiện trên màn hình. Nhờ đó bác sĩ thấy được bên trong cơ thể trong lúc làm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anesthesia</source>
        <extracomment>glossary term (anesthesia)</extracomment>
        <translation>gây mê, gây tê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that stops you from feeling pain. Say it an-es-THEE-zhuh.</source>
        <extracomment>glossary.anesthesia</extracomment>
        <translation>Thuốc giúp quý vị không thấy đau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local anesthesia</source>
        <extracomment>glossary term (local anesthesia)</extracomment>
        <translation>gây tê tại chỗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine put into one small spot. You stay awake, but that spot feels no pain.</source>
        <extracomment>glossary.local anesthesia</extracomment>
        <translation>Thuốc tê tiêm vào một chỗ nhỏ. Quý vị vẫn tỉnh, nhưng chỗ đó không thấy đau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>general anesthesia</source>
        <extracomment>glossary term (general anesthesia)</extracomment>
        <translation>gây mê toàn thân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that puts you fully to sleep, so you feel nothing.</source>
        <extracomment>glossary.general anesthesia</extracomment>
        <translation>Thuốc làm quý vị ngủ hẳn, nên không cảm thấy gì.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sedation</source>
        <extracomment>glossary term (sedation)</extracomment>
        <translation>an thần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medicine that makes you calm and sleepy. You may still be a bit awake.</source>
        <extracomment>glossary.sedation</extracomment>
        <translation>Thuốc làm quý vị bình tĩnh và buồn ngủ. Quý vị có thể vẫn còn hơi tỉnh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sedative</source>
        <extracomment>glossary term (sedative)</extracomment>
        <translation>thuốc an thần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A medicine that helps you relax and feel drowsy.</source>
        <extracomment>glossary.sedative</extracomment>
        <translation>Thuốc giúp quý vị thư giãn và thấy buồn ngủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outpatient</source>
        <extracomment>glossary term (outpatient)</extracomment>
        <translation>ngoại trú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You go home the same day. You do not stay the night in the hospital.</source>
        <extracomment>glossary.outpatient</extracomment>
        <translation>Quý vị về nhà ngay trong ngày. Không phải ở lại bệnh viện qua đêm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bone cement</source>
        <extracomment>glossary term (bone cement)</extracomment>
        <translation>xi măng xương</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thick paste made for use in the body. It gets hard inside the bone to hold it steady.</source>
        <extracomment>glossary.bone cement</extracomment>
        <translation>Một chất sệt đặc làm riêng để dùng trong cơ thể. Nó cứng lại bên trong xương để giữ xương vững.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kyphoplasty</source>
        <extracomment>glossary term (kyphoplasty)</extracomment>
        <translation>bơm xi măng có bóng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A way to treat a broken vertebra. A small balloon makes a space, then bone cement fills it. Say it KY-fo-plas-tee.</source>
        <extracomment>glossary.kyphoplasty</extracomment>
        <translation>Một cách điều trị đốt sống bị gãy. Một quả bóng nhỏ tạo ra khoảng trống, rồi xi măng xương lấp đầy khoảng trống đó. Tên tiếng Anh là kyphoplasty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertebroplasty</source>
        <extracomment>glossary term (vertebroplasty)</extracomment>
        <translation>bơm xi măng qua da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A way to treat a broken vertebra. Bone cement goes in through a needle, with no balloon. Say it VER-tuh-bro-plas-tee.</source>
        <extracomment>glossary.vertebroplasty</extracomment>
        <translation>Một cách điều trị đốt sống bị gãy. Xi măng xương được bơm vào qua một cây kim, không dùng bóng. Tên tiếng Anh là vertebroplasty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is general information. It is not medical advice for you.</source>
        <extracomment>disclaimer.paragraphs[0]</extracomment>
        <translation>Đây là thông tin chung. Đây không phải lời khuyên y khoa dành riêng cho quý vị.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not everyone can have these procedures. Not everyone feels better after them.</source>
        <extracomment>disclaimer.paragraphs[1]</extracomment>
        <translation>Không phải ai cũng làm được các thủ thuật này. Không phải ai cũng thấy đỡ hơn sau khi làm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talk with your doctor about your own health and what is right for you.</source>
        <extracomment>disclaimer.paragraphs[2]</extracomment>
        <translation>Hãy nói chuyện với bác sĩ về sức khỏe của chính quý vị và điều gì phù hợp với quý vị.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In an emergency, call 911.</source>
        <extracomment>disclaimer.paragraphs[3]</extracomment>
        <translation>Khi cấp cứu, hãy gọi 911.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine fractures</source>
        <extracomment>topic fractures.title</extracomment>
        <translation>Gãy xương cột sống</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens when a bone in your back breaks</source>
        <extracomment>topic fractures.summary</extracomment>
        <translation>Điều gì xảy ra khi một xương ở lưng bị gãy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your spine is a stack of small bones. Each one is called a vertebra (VER-tuh-bruh). Soft pads called discs sit between them.</source>
        <extracomment>topic fractures, step 1: text</extracomment>
        <translation>Cột sống của quý vị là một chồng xương nhỏ. Mỗi xương gọi là một đốt sống. Giữa các đốt sống có những miếng đệm mềm gọi là đĩa đệm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spine seen from the side: a gently curved stack of bones with soft discs between them, inside the outline of a person&apos;s back.</source>
        <extracomment>topic fractures, step 1: picture description (alt)</extracomment>
        <translation>Cột sống nhìn từ bên cạnh: một chồng xương hơi cong, có đĩa đệm mềm ở giữa, nằm trong đường viền lưng của một người.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The front of each vertebra is a thick block called the vertebral body. It holds up your weight. Behind it, a tunnel holds your spinal cord, the main bundle of nerves.</source>
        <extracomment>topic fractures, step 2: text</extracomment>
        <translation>Phía trước mỗi đốt sống là một khối dày gọi là thân đốt sống. Nó đỡ sức nặng của cơ thể quý vị. Phía sau nó có một đường hầm chứa tủy sống, là bó dây thần kinh chính.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A close side view of three vertebrae: the block-shaped bodies in front, discs between them, and the spinal cord in a tunnel behind them.</source>
        <extracomment>topic fractures, step 2: picture description (alt)</extracomment>
        <translation>Ba đốt sống nhìn gần từ bên cạnh: các thân đốt sống hình khối ở phía trước, đĩa đệm ở giữa, và tủy sống trong đường hầm phía sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inside, a vertebra is made of spongy bone. It is less dense than many other bones. So it can break more easily when it gets weak.</source>
        <extracomment>topic fractures, step 3: text</extracomment>
        <translation>Bên trong, đốt sống là xương xốp. Xương này không chắc đặc bằng nhiều xương khác. Vì vậy nó dễ gãy hơn khi bị yếu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two vertebral bodies cut open. The healthy one on the left has a fine, dense honeycomb. The weak one on the right has thin walls and big holes.</source>
        <extracomment>topic fractures, step 3: picture description (alt)</extracomment>
        <translation>Hai thân đốt sống được cắt ra. Cái khỏe bên trái có dạng tổ ong nhỏ và dày đặc. Cái yếu bên phải có thành mỏng và lỗ to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most common cause of weak bones is osteoporosis (OS-tee-oh-puh-ROH-sis), a disease that makes bones thin. Cancer in the spine, such as myeloma (a blood cancer) or cancer that has spread, can also weaken them. Your genes, some habits, and injuries can play a part too.</source>
        <extracomment>topic fractures, step 4: text</extracomment>
        <translation>Nguyên nhân thường gặp nhất làm xương yếu là loãng xương, một bệnh làm xương mỏng đi. Ung thư ở cột sống, như đa u tủy (một loại ung thư máu) hoặc ung thư lan từ nơi khác đến, cũng có thể làm xương yếu đi. Gen di truyền, một số thói quen và chấn thương cũng có thể góp phần.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A healthy vertebral body next to a weak one with thin walls and big holes.</source>
        <extracomment>topic fractures, step 4: picture description (alt)</extracomment>
        <translation>Một thân đốt sống khỏe bên cạnh một thân đốt sống yếu có thành mỏng và lỗ to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When bones are weak, just bending or lifting can break a vertebra. The pain may be mild. Many people think it is a pulled muscle.</source>
        <extracomment>topic fractures, step 5: text</extracomment>
        <translation>Khi xương yếu, chỉ cần cúi xuống hoặc nhấc đồ lên cũng có thể làm gãy một đốt sống. Cơn đau có thể nhẹ. Nhiều người tưởng đó chỉ là bị căng cơ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person bends to lift a small box. A soft red glow marks one spot in the middle of the back.</source>
        <extracomment>topic fractures, step 5: picture description (alt)</extracomment>
        <translation>Một người cúi xuống nhấc một cái hộp nhỏ. Một vầng sáng đỏ nhạt đánh dấu một chỗ ở giữa lưng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This kind of break is called a compression fracture. The vertebral body sinks and loses height, often more at the front, like a wedge. Only rarely do bits of bone press on the spinal cord or nerves.</source>
        <extracomment>topic fractures, step 6: text</extracomment>
        <translation>Loại gãy này gọi là gãy xẹp đốt sống. Thân đốt sống bị lún xuống và mất chiều cao, thường lún nhiều hơn ở phía trước, giống hình cái nêm. Chỉ hiếm khi mảnh xương đè lên tủy sống hoặc dây thần kinh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of three vertebrae. The middle one sinks, more at the front than the back, and cracks appear. An arrow shows the lost height. The spinal cord behind it is not touched.</source>
        <extracomment>topic fractures, step 6: picture description (alt)</extracomment>
        <translation>Ba đốt sống nhìn từ bên cạnh. Đốt ở giữa lún xuống, phía trước lún nhiều hơn phía sau, và xuất hiện vết nứt. Một mũi tên chỉ chiều cao bị mất. Tủy sống phía sau không bị chạm tới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Having a few of these breaks can make you shorter. Your upper back may start to curve forward.</source>
        <extracomment>topic fractures, step 7: text</extracomment>
        <translation>Bị vài chỗ gãy như vậy có thể làm quý vị thấp đi. Phần lưng trên có thể bắt đầu cong về phía trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two people side by side. One stands up straight. The other is bent forward with a rounded upper back.</source>
        <extracomment>topic fractures, step 7: picture description (alt)</extracomment>
        <translation>Hai người đứng cạnh nhau. Một người đứng thẳng. Người kia cúi về phía trước, lưng trên bị còng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-rays can show the break. To see if a procedure could help, your doctor usually looks at an MRI scan first. If you cannot have an MRI, you may have a bone scan instead.</source>
        <extracomment>topic fractures, step 8: text</extracomment>
        <translation>Chụp X-quang có thể thấy chỗ gãy. Để biết thủ thuật có giúp được không, bác sĩ thường xem phim chụp MRI trước. Nếu quý vị không chụp MRI được, có thể quý vị sẽ được chụp xạ hình xương thay thế.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An X-ray of the spine on a light box, with one wedge-shaped vertebra marked, and an MRI scanner: a large ring with a table.</source>
        <extracomment>topic fractures, step 8: picture description (alt)</extracomment>
        <translation>Phim X-quang cột sống trên hộp đèn, có đánh dấu một đốt sống hình cái nêm, và một máy chụp MRI: một vòng tròn lớn có bàn nằm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most people first try pain medicine, rest, and a back brace. If these do not help enough, a procedure may be an option. It may also suit people who should not have major spine surgery.</source>
        <extracomment>topic fractures, step 9: text</extracomment>
        <translation>Phần lớn mọi người trước tiên thử thuốc giảm đau, nghỉ ngơi và đeo đai lưng. Nếu những cách này không đỡ đủ, thủ thuật có thể là một lựa chọn. Thủ thuật cũng có thể hợp với những người không nên mổ lớn ở cột sống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three round pictures: a pill bottle, a person resting in bed, and a back brace.</source>
        <extracomment>topic fractures, step 9: picture description (alt)</extracomment>
        <translation>Ba hình tròn: một lọ thuốc, một người nằm nghỉ trên giường và một cái đai lưng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A weak spine bone can break and sink.</source>
        <extracomment>topic fractures.summary_points (take-home note and handout)</extracomment>
        <translation>Xương sống yếu có thể gãy và xẹp xuống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First try pain medicine, rest and a brace.</source>
        <extracomment>topic fractures.summary_points (take-home note and handout)</extracomment>
        <translation>Trước tiên hãy thử thuốc giảm đau, nghỉ ngơi và đai lưng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon kyphoplasty</source>
        <extracomment>topic kyphoplasty.title</extracomment>
        <translation>Bơm xi măng có bóng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How a small balloon and bone cement can support a broken bone</source>
        <extracomment>topic kyphoplasty.summary</extracomment>
        <translation>Cách một quả bóng nhỏ và xi măng xương đỡ một xương bị gãy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balloon kyphoplasty (KY-fo-plas-tee) treats a broken vertebra, a bone in your spine. The doctor works through a tiny cut, not open surgery. You lie face down on a table.</source>
        <extracomment>topic kyphoplasty, step 1: text</extracomment>
        <translation>Bơm xi măng có bóng (kyphoplasty) điều trị đốt sống bị gãy, tức là một xương ở cột sống. Bác sĩ làm qua một vết rạch rất nhỏ, không phải mổ hở. Quý vị nằm sấp trên bàn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient lies face down on a table. A curved X-ray arm is over their back, and a screen shows the spine.</source>
        <extracomment>topic kyphoplasty, step 1: picture description (alt)</extracomment>
        <translation>Một bệnh nhân nằm sấp trên bàn. Một cần chụp X-quang hình cong ở phía trên lưng, và màn hình hiện cột sống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A live X-ray camera shows your spine on a screen. This is called fluoroscopy (floor-OS-kuh-pee). It guides the doctor at each step.</source>
        <extracomment>topic kyphoplasty, step 2: text</extracomment>
        <translation>Máy X-quang trực tiếp hiện cột sống của quý vị lên màn hình. Cách này gọi là chiếu X-quang trực tiếp. Nó hướng dẫn bác sĩ ở từng bước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A curved X-ray camera over the patient&apos;s back, and a screen showing a live picture of the spine.</source>
        <extracomment>topic kyphoplasty, step 2: picture description (alt)</extracomment>
        <translation>Máy X-quang hình cong phía trên lưng bệnh nhân, và màn hình hiện hình trực tiếp của cột sống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First, numbing medicine stops pain in your back. Often you also get sedation, medicine that makes you calm and sleepy. Some people are fully asleep with general anesthesia (an-es-THEE-zhuh).</source>
        <extracomment>topic kyphoplasty, step 3: text</extracomment>
        <translation>Trước tiên, thuốc tê làm lưng quý vị hết đau. Thường quý vị cũng được dùng thuốc an thần để thấy bình tĩnh và buồn ngủ. Một số người được gây mê toàn thân và ngủ hẳn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient&apos;s back with a small needle of numbing medicine near the spine, and a calm, sleeping face.</source>
        <extracomment>topic kyphoplasty, step 3: picture description (alt)</extracomment>
        <translation>Lưng bệnh nhân với một cây kim nhỏ tiêm thuốc tê gần cột sống, và một khuôn mặt bình thản đang ngủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor makes a small cut, about 1 cm, or less than half an inch. A thin, hollow tube is guided into the broken vertebra.</source>
        <extracomment>topic kyphoplasty, step 4: text</extracomment>
        <translation>Bác sĩ rạch một đường nhỏ, khoảng 1 cm, chưa đến nửa inch. Một ống nhỏ, rỗng được đưa vào đốt sống bị gãy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of a broken, wedge-shaped vertebra. A thin tube goes in from the back, through the skin, into the front block of bone.</source>
        <extracomment>topic kyphoplasty, step 4: picture description (alt)</extracomment>
        <translation>Một đốt sống bị gãy hình cái nêm nhìn từ bên cạnh. Một ống nhỏ đi vào từ phía lưng, qua da, vào khối xương phía trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A small balloon goes in through the tube. Often there is one on each side. The balloon is slowly filled, and it lifts the bone back toward its normal height.</source>
        <extracomment>topic kyphoplasty, step 5: text</extracomment>
        <translation>Một quả bóng nhỏ được đưa vào qua ống. Thường có một quả ở mỗi bên. Bóng được bơm căng từ từ và nâng xương lên gần với chiều cao bình thường.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A balloon at the tip of the tube fills up inside the broken bone and lifts it back toward its normal height.</source>
        <extracomment>topic kyphoplasty, step 5: picture description (alt)</extracomment>
        <translation>Quả bóng ở đầu ống căng lên bên trong xương gãy và nâng xương lên gần với chiều cao bình thường.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then the balloon is taken out. It leaves an empty space inside the bone.</source>
        <extracomment>topic kyphoplasty, step 6: text</extracomment>
        <translation>Sau đó bóng được lấy ra. Bóng để lại một khoảng trống bên trong xương.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The balloon is gone. The bone is taller again, with an empty space where the balloon was.</source>
        <extracomment>topic kyphoplasty, step 6: picture description (alt)</extracomment>
        <translation>Bóng đã được lấy ra. Xương cao trở lại, với một khoảng trống ở chỗ bóng nằm lúc trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The space is filled with a thick bone cement made for use in the body. It gets hard fast. It holds the bone from the inside, like a cast.</source>
        <extracomment>topic kyphoplasty, step 7: text</extracomment>
        <translation>Khoảng trống được lấp đầy bằng xi măng xương đặc, làm riêng để dùng trong cơ thể. Xi măng cứng lại nhanh. Nó giữ xương từ bên trong, giống như bó bột.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bone cement flows through the tube and fills the space inside the bone.</source>
        <extracomment>topic kyphoplasty, step 7: picture description (alt)</extracomment>
        <translation>Xi măng xương chảy qua ống và lấp đầy khoảng trống bên trong xương.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It takes about 1 hour for each vertebra. Then you rest for about 1 hour in a recovery room. Many people go home the same day.</source>
        <extracomment>topic kyphoplasty, step 8: text</extracomment>
        <translation>Mỗi đốt sống mất khoảng 1 giờ. Sau đó quý vị nghỉ khoảng 1 giờ trong phòng hồi sức. Nhiều người về nhà ngay trong ngày.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A clock with one hour marked, and an arrow pointing to a small house.</source>
        <extracomment>topic kyphoplasty, step 8: picture description (alt)</extracomment>
        <translation>Một chiếc đồng hồ có đánh dấu một giờ, và một mũi tên chỉ vào một ngôi nhà nhỏ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The aim is to ease pain and make the bone steady. It may bring back some lost height and help stop the bone from sinking more. Not everyone feels better, so ask your doctor what to expect.</source>
        <extracomment>topic kyphoplasty, step 9: text</extracomment>
        <translation>Mục đích là giảm đau và làm xương vững lại. Thủ thuật có thể lấy lại một phần chiều cao bị mất và giúp xương không lún thêm. Không phải ai cũng thấy đỡ hơn, nên hãy hỏi bác sĩ quý vị có thể mong đợi điều gì.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The treated vertebra, almost back to its normal height, with cement inside and a small bandage on the skin.</source>
        <extracomment>topic kyphoplasty, step 9: picture description (alt)</extracomment>
        <translation>Đốt sống đã điều trị, gần như trở lại chiều cao bình thường, có xi măng bên trong và một miếng băng dán nhỏ trên da.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A balloon lifts the bone. Cement fills the space.</source>
        <extracomment>topic kyphoplasty.summary_points (take-home note and handout)</extracomment>
        <translation>Quả bóng nâng xương lên. Xi măng lấp đầy khoảng trống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many go home the same day.</source>
        <extracomment>topic kyphoplasty.summary_points (take-home note and handout)</extracomment>
        <translation>Nhiều người về nhà ngay trong ngày.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebroplasty</source>
        <extracomment>topic vertebroplasty.title</extracomment>
        <translation>Bơm xi măng qua da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How bone cement put in through a needle can support a broken bone</source>
        <extracomment>topic vertebroplasty.summary</extracomment>
        <translation>Cách xi măng xương bơm qua một cây kim đỡ một xương bị gãy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertebroplasty (VER-tuh-bro-plas-tee) puts bone cement into a broken vertebra, a bone in your spine. It is usually an outpatient procedure. That means you go home the same day.</source>
        <extracomment>topic vertebroplasty, step 1: text</extracomment>
        <translation>Bơm xi măng qua da (vertebroplasty) đưa xi măng xương vào đốt sống bị gãy, tức là một xương ở cột sống. Đây thường là thủ thuật ngoại trú. Nghĩa là quý vị về nhà ngay trong ngày.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient and a doctor sit at a table and talk. There is a notepad on the table.</source>
        <extracomment>topic vertebroplasty, step 1: picture description (alt)</extracomment>
        <translation>Một bệnh nhân và một bác sĩ ngồi nói chuyện bên bàn. Trên bàn có một cuốn sổ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbing medicine stops pain where the needle goes in. This is called local anesthesia. You often get a mild sedative too, so you feel drowsy but stay awake.</source>
        <extracomment>topic vertebroplasty, step 2: text</extracomment>
        <translation>Thuốc tê làm hết đau ở chỗ kim đâm vào. Cách này gọi là gây tê tại chỗ. Quý vị cũng thường được dùng một chút thuốc an thần nhẹ, nên thấy buồn ngủ nhưng vẫn tỉnh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient&apos;s back with a small needle of numbing medicine near the spine, and a calm, drowsy face.</source>
        <extracomment>topic vertebroplasty, step 2: picture description (alt)</extracomment>
        <translation>Lưng bệnh nhân với một cây kim nhỏ tiêm thuốc tê gần cột sống, và một khuôn mặt bình thản, lơ mơ buồn ngủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray pictures, called fluoroscopy (floor-OS-kuh-pee), guide the doctor. A needle goes through a small cut into the broken vertebra.</source>
        <extracomment>topic vertebroplasty, step 3: text</extracomment>
        <translation>Hình X-quang trực tiếp, gọi là chiếu X-quang trực tiếp, hướng dẫn bác sĩ. Một cây kim đi qua một vết rạch nhỏ vào đốt sống bị gãy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The doctor pushes bone cement through the needle into the bone. It is a kind of acrylic, a plastic made for use in the body. The cement gets hard and holds the bone steady.</source>
        <extracomment>topic vertebroplasty, step 4: text</extracomment>
        <translation>Bác sĩ bơm xi măng xương qua kim vào trong xương. Đây là một loại acrylic, một chất nhựa làm riêng để dùng trong cơ thể. Xi măng cứng lại và giữ xương vững.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A needle goes into a broken, wedge-shaped vertebra. Bone cement spreads through the cracks inside it.</source>
        <extracomment>topic vertebroplasty, step 4: picture description (alt)</extracomment>
        <translation>Một cây kim đi vào một đốt sống bị gãy hình cái nêm. Xi măng xương lan theo các vết nứt bên trong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no balloon. So vertebroplasty does not try to bring back lost height.</source>
        <extracomment>topic vertebroplasty, step 5: text</extracomment>
        <translation>Cách này không dùng bóng. Vì vậy bơm xi măng qua da không nhằm lấy lại chiều cao bị mất.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The treated vertebra stays the same shape: still lower at the front, now filled with cement.</source>
        <extracomment>topic vertebroplasty, step 5: picture description (alt)</extracomment>
        <translation>Đốt sống đã điều trị vẫn giữ nguyên hình dạng: phía trước vẫn thấp hơn, nay có xi măng bên trong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It usually helps most with a break that is fairly new, about 6 months old or less.</source>
        <extracomment>topic vertebroplasty, step 6: text</extracomment>
        <translation>Cách này thường giúp nhiều nhất với chỗ gãy còn khá mới, khoảng 6 tháng trở lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar page with six months marked, next to a vertebra with a fresh crack.</source>
        <extracomment>topic vertebroplasty, step 6: picture description (alt)</extracomment>
        <translation>Một tờ lịch có đánh dấu sáu tháng, bên cạnh một đốt sống có vết nứt mới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It takes about 1 hour for one vertebra. It takes longer if more are treated.</source>
        <extracomment>topic vertebroplasty, step 7: text</extracomment>
        <translation>Một đốt sống mất khoảng 1 giờ. Nếu làm nhiều đốt hơn thì lâu hơn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many people feel less pain within about 24 hours. One hospital says the relief lasted 1 to 3 years for most of its patients. Not everyone gets the same result.</source>
        <extracomment>topic vertebroplasty, step 8: text</extracomment>
        <translation>Nhiều người thấy đỡ đau trong khoảng 24 giờ. Một bệnh viện cho biết phần lớn bệnh nhân của họ đỡ đau kéo dài từ 1 đến 3 năm. Không phải ai cũng có kết quả giống nhau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A circle showing one day and one night, and a person sitting up, looking relaxed.</source>
        <extracomment>topic vertebroplasty, step 8: picture description (alt)</extracomment>
        <translation>Một vòng tròn thể hiện một ngày và một đêm, và một người ngồi dậy, trông thoải mái.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cement goes into the bone through a needle.</source>
        <extracomment>topic vertebroplasty.summary_points (take-home note and handout)</extracomment>
        <translation>Xi măng được đưa vào xương qua một cây kim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the two</source>
        <extracomment>topic compare.title</extracomment>
        <translation>So sánh hai cách</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the two ways to treat a broken bone differ</source>
        <extracomment>topic compare.summary</extracomment>
        <translation>Hai cách điều trị xương gãy khác nhau thế nào</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both put bone cement into a broken vertebra. Here is how they are the same and how they differ.</source>
        <extracomment>topic compare.intro</extracomment>
        <translation>Cả hai cách đều đưa xi măng xương vào đốt sống bị gãy. Dưới đây là những điểm giống và khác nhau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. A balloon makes a space first.</source>
        <extracomment>topic compare, row &apos;Balloon&apos;</extracomment>
        <translation>Có. Bóng tạo khoảng trống trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No balloon.</source>
        <extracomment>topic compare, row &apos;Balloon&apos;</extracomment>
        <translation>Không dùng bóng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may bring back some height.</source>
        <extracomment>topic compare, row &apos;Lost height&apos;</extracomment>
        <translation>Có thể lấy lại một phần chiều cao.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not try to bring back height.</source>
        <extracomment>topic compare, row &apos;Lost height&apos;</extracomment>
        <translation>Không nhằm lấy lại chiều cao.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will I be awake?</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>Tôi có tỉnh trong lúc làm không?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You get numbing medicine and sedation to make you sleepy. Some people are fully asleep.</source>
        <extracomment>topic compare, row &apos;Will I be awake?&apos;</extracomment>
        <translation>Quý vị được dùng thuốc tê và thuốc an thần cho buồn ngủ. Một số người được cho ngủ hẳn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You get numbing medicine and a mild sedative. You feel drowsy but stay awake.</source>
        <extracomment>topic compare, row &apos;Will I be awake?&apos;</extracomment>
        <translation>Quý vị được dùng thuốc tê và thuốc an thần nhẹ. Quý vị thấy buồn ngủ nhưng vẫn tỉnh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About 1 hour for each vertebra.</source>
        <extracomment>topic compare, row &apos;Time&apos;</extracomment>
        <translation>Khoảng 1 giờ cho mỗi đốt sống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Going home</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>Về nhà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually the same day.</source>
        <extracomment>topic compare, row &apos;Going home&apos;</extracomment>
        <translation>Thường về trong ngày.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. It fills the space and gets hard.</source>
        <extracomment>topic compare, row &apos;Bone cement&apos;</extracomment>
        <translation>Có. Xi măng lấp đầy khoảng trống và cứng lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. It fills the cracks and gets hard.</source>
        <extracomment>topic compare, row &apos;Bone cement&apos;</extracomment>
        <translation>Có. Xi măng lấp đầy các vết nứt và cứng lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live X-ray guide</source>
        <extracomment>topic compare, row label</extracomment>
        <translation>Có X-quang trực tiếp hướng dẫn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes. The doctor watches on a screen.</source>
        <extracomment>topic compare, row &apos;Live X-ray guide&apos;</extracomment>
        <translation>Có. Bác sĩ theo dõi trên màn hình.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both put cement into the broken bone.</source>
        <extracomment>topic compare.summary_points (take-home note and handout)</extracomment>
        <translation>Cả hai cách đều đưa xi măng vào xương bị gãy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only kyphoplasty uses a balloon to lift it.</source>
        <extracomment>topic compare.summary_points (take-home note and handout)</extracomment>
        <translation>Chỉ cách có bóng mới dùng bóng để nâng xương lên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks and recovery</source>
        <extracomment>topic risks.title</extracomment>
        <translation>Rủi ro và hồi phục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to watch for and how to heal after the procedure</source>
        <extracomment>topic risks.summary</extracomment>
        <translation>Cần chú ý gì và cách hồi phục sau thủ thuật</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious problems are not common, but they can happen. You may bleed or bruise where the needle went in. An infection, or an allergy to a medicine or the cement, can also happen.</source>
        <extracomment>topic risks, step 1: text</extracomment>
        <translation>Biến chứng nặng không thường gặp, nhưng có thể xảy ra. Quý vị có thể bị chảy máu hoặc bầm ở chỗ kim đâm vào. Cũng có thể bị nhiễm trùng, hoặc dị ứng với thuốc hay với xi măng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person&apos;s back with a small square bandage where the needle went in.</source>
        <extracomment>topic risks, step 1: picture description (alt)</extracomment>
        <translation>Lưng một người với miếng băng dán vuông nhỏ ở chỗ kim đâm vào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A little cement may leak out of the bone. This is often harmless. Rarely, it presses on nerves or the spinal cord, or moves through the blood to the lungs.</source>
        <extracomment>topic risks, step 2: text</extracomment>
        <translation>Một ít xi măng có thể rò ra ngoài xương. Điều này thường vô hại. Hiếm khi xi măng đè lên dây thần kinh hoặc tủy sống, hoặc theo máu đi đến phổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A treated vertebra with a small drop of cement just outside the bone, gently marked.</source>
        <extracomment>topic risks, step 2: picture description (alt)</extracomment>
        <translation>Một đốt sống đã điều trị với một giọt xi măng nhỏ ngay bên ngoài xương, được đánh dấu nhẹ nhàng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If your bones are very weak, a rib may crack. Nerve damage is rare. Later on, a nearby vertebra may break.</source>
        <extracomment>topic risks, step 3: text</extracomment>
        <translation>Nếu xương của quý vị rất yếu, một xương sườn có thể bị nứt. Tổn thương thần kinh rất hiếm. Về sau, một đốt sống gần đó có thể bị gãy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A side view of three vertebrae. The middle one sinks and cracks, and an arrow shows the height it lost.</source>
        <extracomment>topic risks, step 3: picture description (alt)</extracomment>
        <translation>Ba đốt sống nhìn từ bên cạnh. Đốt ở giữa lún xuống và nứt, và một mũi tên chỉ chiều cao nó bị mất.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The live X-rays give you a small dose of radiation.</source>
        <extracomment>topic risks, step 4: text</extracomment>
        <translation>Chiếu X-quang trực tiếp làm quý vị nhận một liều tia xạ nhỏ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A patient lies face down on a table under a curved X-ray arm, with a screen showing the spine.</source>
        <extracomment>topic risks, step 4: picture description (alt)</extracomment>
        <translation>Một bệnh nhân nằm sấp trên bàn dưới cần chụp X-quang hình cong, với màn hình hiện cột sống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan to rest for about a day. Walking soon after is good for you. Most people are back to their normal day within a day or two.</source>
        <extracomment>topic risks, step 5: text</extracomment>
        <translation>Dự tính nghỉ ngơi khoảng một ngày. Đi lại sớm sau đó là tốt cho quý vị. Phần lớn mọi người sinh hoạt lại bình thường trong một hai ngày.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not lift heavy things or do hard exercise for several weeks. Ask your doctor how long to wait.</source>
        <extracomment>topic risks, step 6: text</extracomment>
        <translation>Đừng mang vác vật nặng hay tập thể dục nặng trong vài tuần. Hãy hỏi bác sĩ cần chờ bao lâu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A heavy box with a round &apos;no&apos; sign over it.</source>
        <extracomment>topic risks, step 6: picture description (alt)</extracomment>
        <translation>Một cái hộp nặng với biển báo &quot;cấm&quot; hình tròn phía trên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will have a follow-up visit. Your doctor will check how you are healing.</source>
        <extracomment>topic risks, step 7: text</extracomment>
        <translation>Quý vị sẽ có một lần tái khám. Bác sĩ sẽ kiểm tra xem quý vị hồi phục thế nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar with one day circled, next to a doctor&apos;s stethoscope.</source>
        <extracomment>topic risks, step 7: picture description (alt)</extracomment>
        <translation>Một cuốn lịch có khoanh tròn một ngày, bên cạnh ống nghe của bác sĩ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask how to keep your bones strong. This may mean medicine for osteoporosis (thin, weak bones), calcium, vitamin D, exercise, and ways to prevent falls.</source>
        <extracomment>topic risks, step 8: text</extracomment>
        <translation>Hãy hỏi cách giữ cho xương chắc khỏe. Có thể là thuốc chữa loãng xương (xương mỏng, yếu), canxi, vitamin D, tập thể dục và cách phòng té ngã.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Four pictures: milk and cheese, the sun, a person doing gentle exercise, and a grab bar with a non-slip mat.</source>
        <extracomment>topic risks, step 8: picture description (alt)</extracomment>
        <translation>Bốn hình: sữa và phô mai, mặt trời, một người tập thể dục nhẹ nhàng, và một thanh vịn với tấm thảm chống trượt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call the clinic if you get a fever, new weakness or numbness in your legs, or bad new pain. Call 911 right away if you have trouble breathing or chest pain.</source>
        <extracomment>topic risks, step 9: text</extracomment>
        <translation>Hãy gọi phòng khám nếu quý vị bị sốt, chân mới bị yếu hoặc tê, hoặc mới bị đau nhiều. Hãy gọi 911 ngay nếu quý vị khó thở hoặc đau ngực.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thermometer, a pair of legs with a tingling mark, and a phone with a call sign.</source>
        <extracomment>topic risks, step 9: picture description (alt)</extracomment>
        <translation>Một cây nhiệt kế, đôi chân có dấu hiệu tê rần, và một chiếc điện thoại có biểu tượng cuộc gọi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call us for fever, weak legs or bad new pain.</source>
        <extracomment>topic risks.summary_points (take-home note and handout)</extracomment>
        <translation>Gọi cho chúng tôi nếu bị sốt, chân yếu hoặc đau mới dữ dội.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call 911 for chest pain or trouble breathing.</source>
        <extracomment>topic risks.summary_points (take-home note and handout)</extracomment>
        <translation>Gọi 911 nếu đau ngực hoặc khó thở.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions to ask</source>
        <extracomment>topic questions.title</extracomment>
        <translation>Câu hỏi nên hỏi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A list to take to your doctor</source>
        <extracomment>topic questions.summary</extracomment>
        <translation>Danh sách mang theo khi gặp bác sĩ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the questions you want to ask. Take this list to your next visit.</source>
        <extracomment>topic questions.intro</extracomment>
        <translation>Đánh dấu những câu quý vị muốn hỏi. Mang danh sách này theo trong lần khám tới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is my pain coming from this fracture?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>Cơn đau của tôi có phải do chỗ gãy này không?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do I need an MRI or other scans?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>Tôi có cần chụp MRI hoặc chụp chiếu gì khác không?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many fractures do I have?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>Tôi bị gãy mấy chỗ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What can I try first?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>Tôi có thể thử cách nào trước?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which procedure is right for me, and why?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>Thủ thuật nào hợp với tôi, và tại sao?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What are my risks?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>Tôi có những rủi ro gì?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long will it take? When can I go home?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>Mất bao lâu? Khi nào tôi được về nhà?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Should I stop blood thinners or other medicines first?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>Tôi có cần ngưng thuốc chống đông máu hay thuốc khác trước không?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should I avoid after, and for how long?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>Sau đó tôi nên tránh những gì, và trong bao lâu?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How can I keep my bones strong?</source>
        <extracomment>topic questions.questions</extracomment>
        <translation>Làm sao để giữ xương chắc khỏe?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When can I go home?</source>
        <extracomment>topic questions.summary_points (take-home note and handout)</extracomment>
        <translation>Khi nào tôi có thể về nhà?</translation>
    </message>
</context>
</TS>
