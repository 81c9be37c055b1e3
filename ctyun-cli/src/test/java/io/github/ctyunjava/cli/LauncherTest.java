package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.common.CliContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

/** {@code bin/ctyun} stays in step with the command model it launches. */
class LauncherTest {
  /**
   * To find the command word (for the JVM flags of {@code local} and {@code demo}), the launcher
   * skips the values of the global options that take one: its list must be exactly those options.
   */
  @Test
  void theLauncherKnowsEveryGlobalOptionThatTakesAValue() throws Exception {
    String script = Files.readString(Path.of("src/dist/bin/ctyun"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("(?m)^\\s*(--[a-z-]+(?: \\| --[a-z-]+)*)\\) value_next=true")
            .matcher(script);
    assertThat(m.find()).as("the launcher's list of global options with a value").isTrue();
    TreeSet<String> inScript = new TreeSet<>();
    for (String name : m.group(1).split(" \\| ")) {
      inScript.add(name);
    }

    TreeSet<String> inModel = new TreeSet<>();
    CliContext ctx = CliContext.builder().env(Map.of()).build();
    for (OptionSpec o : Ctyun.newCommandLine(ctx).getCommandSpec().options()) {
      if (o.scopeType() == picocli.CommandLine.ScopeType.INHERIT && o.arity().max() > 0) {
        inModel.add(o.longestName());
      }
    }
    assertThat(inModel).isNotEmpty();
    assertThat(inScript).isEqualTo(inModel);
  }
}
