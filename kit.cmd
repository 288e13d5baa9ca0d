@echo off
rem The apikata kit launcher for Windows: builds cli\target\apikata-kit.jar with Maven when it is
rem missing or older than its sources, then runs it with every argument, from the project root.
setlocal EnableExtensions

rem Japanese messages need a UTF-8 console; the original code page comes back at the end.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "APIKATA_CODEPAGE=%%c"
chcp 65001 >nul

set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "JAR=%ROOT%\cli\target\apikata-kit.jar"

set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
    echo java が見つかりません。JDK 17 以降をインストールし、PATH か JAVA_HOME を設定してください（chapters\ja\00-getting-started.md）。 1>&2
    echo java was not found. Install JDK 17 or newer and put it on the PATH or in JAVA_HOME ^(chapters\en\00-getting-started.md^). 1>&2
    set "KIT_EXIT=3"
    goto end
)

rem Stale: any source, resource or pom the kit is built from is newer than the jar.
powershell -NoProfile -ExecutionPolicy Bypass -Command ^
  "$root = $env:ROOT; $jar = $env:JAR;" ^
  "if (-not (Test-Path $jar)) { exit 1 };" ^
  "$built = (Get-Item $jar).LastWriteTimeUtc;" ^
  "$inputs = @('pom.xml','cli\pom.xml','course\pom.xml','mock-server\pom.xml') | ForEach-Object { Join-Path $root $_ } | Where-Object { Test-Path $_ } | Get-Item;" ^
  "$inputs += @('cli\src','course\src','mock-server\src') | ForEach-Object { Join-Path $root $_ } | Where-Object { Test-Path $_ } | ForEach-Object { Get-ChildItem -Recurse -File $_ };" ^
  "if ($inputs | Where-Object { $_.LastWriteTimeUtc -gt $built } | Select-Object -First 1) { exit 1 } else { exit 0 }"
if not errorlevel 1 goto run

where mvn >nul 2>&1
if errorlevel 1 (
    if exist "%JAR%" (
        echo mvn が見つからないため、ビルド済みの kit をそのまま使います。 / mvn was not found: running the kit as it was last built. 1>&2
        goto run
    )
    echo mvn が見つかりません。kit をビルドするには Maven 3.8 以降が必要です（chapters\ja\00-getting-started.md）。 1>&2
    echo mvn was not found. Building the kit needs Maven 3.8 or newer ^(chapters\en\00-getting-started.md^). 1>&2
    set "KIT_EXIT=3"
    goto end
)
echo kit をビルドしています（ソースが変わったときだけ、1〜2 分かかります）… / Building the kit ^(only when its sources change; a minute or two^) ... 1>&2
pushd "%ROOT%"
rem Maven's console library ends with a colour reset even when nobody sees colours: keep output clean.
set "MAVEN_OPTS=%MAVEN_OPTS% -Djansi.noreset=true"
call mvn -q -B -DskipTests -pl cli -am package
set "BUILD_EXIT=%ERRORLEVEL%"
popd
if not "%BUILD_EXIT%"=="0" (
    echo kit のビルドに失敗しました。上の Maven のエラーを確認してください。 / Building the kit failed: see Maven's errors above. 1>&2
    set "KIT_EXIT=3"
    goto end
)

:run
pushd "%ROOT%"
rem The quick JIT compiler alone and one GC thread: a short-lived command starts faster.
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%JAR%" %*
set "KIT_EXIT=%ERRORLEVEL%"
popd

:end
if defined APIKATA_CODEPAGE chcp %APIKATA_CODEPAGE% >nul
endlocal & exit /b %KIT_EXIT%
