package org.laborbridge.fairs.applications;

import org.laborbridge.fairs.ApplicationStatus;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A status as a message argument, so that a refusal names it in the reader's language. */
final class StatusWording {

    private StatusWording() {}

    static MessageSourceResolvable of(ApplicationStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {key(status)}, status.name());
    }

    static String key(ApplicationStatus status) {
        return "application.status." + status.name();
    }
}
