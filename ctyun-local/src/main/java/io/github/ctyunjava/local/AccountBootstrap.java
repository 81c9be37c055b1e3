package io.github.ctyunjava.local;

import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.local.service.Docs;
import io.github.ctyunjava.local.service.Ids;
import io.github.ctyunjava.local.store.Account;
import io.github.ctyunjava.local.store.Database;
import io.github.ctyunjava.local.store.OwnerOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Makes sure the store holds an account at start: the configured one, else the existing ones, else
 * a new demo account written to the credentials file as profile {@value #PROFILE}.
 */
final class AccountBootstrap {
  /** Profile name written to the credentials file. */
  static final String PROFILE = "local";

  private AccountBootstrap() {}

  /**
   * Ensures an account.
   *
   * @return the account users should sign with, and whether it was created now
   */
  static Result ensure(Database db, CtyunLocalOptions o, Instant now) {
    return db.inTransaction(
        tx -> {
          if (o.accessKey() != null) {
            Optional<Account> existing = tx.accountByAccessKey(o.accessKey());
            if (existing.isPresent()) {
              if (!existing.get().secretKey().equals(o.secretKey())) {
                throw new IllegalStateException(
                    "access key " + existing.get() + " is already stored with another secret key");
              }
              return new Result(existing.get(), false);
            }
            Account a = newAccount(o.accessKey(), o.secretKey());
            tx.insertAccount(a, Docs.timestamp(now));
            return new Result(a, true);
          }
          var all = tx.accounts();
          if (!all.isEmpty()) {
            return new Result(all.get(0), false);
          }
          Account a = newAccount(Ids.hex32(), Ids.hex32() + Ids.hex32().substring(0, 8));
          tx.insertAccount(a, Docs.timestamp(now));
          return new Result(a, true);
        });
  }

  private static Account newAccount(String ak, String sk) {
    String id = Ids.hex32();
    return new Account(id, "user-" + id.substring(0, 8) + "@ctyun-local.invalid", ak, sk);
  }

  /** Writes the account as profile {@value #PROFILE}, keeping the file's other profiles. */
  static void writeProfile(Path file, Account a) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && Files.isDirectory(dir)) {
      OwnerOnly.directory(dir); // an existing ~/.ctyun may be world-readable
    }
    ProfileFile pf = Files.exists(file) ? ProfileFile.read(file) : ProfileFile.empty();
    pf.withProperty(PROFILE, "access_key", a.accessKey())
        .withProperty(PROFILE, "secret_key", a.secretKey())
        .write(file);
  }

  /**
   * Result of {@link #ensure}.
   *
   * @param account the account
   * @param created whether it was created by this start
   */
  record Result(Account account, boolean created) {}
}
