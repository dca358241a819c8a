@echo off
rem cop: runs the cop command-line tool from this distribution (#22).
rem
rem Starts the JVM for a short run: the C1 compiler only, the serial collector, and an
rem application class-data archive (AppCDS) of the classes of earlier runs.
rem   JDK 19 and newer: -XX:+AutoCreateSharedArchive (the JVM creates and refreshes it).
rem   JDK 17 and 18:    the first run records the classes it loads, then a second JVM writes a
rem                     static archive of them (-Xshare:dump, once); later runs map it.
rem The archive goes to lib\cds\ of this distribution when writable, else to
rem %LOCALAPPDATA%\cop\; without either the tool runs without one.
rem
rem Environment: JAVA_HOME (default: java on the PATH), COP_JAVA_OPTS (extra JVM options, after
rem the launcher's own), COP_CDS=off (no archive), COP_CDS_DIR (the archive's directory).
setlocal EnableExtensions DisableDelayedExpansion

set "COP_HOME=%~dp0.."
set "COP_JAR=%COP_HOME%\lib\cop.jar"
rem Messages that print paths stay outside parenthesised blocks: a path such as
rem "C:\Program Files (x86)" would end the block early.
if not exist "%COP_JAR%" goto nojar

if defined JAVA_HOME (
  set "COP_JAVA=%JAVA_HOME%\bin\java.exe"
  set "COP_JAVA_HOME=%JAVA_HOME%"
) else (
  set "COP_JAVA="
  set "COP_JAVA_HOME="
  for %%J in (java.exe) do set "COP_JAVA=%%~$PATH:J"
)
if not defined COP_JAVA (
  echo cop: no java found; install JDK 17 or newer, or set JAVA_HOME 1>&2
  exit /b 2
)
if not exist "%COP_JAVA%" goto nojava
if not defined COP_JAVA_HOME for %%J in ("%COP_JAVA%") do set "COP_JAVA_HOME=%%~dpJ.."

rem The Java version from <java home>\release: JAVA_VERSION="17.0.15" gives 17.0.15 and 17.
set "COP_JAVA_VERSION="
set "COP_FEATURE=0"
if exist "%COP_JAVA_HOME%\release" (
  for /f "usebackq tokens=2 delims==" %%V in (`findstr /b "JAVA_VERSION=" "%COP_JAVA_HOME%\release"`) do set "COP_JAVA_VERSION=%%~V"
)
if defined COP_JAVA_VERSION for /f "tokens=1 delims=." %%F in ("%COP_JAVA_VERSION%") do set /a "COP_FEATURE=%%F" 2>nul
if %COP_FEATURE% GTR 0 if %COP_FEATURE% LSS 17 goto oldjava

rem -Xlog: the JVM's own warnings would go to standard output, mixed with the report.
set "COP_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:-UsePerfData -Xlog:disable -Xlog:all=error:stderr"

set "COP_ARCHIVE_DIR="
if /i "%COP_CDS%"=="off" goto run
if %COP_FEATURE% LSS 17 goto run
for %%D in ("%COP_CDS_DIR%" "%COP_HOME%\lib\cds" "%LOCALAPPDATA%\cop") do (
  if not defined COP_ARCHIVE_DIR if not "%%~D"=="" if not "%%~D"=="\cop" (
    if not exist "%%~D" mkdir "%%~D" 2>nul
    if exist "%%~D" (
      type nul > "%%~D\.cop-write-test" 2>nul && (
        del "%%~D\.cop-write-test" 2>nul
        set "COP_ARCHIVE_DIR=%%~D"
      )
    )
  )
)
if not defined COP_ARCHIVE_DIR goto run
set "COP_ARCHIVE=%COP_ARCHIVE_DIR%\cop-@project.version@-java%COP_JAVA_VERSION%.jsa"

if %COP_FEATURE% GEQ 19 goto auto
if exist "%COP_ARCHIVE%" goto mapped
rem JDK 17 and 18, first run: record the classes this run loads, then write a static archive of
rem them under a name of this run's own and move it into place.
set "COP_PARTIAL=%COP_ARCHIVE%.%RANDOM%.tmp"
set "COP_LIST=%COP_ARCHIVE%.%RANDOM%.classlist"
"%COP_JAVA%" %COP_OPTS% "-XX:DumpLoadedClassList=%COP_LIST%" %COP_JAVA_OPTS% -jar "%COP_JAR%" %*
set "COP_STATUS=%ERRORLEVEL%"
if exist "%COP_LIST%" "%COP_JAVA%" -XX:+UseSerialGC -Xshare:dump "-XX:SharedClassListFile=%COP_LIST%" "-XX:SharedArchiveFile=%COP_PARTIAL%" -Xlog:disable -Xlog:all=error:stderr -cp "%COP_JAR%" >nul 2>nul
if exist "%COP_PARTIAL%" move /y "%COP_PARTIAL%" "%COP_ARCHIVE%" >nul 2>nul
if exist "%COP_PARTIAL%" del "%COP_PARTIAL%" >nul 2>nul
if exist "%COP_LIST%" del "%COP_LIST%" >nul 2>nul
exit /b %COP_STATUS%

:auto
"%COP_JAVA%" %COP_OPTS% "-XX:SharedArchiveFile=%COP_ARCHIVE%" -XX:+AutoCreateSharedArchive %COP_JAVA_OPTS% -jar "%COP_JAR%" %*
exit /b %ERRORLEVEL%

:mapped
"%COP_JAVA%" %COP_OPTS% "-XX:SharedArchiveFile=%COP_ARCHIVE%" %COP_JAVA_OPTS% -jar "%COP_JAR%" %*
exit /b %ERRORLEVEL%

:run
"%COP_JAVA%" %COP_OPTS% %COP_JAVA_OPTS% -jar "%COP_JAR%" %*
exit /b %ERRORLEVEL%

:nojar
echo cop: %COP_JAR% is missing; unpack the whole distribution 1>&2
exit /b 2

:nojava
echo cop: no java at %COP_JAVA%; install JDK 17 or newer, or set JAVA_HOME 1>&2
exit /b 2

:oldjava
echo cop: needs Java 17 or newer, but %COP_JAVA% is Java %COP_JAVA_VERSION% 1>&2
exit /b 2
