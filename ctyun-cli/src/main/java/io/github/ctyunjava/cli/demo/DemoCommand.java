package io.github.ctyunjava.cli.demo;

import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.CliVersion;
import io.github.ctyunjava.cli.common.ErrorHandler;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.TempDirs;
import io.github.ctyunjava.cli.common.TopCommand;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import io.github.ctyunjava.core.exception.CtyunException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.ecx.EcxClient;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.CtyunLocalOptions;
import io.github.ctyunjava.vpce.VpceClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ctyun demo}: starts an embedded emulator on a free port with its own data directory and
 * account, walks the {@link DemoScenario} through the SDK's typed clients ({@link VpceClient},
 * {@link EcxClient}, sharing one core client), and stops it again. Never reads or writes {@code
 * ~/.ctyun}.
 */
@Command(
    name = "demo",
    sortOptions = false,
    description = {
      "Start an embedded ctyun-local emulator and walk through a VPC endpoint scenario against"
          + " it with the SDK: every call signed, and verified by the emulator.",
      "Uses a free port, a temporary data directory and the emulator's own account; your"
          + " ~/.ctyun files are not read or written.",
      ""
    })
public final class DemoCommand implements Callable<Integer> {
  @ParentCommand private TopCommand top;

  @Option(names = "--keep", description = "Keep the temporary data directory afterwards.")
  private boolean keep;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Use this emulator data directory instead of a temporary one (never deleted).")
  private Path dataDir;

  @Override
  public Integer call() throws IOException, InterruptedException {
    CliContext ctx = top.context();
    boolean temporary = dataDir == null;
    Path dir = temporary ? Files.createTempDirectory("ctyun-demo-") : dataDir;
    try {
      return run(ctx, dir, temporary);
    } finally {
      if (temporary && !keep && !TempDirs.deleteRecursively(dir)) {
        ctx.err().println("ctyun: could not delete " + dir);
      }
    }
  }

  private int run(CliContext ctx, Path dir, boolean temporary) throws InterruptedException {
    PrintWriter out = ctx.out();
    PrintWriter err = ctx.err();
    CallCounter counter = new CallCounter();
    CtyunLocal local;
    try {
      CtyunLocalOptions.Builder o =
          CtyunLocalOptions.builder()
              .host("127.0.0.1")
              .port(0)
              .dataDir(dir)
              .writeProfile(false)
              .clock(ctx.clock());
      ctx.localCustomizer().accept(o);
      local = new CtyunLocal(o.build()).start();
    } catch (RuntimeException e) {
      err.println("ctyun: demo failed: cannot start the embedded emulator: " + e.getMessage());
      return ExitCodes.SERVICE_ERROR;
    }
    try (local;
        CtyunClient client = client(ctx, local, counter);
        VpceClient vpce = VpceClient.builder().client(client).build();
        EcxClient ecx = EcxClient.builder().client(client).build()) {
      intro(out, local, dir, temporary);
      new DemoScenario(vpce, ecx, new StepLog(out), DemoScenario.Pause.sleep()).run();
      out.println();
      out.println(
          "demo finished: " + counter.calls() + " calls, all signed and verified by ctyun-local");
      return ExitCodes.OK;
    } catch (CtyunServiceException e) {
      err.println("ctyun: demo failed: " + ErrorHandler.oneLine(e));
      return ExitCodes.SERVICE_ERROR;
    } catch (CtyunException | IllegalStateException e) {
      err.println("ctyun: demo failed: " + e.getMessage());
      return ExitCodes.SERVICE_ERROR;
    }
  }

  private static CtyunClient client(CliContext ctx, CtyunLocal local, CallCounter counter) {
    CtyunClient.Builder b =
        CtyunClient.builder()
            .configuration(CtyunConfiguration.loader().environment(ctx.env()).load())
            .credentialsProvider(StaticCredentialsProvider.create(local.credentials()))
            .endpointOverride(local.endpoint().toString())
            .clock(ctx.clock())
            .userAgentSuffix("ctyun-cli/" + CliVersion.cliVersion())
            .addInterceptor(counter);
    ctx.clientCustomizer().accept(b);
    return b.build();
  }

  private void intro(PrintWriter out, CtyunLocal local, Path dir, boolean temporary) {
    out.println(
        "ctyun demo: an embedded ctyun-local, driven through the SDK (VpceClient, EcxClient)");
    out.println("  endpoint:    " + local.endpoint());
    out.println(
        "  account AK:  "
            + local.credentials().accessKey()
            + "  (the emulator's own account; ~/.ctyun is not used)");
    String fate;
    if (!temporary) {
      fate = "kept";
    } else if (keep) {
      fate = "kept (--keep)";
    } else {
      fate = "deleted at the end; --keep keeps it";
    }
    out.println("  data dir:    " + dir + "  (" + fate + ")");
    out.println("  region:      " + DemoScenario.REGION);
    out.println();
  }
}
