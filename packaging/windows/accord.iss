; Inno Setup 6 script: installs dist\Accord (built by packaging\accord.spec) for the current user,
; adds a Start-menu entry and makes Accord open *.accord files.
;
;   pyinstaller --noconfirm packaging\accord.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\accord.iss       -> dist\Accord-0.1.0-setup.exe
;
; Per-user by default (no administrator rights; registry under HKCU\Software\Classes); the
; installer offers an all-users install (HKLM) when run by an administrator. Paths below
; are relative to this file.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Accord"
#define AppExe "Accord.exe"
#define ProgId "Accord.Project"

[Setup]
; AppId identifies the installation for upgrades and uninstalling: never change it.
AppId={{0C5DAA67-EE06-4E69-8C94-67981F2FEF73}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Accord
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\accord.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Tell Explorer that file associations changed (it refreshes icons and "Open with").
ChangesAssociations=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\Accord\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version replaces the old program files completely (no stale modules in _internal).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; *.accord -> Accord.Project; "Accord project", Accord's icon, opened with "Accord.exe" "<file>".
Root: HKA; Subkey: "Software\Classes\.accord"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.accord"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-accord-project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.accord\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Accord project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".accord"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
