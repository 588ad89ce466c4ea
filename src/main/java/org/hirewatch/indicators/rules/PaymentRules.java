package org.hirewatch.indicators.rules;

import static org.hirewatch.domain.EvidenceKind.IDENTITY_DOCUMENT;
import static org.hirewatch.domain.EvidenceKind.PAYMENT_PAYOUT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hirewatch.domain.Evidence;
import org.hirewatch.domain.EvidenceNeed;
import org.hirewatch.domain.NameSpelling;
import org.hirewatch.indicators.CaseData;
import org.hirewatch.indicators.Hit;
import org.hirewatch.indicators.Outcome;
import org.hirewatch.indicators.Params;
import org.hirewatch.indicators.Rule;

/** Rules of the payment and finance indicators. */
public final class PaymentRules {
    private PaymentRules() {
    }

    public static void register(Map<String, Rule> rules) {
        rules.put("PAY-01", PaymentRules::cryptoPay);
        rules.put("PAY-02", PaymentRules::flaggedRouting);
        rules.put("PAY-03", PaymentRules::payeeMismatch);
        rules.put("PAY-04", PaymentRules::prepayments);
        rules.put("PAY-05", PaymentRules::smallCharges);
    }

    /** PAY-01: pay in cryptocurrency (a wallet counts too); a rate at least weakDiscountPercent below market adds a note. */
    static Outcome cryptoPay(CaseData c, Params p) {
        List<Evidence> payouts = c.of(PAYMENT_PAYOUT).stream()
                .filter(e -> !e.value("payoutMethod").isBlank() || !e.value("walletAddress").isBlank()).toList();
        if (payouts.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(PAYMENT_PAYOUT, "payoutMethod"));
        }
        double weak = p.decimal("weakDiscountPercent");
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : payouts) {
            String wallet = e.value("walletAddress").strip();
            if (!"crypto".equalsIgnoreCase(e.value("payoutMethod").strip()) && wallet.isEmpty()) {
                continue;
            }
            hits.add(wallet.isEmpty() ? Hit.of("finding.PAY-01.cryptoNoWallet", List.of(e.id()))
                    : Hit.of("finding.PAY-01.crypto", List.of(e.id()), wallet));
            Double discount = Values.decimal(e.value("rateBelowMarketPercent"));
            if (discount != null && discount >= weak) {
                hits.add(Hit.of("finding.PAY-01.discount", List.of(e.id()), Values.number(discount),
                        Values.number(weak)));
            }
        }
        return Outcome.hits(hits);
    }

    /** PAY-02: a payout bank in a flagged country, or more than maxHops intermediaries. */
    static Outcome flaggedRouting(CaseData c, Params p) {
        Set<String> flagged = p.list("flaggedBankCountries").stream()
                .map(x -> Values.country(x).orElse(x.toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
        int maxHops = p.integer("maxHops");
        boolean evaluated = false;
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : c.of(PAYMENT_PAYOUT)) {
            Optional<String> country = Values.country(e.value("bankCountry"));
            Long hops = Values.count(e.value("intermediaryHops"));
            evaluated |= country.isPresent() || hops != null;
            if (country.isPresent() && flagged.contains(country.get())) {
                String bank = e.value("bankName").strip();
                String where = e.value("bankCountry").strip();
                hits.add(bank.isEmpty() ? Hit.of("finding.PAY-02.bankCountryUnnamed", List.of(e.id()), where)
                        : Hit.of("finding.PAY-02.bankCountry", List.of(e.id()), bank, where));
            }
            if (hops != null && hops > maxHops) {
                hits.add(Hit.of("finding.PAY-02.hops", List.of(e.id()), hops, maxHops));
            }
        }
        return evaluated ? Outcome.hits(hits) : Outcome.notEvaluated(EvidenceNeed.of(PAYMENT_PAYOUT, "bankCountry"),
                EvidenceNeed.of(PAYMENT_PAYOUT, "intermediaryHops"));
    }

    /**
     * PAY-03: an account holder less similar than minNameSimilarity to every name on the documents and in the claimed
     * identity, or more than maxChanges payout-account changes within windowDays.
     */
    static Outcome payeeMismatch(CaseData c, Params p) {
        List<Evidence> holders = c.with(PAYMENT_PAYOUT, "accountHolderName");
        List<Evidence> documents = c.with(IDENTITY_DOCUMENT, "nameAsPrinted");
        List<String> names = new ArrayList<>();
        documents.forEach(d -> names.add(d.value("nameAsPrinted").strip()));
        c.subject().names().stream().map(NameSpelling::name).filter(n -> !n.isBlank()).forEach(names::add);
        List<Evidence> accounts = c.of(PAYMENT_PAYOUT).stream()
                .filter(e -> !e.value("accountNumber").isBlank() || Values.answered(e, "changeRequested")).toList();
        boolean namesRun = !holders.isEmpty() && !names.isEmpty();
        if (!namesRun && accounts.isEmpty()) {
            List<EvidenceNeed> missing = new ArrayList<>();
            missing.add(EvidenceNeed.of(holders.isEmpty() ? PAYMENT_PAYOUT : IDENTITY_DOCUMENT,
                    holders.isEmpty() ? "accountHolderName" : "nameAsPrinted"));
            missing.add(EvidenceNeed.of(PAYMENT_PAYOUT, "accountNumber"));
            return Outcome.notEvaluated(missing);
        }
        List<Hit> hits = new ArrayList<>();
        double min = p.decimal("minNameSimilarity");
        for (Evidence e : namesRun ? holders : List.<Evidence>of()) {
            String holder = e.value("accountHolderName").strip();
            String closest = names.stream().max(Comparator.comparingDouble(n -> Texts.nameSimilarity(holder, n)))
                    .orElseThrow();
            double similarity = Texts.nameSimilarity(holder, closest);
            if (similarity < min) {
                List<UUID> ids = new ArrayList<>(List.of(e.id()));
                documents.stream().filter(d -> d.value("nameAsPrinted").strip().equals(closest))
                        .forEach(d -> ids.add(d.id()));
                hits.add(Hit.of("finding.PAY-03.holderName", ids, holder, closest, Values.ratio(similarity)));
            }
        }
        changes(accounts, p).ifPresent(hits::add);
        return Outcome.hits(hits);
    }

    /** The busiest window of payout-account changes, if it holds more than maxChanges. */
    private static Optional<Hit> changes(List<Evidence> accounts, Params p) {
        List<Evidence> sorted = accounts.stream().filter(e -> e.observedAt() != null)
                .sorted(Comparator.comparing(Evidence::observedAt)).toList();
        List<Evidence> events = new ArrayList<>();
        String current = null;
        for (Evidence e : sorted) {
            String account = e.value("accountNumber").replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            boolean switched = !account.isEmpty() && current != null && !account.equals(current);
            if (Values.yes(e, "changeRequested") || switched) {
                events.add(e);
            }
            current = account.isEmpty() ? current : account;
        }
        int windowDays = p.integer("windowDays");
        int maxChanges = p.integer("maxChanges");
        int from = 0;
        List<Evidence> best = List.of();
        for (int to = 0; to < events.size(); to++) {
            while (Duration.between(events.get(from).observedAt(), events.get(to).observedAt())
                    .compareTo(Duration.ofDays(windowDays)) > 0) {
                from++;
            }
            if (to - from + 1 > best.size()) {
                best = events.subList(from, to + 1);
            }
        }
        if (best.size() <= maxChanges) {
            return Optional.empty();
        }
        List<UUID> ids = best.stream().map(Evidence::id).toList();
        return Optional.of(Hits.grouped("finding.PAY-03.changes", "", ids, best.size(), windowDays,
                Values.day(best.get(0).observedAt()), Values.day(best.get(best.size() - 1).observedAt())));
    }

    /** PAY-04: at least minPrepaymentRequests requests for payment up front, or an invoice before acceptance. */
    static Outcome prepayments(CaseData c, Params p) {
        long requests = 0;
        boolean evaluated = false;
        List<UUID> asking = new ArrayList<>();
        List<Hit> hits = new ArrayList<>();
        for (Evidence e : c.of(PAYMENT_PAYOUT)) {
            Long n = Values.count(e.value("prepaymentRequests"));
            evaluated |= n != null || Values.answered(e, "invoiceBeforeAcceptance");
            if (n != null && n > 0) {
                requests += n;
                asking.add(e.id());
            }
            if (Values.yes(e, "invoiceBeforeAcceptance")) {
                hits.add(Hit.of("finding.PAY-04.earlyInvoice", List.of(e.id())));
            }
        }
        if (!evaluated) {
            return Outcome.notEvaluated(EvidenceNeed.of(PAYMENT_PAYOUT, "prepaymentRequests"),
                    EvidenceNeed.of(PAYMENT_PAYOUT, "invoiceBeforeAcceptance"));
        }
        if (requests >= p.integer("minPrepaymentRequests")) {
            hits.add(0, Hits.grouped("finding.PAY-04.prepayments", "", asking, requests));
        }
        return Outcome.hits(hits);
    }

    /** PAY-05: at least minSmallCharges small unapproved charges, added up over the recorded periods. */
    static Outcome smallCharges(CaseData c, Params p) {
        List<Evidence> counted = c.of(PAYMENT_PAYOUT).stream()
                .filter(e -> Values.count(e.value("smallChargeCount")) != null).toList();
        if (counted.isEmpty()) {
            return Outcome.notEvaluated(EvidenceNeed.of(PAYMENT_PAYOUT, "smallChargeCount"));
        }
        long total = counted.stream().mapToLong(e -> Values.count(e.value("smallChargeCount"))).sum();
        if (total < p.integer("minSmallCharges")) {
            return Outcome.clear();
        }
        List<UUID> ids = counted.stream().filter(e -> Values.count(e.value("smallChargeCount")) > 0)
                .map(Evidence::id).toList();
        return Outcome.hit(Hits.grouped("finding.PAY-05.smallCharges", "", ids, total));
    }
}
