package org.laborbridge.workers.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid resident IDs that no other test and no demo worker holds: birth dates in the 1930s,
 * which the demo data never generates, and a set that refuses repeats within the JVM.
 */
final class TestResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Set<String> issued = ConcurrentHashMap.newKeySet();

    private TestResidentIds() {}

    static String next(String regionCode) {
        while (true) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(3650));
            String body = regionCode + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            String id = body + checkCharacter(body);
            if (issued.add(id)) {
                return id;
            }
        }
    }

    /** The same body with a wrong check character. */
    static String withWrongCheck(String valid) {
        char right = valid.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }

    /** ISO 7064 MOD 11-2. */
    static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
