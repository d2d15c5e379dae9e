package org.laborbridge.identity.account;

import java.util.List;
import org.laborbridge.identity.DemoMode;
import org.laborbridge.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in after the first start. The demo gets its well-known users; a
 * real installation gets an administrator only from a password the operator chose, never a
 * default one. Existing users are left exactly as they are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialUsers implements ApplicationRunner {

    static final String DEMO_PASSWORD = "laborbridge-demo";
    static final String ADMIN_PASSWORD_PROPERTY = "laborbridge.admin-password";
    static final int MINIMUM_ADMIN_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final Environment environment;

    InitialUsers(UserAccounts accounts, PasswordEncoder passwords, Environment environment) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        ensureSomeoneCanSignIn();
    }

    void ensureSomeoneCanSignIn() {
        if (DemoMode.isOn(environment)) {
            createDemoUsers();
        } else {
            createAdministratorFromEnvironment();
        }
    }

    private void createDemoUsers() {
        String hash = passwords.encode(DEMO_PASSWORD);
        List<NewAccount> demoUsers = List.of(
                NewAccount.of("admin", hash, "信息中心管理员", Role.ADMIN),
                NewAccount.of("caseworker", hash, "就业服务专员", Role.CASEWORKER),
                NewAccount.of("approver", hash, "补贴审批专员", Role.APPROVER),
                NewAccount.of("xiangxi", hash, "湘西州劳务协作站", Role.PARTNER).inRegions(List.of("433100")),
                NewAccount.of("linyi", hash, "临沂劳务协作站", Role.PARTNER)
                        .inRegions(List.of("371321", "371323", "371325", "371328")),
                NewAccount.of("employer", hash, "企业人事专员", Role.EMPLOYER),
                NewAccount.of("worker", hash, "求职者", Role.WORKER));
        long created = demoUsers.stream().filter(accounts::createIfAbsent).count();
        if (created > 0) {
            log.info("Demo users created ({} of {}), password '{}'", created, demoUsers.size(), DEMO_PASSWORD);
        }
    }

    private void createAdministratorFromEnvironment() {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        String password = environment.getProperty(ADMIN_PASSWORD_PROPERTY);
        if (password == null || password.isBlank()) {
            log.warn(
                    "No administrator exists: set LABORBRIDGE_ADMIN_PASSWORD (at least {} characters) "
                            + "and restart to create user 'admin'",
                    MINIMUM_ADMIN_PASSWORD_LENGTH);
            return;
        }
        if (password.length() < MINIMUM_ADMIN_PASSWORD_LENGTH) {
            log.warn(
                    "No administrator created: LABORBRIDGE_ADMIN_PASSWORD is shorter than {} characters",
                    MINIMUM_ADMIN_PASSWORD_LENGTH);
            return;
        }
        if (accounts.createIfAbsent(NewAccount.of("admin", passwords.encode(password), "系统管理员", Role.ADMIN))) {
            log.info("Administrator 'admin' created from LABORBRIDGE_ADMIN_PASSWORD");
        } else {
            log.warn("No administrator created: the user name 'admin' is taken by a non-administrator");
        }
    }
}
