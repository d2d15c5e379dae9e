package org.laborbridge.shared;

/** Sex as recorded in a resident ID number: the 17th digit is odd for men, even for women. */
public enum Sex {
    MALE,
    FEMALE
}
