package org.laborbridge.workshops.input;

import org.laborbridge.shared.web.TypedReader;

/**
 * Workshop forms and API bodies as typed, refused in the workshops' own words ({@code
 * workshops.typed.*}). Days are read in any year, so their wording names no years.
 */
public final class TypedValues extends TypedReader {

    public TypedValues() {
        super("workshops.typed");
    }
}
