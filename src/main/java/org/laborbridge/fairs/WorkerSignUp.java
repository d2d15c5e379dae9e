package org.laborbridge.fairs;

import java.time.Instant;

/**
 * A worker's own sign-up, as their phone shows it: {@code qrToken} is what their QR code carries
 * and what the check-in desk accepts in place of the ID number.
 */
public record WorkerSignUp(FairView fair, Instant signedUpAt, Instant checkedInAt, String qrToken) {}
