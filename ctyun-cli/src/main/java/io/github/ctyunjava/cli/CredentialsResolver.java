package io.github.ctyunjava.cli;

import io.github.ctyunjava.core.auth.CredentialsProvider;
import io.github.ctyunjava.core.auth.DefaultCredentialsProvider;
import io.github.ctyunjava.core.auth.ProfileCredentialsProvider;
import io.github.ctyunjava.core.auth.ProfileFile;
import java.util.Map;

/**
 * Where the CLI's credentials come from: {@code --profile NAME} means that profile of the
 * credentials file and nothing else; without it, the default chain (system properties, then {@code
 * CTYUN_AK}/{@code CTYUN_SK}, then the profile named by {@code CTYUN_PROFILE} or {@code default}),
 * over the context's environment rather than the process's.
 */
final class CredentialsResolver {
  private CredentialsResolver() {}

  /** The provider for the given {@code --profile} value (null when not given). */
  static CredentialsProvider resolve(Map<String, String> env, String profileOption) {
    if (profileOption != null) {
      return ProfileCredentialsProvider.create(
          ProfileFile.defaultCredentialsPath(env), profileOption);
    }
    return DefaultCredentialsProvider.create(env);
  }
}
