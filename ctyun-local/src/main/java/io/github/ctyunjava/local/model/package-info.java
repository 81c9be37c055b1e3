/**
 * The emulator's models: per resource family the typed state and its business rules (create,
 * lookup, state transitions, delete) over the store. Handlers in {@code local.service.*} parse a
 * request, call a model and render its answer; models never see the raw request.
 */
package io.github.ctyunjava.local.model;
