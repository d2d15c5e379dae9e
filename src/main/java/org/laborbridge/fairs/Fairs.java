package org.laborbridge.fairs;

import java.time.LocalDate;
import java.util.List;
import org.laborbridge.workers.WorkerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment fairs for pages, the API and other modules alike. Everyone signed in sees fairs;
 * bureau staff schedule them anywhere, partner staff in their own regions.
 */
@Service
@Transactional(readOnly = true)
public class Fairs {

    /** Every signed-in user; a missing fair is a {@code RecordNotFoundException}. */
    public FairView find(FairId id) {
        throw new UnsupportedOperationException("coming");
    }

    public FairPage search(FairQuery query) {
        throw new UnsupportedOperationException("coming");
    }

    /** Fairs not yet over on {@code from}, soonest first: what a worker's phone offers. */
    public List<FairView> openOrComing(LocalDate from, int limit) {
        throw new UnsupportedOperationException("coming");
    }

    public boolean isSignedUp(FairId fair, WorkerId worker) {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional
    public FairView create(FairForm form) {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional
    public FairView change(FairId id, FairForm form) {
        throw new UnsupportedOperationException("coming");
    }

    @Transactional
    public FairView cancel(FairId id) {
        throw new UnsupportedOperationException("coming");
    }
}
