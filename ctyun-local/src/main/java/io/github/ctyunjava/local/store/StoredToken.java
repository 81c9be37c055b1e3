package io.github.ctyunjava.local.store;

/**
 * The first answer given to a clientToken.
 *
 * @param requestJson the request body of the first call
 * @param responseJson the success envelope given
 */
public record StoredToken(String requestJson, String responseJson) {}
