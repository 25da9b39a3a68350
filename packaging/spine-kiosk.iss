; Inno Setup script: a Windows installer for the one-folder bundle.
;
;     python packaging\build.py
;     iscc /DAppVersion=0.1.0 packaging\spine-kiosk.iss
;
; UNTESTED here (no Windows machine): written for Inno Setup 6, run by
; .github/workflows/release.yml on a Windows runner. It installs dist\spine-kiosk\ per user
; (no administrator rights: volunteers' and clinic laptops often have none) under
; %LOCALAPPDATA%\Programs\Spine Kiosk, with a Start menu entry and an optional desktop icon.
; The app writes only to %LOCALAPPDATA%\spine-kiosk (logs, usage figures), never into its
; own folder, so the folder can also be installed for all users by an administrator.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; A fixed id, so a newer installer upgrades an older one in place.
AppId={{5B0B8E1F-3C3A-4F4B-9B7E-2A8C1D6E5F40}
AppName=Spine Kiosk
AppVersion={#AppVersion}
AppPublisher=Spine Kiosk
DefaultDirName={autopf}\Spine Kiosk
DefaultGroupName=Spine Kiosk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=spine-kiosk-{#AppVersion}-windows-setup
SetupIconFile=..\build\packaging\spine-kiosk.ico
UninstallDisplayIcon={app}\spine-kiosk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\spine-kiosk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Spine Kiosk"; Filename: "{app}\spine-kiosk.exe"
Name: "{group}\Spine Kiosk (waiting-room mode)"; Filename: "{app}\spine-kiosk.exe"; Parameters: "--kiosk"
Name: "{autodesktop}\Spine Kiosk"; Filename: "{app}\spine-kiosk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\spine-kiosk.exe"; Description: "{cm:LaunchProgram,Spine Kiosk}"; Flags: nowait postinstall skipifsilent
