package org.hirewatch.signins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a CSV log holds which value, and how its times are written: a pattern (empty for ISO-8601, "epoch"
 * for seconds or milliseconds since 1970) and the zone of times written without an offset. Saved by name.
 */
public record CsvMapping(String name, Map<Field, String> columns, String timePattern, String timeZone, char delimiter) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The values a sign-in row can carry. Time is required, and an account or an address. */
    public enum Field {
        TIME, ACCOUNT, IP, COUNTRY, CITY, LATITUDE, LONGITUDE, ASN, ORGANISATION, VPN_OR_PROXY, DEVICE, OUTCOME,
        SESSION_END
    }

    public CsvMapping {
        name = name == null ? "" : name.strip();
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        timePattern = timePattern == null ? "" : timePattern.strip();
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip();
        delimiter = delimiter == 0 ? ',' : delimiter;
    }

    public String column(Field f) {
        return columns.getOrDefault(f, "");
    }

    public CsvMapping named(String newName) {
        return new CsvMapping(newName, columns, timePattern, timeZone, delimiter);
    }

    /** What keeps the mapping from being used: bundle keys (empty when it is usable). */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (column(Field.TIME).isBlank()) {
            out.add("signins.mapping.needsTime");
        }
        if (column(Field.ACCOUNT).isBlank() && column(Field.IP).isBlank()) {
            out.add("signins.mapping.needsAccountOrIp");
        }
        if (!timePattern.isEmpty() && !timePattern.equalsIgnoreCase("epoch")) {
            try {
                DateTimeFormatter.ofPattern(timePattern);
            } catch (IllegalArgumentException e) {
                out.add("signins.mapping.badPattern");
            }
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            out.add("signins.mapping.badZone");
        }
        return out;
    }

    /**
     * A first guess from the header names, so that common exports need no clicking: "time", "timestamp", "date" for
     * the time, "user"/"account"/"email" for the account, "ip" for the address and so on.
     */
    public static CsvMapping guess(List<String> header) {
        Map<Field, String> cols = new LinkedHashMap<>();
        for (String h : header) {
            String k = h.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
            Field f = switch (k) {
                case "time", "timestamp", "datetime", "date", "dateutc", "signintime", "createddatetime", "published",
                     "eventtime" -> Field.TIME;
                case "user", "username", "account", "email", "userprincipalname", "login", "actor" -> Field.ACCOUNT;
                case "ip", "ipaddress", "clientip", "sourceip", "srcip" -> Field.IP;
                case "country", "countrycode", "countryorregion" -> Field.COUNTRY;
                case "city" -> Field.CITY;
                case "lat", "latitude" -> Field.LATITUDE;
                case "lon", "lng", "longitude" -> Field.LONGITUDE;
                case "asn", "asnumber", "autonomoussystemnumber" -> Field.ASN;
                case "org", "organisation", "organization", "asorg", "isp" -> Field.ORGANISATION;
                case "vpn", "proxy", "isproxy", "vpnorproxy", "anonymous" -> Field.VPN_OR_PROXY;
                case "device", "deviceid", "useragent", "devicename" -> Field.DEVICE;
                case "outcome", "result", "status" -> Field.OUTCOME;
                case "sessionend", "logout", "signout", "end", "endtime" -> Field.SESSION_END;
                default -> null;
            };
            if (f != null) {
                cols.putIfAbsent(f, h);
            }
        }
        return new CsvMapping("", cols, "", "UTC", ',');
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, String> cols = new LinkedHashMap<>();
        columns.forEach((k, v) -> cols.put(k.name(), v));
        m.put("columns", cols);
        m.put("timePattern", timePattern);
        m.put("timeZone", timeZone);
        m.put("delimiter", String.valueOf(delimiter));
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a saved mapping; unknown field names (from a later version) are skipped. */
    public static CsvMapping fromJson(String name, String json) {
        try {
            @SuppressWarnings("unchecked") Map<String, Object> m = JSON.readValue(json, Map.class);
            Map<Field, String> cols = new LinkedHashMap<>();
            if (m.get("columns") instanceof Map<?, ?> c) {
                c.forEach((k, v) -> {
                    try {
                        cols.put(Field.valueOf(String.valueOf(k)), String.valueOf(v));
                    } catch (IllegalArgumentException e) {
                        // a field this version does not know
                    }
                });
            }
            String d = String.valueOf(m.getOrDefault("delimiter", ","));
            return new CsvMapping(name, cols, String.valueOf(m.getOrDefault("timePattern", "")),
                    String.valueOf(m.getOrDefault("timeZone", "UTC")), d.isEmpty() ? ',' : d.charAt(0));
        } catch (JsonProcessingException e) {
            return new CsvMapping(name, Map.of(), "", "UTC", ',');
        }
    }
}
