import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.security.MessageDigest;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The floor of {@code ctyun-bench/startup.sh}: the least a JVM command can do with the CLI's
 * libraries for one call (picocli parses one option, Jackson's ObjectMapper reads and pretty-prints
 * the answer, SHA-256 of the empty body, one HTTP GET), run with its own AppCDS archive. No
 * signature, config, catalogue or output options: it shows how much of {@code ctyun}'s start-up is
 * the platform and the libraries rather than the CLI. Usage: {@code StartupFloor URL --region-id ID}.
 */
public final class StartupFloor {
  private StartupFloor() {}

  public static void main(String[] args) throws Exception {
    CommandSpec spec = CommandSpec.create();
    spec.addOption(OptionSpec.builder("--region-id").type(String.class).build());
    spec.addPositional(CommandLine.Model.PositionalParamSpec.builder().type(String.class).build());
    CommandLine.ParseResult parsed = new CommandLine(spec).parseArgs(args);
    String url = parsed.matchedPositionalValue(0, "") + "/v4/vpc/list?regionID="
        + parsed.matchedOptionValue("--region-id", "");
    MessageDigest.getInstance("SHA-256").digest(new byte[0]);
    HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
    byte[] body;
    try (InputStream in = c.getResponseCode() < 400 ? c.getInputStream() : c.getErrorStream()) {
      body = in.readAllBytes();
    }
    ObjectMapper mapper = new ObjectMapper();
    JsonNode answer = mapper.readTree(body);
    System.out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
  }
}
