package org.laborbridge.fairs;

/** A worker at the desk: {@code walkIn} signed up on the spot; {@code again} had already checked in. */
public record CheckInResult(SignUpView signUp, boolean walkIn, boolean again) {}
