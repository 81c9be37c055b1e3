@echo off
rem The ctyun command (installed distribution): runs lib\ctyun.jar and lib\local\ on Java 17+.
rem Short commands run with the C1 compiler only; the AppCDS archive
rem of bin/ctyun is not used here. Environment: JAVA_HOME, CTYUN_JAVA_OPTS.
setlocal
set "CTYUN_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
set "CTYUN_JVM=-Xlog:disable -Xlog:all=warning:stderr -XX:TieredStopAtLevel=1"
if /i "%~1"=="local" set "CTYUN_JVM=-Xlog:disable -Xlog:all=warning:stderr -XX:MaxGCPauseMillis=5 -Xms1g -Xmx1g -XX:+AlwaysPreTouch"
if /i "%~1"=="demo" set "CTYUN_JVM=-Xlog:disable -Xlog:all=warning:stderr -XX:MaxGCPauseMillis=5 -Xms1g -Xmx1g -XX:+AlwaysPreTouch"
"%JAVA_EXE%" %CTYUN_JVM% %CTYUN_JAVA_OPTS% -cp "%CTYUN_HOME%\lib\ctyun.jar;%CTYUN_HOME%\lib\local\*" io.github.ctyunjava.cli.Main %*
exit /b %ERRORLEVEL%
