/** The dashboard, statistics and exports, learnt from the other modules' events. */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.laborbridge.reporting;
