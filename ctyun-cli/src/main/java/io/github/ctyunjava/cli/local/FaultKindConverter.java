package io.github.ctyunjava.cli.local;

import io.github.ctyunjava.local.CtyunLocalOptions.FaultKind;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --fail-with}: {@code 503} (service unavailable) or {@code throttle} (HTTP 429). */
final class FaultKindConverter implements ITypeConverter<FaultKind> {
  @Override
  public FaultKind convert(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "503", "unavailable" -> FaultKind.UNAVAILABLE;
      case "throttle", "429" -> FaultKind.THROTTLE;
      default -> throw new TypeConversionException("'" + value + "' is not 503 or throttle");
    };
  }
}
