package org.laborbridge.workshops.demo;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.DemoMode;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerBackground;
import org.laborbridge.workers.WorkerHousehold;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the article's 217 poverty-alleviation workshops in the seven Xiangxi counties at the
 * first start in demo mode, employing every Xiangxi worker the registry has as employed locally
 * (the demo workforce's 3,666), all recognised. The people were employed before the platform, so
 * the rows are written in one transaction by batch inserts, as an import would, without timeline
 * steps or events. Nothing happens once the demo's workshops exist; {@code laborbridge.demo.workers=false}
 * turns it off with the workforce.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class WorkshopsDemo implements ApplicationRunner {

    static final String ACTOR = "workshops-demo";
    static final Caller SEEDER = new Caller(ACTOR, null, Role.ADMIN, List.of(), null, null);
    private static final Logger log = LoggerFactory.getLogger(WorkshopsDemo.class);

    private final WorkerRegistry registry;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;

    WorkshopsDemo(
            WorkerRegistry registry, JdbcTemplate jdbc, TransactionTemplate transaction, Environment environment) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (DemoMode.isOn(environment) && environment.getProperty("laborbridge.demo.workers", Boolean.class, true)) {
            seed();
        }
    }

    /** The number of workshops added: 0 when the demo's workshops are there already. */
    int seed() {
        return Callers.runAs(SEEDER, () -> transaction.execute(status -> seedOnce()));
    }

    private int seedOnce() {
        jdbc.execute("lock table workshop in share row exclusive mode");
        Boolean seeded = jdbc.queryForObject(
                "select exists (select 1 from workshop where created_by = ?)", Boolean.class, ACTOR);
        if (Boolean.TRUE.equals(seeded)) {
            return 0;
        }
        List<WorkerHousehold> households = registry.inSituation(Situation.EMPLOYED_LOCALLY, RegionCode.of("433100"));
        Map<WorkerId, WorkerBackground> backgrounds =
                registry
                        .backgroundsOf(
                                households.stream().map(WorkerHousehold::worker).toList())
                        .stream()
                        .collect(Collectors.toMap(WorkerBackground::id, Function.identity()));
        Set<UUID> employed = openEmployments(households);
        List<XiangxiWorkshops.Person> people = households.stream()
                .filter(h -> !employed.contains(h.worker().value()))
                .map(h -> new XiangxiWorkshops.Person(
                        h.worker().value(),
                        h.householdCounty(),
                        backgrounds.containsKey(h.worker())
                                && backgrounds.get(h.worker()).registeredPoor()))
                .toList();
        List<XiangxiWorkshops.Planned> plan = XiangxiWorkshops.plan(people, BureauTime.today());
        insert(plan);
        log.info(
                "Demo workshops: {} in Xiangxi employing {} people locally",
                plan.size(),
                plan.stream().mapToInt(w -> w.employees().size()).sum());
        return plan.size();
    }

    /** People already employed at a workshop someone registered by hand keep that employment. */
    private Set<UUID> openEmployments(List<WorkerHousehold> households) {
        UUID[] ids = households.stream().map(h -> h.worker().value()).toArray(UUID[]::new);
        return new HashSet<>(jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(
                            "select worker_id from workshop_employee where end_date is null and worker_id = any (?)");
                    statement.setArray(1, connection.createArrayOf("uuid", ids));
                    return statement;
                },
                (rs, n) -> rs.getObject(1, UUID.class)));
    }

    private void insert(List<XiangxiWorkshops.Planned> plan) {
        List<Object[]> workshops = new ArrayList<>();
        List<Object[]> employees = new ArrayList<>();
        for (XiangxiWorkshops.Planned w : plan) {
            workshops.add(new Object[] {
                w.id(),
                w.name(),
                w.county(),
                w.address(),
                w.operatorName(),
                w.operatorKind().name(),
                w.operatorKind() == org.laborbridge.workshops.OperatorKind.ENTERPRISE ? w.operatorName() : null,
                w.cooperative(),
                w.industry().institute(),
                w.industry().type().name(),
                w.industry().industry(),
                w.industry().products(),
                w.responsiblePerson(),
                Date.valueOf(w.foundedOn()),
                Date.valueOf(w.recognisedOn()),
                ACTOR
            });
            for (XiangxiWorkshops.Employment e : w.employees()) {
                employees.add(new Object[] {
                    e.id(),
                    w.id(),
                    w.county(),
                    e.person().worker(),
                    e.person().county(),
                    e.person().registeredPoor(),
                    Date.valueOf(e.start()),
                    e.wage(),
                    e.contractMonths(),
                    ACTOR
                });
            }
        }
        jdbc.batchUpdate("""
                insert into workshop (id, name, county, address, operator_name, operator_kind, model_company,
                    model_cooperative, model_institute, model_farmers, type, industry, products, responsible_person,
                    founded_on, recognised_on, status, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, '当地农户', ?, ?, ?, ?, ?, ?, 'RECOGNISED', ?)
                """, workshops);
        jdbc.batchUpdate("""
                insert into workshop_status_change (workshop_id, county, status, cause, effective_on, changed_by)
                select id, county, 'RECOGNISED', 'REGISTERED', recognised_on, created_by from workshop where id = ?
                """, plan.stream().map(w -> new Object[] {w.id()}).toList());
        jdbc.batchUpdate("""
                insert into workshop_employee (id, workshop_id, county, worker_id, household_county, registered_poor,
                    start_date, monthly_wage, contract_months, accident_insured, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)
                """, employees);
    }
}
