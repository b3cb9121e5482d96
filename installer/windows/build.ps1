# Build the Windows installer of Commune Radio: dist\commune-radio-VERSION-windows-x86_64-setup.exe
#
# NOT RUN IN CI OR ON THE DEVELOPERS' MACHINES (they are Linux); written to be run on a Windows 10/11
# PC with Python 3.11 (x64) on PATH and Inno Setup 6.5+ installed. From the repository root:
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# Steps: a virtualenv build\venv-win (build\ is git-ignored) with the project and the same pinned PyInstaller as
# installer/build.sh; the icons (installer/make_icons.py); the one-folder bundle
# (installer/commune_radio.spec: commune-radio.exe without a console for the shortcuts, and
# commune-radio-cli.exe with one for the commands of CLI.md); a check that the bundle starts;
# then ISCC on installer\windows\commune_radio.iss. For Vietnamese wizard pages put Inno Setup's
# unofficial Vietnamese.isl beside the .iss first (see the .iss header).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$pins = @("pyinstaller==6.22.3", "pyinstaller-hooks-contrib==2026.9")
if (-not (Test-Path build\venv-win\Scripts\python.exe)) { python -m venv build\venv-win }
$py = "build\venv-win\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -e . @pins
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$version = & $py -c "import commune_radio; print(commune_radio.__version__)"
& $py installer\make_icons.py build\icons
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller installer\commune_radio.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
Copy-Item installer\THIRD_PARTY.md dist\commune-radio\THIRD_PARTY.md

# the bundle must at least start and find its ffmpeg before it is packaged
$out = & dist\commune-radio\commune-radio-cli.exe --version
if ($LASTEXITCODE -ne 0 -or $out -ne "commune-radio $version") { throw "bundle check failed: $out" }
$size = (Get-ChildItem dist\commune-radio -Recurse | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("bundle: {0:N0} MB" -f $size)

$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
          "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found" }
& $iscc "/DAppVersion=$version" installer\windows\commune_radio.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "dist\commune-radio-$version-windows-x86_64-setup.exe"
