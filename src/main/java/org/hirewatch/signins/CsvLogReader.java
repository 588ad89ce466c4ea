package org.hirewatch.signins;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV sign-in logs: any CSV through a column mapping, and the Microsoft Entra ID portal's CSV download (whose columns
 * are known). Line numbers count the header as line 1.
 */
public final class CsvLogReader {
    private CsvLogReader() {
    }

    /** The header and the first rows, for the mapping step's preview. */
    public record Preview(List<String> header, List<List<String>> rows) {
    }

    public static Preview preview(Path file, char delimiter, int maxRows) {
        try (DigestInputStream in = LogFiles.open(file);
             Reader r = new InputStreamReader(LogFiles.skipBom(in), StandardCharsets.UTF_8);
             CSVParser p = format(delimiter).parse(r)) {
            List<List<String>> rows = new ArrayList<>();
            Iterator<CSVRecord> it = p.iterator();
            while (it.hasNext() && rows.size() < maxRows) {
                rows.add(it.next().toList());
            }
            return new Preview(p.getHeaderNames(), rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new LogReadException("signins.error.notCsv", e, file.getFileName().toString());
        }
    }

    /** Reads a CSV log with a mapping. */
    public static ParsedLog read(Path file, CsvMapping mapping) {
        RowBuilder.TimeReader times = new RowBuilder.TimeReader(mapping.timePattern(), ZoneId.of(mapping.timeZone()));
        return read(file, mapping.delimiter(), LogFormat.CSV, times, header -> {
            Map<CsvMapping.Field, Integer> at = new HashMap<>();
            mapping.columns().forEach((f, col) -> {
                int i = header.indexOf(col);
                if (i >= 0) {
                    at.put(f, i);
                }
            });
            if (!at.containsKey(CsvMapping.Field.TIME)) {
                throw new LogReadException("signins.error.columnMissing", null, mapping.column(CsvMapping.Field.TIME));
            }
            return rec -> {
                RowBuilder.Values v = new RowBuilder.Values();
                v.time = get(rec, at.get(CsvMapping.Field.TIME));
                v.account = get(rec, at.get(CsvMapping.Field.ACCOUNT));
                v.ip = get(rec, at.get(CsvMapping.Field.IP));
                v.country = get(rec, at.get(CsvMapping.Field.COUNTRY));
                v.city = get(rec, at.get(CsvMapping.Field.CITY));
                v.latitude = get(rec, at.get(CsvMapping.Field.LATITUDE));
                v.longitude = get(rec, at.get(CsvMapping.Field.LONGITUDE));
                v.asn = get(rec, at.get(CsvMapping.Field.ASN));
                v.organisation = get(rec, at.get(CsvMapping.Field.ORGANISATION));
                v.vpn = get(rec, at.get(CsvMapping.Field.VPN_OR_PROXY));
                v.device = get(rec, at.get(CsvMapping.Field.DEVICE));
                v.outcome = get(rec, at.get(CsvMapping.Field.OUTCOME));
                v.sessionEnd = get(rec, at.get(CsvMapping.Field.SESSION_END));
                return v;
            };
        });
    }

    /**
     * Reads the Entra admin center's sign-in CSV: "Date (UTC)", "Username", "IP address", "Location" ("City, State,
     * CC"), "Status" or "Sign-in error code", "Operating System", "Browser", "Autonomous system number".
     */
    public static ParsedLog readEntra(Path file) {
        return read(file, ',', LogFormat.ENTRA_CSV, RowBuilder.TimeReader.iso(), header -> {
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                at.putIfAbsent(key(header.get(i)), i);
            }
            Integer time = first(at, "dateutc", "date", "createddatetime");
            Integer user = first(at, "username", "userprincipalname", "user");
            if (time == null || user == null && first(at, "ipaddress") == null) {
                throw new LogReadException("signins.error.notEntraCsv", null, file.getFileName().toString());
            }
            Integer ip = first(at, "ipaddress");
            Integer location = first(at, "location");
            Integer status = first(at, "status");
            Integer error = first(at, "signinerrorcode", "errorcode");
            Integer os = first(at, "operatingsystem");
            Integer browser = first(at, "browser");
            Integer deviceId = first(at, "deviceid");
            Integer asn = first(at, "autonomoussystemnumber", "asn");
            return rec -> {
                RowBuilder.Values v = new RowBuilder.Values();
                v.time = get(rec, time);
                v.account = get(rec, user);
                v.ip = get(rec, ip);
                String[] place = place(get(rec, location));
                v.city = place[0];
                v.country = place[1];
                String st = get(rec, status);
                String code = get(rec, error);
                v.outcome = !RowBuilder.blank(st) ? st : RowBuilder.blank(code) ? "" : "0".equals(code.strip()) ? "success"
                        : "failure";
                v.device = join(get(rec, deviceId), get(rec, os), get(rec, browser));
                v.asn = get(rec, asn);
                return v;
            };
        });
    }

    /** "Seattle, Washington, US" → city "Seattle", country "US"; "US" alone → country only. */
    static String[] place(String location) {
        if (RowBuilder.blank(location)) {
            return new String[] {"", ""};
        }
        String[] parts = location.split(",");
        String country = parts[parts.length - 1].strip();
        String city = parts.length > 1 ? parts[0].strip() : "";
        return new String[] {city, country};
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!RowBuilder.blank(p)) {
                sb.append(sb.length() == 0 ? "" : " · ").append(p.strip());
            }
        }
        return sb.toString();
    }

    interface Extractor {
        RowBuilder.Values values(CSVRecord rec);
    }

    private static ParsedLog read(Path file, char delimiter, LogFormat format, RowBuilder.TimeReader times,
                                  java.util.function.Function<List<String>, Extractor> plan) {
        RowBuilder out = new RowBuilder(times);
        String name = file.getFileName().toString();
        try (DigestInputStream in = LogFiles.open(file);
             Reader r = new InputStreamReader(LogFiles.skipBom(in), StandardCharsets.UTF_8)) {
            CSVParser p = format(delimiter).parse(r);
            Extractor ex = plan.apply(p.getHeaderNames());
            int columns = p.getHeaderNames().size();
            Iterator<CSVRecord> it = p.iterator();
            long lastLine = p.getCurrentLineNumber();
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // An unclosed quote swallows the rest of the file: report where it started and stop there.
                    out.problems.add(RowProblem.of((int) lastLine + 1, "signins.problem.brokenQuote"));
                    break;
                }
                int line = (int) lastLine + 1;
                lastLine = p.getCurrentLineNumber();
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue;
                }
                if (rec.size() != columns) {
                    out.problems.add(RowProblem.of(line, "signins.problem.columnCount", String.valueOf(rec.size()),
                            String.valueOf(columns)));
                    continue;
                }
                out.add(line, ex.values(rec));
            }
            return out.result(format, name, LogFiles.finish(in));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new LogReadException("signins.error.notCsv", e, name);
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .setIgnoreEmptyLines(false).get();
    }

    private static String get(CSVRecord rec, Integer i) {
        return i == null ? null : rec.get(i);
    }

    private static Integer first(Map<String, Integer> at, String... keys) {
        for (String k : keys) {
            if (at.containsKey(k)) {
                return at.get(k);
            }
        }
        return null;
    }

    private static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
