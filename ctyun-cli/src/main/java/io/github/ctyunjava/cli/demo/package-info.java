/**
 * {@code ctyun demo}: a walkthrough of the SDK against the embedded emulator, one logged step per
 * call.
 */
package io.github.ctyunjava.cli.demo;
