package io.github.ctyunjava.cli.local;

import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.CtyunLocalOptions;
import io.github.ctyunjava.local.TrustInstructions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code ctyun local start} prints once the emulator listens: where it is, which account to
 * sign with (its access key, never the secret key), the admin token and a first command to try.
 */
public final class LocalBanner {
  /** The profile the emulator writes on first start. */
  static final String PROFILE = "local";

  /** CTyun's documentation sample region, served by the emulator. */
  public static final String SAMPLE_REGION = "81f7728662dd11ec810800155d307d5b";

  private LocalBanner() {}

  /** Prints the banner. */
  static void print(PrintWriter out, CtyunLocal local) {
    CtyunLocalOptions o = local.options();
    String endpoint = local.endpoint().toString();
    String ak = local.credentials().accessKey();
    boolean inProfile = profileHolds(o, ak);
    out.println("ctyun-local is running; press Ctrl+C to stop.");
    out.println("  endpoint:     " + endpoint);
    out.println("  listening on: " + local.bindAddress());
    local.networkWarning().ifPresent(w -> out.println("  " + w));
    if (local.caFile() != null) {
      out.println("  https:        " + local.tlsEndpoint());
      out.println("  CA:           " + local.caFile());
    }
    out.println("  access key:   " + ak + "  (the secret key is never printed)");
    if (inProfile) {
      out.println("  credentials:  profile '" + PROFILE + "' in " + o.credentialsFile());
    } else {
      out.println(
          "  credentials:  not in profile '"
              + PROFILE
              + "' of "
              + o.credentialsFile()
              + ": sign with this access key and its secret key");
    }
    out.println("  admin token:  " + local.adminToken() + "  (header X-Ctyun-Admin-Token)");
    out.println("  store:        " + store(o));
    out.println("  health:       " + endpoint + "/_ctyun/health");
    if (local.caFile() != null) {
      out.println();
      TrustInstructions.lines(local.caFile(), local.tlsEndpoint()).forEach(out::println);
    }
    out.println();
    out.println("Try it:");
    String call = "api GET ctvpc /v4/vpc/list --param regionID=" + SAMPLE_REGION;
    if (inProfile) {
      // the profile also holds endpoint_url (and ca_bundle): nothing else to pass
      out.println("  ctyun --profile " + PROFILE + " " + call);
      out.println(
          "  (SDK: CTYUN_PROFILE="
              + PROFILE
              + ", or .profile(\""
              + PROFILE
              + "\") on a client builder)");
    } else {
      out.println(
          "  CTYUN_AK="
              + ak
              + " CTYUN_SK=<its secret key> ctyun --endpoint-url "
              + (local.caFile() != null
                  ? local.tlsEndpoint() + " --ca-bundle " + local.caFile()
                  : endpoint)
              + " "
              + call);
    }
    out.flush();
  }

  /** Whether profile {@value #PROFILE} of the credentials file holds this access key. */
  static boolean profileHolds(CtyunLocalOptions o, String accessKey) {
    Path file = o.credentialsFile();
    if (file == null || !Files.isRegularFile(file)) {
      return false;
    }
    try {
      return accessKey.equals(ProfileFile.read(file).profile(PROFILE).get("access_key"));
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  /** The SQLite directory, or the PostgreSQL URL without its query (which may hold a password). */
  static String store(CtyunLocalOptions o) {
    if (!o.usesExternalDatabase()) {
      return o.dataDir() + " (SQLite)";
    }
    String url = o.dbUrl();
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q);
    int at = base.lastIndexOf('@');
    int slashes = base.indexOf("//");
    if (at > slashes && slashes >= 0) {
      base = base.substring(0, slashes + 2) + base.substring(at + 1);
    }
    return base + " (PostgreSQL)";
  }
}
