package org.laborbridge.fairs;

/**
 * The outcome of signing up everyone a worker filter finds: {@code matched} found by the filter,
 * {@code outsideTarget} of them left out because they are not whom the fair is for, the rest
 * either newly signed up or already on the list.
 */
public record FilterSignUpResult(long matched, long outsideTarget, long signedUp, long alreadySignedUp) {}
