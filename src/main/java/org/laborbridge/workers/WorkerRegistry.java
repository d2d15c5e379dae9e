package org.laborbridge.workers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.ResidentId;

/**
 * The one way into the job-seeker registry, for pages, API and other modules alike, so that the
 * caller's scope is checked in one place: records outside it answer as if they did not exist.
 */
public interface WorkerRegistry {

    /** Throws {@link AlreadyRegisteredException} when the resident ID is taken. */
    WorkerRecord register(WorkerForm form);

    /** The resident ID may be corrected, but only to one that is not taken. */
    WorkerRecord change(WorkerId id, WorkerForm form);

    /**
     * Optimistic: {@code OptimisticLockingFailureException} when the record is no longer at
     * {@code expectedVersion} (null skips that check).
     */
    WorkerRecord change(WorkerId id, WorkerForm form, Integer expectedVersion);

    /** Masked. Throws {@code RecordNotFoundException} when missing or outside the caller's scope. */
    WorkerRecord find(WorkerId id);

    /**
     * Full numbers for the roles whose work needs them (ADMIN, CASEWORKER, PARTNER), written to the
     * audit log; masked for everyone else. What the API's single-record GET answers.
     */
    WorkerRecord findInFull(WorkerId id);

    /** The full number, written to the audit log. */
    String revealResidentId(WorkerId id);

    /** The full number (null when none is recorded), written to the audit log. */
    String revealPhone(WorkerId id);

    /** Always masked; the scope is part of the query. */
    WorkerPage search(WorkerQuery query);

    /** Only a PARTNER covering the worker's household county confirms; who and when are kept. */
    WorkerRecord confirmPoorStatus(WorkerId id);

    List<PossibleDuplicate> possibleDuplicates(int limit);

    /** SAME_PERSON marks the newer record a duplicate of the older; DIFFERENT_PEOPLE hides the pair. */
    void decideDuplicate(WorkerId a, WorkerId b, DuplicateDecision decision);

    List<TimelineEntry> timeline(WorkerId id);

    /**
     * What the worker is doing now, as another module learnt it (a placement agreed or ended):
     * the record's situation follows, with a step on the timeline. No caller check: the calling
     * module has checked that the current user may act on the worker.
     */
    void recordSituation(WorkerId id, Situation situation);

    /**
     * The worker with this number if the caller may see them: how a caseworker finds the person
     * standing at a fair's check-in desk or named in a pasted list.
     */
    Optional<WorkerSummary> findByResidentId(ResidentId residentId);

    /**
     * Masked summaries of workers whom the calling module has already established the current user
     * may see, such as an employer's own applicants, which the registry's scopes know nothing
     * about. Missing ids are left out.
     */
    List<WorkerSummary> summariesOf(Collection<WorkerId> ids);

    /**
     * The facts other modules' rules read of workers whom the calling module has already shown
     * the current user may see (a subsidy judged for a placement the caller sees): household
     * county, registered-poor status and birth date, with the name and the masked number. No scope
     * check and no full numbers; missing ids are left out.
     */
    List<WorkerBackground> backgroundsOf(Collection<WorkerId> ids);

    /**
     * The matching facts (no name, no number) of those among {@code ids} who are seeking work now:
     * situation SEEKING, some labor capacity, not a duplicate record. Others and missing ids are
     * left out. No caller check: the calling module has shown the current user may act on these
     * workers, such as the sign-ups of a fair they run.
     */
    List<SeekingWorker> seekingWorkAmong(Collection<WorkerId> ids);

    /**
     * Every worker now in {@code situation} whose household county lies in {@code region} (a code
     * at any level; null for everywhere), duplicates left out, in id order. Ids and counties only,
     * so that a seeder can carry a city's worth of people without loading their records; ADMIN
     * only, since it crosses every partner's scope at once.
     */
    List<WorkerHousehold> inSituation(Situation situation, RegionCode region);

    /**
     * Full records (numbers unmasked) of many workers at once, such as the travellers of one
     * manifest checked against their ID cards at a gathering point. No scope check and no audit
     * entry: the calling module has established that the current user may see these workers in
     * full, and writes one audit entry for the whole list. Missing ids are left out. Only ADMIN,
     * CASEWORKER and PARTNER callers get them; anyone else (or nobody signed in) is refused.
     */
    List<WorkerRecord> recordsInFullOf(Collection<WorkerId> ids);

    /**
     * Workers seeking work, in id order after {@code after} (null: from the start), at most
     * {@code limit}: a page for loading a city's or a nation's worth of them without holding one
     * result set open. Seeking work means situation {@link Situation#SEEKING}, some labor capacity,
     * and not a duplicate record. No caller check: the facts carry no name or number.
     */
    List<SeekingWorker> seekingWork(WorkerId after, int limit);

    /** Whether the current caller's role may reveal full numbers at all. */
    boolean mayReveal();

    /** ADMIN, CASEWORKER and PARTNER register workers. */
    boolean mayRegister();
}
