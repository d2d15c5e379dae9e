/** Point-to-point chartered trips in numbered batches, manifests and hand-over. */
@org.springframework.modulith.ApplicationModule(displayName = "Transport")
package org.laborbridge.transport;
