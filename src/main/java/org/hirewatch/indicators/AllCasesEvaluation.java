package org.hirewatch.indicators;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hirewatch.domain.EvidenceKind;
import org.hirewatch.domain.SignIn;
import org.hirewatch.store.CheckStore;
import org.hirewatch.store.Workspace;

/**
 * Evaluates every case of a workspace on all cores, as a pipeline: while one thread reads the identifier index into
 * memory (the cross-applicant rules need all of it), the calling thread reads the cases and their evidence; the worker
 * threads then evaluate cases as they arrive, and the calling thread receives the results in case order, so it can
 * save them while reading goes on.
 * <p>
 * Rules are pure functions of a case's data and the cross-case view, which is only read once built, so cases can be
 * evaluated in any thread. Reading and saving stay on the calling thread.
 */
final class AllCasesEvaluation {
    /**
     * Cases read but not yet handed back: bounds the evidence held in memory (about 30 items a case) while the index
     * is still being read or the workers fall behind.
     */
    static final int MAX_IN_FLIGHT = 2_000;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private AllCasesEvaluation() {
    }

    /**
     * Evaluates all cases: {@code evaluate} runs on a worker thread with the case and the other cases; {@code each}
     * receives its result on the calling thread, in the order the cases were read. {@code noise} (warning lists, the
     * frequency cap) hides values from the cross-case rules as in a single-case check.
     *
     * @return the number of cases
     */
    static <T> int run(Workspace ws, CrossCaseNoise noise, Function<CaseData, T> evaluate, Consumer<T> each) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hirewatch-checks-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Future<MemoryCrossCaseView> others = pool.submit(() -> otherCases(ws));
            Deque<Future<T>> pending = new ArrayDeque<>();
            int[] cases = {0};
            ws.checks().forEachCase(input -> {
                // Read here, not on a worker: reading stays on the calling thread (a log's rows for cases with one).
                List<SignIn> signIns = signInsOf(ws, input);
                pending.add(pool.submit(() -> evaluate.apply(
                        caseData(input, NoiseFilteredView.of(get(others), noise), signIns))));
                cases[0]++;
                // Hand back what is done, and wait for the oldest when too much is read ahead.
                while (!pending.isEmpty() && (pending.size() > MAX_IN_FLIGHT || pending.peek().isDone())) {
                    each.accept(get(pending.poll()));
                }
            });
            while (!pending.isEmpty()) {
                each.accept(get(pending.poll()));
            }
            return cases[0];
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every case by reference and every identifier, in memory: one read of the index instead of a query per value. */
    static MemoryCrossCaseView otherCases(Workspace ws) {
        MemoryCrossCaseView others = new MemoryCrossCaseView();
        ws.checks().caseNames().forEach(c -> others.addCase(c.caseId(), c.caseReference(), c.subjectName()));
        ws.checks().forEachIdentifier(others::add);
        ws.signIns().forEachAddress(others::add);
        return others;
    }

    static CaseData caseData(CheckStore.CaseInput input, CrossCaseView others, List<SignIn> signIns) {
        return new CaseData(input.caseFile().id(), input.caseFile().reference(), input.caseFile().subject(),
                input.evidence(), input.answers(), others, signIns);
    }

    /** The rows of the case's imported sign-in logs; read only for cases that have a log. */
    static List<SignIn> signInsOf(Workspace ws, CheckStore.CaseInput input) {
        return input.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.SIGN_IN_LOG)
                ? ws.signIns().forCase(input.caseFile().id()) : List.of();
    }

    private static <V> V get(Future<V> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while checking all cases");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
