package org.laborbridge.workshops;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerHistory;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the workshops: registering and changing them, employing local workers and
 * seeing them leave, with the recognition criteria judged after every employee change, and the
 * figures reporting reads. Bureau administrators and caseworkers reach every workshop, a partner
 * those of their regions; a workshop outside the caller's scope answers as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class Workshops {

    static final String JOINED = "WORKSHOP_JOINED";
    static final String LEFT = "WORKSHOP_LEFT";

    private final JdbcClient jdbc;
    private final WorkerRegistry registry;
    private final WorkerHistory history;
    private final ApplicationEventPublisher events;
    private final RegionDirectory directory = RegionDirectory.standard();
    private final WorkshopInput input;
    private final RecognitionRule rule;
    private final StatusHistory statuses;
    private final WorkshopFigures figures;
    private final WorkshopReads reads;

    Workshops(
            JdbcClient jdbc,
            WorkerRegistry registry,
            WorkerHistory history,
            StatusHistory statuses,
            WorkshopFigures figures,
            WorkshopReads reads,
            PartnerRegions partnerRegions,
            ApplicationEventPublisher events,
            @Value("${laborbridge.workshops.criteria.min-poor-workers:10}") int minPoorWorkers,
            @Value("${laborbridge.workshops.criteria.min-poor-share-percent:20}") int minPoorSharePercent,
            @Value("${laborbridge.workshops.criteria.min-contract-months:6}") int minContractMonths,
            @Value("${laborbridge.workshops.criteria.accident-insurance-required:true}") boolean insuranceRequired) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.history = history;
        this.events = events;
        this.statuses = statuses;
        this.figures = figures;
        this.reads = reads;
        this.input = new WorkshopInput(directory, partnerRegions);
        this.rule = new RecognitionRule(
                new RecognitionCriteria(minPoorWorkers, minPoorSharePercent, minContractMonths, insuranceRequired));
    }

    /** Whether the signed-in user works with workshops at all; the navigation and buttons follow it. */
    public boolean mayUse() {
        return WorkshopAccess.mayUse(Callers.find());
    }

    /** Whether the signed-in user may withdraw a recognition or recognise a workshop again: the bureau's staff. */
    public boolean mayDecide() {
        return WorkshopAccess.mayDecide(Callers.find());
    }

    public WorkshopPage search(WorkshopQuery query) {
        return reads.search(query, WorkshopAccess.checkUse());
    }

    public WorkshopView get(WorkshopId id) {
        Caller caller = WorkshopAccess.checkUse();
        Row row = load(id).filter(r -> WorkshopAccess.covers(caller, r.county)).orElseThrow(() -> notFound(id));
        return view(row);
    }

    public List<EmployeeView> employees(WorkshopId id) {
        get(id);
        List<EmploymentRow> rows = jdbc.sql(
                        "select * from workshop_employee where workshop_id = :id order by end_date nulls first, start_date, id")
                .param("id", id.value())
                .query(EmploymentRow::of)
                .list();
        Map<WorkerId, WorkerSummary> people =
                registry.summariesOf(rows.stream().map(r -> r.worker).distinct().toList()).stream()
                        .collect(Collectors.toMap(WorkerSummary::id, Function.identity()));
        return rows.stream()
                .map(r -> {
                    WorkerSummary person = people.get(r.worker);
                    return new EmployeeView(
                            r.id,
                            r.worker,
                            person == null ? "" : person.name(),
                            person == null ? "" : person.residentId(),
                            r.registeredPoor,
                            r.startDate,
                            r.endDate,
                            r.monthlyWage,
                            r.contractMonths,
                            r.accidentInsured);
                })
                .toList();
    }

    /** Employees at the end of each month from the founding (or first start) to this month. */
    public List<HeadcountMonth> headcountOverTime(WorkshopId id) {
        get(id);
        return reads.headcounts(id);
    }

    /** For the plaque's QR code: anyone may read it, and it names no employee. */
    public Optional<PublicWorkshop> publicView(WorkshopId id) {
        return load(id).filter(r -> r.status != WorkshopStatus.WITHDRAWN).map(r -> {
            long[] counts = reads.currentCounts(id);
            return new PublicWorkshop(
                    id, r.name, countyName(r.county), r.responsiblePerson, r.foundedOn, r.status, counts[0], counts[1]);
        });
    }

    @Transactional
    public WorkshopView register(WorkshopForm form) {
        Caller caller = WorkshopAccess.checkUse();
        LocalDate today = BureauTime.today();
        refuseIfAny(input.check(form, caller, today));
        WorkshopId id = WorkshopId.random();
        jdbc.sql("""
                        insert into workshop (id, name, county, address, operator_name, operator_kind, operator_employer_id,
                            model_company, model_cooperative, model_institute, model_base, model_farmers, type, industry,
                            products, responsible_person, founded_on, recognised_on, status, created_by)
                        values (:id, :name, :county, :address, :operatorName, :operatorKind, :employer, :company,
                            :cooperative, :institute, :base, :farmers, :type, :industry, :products, :responsible,
                            :foundedOn, :recognisedOn, 'RECOGNISED', :by)
                        """)
                .params(columns(form))
                .param("id", id.value())
                .param("recognisedOn", form.recognisedOn() == null ? today : form.recognisedOn())
                .param("by", caller.username())
                .update();
        statuses.record(
                id,
                form.county().strip(),
                WorkshopStatus.RECOGNISED,
                StatusChange.Cause.REGISTERED,
                form.recognisedOn() == null ? today : form.recognisedOn(),
                "",
                caller.username());
        events.publishEvent(new WorkshopRecognised(id, form.county().strip(), Instant.now()));
        return get(id);
    }

    @Transactional
    public WorkshopView change(WorkshopId id, WorkshopForm form) {
        Caller caller = WorkshopAccess.checkUse();
        Row existing = lockInScope(id, caller);
        refuseIfAny(input.check(form, caller, BureauTime.today()));
        if (!existing.county.equals(form.county().strip())) {
            long employed = jdbc.sql("select count(*) from workshop_employee where workshop_id = :id")
                    .param("id", id.value())
                    .query(Long.class)
                    .single();
            if (employed > 0) {
                throw new InvalidInputException(WorkshopInput.violation("county", "HAS_EMPLOYEES"));
            }
        }
        if (form.recognisedOn() != null
                && !form.recognisedOn().equals(existing.recognisedOn)
                && existing.status == WorkshopStatus.RECOGNISED
                && !statuses.moveRegistration(id, form.recognisedOn())) {
            throw new InvalidInputException(WorkshopInput.violation("recognisedOn", "AFTER_STATUS_CHANGE"));
        }
        jdbc.sql("""
                        update workshop set name = :name, county = :county, address = :address,
                            operator_name = :operatorName, operator_kind = :operatorKind, operator_employer_id = :employer,
                            model_company = :company, model_cooperative = :cooperative, model_institute = :institute,
                            model_base = :base, model_farmers = :farmers, type = :type, industry = :industry,
                            products = :products, responsible_person = :responsible, founded_on = :foundedOn,
                            recognised_on = coalesce(:recognisedOn, recognised_on), version = version + 1,
                            changed_at = now()
                         where id = :id
                        """)
                .params(columns(form))
                .param("id", id.value())
                .param("recognisedOn", form.recognisedOn(), java.sql.Types.DATE)
                .update();
        return get(id);
    }

    /**
     * A registry worker starts at the workshop: their situation becomes employed locally and a step
     * is added to their timeline. A worker holds one open employment across all workshops.
     */
    @Transactional
    public EmployeeView employ(WorkshopId id, EmployeeForm form) {
        Caller caller = WorkshopAccess.checkUse();
        Row workshop = lockInScope(id, caller);
        LocalDate today = BureauTime.today();
        List<Violation> violations = new ArrayList<>(input.check(form, today));
        WorkerRecord worker = null;
        if (Text.blankToNull(form.worker()) != null) {
            worker = findWorker(form.worker().strip()).orElse(null);
            if (worker == null) {
                violations.add(WorkshopInput.violation("worker", "UNKNOWN_WORKER"));
            } else if (openEmployment(worker.id()).isPresent()) {
                violations.add(WorkshopInput.violation("worker", "ALREADY_EMPLOYED"));
            }
        }
        if (form.startDate() != null && form.startDate().isBefore(workshop.foundedOn)) {
            violations.add(WorkshopInput.violation("startDate", "BEFORE_FOUNDING"));
        }
        refuseIfAny(violations);
        UUID employment = UUID.randomUUID();
        String household = worker.householdRegion().code();
        try {
            jdbc.sql("""
                            insert into workshop_employee (id, workshop_id, county, worker_id, household_county,
                                registered_poor, start_date, monthly_wage, contract_months, accident_insured, created_by,
                                situation_before)
                            values (:id, :workshop, :county, :worker, :household, :poor, :start, :wage, :months, :insured, :by,
                                :before)
                            """)
                    .param("id", employment)
                    .param("workshop", id.value())
                    .param("county", workshop.county)
                    .param("worker", worker.id().value())
                    .param("household", household)
                    .param("poor", worker.registeredPoor())
                    .param("start", form.startDate())
                    .param("wage", form.monthlyWage())
                    .param("months", form.contractMonths())
                    .param("insured", form.accidentInsured())
                    .param("by", caller.username())
                    .param(
                            "before",
                            worker.situation() == null
                                    ? null
                                    : worker.situation().name())
                    .update();
        } catch (DuplicateKeyException employedMeanwhile) {
            throw new InvalidInputException(WorkshopInput.violation("worker", "ALREADY_EMPLOYED"));
        }
        registry.recordSituation(worker.id(), Situation.EMPLOYED_LOCALLY);
        history.record(worker.id(), JOINED, Map.of("workshop", workshop.name));
        events.publishEvent(new WorkshopEmployeeJoined(
                id, workshop.county, worker.id(), household, worker.registeredPoor(), form.startDate()));
        judge(id, workshop, caller, form.startDate());
        return employees(id).stream()
                .filter(e -> e.id().equals(employment))
                .findFirst()
                .orElseThrow();
    }

    /** The employment ends on {@code endDate}; the workshop is judged again. */
    @Transactional
    public void leave(WorkshopId id, UUID employment, LocalDate endDate) {
        Caller caller = WorkshopAccess.checkUse();
        Row workshop = lockInScope(id, caller);
        EmploymentRow row = jdbc.sql("select * from workshop_employee where id = :id and workshop_id = :workshop")
                .param("id", employment)
                .param("workshop", id.value())
                .query(EmploymentRow::of)
                .optional()
                .orElseThrow(() -> new RecordNotFoundException("workshopEmployee", employment));
        if (endDate == null) {
            throw new InvalidInputException(WorkshopInput.violation("endDate", "REQUIRED"));
        }
        if (row.endDate != null) {
            throw new InvalidInputException(WorkshopInput.violation("endDate", "ALREADY_LEFT"));
        }
        if (endDate.isBefore(row.startDate)) {
            throw new InvalidInputException(WorkshopInput.violation("endDate", "END_BEFORE_START"));
        }
        if (endDate.isAfter(BureauTime.today())) {
            throw new InvalidInputException(WorkshopInput.violation("endDate", "IN_FUTURE"));
        }
        jdbc.sql("update workshop_employee set end_date = :end where id = :id")
                .param("end", endDate)
                .param("id", employment)
                .update();
        history.record(row.worker, LEFT, Map.of("workshop", workshop.name));
        giveBackSituation(row);
        events.publishEvent(new WorkshopEmployeeLeft(id, workshop.county, row.worker, row.householdCounty, endDate));
        judge(id, workshop, caller, endDate);
    }

    /**
     * Recognised workshops of each county with their employees and registered-poor employees at
     * the end of each month, from the first month anyone was employed to this month; for
     * reporting, whoever asks (no personal data).
     */
    public List<WorkshopFigure> figures() {
        return figures.figures();
    }

    /** The recognition changes of a workshop, oldest first: who, from when and why. */
    public List<StatusChange> statusHistory(WorkshopId id) {
        get(id);
        return statuses.of(id);
    }

    /**
     * The bureau withdraws the recognition of a workshop flagged for withdrawal, from {@code on}
     * (today when null), for the reason given. Partner staff may not: the bureau recognises
     * workshops, so it alone takes the recognition back.
     */
    @Transactional
    public WorkshopView withdraw(WorkshopId id, String reason, LocalDate on) {
        Caller caller = WorkshopAccess.checkDecide();
        Row workshop = lockInScope(id, caller);
        RecognitionDecision.checkMayWithdraw(workshop.status);
        LocalDate day = decisionDay(id, reason, on);
        setStatus(id, WorkshopStatus.WITHDRAWN, String.join(",", workshop.flagReasons), null);
        statuses.record(
                id,
                workshop.county,
                WorkshopStatus.WITHDRAWN,
                StatusChange.Cause.DECISION,
                day,
                reason.strip(),
                caller.username());
        events.publishEvent(new WorkshopWithdrawn(id, workshop.county, day, reason.strip(), Instant.now()));
        return get(id);
    }

    /** The bureau recognises a withdrawn workshop again, from {@code on}, once it meets the criteria again. */
    @Transactional
    public WorkshopView recogniseAgain(WorkshopId id, String reason, LocalDate on) {
        Caller caller = WorkshopAccess.checkDecide();
        Row workshop = lockInScope(id, caller);
        RecognitionDecision.checkMayRecogniseAgain(
                workshop.status, rule.evaluate(currentEmployees(id)).met());
        LocalDate day = decisionDay(id, reason, on);
        setStatus(id, WorkshopStatus.RECOGNISED, "", day);
        statuses.record(
                id,
                workshop.county,
                WorkshopStatus.RECOGNISED,
                StatusChange.Cause.DECISION,
                day,
                reason.strip(),
                caller.username());
        events.publishEvent(new WorkshopRecognised(id, workshop.county, Instant.now()));
        return get(id);
    }

    private LocalDate decisionDay(WorkshopId id, String reason, LocalDate on) {
        LocalDate today = BureauTime.today();
        refuseIfAny(RecognitionDecision.check(reason, on, statuses.lastEffectiveOn(id), today));
        return on == null ? today : on;
    }

    private void setStatus(WorkshopId id, WorkshopStatus status, String reasons, LocalDate recognisedOn) {
        jdbc.sql("""
                        update workshop set status = :status, flag_reasons = :reasons,
                            recognised_on = coalesce(:recognisedOn, recognised_on), version = version + 1, changed_at = now()
                         where id = :id
                        """)
                .param("status", status.name())
                .param("reasons", reasons)
                .param("recognisedOn", recognisedOn, java.sql.Types.DATE)
                .param("id", id.value())
                .update();
    }

    /**
     * Someone who leaves their last open employment is no longer employed locally: back to what
     * they were doing before joining if they were not seeking work, else seeking. A situation
     * another module has changed since (a placement away) is left alone.
     */
    private void giveBackSituation(EmploymentRow row) {
        if (openEmployment(row.worker).isPresent()) {
            return;
        }
        Situation now = registry.summariesOf(List.of(row.worker)).stream()
                .findFirst()
                .map(WorkerSummary::situation)
                .orElse(null);
        if (now != Situation.EMPLOYED_LOCALLY) {
            return;
        }
        registry.recordSituation(
                row.worker, row.situationBefore == Situation.NOT_SEEKING ? Situation.NOT_SEEKING : Situation.SEEKING);
    }

    /**
     * A change of status takes effect on the day of the employee change that caused it (a leaving
     * recorded late flags the workshop from the day the person left), never before the last change.
     */
    private void judge(WorkshopId id, Row workshop, Caller caller, LocalDate changeDay) {
        RecognitionRule.Outcome outcome = rule.evaluate(currentEmployees(id));
        if (workshop.status == WorkshopStatus.WITHDRAWN) {
            return;
        }
        WorkshopStatus next = outcome.met() ? WorkshopStatus.RECOGNISED : WorkshopStatus.FLAGGED_FOR_WITHDRAWAL;
        String reasons = String.join(",", outcome.unmet());
        jdbc.sql(
                        "update workshop set status = :status, flag_reasons = :reasons, version = version + 1, changed_at = now()"
                                + " where id = :id")
                .param("status", next.name())
                .param("reasons", reasons)
                .param("id", id.value())
                .update();
        if (next != workshop.status) {
            LocalDate last = statuses.lastEffectiveOn(id);
            LocalDate day = last != null && last.isAfter(changeDay) ? last : changeDay;
            statuses.record(id, workshop.county, next, StatusChange.Cause.CRITERIA, day, reasons, caller.username());
            events.publishEvent(
                    next == WorkshopStatus.RECOGNISED
                            ? new WorkshopRecognised(id, workshop.county, Instant.now())
                            : new WorkshopFlagged(id, workshop.county, outcome.unmet(), Instant.now()));
        }
    }

    private static final String CURRENT = WorkshopReads.CURRENT;

    private Optional<WorkerRecord> findWorker(String reference) {
        Optional<WorkerId> id = WorkerId.parse(reference);
        try {
            if (id.isPresent()) {
                return Optional.of(registry.find(id.get()));
            }
            return registry.findByResidentId(ResidentId.parse(reference)).map(summary -> registry.find(summary.id()));
        } catch (RecordNotFoundException | org.laborbridge.shared.InvalidValueException unknown) {
            return Optional.empty();
        }
    }

    private Optional<UUID> openEmployment(WorkerId worker) {
        return jdbc.sql("select id from workshop_employee where worker_id = :worker and end_date is null")
                .param("worker", worker.value())
                .query(UUID.class)
                .optional();
    }

    private Row lockInScope(WorkshopId id, Caller caller) {
        return jdbc.sql("select * from workshop where id = :id for update")
                .param("id", id.value())
                .query(Row::of)
                .optional()
                .filter(r -> WorkshopAccess.covers(caller, r.county))
                .orElseThrow(() -> notFound(id));
    }

    private Optional<Row> load(WorkshopId id) {
        return jdbc.sql("select * from workshop where id = :id")
                .param("id", id.value())
                .query(Row::of)
                .optional();
    }

    private List<RecognitionRule.Employee> currentEmployees(WorkshopId id) {
        return jdbc.sql("select registered_poor, contract_months, accident_insured from workshop_employee e"
                        + " where workshop_id = :id and " + CURRENT)
                .param("id", id.value())
                .param("today", BureauTime.today())
                .query((rs, n) -> new RecognitionRule.Employee(
                        rs.getBoolean("registered_poor"),
                        rs.getInt("contract_months"),
                        rs.getBoolean("accident_insured")))
                .list();
    }

    private WorkshopView view(Row r) {
        List<RecognitionRule.Employee> current = currentEmployees(r.id);
        long poor = current.stream()
                .filter(RecognitionRule.Employee::registeredPoor)
                .count();
        return new WorkshopView(
                r.id,
                r.name,
                r.county,
                countyName(r.county),
                r.address,
                r.operatorName,
                r.operatorKind,
                r.operatorEmployerId,
                r.model,
                r.type,
                r.industry,
                r.products,
                r.responsiblePerson,
                r.foundedOn,
                r.recognisedOn,
                r.status,
                r.flagReasons,
                current.size(),
                poor,
                rule.evaluate(current).checks(),
                r.version);
    }

    private Map<String, Object> columns(WorkshopForm form) {
        Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("name", form.name().strip());
        columns.put("county", form.county().strip());
        columns.put("address", form.address().strip());
        columns.put("operatorName", form.operatorName().strip());
        columns.put("operatorKind", form.operatorKind().name());
        columns.put(
                "employer",
                Text.blankToNull(form.operatorEmployerId()) == null
                        ? null
                        : UUID.fromString(form.operatorEmployerId().strip()));
        columns.put("company", form.model().company());
        columns.put("cooperative", form.model().cooperative());
        columns.put("institute", form.model().institute());
        columns.put("base", form.model().base());
        columns.put("farmers", form.model().farmers());
        columns.put("type", form.type().name());
        columns.put("industry", form.industry().strip());
        columns.put("products", Text.blankToNull(form.products()));
        columns.put("responsible", form.responsiblePerson().strip());
        columns.put("foundedOn", form.foundedOn());
        return columns;
    }

    private String countyName(String county) {
        return reads.countyName(county);
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static RecordNotFoundException notFound(WorkshopId id) {
        return new RecordNotFoundException("workshop", id);
    }

    private record Row(
            WorkshopId id,
            String name,
            String county,
            String address,
            String operatorName,
            OperatorKind operatorKind,
            String operatorEmployerId,
            WorkshopModel model,
            WorkshopType type,
            String industry,
            String products,
            String responsiblePerson,
            LocalDate foundedOn,
            LocalDate recognisedOn,
            WorkshopStatus status,
            List<String> flagReasons,
            int version) {

        static Row of(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            UUID employer = rs.getObject("operator_employer_id", UUID.class);
            String reasons = rs.getString("flag_reasons");
            return new Row(
                    new WorkshopId(rs.getObject("id", UUID.class)),
                    rs.getString("name"),
                    rs.getString("county"),
                    rs.getString("address"),
                    rs.getString("operator_name"),
                    OperatorKind.valueOf(rs.getString("operator_kind")),
                    employer == null ? null : employer.toString(),
                    new WorkshopModel(
                            rs.getString("model_company"),
                            rs.getString("model_cooperative"),
                            rs.getString("model_institute"),
                            rs.getString("model_base"),
                            rs.getString("model_farmers")),
                    WorkshopType.valueOf(rs.getString("type")),
                    rs.getString("industry"),
                    rs.getString("products"),
                    rs.getString("responsible_person"),
                    rs.getObject("founded_on", LocalDate.class),
                    rs.getObject("recognised_on", LocalDate.class),
                    WorkshopStatus.valueOf(rs.getString("status")),
                    reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")),
                    rs.getInt("version"));
        }
    }

    private record EmploymentRow(
            UUID id,
            WorkerId worker,
            String householdCounty,
            boolean registeredPoor,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal monthlyWage,
            int contractMonths,
            boolean accidentInsured,
            Situation situationBefore) {

        static EmploymentRow of(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            String before = rs.getString("situation_before");
            return new EmploymentRow(
                    rs.getObject("id", UUID.class),
                    new WorkerId(rs.getObject("worker_id", UUID.class)),
                    rs.getString("household_county"),
                    rs.getBoolean("registered_poor"),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getObject("end_date", LocalDate.class),
                    rs.getBigDecimal("monthly_wage"),
                    rs.getInt("contract_months"),
                    rs.getBoolean("accident_insured"),
                    before == null ? null : Situation.valueOf(before));
        }
    }
}
