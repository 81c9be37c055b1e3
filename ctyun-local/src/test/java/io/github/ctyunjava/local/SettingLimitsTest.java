package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The builder and the flags refuse the same values, each in its own words: the builder names its
 * methods, the command line its flags.
 */
class SettingLimitsTest {
  private static Arguments refused(
      Consumer<CtyunLocalOptions.Builder> builder,
      String builderMessage,
      List<String> flags,
      String flagsMessage) {
    return Arguments.of(builder, builderMessage, flags, flagsMessage);
  }

  static Stream<Arguments> outOfRange() {
    return Stream.of(
        refused(
            b -> b.port(70000),
            "port must be between 0 and 65535, got 70000",
            List.of("--port", "70000"),
            "--port must be between 0 and 65535, got 70000"),
        refused(
            b -> b.port(-1),
            "port must be between 0 and 65535, got -1",
            List.of("--port", "-1"),
            "--port must be between 0 and 65535, got -1"),
        refused(
            b -> b.tlsPort(65536),
            "tlsPort must be between 0 and 65535, got 65536",
            List.of("--tls-port", "65536"),
            "--tls-port must be between 0 and 65535, got 65536"),
        refused(
            b -> b.tls(true).port(8443).tlsPort(8443),
            "tlsPort must differ from port, both are 8443",
            List.of("--tls", "--port", "8443", "--tls-port", "8443"),
            "--tls-port must differ from --port, both are 8443"),
        refused(
            b -> b.failRate(1.5),
            "failRate must be between 0 and 1, got 1.5",
            List.of("--fail-rate", "1.5"),
            "--fail-rate must be between 0 and 1, got 1.5"),
        refused(
            b -> b.failRate(Double.NaN),
            "failRate must be between 0 and 1, got NaN",
            List.of("--fail-rate", "NaN"),
            "--fail-rate must be between 0 and 1, got NaN"),
        refused(
            b -> b.maxBodyBytes(0),
            "maxBodyBytes must be positive, got 0",
            List.of("--max-body-bytes", "0"),
            "--max-body-bytes must be positive, got 0"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("outOfRange")
  void theBuilderAndTheFlagsRefuseTheSameValue(
      Consumer<CtyunLocalOptions.Builder> builder,
      String builderMessage,
      List<String> flags,
      String flagsMessage) {
    CtyunLocalOptions.Builder b = CtyunLocalOptions.builder();
    builder.accept(b);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(builderMessage);
    assertThatThrownBy(() -> CtyunLocalArgs.parse(flags.toArray(new String[0]), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(flagsMessage);
  }

  @Test
  void durationsTheFlagsCannotWriteAreRefusedByTheBuilder() {
    // the flags' duration form has no sign
    assertThatThrownBy(() -> CtyunLocalOptions.builder().dateWindow(Duration.ofSeconds(-1)).build())
        .hasMessage("dateWindow must not be negative, got PT-1S");
    assertThatThrownBy(() -> CtyunLocalOptions.builder().latency(Duration.ofMillis(-5)).build())
        .hasMessage("latency must not be negative, got PT-0.005S");
    assertThatThrownBy(() -> CtyunLocalArgs.parse(new String[] {"--latency", "-5ms"}, Map.of()))
        .hasMessageContaining("is not a duration");
  }

  @Test
  void theEdgesOfEachRangeAreAccepted() {
    CtyunLocalOptions low =
        CtyunLocalArgs.parse(
            new String[] {
              "--tls", "--port", "0", "--tls-port", "0", "--fail-rate", "0", "--max-body-bytes", "1"
            },
            Map.of());
    assertThat(low.port()).isZero();
    assertThat(low.tlsPort()).isZero();
    assertThat(low.maxBodyBytes()).isEqualTo(1);
    CtyunLocalOptions high =
        CtyunLocalArgs.parse(
            new String[] {"--tls", "--port", "65535", "--tls-port", "0", "--fail-rate", "1"},
            Map.of());
    assertThat(high.port()).isEqualTo(65535);
    assertThat(high.failRate()).isEqualTo(1.0);
    CtyunLocalOptions built =
        CtyunLocalOptions.builder()
            .tlsPort(65535)
            .dateWindow(Duration.ZERO)
            .latency(Duration.ZERO)
            .build();
    assertThat(built.tlsPort()).isEqualTo(65535);
  }

  @Test
  void theNamesAreTheBuildersMethodsAndTheFlags() {
    CommandLine.Model.CommandSpec flags =
        new CommandLine(new CtyunLocalArgs.Standalone()).getCommandSpec();
    for (String flag : names(SettingLimits.Names.FLAGS)) {
      assertThat(flags.findOption(flag)).as(flag).isNotNull();
    }
    for (String method : names(SettingLimits.Names.BUILDER)) {
      assertThat(Arrays.stream(CtyunLocalOptions.Builder.class.getMethods()))
          .as(method)
          .anyMatch(m -> m.getName().equals(method));
    }
  }

  private static List<String> names(SettingLimits.Names n) {
    return List.of(n.port, n.tlsPort, n.failRate, n.maxBodyBytes, n.dateWindow, n.latency);
  }
}
