package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.CliLanguage;
import io.github.ctyunjava.cli.common.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages and help in English or Chinese, and how the language is chosen. */
class LanguageTest {
  @TempDir Path tmp;

  /** A runner without credentials whose profile files live under the temporary directory. */
  private CliRunner runner() {
    return new CliRunner()
        .env("CTYUN_SHARED_CREDENTIALS_FILE", tmp.resolve("credentials").toString())
        .env("CTYUN_CONFIG_FILE", tmp.resolve("config").toString());
  }

  @Test
  void missingCredentialsInChineseExitFour() {
    CliRunner.Result r = runner().env("CTYUN_LANGUAGE", "zh-CN").run("vpc", "list-vpcs");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("ctyun：未找到可用的凭证，或凭证配置有误。请运行 ctyun configure，或设置环境变量 CTYUN_AK 与 CTYUN_SK。\n详情：");

    CliRunner.Result english = runner().run("vpc", "list-vpcs");
    assertThat(english.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(english.err()).startsWith("ctyun: no CTyun credentials found");
  }

  @Test
  void helpInChinese() {
    CliRunner.Result r = runner().run("--lang", "zh-CN", "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("用法： ctyun")
        .contains("天翼云（CTyun）OpenAPI 命令行客户端。")
        .containsPattern("\\n  configure +把配置的凭证与设置保存到")
        .containsPattern("\\n  vpce +VPC 终端节点与终端节点服务操作")
        .containsPattern("--profile=NAME +使用 ~/.ctyun/credentials")
        .contains("显示帮助信息并退出。")
        .contains("退出码：")
        .contains("4   配置或凭证缺失或有误")
        .doesNotContain("Usage:");

    // an operation: Chinese frame, the spec's English description
    CliRunner.Result op = runner().run("--lang", "zh", "vpc", "create-vpc", "--help");
    assertThat(op.out().replaceAll("\\s+", " "))
        .startsWith("用法： ctyun vpc create-vpc")
        .contains("CIDR：body string，必填。 示例：192.168.0.0/16")
        .contains("4 配置或凭证缺失或有误")
        .contains("显示帮助信息并退出。");
  }

  @Test
  void languageComesFromTheFlagThenTheEnvironmentThenTheProfileThenTheOsLocale() throws Exception {
    Files.writeString(tmp.resolve("config"), "[default]\nlanguage = zh-CN\n[en]\nlanguage = en\n");

    assertThat(chinese(runner().run())).isTrue(); // the profile
    assertThat(chinese(runner().run("--profile", "en"))).isFalse();
    assertThat(chinese(runner().env("CTYUN_LANGUAGE", "en").run())).isFalse();
    assertThat(chinese(runner().env("CTYUN_LANGUAGE", "en").run("--lang", "zh-CN"))).isTrue();
    assertThat(chinese(runner().env("CTYUN_LANGUAGE", "zh_CN").run("--lang=en"))).isFalse();

    Files.delete(tmp.resolve("config"));
    assertThat(chinese(runner().env("LANG", "zh_CN.UTF-8").run())).isTrue();
    assertThat(chinese(runner().env("LANG", "zh_CN.UTF-8").env("LC_ALL", "C").run())).isFalse();
    assertThat(chinese(runner().env("LANG", "en_US.UTF-8").run())).isFalse();
    assertThat(chinese(runner().run())).isFalse(); // the default
    assertThat(CliLanguage.resolve(new String[0], Map.of(), Locale.CHINA))
        .isEqualTo(CliLanguage.CHINESE); // the JVM's locale when no variable says
  }

  /** Whether a run without a command answered in Chinese. */
  private static boolean chinese(CliRunner.Result r) {
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    return r.err().startsWith("ctyun：请指定一个命令");
  }

  @Test
  void picocliParseErrorsInChinese() {
    CliRunner.Result unknown = runner().run("--lang", "zh-CN", "vpc", "list-vpcs", "--bogus");

    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err())
        .isEqualTo("ctyun: 未知选项：'--bogus'\n运行 'ctyun vpc list-vpcs --help' 查看用法。\n");

    CliRunner.Result noValue =
        runner().env("CTYUN_LANGUAGE", "zh-CN").run("vpc", "list-vpcs", "--region-id");
    assertThat(noValue.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noValue.out()).isEmpty();
    assertThat(noValue.err()).startsWith("ctyun: 选项 '--region-id' (REGION_ID) 缺少参数值\n");

    CliRunner.Result typo = runner().run("--lang", "zh-CN", "confgure");
    assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(typo.out()).isEmpty();
    assertThat(typo.err())
        .isEqualTo(
            "ctyun: 无法识别的参数（索引 2）：'confgure'\n你是不是想输入：ctyun configure 或 ctyun completion？\n");
  }

  @Test
  void picocliParseErrorsInEnglishKeepPicocliWords() {
    CliRunner.Result unknown = runner().run("vpc", "list-vpcs", "--bogus");
    assertThat(unknown.err())
        .isEqualTo(
            "ctyun: Unknown option: '--bogus'\nRun 'ctyun vpc list-vpcs --help' for usage.\n");

    CliRunner.Result noValue = runner().run("--profile");
    assertThat(noValue.err())
        .isEqualTo(
            "ctyun: Missing required parameter for option '--profile' (NAME)\n"
                + "Run 'ctyun --help' for usage.\n");

    CliRunner.Result typo = runner().run("confgure");
    assertThat(typo.err())
        .isEqualTo(
            "ctyun: Unmatched argument at index 0: 'confgure'\nDid you mean: ctyun configure or ctyun completion?\n");
  }

  @Test
  void fieldValueErrorsInChinese() {
    CliRunner.Result r =
        runner()
            .run("--lang", "zh-CN", "vpc", "list-vpcs", "--region-id", "r1", "--page-size", "x");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("ctyun: --page-size 必须是整数，实际为：x\n运行 'ctyun vpc list-vpcs --help' 查看用法。\n");

    CliRunner.Result missing =
        runner()
            .env("CTYUN_AK", "ak")
            .env("CTYUN_SK", "sk")
            .run("--lang", "zh-CN", "vpc", "create-vpc");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err())
        .startsWith("ctyun: 缺少必需的选项 --region-id, --name, --cidr（--region-id 默认取配置中的 region_id：");
  }

