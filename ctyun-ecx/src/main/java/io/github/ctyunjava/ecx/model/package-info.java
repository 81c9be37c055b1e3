/**
 * Generated request and response models of the ECX operations. Response field names are inferred
 * (no public ECX response sample exists); unknown fields in an answer are ignored.
 */
package io.github.ctyunjava.ecx.model;
