package org.laborbridge.fairs.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.EmployerJoinedFair;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.ParticipantView;
import org.laborbridge.fairs.Participation;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Employers joining fairs, by their own HR or by bureau staff for them. An employer that may not
 * act for an enterprise learns nothing about it: 404, as the employers module answers.
 */
@Component
class ParticipationDesk {

    private final FairViews fairs;
    private final ParticipantRows participants;
    private final Employers employers;
    private final JobPostings postings;
    private final ApplicationEventPublisher events;

    ParticipationDesk(
            FairViews fairs,
            ParticipantRows participants,
            Employers employers,
            JobPostings postings,
            ApplicationEventPublisher events) {
        this.fairs = fairs;
        this.participants = participants;
        this.employers = employers;
        this.postings = postings;
        this.events = events;
    }

    ParticipantView join(FairId id, Participation participation) {
        EmployerId employer = participation.employer();
        if (employer == null || !employers.mayActFor(employer)) {
            throw new RecordNotFoundException("employer", employer);
        }
        FairView fair = fairs.lock(id);
        List<Violation> problems = new ArrayList<>();
        SignUpWindow.refusal(fair, Callers.current()).ifPresent(problems::add);
        String booth = fair.onSite() ? BoothRule.normalise(participation.booth()) : null;
        BoothRule.refusal(fair.kind(), booth, employer, participants.booths(id)).ifPresent(problems::add);
        List<JobPostingId> requested =
                participation.postings().stream().distinct().toList();
        problems.addAll(PostingsRule.refusals(employer, requested, postings.findAll(requested)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant at = Instant.now();
        try {
            participants.save(id, employer, booth, requested, Callers.current().username(), at);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException(Violation.of("booth", "TAKEN", "invalid.fair.booth.TAKEN", booth));
        }
        events.publishEvent(new EmployerJoinedFair(id, employer, booth, requested, at));
        return participants(id).stream()
                .filter(p -> p.employer().equals(employer))
                .findFirst()
                .orElseThrow();
    }

    /** With the postings' current headcounts and openings, which the employers module keeps. */
    List<ParticipantView> participants(FairId id) {
        fairs.require(id);
        List<ParticipantRows.Row> rows = participants.of(id);
        Map<JobPostingId, JobPostingView> offered =
                postings
                        .findAll(rows.stream()
                                .flatMap(row -> row.postings().stream())
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(JobPostingView::id, Function.identity()));
        return rows.stream()
                .map(row -> new ParticipantView(
                        row.employer(),
                        employers.nameOf(row.employer()),
                        row.booth(),
                        row.postings().stream()
                                .map(offered::get)
                                .filter(Objects::nonNull)
                                .toList(),
                        row.joinedAt()))
                .toList();
    }

    List<JobPostingId> postingsAt(FairId id) {
        return participants.postings(id);
    }
}
