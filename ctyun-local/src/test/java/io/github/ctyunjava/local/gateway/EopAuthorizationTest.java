package io.github.ctyunjava.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EopAuthorizationTest {
  /** The documented shape, as a regular expression: the oracle for the hand-written reader. */
  private static final Pattern SHAPE =
      Pattern.compile("(\\S+) Headers=(\\S+) Signature=([A-Za-z0-9+/=]+)");

  @Test
  void readsTheThreeParts() {
    EopAuthorization a =
        EopAuthorization.parse("ak01 Headers=ctyun-eop-request-id;eop-date Signature=ab+/cd==");
    assertThat(a)
        .isEqualTo(new EopAuthorization("ak01", "ctyun-eop-request-id;eop-date", "ab+/cd=="));
  }

  @Test
  void refusesEveryOtherShape() {
    for (String bad :
        new String[] {
          "",
          "ak",
          "Bearer abc",
          " ak Headers=h Signature=s",
          "ak  Headers=h Signature=s",
          "ak Headers=h  Signature=s",
          "ak Headers= Signature=s",
          "ak Headers=h Signature=",
          "ak Headers=h Signature=s ",
          "ak Headers=h Signature=s-t",
          "ak Headers=h Sig=s",
          "ak headers=h Signature=s",
          "a\tk Headers=h Signature=s",
          "ak Headers=h\r Signature=s",
          "ak Headers=h Signature=s\n",
          "ak Headers=h Signature=s Signature=t",
        }) {
      assertThat(EopAuthorization.parse(bad)).as("%s", bad).isNull();
    }
  }

  @Test
  void agreesWithTheRegularExpressionOnRandomValues() {
    String[] pieces = {
      "a",
      "Z",
      "0",
      "+",
      "/",
      "=",
      "-",
      ";",
      " ",
      "  ",
      "\t",
      "\n",
      "\r",
      "\f",
      "\u000B",
      "é",
      "Headers=",
      "Signature=",
      " Headers=",
      " Signature=",
      "ak"
    };
    Random random = new Random(20261201L);
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      boolean likely = random.nextBoolean();
      if (likely) {
        sb.append(token(random, pieces)).append(" Headers=").append(token(random, pieces));
        sb.append(" Signature=").append(token(random, pieces));
      } else {
        for (int n = random.nextInt(8); n > 0; n--) {
          sb.append(pieces[random.nextInt(pieces.length)]);
        }
      }
      String value = sb.toString();
      Matcher m = SHAPE.matcher(value);
      EopAuthorization parsed = EopAuthorization.parse(value);
      if (m.matches()) {
        accepted++;
        assertThat(parsed)
            .as("%s", value)
            .isEqualTo(new EopAuthorization(m.group(1), m.group(2), m.group(3)));
      } else {
        assertThat(parsed).as("%s", value).isNull();
      }
    }
    assertThat(accepted).as("values of the right shape among the random ones").isGreaterThan(1_000);
  }

  private static String token(Random random, String[] pieces) {
    StringBuilder sb = new StringBuilder();
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      sb.append(pieces[random.nextInt(6)]); // mostly Base64 characters
      if (random.nextInt(10) == 0) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
    }
    return sb.toString();
  }
}
