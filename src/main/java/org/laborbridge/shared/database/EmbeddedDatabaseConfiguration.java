package org.laborbridge.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Without {@code SPRING_DATASOURCE_URL} LaborBridge runs on its own PostgreSQL, so that a fresh
 * clone needs no setup. The server lives once per JVM: tests that start several application
 * contexts share it, and it stops when the last context using it closes, after Spring has
 * finished with its connections (its own JVM shutdown hook would race the context's).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static EmbeddedPostgres server;
    private static int users;

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            @Value("${laborbridge.data-dir}") Path dataDir,
            @Value("${laborbridge.embedded-database.fresh:false}") boolean fresh,
            @Value("${laborbridge.embedded-database.durable:true}") boolean durable,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        HikariDataSource dataSource = new HikariDataSource() {
            @Override
            public void close() {
                super.close();
                release();
            }
        };
        dataSource.setJdbcUrl(start(dataDir.resolve("postgres"), fresh, durable).getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(poolSize);
        return dataSource;
    }

    private static synchronized EmbeddedPostgres start(Path directory, boolean fresh, boolean durable) {
        users++;
        if (server == null) {
            try {
                Files.createDirectories(directory);
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(fresh)
                        .setServerConfig("max_connections", "200")
                        // Room for million-row imports and reports: the defaults are sized for a tiny machine.
                        .setServerConfig("shared_buffers", "512MB")
                        .setServerConfig("work_mem", "16MB")
                        .setServerConfig("maintenance_work_mem", "256MB")
                        .setServerConfig("max_wal_size", "4GB")
                        .setServerConfig("checkpoint_timeout", "15min")
                        // The library turns fsync and synchronous commit off, which suits throw-away test
                        // databases but not the data a bureau keeps in ./data.
                        .setServerConfig("fsync", durable ? "on" : "off")
                        .setServerConfig("synchronous_commit", durable ? "on" : "off")
                        .setLocaleConfig("encoding", "UTF8")
                        .setRegisterShutdownHook(false)
                        .start();
                log.info("Embedded PostgreSQL serving {} on port {}", directory.toAbsolutePath(), server.getPort());
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start in " + directory, e);
            }
        }
        return server;
    }

    private static synchronized void release() {
        users--;
        if (users == 0 && server != null) {
            try {
                server.close();
                log.info("Embedded PostgreSQL stopped");
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            } finally {
                server = null;
            }
        }
    }

    /** The embedded server is only for runs that name no database of their own. */
    static final class NoDatasourceUrl implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
