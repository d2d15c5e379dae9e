/**
 * What the transport pages and the JSON API read from a request alike: forms as typed (every
 * value text until read, each malformed one refused under its own field), ids in paths, and the
 * manifest download. Shared by {@code transport.web} and {@code transport.api} so that neither
 * reaches into the other.
 */
package org.laborbridge.transport.forms;
