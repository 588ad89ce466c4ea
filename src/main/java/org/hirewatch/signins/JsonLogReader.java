package org.hirewatch.signins;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.Locale;

/**
 * JSON sign-in logs: the Okta System Log export (an array of LogEvents, or one per line) and the Microsoft Entra ID
 * sign-in export (an array of signIn resources, or Graph's {"value": [...]}). Entries are streamed one at a time; the
 * line reported for an entry is where it starts.
 */
public final class JsonLogReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLogReader() {
    }

    public static ParsedLog readOkta(Path file) {
        return read(file, LogFormat.OKTA);
    }

    public static ParsedLog readEntra(Path file) {
        return read(file, LogFormat.ENTRA_JSON);
    }

    private static ParsedLog read(Path file, LogFormat format) {
        RowBuilder out = new RowBuilder(RowBuilder.TimeReader.iso());
        String name = file.getFileName().toString();
        try (DigestInputStream in = LogFiles.open(file);
             JsonParser p = new JsonFactory(MAPPER).createParser(LogFiles.skipBom(in))) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                int line = p.currentTokenLocation().getLineNr();
                JsonNode first = MAPPER.readTree(p);
                if (first.path("value").isArray()) {
                    // Graph's page: {"@odata.context": ..., "value": [ ... ]}; entries carry no line of their own
                    for (JsonNode n : first.path("value")) {
                        entry(n, line, format, out);
                    }
                } else {
                    // one entry per line (Okta's NDJSON download)
                    entry(first, line, format, out);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        int at = p.currentTokenLocation().getLineNr();
                        entry(MAPPER.readTree(p), at, format, out);
                    }
                }
            } else if (t == JsonToken.START_ARRAY) {
                entries(p, format, out, JsonToken.END_ARRAY);
            } else if (t != null) {
                throw new LogReadException("signins.error.notJson", null, name);
            }
            return out.result(format, name, LogFiles.finish(in));
        } catch (JsonProcessingException e) {
            throw new LogReadException("signins.error.badJson", e, name,
                    String.valueOf(e.getLocation() == null ? 0 : e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new LogReadException("signins.error.unreadable", e, name);
        }
    }

    private static void entries(JsonParser p, LogFormat format, RowBuilder out, JsonToken end) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != end && t != null) {
            int line = p.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                out.problems.add(RowProblem.of(line, "signins.problem.notAnObject"));
                continue;
            }
            entry(MAPPER.readTree(p), line, format, out);
        }
    }

    private static void entry(JsonNode n, int line, LogFormat format, RowBuilder out) {
        if (!n.isObject()) {
            out.problems.add(RowProblem.of(line, "signins.problem.notAnObject"));
        } else if (format == LogFormat.OKTA) {
            okta(n, line, out);
        } else {
            entra(n, line, out);
        }
    }

    /** Okta events that are not session starts or authentications (admin actions, app updates) are not sign-ins. */
    static boolean isSignIn(String eventType) {
        String t = eventType.toLowerCase(Locale.ROOT);
        return t.equals("user.session.start") || t.startsWith("user.authentication.");
    }

    private static void okta(JsonNode n, int line, RowBuilder out) {
        String type = text(n.path("eventType"));
        if (!type.isEmpty() && !isSignIn(type)) {
            out.notSignIns++;
            return;
        }
        RowBuilder.Values v = new RowBuilder.Values();
        v.time = text(n.path("published"));
        v.account = text(n.path("actor").path("alternateId"));
        JsonNode client = n.path("client");
        v.ip = text(client.path("ipAddress"));
        JsonNode geo = client.path("geographicalContext");
        v.city = text(geo.path("city"));
        v.country = text(geo.path("country"));
        v.latitude = text(geo.path("geolocation").path("lat"));
        v.longitude = text(geo.path("geolocation").path("lon"));
        JsonNode sec = n.path("securityContext");
        v.asn = text(sec.path("asNumber"));
        v.organisation = first(text(sec.path("asOrg")), text(sec.path("isp")));
        v.vpn = text(sec.path("isProxy"));
        JsonNode ua = client.path("userAgent");
        v.device = join(text(client.path("device")), text(ua.path("os")), text(ua.path("browser")));
        if (v.device.isEmpty()) {
            v.device = text(ua.path("rawUserAgent"));
        }
        v.outcome = text(n.path("outcome").path("result"));
        out.add(line, v);
    }

    private static void entra(JsonNode n, int line, RowBuilder out) {
        RowBuilder.Values v = new RowBuilder.Values();
        v.time = text(n.path("createdDateTime"));
        v.account = text(n.path("userPrincipalName"));
        v.ip = text(n.path("ipAddress"));
        JsonNode loc = n.path("location");
        v.city = text(loc.path("city"));
        v.country = text(loc.path("countryOrRegion"));
        v.latitude = text(loc.path("geoCoordinates").path("latitude"));
        v.longitude = text(loc.path("geoCoordinates").path("longitude"));
        v.asn = text(n.path("autonomousSystemNumber"));
        JsonNode dev = n.path("deviceDetail");
        v.device = join(text(dev.path("deviceId")), text(dev.path("displayName")), text(dev.path("operatingSystem")),
                text(dev.path("browser")));
        JsonNode status = n.path("status");
        String code = text(status.path("errorCode"));
        v.outcome = code.isEmpty() ? "" : "0".equals(code) ? "success" : "failure";
        v.vpn = anonymized(n) ? "true" : "";
        out.add(line, v);
    }

    /**
     * Entra marks anonymising networks in networkLocationDetails (networkType "anonymizedNetwork") and in the risk
     * event types ("anonymizedIPAddress"); absence says nothing, so it is "unknown", not "no".
     */
    private static boolean anonymized(JsonNode n) {
        for (JsonNode d : n.path("networkLocationDetails")) {
            if ("anonymizednetwork".equalsIgnoreCase(text(d.path("networkType")))) {
                return true;
            }
        }
        for (JsonNode r : n.path("riskEventTypes_v2")) {
            if ("anonymizedipaddress".equalsIgnoreCase(text(r))) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? "" : n.isValueNode() ? n.asText().strip() : "";
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String s : parts) {
            if (!s.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " · ").append(s);
            }
        }
        return sb.toString();
    }
}