  @Test
  void configurationValuesAreCheckedInChinese() {
    CliRunner.Result r = runner().run("--lang", "zh-CN", "configure", "set", "output", "xml");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("ctyun: output 只能是以下之一：[json, table, text]\n");
  }

  @Test
  void theHelpCommandIsDescribedInChinese() {
    CliRunner.Result r = runner().run("--lang", "zh-CN", "--help");

    assertThat(r.out()).containsPattern("\\n  help +显示指定命令的帮助信息。");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    CliRunner.Result r = runner().run("--lang", "fr", "configure", "list-regions");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("ctyun: --lang must be en or zh-CN (got 'fr')\n");
  }

  @Test
  void bothMessageBundlesHaveTheSameKeys() throws IOException {
    Set<String> english = keys("messages.properties");
    Set<String> chinese = keys("messages_zh.properties");

    assertThat(chinese).isEqualTo(english);
    assertThat(english).hasSizeGreaterThan(30);
  }

  @Test
  void everyChineseHelpKeyNamesACommandOrAnOptionThatExists() throws IOException {
    picocli.CommandLine top = Ctyun.newCommandLine(CliContext.builder().build());
    for (String key : keys("help_zh.properties")) {
      if (key.startsWith("usage.") || key.equals("help") || key.equals("version")) {
        continue; // headings and the standard options of every command
      }
      if (key.startsWith("helpCommand.")) { // the options of picocli's help command
        assertThat(top.getSubcommands().get("help").getCommandSpec().args())
            .as(key)
            .anyMatch(arg -> key.equals(arg.descriptionKey()));
        continue;
      }
      if (!key.startsWith("ctyun.")) { // a global option
        assertThat(top.getCommandSpec().findOption("--" + key)).as(key).isNotNull();
        continue;
      }
      String path = key.substring(0, key.indexOf(".usage."));
      picocli.CommandLine cmd = top;
      for (String name : path.split("\\.")) {
        if (!name.equals("ctyun")) {
          cmd = cmd.getSubcommands().get(name);
          assertThat(cmd).as(key).isNotNull();
        }
      }
    }
  }

  private static Set<String> keys(String resource) throws IOException {
    try (InputStream in = Ctyun.class.getResourceAsStream(resource);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Properties p = new Properties();
      p.load(reader);
      return new TreeSet<>(p.stringPropertyNames());
    }
  }
}
