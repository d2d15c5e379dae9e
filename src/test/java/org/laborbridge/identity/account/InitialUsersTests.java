package org.laborbridge.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
class InitialUsersTests {

    private static final List<String> DEMO_USERS =
            List.of("admin", "caseworker", "approver", "xiangxi", "linyi", "employer", "worker");

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoUsersExistWithTheirRolesAndScopes() {
        assertThat(DEMO_USERS)
                .allSatisfy(name -> assertThat(accounts.findByUsername(name))
                        .hasValueSatisfying(
                                account -> assertThat(passwords.matches("laborbridge-demo", account.passwordHash()))
                                        .isTrue()));

        assertThat(roleOf("admin")).isEqualTo(Role.ADMIN);
        assertThat(roleOf("caseworker")).isEqualTo(Role.CASEWORKER);
        assertThat(roleOf("approver")).isEqualTo(Role.APPROVER);
        assertThat(roleOf("employer")).isEqualTo(Role.EMPLOYER);
        assertThat(roleOf("worker")).isEqualTo(Role.WORKER);
        assertThat(accounts.findByUsername("xiangxi").orElseThrow().caller()).satisfies(xiangxi -> {
            assertThat(xiangxi.role()).isEqualTo(Role.PARTNER);
            assertThat(xiangxi.regionCodes()).containsExactly("433100");
        });
        assertThat(accounts.findByUsername("linyi").orElseThrow().regionCodes())
                .containsExactly("371321", "371323", "371325", "371328");
        // The worker's record and the employer's enterprise are the workers' and the fairs' demos to create
        // and link (DemoWorker, FairsDemo), so they are not checked here.
    }

    @Test
    @Transactional
    void aSecondSeedingRunNeitherRecreatesNorChangesDemoUsers() {
        jdbc.sql("update app_user set display_name = 'Renamed by an admin' where username = 'caseworker'")
                .update();
        List<Map<String, Object>> before = demoRows();

        seeder(new MockEnvironment().withProperty("laborbridge.demo", "true")).ensureSomeoneCanSignIn();

        assertThat(demoRows()).isEqualTo(before);
        assertThat(before).hasSize(DEMO_USERS.size());
    }

    @Test
    @Transactional
    void productionModeCreatesNoUserWithoutAnAdminPassword() {
        jdbc.sql("delete from app_user").update();

        seeder(production()).ensureSomeoneCanSignIn();

        assertThat(userCount()).isZero();
    }

    @Test
    @Transactional
    void productionModeRefusesAShortAdminPassword() {
        jdbc.sql("delete from app_user").update();

        seeder(production().withProperty("laborbridge.admin-password", "short-pass1"))
                .ensureSomeoneCanSignIn();

        assertThat(userCount()).isZero();
    }

    @Test
    @Transactional
    void productionModeCreatesTheAdministratorFromTheConfiguredPassword() {
        jdbc.sql("delete from app_user").update();

        seeder(production().withProperty("laborbridge.admin-password", "a-long-secret-chosen-by-ops"))
                .ensureSomeoneCanSignIn();

        assertThat(userCount()).isEqualTo(1);
        UserAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(passwords.matches("a-long-secret-chosen-by-ops", admin.passwordHash()))
                .isTrue();
        assertThat(passwords.matches("laborbridge-demo", admin.passwordHash())).isFalse();
    }

    @Test
    @Transactional
    void productionModeLeavesAnExistingAdministratorAlone() {
        String hashBefore = accounts.findByUsername("admin").orElseThrow().passwordHash();

        seeder(production().withProperty("laborbridge.admin-password", "a-long-secret-chosen-by-ops"))
                .ensureSomeoneCanSignIn();

        assertThat(accounts.findByUsername("admin").orElseThrow().passwordHash())
                .isEqualTo(hashBefore);
    }

    private static MockEnvironment production() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example/laborbridge");
    }

    private InitialUsers seeder(MockEnvironment environment) {
        return new InitialUsers(accounts, passwords, environment);
    }

    private Role roleOf(String username) {
        return accounts.findByUsername(username).orElseThrow().role();
    }

    private long userCount() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private List<Map<String, Object>> demoRows() {
        return jdbc.sql("""
                        select id, username, password_hash, display_name, role, region_codes::text as regions,
                               employer_id, worker_id, enabled, created_at
                        from app_user where username in (:names) order by id""").param("names", DEMO_USERS).query().listOfRows();
    }
}
