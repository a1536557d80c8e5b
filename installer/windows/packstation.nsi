; Packstation per-machine installer (NSIS 3, Unicode).
;
;   makensis /DVERSION=0.1.0 /DBUNDLE_DIR=..\..\dist\packstation /DOUTFILE=..\..\dist\packstation-0.1.0-setup.exe packstation.nsi
;
; Installs the PyInstaller bundle (dist\packstation) under Program Files for every user of the
; computer, a Start-menu folder for all users, an uninstaller listed in Apps / Add or Remove
; Programs, and the machine-wide settings file %ProgramData%\Packstation\packstation.toml when it
; does not exist yet. The settings file is IT's: an upgrade or an uninstall never touches it.
; (Debian's makensis compiles this against the Linux bundle as a check; see tests/install.)

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\packstation"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\packstation-${VERSION}-setup.exe"
!endif
!ifndef SETTINGS_EXAMPLE
  !define SETTINGS_EXAMPLE "..\packstation.toml.example"
!endif
!ifdef NO_COMPRESSION
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!define APP "Packstation"
!define PUBLISHER "Packstation"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Packstation"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "Software\${APP}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "${PUBLISHER}"

!define MUI_ABORTWARNING
!define MUI_ICON "packstation.ico"
!define MUI_UNICON "packstation.ico"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ; Per machine: Start menu, ProgramData ($APPDATA under "all") and the registry view for 64-bit.
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${Else}
    MessageBox MB_ICONSTOP "${APP} needs 64-bit Windows."
    Abort
  ${EndIf}
FunctionEnd

Function un.onInit
  SetShellVarContext all
  SetRegView 64
FunctionEnd

Section "Packstation" SecMain
  SectionIn RO
  ; An upgrade replaces the whole bundle: stale libraries from an older Qt must not linger.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"

  ; Machine-wide settings, created once with every key commented out; never overwritten.
  CreateDirectory "$APPDATA\${APP}"
  IfFileExists "$APPDATA\${APP}\packstation.toml" settings_done
    File "/oname=$APPDATA\${APP}\packstation.toml" "${SETTINGS_EXAMPLE}"
  settings_done:

  ; Start menu for all users: the app, and the self-test IT runs after installing.
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\packstation.exe" "" "$INSTDIR\packstation.exe" 0
  CreateShortcut "$SMPROGRAMS\${APP}\${APP} self-test.lnk" "$SYSDIR\cmd.exe" \
    '/k ""$INSTDIR\packstation-cli.exe" --self-test"' "$INSTDIR\packstation.exe" 0

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\packstation.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  ; The bundle and the Start menu go; %ProgramData%\Packstation (IT's settings) stays, and so do
  ; each user's journal and logs under their own profile (unsent boxes must never be lost).
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\${APP} self-test.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\packstation.exe"
  Delete "$INSTDIR\packstation-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${APP}"
SectionEnd
