/** Users, roles and their region or enterprise scopes, login, and the append-only audit log. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.laborbridge.identity;
