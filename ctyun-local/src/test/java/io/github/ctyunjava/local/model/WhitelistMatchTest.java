package io.github.ctyunjava.local.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.store.Account;
import io.github.ctyunjava.local.store.Resource;
import org.junit.jupiter.api.Test;

/** A whitelist entry admits the account it names, and an empty field never names anybody. */
class WhitelistMatchTest {
  static final String OWNER = "0000000000000000000000000000000a";
  static final String OTHER_ID = "0000000000000000000000000000000b";

  static Resource serviceWith(String entryEmail, String entryAccountId) {
    ObjectNode doc = new ObjectMapper().createObjectNode();
    doc.withArray("_whitelist")
        .addObject()
        .put("email", entryEmail)
        .put("bssAccountID", entryAccountId);
    return Resource.create("endpointService", "endpser-x", OWNER, "r", null, null, "s", doc);
  }

  static Account account(String id, String email) {
    return new Account(id, email, "ak-" + id, "sk");
  }

  @Test
  void anEmptyEmailDoesNotMatchAnEntryWithoutEmail() {
    Resource s = serviceWith("", "1111111111111111111111111111111f");
    assertThat(ServiceAccess.mayConnect(s, account(OTHER_ID, ""))).isFalse();
  }

  @Test
  void anEntryWithoutAccountIdDoesNotMatchAnAccountWithoutId() {
    Resource s = serviceWith("friend@example.com", "");
    assertThat(ServiceAccess.mayConnect(s, account("", "x@example.com"))).isFalse();
  }

  @Test
  void namedAccountsAreAdmitted() {
    assertThat(
            ServiceAccess.mayConnect(
                serviceWith("friend@example.com", ""), account(OTHER_ID, "friend@example.com")))
        .isTrue();
    assertThat(ServiceAccess.mayConnect(serviceWith("", OTHER_ID), account(OTHER_ID, ""))).isTrue();
    assertThat(ServiceAccess.mayConnect(serviceWith("", ""), account(OWNER, ""))).isTrue();
  }
}
