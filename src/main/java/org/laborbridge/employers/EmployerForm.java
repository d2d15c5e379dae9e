package org.laborbridge.employers;

/**
 * An enterprise as typed into the form or sent to the API: plain text, checked by the service so
 * that pages and API refuse the same things with the same words. {@code regionCode} is the
 * county-level GB/T 2260 code of the enterprise's seat.
 */
public record EmployerForm(
        String creditCode,
        String name,
        String industry,
        String regionCode,
        String address,
        String contactName,
        String contactPhone) {}
