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
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code SPRING_DATASOURCE_URL} LaborBridge runs on its own PostgreSQL, so that a fresh
 * clone needs no setup. The server lives once per JVM: tests that start several application
 * contexts share it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static EmbeddedPostgres server;

    @Bean
    DataSource dataSource(
            @Value("${laborbridge.data-dir}") Path dataDir,
            @Value("${laborbridge.embedded-database.fresh:false}") boolean fresh,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(start(dataDir.resolve("postgres"), fresh).getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(poolSize);
        return dataSource;
    }

    private static synchronized EmbeddedPostgres start(Path directory, boolean fresh) {
        if (server == null) {
            try {
                Files.createDirectories(directory);
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(fresh)
                        .setServerConfig("max_connections", "200")
                        .setLocaleConfig("encoding", "UTF8")
                        .start();
                log.info("Embedded PostgreSQL serving {} on port {}", directory.toAbsolutePath(), server.getPort());
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start in " + directory, e);
            }
        }
        return server;
    }
}
