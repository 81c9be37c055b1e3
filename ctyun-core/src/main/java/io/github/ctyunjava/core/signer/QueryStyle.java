package io.github.ctyunjava.core.signer;

/** How the query part of the string to sign is canonicalized. */
public enum QueryStyle {
  /**
   * Go {@code url.Values.Encode()}, byte for byte: keys sorted by UTF-8 bytes, values of a repeated
   * key in insertion order, key and value escaped with Go's {@code QueryEscape} set. What CTyun's
   * Go SDK and Terraform provider sign and send. The default.
   */
  GO,
  /**
   * The help-centre Python sample: pairs stable-sorted by key and joined as raw {@code k=v} with no
   * escaping, while the wire carries the escaped pairs in insertion order. Only for diagnosing
   * clients written from that sample: it signs something other than what it sends.
   */
  SEED
}
