@echo off
rem The ctyun command (installed distribution): runs lib\ctyun.jar and lib\local\ on Java 17+.
rem Short commands run with the C1 compiler only; the AppCDS archive
rem of bin/ctyun is not used here. Environment: JAVA_HOME, CTYUN_JAVA_OPTS.
setlocal
set "CTYUN_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
set "CTYUN_JVM=-Xlog:disable -Xlog:all=warning:stderr -XX:TieredStopAtLevel=1"
set "CTYUN_HEAP="
if /i "%~1"=="local" set "CTYUN_JVM=-Xlog:disable -Xlog:all=warning:stderr -XX:MaxGCPauseMillis=5 -XX:+AlwaysPreTouch"
if /i "%~1"=="local" set "CTYUN_HEAP=-Xms1g -Xmx1g"
if /i "%~1"=="demo" set "CTYUN_JVM=-Xlog:disable -Xlog:all=warning:stderr -XX:MaxGCPauseMillis=5 -XX:+AlwaysPreTouch"
if /i "%~1"=="demo" set "CTYUN_HEAP=-Xms1g -Xmx1g"
rem a heap size in CTYUN_JAVA_OPTS replaces the emulator's whole (see bin/ctyun)
if defined CTYUN_HEAP if defined CTYUN_JAVA_OPTS (
  echo(%CTYUN_JAVA_OPTS%| findstr /i /c:"-Xm" /c:"HeapSize=" /c:"RAMPercentage=" /c:"RAMFraction=" >nul && set "CTYUN_HEAP="
)
"%JAVA_EXE%" %CTYUN_JVM% %CTYUN_HEAP% %CTYUN_JAVA_OPTS% -cp "%CTYUN_HOME%\lib\ctyun.jar;%CTYUN_HOME%\lib\local\*" io.github.ctyunjava.cli.Main %*
exit /b %ERRORLEVEL%
