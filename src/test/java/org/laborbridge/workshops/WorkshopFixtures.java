package org.laborbridge.workshops;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;

/** Workshops and workers of their own for each test: the database is shared with every other test of the run. */
public final class WorkshopFixtures {

    public static final Caller ADMIN = new Caller("workshop-tests", null, Role.ADMIN, List.of(), null, null);
    public static final String BAOJING = "433125";
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final Workshops workshops;
    private final WorkerRegistry registry;

    public WorkshopFixtures(Workshops workshops, WorkerRegistry registry) {
        this.workshops = workshops;
        this.registry = registry;
    }

    public static WorkshopForm form(String name, String county) {
        return new WorkshopForm(
                name,
                county,
                "吕洞山村",
                "保靖黄金茶有限公司",
                OperatorKind.ENTERPRISE,
                null,
                new WorkshopModel("保靖黄金茶有限公司", "吕洞山茶叶专业合作社", "湖南省茶叶研究所", "黄金村茶园", "当地农户"),
                WorkshopType.FACTORY,
                "茶叶加工",
                "保靖黄金茶",
                "彭建国",
                LocalDate.of(2018, 3, 1),
                LocalDate.of(2018, 6, 1));
    }

    public WorkshopView workshop() {
        return Callers.runAs(ADMIN, () -> workshops.register(form("测试车间" + NAMES.incrementAndGet(), BAOJING)));
    }

    public WorkerRecord worker(String county, boolean poor) {
        return Callers.runAs(
                ADMIN,
                () -> registry.register(new WorkerForm(
                        "车间" + (char) ('甲' + NAMES.incrementAndGet() % 10) + "工" + NAMES.get(),
                        TestResidentIds.next(county),
                        null,
                        null,
                        poor,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        Situation.SEEKING,
                        null)));
    }

    public static EmployeeForm employment(WorkerRecord worker, boolean insured) {
        return new EmployeeForm(
                worker.id().toString(), BureauTime.today().minusMonths(2), new BigDecimal("2400"), 12, insured);
    }

    public EmployeeView employ(WorkshopView workshop, WorkerRecord worker, boolean insured) {
        return Callers.runAs(ADMIN, () -> workshops.employ(workshop.id(), employment(worker, insured)));
    }
}
