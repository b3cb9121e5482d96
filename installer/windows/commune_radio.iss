; Inno Setup 6 script of the Windows installer of Commune Radio (Đài truyền thanh xã).
;
; NOT COMPILED HERE: the project is developed and tested on Linux (Debian), where neither Inno
; Setup nor a Windows PyInstaller build can run. Build on a Windows 10/11 PC with
; installer\windows\build.ps1, which first makes dist\commune-radio\ with PyInstaller
; (installer\commune_radio.spec) and then runs ISCC on this file. Needs Inno Setup 6.5 or later
; (the Vietnamese translation is for 6.5.0+); the script is UTF-8 with a byte-order mark.
;
; What it installs: the one-folder bundle into {autopf}\Commune Radio (per user:
; %LOCALAPPDATA%\Programs\Commune Radio, no administrator rights needed; /ALLUSERS on the
; command line installs for every user into Program Files), a Start-menu shortcut, an optional
; desktop shortcut, and an optional "start with Windows" entry: the HKCU Run value
; "commune-radio", the same value commune_radio/services/autostart.py writes when the operator
; turns the option on in the program, so either side can switch it off again.
;
; The station's data directory, %LOCALAPPDATA%\commune-radio (audio library, schedule, broadcast
; log, signing key), is never written by this installer and is KEPT on uninstall; the uninstaller
; says where it is.
;
; Vietnamese wizard pages: Inno Setup ships Vietnamese only as an UNOFFICIAL translation
; (Vietnamese.isl, in the Inno Setup source tree under Files\Languages\Unofficial and on the
; translations download page of the Inno Setup site; most installed copies of Inno Setup do not
; include it). This script looks for it, in order: beside this script, in the compiler's
; Languages\ folder, in Languages\Unofficial\. When none is there the "vi" language still exists,
; with Vietnamese shortcut, task and message texts but English wizard pages, and the compiler
; prints a warning. Vietnamese is the default language (no language dialog); /LANG=en gives the
; English installer.

#define AppName "Commune Radio"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "commune-radio.exe"
#define RepoRoot AddBackslash(SourcePath) + "..\.."
#define BundleDir RepoRoot + "\dist\commune-radio"
#define IconFile RepoRoot + "\build\icons\commune-radio.ico"

#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #define ViMessages AddBackslash(SourcePath) + "Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
  #define ViMessages "compiler:Languages\Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Vietnamese.isl")
  #define ViMessages "compiler:Languages\Unofficial\Vietnamese.isl"
#else
  #define ViMessages "compiler:Default.isl"
  #pragma warning "Vietnamese.isl not found: the Vietnamese installer will show English wizard pages. Put Inno Setup's unofficial Vietnamese.isl beside this script (see its header)."
#endif

#if !DirExists(BundleDir)
  #error "dist\commune-radio is missing: run installer\windows\build.ps1 (PyInstaller) first"
#endif

[Setup]
; AppId must never change: it ties upgrades and the uninstaller to earlier installs
AppId={{832A5230-3AF6-4AE6-B558-6231609F2C7C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Commune Radio
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} — Đài truyền thanh xã
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or later
MinVersion=10.0
WizardStyle=modern
LanguageDetectionMethod=none
ShowLanguageDialog=no
#if FileExists(IconFile)
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} (Đài truyền thanh xã)
; a running station program (window or headless `run`) is closed before files are replaced
CloseApplications=yes
RestartApplications=no
OutputDir={#RepoRoot}\dist
OutputBaseFilename=commune-radio-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes

[Languages]
; Vietnamese first: it is the default (LanguageDetectionMethod=none)
Name: "vi"; MessagesFile: "{#ViMessages}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.AppTitle=Đài truyền thanh xã
en.AppTitle=Commune Radio
vi.ShortcutsGroup=Lối tắt và khởi động:
en.ShortcutsGroup=Shortcuts and start-up:
vi.DesktopIconTask=Tạo biểu tượng trên màn hình nền (Desktop)
en.DesktopIconTask=Create a desktop shortcut
vi.AutostartTask=Tự mở chương trình khi đăng nhập Windows (để phát đúng lịch cả sau khi máy khởi động lại)
en.AutostartTask=Start the program when Windows starts (so the schedule resumes after a restart)
vi.UninstallShortcut=Gỡ cài đặt Đài truyền thanh xã
en.UninstallShortcut=Uninstall Commune Radio
vi.LaunchNow=Mở Đài truyền thanh xã ngay
en.LaunchNow=Open Commune Radio now
vi.DataKept=Dữ liệu của đài (thư viện âm thanh, lịch phát, nhật ký phát, khóa ký) vẫn được giữ tại:%n%n%1%n%nCài lại chương trình sẽ dùng tiếp dữ liệu này. Muốn xóa hẳn thì xóa thư mục đó.
en.DataKept=The station's data (audio library, schedule, broadcast log, signing key) is kept in:%n%n%1%n%nInstalling the program again uses it. To remove it for good, delete that folder.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIconTask}"; GroupDescription: "{cm:ShortcutsGroup}"
Name: "autostart"; Description: "{cm:AutostartTask}"; GroupDescription: "{cm:ShortcutsGroup}"

[InstallDelete]
; an upgrade must not keep libraries of the previous bundle that the new one no longer has
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Commune Radio"
Name: "{group}\{cm:UninstallShortcut}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; the value autostart.py writes: the quoted executable (the program may add --data-dir)
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "commune-radio"; ValueData: """{app}\{#AppExe}"""; Tasks: autostart; Flags: uninsdeletevalue
; removed on uninstall even when the program itself wrote it (option turned on in the window)
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "commune-radio"; Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchNow}"; WorkingDir: "{app}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data: %LOCALAPPDATA%\commune-radio stays.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\commune-radio');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
