package org.hirewatch.ui.casefile.activity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.hirewatch.domain.Finding;
import org.hirewatch.domain.FindingState;
import org.hirewatch.domain.SignIn;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.CheckService;
import org.hirewatch.indicators.IndicatorConfig;
import org.hirewatch.indicators.rules.SignInFindings;
import org.hirewatch.ui.casefile.CaseSession;

/**
 * The activity tab: when the person signs in (hour of day in the claimed time zone, or UTC when none is claimed),
 * from which countries over time, and the sign-ins behind each sign-in finding. Everything is computed in the
 * background from the same data the checks read, and again after every change to the case.
 */
public final class ActivityViewModel {
    /** A sign-in finding and the rows behind it. */
    public record FindingItem(String label, List<SignInRow> rows) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One sign-in, ready to show. */
    public record SignInRow(String time, String account, String ip, String place, String network, String vpn,
                            String device, String outcome) {
    }

    private record Snapshot(ZoneId zone, boolean claimed, int total, int[] perHour, List<String> periods,
                            Map<String, int[]> perCountry, String periodKey, List<FindingItem> findings) {
    }

    private static final int TOP_COUNTRIES = 7;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    private final CaseSession session;
    private final CheckService checks;
    private final ObservableList<XYChart.Series<String, Number>> hourSeries = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<String, Number>> countrySeries = FXCollections.observableArrayList();
    private final ObservableList<String> periods = FXCollections.observableArrayList();
    private final ObservableList<FindingItem> findings = FXCollections.observableArrayList();
    private final ObjectProperty<FindingItem> selectedFinding = new SimpleObjectProperty<>();
    private final ObservableList<SignInRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasSignIns = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hoursTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countriesTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeColumnTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ActivityViewModel(CaseSession session, CheckService checks) {
        this.session = session;
        this.checks = checks;
        session.revisionProperty().addListener(x -> load());
        selectedFinding.addListener((obs, old, f) -> rows.setAll(f == null ? List.of() : f.rows()));
    }

    public void load() {
        loading.set(true);
        session.run("activity.task.loading", this::compute, this::show, e -> {
            loading.set(false);
            error.set(session.errorText(e));
        });
    }

