; Inno Setup script for the Windows installer of Quietcase.
;
; UNTESTED: built and tested on Linux only; this script is untested until a Windows build
; machine runs it (see packaging/README.md).
;
; Run by `python packaging/build.py` on Windows (after PyInstaller has made dist\quietcase\):
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\quietcase /Odist packaging\windows\quietcase.iss
; Signing: when QUIETCASE_WINDOWS_CERT (a .pfx file) is set, build.py signs the programs with
; signtool first and passes /DSign and /Squietcase=... so that Inno Setup signs the installer
; and the uninstaller too. Without it nothing is signed (Windows then warns before it runs).
;
; Installs for her alone (no administrator rights asked), in her own programs folder; adds a
; Start menu entry and, if she ticks it, a desktop icon. It downloads nothing and changes no
; system setting. Uninstalling removes the program only: her case files are where she saved
; them and stay there.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\quietcase"
#endif

[Setup]
AppId={{6E0B7C53-3B8E-4C86-9E0A-51C2D7A1F2C4}
AppName=Quietcase
AppVersion={#AppVersion}
AppPublisher=Quietcase
DefaultDirName={autopf}\Quietcase
DefaultGroupName=Quietcase
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=quietcase-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\quietcase.exe
#ifdef Sign
SignTool=quietcase $f
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Korean.isl is one of Inno Setup 6's official translations.
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Quietcase"; Filename: "{app}\quietcase.exe"
Name: "{autodesktop}\Quietcase"; Filename: "{app}\quietcase.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\quietcase.exe"; Description: "{cm:LaunchProgram,Quietcase}"; Flags: nowait postinstall skipifsilent
