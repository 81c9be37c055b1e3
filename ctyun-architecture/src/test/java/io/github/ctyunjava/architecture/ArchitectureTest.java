package io.github.ctyunjava.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules over the main classes of every module (see ARCHITECTURE.md). A failure
 * names the classes and the dependencies that break the rule.
 */
class ArchitectureTest {
  private static final String ROOT = "io.github.ctyunjava";

  /** The SDK libraries: what a user's application puts on its class path. */
  private static final String[] LIBRARIES = {
    ROOT + ".core..",
    ROOT + ".vpce..",
    ROOT + ".ecx..",
    ROOT + ".micrometer..",
    ROOT + ".http..",
    ROOT + ".spring.."
  };

  /** The products: the typed clients built on core. */
  private static final String[] PRODUCTS = {ROOT + ".vpce..", ROOT + ".ecx.."};

  /** The applications and build tools; no library may depend on them. */
  private static final String[] APPLICATIONS = {
    ROOT + ".cli..", ROOT + ".local..", ROOT + ".bench..", ROOT + ".codegen.."
  };

  /** The emulator's public API: the entry point and the value types of its options. */
  static final String[] EMULATOR_API = {ROOT + ".local", ROOT + ".local.options"};

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void everyModuleIsImported() {
    // guards the rules below against a partial import: a module missing from this module's pom
    assertThat(main.stream().map(JavaClass::getPackageName).map(p -> p.split("\\.")[3]))
        .contains(
            "core",
            "vpce",
            "ecx",
            "micrometer",
            "http",
            "spring",
            "local",
            "cli",
            "codegen",
            "bench");
  }

  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(main);
  }

  @Test
  void librariesDependOnNoApplication() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARIES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(APPLICATIONS)
        .because("a user's application gets core, Jackson and SLF4J, never the CLI or the emulator")
        .check(main);
  }

  @Test
  void theJUnitExtensionDependsOnNoOtherApplication() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".local.junit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".cli..", ROOT + ".bench..", ROOT + ".codegen..")
        .because("tests that use the emulator get the emulator, not the CLI")
        .check(main);
  }

  @Test
  void coreKnowsNoProduct() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(PRODUCTS)
        .because("a product is added on top of core, never inside it")
        .check(main);
  }

  @Test
  void cliAndJUnitExtensionUseOnlyTheEmulatorsPublicApi() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + ".cli..", ROOT + ".local.junit..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are emulator internals (outside " + String.join(", ", EMULATOR_API) + ")",
                c ->
                    c.getPackageName().startsWith(ROOT + ".local.")
                        && !c.getPackageName().startsWith(ROOT + ".local.junit")
                        && !Arrays.asList(EMULATOR_API).contains(c.getPackageName())))
        .check(main);
  }
}