    private Snapshot compute() {
        CaseData data = checks.caseData(session.caseId());
        ZoneId zone = ZoneOffset.UTC;
        boolean claimed = false;
        String claimedZone = data.subject().claimedTimeZone();
        if (claimedZone != null && !claimedZone.isBlank()) {
            try {
                zone = ZoneId.of(claimedZone.strip());
                claimed = true;
            } catch (DateTimeException e) {
                // an unknown zone name is shown as UTC, and the tab says so
            }
        }
        List<SignIn> timed = data.signIns().stream().filter(s -> s.at() != null).toList();
        int[] perHour = new int[24];
        for (SignIn s : timed) {
            perHour[s.at().atZone(zone).getHour()]++;
        }
        List<String> periods = new ArrayList<>();
        Map<String, int[]> perCountry = new LinkedHashMap<>();
        String periodKey = "activity.countries.perDay";
        if (!timed.isEmpty()) {
            LocalDate first = timed.get(0).at().atZone(zone).toLocalDate();
            LocalDate last = timed.get(timed.size() - 1).at().atZone(zone).toLocalDate();
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            ChronoUnit unit = days <= 62 ? ChronoUnit.DAYS : days <= 7 * 104 ? ChronoUnit.WEEKS : ChronoUnit.MONTHS;
            periodKey = unit == ChronoUnit.DAYS ? "activity.countries.perDay" : unit == ChronoUnit.WEEKS
                    ? "activity.countries.perWeek" : "activity.countries.perMonth";
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                String p = period(d, unit);
                if (periods.isEmpty() || !periods.get(periods.size() - 1).equals(p)) {
                    periods.add(p);
                }
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < periods.size(); i++) {
                index.put(periods.get(i), i);
            }
            Map<String, int[]> all = new HashMap<>();
            for (SignIn s : timed) {
                String country = s.country().isEmpty() ? session.text("activity.country.unknown") : s.country();
                all.computeIfAbsent(country, k -> new int[periods.size()])[index.get(period(s.at().atZone(zone)
                        .toLocalDate(), unit))]++;
            }
            List<Map.Entry<String, int[]>> byTotal = new ArrayList<>(all.entrySet());
            byTotal.sort((a, b) -> Integer.compare(sum(b.getValue()), sum(a.getValue())));
            int[] other = new int[periods.size()];
            for (int i = 0; i < byTotal.size(); i++) {
                if (i < TOP_COUNTRIES || byTotal.size() == TOP_COUNTRIES + 1) {
                    perCountry.put(byTotal.get(i).getKey(), byTotal.get(i).getValue());
                } else {
                    int[] v = byTotal.get(i).getValue();
                    for (int j = 0; j < v.length; j++) {
                        other[j] += v[j];
                    }
                }
            }
            if (sum(other) > 0) {
                perCountry.put(session.text("activity.country.other"), other);
            }
        }
        return new Snapshot(zone, claimed, data.signIns().size(), perHour, periods, perCountry, periodKey,
                findings(data, zone));
    }

    private List<FindingItem> findings(CaseData data, ZoneId zone) {
        IndicatorConfig config = checks.config();
        Map<String, Map<String, List<SignIn>>> behind = new HashMap<>();
        List<FindingItem> out = new ArrayList<>();
        for (Finding f : session.workspace().checks().findings(session.caseId())) {
            if (!f.active() || !SignInFindings.INDICATORS.contains(f.indicatorId())) {
                continue;
            }
            Map<String, List<SignIn>> byHit = behind.computeIfAbsent(f.indicatorId(), id -> config.get(id)
                    .map(a -> SignInFindings.behind(id, data, a.params())).orElse(Map.of()));
            List<SignInRow> shown = byHit.getOrDefault(f.hitKey(), List.of()).stream().map(s -> row(s, zone)).toList();
            String title = checks.catalogue().indicator(f.indicatorId()).map(d -> session.text(d.titleKey()))
                    .orElse(f.indicatorId());
            String explanation = f.args().isEmpty() ? session.text(f.messageKey())
                    : session.text(f.messageKey(), f.args().toArray());
            String state = f.state() == FindingState.OPEN ? "" : " · " + session.text(f.state().messageKey());
            out.add(new FindingItem(session.text("activity.finding.label", f.indicatorId(), title, shown.size(),
                    explanation) + state, shown));
        }
        return out;
    }

    private SignInRow row(SignIn s, ZoneId zone) {
        String place = s.city().isEmpty() ? s.country() : s.country().isEmpty() ? s.city() : s.city() + ", " + s.country();
        String network = s.asn().isEmpty() ? s.organisation() : s.organisation().isEmpty() ? s.asn()
                : s.asn() + " " + s.organisation();
        String vpn = s.vpnOrProxy() == null ? "" : session.text(s.vpnOrProxy() ? "activity.yes" : "activity.no");
        String outcome = session.text(switch (s.outcome()) {
            case SUCCESS -> "activity.outcome.success";
            case FAILURE -> "activity.outcome.failure";
            case UNKNOWN -> "activity.outcome.unknown";
        });
        return new SignInRow(s.at() == null ? "" : TIME.format(s.at().atZone(zone)), s.account(), s.ip(), place,
                network, vpn, s.device(), outcome);
    }

    private static String period(LocalDate d, ChronoUnit unit) {
        return switch (unit) {
            case DAYS -> d.toString();
            case WEEKS -> String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            default -> String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
        };
    }

    private static int sum(int[] v) {
        int n = 0;
        for (int x : v) {
            n += x;
        }
        return n;
    }

    private void show(Snapshot s) {
        loading.set(false);
        error.set("");
        String zoneName = s.zone().getId();
        hoursTitle.set(s.claimed() ? session.text("activity.hours.titleClaimed", zoneName)
                : session.text("activity.hours.titleUtc"));
        timeColumnTitle.set(session.text("activity.col.time", zoneName));
        countriesTitle.set(session.text(s.periodKey(), zoneName));
        summary.set(s.total() == 0 ? "" : session.text("activity.summary", s.total(), s.perCountry().size(),
                s.findings().size()));
        XYChart.Series<String, Number> hours = new XYChart.Series<>();
        hours.setName(session.text("activity.hours.series"));
        for (int h = 0; h < 24; h++) {
            hours.getData().add(new XYChart.Data<>(String.format(Locale.ROOT, "%02d", h), s.perHour()[h]));
        }
        hourSeries.setAll(List.of(hours));
        countrySeries.clear();
        periods.setAll(s.periods());
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        s.perCountry().forEach((country, counts) -> {
            XYChart.Series<String, Number> one = new XYChart.Series<>();
            one.setName(country);
            for (int i = 0; i < counts.length; i++) {
                one.getData().add(new XYChart.Data<>(s.periods().get(i), counts[i]));
            }
            series.add(one);
        });
        countrySeries.setAll(series);
        String keep = selectedFinding.get() == null ? null : selectedFinding.get().label();
        findings.setAll(s.findings());
        selectedFinding.set(s.findings().stream().filter(f -> f.label().equals(keep)).findFirst()
                .orElse(s.findings().isEmpty() ? null : s.findings().get(0)));
        hasSignIns.set(s.total() > 0);
    }

    public ObservableList<XYChart.Series<String, Number>> hourSeries() {
        return hourSeries;
    }

    public ObservableList<XYChart.Series<String, Number>> countrySeries() {
        return countrySeries;
    }

    public ObservableList<String> periods() {
        return periods;
    }

    public ObservableList<FindingItem> findings() {
        return findings;
    }

    public ObjectProperty<FindingItem> selectedFindingProperty() {
        return selectedFinding;
    }

    public ObservableList<SignInRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty hasSignInsProperty() {
        return hasSignIns.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hoursTitleProperty() {
        return hoursTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countriesTitleProperty() {
        return countriesTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeColumnTitleProperty() {
        return timeColumnTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String text(String key, Object... args) {
        return session.text(key, args);
    }
}
