package org.laborbridge.workers;

/** Whether a person can do full work, some work, or none (勞動力). */
public enum LaborCapacity {
    FULL,
    PARTIAL,
    NONE
}
