package org.laborbridge.workers.export;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.Masking;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.springframework.context.MessageSource;

/** The exported columns, headed and valued in the reader's language. */
final class ExportColumns {

    static final List<String> NAMES = List.of(
            "name",
            "residentId",
            "sex",
            "birthDate",
            "householdCounty",
            "householdRegion",
            "phone",
            "registeredPoor",
            "poorConfirmed",
            "laborCapacity",
            "willingToMigrate",
            "education",
            "skills",
            "wantedJobs",
            "situation",
            "createdAt");

    static final String SQL_COLUMNS = """
            name, resident_id, sex, birth_date, household_county, phone, registered_poor,
            poor_confirmed_at is not null as poor_confirmed, labor_capacity, willing_to_migrate, education,
            skills, wanted_jobs, situation, created_at""";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Locale locale;
    private final boolean full;

    ExportColumns(MessageSource messages, Locale locale, boolean full) {
        this.messages = messages;
        this.locale = locale;
        this.full = full;
    }

    List<String> headers() {
        return NAMES.stream()
                .map(name -> !full && name.equals("birthDate") ? "birthYear" : name)
                .map(name -> text("workers.export.column." + name))
                .toList();
    }

    List<String> values(ResultSet row) throws SQLException {
        String residentId = row.getString("resident_id");
        String phone = row.getString("phone");
        String county = row.getString("household_county");
        List<String> values = new ArrayList<>(NAMES.size());
        values.add(row.getString("name"));
        values.add(full ? residentId : Masking.residentId(residentId));
        values.add(text("workers.export.sex." + row.getString("sex")));
        LocalDate birthDate = row.getObject("birth_date", LocalDate.class);
        // A masked export gives the year only: the full date is the masked middle of the ID number.
        values.add(full ? birthDate.toString() : String.valueOf(birthDate.getYear()));
        values.add(county);
        values.add(RegionDirectory.standard()
                .find(RegionCode.of(county))
                .map(region -> region.name())
                .orElse(county));
        values.add(phone == null ? "" : full ? phone : Masking.phone(phone));
        values.add(yesNo(row.getBoolean("registered_poor")));
        values.add(yesNo(row.getBoolean("poor_confirmed")));
        values.add(text("workers.export.laborCapacity." + row.getString("labor_capacity")));
        values.add(yesNo(row.getBoolean("willing_to_migrate")));
        String education = row.getString("education");
        values.add(education == null ? "" : text("workers.export.education." + education));
        values.add(names(row.getArray("skills"), code -> Catalogue.skills().name(code, locale)));
        values.add(
                names(row.getArray("wanted_jobs"), code -> Catalogue.jobTypes().name(code, locale)));
        values.add(text("workers.export.situation." + row.getString("situation")));
        values.add(row.getObject("created_at", OffsetDateTime.class)
                .atZoneSameInstant(BureauTime.ZONE)
                .format(TIMESTAMP));
        return values;
    }

    private String yesNo(boolean value) {
        return text(value ? "workers.export.yes" : "workers.export.no");
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String names(Array array, Function<String, String> name) throws SQLException {
        if (array == null) {
            return "";
        }
        return String.join(
                ";", Arrays.stream((String[]) array.getArray()).map(name).toList());
    }
}
