package org.hirewatch.signins;

import java.util.Arrays;
import java.util.Optional;

/** The sign-in log formats HireWatch reads; {@code code} is what the log's evidence item records. */
public enum LogFormat {
    CSV("csv", "csv"),
    OKTA("okta", "okta"),
    ENTRA_CSV("entra_csv", "entra-csv"),
    ENTRA_JSON("entra_json", "entra-json");

    private final String code;
    private final String cliName;

    LogFormat(String code, String cliName) {
        this.code = code;
        this.cliName = cliName;
    }

    public String code() {
        return code;
    }

    public String cliName() {
        return cliName;
    }

    public static Optional<LogFormat> byCliName(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    public String messageKey() {
        return "evidence.choice." + code;
    }
}
