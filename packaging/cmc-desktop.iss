; Inno Setup script for the Windows installer of CMC Desktop.
; Build the bundle first (python packaging\build.py), then compile this script with ISCC.
; The user's data folder (%LOCALAPPDATA%\CMC\cmc-desktop) is never removed on uninstall.
#define AppName "CMC Desktop"
#define AppVersion "0.1.0"
#define AppExe "cmc-desktop.exe"

[Setup]
AppId={{6C1F3E8A-2B7D-4E59-9A0C-3D5E7F901A2B}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Cités des Métiers et des Compétences
DefaultDirName={autopf}\CMC Desktop
DefaultGroupName=CMC Desktop
OutputBaseFilename=cmc-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\{#AppExe}
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\cmc-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\CMC Desktop"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,CMC Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\CMC Desktop"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,CMC Desktop}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: databases, backups and logs live in the user's data folder and stay.
Type: filesandordirs; Name: "{app}"
