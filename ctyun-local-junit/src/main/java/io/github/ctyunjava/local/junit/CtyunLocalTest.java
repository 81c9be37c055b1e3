package io.github.ctyunjava.local.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against an in-process ctyun-local emulator: one emulator per class,
 * on a free port, with a temporary store that is deleted afterwards. Test methods and constructors
 * may declare parameters of type {@link io.github.ctyunjava.core.CtyunClient}, {@link
 * io.github.ctyunjava.core.config.CtyunConfiguration} (for typed client builders), {@link
 * io.github.ctyunjava.local.CtyunLocal}, {@link java.net.URI} (the endpoint) or {@link
 * io.github.ctyunjava.core.auth.Credentials}.
 *
 * <pre>{@code
 * @CtyunLocalTest
 * class MyTest {
 *   @Test
 *   void listsVpcs(CtyunClient client) { ... }
 * }
 * }</pre>
 *
 * <p>For custom emulator settings register {@link CtyunLocalExtension} with
 * {@code @RegisterExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CtyunLocalExtension.class)
public @interface CtyunLocalTest {
  /** Whether every test method starts with an empty store (default: the class shares one). */
  boolean resetBeforeEachTest() default false;
}
