package org.laborbridge.subsidies.web;

import java.util.List;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.DocumentView;

/** Each document the policy requires, and the files attached as that type (none yet: still missing). */
record DocumentCheck(String type, List<DocumentView> attached) {

    static List<DocumentCheck> of(ApplicationView claim) {
        return claim.requiredDocuments().stream()
                .map(type -> new DocumentCheck(
                        type,
                        claim.documents().stream()
                                .filter(document -> type.equals(document.documentType()))
                                .toList()))
                .toList();
    }

    public boolean present() {
        return !attached.isEmpty();
    }
}
