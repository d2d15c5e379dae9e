/**
 * Monthly reports per partner region: submitted with a snapshot of the figures, locked by a second
 * person, never changed afterwards; records that arrive late count in the region's next report.
 */
package org.laborbridge.reporting.monthly;
